#include "OrderCommands.h"

#include "repositories/OrderRepository.h"

namespace frontline {

CreateOrderCommand::CreateOrderCommand(Session *session, const Order &order)
    : SessionCommand(session, Session::Orders | Session::Customers, tr("New order %1").arg(order.orderNo)),
      m_id(order.id)
{}

bool CreateOrderCommand::apply()
{
    return repository<OrderRepository>().restore(m_id);
}

bool CreateOrderCommand::revert()
{
    return repository<OrderRepository>().remove(m_id);
}

EditOrderCommand::EditOrderCommand(Session *session, const Order &before, const Order &after)
    : SessionCommand(session, Session::Orders | Session::Customers, tr("Edit order %1").arg(after.orderNo)),
      m_before(before), m_after(after)
{}

bool EditOrderCommand::apply()
{
    return repository<OrderRepository>().update(m_after).ok();
}

bool EditOrderCommand::revert()
{
    return repository<OrderRepository>().update(m_before).ok();
}

} // namespace frontline
