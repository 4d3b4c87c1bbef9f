#include "OpportunityDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "commands/PipelineCommands.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrgRepository.h"
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
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

OpportunityDialog::OpportunityDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"opportunityDialog"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Opportunities), this);
    m_form = new FieldForm(this);

    m_customerLabel = new QLabel(this);
    m_customer = new CustomerPicker(this);
    m_customer->setObjectName(u"customerPicker"_s);
    m_customer->setSource(session->database(), session->scope());
    m_form->addRow(m_customerLabel, m_customer, {u"customer"_s});

    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_form->addRow(m_titleLabel, m_title, {u"title"_s});

    m_amountLabel = new QLabel(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amountEdit"_s);
    m_form->addRow(m_amountLabel, m_amount, {u"amount"_s});

    m_stageLabel = new QLabel(this);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(u"stageCombo"_s);
    m_form->addRow(m_stageLabel, m_stage, {u"stage"_s, u"probability"_s});

    m_closeLabel = new QLabel(this);
    m_close = dates::newDateEdit(QDate::currentDate().addMonths(1), this);
    m_close->setCalendarPopup(true);
    m_form->addRow(m_closeLabel, m_close, {u"expected_close"_s});

    m_ownerLabel = new QLabel(this);
    m_owner = new QComboBox(this);
    QList<Member> owners;
    if (session->isOpen()) {
        m_stages = session->repository<OpportunityRepository>().stages();
        for (const Member &m : session->repository<OrgRepository>().members(true)) {
            if (session->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                owners << m;
        }
    }
    combos::fillMembers(m_owner, tr("The customer's owner"), owners);
    combos::select(m_owner, session->actingMemberId());
    const bool chooses = session->scope().role() != Role::Rep;
    m_owner->setVisible(chooses);
    m_ownerLabel->setVisible(chooses);
    m_form->addRow(m_ownerLabel, m_owner, {u"owner"_s});

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);

    retranslateUi();
    setDialogWidth(this, 520);
    m_customer->setFocus();
}

OpportunityDialog::~OpportunityDialog() = default;

void OpportunityDialog::setCustomer(qint64 customerId)
{
    m_customer->setCustomer(customerId);
    if (m_customer->customerId())
        m_title->setFocus();
}

void OpportunityDialog::setStage(qint64 stageId)
{
    combos::select(m_stage, stageId);
}

void OpportunityDialog::accept()
{
    m_error->clearMessage();
    if (!m_session->isOpen())
        return;
    Opportunity o;
    o.customerId = m_customer->customerId();
    o.customerName = m_customer->customerName();
    o.title = m_title->text().trimmed();
    o.stageId = m_stage->currentData().toLongLong();
    o.expectedClose = m_close->date();
    o.ownerId = m_owner->currentData().toLongLong();
    QList<FieldError> errors;
    const QString amountText = m_amount->text().trimmed();
    const std::optional<qint64> amount =
        amountText.isEmpty() ? std::optional<qint64>(0) : Money::parseYuan(amountText);
    if (!amount)
        errors << FieldError{u"amount"_s,
                             tr("Write the amount in yuan, for example 12000, ¥12,000.00 or 1.2万.")};
    else
        o.amountFen = *amount;
    OpportunityRepository opportunities = m_session->repository<OpportunityRepository>();
    const qint64 id = m_form->create(opportunities, o, errors, m_error);
    if (!id)
        return;
    o.id = m_savedId = id;
    m_session->undoStack()->push(new CreateOpportunityCommand(m_session, o));
    QDialog::accept();
}

void OpportunityDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void OpportunityDialog::retranslateUi()
{
    setWindowTitle(tr("New Opportunity"));
    m_header->setTitle(tr("New opportunity"));
    m_header->setDetail(tr("A deal in the making, with what it is worth."));
    m_customerLabel->setText(tr("&Customer:"));
    m_customer->setPlaceholderText(tr("Name, pinyin, initials or phone number"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(tr("What the customer may buy"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setPlaceholderText(tr("¥ in yuan, e.g. 12000 or 1.2万"));
    m_stageLabel->setText(tr("&Stage:"));
    QList<QPair<QString, QString>> stages;
    for (const PipelineStage &s : std::as_const(m_stages)) {
        if (s.outcome == u"open"_s)
            stages << qMakePair(
                QString::number(s.id),
                tr("%1 (%2%)").arg(Vocabulary::label(Vocabulary::Stage, s.key)).arg(s.probability));
    }
    const QVariant current = m_stage->currentData();
    m_stage->clear();
    for (const auto &entry : std::as_const(stages))
        m_stage->addItem(entry.second, entry.first.toLongLong());
    combos::select(m_stage, current);
    m_closeLabel->setText(tr("&Expected close:"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_owner->setItemText(0, tr("The customer's owner"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace frontline
