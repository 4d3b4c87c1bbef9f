#include "ActivityTableModel.h"

#include "Format.h"
#include "domain/Vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

ActivityTableModel::ActivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    refresh();
}

void ActivityTableModel::setFilter(const ActivityFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ActivityTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_database) {
        ActivityRepository activities(*m_database, m_scope);
        m_total = activities.count(m_filter);
        m_rows = activities.list(m_filter, Batch);
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

bool ActivityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && m_rows.size() < m_total;
}

void ActivityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // The repository pages by limit only: read the longer list and append what is new.
    const QList<Activity> rows =
        ActivityRepository(*m_database, m_scope).list(m_filter, int(m_rows.size()) + Batch);
    if (rows.size() <= m_rows.size()) {
        m_total = m_rows.size(); // fewer than counted: changed elsewhere
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(rows.size()) - 1);
    m_rows.append(rows.mid(m_rows.size()));
    endInsertRows();
}

const Activity *ActivityTableModel::activityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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
        return QAbstractTableModel::headerData(section, orientation, role);
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

void ActivityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
