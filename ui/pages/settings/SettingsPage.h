// SettingsPage: the interface language (applied at once and saved), what the open database is
// and how it is encrypted, and its passphrase: change it, or forget the copy saved in the
// system keychain.
#pragma once

#include "storage/Database.h"

#include <QWidget>

#include <memory>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void selectLanguage(int index);
    void showDatabaseInfo();
    void changePassphrase();
    void forgetPassphrase();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Database *m_database = nullptr;
    // Read once per database: the page re-renders them when the language changes.
    CipherInfo m_cipherInfo;
    int m_schemaVersion = -1;
};

} // namespace frontline
