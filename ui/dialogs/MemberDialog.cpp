#include "MemberDialog.h"

#include "DialogSize.h"
#include "Session.h"
#include "commands/TeamCommands.h"
#include "domain/Vocabulary.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DateEdits.h"
#include "widgets/DialogHeader.h"
#include "widgets/FieldForm.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
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

MemberDialog::MemberDialog(Session *session, const Member &member, QWidget *parent)
    : QDialog(parent), m_session(session), m_member(member)
{
    setObjectName(u"memberDialog"_s);
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Team), this);
    m_form = new FieldForm(this);

    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(member.name, this);
    m_name->setObjectName(u"nameEdit"_s);
    m_form->addRow(m_nameLabel, m_name, {u"name"_s, u"code"_s});

    m_roleLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    m_form->addRow(m_roleLabel, m_role, {u"role"_s});

    m_teamLabel = new QLabel(this);
    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamCombo"_s);
    // A manager chooses among the teams of their subtree; the administrator among all.
    OrgRepository org = session->repository<OrgRepository>();
    qint64 root = 0;
    if (session->scope().role() != Role::Admin) {
        if (const std::optional<Member> me = session->actingMember(); me && member.id != me->id)
            root = me->teamId;
    }
    if (root || session->scope().role() == Role::Admin)
        combos::fillTeamTree(m_team, QString(), org.teams(), root);
    if (!combos::select(m_team, member.teamId)) {
        // Their team is outside the choice (or it is the user themselves): it stays as it is.
        m_team->clear();
        m_team->addItem(member.teamName, member.teamId);
        m_team->setEnabled(false);
    }
    m_form->addRow(m_teamLabel, m_team, {u"team"_s});

    m_phoneLabel = new QLabel(this);
    m_phone = new QLineEdit(member.phone, this);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_form->addRow(m_phoneLabel, m_phone, {u"phone"_s});
    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(member.email, this);
    m_email->setObjectName(u"emailEdit"_s);
    m_form->addRow(m_emailLabel, m_email, {u"email"_s});
    m_hireLabel = new QLabel(this);
    m_hire = dates::newFilterEdit(u"hireDateEdit"_s, QString(), this);
    if (member.hireDate.isValid())
        m_hire->setDate(member.hireDate);
    m_form->addRow(m_hireLabel, m_hire, {u"hire_date"_s});

    m_active = new QCheckBox(this);
    m_active->setObjectName(u"activeCheck"_s);
    m_active->setChecked(member.active);
    m_form->addRow(new QLabel(this), m_active, {u"active"_s});

    m_error = new StatusLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
    retranslateUi();
    combos::select(m_role, roleKey(member.role));
    setDialogWidth(this, 480);
    m_name->setFocus();
}

MemberDialog::~MemberDialog() = default;

Member MemberDialog::edited() const
{
    Member m = m_member;
    m.name = m_name->text().trimmed();
    m.role = roleFromKey(m_role->currentData().toString()).value_or(m_member.role);
    m.teamId = m_team->currentData().toLongLong();
    m.teamName = m_team->currentText().trimmed();
    m.phone = m_phone->text().trimmed();
    m.email = m_email->text().trimmed();
    m.hireDate = dates::filterDate(m_hire);
    m.active = m_active->isChecked();
    return m;
}

void MemberDialog::accept()
{
    m_error->clearMessage();
    m_form->clearErrors();
    if (!m_session->isOpen())
        return;
    const Member after = edited();
    const SaveResult r = m_session->repository<OrgRepository>().updateMember(after);
    for (const FieldError &e : m_form->showErrors(r.fieldErrors))
        m_error->showError(e.message);
    if (!r.error.isEmpty())
        m_error->showError(r.error);
    if (!r.ok())
        return;
    m_session->undoStack()->push(new EditMemberCommand(m_session, m_member, after));
    QDialog::accept();
}

void MemberDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MemberDialog::retranslateUi()
{
    setWindowTitle(tr("Edit Member"));
    m_header->setTitle(tr("%1 · %2").arg(m_member.name, m_member.code));
    m_header->setDetail(tr("Changes are checked against your permissions and recorded in the audit log."));
    m_nameLabel->setText(tr("&Name:"));
    m_roleLabel->setText(tr("&Role:"));
    QList<QPair<QString, QString>> roles = Vocabulary::entries(Vocabulary::Role);
    // Only an administrator makes administrators.
    if (m_session->scope().role() != Role::Admin)
        roles.removeIf([](const QPair<QString, QString> &r) { return r.first == roleKey(Role::Admin); });
    const QString role = m_role->currentData().toString();
    combos::fillKeys(m_role, QString(), roles);
    combos::select(m_role, role.isEmpty() ? roleKey(m_member.role) : role);
    m_teamLabel->setText(tr("&Team:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_hireLabel->setText(tr("&Joined:"));
    m_hire->setSpecialValueText(tr("Not known"));
    m_active->setText(tr("&Active (unticked: has left the team)"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

// --- DutiesDialog -----------------------------------------------------------------------------

DutiesDialog::DutiesDialog(Session *session, Role role, QWidget *parent)
    : QDialog(parent), m_session(session), m_role(role)
{
    setObjectName(u"dutiesDialog"_s);
    const QString roleName = Vocabulary::label(Vocabulary::Role, roleKey(role));
    setWindowTitle(tr("Responsibilities of the %1").arg(roleName));
    auto *header = new DialogHeader(LineIcon::icon(LineIcon::Team), this);
    header->setTitle(tr("Responsibilities of the %1").arg(roleName));
    header->setDetail(tr("One duty per line, in order. Everyone with this role sees them on the Team page."));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"dutiesEdit"_s);
    m_text->setTabChangesFocus(true);
    QStringList lines;
    if (session->isOpen()) {
        for (const RoleDuty &d : session->repository<OrgRepository>().duties(role))
            lines << d.text;
    }
    setLines(lines);
    m_error = new StatusLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DutiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DutiesDialog::reject);
    resize(520, 360);
}

DutiesDialog::~DutiesDialog() = default;

QStringList DutiesDialog::lines() const
{
    return m_text->toPlainText().split(u'\n');
}

void DutiesDialog::setLines(const QStringList &lines)
{
    m_text->setPlainText(lines.join(u'\n'));
}

void DutiesDialog::accept()
{
    m_error->clearMessage();
    if (!m_session->isOpen())
        return;
    OrgRepository org = m_session->repository<OrgRepository>();
    if (!org.setDuties(m_role, lines())) {
        m_error->showError(org.lastError().isEmpty() ? tr("The duties could not be saved.")
                                                     : org.lastError());
        return;
    }
    m_session->notifyChanged(Session::Organisation);
    QDialog::accept();
}

} // namespace frontline
