#include "MyTasksPanel.h"

#include "CrmActions.h"
#include "Session.h"
#include "domain/Vocabulary.h"
#include "repositories/TaskRepository.h"
#include "widgets/LineIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

MyTasksPanel::MyTasksPanel(Session *session, CrmActions *actions, QWidget *parent)
    : QFrame(parent), m_session(session), m_actions(actions)
{
    setObjectName(u"myTasksPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(LineIcon::icon(LineIcon::Tasks).pixmap(18, 18));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"myTasksSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"myTasksList"_s);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHeaderHidden(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, Qt::UserRole).toLongLong())
            m_actions->showTask(id);
    });
    // Tasks change on other pages and in the task dialog; the user may change too.
    connect(m_session, &Session::dataChanged, this, [this](Session::DataKinds kinds) {
        if (kinds & (Session::Tasks | Session::Organisation)) {
            m_stale = true;
            if (isVisible())
                reload();
        }
    });
    connect(m_session, &Session::scopeChanged, this, [this] {
        m_stale = true;
        reload();
    });
    retranslateUi();
    setVisible(false);
}

void MyTasksPanel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void MyTasksPanel::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_stale)
        reload();
}

void MyTasksPanel::reload()
{
    m_stale = false;
    m_list->clear();
    const qint64 me = m_session->isOpen() ? m_session->actingMemberId() : 0;
    if (!me) {
        setVisible(false);
        return;
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    TaskFilter open;
    open.assigneeId = me;
    open.openOnly = true;
    open.today = today;
    const QList<Task> tasks = m_session->repository<TaskRepository>().list(open);
    int overdue = 0, dueToday = 0;
    for (const Task &t : tasks) {
        overdue += t.dueDate.isValid() && t.dueDate < today ? 1 : 0;
        dueToday += t.dueDate == today ? 1 : 0;
    }
    const QLocale locale;
    // list() orders by due date, undated last: overdue and today's come first.
    for (qsizetype i = 0; i < std::min<qsizetype>(tasks.size(), MaxRows); ++i) {
        const Task &t = tasks.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        QString due;
        if (!t.dueDate.isValid())
            due = tr("No due date");
        else if (t.dueDate < today)
            due = tr("%Ln day(s) overdue", nullptr, int(t.dueDate.daysTo(today)));
        else if (t.dueDate == today)
            due = tr("Today");
        else if (t.dueDate == today.addDays(1))
            due = tr("Tomorrow");
        else
            due = locale.toString(t.dueDate, u"M-d ddd"_s);
        item->setText(0, due);
        item->setText(1, t.title);
        item->setText(2, t.customerName);
        item->setText(3, Vocabulary::label(Vocabulary::Priority, t.priority));
        item->setData(0, Qt::UserRole, t.id);
        item->setToolTip(1, t.title);
        if (t.dueDate.isValid() && t.dueDate < today) {
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
            QFont bold = item->font(0);
            bold.setWeight(QFont::DemiBold);
            item->setFont(0, bold);
        } else if (t.dueDate == today) {
            QFont bold = item->font(0);
            bold.setWeight(QFont::DemiBold);
            item->setFont(0, bold);
        }
    }
    if (tasks.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(1, tr("Nothing open. Well done."));
        item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_summary->setText(tasks.isEmpty()
                           ? QString()
                           : tr("%1 overdue · %2 due today · %Ln open", nullptr, int(tasks.size()))
                                 .arg(locale.toString(overdue), locale.toString(dueToday)));
    // As tall as its rows: the charts below keep their place.
    const int rows = m_list->topLevelItemCount();
    const int rowHeight =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 6;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    setVisible(true);
}

void MyTasksPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
}

void MyTasksPanel::retranslateUi()
{
    m_title->setText(tr("My Tasks"));
}

} // namespace frontline
