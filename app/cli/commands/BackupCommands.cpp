#include "BackupCommands.h"

#include "Context.h"
#include "backup/BackupFile.h"
#include "backup/BackupRestore.h"
#include "backup/BackupRotation.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {

const QString BackupPassphraseVariable = u"FRONTLINE_BACKUP_PASSPHRASE"_s;
const QString BackupPassphraseOption = u"backup-passphrase-file"_s;

bool hasOwnBackupPassphrase(const Context &context)
{
    return qEnvironmentVariableIsSet("FRONTLINE_BACKUP_PASSPHRASE") || context.isSet(BackupPassphraseOption);
}

// The backup's passphrase: its own ($FRONTLINE_BACKUP_PASSPHRASE, --backup-passphrase-file)
// or else the database's.
bool backupPassphrase(Context &context, const SecureBytes &databasePassphrase, SecureBytes *out,
                      QString *error)
{
    if (!hasOwnBackupPassphrase(context)) {
        *out = databasePassphrase;
        return true;
    }
    return context.newPassphrase(BackupPassphraseVariable, BackupPassphraseOption, out, error);
}

// Like Context::openDatabase(), keeping the passphrase: a backup is keyed with it.
bool openWithPassphrase(Context &context, Database &db, SecureBytes *passphrase, bool readOnly = false)
{
    QString error;
    if (!context.passphrase(passphrase, &error)) {
        context.fail(error);
        return false;
    }
    Database::OpenOptions options;
    options.readOnly = readOnly;
    if (const DatabaseError result = db.open(context.databasePath(), *passphrase, options)) {
        context.fail(result.message());
        return false;
    }
    return true;
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonObject backupJson(const BackupResult &r)
{
    return QJsonObject{
        {u"path"_s, QFileInfo(r.path).absoluteFilePath()},
        {u"size_bytes"_s, r.bytes},
        {u"pages"_s, r.pages},
        {u"schema_version"_s, r.schemaVersion},
        {u"verified"_s, r.verified},
        {u"sha256"_s, r.sha256},
        {u"copy_ms"_s, r.copyMs},
        {u"verify_ms"_s, r.verifyMs},
    };
}

// Percentages on a terminal's stderr; nothing when piped or with --json.
std::function<bool(qint64, qint64)> terminalProgress(const Context &context)
{
    if (context.json() || !isatty(fileno(stderr)))
        return {};
    return [last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != last) {
            std::fprintf(stderr, "\r%3d%%", percent);
            if (done >= total)
                std::fputc('\n', stderr);
            std::fflush(stderr);
            last = percent;
        }
        return true;
    };
}

bool parseSwitch(const QString &text, bool *out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"on"_s || t == u"yes"_s || t == u"true"_s || t == u"1"_s)
        *out = true;
    else if (t == u"off"_s || t == u"no"_s || t == u"false"_s || t == u"0"_s)
        *out = false;
    else
        return false;
    return true;
}

bool confirm(const QString &question)
{
    std::fputs((question + u' ').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
    const QString answer = QString::fromLocal8Bit(line.data(), qsizetype(line.size())).trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s || answer == u"是"_s;
}

} // namespace

// --- backup ---------------------------------------------------------------------------------

QList<QCommandLineOption> BackupCommand::options() const
{
    return {
        QCommandLineOption(u"out"_s, tr("Write the backup to exactly this file (never overwritten)."),
                           u"FILE"_s),
        QCommandLineOption(
            u"dir"_s,
            tr("Folder: back up into it with a dated name; with 'list', the folder to list; with "
               "'settings', the folder of scheduled backups."),
            u"DIR"_s),
        QCommandLineOption(u"if-due"_s,
                           tr("Back up only when the daily backup is due (for cron or Task Scheduler).")),
        QCommandLineOption(u"rotate"_s, tr("With --dir: delete old backups there by the keep settings.")),
        QCommandLineOption(
            BackupPassphraseOption,
            tr("The backup's own passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE); default: "
               "the database's."),
            u"FILE"_s),
        QCommandLineOption(u"verify"_s,
                           tr("With 'list': open each backup with its passphrase and check it.")),
        QCommandLineOption(u"daily"_s, tr("With 'settings': daily backups on or off."), u"on|off"_s),
        QCommandLineOption(u"on-exit"_s, tr("With 'settings': a backup whenever the app closes, on or off."),
                           u"on|off"_s),
        QCommandLineOption(u"keep-daily"_s, tr("With 'settings': how many daily backups to keep."), u"N"_s),
        QCommandLineOption(u"keep-monthly"_s, tr("With 'settings': how many monthly backups to keep."),
                           u"N"_s),
    };
}

int BackupCommand::run(Context &context)
{
    const QStringList &args = context.arguments();
    const QString sub = args.value(0);
    const bool settingsOptions = context.isSet(u"daily"_s) || context.isSet(u"on-exit"_s) ||
                                 context.isSet(u"keep-daily"_s) || context.isSet(u"keep-monthly"_s);
    if (args.size() > 1 || (!sub.isEmpty() && sub != u"list"_s && sub != u"settings"_s))
        return context.usageError(tr("Use: frontline-cli backup [list|settings] [options]"));
    if (sub != u"settings"_s && settingsOptions)
        return context.usageError(
            tr("--daily, --on-exit, --keep-daily and --keep-monthly go with 'backup settings'."));
    if (sub != u"list"_s && context.isSet(u"verify"_s))
        return context.usageError(tr("--verify goes with 'backup list'."));
    if (!sub.isEmpty() &&
        (context.isSet(u"out"_s) || context.isSet(u"if-due"_s) || context.isSet(u"rotate"_s)))
        return context.usageError(tr("--out, --if-due and --rotate go with 'backup' alone."));
    if (sub == u"list"_s)
        return list(context);
    if (sub == u"settings"_s)
        return settings(context);
    return create(context);
}

int BackupCommand::create(Context &context)
{
    const bool toFile = context.isSet(u"out"_s);
    const bool toDir = context.isSet(u"dir"_s);
    if (toFile && toDir)
        return context.usageError(tr("Give either --out FILE or --dir DIR, not both."));
    if (context.isSet(u"if-due"_s) && (toFile || toDir))
        return context.usageError(
            tr("--if-due backs up into the scheduled folder; leave out --out and --dir."));
    if (context.isSet(u"rotate"_s) && !toDir)
        return context.usageError(tr("--rotate goes with --dir (scheduled backups always rotate)."));

    Database db;
    SecureBytes databasePassphrase;
    if (!openWithPassphrase(context, db, &databasePassphrase))
        return Failure;
    if (!context.permitted(db, PermissionArea::Settings, PermissionAction::Export, u"backup"_s))
        return Failure;
    BackupOptions options;
    QString error;
    if (!backupPassphrase(context, databasePassphrase, &options.passphrase, &error))
        return context.fail(error);
    options.progress = terminalProgress(context);

    const QDateTime now = QDateTime::currentDateTime();
    BackupScheduler scheduler(db);
    if (context.isSet(u"if-due"_s) && !scheduler.isDue(now)) {
        context.print(QJsonObject{{u"due"_s, false}, {u"reason"_s, scheduler.dueReason(now)}},
                      tr("No backup is due. %1").arg(scheduler.dueReason(now)));
        return Success;
    }

    BackupResult result;
    QStringList removed;
    const bool scheduled = !toFile && !toDir;
    if (scheduled) {
        const ScheduledBackup run = scheduler.run(now, options);
        result = run.backup;
        removed = run.removed;
    } else {
        const QString name = BackupFile::databaseName(db.path());
        const QString path =
            toFile ? context.value(u"out"_s) : BackupFile::freePath(context.value(u"dir"_s), name, now);
        result = BackupWriter::write(db, path, options);
        if (result.ok() && context.isSet(u"rotate"_s))
            removed = BackupRotation::apply(context.value(u"dir"_s), name, scheduler.settings().policy(),
                                            false, result.path);
    }
    if (!result.ok())
        return context.fail(result.error.message());

    QJsonObject json = backupJson(result);
    json.insert(u"due"_s, true);
    json.insert(u"scheduled"_s, scheduled);
    json.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    QString text = tr("Backed up %1 to %2 (%3, %4).")
                       .arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(result.path),
                            sizeText(result.bytes), result.verified ? tr("verified") : tr("not verified"));
    if (!removed.isEmpty())
        text += u'\n' + tr("Removed %n old backup(s).", nullptr, int(removed.size()));
    context.print(json, text);
    return Success;
}

int BackupCommand::list(Context &context)
{
    QString folder = context.value(u"dir"_s);
    const bool verify = context.isSet(u"verify"_s);
    SecureBytes databasePassphrase, passphrase;
    QString error;
    // A folder's listing needs no passphrase; the scheduled folder is found in the database.
    if (folder.isEmpty()) {
        Database db;
        if (!openWithPassphrase(context, db, &databasePassphrase, true))
            return Failure;
        folder = BackupSettings::load(db).effectiveFolder(db.path());
    } else if (verify && !hasOwnBackupPassphrase(context) &&
               !context.passphrase(&databasePassphrase, &error)) {
        return context.fail(error);
    }
    if (verify && !backupPassphrase(context, databasePassphrase, &passphrase, &error))
        return context.fail(error);
    if (!QFileInfo(folder).isDir())
        return context.fail(tr("There is no backup folder %1.").arg(QDir::toNativeSeparators(folder)));

    QList<BackupEntry> entries = BackupCatalog::list(folder);
    QJsonArray json;
    QList<QStringList> rows;
    bool allGood = true;
    for (BackupEntry &e : entries) {
        QString problem;
        if (verify) {
            const BackupCheck check = BackupCatalog::verify(e, passphrase);
            if (!check.ok()) {
                problem = check.error.message();
                allGood = false;
            }
        }
        QJsonObject o{
            {u"file"_s, e.fileName},
            {u"path"_s, e.path},
            {u"database"_s, e.databaseName},
            {u"created_at"_s, e.createdAt.toString(Qt::ISODate)},
            {u"size_bytes"_s, e.size},
            {u"schema_version"_s, e.schemaVersion >= 0 ? QJsonValue(e.schemaVersion) : QJsonValue()},
            {u"encrypted"_s, true},
            {u"verification"_s, BackupEntry::verificationCode(e.verification)},
            {u"verified"_s, e.verification == BackupEntry::Verified},
            {u"rotated"_s, e.rotatable},
        };
        if (!problem.isEmpty())
            o.insert(u"problem"_s, problem);
        json.append(o);
        rows << QStringList{e.fileName, localTime(e.createdAt), sizeText(e.size),
                            e.schemaVersion >= 0 ? QString::number(e.schemaVersion) : tr("encrypted"),
                            BackupCatalog::verificationText(e.verification) +
                                (problem.isEmpty() ? QString() : u": "_s + problem)};
    }
    if (context.json()) {
        context.print(json, {});
    } else if (entries.isEmpty()) {
        context.printText(tr("No backups in %1.").arg(QDir::toNativeSeparators(folder)));
    } else {
        context.printText(tr("Backups in %1:").arg(QDir::toNativeSeparators(folder)));
        context.printTable({tr("File"), tr("Made"), tr("Size"), tr("Schema"), tr("Status")}, rows);
    }
    if (!allGood && !context.json())
        return context.fail(tr("Some backups did not pass the check."));
    return allGood ? Success : Failure;
}

int BackupCommand::settings(Context &context)
{
    // Every value is checked before the database is opened: a usage error touches nothing.
    std::optional<bool> daily, onExit;
    std::optional<int> keepDaily, keepMonthly;
    for (const auto &[option, target] : {std::pair<QString, std::optional<bool> *>{u"daily"_s, &daily},
                                         std::pair<QString, std::optional<bool> *>{u"on-exit"_s, &onExit}}) {
        bool value = false;
        if (!context.isSet(option))
            continue;
        if (!parseSwitch(context.value(option), &value))
            return context.usageError(tr("--%1 takes on or off.").arg(option));
        *target = value;
    }
    for (const auto &[option, target] :
         {std::pair<QString, std::optional<int> *>{u"keep-daily"_s, &keepDaily},
          std::pair<QString, std::optional<int> *>{u"keep-monthly"_s, &keepMonthly}}) {
        if (!context.isSet(option))
            continue;
        const int least = option == u"keep-daily"_s ? 1 : 0;
        bool ok = false;
        const int n = context.value(option).toInt(&ok);
        if (!ok || n < least || n > 10000)
            return context.usageError(tr("--%1 takes a number (at least %2).").arg(option).arg(least));
        *target = n;
    }

    Database db;
    SecureBytes passphrase;
    if (!openWithPassphrase(context, db, &passphrase))
        return Failure;
    BackupSettings s = BackupSettings::load(db);
    if (context.isSet(u"dir"_s))
        s.folder = QFileInfo(context.value(u"dir"_s)).absoluteFilePath();
    s.daily = daily.value_or(s.daily);
    s.onExit = onExit.value_or(s.onExit);
    s.keepDaily = keepDaily.value_or(s.keepDaily);
    s.keepMonthly = keepMonthly.value_or(s.keepMonthly);
    const bool changed = context.isSet(u"dir"_s) || daily || onExit || keepDaily || keepMonthly;
    if (!context.permitted(db, PermissionArea::Settings,
                           changed ? PermissionAction::Edit : PermissionAction::View, u"backup settings"_s))
        return Failure;
    if (changed && !s.save(db))
        return context.fail(
            tr("The settings could not be saved in %1.").arg(QDir::toNativeSeparators(db.path())));

    BackupScheduler scheduler(db);
    const QDateTime now = QDateTime::currentDateTime();
    const QString folder = s.effectiveFolder(db.path());
    const QJsonObject json{
        {u"folder"_s, QDir::toNativeSeparators(folder)},
        {u"folder_is_default"_s, s.folder.isEmpty()},
        {u"daily"_s, s.daily},
        {u"on_exit"_s, s.onExit},
        {u"keep_daily"_s, s.keepDaily},
        {u"keep_monthly"_s, s.keepMonthly},
        {u"last_backup_at"_s, s.lastBackupAt.isValid() ? s.lastBackupAt.toString(Qt::ISODate) : QString()},
        {u"last_backup_file"_s, s.lastBackupFile},
        {u"due"_s, scheduler.isDue(now)},
        {u"due_reason"_s, scheduler.dueReason(now)},
    };
    const QString on = tr("on"), off = tr("off");
    const QStringList lines{
        tr("Backup folder:   %1%2")
            .arg(QDir::toNativeSeparators(folder), s.folder.isEmpty() ? tr(" (default)") : QString()),
        tr("Daily:           %1").arg(s.daily ? on : off),
        tr("On exit:         %1").arg(s.onExit ? on : off),
        tr("Keep:            %1 daily, %2 monthly").arg(s.keepDaily).arg(s.keepMonthly),
        tr("Last backup:     %1")
            .arg(s.lastBackupAt.isValid() ? localTime(s.lastBackupAt) + u"  "_s + s.lastBackupFile
                                          : tr("none")),
        tr("Due now:         %1 (%2)")
            .arg(scheduler.isDue(now) ? tr("yes") : tr("no"), scheduler.dueReason(now)),
    };
    context.print(json, lines.join(u'\n'));
    return Success;
}

// --- restore --------------------------------------------------------------------------------

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {
        QCommandLineOption(u"yes"_s, tr("Replace the database without asking.")),
        QCommandLineOption(
            BackupPassphraseOption,
            tr("The backup's passphrase, from FILE (or $FRONTLINE_BACKUP_PASSPHRASE), when it is not "
               "the database's."),
            u"FILE"_s),
    };
}

int RestoreCommand::run(Context &context)
{
    if (context.arguments().size() != 1)
        return context.usageError(tr("Use: frontline-cli restore FILE [--yes]"));
    const QString backup = context.arguments().constFirst();
    const QString target = QFileInfo(context.databasePath()).absoluteFilePath();
    const QString aside = BackupRestore::asideName(target, QDateTime::currentDateTime());
    if (!context.isSet(u"yes"_s)) {
        if (!isatty(fileno(stdin)))
            return context.usageError(
                tr("restore replaces %1; add --yes to confirm.").arg(QDir::toNativeSeparators(target)));
        if (!confirm(tr("Replace %1 with the backup %2? The current file is kept as %3. [y/N]")
                         .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup),
                              QFileInfo(aside).fileName())))
            return context.fail(tr("Nothing was restored."));
    }
    RestoreOptions options;
    QString error;
    // The restored database keeps (or gets) the passphrase the database is opened with.
    if (!context.passphrase(&options.databasePassphrase, &error))
        return context.fail(error);
    if (!backupPassphrase(context, options.databasePassphrase, &options.backupPassphrase, &error))
        return context.fail(error);

    // With user accounts, only someone who may change settings replaces the database.
    // Looked at read-only first, so that the file is not touched in single-user mode; a login
    // needs it writable (failed attempts count towards the lockout).
    if (QFileInfo::exists(target)) {
        const QString wal = target + u"-wal"_s, shm = target + u"-shm"_s;
        const bool hadSidecars = QFileInfo::exists(wal) || QFileInfo::exists(shm);
        Database current;
        Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        const bool accounts = !current.open(target, options.databasePassphrase, readOnly) &&
                              UserAccounts(current).hasAccounts();
        current.close();
        // A read-only look in WAL mode leaves an empty log and its index behind: not ours to keep.
        if (!hadSidecars && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            QFile::remove(shm);
        }
        if (accounts) {
            if (!current.open(target, options.databasePassphrase) &&
                !context.permitted(current, PermissionArea::Settings, PermissionAction::Edit, u"restore"_s))
                return Failure;
        }
    }
    Database db;
    const RestoreResult result = BackupRestore::restore(db, target, backup, options);
    if (!result.ok())
        return context.fail(result.error.message());
    const QJsonObject json{
        {u"path"_s, target},
        {u"restored_from"_s, QFileInfo(backup).absoluteFilePath()},
        {u"kept_aside"_s, result.keptAside},
        {u"backup_schema_version"_s, result.backupSchemaVersion},
        {u"schema_version"_s, result.schemaVersion},
        {u"verify_ms"_s, result.verifyMs},
        {u"total_ms"_s, result.totalMs},
    };
    QString text =
        tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup));
    if (!result.keptAside.isEmpty())
        text += u'\n' +
                tr("The previous database is kept as %1.").arg(QDir::toNativeSeparators(result.keptAside));
    if (result.backupSchemaVersion < result.schemaVersion)
        text += u'\n' + tr("It was updated from schema %1 to %2.")
                            .arg(result.backupSchemaVersion)
                            .arg(result.schemaVersion);
    context.print(json, text);
    return Success;
}

} // namespace frontline::cli
