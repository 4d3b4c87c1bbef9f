// ChangePassphraseDialog re-encrypts the open database under a new passphrase, typed twice,
// after the current passphrase was typed and checked: whoever finds the window unlocked must not
// be able to take the database away from its owner.
#pragma once

#include "security/SecureBytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace frontline {

class Database;
class DialogHeader;
class NewPassphraseEdit;
class PasswordLineEdit;
class StatusLabel;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(Database &database, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;

    // The new passphrase, once accepted.
    const SecureBytes &passphrase() const { return m_passphrase; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton();

    Database &m_database;
    SecureBytes m_passphrase;
    DialogHeader *m_header = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_currentLabel = nullptr;
    PasswordLineEdit *m_currentEdit = nullptr;
    NewPassphraseEdit *m_passphraseEdit = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
