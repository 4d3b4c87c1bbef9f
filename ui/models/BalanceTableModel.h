// BalanceTableModel lists what customers owe (应收款): per customer what their orders came to,
// what they paid and what is still outstanding, the largest first, with the sums of the list.
#pragma once

#include "repositories/PaymentRepository.h"

#include <QAbstractTableModel>

namespace frontline {

class BalanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Customer,
        Owner,
        LastOrder,
        LastPayment,
        Billed,
        Collected,
        Outstanding,
        ColumnCount
    };

    explicit BalanceTableModel(QObject *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    // Only the customers of these owners (a rep or a team); empty: everyone in scope.
    void setOwners(const QList<qint64> &owners);
    // Only the customers who owe something (paid in advance left out).
    void setOwingOnly(bool owingOnly);
    void refresh();
    const CustomerBalance *balanceAt(int row) const;
    // Sums of the rows shown.
    qint64 billedFen() const { return m_billed; }
    qint64 collectedFen() const { return m_collected; }
    qint64 outstandingFen() const { return m_billed - m_collected; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalsChanged();

private:
    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    QList<qint64> m_owners;
    bool m_owingOnly = false;
    QList<CustomerBalance> m_rows;
    qint64 m_billed = 0;
    qint64 m_collected = 0;
};

} // namespace frontline
