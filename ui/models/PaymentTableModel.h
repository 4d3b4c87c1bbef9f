// PaymentTableModel lists collected payments (回款) newest first, reading more as the view
// scrolls, like OrderTableModel, with how many the filter finds and what they add up to.
#pragma once

#include "repositories/PaymentRepository.h"

#include <QAbstractTableModel>

namespace frontline {

class PaymentTableModel : public QAbstractTableModel
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
    static constexpr int Batch = 200;

    explicit PaymentTableModel(QObject *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    const PaymentFilter &filter() const { return m_filter; }
    void setFilter(const PaymentFilter &filter);
    void refresh();
    qint64 total() const { return m_total; }
    // The sum of the payments the filter finds (refunds negative).
    qint64 totalFen() const { return m_totalFen; }
    const Payment *paymentAt(int row) const;
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
    PaymentFilter m_filter;
    QList<Payment> m_rows;
    qint64 m_total = 0;
    qint64 m_totalFen = 0;
};

} // namespace frontline
