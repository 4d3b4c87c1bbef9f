// OrderTableModel lists orders (without their lines) newest first, reading more as the view
// scrolls, like ActivityTableModel.
#pragma once

#include "repositories/OrderRepository.h"

#include <QAbstractTableModel>

namespace frontline {

class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Date,
        Customer,
        Member,
        Status,
        Total,
        ColumnCount
    };
    static constexpr int Batch = 200;

    explicit OrderTableModel(QObject *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    void refresh();
    qint64 total() const { return m_total; }
    // The sum of the orders the filter finds, cancelled ones left out.
    qint64 totalFen() const { return m_totalFen; }
    const Order *orderAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalsChanged();

private:
    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    OrderFilter m_filter;
    QList<Order> m_rows;
    qint64 m_total = 0;
    qint64 m_totalFen = 0;
};

} // namespace frontline
