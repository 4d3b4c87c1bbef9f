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

AddTeamCommand::AddTeamCommand(Session *session, qint64 teamId, const QString &name)
    : SessionCommand(session, Session::Organisation, tr("New team %1").arg(name)), m_id(teamId)
{}

bool AddTeamCommand::apply()
{
    return repository<OrgRepository>().restoreTeam(m_id).ok();
}

bool AddTeamCommand::revert()
{
    return repository<OrgRepository>().removeTeam(m_id).ok();
}

MoveTeamCommand::MoveTeamCommand(Session *session, const Team &team, qint64 toParent,
                                 const QString &toParentName)
    : SessionCommand(session, Session::Organisation, tr("Move %1 below %2").arg(team.name, toParentName)),
      m_id(team.id), m_from(team.parentId), m_to(toParent)
{}

bool MoveTeamCommand::apply()
{
    return repository<OrgRepository>().moveTeam(m_id, m_to).ok();
}

bool MoveTeamCommand::revert()
{
    return repository<OrgRepository>().moveTeam(m_id, m_from).ok();
}

RemoveTeamCommand::RemoveTeamCommand(Session *session, qint64 teamId, const QString &name, qint64 movedTo,
                                     const QList<qint64> &members)
    : SessionCommand(session, Session::Organisation | Session::Customers, tr("Delete team %1").arg(name)),
      m_id(teamId), m_movedTo(movedTo), m_members(members)
{}

bool RemoveTeamCommand::apply()
{
    return repository<OrgRepository>().removeTeam(m_id, m_members.isEmpty() ? 0 : m_movedTo).ok();
}

bool RemoveTeamCommand::revert()
{
    OrgRepository org = repository<OrgRepository>();
    if (!org.restoreTeam(m_id).ok())
        return false;
    for (const qint64 member : std::as_const(m_members)) {
        if (!org.moveMember(member, m_id).ok())
            return false;
    }
    return true;
}

} // namespace frontline
