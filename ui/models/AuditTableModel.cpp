#include "AuditTableModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::outcomeTitle(const QString &outcome)
{
    if (outcome == AuditOutcome::Ok)
        return tr("OK");
    if (outcome == AuditOutcome::Denied)
        return tr("Denied");
    if (outcome == AuditOutcome::Failed)
        return tr("Failed");
    return outcome;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case When:
            return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case User:
            return e.userName.isEmpty() ? tr("(administrator)") : e.userName;
        case Action:
            return AuditLog::actionTitle(e.action);
        case Target:
            return e.target;
        case Rows:
            return e.rows >= 0 ? QLocale().toString(e.rows) : QString();
        case Location:
            return e.location;
        case Detail:
            return e.detail;
        case Outcome:
            return outcomeTitle(e.outcome);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Outcome && e.outcome != AuditOutcome::Ok)
        return QColor(0xc0, 0x39, 0x2b);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("What");
    case Rows:
        return tr("Rows");
    case Location:
        return tr("Where");
    case Detail:
        return tr("Detail");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline
