// Undoable changes to customers: creating one (undone by removing it, redone by restoring the
// same record), editing (undone by writing the old values back), deleting and restoring.
#pragma once

#include "SessionCommand.h"

namespace frontline {

class CreateCustomerCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CreateCustomerCommand)
public:
    CreateCustomerCommand(Session *session, qint64 id, const QString &name);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

class EditCustomerCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::EditCustomerCommand)
public:
    EditCustomerCommand(Session *session, const Customer &before, const Customer &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    Customer m_before;
    Customer m_after;
};

// Deleting and restoring are one command each way round: restore is delete undone.
class DeleteCustomerCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DeleteCustomerCommand)
public:
    enum Direction
    {
        Delete,
        Restore
    };
    DeleteCustomerCommand(Session *session, qint64 id, const QString &name, Direction direction);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool setDeleted(bool deleted);

    qint64 m_id;
    Direction m_direction;
};

} // namespace frontline
