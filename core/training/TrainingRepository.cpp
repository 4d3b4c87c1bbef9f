#include "TrainingRepository.h"

#include "domain/Vocabulary.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// SQLite takes a null QString for NULL: empty texts are bound as ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QStringList TrainingRepository::topics()
{
    return Vocabulary::keys(Vocabulary::TrainingTopic);
}

QList<FieldError> TrainingRepository::validate(const TrainingSession &s) const
{
    QList<FieldError> errors;
    if (TextNormalizer::clean(s.title).isEmpty())
        errors << FieldError{u"title"_s, tr("Enter the session's title.")};
    if (!topics().contains(s.topic))
        errors << FieldError{u"topic"_s, tr("Unknown topic \"%1\".").arg(s.topic)};
    if (!s.heldOn.isValid())
        errors << FieldError{u"date"_s, tr("Enter the date of the session.")};
    if (s.durationMin < 0 || s.durationMin > 24 * 60)
        errors << FieldError{u"duration"_s, tr("A session lasts between 0 and 1,440 minutes.")};
    return errors;
}

bool TrainingRepository::mayEdit(const QString &what)
{
    QString error;
    if (Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit, what, &error))
        return true;
    m_error = error;
    return false;
}

QString TrainingRepository::visibleCondition(const QString &alias) const
{
    if (m_scope.seesEverything())
        return u"1"_s;
    return u"("_s + m_scope.ownerCondition(alias + u".created_by"_s) +
           u" OR EXISTS (SELECT 1 FROM training_attendance va WHERE va.session_id = "_s + alias +
           u".id AND va.deleted = 0 AND "_s + m_scope.ownerCondition(u"va.member_id"_s) + u"))"_s;
}

bool TrainingRepository::isVisible(qint64 sessionId)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT s.id FROM training_session s WHERE s.id = ? AND s.deleted = 0 AND "_s +
              visibleCondition(u"s"_s));
    q.addBindValue(sessionId);
    return exec(q) && q.next();
}

SaveResult TrainingRepository::create(TrainingSession s)
{
    if (!mayEdit(u"training"_s))
        return failed({});
    SaveResult result;
    result.fieldErrors = validate(s);
    if (!result.fieldErrors.isEmpty())
        return result;
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO training_session (uuid, topic, title, held_on, trainer, duration_min, notes, "
              u"created_by, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(s.uuid.isEmpty() ? newUuid() : s.uuid);
    q.addBindValue(s.topic);
    q.addBindValue(TextNormalizer::clean(s.title));
    q.addBindValue(s.heldOn.toString(Qt::ISODate));
    q.addBindValue(text(TextNormalizer::clean(s.trainer)));
    q.addBindValue(s.durationMin);
    q.addBindValue(text(s.notes.trimmed()));
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId()) : nullId());
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

SaveResult TrainingRepository::update(const TrainingSession &s)
{
    if (!mayEdit(u"training:%1"_s.arg(s.id)))
        return failed({});
    if (!isVisible(s.id))
        return notAllowed();
    SaveResult result;
    result.id = s.id;
    result.fieldErrors = validate(s);
    if (!result.fieldErrors.isEmpty())
        return result;
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE training_session SET topic = ?, title = ?, held_on = ?, trainer = ?, duration_min = ?, "
        u"notes = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(s.topic);
    q.addBindValue(TextNormalizer::clean(s.title));
    q.addBindValue(s.heldOn.toString(Qt::ISODate));
    q.addBindValue(text(TextNormalizer::clean(s.trainer)));
    q.addBindValue(s.durationMin);
    q.addBindValue(text(s.notes.trimmed()));
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    q.addBindValue(s.id);
    if (!exec(q))
        return failed({});
    return result;
}

bool TrainingRepository::remove(qint64 id)
{
    if (!mayEdit(u"training:%1"_s.arg(id)) || !isVisible(id))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    for (const QString &sql :
         {u"UPDATE training_session SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s,
          u"UPDATE training_attendance SET deleted = 1, hlc = ?, device_id = ? "
          u"WHERE session_id = ? AND deleted = 0"_s}) {
        q.prepare(sql);
        q.addBindValue(qint64(st.hlc));
        q.addBindValue(st.deviceId);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return auditRow(AuditAction::Delete, u"training_session"_s, id) && tx.commit();
}

bool TrainingRepository::restore(qint64 id)
{
    if (!mayEdit(u"training:%1"_s.arg(id)))
        return false;
    return restoreWithChildren(u"training_session"_s, id, {u"training_attendance.session_id"_s}) &&
           isVisible(id);
}

QList<TrainingSession> TrainingRepository::list(const TrainingFilter &f)
{
    const QString seen = m_scope.ownerCondition(u"a.member_id"_s);
    QString sql =
        u"SELECT s.id, s.uuid, s.topic, s.title, s.held_on, s.trainer, s.duration_min, s.notes, "
        u"s.created_by, "
        u"(SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id AND a.deleted = 0 AND "_s +
        seen +
        u"), (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id AND a.deleted = 0 "
        u"AND a.attended = 1 AND "_s +
        seen +
        u"), (SELECT count(score) FROM training_attendance a WHERE a.session_id = s.id AND "
        u"a.deleted = 0 AND "_s +
        seen +
        u"), (SELECT sum(score) FROM training_attendance a WHERE a.session_id = s.id AND a.deleted = 0 "
        u"AND "_s +
        seen + u") FROM training_session s WHERE s.deleted = 0 AND "_s + visibleCondition(u"s"_s);
    QVariantList binds;
    if (f.from.isValid()) {
        sql += u" AND s.held_on >= ?"_s;
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += u" AND s.held_on <= ?"_s;
        binds << f.to.toString(Qt::ISODate);
    }
    if (!f.topic.isEmpty()) {
        sql += u" AND s.topic = ?"_s;
        binds << f.topic;
    }
    if (f.memberId) {
        sql +=
            u" AND EXISTS (SELECT 1 FROM training_attendance m WHERE m.session_id = s.id AND m.deleted = 0 "
            u"AND m.member_id = ?)"_s;
        binds << f.memberId;
    }
    sql += u" ORDER BY s.held_on DESC, s.id DESC"_s;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<TrainingSession> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        TrainingSession s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.topic = q.value(2).toString();
        s.title = q.value(3).toString();
        s.heldOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        s.trainer = q.value(5).toString();
        s.durationMin = q.value(6).toInt();
        s.notes = q.value(7).toString();
        s.createdBy = q.value(8).toLongLong();
        s.invited = q.value(9).toInt();
        s.attended = q.value(10).toInt();
        s.scored = q.value(11).toInt();
        if (s.scored > 0) {
            const qint64 sum = q.value(12).toLongLong();
            s.averageScore = int((2 * sum + s.scored) / (2 * s.scored)); // half up
        }
        result << s;
    }
    return result;
}

std::optional<TrainingSession> TrainingRepository::session(qint64 id)
{
    // list() reads the figures; one session is cheap enough through it.
    QSqlQuery q = query();
    q.prepare(u"SELECT held_on FROM training_session WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    TrainingFilter f;
    f.from = day;
    f.to = day;
    for (const TrainingSession &s : list(f)) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QList<TrainingAttendance> TrainingRepository::readAttendance(const QString &where, const QVariantList &binds)
{
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT a.id, a.session_id, a.member_id, m.code, m.name, a.attended, a.score, s.title, s.topic, "
        u"s.held_on FROM training_attendance a JOIN member m ON m.id = a.member_id "
        u"JOIN training_session s ON s.id = a.session_id "
        u"WHERE a.deleted = 0 AND s.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"a.member_id"_s) + u" AND "_s + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<TrainingAttendance> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        TrainingAttendance a;
        a.id = q.value(0).toLongLong();
        a.sessionId = q.value(1).toLongLong();
        a.memberId = q.value(2).toLongLong();
        a.memberCode = q.value(3).toString();
        a.memberName = q.value(4).toString();
        a.attended = q.value(5).toBool();
        if (!q.value(6).isNull())
            a.score = q.value(6).toInt();
        a.title = q.value(7).toString();
        a.topic = q.value(8).toString();
        a.heldOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        result << a;
    }
    return result;
}

QList<TrainingAttendance> TrainingRepository::attendance(qint64 sessionId)
{
    return readAttendance(u"a.session_id = ? ORDER BY m.code"_s, {sessionId});
}

QList<TrainingAttendance> TrainingRepository::forMember(qint64 memberId)
{
    return readAttendance(u"a.member_id = ? ORDER BY s.held_on DESC, s.id DESC"_s, {memberId});
}

qint64 TrainingRepository::attendanceId(qint64 sessionId, qint64 memberId)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM training_attendance WHERE session_id = ? AND member_id = ? AND deleted = 0 "
              u"ORDER BY id LIMIT 1"_s);
    q.addBindValue(sessionId);
    q.addBindValue(memberId);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

bool TrainingRepository::setAttended(qint64 sessionId, qint64 memberId, bool attended)
{
    if (!mayEdit(u"training:%1"_s.arg(sessionId)))
        return false;
    // A member in scope may be put on any session (a manager sends their people to a company
    // training they did not organise).
    QSqlQuery live = query();
    live.prepare(u"SELECT id FROM training_session WHERE id = ? AND deleted = 0"_s);
    live.addBindValue(sessionId);
    if (!m_scope.canSeeOwner(memberId) || !exec(live) || !live.next()) {
        m_error = m_scope.canSeeOwner(memberId) ? tr("There is no training session %1.").arg(sessionId)
                                                : notAllowed().error;
        return false;
    }
    QSqlQuery member = query();
    member.prepare(u"SELECT id FROM member WHERE id = ? AND deleted = 0"_s);
    member.addBindValue(memberId);
    if (!exec(member) || !member.next()) {
        m_error = tr("There is no member with the id %1.").arg(memberId);
        return false;
    }
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    const qint64 existing = attendanceId(sessionId, memberId);
    if (existing) {
        q.prepare(u"UPDATE training_attendance SET attended = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
        q.addBindValue(attended ? 1 : 0);
        q.addBindValue(qint64(st.hlc));
        q.addBindValue(st.deviceId);
        q.addBindValue(existing);
    } else {
        q.prepare(u"INSERT INTO training_attendance (uuid, session_id, member_id, attended, hlc, device_id) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(newUuid());
        q.addBindValue(sessionId);
        q.addBindValue(memberId);
        q.addBindValue(attended ? 1 : 0);
        q.addBindValue(qint64(st.hlc));
        q.addBindValue(st.deviceId);
    }
    return exec(q);
}

bool TrainingRepository::setScore(qint64 sessionId, qint64 memberId, std::optional<int> score)
{
    if (score && (*score < 0 || *score > 100)) {
        m_error = tr("A score is between 0 and 100.");
        return false;
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    if (score && !setAttended(sessionId, memberId, true))
        return false;
    const qint64 id = attendanceId(sessionId, memberId);
    if (!id) {
        if (m_error.isEmpty())
            m_error = tr("The member is not on this session's list.");
        return false;
    }
    if (!score && !mayEdit(u"training:%1"_s.arg(sessionId)))
        return false;
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE training_attendance SET score = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    q.addBindValue(id);
    if (!exec(q))
        return false;
    QSqlQuery code = query();
    code.prepare(u"SELECT code FROM member WHERE id = ?"_s);
    code.addBindValue(memberId);
    const QString memberCode = exec(code) && code.next() ? code.value(0).toString() : QString();
    AuditLog audit(m_db, m_scope);
    if (!audit.record(
            AuditAction::Assessment, u"member:%1 %2"_s.arg(memberId).arg(memberCode),
            u"training:%1 score %2"_s.arg(sessionId).arg(score ? QString::number(*score) : u"-"_s))) {
        m_error = audit.lastError();
        return false;
    }
    return tx.commit();
}

bool TrainingRepository::removeAttendee(qint64 sessionId, qint64 memberId)
{
    if (!mayEdit(u"training:%1"_s.arg(sessionId)))
        return false;
    if (!m_scope.canSeeOwner(memberId)) {
        m_error = notAllowed().error;
        return false;
    }
    const qint64 id = attendanceId(sessionId, memberId);
    if (!id) {
        m_error = tr("The member is not on this session's list.");
        return false;
    }
    const SyncStamp st = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE training_attendance SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(qint64(st.hlc));
    q.addBindValue(st.deviceId);
    q.addBindValue(id);
    return exec(q);
}

} // namespace frontline
