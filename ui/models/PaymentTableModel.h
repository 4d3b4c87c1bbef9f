// PaymentTableModel lists collected payments (回款) newest first, reading more as the view
// scrolls (PagedTableModel), with how many the filter finds and what they add up to.
#pragma once

#include "models/PagedTableModel.h"
#include "repositories/PaymentRepository.h"

namespace frontline {

class PaymentTableModel : public PagedTableModel<Payment, PaymentRepository, PaymentFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Number,
        Customer,
        Order,
        Member,
        Method,
        Amount,
        Notes,
        ColumnCount
    };

    explicit PaymentTableModel(QObject *parent = nullptr);
    // The sum of the payments the filter finds (refunds negative).
    qint64 totalFen() const { return m_totalFen; }
    const Payment *paymentAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void readTotals(PaymentRepository *payments) override;

private:
    qint64 m_totalFen = 0;
};

} // namespace frontline
