#include "PasswordDialog.h"

#include "DialogSize.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPasswordEdit.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

PasswordDialog::PasswordDialog(Database &database, const UserAccount &account, Mode mode, QWidget *parent,
                               const UserSession &by)
    : QDialog(parent), m_database(database), m_account(account), m_mode(mode), m_by(by)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Lock), this);
    m_header->setDetail(account.memberName.isEmpty() ? account.name
                                                     : u"%1 (%2)"_s.arg(account.name, account.memberName));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_newPassword = new NewPasswordEdit(this);
    m_newPassword->setUserName(account.name);
    if (mode == ChangeOwn) {
        m_current = new PasswordLineEdit(this);
        m_current->setObjectName(u"currentPasswordEdit"_s);
        m_currentLabel = new QLabel(this);
        m_currentLabel->setBuddy(m_current);
        m_newPassword->form()->insertRow(0, m_currentLabel, m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PasswordDialog::updateButton);
    }
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addSpacing(4);
    layout->addWidget(m_newPassword);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_newPassword, &NewPasswordEdit::acceptableChanged, this, &PasswordDialog::updateButton);
    if (m_current)
        m_current->setFocus();
    else
        m_newPassword->setFocus();
    retranslateUi();
    updateButton();
    setDialogWidth(this, 480);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_newPassword->isAcceptable() && (!m_current || !m_current->text().isEmpty()));
}

void PasswordDialog::accept()
{
    if (!m_newPassword->isAcceptable())
        return;
    m_error->clearMessage();
    QString error;
    UserAccounts accounts(m_database);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = m_mode == ChangeOwn
                          ? accounts.changePassword(m_account.id, m_current->passphrase(),
                                                    m_newPassword->password(), &error)
                          : accounts.resetPassword(m_by, m_account.id, m_newPassword->password(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        m_error->showError(error);
        return;
    }
    if (m_current)
        m_current->wipe();
    m_newPassword->wipe();
    QDialog::accept();
}

void PasswordDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PasswordDialog::retranslateUi()
{
    if (m_mode == ChangeOwn) {
        setWindowTitle(tr("Change My Password"));
        m_header->setTitle(tr("Change your password"));
        m_note->setText(tr("Type the password you logged in with, then the new one twice."));
        m_currentLabel->setText(tr("&Current password:"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    } else {
        setWindowTitle(tr("Reset Password"));
        m_header->setTitle(tr("Set a new initial password"));
        m_note->setText(tr("Tell the user this password in person. They must choose their own when they "
                           "next log in."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset"));
    }
}

} // namespace frontline
