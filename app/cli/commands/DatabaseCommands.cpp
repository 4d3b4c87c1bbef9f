#include "DatabaseCommands.h"

#include "Context.h"
#include "security/Keychain.h"
#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {
QJsonObject cipherJson(const CipherInfo &info)
{
    return QJsonObject{
        {u"sqlcipher_version"_s, info.cipherVersion},
        {u"sqlite_version"_s, info.sqliteVersion},
        {u"cipher"_s, info.cipher},
        {u"page_size"_s, info.pageSize},
        {u"kdf_iter"_s, info.kdfIterations},
        {u"kdf_algorithm"_s, info.kdfAlgorithm},
        {u"hmac"_s, info.hmac},
        {u"hmac_algorithm"_s, info.hmacAlgorithm},
        {u"journal_mode"_s, info.journalMode},
    };
}

void remember(Context &context, const QString &path, const SecureBytes &secret)
{
    QString error;
    if (Keychain::write(Keychain::entryForDatabase(path), secret, &error) != Keychain::Ok)
        context.fail(InitCommand::tr("The passphrase was not saved in the keychain: %1").arg(error));
}
} // namespace

// --- init -------------------------------------------------------------------

QList<QCommandLineOption> InitCommand::options() const
{
    return {
        QCommandLineOption(u"remember"_s, tr("Save the passphrase in the system keychain.")),
    };
}

int InitCommand::run(Context &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(tr("init takes no arguments; name the file with --db FILE."));
    const QString path = context.databasePath();
    SecureBytes secret;
    QString error;
    // A new database takes its passphrase like an existing one, minus the keychain.
    if (!context.newPassphrase(u"FRONTLINE_PASSPHRASE"_s, u"passphrase-file"_s, &secret, &error))
        return context.fail(error);
    Database db;
    QElapsedTimer timer;
    timer.start();
    if (const DatabaseError result = db.create(path, secret))
        return context.fail(result.message());
    if (context.isSet(u"remember"_s))
        remember(context, path, secret);
    context.print(QJsonObject{{u"path"_s, QFileInfo(path).absoluteFilePath()},
                              {u"schema_version"_s, db.schemaVersion()},
                              {u"device_id"_s, db.deviceId()},
                              {u"created_ms"_s, timer.elapsed()}},
                  tr("Created the encrypted database %1 (schema %2).")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(db.schemaVersion()));
    return Success;
}

// --- info -------------------------------------------------------------------

int InfoCommand::run(Context &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(tr("info takes no arguments."));
    Database db;
    QElapsedTimer timer;
    timer.start();
    if (!context.openDatabase(db, true))
        return Failure;
    const qint64 openMs = timer.elapsed();
    const CipherInfo cipher = db.cipherInfo();
    const QMap<QString, qint64> counts = db.liveRowCounts();

    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    QJsonObject json{
        {u"path"_s, QFileInfo(db.path()).absoluteFilePath()},
        {u"size_bytes"_s, QFileInfo(db.path()).size()},
        {u"schema_version"_s, db.schemaVersion()},
        {u"app_schema_version"_s, Database::latestSchemaVersion()},
        {u"device_id"_s, db.deviceId()},
        {u"created_at"_s, db.metaValue(u"created_at"_s)},
        {u"open_ms"_s, openMs},
        {u"cipher"_s, cipherJson(cipher)},
        {u"sqlcipher_pragmas"_s, QJsonArray::fromStringList(SqlCipherDriver::cipherPragmas())},
        {u"counts"_s, countsJson},
    };

    QStringList lines;
    lines << tr("Database:        %1").arg(QDir::toNativeSeparators(db.path()))
          << tr("Schema version:  %1 (this program: %2)")
                 .arg(db.schemaVersion())
                 .arg(Database::latestSchemaVersion())
          << tr("Device id:       %1").arg(db.deviceId())
          << tr("Created:         %1").arg(db.metaValue(u"created_at"_s))
          << tr("SQLCipher:       %1 on SQLite %2").arg(cipher.cipherVersion, cipher.sqliteVersion)
          << tr("Cipher:          %1, page %2 bytes, %3 × %4, %5")
                 .arg(cipher.cipher)
                 .arg(cipher.pageSize)
                 .arg(cipher.kdfAlgorithm)
                 .arg(cipher.kdfIterations)
                 .arg(cipher.hmacAlgorithm)
          << tr("Open took:       %1 ms").arg(openMs)
          << tr("To open it with the sqlcipher shell, run after PRAGMA key:");
    for (const QString &pragma : SqlCipherDriver::cipherPragmas())
        lines << u"  "_s + pragma;
    lines << tr("Rows:");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines << u"  %1 %2"_s.arg(it.key(), -24).arg(it.value());
    context.print(json, lines.join(u'\n'));
    return Success;
}

// --- check ------------------------------------------------------------------

int CheckCommand::run(Context &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(tr("check takes no arguments."));
    Database db;
    if (!context.openDatabase(db, true))
        return Failure;
    DatabaseError error;
    const QStringList problems = db.checkIntegrity(&error);
    context.print(
        QJsonObject{{u"ok"_s, problems.isEmpty()}, {u"problems"_s, QJsonArray::fromStringList(problems)}},
        problems.isEmpty() ? tr("The database is sound.")
                           : tr("The database has problems:\n%1").arg(problems.join(u'\n')));
    if (!problems.isEmpty())
        return context.json() ? Failure
                              : context.fail(tr("Integrity check failed (%n problem(s)).", nullptr,
                                                int(problems.size())));
    return Success;
}

// --- passwd -----------------------------------------------------------------

QList<QCommandLineOption> PasswdCommand::options() const
{
    return {
        QCommandLineOption(u"new-passphrase-file"_s, tr("Read the new passphrase from FILE."), u"FILE"_s),
    };
}

int PasswdCommand::run(Context &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(tr("passwd takes no arguments."));
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    if (!context.permitted(db, PermissionArea::Settings, PermissionAction::Edit, u"passphrase"_s))
        return Failure;
    SecureBytes fresh;
    QString error;
    if (!context.newPassphrase(u"FRONTLINE_NEW_PASSPHRASE"_s, u"new-passphrase-file"_s, &fresh, &error))
        return context.fail(error);
    if (const DatabaseError result = db.changePassphrase(fresh))
        return context.fail(result.message());
    // Keep a saved passphrase in step, or it would open nothing next time.
    const QString entry = Keychain::entryForDatabase(db.path());
    if (!qEnvironmentVariableIsSet("FRONTLINE_NO_KEYCHAIN") &&
        Keychain::read(entry, 3000).status == Keychain::Ok)
        Keychain::write(entry, fresh);
    context.print(QJsonObject{{u"path"_s, QFileInfo(db.path()).absoluteFilePath()}, {u"changed"_s, true}},
                  tr("The passphrase of %1 was changed.").arg(QDir::toNativeSeparators(db.path())));
    return Success;
}

} // namespace frontline::cli
