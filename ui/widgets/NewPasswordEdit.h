// NewPasswordEdit is where a login password is chosen: typed twice, with the rule of
// UserAccounts::passwordProblem() (8 characters, not the user name) shown as the user types, so
// that the dialog's button is enabled only for a password the core will take. Used by the forced
// change at the first login and by the administrator's add-user and reset-password dialogs.
#pragma once

#include "security/SecureBytes.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace frontline {

class PasswordLineEdit;
class StatusLabel;

class NewPasswordEdit : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordEdit(QWidget *parent = nullptr);

    // The login the password is for (a password must not be the same).
    void setUserName(const QString &name);
    // Both fields are filled in, equal and acceptable.
    bool isAcceptable() const { return m_acceptable; }
    SecureBytes password() const;
    void wipe();
    // The rows (label, field), for dialogs that add rows of their own above.
    QFormLayout *form() const { return m_form; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    QFormLayout *m_form = nullptr;
    PasswordLineEdit *m_password = nullptr;
    PasswordLineEdit *m_repeat = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    StatusLabel *m_hint = nullptr;
    QString m_userName;
    bool m_acceptable = false;
};

} // namespace frontline
