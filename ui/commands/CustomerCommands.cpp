#include "CustomerCommands.h"

#include "repositories/CustomerRepository.h"

namespace frontline {

CreateCustomerCommand::CreateCustomerCommand(Session *session, qint64 id, const QString &name)
    : SessionCommand(session, Session::Customers, tr("New customer %1").arg(name)), m_id(id)
{}

bool CreateCustomerCommand::apply()
{
    return repository<CustomerRepository>().restore(m_id);
}

bool CreateCustomerCommand::revert()
{
    return repository<CustomerRepository>().remove(m_id);
}

EditCustomerCommand::EditCustomerCommand(Session *session, const Customer &before, const Customer &after)
    : SessionCommand(session, Session::Customers, tr("Edit %1").arg(after.name)), m_before(before),
      m_after(after)
{}

bool EditCustomerCommand::apply()
{
    return repository<CustomerRepository>().update(m_after).ok();
}

bool EditCustomerCommand::revert()
{
    return repository<CustomerRepository>().update(m_before).ok();
}

DeleteCustomerCommand::DeleteCustomerCommand(Session *session, qint64 id, const QString &name,
                                             Direction direction)
    : SessionCommand(session, Session::Everything,
                     direction == Delete ? tr("Delete %1").arg(name) : tr("Restore %1").arg(name)),
      m_id(id), m_direction(direction)
{}

bool DeleteCustomerCommand::apply()
{
    return setDeleted(m_direction == Delete);
}

bool DeleteCustomerCommand::revert()
{
    return setDeleted(m_direction != Delete);
}

bool DeleteCustomerCommand::setDeleted(bool deleted)
{
    CustomerRepository customers = repository<CustomerRepository>();
    return deleted ? customers.remove(m_id) : customers.restore(m_id);
}

} // namespace frontline
