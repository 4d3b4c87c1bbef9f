// The small dialogs of the Sync page: the team sync passphrase (asked, or set by the manager),
// exporting a package, backing up now, and restoring a backup.
#pragma once

#include "security/SecureBytes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace frontline {

class Database;
class DialogHeader;
class NewPassphraseEdit;
class PasswordLineEdit;
class StatusLabel;

class TeamPassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode
    {
        Enter,   // to open or write a package
        Set,     // the manager chooses the team's passphrase
        Confirm, // typed twice before a package is written with it
    };
    TeamPassphraseDialog(Mode mode, QWidget *parent = nullptr);
    ~TeamPassphraseDialog() override;

    SecureBytes passphrase() const;
    bool remember() const;
    void setRemember(bool remember);
    void showError(const QString &message);

private:
    DialogHeader *m_header;
    QLabel *m_note;
    PasswordLineEdit *m_enter = nullptr;
    NewPassphraseEdit *m_new = nullptr;
    StatusLabel *m_error;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

class ExportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    struct Member
    {
        QString code;
        QString name;
    };
    // members empty: a rep exporting their changes.
    ExportPackageDialog(const QList<Member> &members, const QString &folder, QWidget *parent = nullptr);

    QString memberCode() const;
    QString path() const;
    void setPath(const QString &path);
    int validDays() const;

private:
    void suggestFile();
    void browse();
    void updateOk();

    QString m_folder;
    QComboBox *m_member = nullptr;
    QLineEdit *m_file;
    QSpinBox *m_days;
    QDialogButtonBox *m_buttons;
    bool m_fileEdited = false;
};

class BackupNowDialog : public QDialog
{
    Q_OBJECT
public:
    BackupNowDialog(const QString &folder, QWidget *parent = nullptr);

    QString folder() const;
    // Empty: the database's own passphrase.
    SecureBytes otherPassphrase() const;
    bool usesOtherPassphrase() const;

private:
    void updateOk();

    QLineEdit *m_folder;
    QRadioButton *m_same;
    QRadioButton *m_other;
    NewPassphraseEdit *m_passphrase;
    QDialogButtonBox *m_buttons;
};

class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(Database &database, const QString &backupPath, const QString &keptAsideName,
                  QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Checked against the open database on accept.
    SecureBytes databasePassphrase() const;
    // The backup's passphrase: its own when it has one, else the database's.
    SecureBytes backupPassphrase() const;

public Q_SLOTS:
    void accept() override;

private:
    Database &m_database;
    PasswordLineEdit *m_databasePassphrase;
    QCheckBox *m_ownPassphrase;
    PasswordLineEdit *m_backupPassphrase;
    StatusLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace frontline
