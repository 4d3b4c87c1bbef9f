// Undoable changes to tasks: a new status (marking done, reopening) and a new task.
#pragma once

#include "SessionCommand.h"

namespace frontline {

class SetTaskStatusCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SetTaskStatusCommand)
public:
    SetTaskStatusCommand(Session *session, const Task &task, const QString &status);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    QString m_from;
    QString m_to;
};

// Undone by removing the task, redone by restoring it.
class CreateTaskCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CreateTaskCommand)
public:
    CreateTaskCommand(Session *session, const Task &task);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

} // namespace frontline
