#include "TaskDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "commands/TaskCommands.h"
#include "domain/Vocabulary.h"
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
#include <QLabel>
#include <QLineEdit>
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

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // The administrator gives a customer's task to its owner unless they chose someone.
    connect(m_assignee, &QComboBox::activated, this, [this] { m_assigneeChosen = true; });
    connect(m_customer, &CustomerPicker::customerChanged, this, [this](qint64 customerId) {
        if (customerId && !m_assigneeChosen && !m_session->actingMemberId())
            combos::select(m_assignee, m_customer->customerOwnerId());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    retranslateUi();
    combos::select(m_priority, u"normal"_s);
    setDialogWidth(this, 520);
    m_title->setFocus();
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
}

void TaskDialog::accept()
{
    m_error->clearMessage();
    if (!m_session->isOpen())
        return;
    Task t;
    t.title = m_title->text().trimmed();
    t.customerId = m_customer->customerId();
    t.customerName = m_customer->customerName();
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
    setWindowTitle(tr("New Task"));
    m_header->setTitle(tr("New task"));
    m_header->setDetail(tr("A follow-up or to-do, with who does it and by when."));
    m_titleLabel->setText(tr("&Task:"));
    m_title->setPlaceholderText(tr("What is to be done"));
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Optional"));
    m_assigneeLabel->setText(tr("&Assigned to:"));
    m_dueLabel->setText(tr("&Due:"));
    m_priorityLabel->setText(tr("&Priority:"));
    combos::fillKeys(m_priority, QString(), Vocabulary::entries(Vocabulary::Priority));
    m_notesLabel->setText(tr("&Notes:"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace frontline
