// CrmActions are what a user does to the records from anywhere in the window — log a visit, add
// a customer, opportunity, task, order or payment, edit, delete or restore a customer, move a deal, tick
// off a task — each through its dialog and each change through the session's undo stack, so
// that pages, menus and shortcuts share one way of doing it.
#pragma once

#include "domain/Crm.h"

#include <QCoreApplication>
#include <QObject>

class QWidget;

namespace frontline {

class Session;

class CrmActions : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over window.
    CrmActions(Session *session, QWidget *window);

    Session *session() const { return m_session; }

    // Each returns the id of what it saved, or 0 when the user cancelled.
    qint64 newCustomer();
    qint64 editCustomer(qint64 customerId);
    bool deleteCustomer(qint64 customerId);
    bool restoreCustomer(qint64 customerId);
    qint64 logVisit(qint64 customerId = 0);
    bool deleteActivity(const Activity &activity);
    qint64 addOpportunity(qint64 customerId = 0, qint64 stageId = 0);
    bool moveOpportunity(qint64 opportunityId, qint64 toStageId);
    qint64 addTask(qint64 customerId = 0);
    // The task with its comments, where more can be added.
    void showTask(qint64 taskId);
    bool setTaskStatus(const Task &task, const QString &status);
    qint64 newOrder(qint64 customerId = 0);
    void showOrder(qint64 orderId);
    // Collected payments (回款): a new one for a customer, optionally against one of their
    // orders with an amount filled in (what is outstanding on it); an existing one to edit (support
    // staff only look); a deletion, undoable. Core's refusal is shown, never swallowed.
    qint64 recordPayment(qint64 customerId = 0, qint64 orderId = 0, qint64 amountFen = 0);
    qint64 editPayment(qint64 paymentId);
    bool deletePayment(qint64 paymentId);

Q_SIGNALS:
    // A short note for the status bar ("Deleted 北京华联商厦 — Ctrl+Z undoes it").
    void message(const QString &text);

private:
    Session *m_session;
    QWidget *m_window;
};

} // namespace frontline
