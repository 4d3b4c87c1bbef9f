#include "ActivityTableModel.h"

#include "Format.h"
#include "domain/Vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

ActivityTableModel::ActivityTableModel(QObject *parent) : PagedTableModel(parent) {}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::ToolTipRole && (index.column() == Summary || index.column() == Outcome))
        return index.column() == Summary ? a.summary : a.outcome;
    if (role == Qt::TextAlignmentRole && index.column() == Satisfaction)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return dateText(a.occurredAt.toLocalTime());
    case Kind:
        return Vocabulary::label(Vocabulary::ActivityKind, a.kind);
    case Customer:
        return a.customerName;
    case Member:
        return a.memberName;
    case Summary:
        return QString(a.summary).replace(u'\n', u' ');
    case Outcome:
        return a.outcome;
    case FollowUp:
        return a.nextFollowUp.isValid() ? dateText(a.nextFollowUp) : QString();
    case Satisfaction:
        return a.satisfaction > 0 ? QString(a.satisfaction, QChar(0x2605)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Customer:
        return tr("Customer");
    case Member:
        return tr("By");
    case Summary:
        return tr("Summary");
    case Outcome:
        return tr("Outcome");
    case FollowUp:
        return tr("Next follow-up");
    case Satisfaction:
        return tr("Satisfaction");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline
