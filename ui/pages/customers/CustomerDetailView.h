// CustomerDetailView is one customer on a page: the profile, the people there, open
// opportunities, one timeline of everything that happened (visits, calls, orders, stage
// changes), what they owe and paid lately, and the open tasks, with the actions a rep takes next: log a
// visit, add an opportunity or a task, edit, delete.
#pragma once

#include "domain/Crm.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace frontline {

class CrmActions;
class Session;

class CustomerDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailView(CrmActions *actions, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customer.id; }
    const Customer &customer() const { return m_customer; }
    // Shows a customer; false when it is not one the user can see.
    bool showCustomer(qint64 customerId);
    // Reads everything again; emits customerGone() when the customer was deleted meanwhile.
    void reload();

    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *tasks() const { return m_tasks; }

Q_SIGNALS:
    void backRequested();
    void customerGone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillProfile();
    void fillContacts();
    void fillOpportunities();
    void fillTimeline();
    void fillTasks();
    // The customer's balance (应收余额) and latest payments, in the profile.
    void fillPayments();
    void setProfileRow(const QString &key, const QString &value);
    void completeSelectedTask();
    void openTimelineEntry();

    CrmActions *m_actions;
    Session *m_session;
    Customer m_customer;
    QList<Task> m_openTasks;
    qint64 m_outstandingFen = 0;

    QToolButton *m_back = nullptr;
    QPushButton *m_logVisit = nullptr;
    QPushButton *m_addOpportunity = nullptr;
    QPushButton *m_addTask = nullptr;
    QPushButton *m_recordPayment = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_profileHeading = nullptr;
    QGridLayout *m_profile = nullptr;
    QHash<QString, QLabel *> m_profileLabels;
    QHash<QString, QLabel *> m_profileValues;
    QLabel *m_contactsHeading = nullptr;
    QListWidget *m_contacts = nullptr;
    QLabel *m_opportunitiesHeading = nullptr;
    QLabel *m_opportunities = nullptr;
    QLabel *m_timelineHeading = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QLabel *m_tasksHeading = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QPushButton *m_completeTask = nullptr;
};

} // namespace frontline
