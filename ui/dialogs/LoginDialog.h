// LoginDialog asks who is working on a database with user accounts: user name and password,
// checked by UserAccounts (which counts failures, locks accounts and audits every attempt). A
// refusal leaves the dialog open with the reason: a wrong name or password (with the attempts
// left), a locked account (with the time left), a disabled one. A user who must change the
// initial password does it here before the session starts; cancelling that cancels the login.
#pragma once

#include "security/SecureBytes.h"
#include "security/UserAccounts.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace frontline {

class Database;
class DialogHeader;
class NewPasswordEdit;
class PasswordLineEdit;
class StatusLabel;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &database, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString &name);
    // Tests: the clock the lockout's time left is measured with.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Whether the dialog now asks for a new password (after a login with the initial one).
    bool isChangingPassword() const;
    // The session of the user, once accepted.
    const UserSession &session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void logIn();
    void changePassword();
    void updateButton();
    QString failureMessage(const LoginResult &result) const;

    Database &m_database;
    UserSession m_session;
    SecureBytes m_current; // the initial password, until it is changed
    std::function<QDateTime()> m_now;
    DialogHeader *m_header = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    PasswordLineEdit *m_passwordEdit = nullptr;
    QLabel *m_changeNote = nullptr;
    NewPasswordEdit *m_newPassword = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
