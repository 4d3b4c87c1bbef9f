// Undoable changes to the communication record: logging an activity (undone by removing it,
// redone by restoring the same record) and deleting one (the reverse).
#pragma once

#include "SessionCommand.h"

namespace frontline {

class LogActivityCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::LogActivityCommand)
public:
    enum Direction
    {
        Log,
        Delete
    };
    // activity as it was saved, with its id.
    LogActivityCommand(Session *session, const Activity &activity, Direction direction);

    qint64 activityId() const { return m_activity.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    bool log();
    bool remove();

    Activity m_activity;
    Direction m_direction;
};

} // namespace frontline
