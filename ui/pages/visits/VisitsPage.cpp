#include "VisitsPage.h"

#include "CrmActions.h"
#include "Format.h"
#include "domain/Vocabulary.h"
#include "models/ActivityTableModel.h"
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
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

VisitsPage::VisitsPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Activities | Session::Customers | Session::Organisation, parent)
{
    m_model = new ActivityTableModel(this);
    m_header = new PageHeader(this);

    m_myWeek = new QToolButton(this);
    m_myWeek->setObjectName(u"myWeekToggle"_s);
    m_myWeek->setCheckable(true);
    m_member = new QComboBox(this);
    m_member->setObjectName(u"memberFilter"_s);
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindFilter"_s);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerFilter"_s);
    m_customer->setMinimumWidth(220);
    m_from = dates::newFilterEdit(u"fromDate"_s, tr("From any date"), this);
    m_to = dates::newFilterEdit(u"toDate"_s, tr("To any date"), this);
    m_clear = new QToolButton(this);
    m_clear->setAutoRaise(true);
    m_logVisit = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_logVisit->setObjectName(u"logVisitButton"_s);
    m_delete = new QPushButton(LineIcon::icon(LineIcon::Delete), QString(), this);
    m_delete->setObjectName(u"deleteVisitButton"_s);
    m_delete->setEnabled(false);

    // The filters wrap onto a second row in a narrow window; the dates stay together.
    auto *dates = new QWidget(this);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(QMargins());
    datesLayout->setSpacing(4);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(u"–"_s, dates));
    datesLayout->addWidget(m_to);
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_myWeek, m_member, m_kind, m_customer, dates, m_clear})
        filters->addWidget(w);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(filterBar, 1);
    top->addWidget(m_delete, 0, Qt::AlignTop);
    top->addWidget(m_logVisit, 0, Qt::AlignTop);

    m_view = new QTableView(this);
    m_view->setObjectName(u"visitTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(ActivityTableModel::Summary, QHeaderView::Stretch);

    m_empty = new EmptyState(this);
    m_empty->setIcon(LineIcon::icon(LineIcon::Visits));
    auto *tableArea = new QWidget(this);
    auto *stack = new QStackedLayout(tableArea);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(tableArea, 1);

    connect(m_myWeek, &QToolButton::toggled, this, &VisitsPage::setMyWeek);
    for (QComboBox *combo : {m_member, m_kind})
        connect(combo, &QComboBox::activated, this, &VisitsPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &VisitsPage::applyFilter);
    connect(m_customer, &CustomerPicker::customerChanged, this, &VisitsPage::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_myWeek->setChecked(false);
        m_applying = true;
        m_member->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_customer->setCustomer(0);
        dates::clearFilter(m_from);
        dates::clearFilter(m_to);
        m_applying = false;
        applyFilter();
    });
    connect(m_logVisit, &QPushButton::clicked, this,
            [this] { this->actions()->logVisit(m_customer->customerId()); });
    connect(m_delete, &QPushButton::clicked, this, &VisitsPage::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_delete->setEnabled(current.isValid()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Activity *a = m_model->activityAt(index.row()))
            session()->showCustomer(a->customerId);
    });
    connect(m_model, &ActivityTableModel::totalsChanged, this, &VisitsPage::updateSummary);

    stack->setCurrentWidget(m_view);
    connect(m_model, &ActivityTableModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->total() == 0 && session()->isOpen() ? static_cast<QWidget *>(m_empty)
                                                                             : m_view);
    });
    retranslateUi();
}

void VisitsPage::rebuild()
{
    fillChoosers();
    m_customer->setSource(session()->database(), session()->scope());
    m_customer->setCustomer(0);
    m_model->setSource(session()->database(), session()->scope());
    m_myWeek->setEnabled(session()->isOpen());
    applyFilter();
}

void VisitsPage::refresh()
{
    m_model->refresh();
}

void VisitsPage::fillChoosers()
{
    QList<Member> members;
    if (session()->isOpen()) {
        for (const Member &m : session()->repository<OrgRepository>().members()) {
            if (session()->scope().canSeeOwner(m.id) && m.role != Role::Support)
                members << m;
        }
    }
    combos::fillMembers(m_member, tr("Everyone"), members);
    m_member->setVisible(members.size() > 1);
    combos::fillKeys(m_kind, tr("Any kind"), Vocabulary::entries(Vocabulary::ActivityKind));
}

void VisitsPage::setMyWeek(bool on)
{
    m_applying = true;
    if (on) {
        const QDate today = QDate::currentDate();
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        m_from->setDate(monday);
        m_to->setDate(monday.addDays(6));
        combos::select(m_member, session()->actingMemberId());
    } else {
        dates::clearFilter(m_from);
        dates::clearFilter(m_to);
        m_member->setCurrentIndex(0);
    }
    m_applying = false;
    applyFilter();
}

void VisitsPage::applyFilter()
{
    if (m_applying)
        return;
    ActivityFilter filter;
    filter.memberId = m_member->currentData().toLongLong();
    filter.kind = m_kind->currentData().toString();
    filter.customerId = m_customer->customerId();
    filter.from = dates::filterDate(m_from);
    filter.to = dates::filterDate(m_to);
    m_model->setFilter(filter);
    m_delete->setEnabled(false);
}

void VisitsPage::updateSummary()
{
    const ActivityFilter &f = m_model->filter();
    const bool filtered =
        f.memberId || f.customerId || !f.kind.isEmpty() || f.from.isValid() || f.to.isValid();
    const int total = int(m_model->total());
    if (m_myWeek->isChecked())
        m_header->setSubtitle(tr("%Ln contact(s) this week", nullptr, total));
    else if (filtered)
        m_header->setSubtitle(tr("%Ln contact(s) match", nullptr, total));
    else
        m_header->setSubtitle(tr("%Ln contact(s) recorded", nullptr, total));
    m_clear->setVisible(filtered);
    if (filtered) {
        m_empty->setTitle(tr("No contacts match"));
        m_empty->setText(tr("Nothing was recorded for these filters."));
    } else {
        m_empty->setTitle(tr("No visits or calls recorded yet"));
        m_empty->setText(tr("Log one with Ctrl+L, from anywhere in Frontline."));
    }
}

void VisitsPage::deleteCurrent()
{
    if (const Activity *a = m_model->activityAt(m_view->currentIndex().row()))
        actions()->deleteActivity(*a);
}

void VisitsPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void VisitsPage::retranslateUi()
{
    const QLocale locale;
    QStringList kinds;
    for (const auto &entry : Vocabulary::entries(Vocabulary::ActivityKind))
        kinds << entry.second;
    m_header->setTitle(PageCatalog::title(PageId::Visits));
    m_myWeek->setText(tr("My Week"));
    m_myWeek->setToolTip(tr("Your contacts from Monday to Sunday of this week"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_from->setSpecialValueText(tr("From any date"));
    m_to->setSpecialValueText(tr("To any date"));
    m_clear->setText(tr("Clear filters"));
    m_logVisit->setText(tr("&Log Visit…"));
    m_logVisit->setToolTip(tr("Log a visit, call or message (Ctrl+L)"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    const QDate date(2026, 12, 28);
    tables::fitColumn(m_view, ActivityTableModel::When, {dateText(QDateTime(date, QTime(22, 58)))});
    tables::fitColumn(m_view, ActivityTableModel::Kind, kinds);
    tables::fitColumn(m_view, ActivityTableModel::Customer, {u"北京博达汽车销售服务有限"_s});
    tables::fitColumn(m_view, ActivityTableModel::Member, {u"欧阳丹丹"_s});
    tables::fitColumn(m_view, ActivityTableModel::Outcome, {u"客户要求提供样品与报价"_s});
    tables::fitColumn(m_view, ActivityTableModel::FollowUp, {dateText(date)});
    tables::fitColumn(m_view, ActivityTableModel::Satisfaction, {QString(5, QChar(0x2605))});
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText()) + 48);
    fillChoosers();
    updateSummary();
}

} // namespace frontline
