#include "CrmActions.h"

#include "Session.h"
#include "commands/ActivityCommands.h"
#include "commands/CustomerCommands.h"
#include "commands/PaymentCommands.h"
#include "commands/PipelineCommands.h"
#include "commands/TaskCommands.h"
#include "dialogs/CustomerEditorDialog.h"
#include "dialogs/OpportunityDialog.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/PaymentDialog.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/VisitDialog.h"
#include "domain/Money.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/TaskRepository.h"

#include <QKeySequence>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QString undoHint()
{
    return QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
}
} // namespace

CrmActions::CrmActions(Session *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{}

qint64 CrmActions::newCustomer()
{
    if (!m_session->isOpen())
        return 0;
    CustomerEditorDialog dialog(m_session, Customer(), m_window);
    const int result = dialog.exec();
    if (result == CustomerEditorDialog::OpenExisting) {
        m_session->showCustomer(dialog.existingId());
        return 0;
    }
    if (result != QDialog::Accepted)
        return 0;
    m_session->showCustomer(dialog.savedId());
    return dialog.savedId();
}

qint64 CrmActions::editCustomer(qint64 customerId)
{
    if (!m_session->isOpen())
        return 0;
    const std::optional<Customer> customer = m_session->repository<CustomerRepository>().get(customerId);
    if (!customer)
        return 0;
    CustomerEditorDialog dialog(m_session, *customer, m_window);
    const int result = dialog.exec();
    if (result == CustomerEditorDialog::OpenExisting) {
        m_session->showCustomer(dialog.existingId());
        return 0;
    }
    return result == QDialog::Accepted ? dialog.savedId() : 0;
}

bool CrmActions::deleteCustomer(qint64 customerId)
{
    if (!m_session->isOpen())
        return false;
    CustomerRepository customers = m_session->repository<CustomerRepository>();
    const std::optional<Customer> customer = customers.get(customerId);
    if (!customer || !customers.remove(customerId))
        return false;
    // No "are you sure?": the deletion is one Ctrl+Z away, and the customer waits under
    // "Recently deleted" besides.
    m_session->undoStack()->push(
        new DeleteCustomerCommand(m_session, customerId, customer->name, DeleteCustomerCommand::Delete));
    Q_EMIT message(tr("Deleted %1. %2 brings it back.").arg(customer->name, undoHint()));
    return true;
}

bool CrmActions::restoreCustomer(qint64 customerId)
{
    if (!m_session->isOpen())
        return false;
    CustomerRepository customers = m_session->repository<CustomerRepository>();
    if (!customers.restore(customerId))
        return false;
    const std::optional<Customer> customer = customers.get(customerId);
    const QString name = customer ? customer->name : QString();
    m_session->undoStack()->push(
        new DeleteCustomerCommand(m_session, customerId, name, DeleteCustomerCommand::Restore));
    Q_EMIT message(tr("Restored %1.").arg(name));
    return true;
}

qint64 CrmActions::logVisit(qint64 customerId)
{
    if (!m_session->isOpen())
        return 0;
    VisitDialog dialog(m_session, m_window);
    if (customerId)
        dialog.setCustomer(customerId);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Q_EMIT message(tr("Logged: %1.").arg(dialog.activity().customerName));
    return dialog.activity().id;
}

bool CrmActions::deleteActivity(const Activity &activity)
{
    if (!m_session->isOpen() || !m_session->repository<ActivityRepository>().remove(activity.id))
        return false;
    m_session->undoStack()->push(new LogActivityCommand(m_session, activity, LogActivityCommand::Delete));
    Q_EMIT message(tr("Deleted the record of the contact with %1. %2 brings it back.")
                       .arg(activity.customerName, undoHint()));
    return true;
}

qint64 CrmActions::addOpportunity(qint64 customerId, qint64 stageId)
{
    if (!m_session->isOpen())
        return 0;
    OpportunityDialog dialog(m_session, m_window);
    if (customerId)
        dialog.setCustomer(customerId);
    if (stageId)
        dialog.setStage(stageId);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

bool CrmActions::moveOpportunity(qint64 opportunityId, qint64 toStageId)
{
    if (!m_session->isOpen())
        return false;
    OpportunityRepository opportunities = m_session->repository<OpportunityRepository>();
    const std::optional<Opportunity> opportunity = opportunities.get(opportunityId);
    if (!opportunity || opportunity->stageId == toStageId)
        return false;
    PipelineStage from, to;
    for (const PipelineStage &stage : opportunities.stages()) {
        if (stage.id == opportunity->stageId)
            from = stage;
        if (stage.id == toStageId)
            to = stage;
    }
    const SaveResult result = opportunities.moveToStage(opportunityId, toStageId);
    if (!result.ok()) {
        Q_EMIT message(result.error.isEmpty() ? tr("The opportunity could not be moved.") : result.error);
        return false;
    }
    m_session->undoStack()->push(new MoveStageCommand(m_session, *opportunity, from, to));
    return true;
}

qint64 CrmActions::addTask(qint64 customerId)
{
    if (!m_session->isOpen())
        return 0;
    TaskDialog dialog(m_session, m_window);
    if (customerId)
        dialog.setCustomer(customerId);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

void CrmActions::showTask(qint64 taskId)
{
    if (!m_session->isOpen())
        return;
    TaskDialog dialog(m_session, m_window);
    if (dialog.showTask(taskId))
        dialog.exec();
}

bool CrmActions::setTaskStatus(const Task &task, const QString &status)
{
    if (!m_session->isOpen() || task.status == status ||
        !m_session->repository<TaskRepository>().setStatus(task.id, status))
        return false;
    m_session->undoStack()->push(new SetTaskStatusCommand(m_session, task, status));
    return true;
}

qint64 CrmActions::newOrder(qint64 customerId)
{
    if (!m_session->isOpen())
        return 0;
    if (!m_session->scope().canWriteMoney()) {
        QMessageBox::information(m_window, tr("New Order"),
                                 tr("Support staff can look at orders but not write them."));
        return 0;
    }
    OrderDialog dialog(m_session, Order(), m_window);
    if (customerId)
        dialog.setCustomer(customerId);
    return dialog.exec() == QDialog::Accepted ? dialog.savedId() : 0;
}

void CrmActions::showOrder(qint64 orderId)
{
    if (!m_session->isOpen())
        return;
    const std::optional<Order> order = m_session->repository<OrderRepository>().get(orderId);
    if (!order)
        return;
    OrderDialog dialog(m_session, *order, m_window);
    dialog.exec();
}

qint64 CrmActions::recordPayment(qint64 customerId, qint64 orderId, qint64 amountFen)
{
    if (!m_session->isOpen())
        return 0;
    if (!m_session->scope().canWriteMoney()) {
        QMessageBox::information(m_window, tr("Record Payment"),
                                 tr("Support staff can look at payments but not record them."));
        return 0;
    }
    PaymentDialog dialog(m_session, Payment(), m_window);
    if (customerId)
        dialog.setCustomer(customerId);
    if (orderId)
        dialog.setOrder(orderId, amountFen);
    else if (amountFen)
        dialog.setAmount(amountFen);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (const std::optional<Payment> p = m_session->repository<PaymentRepository>().get(dialog.savedId()))
        Q_EMIT message(tr("Recorded %1 from %2.").arg(Money::format(p->amountFen), p->customerName));
    return dialog.savedId();
}

qint64 CrmActions::editPayment(qint64 paymentId)
{
    if (!m_session->isOpen())
        return 0;
    const std::optional<Payment> payment = m_session->repository<PaymentRepository>().get(paymentId);
    if (!payment)
        return 0;
    PaymentDialog dialog(m_session, *payment, m_window);
    return dialog.exec() == QDialog::Accepted && !dialog.isReadOnly() ? dialog.savedId() : 0;
}

bool CrmActions::deletePayment(qint64 paymentId)
{
    if (!m_session->isOpen())
        return false;
    PaymentRepository payments = m_session->repository<PaymentRepository>();
    const std::optional<Payment> payment = payments.get(paymentId);
    if (!payment)
        return false;
    if (!payments.remove(paymentId)) {
        // remove() answers no more than false: say why as far as the UI can tell.
        QMessageBox::warning(m_window, tr("Delete Payment"),
                             m_session->scope().canWriteMoney()
                                 ? tr("The payment could not be deleted: %1")
                                       .arg(payments.lastError().isEmpty()
                                                ? tr("it may have been changed elsewhere.")
                                                : payments.lastError())
                                 : tr("Support staff can look at payments but not delete them."));
        return false;
    }
    m_session->undoStack()->push(new RecordPaymentCommand(m_session, *payment, RecordPaymentCommand::Delete));
    Q_EMIT message(tr("Deleted the payment of %1 from %2. %3 brings it back.")
                       .arg(Money::format(payment->amountFen), payment->customerName, undoHint()));
    return true;
}

} // namespace frontline
