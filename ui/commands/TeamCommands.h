// Undoable changes to the organisation: a member moved to another team (the org tree's drag and
// drop), a member edited, a team renamed. The changes themselves are core's (OrgRepository:
// permission, scope, audit); undo asks core for the change back, with the same checks.
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

class EditMemberCommand : public SessionCommand
{
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

} // namespace frontline
