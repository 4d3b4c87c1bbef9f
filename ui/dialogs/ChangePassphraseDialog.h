// ChangePassphraseDialog re-encrypts the open database under a new passphrase, typed twice.
#pragma once

#include "security/SecureBytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace frontline {

class Database;
class DialogHeader;
class NewPassphraseEdit;
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

    Database &m_database;
    SecureBytes m_passphrase;
    DialogHeader *m_header = nullptr;
    QLabel *m_note = nullptr;
    NewPassphraseEdit *m_passphraseEdit = nullptr;
    StatusLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
