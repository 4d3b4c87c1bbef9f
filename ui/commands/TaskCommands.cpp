#include "TaskCommands.h"

#include "domain/Vocabulary.h"
#include "repositories/TaskRepository.h"

using namespace Qt::StringLiterals;

namespace frontline {

SetTaskStatusCommand::SetTaskStatusCommand(Session *session, const Task &task, const QString &status)
    : SessionCommand(
          session, Session::Tasks,
          status == u"done"_s
              ? tr("Complete %1").arg(task.title)
              : tr("Mark %1 as %2").arg(task.title, Vocabulary::label(Vocabulary::TaskStatus, status))),
      m_id(task.id), m_from(task.status), m_to(status)
{}

bool SetTaskStatusCommand::apply()
{
    return repository<TaskRepository>().setStatus(m_id, m_to);
}

bool SetTaskStatusCommand::revert()
{
    return repository<TaskRepository>().setStatus(m_id, m_from);
}

CreateTaskCommand::CreateTaskCommand(Session *session, const Task &task)
    : SessionCommand(session, Session::Tasks, tr("New task %1").arg(task.title)), m_id(task.id)
{}

bool CreateTaskCommand::apply()
{
    return repository<TaskRepository>().restore(m_id);
}

bool CreateTaskCommand::revert()
{
    return repository<TaskRepository>().remove(m_id);
}

} // namespace frontline
