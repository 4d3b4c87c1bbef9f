// DatabaseOpener takes the user from a file to an open Database: the passphrase saved in the
// system keychain first, then the passphrase dialog; creating a new database; and the start
// dialog that chooses between them. What opens is added to the recent databases, and a
// passphrase the user asked to remember goes to the keychain (never to the settings).
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace frontline {

class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DatabaseOpener)
public:
    explicit DatabaseOpener(QWidget *parent = nullptr) : m_parent(parent) {}

    enum Passphrase
    {
        UseKeychain,   // the passphrase saved on this computer first, else ask
        AskPassphrase, // always ask (unlocking after the idle lock without user accounts)
    };
    // The open database, or nullptr when the user cancelled.
    std::unique_ptr<Database> open(const QString &path, Passphrase passphrase = UseKeychain);
    std::unique_ptr<Database> create();
    // The start dialog, until a database is open or the user cancels it.
    std::unique_ptr<Database> choose();

    // The demo database, created on first use. No dialog: its passphrase is no secret.
    static std::unique_ptr<Database> openDemo(DatabaseError *error);
    static QString demoPath();

private:
    void updateKeychain(const QString &path, const SecureBytes &passphrase, bool remember,
                        bool wasRemembered);

    QWidget *m_parent;
};

} // namespace frontline
