// OrderTableModel lists orders (without their lines) newest first, reading more as the view
// scrolls (PagedTableModel).
#pragma once

#include "models/PagedTableModel.h"
#include "repositories/OrderRepository.h"

namespace frontline {

class OrderTableModel : public PagedTableModel<Order, OrderRepository, OrderFilter>
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

    explicit OrderTableModel(QObject *parent = nullptr);
    // The sum of the orders the filter finds, cancelled ones left out.
    qint64 totalFen() const { return m_totalFen; }
    const Order *orderAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void readTotals(OrderRepository *orders) override;

private:
    qint64 m_totalFen = 0;
};

} // namespace frontline
