#include "TasksPage.h"

#include "CrmActions.h"
#include "Format.h"
#include "domain/Vocabulary.h"
#include "models/TaskTableModel.h"
#include "pages/PageCatalog.h"
#include "widgets/EmptyState.h"
#include "widgets/FlowLayout.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/Tables.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

TasksPage::TasksPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Tasks | Session::Customers | Session::Organisation, parent)
{
    m_model = new TaskTableModel(this);
    m_header = new PageHeader(this);
    auto *scopes = new QButtonGroup(this);
    const auto scopeButton = [this, scopes](const QString &name, Scope scope) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setCheckable(true);
        scopes->addButton(b);
        connect(b, &QToolButton::clicked, this, [this, scope] { setScope(scope); });
        return b;
    };
    m_mine = scopeButton(u"myTasksButton"_s, Mine);
    m_team = scopeButton(u"teamTasksButton"_s, Team);
    m_overdue = scopeButton(u"overdueTasksButton"_s, Overdue);
    m_showDone = new QCheckBox(this);
    m_showDone->setObjectName(u"showDoneCheck"_s);
    m_done = new QPushButton(LineIcon::icon(LineIcon::Check), QString(), this);
    m_done->setObjectName(u"markDoneButton"_s);
    m_done->setEnabled(false);
    m_new = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_new->setObjectName(u"newTaskButton"_s);
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mine, m_team, m_overdue, m_showDone})
        filters->addWidget(w);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(filterBar, 1);
    top->addWidget(m_done, 0, Qt::AlignTop);
    top->addWidget(m_new, 0, Qt::AlignTop);

    m_view = new QTableView(this);
    m_view->setObjectName(u"taskTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::Title, QHeaderView::Stretch);

    m_empty = new EmptyState(this);
    m_empty->setIcon(LineIcon::icon(LineIcon::Tasks));
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

    auto *doneShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, nullptr, nullptr,
                                       Qt::WidgetWithChildrenShortcut);
    connect(doneShortcut, &QShortcut::activated, this, &TasksPage::toggleCurrent);
    connect(m_done, &QPushButton::clicked, this, &TasksPage::toggleCurrent);
    connect(m_new, &QPushButton::clicked, this, [this] { this->actions()->addTask(); });
    connect(m_showDone, &QCheckBox::toggled, this, &TasksPage::applyFilter);
    // Queued: the check box's click finishes before the table is refilled.
    connect(m_model, &TaskTableModel::statusChangeRequested, actions, &CrmActions::setTaskStatus,
            Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_done->setEnabled(current.isValid()); });
    // The task with its comments (the customer is a click away in the customer's own page).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Task *t = m_model->taskAt(index.row()))
            this->actions()->showTask(t->id);
    });
    connect(m_model, &TaskTableModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(
            m_model->rowCount() == 0 && session()->isOpen() ? static_cast<QWidget *>(m_empty) : m_view);
        updateSummary();
        m_done->setEnabled(false);
    });
    m_mine->setChecked(true);
    retranslateUi();
}

void TasksPage::setScope(Scope scope)
{
    m_scope = scope;
    (scope == Mine ? m_mine : scope == Team ? m_team : m_overdue)->setChecked(true);
    applyFilter();
}

void TasksPage::rebuild()
{
    m_model->setSource(session()->database(), session()->scope());
    // The administrator is no member and has no tasks of their own.
    const bool member = session()->actingMemberId() != 0;
    m_mine->setEnabled(member);
    if (!member && m_scope == Mine)
        m_scope = Team;
    setScope(m_scope);
}

void TasksPage::refresh()
{
    const int row = m_view->currentIndex().row();
    m_model->refresh();
    if (row >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), TaskTableModel::Title));
}

void TasksPage::applyFilter()
{
    TaskFilter filter;
    filter.assigneeId = m_scope == Mine ? session()->actingMemberId() : 0;
    filter.overdueOnly = m_scope == Overdue;
    filter.openOnly = !m_showDone->isChecked();
    m_showDone->setEnabled(m_scope != Overdue);
    m_model->setFilter(filter);
}

void TasksPage::toggleCurrent()
{
    const Task *t = m_model->taskAt(m_view->currentIndex().row());
    if (!t || t->status == u"cancelled"_s)
        return;
    actions()->setTaskStatus(*t, t->status == u"done"_s ? u"open"_s : u"done"_s);
}

void TasksPage::updateSummary()
{
    const int count = m_model->rowCount();
    int overdue = 0;
    for (int row = 0; row < count; ++row)
        overdue += TaskTableModel::isOverdue(*m_model->taskAt(row), QDate::currentDate()) ? 1 : 0;
    QString text =
        m_showDone->isChecked() ? tr("%Ln task(s)", nullptr, count) : tr("%Ln open task(s)", nullptr, count);
    if (overdue > 0 && m_scope != Overdue)
        text += tr(", %Ln overdue", nullptr, overdue);
    m_header->setSubtitle(text);
    if (m_scope == Overdue) {
        m_empty->setTitle(tr("Nothing is overdue"));
        m_empty->setText(tr("Every open task is still within its due date."));
    } else {
        m_empty->setTitle(tr("No open tasks"));
        m_empty->setText(tr("Follow-ups you add while logging visits, or with New Task, appear here."));
    }
}

void TasksPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TasksPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Tasks));
    m_mine->setText(tr("My Tasks"));
    m_team->setText(tr("Team Tasks"));
    m_overdue->setText(tr("Overdue"));
    m_showDone->setText(tr("Show &completed"));
    m_done->setText(tr("Mark &Done"));
    m_done->setToolTip(tr("Mark the task done, or open again (Ctrl+D)"));
    m_new->setText(tr("&New Task…"));
    m_model->retranslate();
    const auto labels = [](Vocabulary::Domain domain) {
        QStringList texts;
        for (const auto &entry : Vocabulary::entries(domain))
            texts << entry.second;
        return texts;
    };
    tables::fitColumn(m_view, TaskTableModel::Done, {});
    tables::fitColumn(m_view, TaskTableModel::Customer, {u"北京博达汽车销售服务有限公司"_s});
    tables::fitColumn(m_view, TaskTableModel::Assignee, {u"欧阳丹丹"_s});
    tables::fitColumn(m_view, TaskTableModel::Due, {dateText(QDate(2026, 12, 28))});
    tables::fitColumn(m_view, TaskTableModel::Priority, labels(Vocabulary::Priority));
    tables::fitColumn(m_view, TaskTableModel::Status, labels(Vocabulary::TaskStatus));
    updateSummary();
}

} // namespace frontline
