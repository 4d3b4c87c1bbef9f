// SettingsPage: the interface language (applied at once and saved), the company name printed on
// reports (shared by the team, kept in the database), what the open database is and how it is
// encrypted, and its passphrase: change it (for a user whose role may edit the settings), or
// forget the copy saved in the system keychain; and after how many idle minutes Frontline locks
// itself on this computer.
#pragma once

#include "storage/Database.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

#include <memory>

class QLabel;
class QSpinBox;

namespace frontline {

class Session;
class StatusLabel;

namespace Ui {
class SettingsPage;
}

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    // The language chosen here ("zh_CN", "en"), or empty for the system's.
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

    void setDatabase(Database *database);
    // Whose rights apply to the shared settings (the company name needs settings/edit).
    void setSession(Session *session);
    QLineEdit *companyNameEdit() const { return m_companyName; }
    // Saves the company name as typed (tests; the Save button).
    void saveCompanyName();
    // Whether the user may change the passphrase (settings/edit).
    void setPassphraseChangeAllowed(bool allowed);

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void selectLanguage(int index);
    void showDatabaseInfo();
    void changePassphrase();
    void forgetPassphrase();
    void showCompanyName();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_idleNote = nullptr;
    Database *m_database = nullptr;
    // Read once per database: the page re-renders them when the language changes.
    CipherInfo m_cipherInfo;
    int m_schemaVersion = -1;
    Session *m_session = nullptr;
    QGroupBox *m_companyGroup = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLineEdit *m_companyName = nullptr;
    QPushButton *m_saveCompany = nullptr;
    StatusLabel *m_companyStatus = nullptr;
};

} // namespace frontline
