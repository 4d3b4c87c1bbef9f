#include "OpportunityTableModel.h"

#include "Format.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/OpportunityRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

OpportunityTableModel::OpportunityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OpportunityTableModel::setOpportunities(const QList<Opportunity> &opportunities)
{
    beginResetModel();
    m_rows = opportunities;
    endResetModel();
}

const Opportunity *OpportunityTableModel::opportunityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OpportunityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity &o = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == Amount || column == Probability || column == Weighted))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (Column(column)) {
        case Amount:
            return o.amountFen;
        case Probability:
            return o.probability;
        case Weighted:
            return OpportunityRepository::weighted(o.amountFen, o.probability);
        case ExpectedClose:
            return o.expectedClose;
        case Stage:
            return o.stageId;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(column)) {
    case Title:
        return o.title;
    case Customer:
        return o.customerName;
    case Owner:
        return o.ownerName;
    case Stage:
        return Vocabulary::label(Vocabulary::Stage, o.stageKey);
    case Amount:
        return Money::format(o.amountFen);
    case Probability:
        return u"%1%"_s.arg(o.probability);
    case Weighted:
        return Money::format(OpportunityRepository::weighted(o.amountFen, o.probability));
    case ExpectedClose:
        return o.expectedClose.isValid() ? dateText(o.expectedClose) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Probability || section == Weighted))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Title:
        return tr("Opportunity");
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case Probability:
        return tr("Probability");
    case Weighted:
        return tr("Weighted");
    case ExpectedClose:
        return tr("Expected close");
    case ColumnCount:
        break;
    }
    return {};
}

void OpportunityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
