#include "TaskTableModel.h"

#include "Format.h"
#include "domain/Vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TaskTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    refresh();
}

void TaskTableModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TaskTableModel::refresh()
{
    beginResetModel();
    m_rows = m_database ? TaskRepository(*m_database, m_scope).list(m_filter) : QList<Task>();
    endResetModel();
}

const Task *TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool TaskTableModel::isOpen(const Task &task)
{
    return task.status == u"open"_s || task.status == u"in_progress"_s;
}

bool TaskTableModel::isOverdue(const Task &task, const QDate &today)
{
    return isOpen(task) && task.dueDate.isValid() && task.dueDate < today;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Done) {
        const QString status = m_rows.at(index.row()).status;
        if (status != u"cancelled"_s)
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::CheckStateRole:
        if (index.column() == Done)
            return t.status == u"done"_s ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Due && isOverdue(t, m_filter.today))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (t.status == u"done"_s || t.status == u"cancelled"_s) {
            QFont font;
            font.setStrikeOut(index.column() == Title);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return t.notes.isEmpty() ? t.title : t.title + u"\n\n"_s + t.notes;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Done:
        return {};
    case Title:
        return t.title;
    case Customer:
        return t.customerName;
    case Assignee:
        return t.assigneeName;
    case Due:
        return t.dueDate.isValid() ? dateText(t.dueDate) : QString();
    case Priority:
        return Vocabulary::label(Vocabulary::Priority, t.priority);
    case Status:
        return Vocabulary::label(Vocabulary::TaskStatus, t.status);
    case ColumnCount:
        break;
    }
    return {};
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Done || role != Qt::CheckStateRole)
        return false;
    const Task &t = m_rows.at(index.row());
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == (t.status == u"done"_s))
        return false;
    // The page changes it through the undo stack; the refresh that follows shows the result.
    Q_EMIT statusChangeRequested(t, done ? u"done"_s : u"open"_s);
    return true;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Done:
        return tr("Done");
    case Title:
        return tr("Task");
    case Customer:
        return tr("Customer");
    case Assignee:
        return tr("Assigned to");
    case Due:
        return tr("Due");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void TaskTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace frontline
