// PasswordDialog sets a login password: the user's own change (the current password first, as
// proof) or an administrator's reset, after which the user must choose their own at the next
// login. UserAccounts checks, stores and audits; the dialog stays open with the reason when it
// refuses.
#pragma once

#include "security/UserAccounts.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace frontline {

class Database;
class DialogHeader;
class NewPasswordEdit;
class PasswordLineEdit;
class StatusLabel;

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode
    {
        ChangeOwn,
        Reset,
    };
    // by: who resets (Reset only).
    PasswordDialog(Database &database, const UserAccount &account, Mode mode, QWidget *parent = nullptr,
                   const UserSession &by = UserSession{});
    ~PasswordDialog() override;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();

    Database &m_database;
    UserAccount m_account;
    Mode m_mode;
    UserSession m_by;
    DialogHeader *m_header = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_currentLabel = nullptr;
    PasswordLineEdit *m_current = nullptr;
    NewPasswordEdit *m_newPassword = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
