#include "OrgTree.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::performance {

OrgTree::OrgTree(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, coalesce(parent_id, 0), name FROM team WHERE deleted = 0"_s)) {
        while (q.next()) {
            m_parent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            m_teamNames.insert(q.value(0).toLongLong(), q.value(2).toString());
        }
    }
    if (q.exec(u"SELECT id, uuid, code, name, role, coalesce(team_id, 0), active, hire_date FROM member "
               u"WHERE deleted = 0"_s)) {
        while (q.next()) {
            Member m;
            m.id = q.value(0).toLongLong();
            m.uuid = q.value(1).toString();
            m.code = q.value(2).toString();
            m.name = q.value(3).toString();
            m.role = roleFromKey(q.value(4).toString()).value_or(Role::Rep);
            m.teamId = q.value(5).toLongLong();
            m.active = q.value(6).toBool();
            m.hireDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            m.teamName = m_teamNames.value(m.teamId);
            m_members.insert(m.id, m);
        }
    }
}

const Member *OrgTree::member(qint64 id) const
{
    const auto it = m_members.constFind(id);
    return it == m_members.cend() ? nullptr : &it.value();
}

const Member *OrgTree::memberByCode(const QString &code) const
{
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it->code == code)
            return &it.value();
    }
    return nullptr;
}

std::optional<qint64> OrgTree::teamByName(const QString &name) const
{
    for (auto it = m_teamNames.cbegin(); it != m_teamNames.cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return std::nullopt;
}

QSet<qint64> OrgTree::subtreeTeams(qint64 teamId) const
{
    QSet<qint64> teams{teamId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it) {
            if (teams.contains(it.value()) && !teams.contains(it.key())) {
                teams.insert(it.key());
                grew = true;
            }
        }
    }
    return teams;
}

QList<qint64> OrgTree::subtreeMembers(qint64 teamId, const QList<Role> &roles) const
{
    const QSet<qint64> teams = subtreeTeams(teamId);
    QList<const Member *> found;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it->active && teams.contains(it->teamId) && (roles.isEmpty() || roles.contains(it->role)))
            found << &it.value();
    }
    std::sort(found.begin(), found.end(), [](const Member *a, const Member *b) { return a->code < b->code; });
    QList<qint64> ids;
    for (const Member *m : std::as_const(found))
        ids << m->id;
    return ids;
}

bool OrgTree::isWithin(qint64 team, qint64 ancestor) const
{
    return distance(team, ancestor) >= 0;
}

int OrgTree::distance(qint64 team, qint64 ancestor) const
{
    for (int steps = 0; team && steps < 64; ++steps) {
        if (team == ancestor)
            return steps;
        team = m_parent.value(team);
    }
    return -1;
}

} // namespace frontline::performance
