// A Qt Sql driver for SQLCipher, written on the public QSqlDriver/QSqlResult API only, so it
// builds against any Qt 6 from any vendor. It is linked statically into frontline_core and
// registered in code under the name "QSQLCIPHER" (see registerDriver()).
//
// Frontline itself opens databases through openEncrypted(), which keys the connection with
// bytes (sqlite3_key) and pins the cipher settings; the passphrase never appears in SQL.
// The generic QSqlDatabase path (setPassword() + open()) works too, for tools and tests.
#pragma once

#include "security/SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

struct sqlite3;

namespace frontline {

class SqlCipherResult;

class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *DriverName = "QSQLCIPHER";

    enum OpenFlag
    {
        ReadWrite = 0x0,
        ReadOnly = 0x1, // never writes; SQLITE_OPEN_READONLY
        Create = 0x2,   // create the file when it does not exist
    };
    Q_DECLARE_FLAGS(OpenFlags, OpenFlag)

    // Cipher settings pinned for every Frontline file, so the same file opens with SQLCipher 3.x
    // (Debian) and 4.x (Homebrew, vcpkg). Statements to run right after the key.
    static QStringList cipherPragmas();
    static constexpr int KdfIterations = 256000;
    static constexpr int CipherPageSize = 4096;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers "QSQLCIPHER" with QSqlDatabase (idempotent, thread-safe).
    static void registerDriver();

    // Opens path, keys it with key (no encryption when key is empty) and checks the key by
    // reading the schema. On failure lastError() tells why (nativeErrorCode() holds SQLite's
    // extended result code) and the driver stays closed.
    bool openEncrypted(const QString &path, const SecureBytes &key, OpenFlags flags = ReadWrite,
                       int busyTimeoutMs = 5000);

    // QSqlDriver
    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QVariant handle() const override;

    sqlite3 *nativeHandle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs a script of several statements (triggers and all), stopping at the first error.
    bool executeScript(const QString &sql);
    // Runs one statement without results; sets lastError() on failure.
    bool execute(const QString &sql);
    // Changes the key in place (sqlite3_rekey). The caller makes sure no other connection is open.
    bool rekey(const SecureBytes &newKey);

    // The SQLCipher library's version ("3.4.1 community"), empty when it is plain SQLite.
    static QString cipherVersion();
    // SQLite's version string.
    static QString sqliteVersion();

    // Builds a QSqlError from the connection's last error.
    QSqlError makeError(const QString &text, QSqlError::ErrorType type, int rc) const;

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace frontline

Q_DECLARE_OPERATORS_FOR_FLAGS(frontline::SqlCipherDriver::OpenFlags)
