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

EditMemberCommand::EditMemberCommand(Session *session, const Member &before, const Member &after)
    : SessionCommand(session, Session::Organisation | Session::Customers, tr("Edit %1").arg(after.name)),
      m_before(before), m_after(after)
{}

bool EditMemberCommand::apply()
{
    return repository<OrgRepository>().updateMember(m_after).ok();
}

bool EditMemberCommand::revert()
{
    return repository<OrgRepository>().updateMember(m_before).ok();
}

RenameTeamCommand::RenameTeamCommand(Session *session, qint64 teamId, const QString &before,
                                     const QString &after)
    : SessionCommand(session, Session::Organisation, tr("Rename %1 to %2").arg(before, after)), m_id(teamId),
      m_before(before), m_after(after)
{}

bool RenameTeamCommand::apply()
{
    return repository<OrgRepository>().renameTeam(m_id, m_after).ok();
}

bool RenameTeamCommand::revert()
{
    return repository<OrgRepository>().renameTeam(m_id, m_before).ok();
}

} // namespace frontline
