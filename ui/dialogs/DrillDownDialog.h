// DrillDownDialog lists the records behind a figure of the dashboard — the orders of a bar or a
// slice, the visits of a card, the open opportunities of a funnel stage — with how many there
// are and what they add up to, so that a manager can see why a number is what it is. Rows open
// like everywhere else (an order in the order view, anything else at its customer).
#pragma once

#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace frontline {

class CrmActions;
class ActivityTableModel;
class CustomerTableModel;
class OpportunityTableModel;
class OrderTableModel;
class PaymentTableModel;

class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDownDialog(CrmActions *actions, const QString &title, QWidget *parent = nullptr);

    void showOrders(const OrderFilter &filter);
    // Collected payments (a bar of collected payments by rep); a row opens the payment.
    void showPayments(const PaymentFilter &filter);
    void showActivities(const ActivityFilter &filter);
    void showOpportunities(const OpportunityFilter &filter);
    // The customers behind a count (new customers, retained ones), with a note for the summary.
    void showCustomers(const CustomerFilter &filter, const QString &note = QString());

    QTableView *view() const { return m_view; }
    // "123 orders · ¥45,678.00": what the list holds in all (the view fetches rows as it scrolls).
    QString summary() const;
    qint64 rowTotal() const { return m_total; }

private:
    void updateSummary();

    CrmActions *m_actions;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    OrderTableModel *m_orders = nullptr;
    PaymentTableModel *m_payments = nullptr;
    ActivityTableModel *m_activities = nullptr;
    OpportunityTableModel *m_opportunities = nullptr;
    CustomerTableModel *m_customers = nullptr;
    QString m_note;
    qint64 m_total = 0;
};

} // namespace frontline
