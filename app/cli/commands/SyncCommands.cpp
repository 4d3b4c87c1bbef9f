#include "SyncCommands.h"

#include "Context.h"
#include "security/Keychain.h"
#include "sync/SyncService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {

const QString SyncPassphraseVariable = u"FRONTLINE_SYNC_PASSPHRASE"_s;
const QString SyncPassphraseOption = u"sync-passphrase-file"_s;

// The team sync passphrase: $FRONTLINE_SYNC_PASSPHRASE or the file, else the one the Sync page
// remembered in the keychain for this database, else asked (twice for a new package).
bool syncPassphrase(Context &context, bool forNewPackage, SecureBytes *out, QString *error)
{
    if (qEnvironmentVariableIsSet("FRONTLINE_SYNC_PASSPHRASE") || context.isSet(SyncPassphraseOption))
        return context.newPassphrase(SyncPassphraseVariable, SyncPassphraseOption, out, error);
    if (!qEnvironmentVariableIsSet("FRONTLINE_NO_KEYCHAIN")) {
        const Keychain::ReadResult saved =
            Keychain::read(Keychain::entryForSyncPassphrase(context.databasePath()), 3000);
        if (saved.status == Keychain::Ok && !saved.secret.isEmpty()) {
            *out = saved.secret;
            return true;
        }
    }
    if (forNewPackage)
        return context.newPassphrase(SyncPassphraseVariable, SyncPassphraseOption, out, error);
    if (Context::stdinIsTerminal() && Context::prompt(SyncCommand::tr("Team sync passphrase: "), out))
        return true;
    *error = SyncCommand::tr("No sync passphrase: set %1, use --%2 FILE, or run in a terminal to be asked.")
                 .arg(SyncPassphraseVariable, SyncPassphraseOption);
    return false;
}

QString clockText(quint64 hlc)
{
    return hlc ? HybridClock::toString(hlc) : QString();
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    if (v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    if (v.typeId() == QMetaType::QByteArray)
        return QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()));
    return QJsonValue(v.toString());
}

QString shown(const QVariant &v)
{
    if (v.isNull())
        return u"∅"_s;
    if (v.typeId() == QMetaType::QByteArray)
        return u"<%1 bytes>"_s.arg(v.toByteArray().size());
    return v.toString();
}

} // namespace

QList<QCommandLineOption> SyncCommand::options() const
{
    return {
        QCommandLineOption(u"member"_s,
                           tr("export on the manager's database: the member whose share to export."),
                           u"CODE"_s),
        QCommandLineOption(u"out"_s, tr("export: the package file to write."), u"FILE"_s),
        QCommandLineOption(SyncPassphraseOption,
                           tr("Read the team sync passphrase from FILE (after $FRONTLINE_SYNC_PASSPHRASE)."),
                           u"FILE"_s),
        QCommandLineOption(u"valid-days"_s, tr("export: days until the package expires (default 30)."),
                           u"N"_s),
        QCommandLineOption(u"take"_s, tr("resolve: keep mine (this database's value) or theirs."), u"SIDE"_s),
        QCommandLineOption(u"all"_s, tr("conflicts: resolved ones too.")),
    };
}

int SyncCommand::run(Context &context)
{
    const QString sub = context.arguments().value(0);
    if (sub == u"export"_s)
        return exportPackage(context);
    if (sub == u"import"_s)
        return importPackage(context);
    if (sub == u"conflicts"_s)
        return conflicts(context);
    if (sub == u"resolve"_s)
        return resolve(context);
    if (sub == u"history"_s)
        return history(context);
    if (sub == u"status"_s)
        return status(context);
    return context.usageError(
        sub.isEmpty() ? tr("Say what to do: export, import, conflicts, resolve, history or status.")
                      : tr("Unknown sync action '%1'.").arg(sub));
}

int SyncCommand::exportPackage(Context &context)
{
    if (!context.isSet(u"out"_s))
        return context.usageError(tr("Name the package file with --out FILE."));
    int validDays = 30;
    if (context.isSet(u"valid-days"_s)) {
        bool ok = false;
        validDays = context.value(u"valid-days"_s).toInt(&ok);
        if (!ok || validDays < 1 || validDays > 365)
            return context.usageError(tr("--valid-days takes a number of days from 1 to 365."));
    }
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    SyncService sync(db);
    const SyncState state = sync.state();
    if (state.role != SyncState::Rep && !context.isSet(u"member"_s))
        return context.usageError(
            tr("On the manager's database name the member to export for: --member CODE."));
    if (state.role == SyncState::Rep && context.isSet(u"member"_s))
        return context.usageError(
            tr("This is %1's database: 'sync export --out FILE' exports its changes.").arg(state.memberCode));
    SyncOptions options;
    options.validDays = validDays;
    QString error;
    if (!syncPassphrase(context, true, &options.passphrase, &error))
        return context.fail(error);
    const QString out = context.value(u"out"_s);
    const SyncExportResult r = state.role == SyncState::Rep
                                   ? sync.exportChanges(out, options)
                                   : sync.exportForMember(context.value(u"member"_s), out, options);
    if (!r.ok())
        return context.fail(r.error.message());
    QJsonObject tables;
    for (auto it = r.perTable.cbegin(); it != r.perTable.cend(); ++it)
        tables.insert(it.key(), it.value());
    const QJsonObject json{
        {u"path"_s, QFileInfo(out).absoluteFilePath()},
        {u"kind"_s, SyncManifest::kindName(r.manifest.kind)},
        {u"package_id"_s, r.manifest.packageId},
        {u"member"_s, r.manifest.memberCode},
        {u"records"_s, r.manifest.records},
        {u"clock_from"_s, clockText(r.manifest.clockFrom)},
        {u"clock_to"_s, clockText(r.manifest.clockTo)},
        {u"expires"_s, r.manifest.expires.toString(Qt::ISODate)},
        {u"tables"_s, tables},
    };
    const QString text =
        r.manifest.kind == SyncManifest::Scope
            ? tr("Wrote %1 records for %2 to %3 (expires %4).")
                  .arg(r.manifest.records)
                  .arg(r.manifest.memberCode, out, r.manifest.expires.toLocalTime().toString(u"yyyy-MM-dd"_s))
            : tr("Wrote %1 changed records for the manager to %2 (expires %3).")
                  .arg(r.manifest.records)
                  .arg(out, r.manifest.expires.toLocalTime().toString(u"yyyy-MM-dd"_s));
    context.print(json, text);
    return Success;
}

int SyncCommand::importPackage(Context &context)
{
    const QString file = context.arguments().value(1);
    if (file.isEmpty())
        return context.usageError(tr("Name the package to import: sync import FILE."));
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    SyncOptions options;
    QString error;
    if (!syncPassphrase(context, false, &options.passphrase, &error))
        return context.fail(error);
    SyncService sync(db);
    const SyncImportResult r = sync.importPackage(file, options);
    if (!r.ok()) {
        if (context.json())
            context.print(QJsonObject{{u"error"_s, r.error.code()}, {u"message"_s, r.error.message()}},
                          QString());
        return context.fail(r.error.message());
    }
    QJsonArray notes;
    for (const QString &n : r.notes)
        notes << n;
    const QJsonObject json{
        {u"inserted"_s, r.inserted},
        {u"updated"_s, r.updated},
        {u"unchanged"_s, r.unchanged},
        {u"conflicts"_s, r.conflicts},
        {u"ignored"_s, r.ignored},
        {u"matches"_s, r.matches},
        {u"became_rep"_s, r.becameRep},
        {u"kind"_s, SyncManifest::kindName(r.manifest.kind)},
        {u"member"_s, r.manifest.memberCode},
        {u"package_id"_s, r.manifest.packageId},
        {u"created"_s, r.manifest.created.toString(Qt::ISODate)},
        {u"notes"_s, notes},
    };
    QString text = tr("Imported: %1 new, %2 updated, %3 conflicts, %4 ignored.")
                       .arg(r.inserted)
                       .arg(r.updated)
                       .arg(r.conflicts)
                       .arg(r.ignored);
    if (r.becameRep)
        text += u'\n' + tr("This database is now %1's.").arg(r.manifest.memberCode);
    if (r.conflicts)
        text += u'\n' + tr("See them with 'frontline-cli sync conflicts'.");
    if (r.matches)
        text +=
            u'\n' +
            tr("%1 new customers may be duplicates: see 'frontline-cli import candidates'.").arg(r.matches);
    for (const QString &n : r.notes)
        text += u'\n' + n;
    context.print(json, text);
    return Success;
}

int SyncCommand::conflicts(Context &context)
{
    Database db;
    if (!context.openDatabase(db, true))
        return Failure;
    const QList<SyncConflict> list = SyncService(db).conflicts(!context.isSet(u"all"_s));
    QJsonArray json;
    QList<QStringList> rows;
    for (const SyncConflict &c : list) {
        json << QJsonObject{
            {u"id"_s, c.id},
            {u"table"_s, c.table},
            {u"uuid"_s, c.uuid},
            {u"record"_s, c.record},
            {u"field"_s, c.field},
            {u"mine"_s, jsonValue(c.mine)},
            {u"mine_by"_s, c.mineWho},
            {u"mine_at"_s, clockText(c.mineClock.hlc)},
            {u"theirs"_s, jsonValue(c.theirs)},
            {u"theirs_by"_s, c.theirsWho},
            {u"theirs_at"_s, clockText(c.theirsClock.hlc)},
            {u"applied"_s, c.applied},
            {u"status"_s, c.status},
            {u"resolution"_s, c.resolution},
        };
        rows << QStringList{
            QString::number(c.id),
            c.table + u'.' + c.field,
            c.record,
            shown(c.mine) + u" (" + c.mineWho + u", " + clockText(c.mineClock.hlc).left(16) + u')',
            shown(c.theirs) + u" (" + c.theirsWho + u", " + clockText(c.theirsClock.hlc).left(16) + u')',
            c.status == u"open"_s ? c.applied : c.status + u": " + c.resolution};
    }
    if (context.json()) {
        context.print(json, QString());
    } else if (rows.isEmpty()) {
        context.printText(tr("No conflicts to resolve."));
    } else {
        context.printTable({tr("ID"), tr("Field"), tr("Record"), tr("Mine"), tr("Theirs"), tr("Now")}, rows);
        context.printText(tr("Keep one side with 'frontline-cli sync resolve ID --take mine|theirs'."));
    }
    return Success;
}

int SyncCommand::resolve(Context &context)
{
    bool ok = false;
    const qint64 id = context.arguments().value(1).toLongLong(&ok);
    if (!ok)
        return context.usageError(tr("Name the conflict: sync resolve ID --take mine|theirs."));
    const QString take = context.value(u"take"_s);
    if (take != u"mine"_s && take != u"theirs"_s)
        return context.usageError(tr("--take is mine or theirs."));
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    QString error;
    if (!SyncService(db).resolve(id, take == u"mine"_s ? SyncService::Take::Mine : SyncService::Take::Theirs,
                                 &error))
        return context.fail(error);
    context.print(
        QJsonObject{{u"id"_s, id}, {u"resolution"_s, take}},
        tr("Conflict %1 resolved: kept %2.").arg(id).arg(take == u"mine"_s ? tr("mine") : tr("theirs")));
    return Success;
}

int SyncCommand::history(Context &context)
{
    Database db;
    if (!context.openDatabase(db, true))
        return Failure;
    QJsonArray json;
    QList<QStringList> rows;
    for (const SyncHistoryEntry &h : SyncService(db).history()) {
        json << QJsonObject{
            {u"id"_s, h.id},
            {u"direction"_s, h.direction},
            {u"at"_s, h.at},
            {u"file"_s, h.fileName},
            {u"package_id"_s, h.packageId},
            {u"member"_s, h.memberCode},
            {u"records"_s, h.records},
            {u"inserted"_s, h.inserted},
            {u"updated"_s, h.updated},
            {u"conflicts"_s, h.conflicts},
            {u"ignored"_s, h.ignored},
            {u"matches"_s, h.matches},
        };
        rows << QStringList{QString::number(h.id),
                            h.at.left(19),
                            h.direction,
                            h.memberCode,
                            h.fileName,
                            QString::number(h.records),
                            QString::number(h.inserted),
                            QString::number(h.updated),
                            QString::number(h.conflicts)};
    }
    if (context.json())
        context.print(json, QString());
    else if (rows.isEmpty())
        context.printText(tr("No packages exported or imported yet."));
    else
        context.printTable({tr("ID"), tr("When (UTC)"), tr("Direction"), tr("Member"), tr("File"),
                            tr("Records"), tr("New"), tr("Updated"), tr("Conflicts")},
                           rows);
    return Success;
}

int SyncCommand::status(Context &context)
{
    Database db;
    if (!context.openDatabase(db, true))
        return Failure;
    SyncService sync(db);
    const SyncState s = sync.state();
    const qint64 pending = sync.pendingChanges();
    const QString role = s.role == SyncState::Manager ? u"manager"_s
                         : s.role == SyncState::Rep   ? u"rep"_s
                                                      : u"none"_s;
    const QJsonObject json{
        {u"role"_s, role},
        {u"team_id"_s, s.teamId},
        {u"device_id"_s, s.deviceId},
        {u"member"_s, s.memberCode},
        {u"confirmed_to"_s, clockText(s.confirmedHlc)},
        {u"open_conflicts"_s, s.openConflicts},
        {u"pending_changes"_s, pending},
    };
    QString text;
    if (s.role == SyncState::Rep)
        text = tr("%1's database; the manager has its changes up to %2. Open conflicts: %3.")
                   .arg(s.memberCode, s.confirmedHlc ? clockText(s.confirmedHlc) : tr("(none yet)"))
                   .arg(s.openConflicts) +
               u'\n' + tr("Changes not yet at the manager: %1.").arg(pending);
    else if (s.role == SyncState::Manager)
        text =
            tr("The manager's database of team %1. Open conflicts: %2.").arg(s.teamId).arg(s.openConflicts);
    else
        text = tr("This database has not synced yet.");
    context.print(json, text);
    return Success;
}

} // namespace frontline::cli
