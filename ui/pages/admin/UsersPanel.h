// UsersPanel lists the database's user accounts (login, member, role, state, last login) and
// lets a user whose role may edit users add one, reset a password (the user must then choose
// their own), disable or enable an account and unlock one locked after failed logins.
#pragma once

#include "security/UserAccounts.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace frontline {

class Session;
class StatusLabel;

class UsersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPanel(Session *session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    // The account of the selected row, 0 for none.
    qint64 selectedUserId() const;
    void selectUser(qint64 userId);

    void addUser();
    void resetPassword();
    void toggleActive();
    void unlockUser();

Q_SIGNALS:
    // An account was added or changed (the first one switches logins on).
    void accountsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    std::optional<UserAccount> selectedAccount() const;
    void done(bool ok, const QString &error, const QString &message);

    Session *m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_unlock = nullptr;
    StatusLabel *m_status = nullptr;
};

} // namespace frontline
