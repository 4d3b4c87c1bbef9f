#include "OrgRepository.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CustomerMatcher.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
Member readMember(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.code = q.value(2).toString();
    m.name = q.value(3).toString();
    m.role = roleFromKey(q.value(4).toString()).value_or(Role::Rep);
    m.teamId = q.value(5).toLongLong();
    m.phone = q.value(6).toString();
    m.email = q.value(7).toString();
    m.hireDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.active = q.value(9).toBool();
    m.teamName = q.value(10).toString();
    return m;
}

const QString MemberColumns =
    u"m.id, m.uuid, m.code, m.name, m.role, m.team_id, m.phone, m.email, m.hire_date, "
    u"m.active, t.name FROM member m LEFT JOIN team t ON t.id = m.team_id"_s;
} // namespace

bool OrgRepository::canManage(qint64 teamId) const
{
    if (m_scope.role() == Role::Admin)
        return true;
    if (m_scope.role() != Role::Manager)
        return false;
    // A manager changes members of teams whose members they can see.
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM member WHERE team_id = ? AND deleted = 0"_s);
    q.addBindValue(teamId);
    if (!q.exec())
        return false;
    while (q.next()) {
        if (m_scope.canSeeOwner(q.value(0).toLongLong()))
            return true;
    }
    return false;
}

QList<Team> OrgRepository::teams()
{
    QList<Team> result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, uuid, parent_id, name, kind FROM team WHERE deleted = 0 ORDER BY parent_id, name"_s))
        return result;
    while (q.next())
        result << Team{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString()};
    return result;
}

SaveResult OrgRepository::addTeam(Team team)
{
    if (m_scope.role() != Role::Admin && !(team.parentId && canManage(team.parentId)))
        return notAllowed();
    team.name = TextNormalizer::clean(team.name);
    if (team.name.isEmpty()) {
        SaveResult r;
        r.fieldErrors << FieldError{u"name"_s, tr("Enter the team's name.")};
        return r;
    }
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO team (uuid, parent_id, name, kind, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(team.uuid.isEmpty() ? newUuid() : team.uuid);
    q.addBindValue(team.parentId ? QVariant(team.parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(team.name);
    q.addBindValue(team.kind);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = q.lastInsertId().toLongLong();
    return r;
}

QList<Member> OrgRepository::members(bool activeOnly)
{
    QList<Member> result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + MemberColumns + u" WHERE m.deleted = 0"_s +
                (activeOnly ? u" AND m.active = 1"_s : QString()) + u" ORDER BY m.code"_s))
        return result;
    while (q.next())
        result << readMember(q);
    return result;
}

std::optional<Member> OrgRepository::member(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT "_s + MemberColumns + u" WHERE m.id = ? AND m.deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readMember(q);
}

std::optional<Member> OrgRepository::memberByCode(const QString &code)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT "_s + MemberColumns + u" WHERE m.code = ? AND m.deleted = 0"_s);
    q.addBindValue(code);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readMember(q);
}

QString OrgRepository::nextCode(Role role)
{
    const QChar letter = roleKey(role).at(0).toUpper();
    QSqlQuery q = query();
    q.prepare(u"SELECT max(CAST(substr(code, 2) AS INTEGER)) FROM member WHERE code LIKE ?"_s);
    q.addBindValue(QString(letter + u"%"_s));
    const qint64 last = exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    return u"%1%2"_s.arg(letter).arg(last + 1, 4, 10, QChar(u'0'));
}

QList<FieldError> OrgRepository::validate(const Member &m) const
{
    QList<FieldError> errors;
    if (TextNormalizer::clean(m.name).isEmpty())
        errors << FieldError{u"name"_s, tr("Enter the member's name.")};
    static const QRegularExpression codePattern(u"^[A-Za-z][A-Za-z0-9_-]{0,15}$"_s);
    if (!m.code.isEmpty() && !codePattern.match(m.code).hasMatch())
        errors << FieldError{u"code"_s,
                             tr("A code is a letter followed by up to 15 letters or digits, e.g. R0012.")};
    if (!m.email.isEmpty() && !CustomerMatcher::isValidEmail(m.email.trimmed().toLower()))
        errors << FieldError{u"email"_s, tr("\"%1\" is not an e-mail address.").arg(m.email)};
    return errors;
}

SaveResult OrgRepository::addMember(Member m)
{
    if (!canManage(m.teamId) && m_scope.role() != Role::Admin)
        return notAllowed();
    if (m.role == Role::Admin && m_scope.role() != Role::Admin)
        return notAllowed();
    m.name = TextNormalizer::clean(m.name);
    SaveResult result;
    result.fieldErrors = validate(m);
    if (m.code.isEmpty())
        m.code = nextCode(m.role);
    if (memberByCode(m.code))
        result.fieldErrors << FieldError{u"code"_s, tr("The code %1 is already taken.").arg(m.code)};
    if (!result.fieldErrors.isEmpty())
        return result;
    const ContactPoint phone = CustomerMatcher::phonePoint(m.phone);
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO member (uuid, code, name, role, team_id, phone, email, hire_date, active, hlc, "
              u"device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(m.uuid.isEmpty() ? newUuid() : m.uuid);
    q.addBindValue(m.code);
    q.addBindValue(m.name);
    q.addBindValue(roleKey(m.role));
    q.addBindValue(m.teamId ? QVariant(m.teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(phone.normalized));
    q.addBindValue(m.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(m.email.trimmed().toLower()));
    q.addBindValue(m.hireDate.isValid() ? QVariant(m.hireDate) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(m.active);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

SaveResult OrgRepository::updateMember(const Member &m)
{
    const std::optional<Member> current = member(m.id);
    if (!current)
        return notAllowed();
    if (m_scope.role() != Role::Admin && !(canManage(current->teamId) && canManage(m.teamId)))
        return notAllowed();
    SaveResult result;
    result.id = m.id;
    result.fieldErrors = validate(m);
    if (!result.fieldErrors.isEmpty())
        return result;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE member SET name = ?, role = ?, team_id = ?, phone = ?, email = ?, hire_date = ?, "
              u"active = ?, "
              u"hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(TextNormalizer::clean(m.name));
    q.addBindValue(roleKey(m.role));
    q.addBindValue(m.teamId ? QVariant(m.teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(CustomerMatcher::phonePoint(m.phone).normalized));
    q.addBindValue(m.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(m.email.trimmed().toLower()));
    q.addBindValue(m.hireDate.isValid() ? QVariant(m.hireDate) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(m.active);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(m.id);
    if (!exec(q))
        return failed({});
    return result;
}

bool OrgRepository::inOwnSubtree(qint64 teamId)
{
    if (m_scope.role() == Role::Admin)
        return true;
    const std::optional<Member> me = member(m_scope.memberId());
    if (!me || !me->teamId || !teamId)
        return false;
    QHash<qint64, qint64> parent;
    QSqlQuery q = query();
    if (!q.exec(u"SELECT id, parent_id FROM team WHERE deleted = 0"_s))
        return false;
    while (q.next())
        parent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    for (qint64 t = teamId, steps = 0; t && steps <= parent.size(); t = parent.value(t), ++steps) {
        if (t == me->teamId)
            return true;
    }
    return false;
}

SaveResult OrgRepository::moveMember(qint64 memberId, qint64 teamId)
{
    QString error;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit,
                                 u"member:%1"_s.arg(memberId), &error))
        return failed(error);
    std::optional<Member> m = member(memberId);
    if (!m)
        return failed(tr("There is no member with the id %1.").arg(memberId));
    QSqlQuery q = query();
    q.prepare(u"SELECT kind FROM team WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(teamId);
    if (!exec(q) || !q.next())
        return failed(tr("There is no team with the id %1.").arg(teamId));
    if (m->teamId == teamId) {
        SaveResult same;
        same.id = memberId;
        return same;
    }
    // A manager moves the people of their subtree within it, not themselves.
    if (m_scope.role() != Role::Admin && (m_scope.role() != Role::Manager || memberId == m_scope.memberId() ||
                                          !m_scope.canSeeOwner(memberId) || !inOwnSubtree(teamId)))
        return notAllowed();
    const qint64 from = m->teamId;
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    q.prepare(u"UPDATE member SET team_id = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(teamId);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(memberId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = memberId;
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::OrgChange, u"member:%1 %2"_s.arg(memberId).arg(m->code),
                      u"team %1 → %2"_s.arg(from).arg(teamId)))
        return failed(audit.lastError());
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

QList<RoleDuty> OrgRepository::duties(Role role)
{
    QList<RoleDuty> result;
    QSqlQuery q = query();
    q.prepare(u"SELECT position, text FROM role_duty WHERE role = ? AND deleted = 0 ORDER BY position"_s);
    q.addBindValue(roleKey(role));
    if (exec(q)) {
        while (q.next())
            result << RoleDuty{role, q.value(0).toInt(), q.value(1).toString()};
    }
    return result;
}

bool OrgRepository::setDuties(Role role, const QStringList &texts)
{
    if (m_scope.role() != Role::Admin)
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE role_duty SET deleted = 1, hlc = ?, device_id = ? WHERE role = ? AND deleted = 0"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(roleKey(role));
    if (!exec(q))
        return false;
    q.prepare(
        u"INSERT INTO role_duty (uuid, role, position, text, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < texts.size(); ++i) {
        q.addBindValue(newUuid());
        q.addBindValue(roleKey(role));
        q.addBindValue(i + 1);
        q.addBindValue(texts.at(i));
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return false;
    }
    return tx.commit();
}

QHash<qint64, qint64> OrgRepository::customerCounts()
{
    QHash<qint64, qint64> counts;
    QSqlQuery q = query();
    if (q.exec(u"SELECT owner_id, count(*) FROM customer WHERE deleted = 0 AND "_s +
               m_scope.ownerCondition(u"owner_id"_s) + u" GROUP BY owner_id"_s)) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

} // namespace frontline
