#include "DevelopmentPlans.h"

#include "analytics/Period.h"
#include "domain/Vocabulary.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

bool PlanMilestone::isOverdue(const QDate &today) const
{
    return (status == u"planned"_s || status == u"in_progress"_s) && dueDate.isValid() && dueDate < today;
}

int DevelopmentPlan::milestonesDone() const
{
    return int(std::count_if(milestones.cbegin(), milestones.cend(),
                             [](const PlanMilestone &m) { return m.status == u"done"_s; }));
}

QStringList DevelopmentPlans::positions()
{
    return Vocabulary::keys(Vocabulary::CareerPosition);
}

QStringList DevelopmentPlans::statuses()
{
    return Vocabulary::keys(Vocabulary::PlanStatus);
}

QStringList DevelopmentPlans::milestoneStatuses()
{
    return Vocabulary::keys(Vocabulary::MilestoneStatus);
}

QStringList DevelopmentPlans::careerPath(const QString &from, const QString &to)
{
    const QStringList ladder = positions();
    const qsizetype a = ladder.indexOf(from), b = ladder.indexOf(to);
    if (a < 0 || b <= a)
        return {from};
    return ladder.mid(a, b - a + 1);
}

SaveResult DevelopmentPlans::fieldError(const QString &field, const QString &message) const
{
    SaveResult r;
    r.fieldErrors << FieldError{field, message};
    return r;
}

bool DevelopmentPlans::mayEdit(qint64 memberId, const QString &what)
{
    QString error;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit, what,
                                 &error)) {
        m_error = error;
        return false;
    }
    if (!m_scope.canSeeOwner(memberId)) {
        m_error = notAllowed().error;
        return false;
    }
    return true;
}

qint64 DevelopmentPlans::planId(qint64 memberId, bool create)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM development_plan WHERE member_id = ? AND deleted = 0 ORDER BY id LIMIT 1"_s);
    q.addBindValue(memberId);
    if (!exec(q))
        return 0;
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return 0;
    DevelopmentPlan p;
    p.memberId = memberId;
    return setPlan(p).id;
}

qint64 DevelopmentPlans::ownerOfItem(const QString &table, qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT p.member_id FROM "_s + table +
              u" i JOIN development_plan p ON p.id = i.plan_id WHERE i.id = ? AND i.deleted = 0"_s);
    q.addBindValue(id);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<DevelopmentPlan> DevelopmentPlans::plan(qint64 memberId)
{
    if (!m_scope.canSeeOwner(memberId))
        return std::nullopt;
    QSqlQuery q = query();
    q.prepare(u"SELECT p.id, p.uuid, p.member_id, m.code, m.name, p.current_position, p.target_position, "
              u"p.status, p.notes FROM development_plan p JOIN member m ON m.id = p.member_id "
              u"WHERE p.member_id = ? AND p.deleted = 0 ORDER BY p.id LIMIT 1"_s);
    q.addBindValue(memberId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    DevelopmentPlan p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.memberId = q.value(2).toLongLong();
    p.memberCode = q.value(3).toString();
    p.memberName = q.value(4).toString();
    p.currentPosition = q.value(5).toString();
    p.targetPosition = q.value(6).toString();
    p.status = q.value(7).toString();
    p.notes = q.value(8).toString();

    q.prepare(u"SELECT id, position, text, achieved FROM plan_goal WHERE plan_id = ? AND deleted = 0 "
              u"ORDER BY position, id"_s);
    q.addBindValue(p.id);
    if (exec(q)) {
        while (q.next())
            p.goals << PlanGoal{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                q.value(3).toBool()};
    }
    q.prepare(
        u"SELECT id, name, current_level, target_level FROM plan_skill WHERE plan_id = ? AND deleted = 0 "
        u"ORDER BY name, id"_s);
    q.addBindValue(p.id);
    if (exec(q)) {
        while (q.next())
            p.skills << PlanSkill{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                  q.value(3).toInt()};
    }
    q.prepare(u"SELECT id, title, due_date, status FROM plan_milestone WHERE plan_id = ? AND deleted = 0 "
              u"ORDER BY due_date, id"_s);
    q.addBindValue(p.id);
    if (exec(q)) {
        while (q.next())
            p.milestones << PlanMilestone{q.value(0).toLongLong(), q.value(1).toString(),
                                          QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                          q.value(3).toString()};
    }
    q.prepare(u"SELECT r.id, r.reviewer_id, m.name, r.period, r.comment, r.reviewed_on, "
              u"coalesce(r.evaluation_uuid, ''), coalesce(r.evaluation_version, 0) FROM plan_review r "
              u"LEFT JOIN member m ON m.id = r.reviewer_id WHERE r.plan_id = ? AND r.deleted = 0 "
              u"ORDER BY r.reviewed_on DESC, r.id DESC"_s);
    q.addBindValue(p.id);
    if (exec(q)) {
        while (q.next())
            p.reviews << PlanReview{
                q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(),   q.value(3).toString(),
                q.value(4).toString(),   QDate::fromString(q.value(5).toString(), Qt::ISODate),
                q.value(6).toString(),   q.value(7).toInt()};
    }
    return p;
}

QList<DevelopmentPlan> DevelopmentPlans::list()
{
    QList<qint64> members;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT DISTINCT p.member_id, m.code FROM development_plan p JOIN member m ON m.id = p.member_id "
        u"WHERE p.deleted = 0 AND m.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"p.member_id"_s) + u" ORDER BY m.code"_s);
    if (exec(q)) {
        while (q.next())
            members << q.value(0).toLongLong();
    }
    // Plans are few (one per member) and small: each is read whole.
    QList<DevelopmentPlan> result;
    for (const qint64 member : std::as_const(members)) {
        if (std::optional<DevelopmentPlan> p = plan(member)) {
            p->reviews.clear();
            result << *p;
        }
    }
    return result;
}

SaveResult DevelopmentPlans::setPlan(const DevelopmentPlan &plan)
{
    if (!mayEdit(plan.memberId, u"plan:member:%1"_s.arg(plan.memberId)))
        return failed({});
    if (!positions().contains(plan.currentPosition))
        return fieldError(u"current"_s, tr("Unknown position \"%1\".").arg(plan.currentPosition));
    if (!positions().contains(plan.targetPosition))
        return fieldError(u"target"_s, tr("Unknown position \"%1\".").arg(plan.targetPosition));
    if (!statuses().contains(plan.status))
        return fieldError(u"status"_s, tr("Unknown plan status \"%1\".").arg(plan.status));
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM member WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(plan.memberId);
    if (!exec(q) || !q.next())
        return failed(tr("There is no member with the id %1.").arg(plan.memberId));
    const qint64 existing = planId(plan.memberId);
    const SyncStamp st = stamp();
    SaveResult result;
    if (existing) {
        q.prepare(
            u"UPDATE development_plan SET current_position = ?, target_position = ?, status = ?, notes = ?, "
            u"hlc = ?, device_id = ? WHERE id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO development_plan (current_position, target_position, status, notes, hlc, "
                  u"device_id, uuid, member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(plan.currentPosition);
    q.addBindValue(plan.targetPosition);
    q.addBindValue(plan.status);
    q.addBindValue(plan.notes.trimmed().isNull() ? u""_s : plan.notes.trimmed());
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    if (existing) {
        q.addBindValue(existing);
    } else {
        q.addBindValue(plan.uuid.isEmpty() ? newUuid() : plan.uuid);
        q.addBindValue(plan.memberId);
    }
    if (!exec(q))
        return failed({});
    result.id = existing ? existing : q.lastInsertId().toLongLong();
    return result;
}

SaveResult DevelopmentPlans::addGoal(qint64 memberId, const QString &text)
{
    const QString clean = TextNormalizer::clean(text);
    if (clean.isEmpty())
        return fieldError(u"goal"_s, tr("Enter the goal."));
    if (!mayEdit(memberId, u"plan:member:%1"_s.arg(memberId)))
        return failed({});
    Transaction tx(connection());
    const qint64 plan = planId(memberId, true);
    if (!plan)
        return failed({});
    QSqlQuery q = query();
    q.prepare(u"SELECT coalesce(max(position), 0) + 1 FROM plan_goal WHERE plan_id = ? AND deleted = 0"_s);
    q.addBindValue(plan);
    const int position = exec(q) && q.next() ? q.value(0).toInt() : 1;
    const SyncStamp st = stamp();
    q.prepare(
        u"INSERT INTO plan_goal (uuid, plan_id, position, text, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(plan);
    q.addBindValue(position);
    q.addBindValue(clean);
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = q.lastInsertId().toLongLong();
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

bool DevelopmentPlans::touch(const QString &table, qint64 id, const QString &column, const QVariant &value)
{
    const qint64 member = ownerOfItem(table, id);
    if (!member) {
        m_error = tr("There is no such item in a development plan.");
        return false;
    }
    if (!mayEdit(member, u"plan:member:%1"_s.arg(member)))
        return false;
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE "_s + table + u" SET "_s + column + u" = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(value);
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    q.addBindValue(id);
    return exec(q);
}

bool DevelopmentPlans::setGoalAchieved(qint64 goalId, bool achieved)
{
    return touch(u"plan_goal"_s, goalId, u"achieved"_s, achieved ? 1 : 0);
}

SaveResult DevelopmentPlans::setSkill(qint64 memberId, const QString &name, int currentLevel, int targetLevel)
{
    const QString clean = TextNormalizer::clean(name);
    if (clean.isEmpty())
        return fieldError(u"skill"_s, tr("Enter the skill's name."));
    if (currentLevel < 1 || currentLevel > 5 || targetLevel < 1 || targetLevel > 5)
        return fieldError(u"level"_s, tr("A level is between 1 and 5."));
    if (!mayEdit(memberId, u"plan:member:%1"_s.arg(memberId)))
        return failed({});
    Transaction tx(connection());
    const qint64 plan = planId(memberId, true);
    if (!plan)
        return failed({});
    QSqlQuery q = query();
    q.prepare(
        u"SELECT id FROM plan_skill WHERE plan_id = ? AND name = ? AND deleted = 0 ORDER BY id LIMIT 1"_s);
    q.addBindValue(plan);
    q.addBindValue(clean);
    const qint64 existing = exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    const SyncStamp st = stamp();
    if (existing) {
        q.prepare(
            u"UPDATE plan_skill SET current_level = ?, target_level = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
        q.addBindValue(currentLevel);
        q.addBindValue(targetLevel);
        q.addBindValue(qint64(st.hlc));
        q.addBindValue(st.deviceId);
        q.addBindValue(existing);
    } else {
        q.prepare(
            u"INSERT INTO plan_skill (uuid, plan_id, name, current_level, target_level, hlc, device_id) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(newUuid());
        q.addBindValue(plan);
        q.addBindValue(clean);
        q.addBindValue(currentLevel);
        q.addBindValue(targetLevel);
        q.addBindValue(qint64(st.hlc));
        q.addBindValue(st.deviceId);
    }
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = existing ? existing : q.lastInsertId().toLongLong();
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

SaveResult DevelopmentPlans::addMilestone(qint64 memberId, const QString &title, const QDate &due,
                                          const QString &status)
{
    const QString clean = TextNormalizer::clean(title);
    if (clean.isEmpty())
        return fieldError(u"title"_s, tr("Enter the milestone."));
    if (!due.isValid())
        return fieldError(u"due"_s, tr("Enter the due date."));
    if (!milestoneStatuses().contains(status))
        return fieldError(u"status"_s, tr("Unknown milestone status \"%1\".").arg(status));
    if (!mayEdit(memberId, u"plan:member:%1"_s.arg(memberId)))
        return failed({});
    Transaction tx(connection());
    const qint64 plan = planId(memberId, true);
    if (!plan)
        return failed({});
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO plan_milestone (uuid, plan_id, title, due_date, status, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(plan);
    q.addBindValue(clean);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(status);
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = q.lastInsertId().toLongLong();
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

bool DevelopmentPlans::setMilestoneStatus(qint64 milestoneId, const QString &status)
{
    if (!milestoneStatuses().contains(status)) {
        m_error = tr("Unknown milestone status \"%1\".").arg(status);
        return false;
    }
    return touch(u"plan_milestone"_s, milestoneId, u"status"_s, status);
}

bool DevelopmentPlans::removeItem(const QString &table, qint64 id)
{
    if (!QStringList{u"plan_goal"_s, u"plan_skill"_s, u"plan_milestone"_s}.contains(table)) {
        m_error = tr("There is no such item in a development plan.");
        return false;
    }
    return touch(table, id, u"deleted"_s, 1);
}

SaveResult DevelopmentPlans::addReview(qint64 memberId, const QString &period, const QString &comment,
                                       const QDate &reviewedOn, const QString &evaluationUuid,
                                       int evaluationVersion)
{
    QString periodError;
    const std::optional<analytics::Period> p = analytics::Period::parse(period.trimmed(), &periodError);
    if (!p || (p->kind() != analytics::Period::Month && p->kind() != analytics::Period::Quarter &&
               p->kind() != analytics::Period::Year))
        return fieldError(u"period"_s, tr("An evaluation period is a month, quarter or year (2025-03, "
                                          "2025-Q1, 2025)."));
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return fieldError(u"comment"_s, tr("Enter the review's comment."));
    if (!reviewedOn.isValid())
        return fieldError(u"date"_s, tr("Enter the date of the review."));
    if (!mayEdit(memberId, u"plan:member:%1"_s.arg(memberId)))
        return failed({});
    if (memberId == m_scope.memberId())
        return failed(tr("A development plan is reviewed by someone else, not its member."));
    Transaction tx(connection());
    const qint64 plan = planId(memberId);
    if (!plan)
        return failed(tr("The member has no development plan to review."));
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO plan_review (uuid, plan_id, reviewer_id, period, comment, reviewed_on, "
              u"evaluation_uuid, "
              u"evaluation_version, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(plan);
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(p->key());
    q.addBindValue(text);
    q.addBindValue(reviewedOn.toString(Qt::ISODate));
    q.addBindValue(evaluationUuid.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(evaluationUuid));
    q.addBindValue(evaluationUuid.isEmpty() ? QVariant(QMetaType(QMetaType::Int))
                                            : QVariant(evaluationVersion));
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = q.lastInsertId().toLongLong();
    QSqlQuery code = query();
    code.prepare(u"SELECT code FROM member WHERE id = ?"_s);
    code.addBindValue(memberId);
    const QString memberCode = exec(code) && code.next() ? code.value(0).toString() : QString();
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::PlanReview, u"member:%1 %2"_s.arg(memberId).arg(memberCode), p->key()))
        return failed(audit.lastError());
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

} // namespace frontline
