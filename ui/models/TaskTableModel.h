// TaskTableModel lists tasks by due date, with a check box to mark one done. Ticking the box
// does not change the task: it asks (statusChangeRequested) so that the page can make the
// change through the undo stack.
#pragma once

#include "repositories/TaskRepository.h"

#include <QAbstractTableModel>

namespace frontline {

class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Done,
        Title,
        Customer,
        Assignee,
        Due,
        Priority,
        Status,
        ColumnCount
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    void refresh();
    const Task *taskAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isOpen(const Task &task);
    static bool isOverdue(const Task &task, const QDate &today);

Q_SIGNALS:
    void statusChangeRequested(const frontline::Task &task, const QString &status);

private:
    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    TaskFilter m_filter;
    QList<Task> m_rows;
};

} // namespace frontline
