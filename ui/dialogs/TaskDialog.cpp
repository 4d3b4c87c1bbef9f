#include "TaskDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "commands/TaskCommands.h"
#include "domain/Vocabulary.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdits.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

TaskDialog::TaskDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"taskDialog"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Tasks), this);
    m_form = new FieldForm(this);

    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_form->addRow(m_titleLabel, m_title, {u"title"_s});

    m_customerLabel = new QLabel(this);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerPicker"_s);
    m_customer->setSource(session->database(), session->scope());
    m_form->addRow(m_customerLabel, m_customer, {u"customer"_s});

    m_opportunityLabel = new QLabel(this);
    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(u"opportunityCombo"_s);
    m_form->addRow(m_opportunityLabel, m_opportunity, {u"opportunity"_s});

    m_assigneeLabel = new QLabel(this);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"assigneeCombo"_s);
    QList<Member> members;
    if (session->isOpen()) {
        for (const Member &m : session->repository<OrgRepository>().members(true)) {
            if (session->scope().canSeeOwner(m.id))
                members << m;
        }
    }
    combos::fillMembers(m_assignee, QString(), members);
    combos::select(m_assignee, session->actingMemberId());
    m_form->addRow(m_assigneeLabel, m_assignee, {u"assignee"_s});

    m_dueLabel = new QLabel(this);
    m_due = dates::newDateEdit(QDate::currentDate().addDays(1), this);
    m_due->setCalendarPopup(true);
    m_form->addRow(m_dueLabel, m_due, {u"due"_s});

    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_form->addRow(m_priorityLabel, m_priority, {u"priority"_s, u"status"_s});

    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_form->addRow(m_notesLabel, m_notes, {u"notes"_s});

    // Comments, for a task that exists (showTask()).
    m_commentsBox = new QWidget(this);
    m_commentsHeading = new QLabel(m_commentsBox);
    QFont headingFont = m_commentsHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_commentsHeading->setFont(headingFont);
    m_comments = new QListWidget(m_commentsBox);
    m_comments->setObjectName(u"commentList"_s);
    m_comments->setWordWrap(true);
    m_comments->setAlternatingRowColors(true); // one comment from the next
    m_comments->setSpacing(2);
    m_comments->setSelectionMode(QAbstractItemView::NoSelection);
    m_comments->setFocusPolicy(Qt::NoFocus);
    m_comments->setMinimumHeight(m_comments->fontMetrics().lineSpacing() * 6);
    m_comment = new QPlainTextEdit(m_commentsBox);
    m_comment->setObjectName(u"commentEdit"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 2 + 12);
    m_addComment = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), m_commentsBox);
    m_addComment->setObjectName(u"addCommentButton"_s);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addComment, 0, Qt::AlignTop);
    auto *commentsLayout = new QVBoxLayout(m_commentsBox);
    commentsLayout->setContentsMargins(0, 8, 0, 0);
    commentsLayout->addWidget(m_commentsHeading);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addLayout(commentRow);
    m_commentsBox->setVisible(false);

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_commentsBox, 1);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // The administrator gives a customer's task to its owner unless they chose someone.
    connect(m_assignee, &QComboBox::activated, this, [this] { m_assigneeChosen = true; });
    connect(m_customer, &CustomerPicker::customerChanged, this, [this](qint64 customerId) {
        if (customerId && !m_assigneeChosen && !m_session->actingMemberId())
            combos::select(m_assignee, m_customer->customerOwnerId());
        fillOpportunities();
    });
    connect(m_addComment, &QPushButton::clicked, this, &TaskDialog::addComment);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    retranslateUi();
    fillOpportunities();
    combos::select(m_priority, u"normal"_s);
    setDialogWidth(this, 520);
    m_title->setFocus();
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
    fillOpportunities();
}

void TaskDialog::setOpportunity(qint64 opportunityId)
{
    if (!m_session->isOpen())
        return;
    const std::optional<Opportunity> o = m_session->repository<OpportunityRepository>().get(opportunityId);
    if (!o)
        return;
    setCustomer(o->customerId);
    if (m_opportunity->findData(opportunityId) < 0)
        m_opportunity->addItem(o->title, o->id);
    combos::select(m_opportunity, opportunityId);
}

// The open opportunities of the customer chosen; none without a customer.
void TaskDialog::fillOpportunities()
{
    const qint64 chosen = m_opportunity->currentData().toLongLong();
    m_opportunity->clear();
    m_opportunity->addItem(tr("None"), qint64(0));
    const qint64 customerId = m_customer->customerId();
    if (customerId && m_session->isOpen()) {
        OpportunityFilter f;
        f.customerId = customerId;
        f.openOnly = !m_taskId;
        for (const Opportunity &o : m_session->repository<OpportunityRepository>().list(f))
            m_opportunity->addItem(o.title, o.id);
    }
    combos::select(m_opportunity, chosen);
    m_opportunity->setEnabled(!m_taskId && m_opportunity->count() > 1);
}

bool TaskDialog::showTask(qint64 taskId)
{
    if (!m_session->isOpen())
        return false;
    const std::optional<Task> t = m_session->repository<TaskRepository>().get(taskId);
    if (!t)
        return false;
    m_taskId = taskId;
    m_title->setText(t->title);
    m_customer->setCustomer(t->customerId);
    fillOpportunities();
    combos::select(m_opportunity, t->opportunityId);
    if (!combos::select(m_assignee, t->assigneeId)) {
        m_assignee->addItem(t->assigneeName, t->assigneeId);
        combos::select(m_assignee, t->assigneeId);
    }
    if (t->dueDate.isValid())
        m_due->setDate(t->dueDate);
    combos::select(m_priority, t->priority);
    m_notes->setPlainText(t->notes);
    // The task as it is; what happens next goes into the comments.
    m_title->setReadOnly(true);
    m_notes->setReadOnly(true);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_customer, m_opportunity, m_assignee, m_due, m_priority})
        w->setEnabled(false);
    m_commentsBox->setVisible(true);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    loadComments();
    retranslateUi();
    setDialogWidth(this, 560);
    resize(width(), std::max(height(), 620));
    m_comment->setFocus();
    return true;
}

void TaskDialog::loadComments()
{
    m_comments->clear();
    const QLocale locale;
    const QList<TaskComment> comments = m_session->repository<TaskRepository>().comments(m_taskId);
    for (const TaskComment &c : comments) {
        const QString who = c.authorName.isEmpty() ? tr("Administrator") : c.authorName;
        auto *item = new QListWidgetItem(
            tr("%1 · %2\n%3")
                .arg(who, locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat), c.body),
            m_comments);
        item->setData(Qt::UserRole, c.id);
    }
    if (comments.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No comments yet."), m_comments);
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_comments->scrollToBottom();
}

bool TaskDialog::addComment()
{
    m_error->clearMessage();
    if (!m_taskId || !m_session->isOpen())
        return false;
    const SaveResult r =
        m_session->repository<TaskRepository>().addComment(m_taskId, m_comment->toPlainText());
    if (!r.ok()) {
        m_error->showError(r.message());
        return false;
    }
    m_comment->clear();
    loadComments();
    m_session->notifyChanged(Session::Tasks);
    return true;
}

void TaskDialog::accept()
{
    m_error->clearMessage();
    if (m_taskId) {
        QDialog::accept();
        return;
    }
    if (!m_session->isOpen())
        return;
    Task t;
    t.title = m_title->text().trimmed();
    t.customerId = m_customer->customerId();
    t.customerName = m_customer->customerName();
    t.opportunityId = m_opportunity->currentData().toLongLong();
    t.assigneeId = m_assignee->currentData().toLongLong();
    t.dueDate = m_due->date();
    t.priority = m_priority->currentData().toString();
    t.notes = m_notes->toPlainText().trimmed();
    QList<FieldError> errors;
    if (!t.customerId && !m_customer->text().trimmed().isEmpty())
        errors << FieldError{u"customer"_s,
                             tr("Choose the customer from the list, or leave the field empty.")};
    TaskRepository tasks = m_session->repository<TaskRepository>();
    const qint64 id = m_form->create(tasks, t, errors, m_error);
    if (!id)
        return;
    t.id = m_savedId = id;
    m_session->undoStack()->push(new CreateTaskCommand(m_session, t));
    QDialog::accept();
}

void TaskDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TaskDialog::retranslateUi()
{
    setWindowTitle(m_taskId ? tr("Task") : tr("New Task"));
    m_header->setTitle(m_taskId ? m_title->text() : tr("New task"));
    m_header->setDetail(m_taskId ? tr("The task with its comments: who wrote what, and when.")
                                 : tr("A follow-up or to-do, with who does it and by when."));
    m_opportunityLabel->setText(tr("&Opportunity:"));
    if (m_opportunity->count() > 0)
        m_opportunity->setItemText(0, tr("None"));
    m_commentsHeading->setText(tr("Comments"));
    m_comment->setPlaceholderText(tr("Add a comment: what happened, what is next"));
    m_addComment->setText(tr("Add Comment"));
    m_titleLabel->setText(tr("&Task:"));
    m_title->setPlaceholderText(tr("What is to be done"));
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Optional"));
    m_assigneeLabel->setText(tr("&Assigned to:"));
    m_dueLabel->setText(tr("&Due:"));
    m_priorityLabel->setText(tr("&Priority:"));
    combos::fillKeys(m_priority, QString(), Vocabulary::entries(Vocabulary::Priority));
    m_notesLabel->setText(tr("&Notes:"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

} // namespace frontline
