#include "ActivityRepository.h"

#include "security/AuditLog.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

QStringList ActivityRepository::kinds()
{
    return {u"visit"_s, u"call"_s, u"wechat"_s, u"email"_s, u"meeting"_s};
}

QList<FieldError> ActivityRepository::validate(const Activity &a) const
{
    QList<FieldError> errors;
    if (!a.customerId)
        errors << FieldError{u"customer"_s, tr("Choose the customer.")};
    if (!kinds().contains(a.kind))
        errors << FieldError{u"kind"_s, tr("Unknown kind of activity \"%1\".").arg(a.kind)};
    if (a.satisfaction < 0 || a.satisfaction > 5)
        errors << FieldError{u"satisfaction"_s, tr("Satisfaction is from 1 to 5.")};
    if (a.durationMinutes < 0)
        errors << FieldError{u"duration"_s, tr("The duration cannot be negative.")};
    if (a.nextFollowUp.isValid() && a.occurredAt.isValid() &&
        a.nextFollowUp < a.occurredAt.toLocalTime().date())
        errors << FieldError{u"next_follow_up"_s, tr("The next follow-up cannot be before the activity.")};
    return errors;
}

QList<FieldError> ActivityRepository::prepareNew(Activity &a) const
{
    if (!a.memberId)
        a.memberId = m_scope.memberId();
    if (!a.occurredAt.isValid())
        a.occurredAt = QDateTime::currentDateTimeUtc();
    QList<FieldError> errors = validate(a);
    if (!a.memberId)
        errors << FieldError{u"member"_s, tr("Choose who made the contact.")};
    return errors;
}

namespace {
const QString InsertActivity = u"INSERT INTO activity (uuid, customer_id, contact_id, member_id, kind, "
                               u"occurred_at, duration_min, location, "
                               u"summary, outcome, next_step, next_follow_up, satisfaction, hlc, device_id) "
                               u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

void bindNewActivity(QSqlQuery &q, const Activity &a, const QString &uuid, const SyncStamp &s)
{
    q.addBindValue(uuid);
    q.addBindValue(a.customerId);
    q.addBindValue(a.contactId ? QVariant(a.contactId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(a.memberId);
    q.addBindValue(a.kind);
    q.addBindValue(a.occurredAt.toUTC());
    q.addBindValue(a.durationMinutes ? QVariant(a.durationMinutes) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(a.location.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.location));
    q.addBindValue(a.summary);
    q.addBindValue(a.outcome.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.outcome));
    q.addBindValue(a.nextStep.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.nextStep));
    q.addBindValue(a.nextFollowUp.isValid() ? QVariant(a.nextFollowUp)
                                            : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(a.satisfaction ? QVariant(a.satisfaction) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
}
} // namespace

SaveResult ActivityRepository::create(Activity a)
{
    SaveResult result;
    result.fieldErrors = prepareNew(a);
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!customerVisible(a.customerId) || !m_scope.canSeeOwner(a.memberId))
        return notAllowed();
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(InsertActivity);
    bindNewActivity(q, a, a.uuid.isEmpty() ? newUuid() : a.uuid, s);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

BulkResult ActivityRepository::createMany(const QList<Activity> &input)
{
    QList<Activity> activities = input;
    VisibleCustomers visible(*this);
    for (qsizetype i = 0; i < activities.size(); ++i) {
        Activity &a = activities[i];
        const QList<FieldError> errors = prepareNew(a);
        if (!errors.isEmpty())
            return bulkFailed(i, errors);
        if (!visible.contains(a.customerId) || !m_scope.canSeeOwner(a.memberId))
            return bulkFailed(i, notAllowed().error);
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query();
    q.prepare(InsertActivity);
    BulkResult result;
    result.ids.reserve(activities.size());
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity &a = activities.at(i);
        bindNewActivity(q, a, a.uuid.isEmpty() ? newUuid() : a.uuid, stamp());
        if (!exec(q))
            return bulkFailed(i, QString());
        result.ids << q.lastInsertId().toLongLong();
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

QString ActivityRepository::filterSql(const ActivityFilter &f, QVariantList *binds, Names names) const
{
    QString sql = (names == Names::Joined
                       ? u" FROM activity a JOIN customer c ON c.id = a.customer_id LEFT JOIN member m "
                         u"ON m.id = a.member_id"_s
                       : u" FROM activity a JOIN customer c ON c.id = a.customer_id"_s) +
                  u" WHERE a.deleted = 0 AND c.deleted = 0 AND "_s + m_scope.ownerCondition(u"c.owner_id"_s);
    if (f.memberId) {
        sql += u" AND a.member_id = ?"_s;
        *binds << f.memberId;
    }
    sql += inIds(u"a.member_id"_s, f.members);
    if (f.customerId) {
        sql += u" AND a.customer_id = ?"_s;
        *binds << f.customerId;
    }
    if (!f.kind.isEmpty()) {
        sql += u" AND a.kind = ?"_s;
        *binds << f.kind;
    }
    // Local dates to UTC instants: the day starts at local midnight.
    if (f.from.isValid()) {
        sql += u" AND a.occurred_at >= ?"_s;
        *binds << QDateTime(f.from.startOfDay()).toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        sql += u" AND a.occurred_at < ?"_s;
        *binds << QDateTime(f.to.addDays(1).startOfDay()).toUTC().toString(Qt::ISODateWithMs);
    }
    return sql;
}

QList<Activity> ActivityRepository::list(const ActivityFilter &filter, int limit, int offset)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.id, a.uuid, a.customer_id, a.contact_id, a.member_id, a.kind, a.occurred_at, "
        u"a.duration_min, "
        u"a.location, a.summary, a.outcome, a.next_step, a.next_follow_up, a.satisfaction, c.name, m.name"_s +
        filterSql(filter, &binds) + u" ORDER BY a.occurred_at DESC, a.id DESC"_s + pageSql(limit, offset));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Activity> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.customerId = q.value(2).toLongLong();
        a.contactId = q.value(3).toLongLong();
        a.memberId = q.value(4).toLongLong();
        a.kind = q.value(5).toString();
        a.occurredAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        a.durationMinutes = q.value(7).toInt();
        a.location = q.value(8).toString();
        a.summary = q.value(9).toString();
        a.outcome = q.value(10).toString();
        a.nextStep = q.value(11).toString();
        a.nextFollowUp = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        a.satisfaction = q.value(13).toInt();
        a.customerName = q.value(14).toString();
        a.memberName = q.value(15).toString();
        result << a;
    }
    return result;
}

qint64 ActivityRepository::count(const ActivityFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT count(*)"_s + filterSql(filter, &binds, Names::Skipped));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool ActivityRepository::restore(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(
        u"SELECT a.id FROM activity a JOIN customer c ON c.id = a.customer_id WHERE a.id = ? AND c.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"c.owner_id"_s));
    q.addBindValue(id);
    return exec(q) && q.next() && restoreWithChildren(u"activity"_s, id, {});
}

bool ActivityRepository::remove(qint64 id)
{
    QSqlQuery check = query();
    check.prepare(u"SELECT a.id FROM activity a JOIN customer c ON c.id = a.customer_id WHERE a.id = ? AND "
                  u"a.deleted = 0 "
                  u"AND "_s +
                  m_scope.ownerCondition(u"c.owner_id"_s));
    check.addBindValue(id);
    if (!exec(check) || !check.next())
        return false;
    check.finish();
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE activity SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q) && auditRow(AuditAction::Delete, u"activity"_s, id) && tx.commit();
}

} // namespace frontline
