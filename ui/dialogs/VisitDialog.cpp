#include "VisitDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "commands/ActivityCommands.h"
#include "domain/Vocabulary.h"
#include "repositories/ActivityRepository.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdits.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/RatingWidget.h"
#include "widgets/StatusLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString LastKindKey = u"visitDialog/kind"_s;
// The follow-up date edit shows "None" at its minimum.
const QDate NoDate(2000, 1, 1);
} // namespace

VisitDialog::VisitDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"visitDialog"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Visits), this);

    // The kind: a segmented row chosen with Ctrl+1…5 (or the mouse), kept out of the tab chain
    // so that Tab goes straight from the customer to the summary.
    m_kinds = new QButtonGroup(this);
    m_kinds->setExclusive(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->setSpacing(0);
    const QStringList kinds = ActivityRepository::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(kinds.at(i) + u"KindButton"_s);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_kinds->addButton(button, i);
        kindRow->addWidget(button);
    }

    m_form = new FieldForm(this);
    m_customerLabel = new QLabel(this);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerPicker"_s);
    m_customer->setSource(session->database(), session->scope());
    m_form->addRow(m_customerLabel, m_customer, {u"customer"_s});

    m_summaryLabel = new QLabel(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"summaryEdit"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(m_summaryLabel, m_summary, {u"summary"_s});

    m_outcomeLabel = new QLabel(this);
    m_outcome = new QLineEdit(this);
    m_outcome->setObjectName(u"outcomeEdit"_s);
    m_form->addRow(m_outcomeLabel, m_outcome, {u"outcome"_s, u"next_step"_s});

    m_followUpLabel = new QLabel(this);
    m_followUp = dates::newDateEdit(NoDate, this);
    m_followUp->setObjectName(u"followUpEdit"_s);
    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(NoDate);
    m_followUp->setDate(NoDate);
    m_followUpLabel->setBuddy(m_followUp);
    m_in3Days = new QPushButton(this);
    m_in3Days->setObjectName(u"in3DaysButton"_s);
    m_in1Week = new QPushButton(this);
    m_in1Week->setObjectName(u"in1WeekButton"_s);
    m_in1Month = new QPushButton(this);
    m_in1Month->setObjectName(u"in1MonthButton"_s);
    m_noFollowUp = new QPushButton(this);
    m_noFollowUp->setObjectName(u"noFollowUpButton"_s);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp, 1);
    for (QPushButton *button : {m_in3Days, m_in1Week, m_in1Month, m_noFollowUp}) {
        button->setAutoDefault(false);
        followUpRow->addWidget(button);
    }
    m_form->addRow(m_followUpLabel, followUpRow, {u"next_follow_up"_s});

    m_satisfactionLabel = new QLabel(this);
    m_satisfaction = new RatingWidget(this);
    m_satisfaction->setObjectName(u"satisfaction"_s);
    m_satisfactionLabel->setBuddy(m_satisfaction);
    auto *satisfactionRow = new QHBoxLayout;
    satisfactionRow->addWidget(m_satisfaction);
    satisfactionRow->addStretch();
    m_form->addRow(m_satisfactionLabel, satisfactionRow, {u"satisfaction"_s});

    m_whenLabel = new QLabel(this);
    m_when = dates::newDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(u"whenEdit"_s);
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addDays(1));
    m_form->addRow(m_whenLabel, m_when, {u"occurred_at"_s, u"duration"_s});

    // Who made the contact: a rep logs their own; managers and the administrator choose.
    m_memberLabel = new QLabel(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(u"memberCombo"_s);
    QList<Member> members;
    if (session->isOpen()) {
        for (const Member &m : session->repository<OrgRepository>().members(true)) {
            // Who meets customers: reps, managers, support; not the administrators.
            if (session->scope().canSeeOwner(m.id) && m.role != Role::Admin)
                members << m;
        }
    }
    combos::fillMembers(m_member, QString(), members);
    combos::select(m_member, session->actingMemberId());
    const bool chooses = session->scope().role() != Role::Rep && members.size() > 1;
    m_member->setVisible(chooses);
    m_memberLabel->setVisible(chooses);
    m_form->addRow(m_memberLabel, m_member, {u"member"_s});

    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_keysHint = new QLabel(this);
    m_keysHint->setWordWrap(true);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Enter chooses a customer or ends a line; only Ctrl+Enter (or a click) saves.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(kindRow);
    layout->addSpacing(10);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_keysHint);
    layout->addWidget(m_buttons);

    setTabOrder(m_customer, m_summary);
    setTabOrder(m_summary, m_outcome);
    setTabOrder(m_outcome, m_followUp);
    setTabOrder(m_followUp, m_in3Days);
    setTabOrder(m_in3Days, m_in1Week);
    setTabOrder(m_in1Week, m_in1Month);
    setTabOrder(m_in1Month, m_noFollowUp);
    setTabOrder(m_noFollowUp, m_satisfaction);
    setTabOrder(m_satisfaction, m_when);
    setTabOrder(m_when, m_member);

    // The keys act at once through shortcuts of their own: a button's shortcut clicks it with an
    // animation that lands 100 ms later, after a quick Ctrl+Enter would have saved without it.
    const auto preset = [this](QPushButton *button, const QKeySequence &keys,
                               const std::function<void()> &apply) {
        connect(button, &QPushButton::clicked, this, apply);
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, apply);
        m_presetKeys.insert(button, keys);
    };
    preset(m_in3Days, QKeySequence(Qt::ALT | Qt::Key_3), [this] { setFollowUpInDays(3); });
    preset(m_in1Week, QKeySequence(Qt::ALT | Qt::Key_W), [this] { setFollowUpInDays(7); });
    preset(m_in1Month, QKeySequence(Qt::ALT | Qt::Key_M), [this] { setFollowUpInMonths(1); });
    preset(m_noFollowUp, QKeySequence(Qt::ALT | Qt::Key_0), [this] { setFollowUpInDays(0); });
    for (int i = 0; i < kinds.size(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_kinds->button(i)->setChecked(true); });
    }
    connect(m_customer, &CustomerPicker::customerChanged, this, &VisitDialog::customerChosen);
    connect(m_member, &QComboBox::activated, this, [this] { m_memberChosen = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        connect(save, &QShortcut::activated, this, &VisitDialog::accept);
    }

    setKind(QSettings().value(LastKindKey, u"visit"_s).toString());
    retranslateUi();
    setDialogWidth(this, 620);
    m_customer->setFocus();
}

VisitDialog::~VisitDialog() = default;

void VisitDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
    if (m_customer->customerId())
        m_summary->setFocus();
}

QString VisitDialog::kind() const
{
    const int id = m_kinds->checkedId();
    const QStringList kinds = ActivityRepository::kinds();
    return id >= 0 && id < kinds.size() ? kinds.at(id) : kinds.first();
}

void VisitDialog::setKind(const QString &kind)
{
    const qsizetype index = ActivityRepository::kinds().indexOf(kind);
    m_kinds->button(int(qMax<qsizetype>(0, index)))->setChecked(true);
}

QDate VisitDialog::followUp() const
{
    return m_followUp->date() == NoDate ? QDate() : m_followUp->date();
}

void VisitDialog::setFollowUpInDays(int days)
{
    m_followUp->setDate(days > 0 ? m_when->date().addDays(days) : NoDate);
}

void VisitDialog::setFollowUpInMonths(int months)
{
    m_followUp->setDate(m_when->date().addMonths(months));
}

void VisitDialog::customerChosen(qint64 customerId)
{
    // The administrator logs for the customer's owner unless they chose someone.
    if (customerId && !m_memberChosen && !m_session->actingMemberId())
        combos::select(m_member, m_customer->customerOwnerId());
    if (customerId)
        m_form->errorLabel(u"customer"_s)->clearMessage();
}

Activity VisitDialog::fromFields() const
{
    Activity a;
    a.customerId = m_customer->customerId();
    a.customerName = m_customer->customerName();
    a.kind = kind();
    a.occurredAt = m_when->dateTime().toUTC();
    a.summary = m_summary->toPlainText().trimmed();
    a.outcome = m_outcome->text().trimmed();
    a.nextFollowUp = followUp();
    a.satisfaction = m_satisfaction->value();
    a.memberId = m_member->currentData().toLongLong();
    a.memberName = m_member->currentText();
    return a;
}

void VisitDialog::accept()
{
    m_error->clearMessage();
    if (!m_session->isOpen())
        return;
    Activity activity = fromFields();
    QList<FieldError> errors;
    if (!activity.customerId) {
        errors << FieldError{u"customer"_s,
                             m_customer->text().trimmed().isEmpty()
                                 ? tr("Type part of the customer's name, pinyin or phone number, "
                                      "then choose from the list.")
                                 : tr("Choose the customer from the list (press Enter on a match).")};
    }
    ActivityRepository activities = m_session->repository<ActivityRepository>();
    errors << activities.validate(activity);
    if (!errors.isEmpty()) {
        // validate() also asks for the customer: say it once.
        QList<FieldError> unique;
        for (const FieldError &e : errors) {
            if (e.field != u"customer"_s ||
                std::none_of(unique.cbegin(), unique.cend(),
                             [](const FieldError &u) { return u.field == u"customer"_s; }))
                unique << e;
        }
        for (const FieldError &e : m_form->showErrors(unique))
            m_error->showError(e.message);
        if (!activity.customerId)
            m_customer->setFocus();
        return;
    }
    const SaveResult result = activities.create(activity);
    if (!result.ok()) {
        for (const FieldError &e : m_form->showErrors(result.fieldErrors))
            m_error->showError(e.message);
        if (!result.error.isEmpty())
            m_error->showError(result.error);
        return;
    }
    activity.id = result.id;
    m_saved = activity;
    QSettings().setValue(LastKindKey, activity.kind);
    m_session->undoStack()->push(new LogActivityCommand(m_session, activity, LogActivityCommand::Log));
    QDialog::accept();
}

void VisitDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void VisitDialog::retranslateUi()
{
    setWindowTitle(tr("Log a Visit"));
    m_header->setTitle(tr("Log a visit, call or message"));
    m_header->setDetail(tr("What was said and agreed, and when to follow up."));
    const QList<QPair<QString, QString>> kinds = Vocabulary::entries(Vocabulary::ActivityKind);
    for (int i = 0; i < kinds.size(); ++i) {
        if (QAbstractButton *button = m_kinds->button(i)) {
            button->setText(kinds.at(i).second);
            button->setToolTip(tr("%1 (%2)").arg(
                kinds.at(i).second,
                QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)).toString(QKeySequence::NativeText)));
        }
    }
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Name, pinyin, initials or phone number"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_summary->setPlaceholderText(tr("What was discussed"));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_outcome->setPlaceholderText(tr("What was agreed, the next step"));
    m_followUpLabel->setText(tr("&Next follow-up:"));
    m_followUp->setSpecialValueText(tr("None"));
    // No mnemonics in these texts: the same keys are the dialog's own shortcuts in every language.
    m_in3Days->setText(tr("+3 days"));
    m_in1Week->setText(tr("+1 week"));
    m_in1Month->setText(tr("+1 month"));
    m_noFollowUp->setText(tr("None"));
    for (QPushButton *button : {m_in3Days, m_in1Week, m_in1Month, m_noFollowUp})
        button->setToolTip(m_presetKeys.value(button).toString(QKeySequence::NativeText));
    m_satisfactionLabel->setText(tr("Sa&tisfaction:"));
    m_satisfaction->setToolTip(tr("1 to 5 stars: press a digit, or 0 for none"));
    m_whenLabel->setText(tr("W&hen:"));
    m_memberLabel->setText(tr("&By:"));
    m_keysHint->setText(tr("Ctrl+1…5: kind · Alt+3, Alt+W, Alt+M: follow up in 3 days, a week, a month · "
                           "Ctrl+Enter: save · Esc: cancel"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace frontline
