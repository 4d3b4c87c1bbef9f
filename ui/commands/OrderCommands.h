// Undoable changes to orders: a new one (undone by removing it with its lines, redone by
// restoring them) and an edit (undone by writing the order as it was).
#pragma once

#include "SessionCommand.h"

namespace frontline {

class CreateOrderCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CreateOrderCommand)
public:
    CreateOrderCommand(Session *session, const Order &order);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

class EditOrderCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::EditOrderCommand)
public:
    EditOrderCommand(Session *session, const Order &before, const Order &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    Order m_before;
    Order m_after;
};

} // namespace frontline
