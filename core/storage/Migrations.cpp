#include "Migrations.h"

#include "SqlCipherDriver.h"
#include "SqliteApi.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

static void initMigrationResources()
{
    // The resources live in a static library: make sure the linker keeps them.
    Q_INIT_RESOURCE(migrations);
}

namespace frontline {

const QList<Migration> &Migrations::builtIn()
{
    static const QList<Migration> migrations = [] {
        initMigrationResources();
        QList<Migration> list;
        const QDir dir(u":/frontline/migrations"_s);
        static const QRegularExpression pattern(u"^(\\d{4})_(.+)\\.sql$"_s);
        for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = pattern.match(file);
            if (!m.hasMatch())
                qFatal("Badly named migration %s", qPrintable(file));
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("Cannot read migration %s", qPrintable(file));
            Migration migration{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())};
            if (migration.version != list.size() + 1)
                qFatal("Migration %s is out of sequence", qPrintable(file));
            list.append(migration);
        }
        return list;
    }();
    return migrations;
}

int Migrations::latestVersion()
{
    return int(builtIn().size());
}

int Migrations::currentVersion(SqlCipherDriver *driver, DatabaseError *error)
{
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    const int rc = sqlite3_prepare_v2(driver->nativeHandle(), "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (version < 0 && error)
        *error = DatabaseError::fromSqlError(
            driver->makeError(tr("Unable to read the schema version"), QSqlError::StatementError, rc),
            driver->path());
    return version;
}

DatabaseError Migrations::migrate(SqlCipherDriver *driver, int target)
{
    return migrate(driver, builtIn(), target);
}

DatabaseError Migrations::migrate(SqlCipherDriver *driver, const QList<Migration> &migrations, int target)
{
    if (target < 0)
        target = int(migrations.size());
    DatabaseError error;
    const int current = currentVersion(driver, &error);
    if (error)
        return error;
    if (current > target)
        return {DatabaseError::NewerSchema,
                tr("This database was written by a newer version of Frontline (schema %1; this version "
                   "knows %2). Update Frontline to open it.")
                    .arg(current)
                    .arg(target)};
    if (current == target)
        return {};

    const auto failed = [&](const QString &what) {
        const QSqlError sqlError = driver->lastError();
        driver->execute(u"ROLLBACK"_s);
        DatabaseError classified = DatabaseError::fromSqlError(sqlError, driver->path());
        if (classified.kind() == DatabaseError::Other)
            return DatabaseError(
                DatabaseError::MigrationFailed,
                tr("Updating the database structure failed at %1; nothing was changed.").arg(what),
                classified.detail());
        return classified;
    };

    if (!driver->execute(u"BEGIN IMMEDIATE"_s))
        return DatabaseError::fromSqlError(driver->lastError(), driver->path());
    for (const Migration &migration : migrations) {
        if (migration.version <= current || migration.version > target)
            continue;
        if (!driver->executeScript(migration.sql))
            return failed(u"%1_%2"_s.arg(migration.version, 4, 10, QChar(u'0')).arg(migration.name));
    }
    if (!driver->execute(u"PRAGMA user_version = %1"_s.arg(target)))
        return failed(u"user_version"_s);
    if (!driver->execute(u"COMMIT"_s))
        return failed(u"COMMIT"_s);
    return {};
}

} // namespace frontline
