// Keychain keeps database passphrases in the operating system's keychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain, never in
// QSettings or files. Calls block for at most timeoutMs, running a local event loop.
#pragma once

#include "SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace frontline {

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Keychain)
public:
    enum Status
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };

    struct ReadResult
    {
        Status status = Failed;
        SecureBytes secret;
        QString error;
    };

    // The service name entries are stored under; tests override it to stay out of the way.
    static QString service();
    static void setService(const QString &service);
    // The entry name for a database file: its absolute, canonical path.
    static QString entryForDatabase(const QString &databasePath);
    // The entry of the team sync passphrase used with that database (Sync page, sync commands).
    static QString entryForSyncPassphrase(const QString &databasePath);

    static ReadResult read(const QString &entry, int timeoutMs = 5000);
    static Status write(const QString &entry, const SecureBytes &secret, QString *error = nullptr,
                        int timeoutMs = 5000);
    static Status remove(const QString &entry, QString *error = nullptr, int timeoutMs = 5000);
};

} // namespace frontline
