#include "OrdersPage.h"

#include "CrmActions.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "models/OrderTableModel.h"
#include "pages/PageCatalog.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdits.h"
#include "widgets/EmptyState.h"
#include "widgets/FlowLayout.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

OrdersPage::OrdersPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Orders | Session::Customers | Session::Organisation, parent)
{
    m_model = new OrderTableModel(this);
    m_header = new PageHeader(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(u"memberFilter"_s);
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerFilter"_s);
    m_customer->setMinimumWidth(260);
    m_from = dates::newFilterEdit(u"fromDate"_s, tr("From any date"), this);
    m_to = dates::newFilterEdit(u"toDate"_s, tr("To any date"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_clear = new QToolButton(this);
    m_clear->setAutoRaise(true);
    m_new = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_new->setObjectName(u"newOrderButton"_s);

    auto *dates = new QWidget(this);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(QMargins());
    datesLayout->setSpacing(4);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(u"–"_s, dates));
    datesLayout->addWidget(m_to);
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    for (QWidget *w : std::initializer_list<QWidget *>{m_member, m_customer, dates, m_status, m_clear})
        filters->addWidget(w);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(filterBar, 1);
    top->addWidget(m_new, 0, Qt::AlignTop);

    m_view = new QTableView(this);
    m_view->setObjectName(u"orderTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(OrderTableModel::Customer, QHeaderView::Stretch);

    m_empty = new EmptyState(this);
    m_empty->setIcon(LineIcon::icon(LineIcon::Orders));
    auto *tableArea = new QWidget(this);
    auto *stack = new QStackedLayout(tableArea);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"totalsLabel"_s);
    QFont totalsFont = m_totals->font();
    totalsFont.setWeight(QFont::DemiBold);
    m_totals->setFont(totalsFont);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(tableArea, 1);
    layout->addWidget(m_totals);

    for (QComboBox *combo : {m_member, m_status})
        connect(combo, &QComboBox::activated, this, &OrdersPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerChanged, this, &OrdersPage::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_applying = true;
        m_member->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_customer->setCustomer(0);
        dates::clearFilter(m_from);
        dates::clearFilter(m_to);
        m_applying = false;
        applyFilter();
    });
    connect(m_new, &QPushButton::clicked, this,
            [this] { this->actions()->newOrder(m_customer->customerId()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Order *o = m_model->orderAt(index.row()))
            this->actions()->showOrder(o->id);
    });
    connect(m_model, &OrderTableModel::totalsChanged, this, &OrdersPage::updateTotals);
    connect(m_model, &OrderTableModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->total() == 0 && session()->isOpen() ? static_cast<QWidget *>(m_empty)
                                                                             : m_view);
        tables::fitToContents(m_view,
                              {OrderTableModel::Number, OrderTableModel::Date, OrderTableModel::Member,
                               OrderTableModel::Status, OrderTableModel::Total});
    });
    retranslateUi();
}

void OrdersPage::rebuild()
{
    fillChoosers();
    m_customer->setSource(session()->database(), session()->scope());
    m_customer->setCustomer(0);
    m_model->setSource(session()->database(), session()->scope());
    m_new->setEnabled(session()->isOpen() && session()->scope().canWriteMoney());
    applyFilter();
}

void OrdersPage::refresh()
{
    m_model->refresh();
}

void OrdersPage::fillChoosers()
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
    combos::fillKeys(m_status, tr("Any status"), Vocabulary::entries(Vocabulary::OrderStatus));
}

void OrdersPage::applyFilter()
{
    if (m_applying)
        return;
    OrderFilter filter;
    filter.memberId = m_member->currentData().toLongLong();
    filter.customerId = m_customer->customerId();
    filter.status = m_status->currentData().toString();
    filter.from = dates::filterDate(m_from);
    filter.to = dates::filterDate(m_to);
    m_model->setFilter(filter);
}

void OrdersPage::updateTotals()
{
    const OrderFilter &f = m_model->filter();
    const bool filtered =
        f.memberId || f.customerId || !f.status.isEmpty() || f.from.isValid() || f.to.isValid();
    const int count = int(m_model->total());
    m_header->setSubtitle(filtered ? tr("%Ln order(s) match", nullptr, count)
                                   : tr("%Ln order(s)", nullptr, count));
    m_totals->setText(tr("%Ln order(s), together %1 (cancelled ones not counted)", nullptr, count)
                          .arg(Money::format(m_model->totalFen())));
    m_clear->setVisible(filtered);
    m_empty->setTitle(filtered ? tr("No orders match") : tr("No orders yet"));
    m_empty->setText(filtered ? tr("Nothing was ordered for these filters.")
                              : tr("Write the first one with New Order."));
}

void OrdersPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void OrdersPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Orders));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_from->setSpecialValueText(tr("From any date"));
    m_to->setSpecialValueText(tr("To any date"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    m_clear->setText(tr("Clear filters"));
    m_new->setText(tr("&New Order…"));
    m_model->retranslate();
    fillChoosers();
    updateTotals();
}

} // namespace frontline
