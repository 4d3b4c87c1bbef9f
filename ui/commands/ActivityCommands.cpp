#include "ActivityCommands.h"

#include "domain/Vocabulary.h"
#include "repositories/ActivityRepository.h"

namespace frontline {

LogActivityCommand::LogActivityCommand(Session *session, const Activity &activity, Direction direction)
    : SessionCommand(
          session, Session::Activities | Session::Customers,
          direction == Log
              ? tr("Log %1 with %2")
                    .arg(Vocabulary::label(Vocabulary::ActivityKind, activity.kind), activity.customerName)
              : tr("Delete %1 with %2")
                    .arg(Vocabulary::label(Vocabulary::ActivityKind, activity.kind), activity.customerName)),
      m_activity(activity), m_direction(direction)
{}

bool LogActivityCommand::apply()
{
    return m_direction == Log ? log() : remove();
}

bool LogActivityCommand::revert()
{
    return m_direction == Log ? remove() : log();
}

bool LogActivityCommand::log()
{
    return repository<ActivityRepository>().restore(m_activity.id);
}

bool LogActivityCommand::remove()
{
    return repository<ActivityRepository>().remove(m_activity.id);
}

} // namespace frontline
