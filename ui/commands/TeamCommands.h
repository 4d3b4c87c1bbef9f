// Undoable changes to the organisation: a member moved to another team (the org tree's drag and
// drop), a member edited, a team added, renamed, moved or deleted. The changes themselves are core's
// (OrgRepository: permission, scope, audit); undo asks core for the change back, with the same checks.
#pragma once

#include "SessionCommand.h"

namespace frontline {

class MoveMemberCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::MoveMemberCommand)
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

class EditMemberCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::EditMemberCommand)
public:
    EditMemberCommand(Session *session, const Member &before, const Member &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    Member m_before;
    Member m_after;
};

class RenameTeamCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::RenameTeamCommand)
public:
    RenameTeamCommand(Session *session, qint64 teamId, const QString &before, const QString &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    QString m_before;
    QString m_after;
};

class AddTeamCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::AddTeamCommand)
public:
    AddTeamCommand(Session *session, qint64 teamId, const QString &name);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

class MoveTeamCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::MoveTeamCommand)
public:
    MoveTeamCommand(Session *session, const Team &team, qint64 toParent, const QString &toParentName);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    qint64 m_from;
    qint64 m_to;
};

// A team deleted with its members moved to another team: undo brings the team back and moves
// those members back into it.
class RemoveTeamCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::RemoveTeamCommand)
public:
    RemoveTeamCommand(Session *session, qint64 teamId, const QString &name, qint64 movedTo,
                      const QList<qint64> &members);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    qint64 m_movedTo;
    QList<qint64> m_members;
};

} // namespace frontline
