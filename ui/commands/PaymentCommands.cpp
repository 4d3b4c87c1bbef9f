#include "PaymentCommands.h"

#include "domain/Money.h"
#include "repositories/PaymentRepository.h"

namespace frontline {

namespace {
// "¥5,000.00 from 北京华联商厦"
QString describe(const Payment &p)
{
    return SessionCommand::tr("%1 from %2").arg(Money::format(p.amountFen), p.customerName);
}

// Payments are money like orders (the Orders kind stands for both: the pages that show one
// show the other), and change what customers owe (their detail).
Session::DataKinds touches()
{
    return Session::Orders | Session::Customers;
}
} // namespace

RecordPaymentCommand::RecordPaymentCommand(Session *session, const Payment &payment, Direction direction)
    : SessionCommand(session, touches(),
                     direction == Record ? SessionCommand::tr("Record payment %1").arg(describe(payment))
                                         : SessionCommand::tr("Delete payment %1").arg(describe(payment))),
      m_id(payment.id), m_direction(direction)
{}

bool RecordPaymentCommand::apply()
{
    return setDeleted(m_direction == Delete);
}

bool RecordPaymentCommand::revert()
{
    return setDeleted(m_direction != Delete);
}

bool RecordPaymentCommand::setDeleted(bool deleted)
{
    PaymentRepository payments = repository<PaymentRepository>();
    return deleted ? payments.remove(m_id) : payments.restore(m_id);
}

EditPaymentCommand::EditPaymentCommand(Session *session, const Payment &before, const Payment &after)
    : SessionCommand(session, touches(), SessionCommand::tr("Edit payment %1").arg(describe(after))),
      m_before(before), m_after(after)
{}

bool EditPaymentCommand::apply()
{
    return repository<PaymentRepository>().update(m_after).ok();
}

bool EditPaymentCommand::revert()
{
    return repository<PaymentRepository>().update(m_before).ok();
}

} // namespace frontline
