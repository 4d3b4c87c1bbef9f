#include "PaymentsPage.h"

#include "CrmActions.h"
#include "analytics/Period.h"
#include "domain/Money.h"
#include "models/BalanceTableModel.h"
#include "models/PaymentTableModel.h"
#include "pages/PageCatalog.h"
#include "repositories/OrgRepository.h"
#include "repositories/PaymentRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdits.h"
#include "widgets/EmptyState.h"
#include "widgets/FlowLayout.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

const QString AnyTime = u"any"_s;
const QString ChosenDates = u"dates"_s;

// The dates of a quick period, counted from today.
std::pair<QDate, QDate> periodDates(const QString &key, const QDate &today)
{
    using analytics::Period;
    Period p;
    if (key == u"this_month"_s)
        p = Period::month(today.year(), today.month());
    else if (key == u"last_month"_s)
        p = Period::month(today.year(), today.month()).previous();
    else if (key == u"this_quarter"_s)
        p = Period::quarter(today.year(), (today.month() - 1) / 3 + 1);
    else if (key == u"this_year"_s)
        p = Period::year(today.year());
    return {p.from(), p.to()};
}

QLabel *boldLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

PaymentsPage::PaymentsPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Orders | Session::Customers | Session::Organisation, parent)
{
    m_model = new PaymentTableModel(this);
    m_balances = new BalanceTableModel(this);
    m_header = new PageHeader(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"paymentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createPaymentsTab(), LineIcon::icon(LineIcon::Check), QString());
    m_tabs->addTab(createReceivablesTab(), LineIcon::icon(LineIcon::Customers), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PaymentsPage::updateTotals);
    retranslateUi();
}

QWidget *PaymentsPage::createPaymentsTab()
{
    auto *tab = new QWidget(this);
    m_period = new QComboBox(tab);
    m_period->setObjectName(u"periodFilter"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = dates::newFilterEdit(u"fromDate"_s, tr("From any date"), tab);
    m_to = dates::newFilterEdit(u"toDate"_s, tr("To any date"), tab);
    m_member = new QComboBox(tab);
    m_member->setObjectName(u"memberFilter"_s);
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_customer = new CustomerPicker(tab);
    m_customer->setObjectName(u"customerFilter"_s);
    m_customer->setMinimumWidth(180);
    m_method = new QComboBox(tab);
    m_method->setObjectName(u"methodFilter"_s);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clear = new QToolButton(tab);
    m_clear->setAutoRaise(true);
    m_record = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), tab);
    m_record->setObjectName(u"recordPaymentButton"_s);
    m_edit = new QPushButton(LineIcon::icon(LineIcon::Edit), QString(), tab);
    m_edit->setObjectName(u"editPaymentButton"_s);
    m_delete = new QPushButton(LineIcon::icon(LineIcon::Delete), QString(), tab);
    m_delete->setObjectName(u"deletePaymentButton"_s);

    auto *filterBar = new QWidget(tab);
    auto *filters = new FlowLayout(filterBar);
    // The dates are separate items (not one widget) so that a narrow window wraps between them.
    for (QWidget *w : std::initializer_list<QWidget *>{m_period, m_from, new QLabel(u"–"_s, filterBar), m_to,
                                                       m_member, m_customer, m_method, m_clear})
        filters->addWidget(w);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_record);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(filterBar, 1);
    top->addLayout(buttons);
    top->setAlignment(buttons, Qt::AlignTop);

    m_view = new QTableView(tab);
    m_view->setObjectName(u"paymentTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Customer, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Notes, QHeaderView::Stretch);

    m_empty = new EmptyState(tab);
    m_empty->setIcon(LineIcon::icon(LineIcon::Check));
    auto *tableArea = new QWidget(tab);
    auto *stack = new QStackedLayout(tableArea);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);
    m_totals = boldLabel(u"totalsLabel"_s, tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(tableArea, 1);
    layout->addWidget(m_totals);

    connect(m_period, &QComboBox::activated, this, &PaymentsPage::periodChosen);
    for (QComboBox *combo : {m_member, m_method})
        connect(combo, &QComboBox::activated, this, &PaymentsPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &PaymentsPage::datesEdited);
    connect(m_customer, &CustomerPicker::customerChanged, this, &PaymentsPage::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_applying = true;
        m_period->setCurrentIndex(0);
        m_member->setCurrentIndex(0);
        m_method->setCurrentIndex(0);
        m_customer->setCustomer(0);
        dates::clearFilter(m_from);
        dates::clearFilter(m_to);
        m_applying = false;
        applyFilter();
    });
    connect(m_record, &QPushButton::clicked, this,
            [this] { this->actions()->recordPayment(m_customer->customerId()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedPaymentId())
            this->actions()->editPayment(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedPaymentId())
            this->actions()->deletePayment(id);
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_delete, &QPushButton::click);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Payment *p = m_model->paymentAt(index.row()))
            this->actions()->editPayment(p->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentsPage::updateButtons);
    connect(m_model, &PaymentTableModel::totalsChanged, this, &PaymentsPage::updateTotals);
    connect(m_model, &PaymentTableModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->total() == 0 && session()->isOpen() ? static_cast<QWidget *>(m_empty)
                                                                             : m_view);
        tables::fitToContents(m_view, {PaymentTableModel::Date, PaymentTableModel::Number,
                                       PaymentTableModel::Order, PaymentTableModel::Member,
                                       PaymentTableModel::Method, PaymentTableModel::Amount});
        // Room between the right-aligned amount and the notes after it.
        m_view->setColumnWidth(PaymentTableModel::Amount,
                               m_view->columnWidth(PaymentTableModel::Amount) + 24);
        updateButtons();
    });
    return tab;
}

QWidget *PaymentsPage::createReceivablesTab()
{
    auto *tab = new QWidget(this);
    m_owner = new QComboBox(tab);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owingOnly = new QCheckBox(tab);
    m_owingOnly->setObjectName(u"owingOnly"_s);
    m_owingOnly->setChecked(true);
    m_balances->setOwingOnly(true);
    m_recordFor = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), tab);
    m_recordFor->setObjectName(u"recordForCustomerButton"_s);
    m_openCustomer = new QPushButton(LineIcon::icon(LineIcon::Customers), QString(), tab);
    m_openCustomer->setObjectName(u"openCustomerButton"_s);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_owner);
    top->addSpacing(8);
    top->addWidget(m_owingOnly);
    top->addStretch(1);
    top->addWidget(m_recordFor);
    top->addWidget(m_openCustomer);

    m_balanceView = new QTableView(tab);
    m_balanceView->setObjectName(u"balanceTable"_s);
    m_balanceView->setModel(m_balances);
    tables::setUp(m_balanceView);
    m_balanceView->horizontalHeader()->setSectionResizeMode(BalanceTableModel::Customer,
                                                            QHeaderView::Stretch);
    m_balanceTotals = boldLabel(u"balanceTotalsLabel"_s, tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_balanceView, 1);
    layout->addWidget(m_balanceTotals);

    connect(m_owner, &QComboBox::activated, this, &PaymentsPage::applyOwner);
    connect(m_owingOnly, &QCheckBox::toggled, m_balances, &BalanceTableModel::setOwingOnly);
    connect(m_recordFor, &QPushButton::clicked, this, [this] {
        const qint64 customerId = selectedCustomerId();
        const CustomerBalance *b = m_balances->balanceAt(m_balanceView->currentIndex().row());
        this->actions()->recordPayment(customerId, 0, b && b->outstandingFen() > 0 ? b->outstandingFen() : 0);
    });
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCustomerId())
            session()->showCustomer(id);
    });
    connect(m_balanceView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CustomerBalance *b = m_balances->balanceAt(index.row()))
            session()->showCustomer(b->customerId);
    });
    connect(m_balanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentsPage::updateButtons);
    connect(m_balances, &BalanceTableModel::totalsChanged, this, &PaymentsPage::updateTotals);
    connect(m_balances, &BalanceTableModel::modelReset, this, [this] {
        tables::fitToContents(m_balanceView, {BalanceTableModel::Owner, BalanceTableModel::Billed,
                                              BalanceTableModel::Collected, BalanceTableModel::Outstanding,
                                              BalanceTableModel::LastOrder, BalanceTableModel::LastPayment});
        // Amounts are right-aligned: room so that they do not run into the column before.
        for (int c :
             {BalanceTableModel::Billed, BalanceTableModel::Collected, BalanceTableModel::Outstanding})
            m_balanceView->setColumnWidth(c, m_balanceView->columnWidth(c) + 24);
        updateButtons();
    });
    return tab;
}

void PaymentsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PaymentsPage::rebuild()
{
    fillChoosers();
    m_customer->setSource(session()->database(), session()->scope());
    m_customer->setCustomer(0);
    m_model->setSource(session()->database(), session()->scope());
    m_balances->setSource(session()->database(), session()->scope());
    applyFilter();
    applyOwner();
}

void PaymentsPage::refresh()
{
    m_model->refresh();
    m_balances->refresh();
}

void PaymentsPage::fillChoosers()
{
    QList<Member> members;
    if (session()->isOpen()) {
        for (const Member &m : session()->repository<OrgRepository>().members()) {
            if (session()->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                members << m;
        }
    }
    combos::fillMembers(m_member, tr("All reps"), members);
    m_member->setVisible(members.size() > 1);
    combos::fillMembers(m_owner, tr("All owners"), members);
    m_owner->setVisible(members.size() > 1);
    QList<QPair<QString, QString>> methods;
    for (const QString &method : PaymentRepository::methods())
        methods << qMakePair(method, PaymentRepository::methodLabel(method));
    combos::fillKeys(m_method, tr("Any method"), methods);
    fillPeriods();
}

void PaymentsPage::fillPeriods()
{
    const QString current = m_period->currentData().toString();
    combos::fillKeys(m_period, QString(),
                     {{AnyTime, tr("Any time")},
                      {u"this_month"_s, tr("This month")},
                      {u"last_month"_s, tr("Last month")},
                      {u"this_quarter"_s, tr("This quarter")},
                      {u"this_year"_s, tr("This year")},
                      {ChosenDates, tr("Dates chosen")}});
    combos::select(m_period, current.isEmpty() ? AnyTime : current);
}

void PaymentsPage::periodChosen()
{
    const QString key = m_period->currentData().toString();
    if (key == ChosenDates)
        return;
    m_applying = true;
    if (key == AnyTime) {
        dates::clearFilter(m_from);
        dates::clearFilter(m_to);
    } else {
        const auto [from, to] = periodDates(key, QDate::currentDate());
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_applying = false;
    applyFilter();
}

void PaymentsPage::datesEdited()
{
    if (m_applying)
        return;
    const QDate from = dates::filterDate(m_from);
    const QDate to = dates::filterDate(m_to);
    combos::select(m_period, !from.isValid() && !to.isValid() ? AnyTime : ChosenDates);
    applyFilter();
}

void PaymentsPage::applyFilter()
{
    if (m_applying)
        return;
    PaymentFilter filter;
    filter.memberId = m_member->currentData().toLongLong();
    filter.customerId = m_customer->customerId();
    filter.method = m_method->currentData().toString();
    filter.from = dates::filterDate(m_from);
    filter.to = dates::filterDate(m_to);
    m_model->setFilter(filter);
}

void PaymentsPage::applyOwner()
{
    const qint64 owner = m_owner->currentData().toLongLong();
    m_balances->setOwners(owner ? QList<qint64>{owner} : QList<qint64>());
}

qint64 PaymentsPage::selectedPaymentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Payment *p = rows.isEmpty() ? nullptr : m_model->paymentAt(rows.constFirst().row());
    return p ? p->id : 0;
}

qint64 PaymentsPage::selectedCustomerId() const
{
    const QModelIndexList rows = m_balanceView->selectionModel()->selectedRows();
    const CustomerBalance *b = rows.isEmpty() ? nullptr : m_balances->balanceAt(rows.constFirst().row());
    return b ? b->customerId : 0;
}

void PaymentsPage::updateButtons()
{
    const bool writable = session()->isOpen() && session()->scope().canWriteMoney();
    const bool chosen = selectedPaymentId() != 0;
    m_record->setEnabled(writable);
    m_recordFor->setEnabled(writable);
    // Support staff open a payment to look at it.
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(writable && chosen);
    m_openCustomer->setEnabled(selectedCustomerId() != 0);
    const QString readOnly =
        writable ? QString() : tr("Support staff can look at payments but not record them.");
    for (QPushButton *b : {m_record, m_recordFor, m_delete})
        b->setToolTip(readOnly);
}

void PaymentsPage::updateTotals()
{
    const PaymentFilter &f = m_model->filter();
    const bool filtered =
        f.memberId || f.customerId || !f.method.isEmpty() || f.from.isValid() || f.to.isValid();
    const int count = int(m_model->total());
    const int owing = m_balances->rowCount();
    if (m_tabs->currentIndex() == ReceivablesTab)
        m_header->setSubtitle(tr("%1 outstanding from %Ln customer(s)", nullptr, owing)
                                  .arg(Money::format(m_balances->outstandingFen())));
    else
        m_header->setSubtitle(filtered ? tr("%Ln payment(s) match", nullptr, count)
                                       : tr("%Ln payment(s)", nullptr, count));
    m_totals->setText(
        tr("%Ln payment(s), together %1", nullptr, count).arg(Money::format(m_model->totalFen())));
    m_balanceTotals->setText(tr("%Ln customer(s): billed %1, collected %2, outstanding %3", nullptr, owing)
                                 .arg(Money::format(m_balances->billedFen()),
                                      Money::format(m_balances->collectedFen()),
                                      Money::format(m_balances->outstandingFen())));
    m_clear->setVisible(filtered);
    m_empty->setTitle(filtered ? tr("No payments match") : tr("No payments yet"));
    m_empty->setText(filtered ? tr("Nothing was received for these filters.")
                              : tr("Record the first one with Record Payment."));
}

void PaymentsPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PaymentsPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Payments));
    m_tabs->setTabText(PaymentsTab, tr("Payments received"));
    m_tabs->setTabText(ReceivablesTab, tr("Receivables"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_from->setSpecialValueText(tr("From any date"));
    m_to->setSpecialValueText(tr("To any date"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    m_clear->setText(tr("Clear filters"));
    m_record->setText(tr("&Record Payment…"));
    m_edit->setText(tr("&Open…"));
    m_delete->setText(tr("&Delete"));
    m_owingOnly->setText(tr("Only customers who owe"));
    m_owingOnly->setToolTip(tr("Leave out customers who paid in advance."));
    m_recordFor->setText(tr("Record &Payment…"));
    m_openCustomer->setText(tr("Open &Customer"));
    m_model->retranslate();
    m_balances->retranslate();
    fillChoosers();
    updateTotals();
    updateButtons();
}

} // namespace frontline
