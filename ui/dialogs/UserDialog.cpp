#include "UserDialog.h"

#include "DialogSize.h"
#include "domain/Vocabulary.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPasswordEdit.h"
#include "widgets/StatusLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int RoleData = Qt::UserRole + 1;
}

UserDialog::UserDialog(Database &database, const UserSession &by, QWidget *parent)
    : QDialog(parent), m_database(database), m_by(by)
{
    m_first = !UserAccounts(database).hasAccounts();
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Team), this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"userNameEdit"_s);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    m_memberCombo = new QComboBox(this);
    m_memberCombo->setObjectName(u"memberCombo"_s);
    m_memberLabel = new QLabel(this);
    m_memberLabel->setBuddy(m_memberCombo);
    m_roleLabel = new QLabel(this);
    m_roleValue = new QLabel(this);
    m_roleValue->setObjectName(u"roleValue"_s);
    m_password = new NewPasswordEdit(this);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    // One column of labels for the account's rows and the password's.
    QFormLayout *form = m_password->form();
    form->insertRow(0, m_nameLabel, m_nameEdit);
    form->insertRow(1, m_memberLabel, m_memberCombo);
    form->insertRow(2, m_roleLabel, m_roleValue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addSpacing(4);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &UserDialog::updateState);
    connect(m_memberCombo, &QComboBox::currentIndexChanged, this, &UserDialog::updateState);
    connect(m_password, &NewPasswordEdit::acceptableChanged, this, &UserDialog::updateState);

    fillMembers();
    m_nameEdit->setFocus();
    retranslateUi();
    setDialogWidth(this, 500);
}

UserDialog::~UserDialog() = default;

QString UserDialog::userName() const
{
    return m_nameEdit->text().trimmed();
}

void UserDialog::fillMembers()
{
    // Each member has one account at most.
    QSet<qint64> taken;
    for (const UserAccount &a : UserAccounts(m_database).list())
        taken.insert(a.memberId);
    m_memberCombo->clear();
    m_memberCombo->addItem(QString(), qint64(0)); // "no member: an administrator", named in retranslateUi()
    m_memberCombo->setItemData(0, int(Role::Admin), RoleData);
    // The first account must be an administrator's: no member to choose yet.
    if (m_first)
        return;
    for (const Member &m : OrgRepository(m_database, AccessScope::administrator()).members(true)) {
        if (taken.contains(m.id))
            continue;
        m_memberCombo->addItem(combos::memberText(m), m.id);
        m_memberCombo->setItemData(m_memberCombo->count() - 1, int(m.role), RoleData);
    }
}

void UserDialog::updateState()
{
    m_password->setUserName(userName());
    const Role role = Role(m_memberCombo->currentData(RoleData).toInt());
    m_roleValue->setText(Vocabulary::label(Vocabulary::Role, roleKey(role)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!userName().isEmpty() && m_password->isAcceptable());
}

void UserDialog::accept()
{
    m_error->clearMessage();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_userId = UserAccounts(m_database)
                   .create(m_by, userName(), m_memberCombo->currentData().toLongLong(),
                           m_password->password(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!m_userId) {
        m_error->showError(error);
        return;
    }
    m_password->wipe();
    QDialog::accept();
}

void UserDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void UserDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_header->setTitle(tr("Add a user"));
    m_note->setText(m_first
                        ? tr("The first account is an administrator's. From now on everyone who opens this "
                             "database logs in, and sees and does what their role allows.")
                        : tr("The user gets the role and the customers of the member chosen, and must "
                             "choose their own password at the first login."));
    m_nameLabel->setText(tr("&User name:"));
    m_memberLabel->setText(tr("&Member:"));
    m_roleLabel->setText(tr("Role:"));
    m_memberCombo->setItemText(0, tr("No member: an administrator"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    updateState();
}

} // namespace frontline
