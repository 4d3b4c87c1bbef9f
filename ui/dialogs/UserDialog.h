// UserDialog adds a user account: a login name, the member whose role and customers the user
// gets (or none, for another administrator) and an initial password, which the user must change
// at the first login (except the very first account, whose creator chose it).
#pragma once

#include "security/UserAccounts.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace frontline {

class Database;
class DialogHeader;
class NewPasswordEdit;
class StatusLabel;

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    UserDialog(Database &database, const UserSession &by, QWidget *parent = nullptr);
    ~UserDialog() override;

    // Once accepted.
    qint64 userId() const { return m_userId; }
    QString userName() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillMembers();
    void updateState();

    Database &m_database;
    UserSession m_by;
    qint64 m_userId = 0;
    bool m_first = false;
    DialogHeader *m_header = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_memberCombo = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_roleValue = nullptr;
    NewPasswordEdit *m_password = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
