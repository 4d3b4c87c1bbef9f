// Undoable changes to collected payments: a new one (undone by tombstoning it, redone by
// restoring it), an edit (undone by writing the payment as it was) and a deletion.
#pragma once

#include "SessionCommand.h"

namespace frontline {

class RecordPaymentCommand : public SessionCommand
{
public:
    enum Direction
    {
        Record,
        Delete
    };
    // The payment was saved (Record) or removed (Delete) before the command is pushed.
    RecordPaymentCommand(Session *session, const Payment &payment, Direction direction);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool setDeleted(bool deleted);

    qint64 m_id;
    Direction m_direction;
};

class EditPaymentCommand : public SessionCommand
{
public:
    EditPaymentCommand(Session *session, const Payment &before, const Payment &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    Payment m_before;
    Payment m_after;
};

} // namespace frontline
