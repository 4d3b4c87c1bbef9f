#include "TaskRepository.h"

#include "security/AuditLog.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

QStringList TaskRepository::priorities()
{
    return {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
}
QStringList TaskRepository::statuses()
{
    return {u"open"_s, u"in_progress"_s, u"done"_s, u"cancelled"_s};
}

QList<FieldError> TaskRepository::validate(const Task &t) const
{
    QList<FieldError> errors;
    if (TextNormalizer::clean(t.title).isEmpty())
        errors << FieldError{u"title"_s, tr("Enter what is to be done.")};
    if (!priorities().contains(t.priority))
        errors << FieldError{u"priority"_s, tr("Unknown priority \"%1\".").arg(t.priority)};
    if (!statuses().contains(t.status))
        errors << FieldError{u"status"_s, tr("Unknown status \"%1\".").arg(t.status)};
    return errors;
}

QList<FieldError> TaskRepository::prepareNew(Task &t) const
{
    if (!t.assigneeId)
        t.assigneeId = m_scope.memberId();
    if (!t.creatorId)
        t.creatorId = m_scope.memberId();
    QList<FieldError> errors = validate(t);
    if (!t.assigneeId)
        errors << FieldError{u"assignee"_s, tr("Choose who does it.")};
    return errors;
}

namespace {
const QString InsertTask =
    u"INSERT INTO task (uuid, title, assignee_id, creator_id, customer_id, opportunity_id, due_date, "
    u"priority, "
    u"status, completed_at, notes, created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

void bindNewTask(QSqlQuery &q, const Task &t, const QString &uuid, const QString &now, const SyncStamp &s)
{
    q.addBindValue(uuid);
    q.addBindValue(TextNormalizer::clean(t.title));
    q.addBindValue(t.assigneeId);
    q.addBindValue(t.creatorId ? QVariant(t.creatorId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(t.customerId ? QVariant(t.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(t.opportunityId ? QVariant(t.opportunityId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(t.dueDate.isValid() ? QVariant(t.dueDate) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(t.priority);
    q.addBindValue(t.status);
    q.addBindValue(t.completedAt.isValid() ? QVariant(t.completedAt)
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(t.notes.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.notes));
    q.addBindValue(t.createdAt.isValid() ? t.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
}
} // namespace

SaveResult TaskRepository::create(Task t)
{
    SaveResult result;
    result.fieldErrors = prepareNew(t);
    if (!result.fieldErrors.isEmpty())
        return result;
    if (t.opportunityId) {
        // The task's customer is the opportunity's; a different one is a mistake.
        QSqlQuery o = query();
        o.prepare(u"SELECT customer_id FROM opportunity WHERE id = ? AND deleted = 0"_s);
        o.addBindValue(t.opportunityId);
        if (!exec(o) || !o.next() || !customerVisible(o.value(0).toLongLong())) {
            result.fieldErrors << FieldError{
                u"opportunity"_s, tr("There is no opportunity %1 that you can see.").arg(t.opportunityId)};
            return result;
        }
        if (t.customerId && t.customerId != o.value(0).toLongLong()) {
            result.fieldErrors << FieldError{u"opportunity"_s, tr("The opportunity is another customer's.")};
            return result;
        }
        t.customerId = o.value(0).toLongLong();
    }
    if (!m_scope.canSeeOwner(t.assigneeId) || (t.customerId && !customerVisible(t.customerId)))
        return notAllowed();
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(InsertTask);
    bindNewTask(q, t, t.uuid.isEmpty() ? newUuid() : t.uuid, nowUtc(), s);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

BulkResult TaskRepository::createMany(const QList<Task> &input)
{
    QList<Task> tasks = input;
    VisibleCustomers visible(*this);
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        Task &t = tasks[i];
        const QList<FieldError> errors = prepareNew(t);
        if (!errors.isEmpty())
            return bulkFailed(i, errors);
        if (!m_scope.canSeeOwner(t.assigneeId) || (t.customerId && !visible.contains(t.customerId)))
            return bulkFailed(i, notAllowed().error);
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query();
    q.prepare(InsertTask);
    const QString now = nowUtc();
    BulkResult result;
    result.ids.reserve(tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        bindNewTask(q, t, t.uuid.isEmpty() ? newUuid() : t.uuid, now, stamp());
        if (!exec(q))
            return bulkFailed(i, QString());
        result.ids << q.lastInsertId().toLongLong();
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

QList<Task> TaskRepository::list(const TaskFilter &f)
{
    QString sql = u"SELECT t.id, t.uuid, t.title, t.assignee_id, t.creator_id, t.customer_id, "
                  u"t.opportunity_id, t.due_date, "
                  u"t.priority, t.status, t.completed_at, t.notes, t.created_at, m.name, c.name FROM task t "
                  u"LEFT JOIN member m ON m.id = t.assignee_id LEFT JOIN customer c ON c.id = t.customer_id "
                  u"WHERE t.deleted = 0 AND ("_s +
                  m_scope.ownerCondition(u"t.assignee_id"_s) + u" OR "_s +
                  m_scope.ownerCondition(u"c.owner_id"_s) + u')';
    QVariantList binds;
    if (f.assigneeId) {
        sql += u" AND t.assignee_id = ?"_s;
        binds << f.assigneeId;
    }
    if (f.teamId) {
        // Assignees in the team or below it (the tree is small: walked here, not in SQL).
        QHash<qint64, qint64> parent;
        QSqlQuery teams = query();
        if (teams.exec(u"SELECT id, parent_id FROM team WHERE deleted = 0"_s)) {
            while (teams.next())
                parent.insert(teams.value(0).toLongLong(), teams.value(1).toLongLong());
        }
        QList<qint64> subtree;
        for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
            for (qint64 t = it.key(), steps = 0; t && steps <= parent.size(); t = parent.value(t), ++steps) {
                if (t == f.teamId) {
                    subtree << it.key();
                    break;
                }
            }
        }
        if (subtree.isEmpty())
            subtree << -1;
        sql += u" AND t.assignee_id IN (SELECT id FROM member WHERE deleted = 0"_s +
               inIds(u"team_id"_s, subtree) + u')';
    }
    if (f.id) {
        sql += u" AND t.id = ?"_s;
        binds << f.id;
    }
    if (f.customerId) {
        sql += u" AND t.customer_id = ?"_s;
        binds << f.customerId;
    }
    if (!f.status.isEmpty()) {
        sql += u" AND t.status = ?"_s;
        binds << f.status;
    }
    if (f.openOnly || f.overdueOnly)
        sql += u" AND t.status IN ('open', 'in_progress')"_s;
    if (f.overdueOnly) {
        sql += u" AND t.due_date < ?"_s;
        binds << f.today.toString(Qt::ISODate);
    }
    sql += u" ORDER BY t.due_date IS NULL, t.due_date, t.id"_s;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Task> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.title = q.value(2).toString();
        t.assigneeId = q.value(3).toLongLong();
        t.creatorId = q.value(4).toLongLong();
        t.customerId = q.value(5).toLongLong();
        t.opportunityId = q.value(6).toLongLong();
        t.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        t.priority = q.value(8).toString();
        t.status = q.value(9).toString();
        t.completedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        t.notes = q.value(11).toString();
        t.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        t.assigneeName = q.value(13).toString();
        t.customerName = q.value(14).toString();
        result << t;
    }
    return result;
}

std::optional<Task> TaskRepository::get(qint64 id)
{
    TaskFilter f;
    f.id = id;
    const QList<Task> found = list(f);
    return found.isEmpty() ? std::nullopt : std::optional<Task>(found.first());
}

QList<Task> TaskRepository::agenda(qint64 assigneeId, int limit, const QDate &today)
{
    TaskFilter f;
    f.assigneeId = assigneeId;
    f.openOnly = true;
    f.today = today;
    if (!assigneeId)
        return {};
    // list() orders by due date (undated last): overdue and today's tasks come first already.
    QList<Task> tasks = list(f);
    if (tasks.size() > limit)
        tasks.resize(limit);
    return tasks;
}

QList<TaskComment> TaskRepository::comments(qint64 taskId)
{
    QList<TaskComment> result;
    if (!isVisible(taskId))
        return result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT k.id, k.uuid, k.task_id, k.author_id, m.name, k.body, k.created_at FROM task_comment k "
        u"LEFT JOIN member m ON m.id = k.author_id WHERE k.task_id = ? AND k.deleted = 0 "
        u"ORDER BY k.created_at, k.id"_s);
    q.addBindValue(taskId);
    if (!exec(q))
        return result;
    while (q.next()) {
        TaskComment c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.taskId = q.value(2).toLongLong();
        c.authorId = q.value(3).toLongLong();
        c.authorName = q.value(4).toString();
        c.body = q.value(5).toString();
        c.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        result << c;
    }
    return result;
}

SaveResult TaskRepository::addComment(qint64 taskId, const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty()) {
        SaveResult r;
        r.fieldErrors << FieldError{u"comment"_s, tr("Write the comment first.")};
        return r;
    }
    if (!isVisible(taskId))
        return failed(tr("There is no task %1 that you can see.").arg(taskId));
    TaskComment c;
    c.taskId = taskId;
    c.authorId = m_scope.memberId();
    c.body = text;
    const BulkResult added = addComments({c});
    SaveResult r;
    r.id = added.ids.value(0);
    r.fieldErrors = added.fieldErrors;
    r.error = added.ok() ? QString() : added.error.isEmpty() ? m_error : added.error;
    return r;
}

BulkResult TaskRepository::addComments(const QList<TaskComment> &comments)
{
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const TaskComment &c = comments.at(i);
        if (c.body.trimmed().isEmpty())
            return bulkFailed(i, {FieldError{u"comment"_s, tr("Write the comment first.")}});
        if (!m_scope.seesEverything() && !isVisible(c.taskId))
            return bulkFailed(i, tr("There is no task %1 that you can see.").arg(c.taskId));
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO task_comment (uuid, task_id, author_id, body, created_at, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    const QString now = nowUtc();
    BulkResult result;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const TaskComment &c = comments.at(i);
        const SyncStamp s = stamp();
        q.addBindValue(c.uuid.isEmpty() ? newUuid() : c.uuid);
        q.addBindValue(c.taskId);
        q.addBindValue(c.authorId ? QVariant(c.authorId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(c.body.trimmed());
        q.addBindValue(c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return bulkFailed(i, QString());
        result.ids << q.lastInsertId().toLongLong();
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

bool TaskRepository::isVisible(qint64 id)
{
    QSqlQuery check = query();
    check.prepare(u"SELECT t.id FROM task t LEFT JOIN customer c ON c.id = t.customer_id WHERE t.id = ? AND "
                  u"t.deleted = 0 "
                  u"AND ("_s +
                  m_scope.ownerCondition(u"t.assignee_id"_s) + u" OR "_s +
                  m_scope.ownerCondition(u"c.owner_id"_s) + u')');
    check.addBindValue(id);
    return exec(check) && check.next();
}

bool TaskRepository::restore(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT t.id FROM task t LEFT JOIN customer c ON c.id = t.customer_id WHERE t.id = ? AND ("_s +
              m_scope.ownerCondition(u"t.assignee_id"_s) + u" OR "_s +
              m_scope.ownerCondition(u"c.owner_id"_s) + u')');
    q.addBindValue(id);
    return exec(q) && q.next() && restoreWithChildren(u"task"_s, id, {});
}

bool TaskRepository::remove(qint64 id)
{
    if (!isVisible(id))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE task SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q) && auditRow(AuditAction::Delete, u"task"_s, id) && tx.commit();
}

bool TaskRepository::setStatus(qint64 id, const QString &status)
{
    if (!statuses().contains(status) || !isVisible(id))
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE task SET status = ?, completed_at = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(status == u"done"_s ? QVariant(nowUtc()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q);
}

} // namespace frontline
