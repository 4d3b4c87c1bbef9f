// Tasks and follow-up reminders: assigned to members, related to customers or opportunities,
// with comments (who wrote what, when). A task is visible to its assignee's scope, or through its
// customer; its comments are visible with it.
#pragma once

#include "Repository.h"

#include <optional>

namespace frontline {

// A comment on a task: who wrote what, when. Never edited; travels with its task.
struct TaskComment
{
    qint64 id = 0;
    QString uuid;
    qint64 taskId = 0;
    qint64 authorId = 0; // 0: the administrator
    QString authorName;  // read only
    QString body;
    QDateTime createdAt; // UTC
};

struct TaskFilter
{
    qint64 assigneeId = 0;
    qint64 teamId = 0; // assignees in this team or below it
    qint64 id = 0;     // one task (get())
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
    std::optional<Task> get(qint64 id);
    // The open tasks of a member for a home page: overdue and due today first, then by due date.
    QList<Task> agenda(qint64 assigneeId, int limit, const QDate &today = QDate::currentDate());
    // Comments, oldest first; empty when the task is not visible.
    QList<TaskComment> comments(qint64 taskId);
    // Adds a comment by the scope's member (anyone who sees the task may comment).
    SaveResult addComment(qint64 taskId, const QString &body);
    // Comments as given (author and time kept: imports, the demo company), in one transaction.
    BulkResult addComments(const QList<TaskComment> &comments);
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
