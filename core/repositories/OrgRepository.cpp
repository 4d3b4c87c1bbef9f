#include "OrgRepository.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CustomerMatcher.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

#include <algorithm>

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

QStringList OrgRepository::teamKinds()
{
    return {u"company"_s, u"region"_s, u"team"_s};
}

std::optional<Team> OrgRepository::team(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id, uuid, parent_id, name, kind FROM team WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return Team{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                q.value(3).toString(), q.value(4).toString()};
}

QList<Team> OrgRepository::teamsNamed(const QString &name)
{
    QList<Team> result;
    const QString wanted = TextNormalizer::clean(name);
    for (const Team &t : teams()) {
        if (t.name == wanted)
            result << t;
    }
    return result;
}

QHash<qint64, qint64> OrgRepository::parents()
{
    QHash<qint64, qint64> parent;
    QSqlQuery q = query();
    if (q.exec(u"SELECT id, parent_id FROM team WHERE deleted = 0"_s)) {
        while (q.next())
            parent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return parent;
}

qint64 OrgRepository::ownTeam()
{
    const std::optional<Member> me = m_scope.memberId() ? member(m_scope.memberId()) : std::nullopt;
    return me ? me->teamId : 0;
}

bool OrgRepository::mayChangeTeam(qint64 teamId, bool belowOwn, const QString &what, QString *error)
{
    if (!Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit, what, error))
        return false;
    if (m_scope.role() == Role::Admin)
        return true;
    if (m_scope.role() == Role::Manager && teamId && inOwnSubtree(teamId) &&
        !(belowOwn && teamId == ownTeam()))
        return true;
    *error = notAllowed().error;
    return false;
}

bool OrgRepository::canEditTeam(qint64 teamId, bool belowOwn)
{
    if (!Permissions(m_db).allows(m_scope, PermissionArea::Performance, PermissionAction::Edit))
        return false;
    return m_scope.role() == Role::Admin || (m_scope.role() == Role::Manager && teamId &&
                                             inOwnSubtree(teamId) && !(belowOwn && teamId == ownTeam()));
}

bool OrgRepository::canEditMember(qint64 memberId)
{
    if (!Permissions(m_db).allows(m_scope, PermissionArea::Performance, PermissionAction::Edit))
        return false;
    if (m_scope.role() == Role::Admin)
        return true;
    const std::optional<Member> m = member(memberId);
    return m_scope.role() == Role::Manager && m && m->role != Role::Admin &&
           (memberId == m_scope.memberId() || (m_scope.canSeeOwner(memberId) && inOwnSubtree(m->teamId)));
}

QList<FieldError> OrgRepository::validateTeamName(const QString &name, qint64 parentId, qint64 exceptId)
{
    QList<FieldError> errors;
    if (name.isEmpty()) {
        errors << FieldError{u"name"_s, tr("Enter the team's name.")};
        return errors;
    }
    for (const Team &t : teams()) {
        if (t.parentId == parentId && t.id != exceptId && t.name.compare(name, Qt::CaseInsensitive) == 0)
            errors << FieldError{u"name"_s, tr("There is already a team called %1 there.").arg(name)};
    }
    return errors;
}

SaveResult OrgRepository::audited(const SaveResult &r, const QString &target, const QString &detail)
{
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::OrgChange, target, detail))
        return failed(audit.lastError());
    return r;
}

SaveResult OrgRepository::addTeam(Team team)
{
    QString error;
    // A root team (parentId 0) is the administrator's to add.
    if (!mayChangeTeam(team.parentId, false, u"team:new"_s, &error))
        return failed(error);
    if (team.parentId && !this->team(team.parentId))
        return failed(tr("There is no team with the id %1.").arg(team.parentId));
    team.name = TextNormalizer::clean(team.name);
    SaveResult r;
    r.fieldErrors = validateTeamName(team.name, team.parentId, 0);
    if (!teamKinds().contains(team.kind))
        r.fieldErrors << FieldError{u"kind"_s, tr("A team is a company, a region or a team.")};
    if (!r.fieldErrors.isEmpty())
        return r;
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
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
    r.id = q.lastInsertId().toLongLong();
    // Like a new member, a new (empty) team is not audited: fixtures and the demo company build
    // whole organisations this way. Renames, moves, removals and member edits are.
    if (!tx.commit())
        return failed(tx.lastError().text());
    return r;
}

SaveResult OrgRepository::renameTeam(qint64 teamId, const QString &newName)
{
    const std::optional<Team> t = team(teamId);
    if (!t)
        return failed(tr("There is no team with the id %1.").arg(teamId));
    QString error;
    if (!mayChangeTeam(teamId, false, u"team:%1"_s.arg(teamId), &error))
        return failed(error);
    const QString name = TextNormalizer::clean(newName);
    SaveResult r;
    r.id = teamId;
    r.fieldErrors = validateTeamName(name, t->parentId, teamId);
    if (!r.fieldErrors.isEmpty() || name == t->name)
        return r;
    return updateTeam(teamId, u"name"_s, name, u"team:%1 %2"_s.arg(teamId).arg(name),
                      u"renamed from %1"_s.arg(t->name));
}

SaveResult OrgRepository::moveTeam(qint64 teamId, qint64 parentId)
{
    const std::optional<Team> t = team(teamId);
    if (!t)
        return failed(tr("There is no team with the id %1.").arg(teamId));
    if (parentId && !team(parentId))
        return failed(tr("There is no team with the id %1.").arg(parentId));
    QString error;
    if (!mayChangeTeam(teamId, true, u"team:%1"_s.arg(teamId), &error))
        return failed(error);
    if (!mayChangeTeam(parentId, false, u"team:%1"_s.arg(parentId), &error))
        return failed(error);
    SaveResult r;
    r.id = teamId;
    if (t->parentId == parentId)
        return r;
    // No cycles: the new parent is not the team itself nor below it.
    const QHash<qint64, qint64> parent = parents();
    for (qint64 p = parentId, steps = 0; p && steps <= parent.size(); p = parent.value(p), ++steps) {
        if (p == teamId)
            return failed(tr("%1 cannot be moved below itself.").arg(t->name));
    }
    r.fieldErrors = validateTeamName(t->name, parentId, teamId);
    if (!r.fieldErrors.isEmpty())
        return r;
    return updateTeam(
        teamId, u"parent_id"_s, parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong)),
        u"team:%1 %2"_s.arg(teamId).arg(t->name), u"parent %1 → %2"_s.arg(t->parentId).arg(parentId));
}

SaveResult OrgRepository::updateTeam(qint64 teamId, const QString &column, const QVariant &value,
                                     const QString &target, const QString &detail)
{
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    // column is one of this class's literals, never user text.
    q.prepare(u"UPDATE team SET %1 = ?, hlc = ?, device_id = ? WHERE id = ?"_s.arg(column));
    q.addBindValue(value);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(teamId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = teamId;
    r = audited(r, target, detail);
    if (r.ok() && !tx.commit())
        return failed(tx.lastError().text());
    return r;
}

SaveResult OrgRepository::removeTeam(qint64 teamId, qint64 moveMembersTo)
{
    const std::optional<Team> t = team(teamId);
    if (!t)
        return failed(tr("There is no team with the id %1.").arg(teamId));
    QString error;
    if (!mayChangeTeam(teamId, true, u"team:%1"_s.arg(teamId), &error))
        return failed(error);
    const QHash<qint64, qint64> parent = parents();
    const qsizetype children = std::count(parent.cbegin(), parent.cend(), teamId);
    if (children > 0)
        return failed(tr("%1 has %n team(s) below it: move or remove them first.", nullptr, int(children))
                          .arg(t->name));
    QList<qint64> memberIds;
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM member WHERE team_id = ? AND deleted = 0 ORDER BY id"_s);
    q.addBindValue(teamId);
    if (!exec(q))
        return failed({});
    while (q.next())
        memberIds << q.value(0).toLongLong();
    if (!memberIds.isEmpty()) {
        if (!moveMembersTo)
            return failed(tr("%1 still has %n member(s): move them to another team first.", nullptr,
                             int(memberIds.size()))
                              .arg(t->name));
        if (moveMembersTo == teamId || !team(moveMembersTo))
            return failed(tr("There is no team with the id %1.").arg(moveMembersTo));
        if (!mayChangeTeam(moveMembersTo, false, u"team:%1"_s.arg(moveMembersTo), &error))
            return failed(error);
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    q.prepare(u"UPDATE member SET team_id = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    for (qint64 id : std::as_const(memberIds)) {
        q.addBindValue(moveMembersTo);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(id);
        if (!exec(q))
            return failed({});
        const SaveResult moved =
            audited({}, u"member:%1"_s.arg(id), u"team %1 → %2"_s.arg(teamId).arg(moveMembersTo));
        if (!moved.ok())
            return moved;
    }
    const SaveResult r = updateTeam(
        teamId, u"deleted"_s, 1, u"team:%1 %2"_s.arg(teamId).arg(t->name),
        memberIds.isEmpty()
            ? u"removed"_s
            : u"removed; %1 member(s) moved to team %2"_s.arg(memberIds.size()).arg(moveMembersTo));
    if (r.ok() && !tx.commit())
        return failed(tx.lastError().text());
    return r;
}

SaveResult OrgRepository::restoreTeam(qint64 teamId)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT coalesce(parent_id, 0), name FROM team WHERE id = ? AND deleted = 1"_s);
    q.addBindValue(teamId);
    if (!exec(q))
        return failed({});
    if (!q.next())
        return failed(tr("There is no deleted team with the id %1.").arg(teamId));
    const qint64 parentId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    q.finish();
    if (parentId && !team(parentId))
        return failed(tr("%1 cannot come back: the team it was below is gone.").arg(name));
    QString error;
    if (!mayChangeTeam(parentId, false, u"team:%1"_s.arg(teamId), &error))
        return failed(error);
    SaveResult r;
    r.fieldErrors = validateTeamName(name, parentId, teamId);
    if (!r.fieldErrors.isEmpty())
        return r;
    return updateTeam(teamId, u"deleted"_s, 0, u"team:%1 %2"_s.arg(teamId).arg(name), u"restored"_s);
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
        return failed(tr("There is no member with the id %1.").arg(m.id));
    QString error;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit,
                                 u"member:%1"_s.arg(m.id), &error))
        return failed(error);
    if (m.teamId != current->teamId && m.teamId && !team(m.teamId))
        return failed(tr("There is no team with the id %1.").arg(m.teamId));
    if (m_scope.role() != Role::Admin) {
        const bool self = m.id == m_scope.memberId();
        // A manager edits the people of their subtree and keeps them in it; their own role, team
        // and status are their manager's to change.
        const bool allowed =
            m_scope.role() == Role::Manager && current->role != Role::Admin && m.role != Role::Admin &&
            (self ? (m.role == current->role && m.teamId == current->teamId && m.active == current->active)
                  : (m_scope.canSeeOwner(m.id) && inOwnSubtree(current->teamId) && inOwnSubtree(m.teamId)));
        if (!allowed)
            return notAllowed();
    }
    SaveResult result;
    result.id = m.id;
    result.fieldErrors = validate(m);
    if (!result.fieldErrors.isEmpty())
        return result;
    Member next = m;
    next.name = TextNormalizer::clean(m.name);
    next.phone = m.phone.isEmpty() ? QString() : CustomerMatcher::phonePoint(m.phone).normalized;
    next.email = m.email.trimmed().toLower();
    // What changed, for the audit log.
    QStringList changes;
    const auto change = [&changes](const QString &field, const QString &from, const QString &to) {
        if (from != to)
            changes << u"%1 %2 → %3"_s.arg(field, from.isEmpty() ? u"-"_s : from, to.isEmpty() ? u"-"_s : to);
    };
    change(u"name"_s, current->name, next.name);
    change(u"role"_s, roleKey(current->role), roleKey(next.role));
    change(u"team"_s, QString::number(current->teamId), QString::number(next.teamId));
    change(u"phone"_s, current->phone, next.phone);
    change(u"email"_s, current->email, next.email);
    change(u"hire_date"_s, current->hireDate.toString(Qt::ISODate), next.hireDate.toString(Qt::ISODate));
    change(u"active"_s, current->active ? u"yes"_s : u"no"_s, next.active ? u"yes"_s : u"no"_s);
    if (changes.isEmpty())
        return result;
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE member SET name = ?, role = ?, team_id = ?, phone = ?, email = ?, hire_date = ?, "
              u"active = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(next.name);
    q.addBindValue(roleKey(next.role));
    q.addBindValue(next.teamId ? QVariant(next.teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(next.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(next.phone));
    q.addBindValue(next.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(next.email));
    q.addBindValue(next.hireDate.isValid() ? QVariant(next.hireDate.toString(Qt::ISODate))
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(next.active);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(m.id);
    if (!exec(q))
        return failed({});
    result = audited(result, u"member:%1 %2"_s.arg(m.id).arg(current->code), changes.join(u"; "_s));
    if (result.ok() && !tx.commit())
        return failed(tx.lastError().text());
    return result;
}

bool OrgRepository::inOwnSubtree(qint64 teamId)
{
    if (m_scope.role() == Role::Admin)
        return true;
    const qint64 own = ownTeam();
    if (!own || !teamId)
        return false;
    const QHash<qint64, qint64> parent = parents();
    for (qint64 t = teamId, steps = 0; t && steps <= parent.size(); t = parent.value(t), ++steps) {
        if (t == own)
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

bool OrgRepository::canEditDuties()
{
    return (m_scope.role() == Role::Admin || m_scope.role() == Role::Manager) &&
           Permissions(m_db).allows(m_scope, PermissionArea::Performance, PermissionAction::Edit);
}

bool OrgRepository::setDuties(Role role, const QStringList &input)
{
    QString error;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Performance, PermissionAction::Edit,
                                 u"duties:%1"_s.arg(roleKey(role)), &error)) {
        m_error = error;
        return false;
    }
    if (m_scope.role() != Role::Admin && m_scope.role() != Role::Manager) {
        m_error = notAllowed().error;
        return false;
    }
    QStringList texts;
    for (const QString &t : input) {
        if (const QString clean = TextNormalizer::clean(t); !clean.isEmpty())
            texts << clean;
    }
    QStringList before;
    for (const RoleDuty &d : duties(role))
        before << d.text;
    if (before == texts)
        return true;
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
    if (!audited({}, u"duties:%1"_s.arg(roleKey(role)),
                 u"%1 → %2 line(s)"_s.arg(before.size()).arg(texts.size()))
             .ok())
        return false;
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
