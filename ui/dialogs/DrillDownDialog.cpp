#include "DrillDownDialog.h"

#include "CrmActions.h"
#include "Session.h"
#include "domain/Money.h"
#include "models/ActivityTableModel.h"
#include "models/CustomerTableModel.h"
#include "models/OpportunityTableModel.h"
#include "models/OrderTableModel.h"
#include "models/PaymentTableModel.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/Tables.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

DrillDownDialog::DrillDownDialog(CrmActions *actions, const QString &title, QWidget *parent)
    : QDialog(parent), m_actions(actions)
{
    setObjectName(u"drillDownDialog"_s);
    setWindowTitle(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"drillDownSummary"_s);
    QFont summaryFont = m_summary->font();
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);
    m_view = new QTableView(this);
    m_view->setObjectName(u"drillDownTable"_s);
    tables::setUp(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *header = new DialogHeader(LineIcon::icon(LineIcon::Dashboard), this);
    header->setTitle(title);
    layout->addWidget(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_orders) {
            if (const Order *o = m_orders->orderAt(index.row()))
                m_actions->showOrder(o->id);
        } else if (m_payments) {
            if (const Payment *p = m_payments->paymentAt(index.row()))
                m_actions->editPayment(p->id);
        } else if (m_activities) {
            if (const Activity *a = m_activities->activityAt(index.row())) {
                m_actions->session()->showCustomer(a->customerId);
                accept();
            }
        } else if (m_opportunities) {
            if (const Opportunity *o = m_opportunities->opportunityAt(index.row())) {
                m_actions->session()->showCustomer(o->customerId);
                accept();
            }
        } else if (m_customers) {
            if (const qint64 id = m_customers->idAt(index.row())) {
                m_actions->session()->showCustomer(id);
                accept();
            }
        }
    });
}

void DrillDownDialog::showOrders(const OrderFilter &filter)
{
    Session *session = m_actions->session();
    m_orders = new OrderTableModel(this);
    m_orders->setSource(session->database(), session->scope());
    m_orders->setFilter(filter);
    m_view->setModel(m_orders);
    m_view->horizontalHeader()->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);
    tables::fitToContents(m_view, {OrderTableModel::Number, OrderTableModel::Date, OrderTableModel::Member,
                                   OrderTableModel::Status, OrderTableModel::Total});
    updateSummary();
}

void DrillDownDialog::showPayments(const PaymentFilter &filter)
{
    Session *session = m_actions->session();
    m_payments = new PaymentTableModel(this);
    m_payments->setSource(session->database(), session->scope());
    m_payments->setFilter(filter);
    m_view->setModel(m_payments);
    m_view->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Customer, QHeaderView::Stretch);
    tables::fitToContents(m_view,
                          {PaymentTableModel::Date, PaymentTableModel::Number, PaymentTableModel::Order,
                           PaymentTableModel::Member, PaymentTableModel::Method, PaymentTableModel::Amount});
    m_view->setColumnWidth(PaymentTableModel::Amount, m_view->columnWidth(PaymentTableModel::Amount) + 24);
    updateSummary();
}

void DrillDownDialog::showActivities(const ActivityFilter &filter)
{
    Session *session = m_actions->session();
    m_activities = new ActivityTableModel(this);
    m_activities->setSource(session->database(), session->scope());
    m_activities->setFilter(filter);
    m_view->setModel(m_activities);
    m_view->horizontalHeader()->setStretchLastSection(true);
    updateSummary();
}

void DrillDownDialog::showOpportunities(const OpportunityFilter &filter)
{
    Session *session = m_actions->session();
    m_opportunities = new OpportunityTableModel(this);
    m_opportunities->setOpportunities(session->repository<OpportunityRepository>().list(filter));
    m_view->setModel(m_opportunities);
    m_view->horizontalHeader()->setStretchLastSection(true);
    updateSummary();
}

void DrillDownDialog::showCustomers(const CustomerFilter &filter, const QString &note)
{
    Session *session = m_actions->session();
    m_customers = new CustomerTableModel(this);
    m_customers->setSource(session->database(), session->scope());
    m_customers->setFilter(filter);
    m_note = note;
    m_view->setModel(m_customers);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Name, QHeaderView::Stretch);
    tables::fitToContents(m_view,
                          {CustomerTableModel::Code, CustomerTableModel::Owner, CustomerTableModel::Status,
                           CustomerTableModel::Grade, CustomerTableModel::Region});
    for (int c = CustomerTableModel::City; c < CustomerTableModel::ColumnCount; ++c)
        if (c != CustomerTableModel::Phone)
            m_view->hideColumn(c);
    updateSummary();
}

QString DrillDownDialog::summary() const
{
    return m_summary->text();
}

void DrillDownDialog::updateSummary()
{
    if (m_orders) {
        m_total = m_orders->total();
        m_summary->setText(
            tr("%n order(s) · %1", nullptr, int(m_total)).arg(Money::format(m_orders->totalFen())));
    } else if (m_payments) {
        m_total = m_payments->total();
        m_summary->setText(
            tr("%n payment(s) · %1", nullptr, int(m_total)).arg(Money::format(m_payments->totalFen())));
    } else if (m_activities) {
        m_total = m_activities->total();
        m_summary->setText(tr("Activities: %n", nullptr, int(m_total)));
    } else if (m_opportunities) {
        m_total = m_opportunities->rowCount();
        qint64 amount = 0;
        for (int row = 0; row < m_opportunities->rowCount(); ++row)
            amount += m_opportunities->opportunityAt(row)->amountFen;
        m_summary->setText(tr("%n opportunity(s) · %1", nullptr, int(m_total)).arg(Money::format(amount)));
    } else if (m_customers) {
        m_total = m_customers->rowCount();
        const QString count = tr("%n customer(s)", nullptr, int(m_total));
        m_summary->setText(m_note.isEmpty() ? count : count + u" · "_s + m_note);
    }
}

} // namespace frontline
