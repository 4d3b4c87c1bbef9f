#include "LoginDialog.h"

#include "DialogSize.h"
#include "storage/Database.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPasswordEdit.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

LoginDialog::LoginDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Lock), this);
    m_header->setDetail(QDir::toNativeSeparators(QFileInfo(database.path()).absoluteFilePath()));

    auto *loginStep = new QWidget(this);
    m_userEdit = new QLineEdit(loginStep);
    m_userEdit->setObjectName(u"userEdit"_s);
    m_passwordEdit = new PasswordLineEdit(loginStep);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_userLabel = new QLabel(loginStep);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel = new QLabel(loginStep);
    m_passwordLabel->setBuddy(m_passwordEdit);
    auto *form = new QFormLayout(loginStep);
    form->setContentsMargins(QMargins());
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);

    auto *changeStep = new QWidget(this);
    m_changeNote = new QLabel(changeStep);
    m_changeNote->setWordWrap(true);
    m_newPassword = new NewPasswordEdit(changeStep);
    auto *changeLayout = new QVBoxLayout(changeStep);
    changeLayout->setContentsMargins(QMargins());
    changeLayout->addWidget(m_changeNote);
    changeLayout->addWidget(m_newPassword);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(loginStep);
    m_steps->addWidget(changeStep);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addSpacing(4);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_userEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_newPassword, &NewPasswordEdit::acceptableChanged, this, &LoginDialog::updateButton);

    m_userEdit->setFocus();
    retranslateUi();
    updateButton();
    setDialogWidth(this, 460);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &name)
{
    m_userEdit->setText(name);
    if (!name.isEmpty())
        m_passwordEdit->setFocus();
}

bool LoginDialog::isChangingPassword() const
{
    return m_steps->currentIndex() == 1;
}

void LoginDialog::updateButton()
{
    const bool ready = isChangingPassword()
                           ? m_newPassword->isAcceptable()
                           : !m_userEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void LoginDialog::accept()
{
    if (isChangingPassword())
        changePassword();
    else
        logIn();
}

QString LoginDialog::failureMessage(const LoginResult &result) const
{
    switch (result.status) {
    case LoginResult::LockedOut: {
        const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
        // Rounded up: "1 minute" until the very end, never "0 minutes".
        const qint64 minutes = qMax<qint64>(1, (now.secsTo(result.lockedUntil) + 59) / 60);
        return tr("This account is locked after too many failed logins. Try again in %n minute(s), at %1, "
                  "or ask an administrator to unlock it.",
                  nullptr, int(minutes))
            .arg(QLocale().toString(result.lockedUntil.toLocalTime().time(), u"HH:mm"_s));
    }
    case LoginResult::Disabled:
        return tr("This account is disabled. Ask an administrator to enable it.");
    default:
        return result.message();
    }
}

void LoginDialog::logIn()
{
    m_error->clearMessage();
    SecureBytes password = m_passwordEdit->passphrase();
    // Argon2id takes a moment, on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const LoginResult result = UserAccounts(m_database).login(m_userEdit->text(), password);
    QGuiApplication::restoreOverrideCursor();
    m_passwordEdit->wipe();
    if (!result.ok()) {
        m_error->showError(failureMessage(result));
        m_passwordEdit->setFocus();
        return;
    }
    m_session = result.session;
    if (!m_session.mustChangePassword()) {
        QDialog::accept();
        return;
    }
    m_current = std::move(password);
    m_newPassword->setUserName(m_session.userName());
    m_steps->setCurrentIndex(1);
    m_newPassword->setFocus();
    retranslateUi();
    updateButton();
}

void LoginDialog::changePassword()
{
    if (!m_newPassword->isAcceptable() || !m_session.account)
        return;
    m_error->clearMessage();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool changed =
        UserAccounts(m_database)
            .changePassword(m_session.account->id, m_current, m_newPassword->password(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!changed) {
        m_error->showError(error);
        return;
    }
    m_current.clear();
    m_newPassword->wipe();
    m_session.account->mustChangePassword = false;
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log In"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    if (isChangingPassword()) {
        m_header->setTitle(tr("Choose your own password"));
        m_changeNote->setText(tr("%1, you logged in with a password someone else chose. Choose your own "
                                 "before you start: only you should know it.")
                                  .arg(m_session.userName()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change and Log In"));
    } else {
        m_header->setTitle(tr("Log in to this database"));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    }
}

} // namespace frontline
