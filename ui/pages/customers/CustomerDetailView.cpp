#include "CustomerDetailView.h"

#include "CrmActions.h"
#include "Format.h"
#include "Session.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/TaskRepository.h"
#include "widgets/FlowLayout.h"
#include "widgets/LineIcon.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QStringList ProfileKeys = {u"balance"_s, u"payments"_s, u"phone"_s,    u"email"_s,
                                 u"wechat"_s,  u"address"_s,  u"industry"_s, u"source"_s,
                                 u"tags"_s,    u"created"_s,  u"notes"_s};
// The latest payments the profile lists.
constexpr int RecentPayments = 3;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 4);
    return label;
}

QString when(const QString &stored)
{
    const QLocale locale;
    if (stored.size() <= 10)
        return dateText(QDate::fromString(stored, Qt::ISODate));
    const QDateTime utc = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return dateText(utc.toLocalTime());
}

QString pointsText(const QList<ContactPoint> &points, const QString &kind)
{
    QStringList values;
    for (const ContactPoint &p : points) {
        if (p.kind == kind)
            values << (p.raw.isEmpty() ? p.normalized : p.raw);
    }
    return values.join(u", "_s);
}

enum TimelineRoles
{
    KindRole = Qt::UserRole + 1,
    IdRole,
};
} // namespace

CustomerDetailView::CustomerDetailView(CrmActions *actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_session(actions->session())
{
    m_back = new QToolButton(this);
    m_back->setObjectName(u"backButton"_s);
    m_back->setIcon(LineIcon::icon(LineIcon::Back));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    const auto button = [this](LineIcon::Shape icon, const QString &name) {
        auto *b = new QPushButton(LineIcon::icon(icon), QString(), this);
        b->setObjectName(name);
        return b;
    };
    m_logVisit = button(LineIcon::Visits, u"logVisitButton"_s);
    m_addOpportunity = button(LineIcon::Opportunities, u"addOpportunityButton"_s);
    m_addTask = button(LineIcon::Tasks, u"addTaskButton"_s);
    m_recordPayment = button(LineIcon::Check, u"recordPaymentButton"_s);
    m_edit = button(LineIcon::Edit, u"editButton"_s);
    m_delete = button(LineIcon::Delete, u"deleteButton"_s);
    // The actions gather on the right, and wrap in a narrow window.
    auto *actionBar = new QWidget(this);
    auto *actionLayout = new FlowLayout(actionBar);
    actionLayout->setRowAlignment(Qt::AlignRight);
    for (QPushButton *b : {m_logVisit, m_addOpportunity, m_addTask, m_recordPayment, m_edit, m_delete})
        actionLayout->addWidget(b);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back, 0, Qt::AlignTop);
    bar->addWidget(actionBar, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(u"customerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    // Left: who the customer is.
    auto *profileWidget = new QWidget(this);
    auto *profileColumn = new QVBoxLayout(profileWidget);
    profileColumn->setContentsMargins(0, 0, 12, 0);
    m_profileHeading = heading(profileWidget);
    profileColumn->addWidget(m_profileHeading);
    // A grid rather than a QFormLayout: rows are hidden when empty, and QFormLayout's
    // setRowVisible() writes out of bounds in Qt 6.4 when it computes heights for widths.
    m_profile = new QGridLayout;
    m_profile->setHorizontalSpacing(12);
    m_profile->setVerticalSpacing(6);
    m_profile->setColumnStretch(1, 1);
    for (const QString &key : ProfileKeys) {
        auto *label = new QLabel(profileWidget);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(profileWidget);
        value->setObjectName(key + u"Value"_s);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profileLabels.insert(key, label);
        m_profileValues.insert(key, value);
        const int row = m_profile->rowCount();
        m_profile->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_profile->addWidget(value, row, 1);
    }
    profileColumn->addLayout(m_profile);
    m_opportunitiesHeading = heading(profileWidget);
    m_opportunities = new QLabel(profileWidget);
    m_opportunities->setWordWrap(true);
    m_opportunities->setTextFormat(Qt::PlainText);
    profileColumn->addWidget(m_opportunitiesHeading);
    profileColumn->addWidget(m_opportunities);
    m_contactsHeading = heading(profileWidget);
    m_contacts = new QListWidget(profileWidget);
    m_contacts->setObjectName(u"contactsList"_s);
    m_contacts->setFrameShape(QFrame::NoFrame);
    m_contacts->setWordWrap(true);
    m_contacts->setTextElideMode(Qt::ElideNone);
    m_contacts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contacts->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_contacts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_contacts->setSpacing(2);
    QPalette contactsPalette = m_contacts->palette();
    contactsPalette.setColor(QPalette::Base, contactsPalette.color(QPalette::Window));
    m_contacts->setPalette(contactsPalette);
    profileColumn->addWidget(m_contactsHeading);
    profileColumn->addWidget(m_contacts);
    profileColumn->addStretch(1);
    auto *profileScroll = new QScrollArea(this);
    profileScroll->setWidget(profileWidget);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setMinimumWidth(280);

    // Right: what happened, and what is still to do.
    m_timelineHeading = heading(this);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setColumnCount(5);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tasksHeading = heading(this);
    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(u"openTasks"_s);
    m_tasks->setRootIsDecorated(false);
    m_tasks->setColumnCount(3);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_completeTask = new QPushButton(LineIcon::icon(LineIcon::Check), QString(), this);
    m_completeTask->setObjectName(u"completeTaskButton"_s);
    m_completeTask->setEnabled(false);

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(12, 0, 0, 0);
    timelineLayout->addWidget(m_timelineHeading);
    timelineLayout->addWidget(m_timeline);
    auto *tasksBox = new QWidget(this);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->setContentsMargins(12, 0, 0, 0);
    auto *tasksHeader = new QHBoxLayout;
    tasksHeader->addWidget(m_tasksHeading);
    tasksHeader->addStretch();
    tasksHeader->addWidget(m_completeTask, 0, Qt::AlignBottom);
    tasksLayout->addLayout(tasksHeader);
    tasksLayout->addWidget(m_tasks);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(timelineBox);
    right->addWidget(tasksBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(profileScroll);
    body->addWidget(right);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 5);
    body->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(6);
    layout->addWidget(body, 1);

    connect(m_back, &QToolButton::clicked, this, &CustomerDetailView::backRequested);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto *back = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, this, &CustomerDetailView::backRequested);
    }
    connect(m_logVisit, &QPushButton::clicked, this, [this] { m_actions->logVisit(m_customer.id); });
    connect(m_addOpportunity, &QPushButton::clicked, this,
            [this] { m_actions->addOpportunity(m_customer.id); });
    connect(m_addTask, &QPushButton::clicked, this, [this] { m_actions->addTask(m_customer.id); });
    connect(m_recordPayment, &QPushButton::clicked, this,
            [this] { m_actions->recordPayment(m_customer.id, 0, std::max<qint64>(0, m_outstandingFen)); });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_actions->editCustomer(m_customer.id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_actions->deleteCustomer(m_customer.id); });
    connect(m_completeTask, &QPushButton::clicked, this, &CustomerDetailView::completeSelectedTask);
    connect(m_tasks, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_completeTask->setEnabled(!m_tasks->selectedItems().isEmpty()); });
    connect(m_tasks, &QTreeWidget::itemActivated, this, &CustomerDetailView::completeSelectedTask);
    connect(m_timeline, &QTreeWidget::itemActivated, this, &CustomerDetailView::openTimelineEntry);
    retranslateUi();
}

bool CustomerDetailView::showCustomer(qint64 customerId)
{
    if (!m_session->isOpen())
        return false;
    const std::optional<Customer> customer = m_session->repository<CustomerRepository>().get(customerId);
    if (!customer || customer->deleted)
        return false;
    m_customer = *customer;
    fillProfile();
    fillContacts();
    fillOpportunities();
    fillTimeline();
    fillTasks();
    return true;
}

void CustomerDetailView::reload()
{
    if (m_customer.id && !showCustomer(m_customer.id)) {
        m_customer = Customer();
        Q_EMIT customerGone();
    }
}

void CustomerDetailView::setProfileRow(const QString &key, const QString &value)
{
    m_profileValues.value(key)->setText(value);
    m_profileValues.value(key)->setVisible(!value.isEmpty());
    m_profileLabels.value(key)->setVisible(!value.isEmpty());
}

void CustomerDetailView::fillProfile()
{
    const Customer &c = m_customer;
    m_title->setText(c.name);
    QStringList facts{c.code, Vocabulary::label(Vocabulary::CustomerKind, c.kind),
                      Vocabulary::label(Vocabulary::CustomerStatus, c.status)};
    if (!c.grade.isEmpty())
        facts << tr("Grade %1").arg(c.grade);
    facts << (c.ownerName.isEmpty() ? tr("No owner") : tr("Owner: %1").arg(c.ownerName));
    const QString place = QStringList{c.region, c.city}.join(u' ').trimmed();
    if (!place.isEmpty())
        facts << place;
    m_subtitle->setText(facts.join(u"  ·  "_s));
    setProfileRow(u"phone"_s, pointsText(c.points, u"phone"_s));
    setProfileRow(u"email"_s, pointsText(c.points, u"email"_s));
    setProfileRow(u"wechat"_s, c.wechat);
    setProfileRow(u"address"_s, c.address);
    setProfileRow(u"industry"_s, c.industry);
    setProfileRow(u"source"_s,
                  c.source.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Source, c.source));
    setProfileRow(u"tags"_s, c.tags.join(u", "_s));
    setProfileRow(u"created"_s, c.createdAt.isValid() ? QLocale().toString(c.createdAt.toLocalTime().date(),
                                                                           QLocale::LongFormat)
                                                      : QString());
    setProfileRow(u"notes"_s, c.notes);
    fillPayments();
}

void CustomerDetailView::fillPayments()
{
    m_recordPayment->setEnabled(m_session->scope().canWriteMoney());
    PaymentRepository payments = m_session->repository<PaymentRepository>();
    const QList<CustomerBalance> balances = payments.balances({}, m_customer.id);
    m_outstandingFen = 0;
    QString balance;
    if (!balances.isEmpty() && (balances.constFirst().billedFen || balances.constFirst().collectedFen)) {
        const CustomerBalance &b = balances.constFirst();
        m_outstandingFen = b.outstandingFen();
        const QString detail =
            tr("billed %1, collected %2").arg(Money::format(b.billedFen), Money::format(b.collectedFen));
        balance = m_outstandingFen > 0
                      ? tr("%1 outstanding (%2)").arg(Money::format(m_outstandingFen), detail)
                  : m_outstandingFen < 0
                      ? tr("%1 paid in advance (%2)").arg(Money::format(-m_outstandingFen), detail)
                      : tr("Settled (%1)").arg(detail);
    }
    setProfileRow(u"balance"_s, balance);
    PaymentFilter filter;
    filter.customerId = m_customer.id;
    QStringList lines;
    for (const Payment &p : payments.list(filter, RecentPayments)) {
        QStringList parts{dateText(p.paidOn), Money::format(p.amountFen),
                          PaymentRepository::methodLabel(p.method)};
        if (!p.orderNo.isEmpty())
            parts << p.orderNo;
        lines << parts.join(u" · "_s);
    }
    const qint64 more = lines.size() < RecentPayments ? 0 : payments.count(filter) - RecentPayments;
    if (more > 0)
        lines << tr("and %n earlier", nullptr, int(more));
    setProfileRow(u"payments"_s, lines.join(u'\n'));
}

void CustomerDetailView::fillContacts()
{
    m_contacts->clear();
    for (const Contact &contact : m_session->repository<CustomerRepository>().contacts(m_customer.id)) {
        QStringList first{contact.name};
        if (!contact.title.isEmpty())
            first << contact.title;
        QStringList second;
        for (const ContactPoint &p : contact.points)
            second << (p.raw.isEmpty() ? p.normalized : p.raw);
        if (!contact.wechat.isEmpty())
            second << tr("WeChat %1").arg(contact.wechat);
        auto *item = new QListWidgetItem(first.join(u" · "_s) +
                                         (second.isEmpty() ? QString() : u'\n' + second.join(u'\n')));
        item->setIcon(LineIcon::icon(LineIcon::Customers));
        m_contacts->addItem(item);
    }
    m_contactsHeading->setText(tr("People (%1)").arg(m_contacts->count()));
    if (m_contacts->count() == 0) {
        auto *none = new QListWidgetItem(tr("No contacts recorded."));
        none->setFlags(Qt::NoItemFlags);
        m_contacts->addItem(none);
    }
}

void CustomerDetailView::fillOpportunities()
{
    OpportunityFilter filter;
    filter.customerId = m_customer.id;
    filter.openOnly = true;
    const QList<Opportunity> open = m_session->repository<OpportunityRepository>().list(filter);
    qint64 amount = 0, weighted = 0;
    QStringList lines;
    for (const Opportunity &o : open) {
        amount += o.amountFen;
        weighted += OpportunityRepository::weighted(o.amountFen, o.probability);
        lines << u"%1 · %2 · %3"_s.arg(o.title, Vocabulary::label(Vocabulary::Stage, o.stageKey),
                                       Money::format(o.amountFen));
    }
    m_opportunitiesHeading->setText(tr("Open opportunities (%1)").arg(open.size()));
    if (open.isEmpty()) {
        m_opportunities->setText(tr("None."));
        return;
    }
    lines << tr("Together %1, weighted %2").arg(Money::format(amount), Money::format(weighted));
    m_opportunities->setText(lines.join(u'\n'));
}

void CustomerDetailView::fillTimeline()
{
    m_timeline->clear();
    const QList<TimelineEntry> entries = m_session->repository<CustomerRepository>().timeline(m_customer.id);
    for (const TimelineEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, when(e.when));
        QString type;
        if (e.kind == u"activity"_s) {
            type = Vocabulary::label(Vocabulary::ActivityKind, e.type);
            item->setIcon(0, LineIcon::icon(LineIcon::Visits));
        } else if (e.kind == u"order"_s) {
            type = tr("Order · %1").arg(Vocabulary::label(Vocabulary::OrderStatus, e.type));
            item->setIcon(0, LineIcon::icon(LineIcon::Orders));
        } else {
            type = tr("Stage → %1").arg(Vocabulary::label(Vocabulary::Stage, e.type));
            item->setIcon(0, LineIcon::icon(LineIcon::Opportunities));
        }
        item->setText(1, type);
        item->setText(2, QString(e.title).replace(u'\n', u' '));
        item->setToolTip(2, e.title);
        item->setText(3, e.who);
        item->setText(4, e.amountFen ? Money::format(e.amountFen) : QString());
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, KindRole, e.kind);
        item->setData(0, IdRole, e.id);
    }
    m_timelineHeading->setText(tr("Timeline (%1)").arg(entries.size()));
    for (int column : {0, 1, 3, 4})
        m_timeline->resizeColumnToContents(column);
}

void CustomerDetailView::fillTasks()
{
    m_tasks->clear();
    TaskFilter filter;
    filter.customerId = m_customer.id;
    filter.openOnly = true;
    m_openTasks = m_session->repository<TaskRepository>().list(filter);
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < m_openTasks.size(); ++i) {
        const Task &t = m_openTasks.at(i);
        auto *item = new QTreeWidgetItem(m_tasks);
        item->setText(0, t.title);
        item->setText(1, t.dueDate.isValid() ? dateText(t.dueDate) : QString());
        if (t.dueDate.isValid() && t.dueDate < today)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        item->setText(2, t.assigneeName);
        item->setData(0, IdRole, i);
    }
    m_tasksHeading->setText(tr("Open tasks (%1)").arg(m_openTasks.size()));
    m_tasks->resizeColumnToContents(1);
    m_tasks->resizeColumnToContents(2);
}

void CustomerDetailView::completeSelectedTask()
{
    const QList<QTreeWidgetItem *> selected = m_tasks->selectedItems();
    if (selected.isEmpty())
        return;
    const int index = selected.first()->data(0, IdRole).toInt();
    // The button is disabled once the task is off the list: the keyboard stays on the tasks.
    m_tasks->setFocus();
    if (index >= 0 && index < m_openTasks.size())
        m_actions->setTaskStatus(m_openTasks.at(index), u"done"_s);
}

void CustomerDetailView::openTimelineEntry()
{
    const QTreeWidgetItem *item = m_timeline->currentItem();
    if (item && item->data(0, KindRole).toString() == u"order"_s)
        m_actions->showOrder(item->data(0, IdRole).toLongLong());
}

void CustomerDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CustomerDetailView::retranslateUi()
{
    m_back->setText(tr("Customers"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_logVisit->setText(tr("&Log Visit…"));
    m_addOpportunity->setText(tr("Add &Opportunity…"));
    m_addTask->setText(tr("Add &Task…"));
    m_recordPayment->setText(tr("Record &Payment…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_profileHeading->setText(tr("Profile"));
    m_profileLabels[u"balance"_s]->setText(tr("Receivable"));
    m_profileLabels[u"payments"_s]->setText(tr("Payments"));
    m_profileLabels[u"phone"_s]->setText(tr("Phone"));
    m_profileLabels[u"email"_s]->setText(tr("E-mail"));
    m_profileLabels[u"wechat"_s]->setText(tr("WeChat"));
    m_profileLabels[u"address"_s]->setText(tr("Address"));
    m_profileLabels[u"industry"_s]->setText(tr("Industry"));
    m_profileLabels[u"source"_s]->setText(tr("Source"));
    m_profileLabels[u"tags"_s]->setText(tr("Tags"));
    m_profileLabels[u"created"_s]->setText(tr("Customer since"));
    m_profileLabels[u"notes"_s]->setText(tr("Notes"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Detail"), tr("Who"), tr("Amount")});
    m_tasks->setHeaderLabels({tr("Task"), tr("Due"), tr("Assigned to")});
    m_completeTask->setText(tr("Mark &Done"));
    if (m_customer.id)
        showCustomer(m_customer.id);
}

} // namespace frontline
