// Undoable changes to the organisation: a member moved to another team (the org tree's drag and
// drop). The move itself is core's (OrgRepository::moveMember: permission, scope, audit).
#pragma once

#include "SessionCommand.h"

namespace frontline {

class MoveMemberCommand : public SessionCommand
{
public:
    MoveMemberCommand(Session *session, const Member &member, qint64 toTeam, const QString &toTeamName);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    qint64 m_from;
    qint64 m_to;
};

} // namespace frontline
