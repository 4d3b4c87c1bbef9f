// Tasks and follow-up reminders: assigned to members, related to customers or opportunities.
// A task is visible to its assignee's scope, or through its customer.
#pragma once

#include "Repository.h"

namespace frontline {

struct TaskFilter
{
    qint64 assigneeId = 0;
    qint64 customerId = 0;
    QString status;        // empty: any
    bool openOnly = false; // open or in progress
    bool overdueOnly = false;
    QDate today = QDate::currentDate();
};

class TaskRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::TaskRepository)
public:
    using Repository::Repository;

    static QStringList priorities();
    static QStringList statuses();
    QList<FieldError> validate(const Task &task) const;
    SaveResult create(Task task);
    // create() for many tasks in one transaction, with the same defaults and checks.
    BulkResult createMany(const QList<Task> &tasks);
    QList<Task> list(const TaskFilter &filter);
    bool setStatus(qint64 id, const QString &status);
    // Tombstones the task (undo of create).
    bool remove(qint64 id);
    // Undoes remove().
    bool restore(qint64 id);

private:
    // Defaults and validation of create(); the scope is checked by the caller.
    QList<FieldError> prepareNew(Task &task) const;
    bool isVisible(qint64 id);
};

} // namespace frontline
