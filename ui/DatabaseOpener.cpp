#include "DatabaseOpener.h"

#include "RecentDatabases.h"
#include "dialogs/NewDatabaseDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/StartDialog.h"
#include "security/Keychain.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace frontline {

std::unique_ptr<Database> DatabaseOpener::open(const QString &path, Passphrase passphrase)
{
    auto database = std::make_unique<Database>();
    const QString entry = Keychain::entryForDatabase(path);
    const Keychain::ReadResult saved = Keychain::read(entry);
    const bool wasRemembered = saved.status == Keychain::Ok;
    QString problem;
    if (wasRemembered && passphrase == UseKeychain) {
        const DatabaseError error = database->open(path, saved.secret);
        if (!error) {
            RecentDatabases::add(path);
            return database;
        }
        problem = error.kind() == DatabaseError::WrongPassphrase
                      ? tr("The passphrase saved on this computer no longer opens this database. Enter the "
                           "current one.")
                      : error.message();
    }

    PassphraseDialog dialog(*database, path, m_parent);
    dialog.setRememberPassphrase(wasRemembered);
    if (!problem.isEmpty())
        dialog.showError(problem);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    RecentDatabases::add(path);
    updateKeychain(path, dialog.passphrase(), dialog.rememberPassphrase(), wasRemembered);
    return database;
}

std::unique_ptr<Database> DatabaseOpener::create()
{
    auto database = std::make_unique<Database>();
    NewDatabaseDialog dialog(*database, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    RecentDatabases::add(database->path());
    updateKeychain(database->path(), dialog.passphrase(), dialog.rememberPassphrase(), false);
    return database;
}

std::unique_ptr<Database> DatabaseOpener::choose()
{
    for (;;) {
        StartDialog start(m_parent);
        if (start.exec() != QDialog::Accepted)
            return nullptr;
        auto database = start.choice() == StartDialog::CreateDatabase ? create() : open(start.path());
        if (database)
            return database;
    }
}

QString DatabaseOpener::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Frontline/demo.db"_s;
}

std::unique_ptr<Database> DatabaseOpener::openDemo(DatabaseError *error)
{
    auto database = std::make_unique<Database>();
    const QString path = demoPath();
    const SecureBytes passphrase = SecureBytes::fromString(u"demo"_s);
    const DatabaseError result =
        QFileInfo::exists(path) ? database->open(path, passphrase) : database->create(path, passphrase);
    if (error)
        *error = result;
    return result ? nullptr : std::move(database);
}

void DatabaseOpener::updateKeychain(const QString &path, const SecureBytes &passphrase, bool remember,
                                    bool wasRemembered)
{
    const QString entry = Keychain::entryForDatabase(path);
    if (!remember) {
        // Unticking "Remember" for a database whose passphrase was saved means: forget it.
        if (wasRemembered)
            Keychain::remove(entry);
        return;
    }
    QString problem;
    if (Keychain::write(entry, passphrase, &problem) != Keychain::Ok) {
        QMessageBox::warning(m_parent, tr("Passphrase Not Saved"),
                             tr("The database is open, but its passphrase could not be saved in the system "
                                "keychain: %1")
                                 .arg(problem));
    }
}

} // namespace frontline
