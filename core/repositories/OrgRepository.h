// The organisation: teams as a tree, members with roles, and the written duties of each role.
// Everyone reads the organisation; only admins and managers (within their subtree) change it,
// when the permission matrix lets their role edit the performance area. Every change to what
// exists is audited (org_change: renames, moves, removals, member edits, duties; not a new team,
// like a new member) and stamped for sync; a removed team is a tombstone, as everywhere.
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
    std::optional<Team> team(qint64 id);
    // Teams called name (names repeat across regions: "一组" under two regions).
    QList<Team> teamsNamed(const QString &name);
    static QStringList teamKinds(); // company, region, team
    // A new team under team.parentId (0: a root, administrators only).
    SaveResult addTeam(Team team);
    SaveResult renameTeam(qint64 teamId, const QString &name);
    // Re-parents a team; never below itself (no cycles). A manager moves teams below their own
    // within their subtree.
    SaveResult moveTeam(qint64 teamId, qint64 parentId);
    // Tombstones a team with no teams below it. Its members (active or not) must be moved first,
    // or moveMembersTo names the team they go to in the same change.
    SaveResult removeTeam(qint64 teamId, qint64 moveMembersTo = 0);
    // Undoes removeTeam() (its members are moved back by the caller, one moveMember() each), and
    // addTeam() redone: the team comes back below its parent, which must still exist, if no
    // sibling has taken its name meanwhile. Audited.
    SaveResult restoreTeam(qint64 teamId);
    // Whether this scope may change the team (add below it, rename it; moving and removing also
    // need it to be below a manager's own team). For the UI to offer the actions.
    bool canEditTeam(qint64 teamId, bool belowOwn = false);
    bool canEditMember(qint64 memberId);

    QList<Member> members(bool activeOnly = false);
    std::optional<Member> member(qint64 id);
    std::optional<Member> memberByCode(const QString &code);
    QList<FieldError> validate(const Member &member) const;
    SaveResult addMember(Member member);
    // Name, role, team, phone, e-mail, hire date, active. A manager edits the members of their
    // subtree (not themselves, and nobody into or out of the administrator role). Audited with
    // the fields that changed.
    SaveResult updateMember(const Member &member);
    // Moves a member to another team (the org tree's drag and drop). Needs the performance/edit
    // permission; a manager moves people between teams of their own subtree. Audited.
    SaveResult moveMember(qint64 memberId, qint64 teamId);
    // The next free code for a role: R0001, M0001, A0001, S0001.
    QString nextCode(Role role);

    QList<RoleDuty> duties(Role role);
    // Replaces the role's duties (blank lines dropped). Administrators and managers; audited.
    bool setDuties(Role role, const QStringList &texts);
    bool canEditDuties();

    // Live customers each member owns (within scope).
    QHash<qint64, qint64> customerCounts();

private:
    bool canManage(qint64 teamId) const;
    // Whether teamId is the scope member's team or below it.
    bool inOwnSubtree(qint64 teamId);
    QHash<qint64, qint64> parents(); // live team → parent (0: a root)
    qint64 ownTeam();
    // The permission matrix (performance/edit, denials audited as what) and the subtree rule;
    // the reason in *error when not.
    bool mayChangeTeam(qint64 teamId, bool belowOwn, const QString &what, QString *error);
    QList<FieldError> validateTeamName(const QString &name, qint64 parentId, qint64 exceptId);
    SaveResult audited(const SaveResult &r, const QString &target, const QString &detail);
    // One column of a team, stamped for sync and audited, in one transaction.
    SaveResult updateTeam(qint64 teamId, const QString &column, const QVariant &value, const QString &target,
                          const QString &detail);
};

} // namespace frontline
