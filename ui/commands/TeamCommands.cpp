#include "TeamCommands.h"

#include "repositories/OrgRepository.h"

namespace frontline {

MoveMemberCommand::MoveMemberCommand(Session *session, const Member &member, qint64 toTeam,
                                     const QString &toTeamName)
    : SessionCommand(session, Session::Organisation, tr("Move %1 to %2").arg(member.name, toTeamName)),
      m_id(member.id), m_from(member.teamId), m_to(toTeam)
{}

bool MoveMemberCommand::apply()
{
    return repository<OrgRepository>().moveMember(m_id, m_to).ok();
}

bool MoveMemberCommand::revert()
{
    return repository<OrgRepository>().moveMember(m_id, m_from).ok();
}

} // namespace frontline
