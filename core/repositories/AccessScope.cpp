#include "AccessScope.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Rep:
        return u"rep"_s;
    case Role::Support:
        return u"support"_s;
    }
    return u"rep"_s;
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Admin, Role::Manager, Role::Rep, Role::Support}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

AccessScope AccessScope::administrator()
{
    return AccessScope();
}

std::optional<AccessScope> AccessScope::forMemberCode(const QSqlDatabase &db, const QString &code,
                                                      QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM member WHERE code = ? AND deleted = 0"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no member with the code %1.").arg(code);
        return std::nullopt;
    }
    return forMember(db, q.value(0).toLongLong(), error);
}

std::optional<AccessScope> AccessScope::forMember(const QSqlDatabase &db, qint64 memberId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT role, team_id, active FROM member WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(memberId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no member with the id %1.").arg(memberId);
        return std::nullopt;
    }
    AccessScope scope;
    scope.m_memberId = memberId;
    scope.m_role = roleFromKey(q.value(0).toString()).value_or(Role::Rep);
    const qint64 teamId = q.value(1).toLongLong();
    if (!q.value(2).toBool()) {
        if (error)
            *error = tr("The member %1 is no longer active.").arg(memberId);
        return std::nullopt;
    }
    switch (scope.m_role) {
    case Role::Admin:
    case Role::Support:
        scope.m_all = true;
        return scope;
    case Role::Rep:
        scope.m_all = false;
        scope.m_owners = {memberId};
        return scope;
    case Role::Manager:
        break;
    }
    // Manager: the team subtree, walked in C++ (SQLite 3.15 has recursive CTEs, but the tree is
    // small and this keeps the rule readable).
    scope.m_all = false;
    scope.m_owners = {memberId};
    QMultiHash<qint64, qint64> children;
    q.exec(u"SELECT id, parent_id FROM team WHERE deleted = 0"_s);
    while (q.next())
        children.insert(q.value(1).toLongLong(), q.value(0).toLongLong());
    QSet<qint64> teams;
    QList<qint64> pending;
    if (teamId)
        pending << teamId;
    while (!pending.isEmpty()) {
        const qint64 t = pending.takeLast();
        if (teams.contains(t))
            continue;
        teams.insert(t);
        pending << children.values(t);
    }
    q.exec(u"SELECT id, team_id FROM member WHERE deleted = 0"_s);
    while (q.next()) {
        if (teams.contains(q.value(1).toLongLong()))
            scope.m_owners.insert(q.value(0).toLongLong());
    }
    return scope;
}

QString AccessScope::ownerCondition(const QString &column) const
{
    if (m_all)
        return u"1"_s;
    QStringList ids;
    ids.reserve(m_owners.size());
    for (const qint64 id : m_owners)
        ids << QString::number(id);
    ids.sort();
    return column + u" IN ("_s + ids.join(u',') + u')';
}

} // namespace frontline
