// SettingsPage: the interface language (applied at once and saved), what the open database is
// and how it is encrypted, and its passphrase: change it (for a user whose role may edit the
// settings), or forget the copy saved in the system keychain; and after how many idle minutes
// Frontline locks itself on this computer.
#pragma once

#include "storage/Database.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSpinBox;

namespace frontline {

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

    std::unique_ptr<Ui::SettingsPage> m_ui;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_idleNote = nullptr;
    Database *m_database = nullptr;
    // Read once per database: the page re-renders them when the language changes.
    CipherInfo m_cipherInfo;
    int m_schemaVersion = -1;
};

} // namespace frontline
