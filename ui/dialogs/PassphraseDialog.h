// PassphraseDialog asks for the passphrase of an existing database and opens it. A failed
// attempt leaves the dialog open with the reason under the field (wrong passphrase, file in use,
// written by a newer version…), so the user can try again or cancel.
#pragma once

#include "security/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace frontline {

class Database;
class DialogHeader;
class PasswordLineEdit;
class StatusLabel;

class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(Database &database, const QString &path, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    QString path() const { return m_path; }
    // "Remember on this computer": the caller stores the passphrase in the system keychain.
    bool rememberPassphrase() const;
    void setRememberPassphrase(bool remember);
    // The passphrase that opened the database, once accepted.
    const SecureBytes &passphrase() const { return m_passphrase; }
    void showError(const QString &message);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_database;
    QString m_path;
    SecureBytes m_passphrase;
    DialogHeader *m_header = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PasswordLineEdit *m_passphraseEdit = nullptr;
    StatusLabel *m_error = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
