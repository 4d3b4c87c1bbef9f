// A snapshot of the organisation for performance work: the team tree and who is in each
// subtree. Read once per operation (the tree is small); the walks are in C++ (no recursive
// queries needed).
#pragma once

#include "domain/Crm.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace frontline::performance {

class OrgTree
{
public:
    explicit OrgTree(const QSqlDatabase &db);

    const QHash<qint64, Member> &members() const { return m_members; } // not deleted
    const Member *member(qint64 id) const;
    const Member *memberByCode(const QString &code) const;
    QString teamName(qint64 teamId) const { return m_teamNames.value(teamId); }
    std::optional<qint64> teamByName(const QString &name) const;
    bool teamExists(qint64 teamId) const { return m_teamNames.contains(teamId); }
    // The team and every team below it.
    QSet<qint64> subtreeTeams(qint64 teamId) const;
    // Active members of the subtree (of any role when roles is empty), ordered by code.
    QList<qint64> subtreeMembers(qint64 teamId, const QList<Role> &roles = {}) const;
    // Whether ancestor is team or above it.
    bool isWithin(qint64 team, qint64 ancestor) const;
    // Steps from team up to ancestor (0: the same team), −1 when ancestor is not above it.
    int distance(qint64 team, qint64 ancestor) const;

private:
    QHash<qint64, Member> m_members;
    QHash<qint64, qint64> m_parent;
    QHash<qint64, QString> m_teamNames;
};

} // namespace frontline::performance
