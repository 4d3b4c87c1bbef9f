// NewDatabaseDialog creates an encrypted database: where to save it, and its passphrase typed
// twice. When creating fails (the file exists, the folder is read-only…) the reason shows in
// the dialog and what was typed stays, so only the cause needs fixing.
#pragma once

#include "security/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace frontline {

class Database;
class DialogHeader;
class NewPassphraseEdit;
class StatusLabel;

class NewDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(Database &database, QWidget *parent = nullptr);
    ~NewDatabaseDialog() override;

    QString path() const;
    void setPath(const QString &path);
    bool rememberPassphrase() const;
    // The passphrase of the new database, once accepted.
    const SecureBytes &passphrase() const { return m_passphrase; }

    // A file name in the per-user data folder that is not taken yet.
    static QString suggestedPath();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void updateButtons();
    void retranslateUi();

    Database &m_database;
    SecureBytes m_passphrase;
    DialogHeader *m_header = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    NewPassphraseEdit *m_passphraseEdit = nullptr;
    StatusLabel *m_error = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontline
