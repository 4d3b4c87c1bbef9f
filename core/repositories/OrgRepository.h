// The organisation: teams as a tree, members with roles, and the written duties of each role.
// Everyone reads the organisation; only admins and managers (within their subtree) change it.
#pragma once

#include "Repository.h"

#include <optional>

namespace frontline {

struct RoleDuty
{
    Role role = Role::Rep;
    int position = 0;
    QString text;
};

class OrgRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OrgRepository)
public:
    using Repository::Repository;

    QList<Team> teams();
    SaveResult addTeam(Team team);

    QList<Member> members(bool activeOnly = false);
    std::optional<Member> member(qint64 id);
    std::optional<Member> memberByCode(const QString &code);
    QList<FieldError> validate(const Member &member) const;
    SaveResult addMember(Member member);
    SaveResult updateMember(const Member &member);
    // Moves a member to another team (the org tree's drag and drop). Needs the performance/edit
    // permission; a manager moves people between teams of their own subtree. Audited.
    SaveResult moveMember(qint64 memberId, qint64 teamId);
    // The next free code for a role: R0001, M0001, A0001, S0001.
    QString nextCode(Role role);

    QList<RoleDuty> duties(Role role);
    bool setDuties(Role role, const QStringList &texts);

    // Live customers each member owns (within scope).
    QHash<qint64, qint64> customerCounts();

private:
    bool canManage(qint64 teamId) const;
    // Whether teamId is the scope member's team or below it.
    bool inOwnSubtree(qint64 teamId);
};

} // namespace frontline
