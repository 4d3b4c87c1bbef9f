// DatabaseError says, in the user's language, why a database could not be created, opened or
// changed. Each distinct cause a user can act on has its own kind and message.
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace frontline {

class DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DatabaseError)
public:
    enum Kind
    {
        NoError,
        NotFound,        // no file at the path
        AlreadyExists,   // create() refuses to overwrite
        WrongPassphrase, // a Frontline-like encrypted file that does not open with this key
        NotADatabase,    // some other file
        PlainDatabase,   // an unencrypted SQLite file
        AlreadyOpen,     // another Frontline process holds the file
        Locked,          // SQLite busy/locked beyond the timeout
        ReadOnly,        // the file or its folder cannot be written
        DiskFull,
        NewerSchema, // written by a newer Frontline
        Corrupt,
        IoError,
        MigrationFailed,
        Other,
    };

    DatabaseError() = default;
    DatabaseError(Kind kind, QString message, QString detail = QString());

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    explicit operator bool() const { return isError(); }
    // One translated sentence for the user.
    QString message() const { return m_message; }
    // Technical detail (SQLite's own text and code) for logs and "details" buttons.
    QString detail() const { return m_detail; }
    // A stable name for scripts (--json) and tests: "wrong_passphrase", "locked", …
    QString code() const;

    // Classifies an SQLite error (extended result code in nativeErrorCode()) for the file at path.
    static DatabaseError fromSqlError(const QSqlError &error, const QString &path);
    // Tells a wrong key from a file that is not ours by looking at the file itself.
    static DatabaseError notOpenable(const QString &path, const QString &detail);

private:
    Kind m_kind = NoError;
    QString m_message;
    QString m_detail;
};

} // namespace frontline
