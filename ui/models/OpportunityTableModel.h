// OpportunityTableModel is the pipeline as a list: every opportunity with its stage, amount,
// probability and weighted amount, in stage order.
#pragma once

#include "domain/Crm.h"

#include <QAbstractTableModel>

namespace frontline {

class OpportunityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Customer,
        Owner,
        Stage,
        Amount,
        Probability,
        Weighted,
        ExpectedClose,
        ColumnCount
    };
    // Raw values to sort by (amounts in fen, dates as dates).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit OpportunityTableModel(QObject *parent = nullptr);

    void setOpportunities(const QList<Opportunity> &opportunities);
    const Opportunity *opportunityAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Opportunity> m_rows;
};

} // namespace frontline
