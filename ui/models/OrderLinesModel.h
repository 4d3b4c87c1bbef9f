// OrderLinesModel is the editable table of an order's lines in the order editor: product,
// quantity, unit price and amount, all money in fen. Prices are typed as people write them and
// read with Money::parseYuan, never through floating point. Choosing a product fills in its
// price; a new quantity or price sets the amount to quantity × price, and an amount typed over
// that stays (a discount).
#pragma once

#include "domain/Crm.h"

#include <QAbstractTableModel>

namespace frontline {

class OrderLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProductColumn,
        Quantity,
        UnitPrice,
        Amount,
        ColumnCount
    };
    enum Role
    {
        ProductIdRole = Qt::UserRole + 1,
    };

    explicit OrderLinesModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products);
    const QList<Product> &products() const { return m_products; }
    const Product *product(qint64 id) const;

    const QList<OrderLine> &lines() const { return m_lines; }
    void setLines(const QList<OrderLine> &lines);
    void addLine(qint64 productId = 0);
    void removeLine(int row);
    qint64 totalFen() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged(qint64 totalFen);

private:
    void setProduct(int row, qint64 productId);

    QList<Product> m_products;
    QList<OrderLine> m_lines;
};

} // namespace frontline
