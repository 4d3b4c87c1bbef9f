#include "AuditLog.h"
#include "sync/SyncEvent.h"

#include "backup/BackupEvent.h"
#include "io/TableWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr const char *ActorNameProperty = "frontline_audit_user";
constexpr const char *ActorMemberProperty = "frontline_audit_member";

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Backups and restores are audited through the hook core/backup calls after each of them; it
// is installed when this file is linked in, which it always is (the repositories audit).
void auditBackup(Database *db, const BackupEvent &event)
{
    if (!db || !db->isOpen() || db->isReadOnly())
        return;
    const bool restore = event.kind == BackupEvent::RestoreDone || event.kind == BackupEvent::RestoreFailed;
    AuditEntry e;
    e.action = restore ? QString(AuditAction::BackupRestore) : QString(AuditAction::Backup);
    e.target = u"database"_s;
    e.location = event.backupPath;
    switch (event.kind) {
    case BackupEvent::BackupCreated:
        e.detail = u"bytes=%1 schema=%2"_s.arg(event.bytes).arg(event.schemaVersion);
        break;
    case BackupEvent::RestoreDone:
        e.detail = u"kept_aside=%1 schema=%2"_s.arg(event.keptAsidePath).arg(event.schemaVersion);
        break;
    case BackupEvent::BackupCancelled:
        e.outcome = AuditOutcome::Failed;
        e.detail = u"cancelled"_s;
        break;
    case BackupEvent::BackupFailed:
    case BackupEvent::RestoreFailed:
        e.outcome = AuditOutcome::Failed;
        e.detail = u"error=%1"_s.arg(event.errorCode);
        break;
    }
    AuditLog(*db).record(e);
}

// Sync exports, imports (done or refused) and resolved conflicts.
void auditSync(Database *db, const SyncEvent &event)
{
    if (!db)
        return;
    AuditLog log(*db);
    switch (event.kind) {
    case SyncEvent::Exported:
    case SyncEvent::ExportFailed:
        log.recordSync(u"export"_s, event.packagePath, event.memberCode, event.records, 0,
                       event.kind == SyncEvent::Exported, event.errorCode);
        break;
    case SyncEvent::Imported:
    case SyncEvent::ImportRefused:
        log.recordSync(u"import"_s, event.packagePath, event.peerDevice, event.inserted + event.updated,
                       event.conflicts, event.kind == SyncEvent::Imported, event.errorCode);
        break;
    case SyncEvent::ConflictResolved:
        log.recordSync(u"resolve"_s, QString(), event.resolution, 1, 0, true,
                       u"conflict=%1"_s.arg(event.conflictId));
        break;
    }
}

[[maybe_unused]] const bool backupHookInstalled = [] {
    setBackupAuditHook(&auditBackup);
    setSyncAuditHook(&auditSync);
    return true;
}();
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

AuditLog::AuditLog(Database &db, const AccessScope &scope) : m_db(db)
{
    m_fallback.memberId = scope.memberId();
}

void AuditLog::setActor(Database &db, const AuditActor &actor)
{
    db.setProperty(ActorNameProperty, actor.userName);
    db.setProperty(ActorMemberProperty, actor.memberId);
}

AuditActor AuditLog::actor(Database &db)
{
    return AuditActor{db.property(ActorNameProperty).toString(),
                      db.property(ActorMemberProperty).toLongLong()};
}

QString AuditLog::hashOf(const AuditEntry &e, const QString &previous)
{
    // Unit separators between fields, so that moving text from one field to the next changes
    // the hash.
    const QStringList fields{previous,
                             timestamp(e.at),
                             e.userName,
                             QString::number(e.memberId),
                             e.action,
                             e.target,
                             QString::number(e.rows),
                             e.location,
                             e.detail,
                             e.outcome,
                             e.deviceId};
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::record(AuditEntry e)
{
    const AuditActor current = actor(m_db);
    if (!e.userName.isEmpty()) {
        // Named by the caller: a login attempt names the account tried.
    } else if (!current.userName.isEmpty() || current.memberId) {
        e.userName = current.userName;
        e.memberId = current.memberId;
    } else if (e.userName.isEmpty() && !e.memberId) {
        e.memberId = m_fallback.memberId;
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.deviceId = m_db.deviceId();
    if (e.outcome.isEmpty())
        e.outcome = AuditOutcome::Ok;

    const QSqlDatabase db = m_db.connectionForThread();
    Transaction tx(db); // the previous hash and the new row under one write lock
    if (!tx.isActive()) {
        m_error = tx.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    const QString previous = q.next() ? q.value(0).toString() : QString();
    e.hash = hashOf(e, previous);
    q.prepare(
        u"INSERT INTO audit_log (at, user_name, member_id, action, target, rows, location, detail, "
        "outcome, device_id, hash) VALUES (?, coalesce(?, ''), ?, ?, coalesce(?, ''), ?, coalesce(?, ''), "
        "coalesce(?, ''), ?, ?, ?)"_s);
    q.addBindValue(timestamp(e.at));
    q.addBindValue(e.userName);
    q.addBindValue(e.memberId ? QVariant(e.memberId) : QVariant());
    q.addBindValue(e.action);
    q.addBindValue(e.target);
    q.addBindValue(e.rows >= 0 ? QVariant(e.rows) : QVariant());
    q.addBindValue(e.location);
    q.addBindValue(e.detail);
    q.addBindValue(e.outcome);
    q.addBindValue(e.deviceId);
    q.addBindValue(e.hash);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.lastError().text();
        return false;
    }
    return true;
}

bool AuditLog::record(QLatin1String action, const QString &target, const QString &detail, qint64 rows,
                      const QString &location, QLatin1String outcome)
{
    AuditEntry e;
    e.action = action;
    e.target = target;
    e.detail = detail;
    e.rows = rows;
    e.location = location;
    e.outcome = outcome;
    return record(e);
}

bool AuditLog::recordSync(const QString &direction, const QString &packagePath, const QString &peer,
                          qint64 rows, qint64 conflicts, bool ok, const QString &error)
{
    AuditEntry e;
    e.action = AuditAction::Sync;
    e.target = u"sync:"_s + direction + (peer.isEmpty() ? QString() : u' ' + peer);
    e.location = packagePath;
    e.rows = rows;
    e.detail = u"conflicts=%1"_s.arg(conflicts) + (error.isEmpty() ? QString() : u" error="_s + error);
    e.outcome = ok ? AuditOutcome::Ok : AuditOutcome::Failed;
    return record(e);
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter)
{
    QString sql = u"SELECT id, at, user_name, member_id, action, target, rows, location, detail, outcome, "
                  "device_id, hash FROM audit_log WHERE 1"_s;
    QVariantList binds;
    if (filter.from.isValid()) {
        sql += u" AND at >= ?"_s;
        binds << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        sql += u" AND at < ?"_s;
        binds << timestamp(filter.to);
    }
    if (!filter.actions.isEmpty()) {
        sql += u" AND action IN ("_s + QStringList(filter.actions.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &a : filter.actions)
            binds << a;
    }
    if (!filter.userName.isEmpty()) {
        sql += u" AND user_name = ? COLLATE NOCASE"_s;
        binds << filter.userName;
    }
    if (!filter.text.isEmpty()) {
        // instr() rather than LIKE: the text may hold % and _.
        sql +=
            u" AND (instr(lower(target), lower(?)) > 0 OR instr(lower(coalesce(location, '')), lower(?)) > 0 "
            "OR instr(lower(coalesce(detail, '')), lower(?)) > 0)"_s;
        binds << filter.text << filter.text << filter.text;
    }
    sql += u" ORDER BY id DESC"_s;
    if (filter.limit >= 0)
        sql += u" LIMIT "_s + QString::number(filter.limit);
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<AuditEntry> result;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.userName = q.value(2).toString();
        e.memberId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.rows = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
        e.location = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.outcome = q.value(9).toString();
        e.deviceId = q.value(10).toString();
        e.hash = q.value(11).toString();
        result << e;
    }
    return result;
}

qint64 AuditLog::verify()
{
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, at, user_name, member_id, action, target, rows, location, detail, outcome, "
                "device_id, hash FROM audit_log ORDER BY id"_s)) {
        m_error = q.lastError().text();
        return -1;
    }
    QString previous;
    while (q.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.userName = q.value(2).toString();
        e.memberId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.target = q.value(5).toString();
        e.rows = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
        e.location = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.outcome = q.value(9).toString();
        e.deviceId = q.value(10).toString();
        const QString stored = q.value(11).toString();
        if (hashOf(e, previous) != stored)
            return q.value(0).toLongLong();
        previous = stored;
    }
    return 0;
}

QStringList AuditLog::actions()
{
    using namespace AuditAction;
    QStringList keys;
    for (const QLatin1String a :
         {Login,      LoginFailed,      Logout, Lock,          Unlock,     Export,
          Delete,     Restore,          Merge,  Import,        ImportUndo, PermissionChange,
          UserChange, PassphraseChange, Backup, BackupRestore, Sync,       Erase,
          Consent,    PrivacyNotice,    Denied, OrgChange,     Assessment, PlanReview})
        keys << QString(a);
    return keys;
}

QString AuditLog::actionTitle(const QString &action)
{
    using namespace AuditAction;
    if (action == Login)
        return tr("Login");
    if (action == LoginFailed)
        return tr("Failed login");
    if (action == Logout)
        return tr("Logout");
    if (action == Lock)
        return tr("Lock");
    if (action == Unlock)
        return tr("Unlock");
    if (action == Export)
        return tr("Export");
    if (action == Delete)
        return tr("Delete");
    if (action == Restore)
        return tr("Restore");
    if (action == Merge)
        return tr("Merge");
    if (action == Import)
        return tr("Import");
    if (action == ImportUndo)
        return tr("Import undone");
    if (action == PermissionChange)
        return tr("Permission change");
    if (action == UserChange)
        return tr("User change");
    if (action == PassphraseChange)
        return tr("Passphrase change");
    if (action == Backup)
        return tr("Backup");
    if (action == BackupRestore)
        return tr("Restore from backup");
    if (action == Sync)
        return tr("Sync");
    if (action == Erase)
        return tr("Erasure");
    if (action == Consent)
        return tr("Consent change");
    if (action == PrivacyNotice)
        return tr("Privacy notice change");
    if (action == Denied)
        return tr("Permission denied");
    if (action == OrgChange)
        return tr("Team change");
    if (action == Assessment)
        return tr("Assessment score");
    if (action == PlanReview)
        return tr("Development plan review");
    return action;
}

QString AuditLog::customerTarget(qint64 id, const QString &code)
{
    return u"customer:%1"_s.arg(id) + (code.isEmpty() ? QString() : u' ' + code);
}

QStringList AuditLog::exportHeader()
{
    return {u"id"_s,   u"at"_s,       u"user"_s,   u"member_id"_s, u"action"_s,   u"target"_s,
            u"rows"_s, u"location"_s, u"detail"_s, u"outcome"_s,   u"device_id"_s};
}

QList<QVariant> AuditLog::exportCells(const AuditEntry &e)
{
    return {e.id,
            e.at.toString(Qt::ISODateWithMs),
            e.userName,
            e.memberId ? QVariant(e.memberId) : QVariant(),
            e.action,
            e.target,
            e.rows >= 0 ? QVariant(e.rows) : QVariant(),
            e.location,
            e.detail,
            e.outcome,
            e.deviceId};
}

bool AuditLog::exportEntries(const QList<AuditEntry> &entries, const QString &path)
{
    const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    io::CsvWriteOptions csv;
    csv.neutralizeFormulas = true; // details are free text: a spreadsheet must show them, never run them
    std::unique_ptr<io::TableWriter> writer =
        xlsx ? io::createXlsxWriter(path, u"audit"_s, &m_error) : io::createCsvWriter(path, csv, &m_error);
    if (!writer)
        return false;
    const QStringList header = exportHeader();
    bool ok = writer->writeRow(QList<QVariant>(header.cbegin(), header.cend()));
    for (const AuditEntry &e : entries)
        ok = ok && writer->writeRow(exportCells(e));
    if (!ok || !writer->finish()) {
        m_error = writer->errorString();
        return false;
    }
    return record(AuditAction::Export, u"audit"_s, xlsx ? u"xlsx"_s : u"csv"_s, entries.size(),
                  QFileInfo(path).absoluteFilePath());
}

} // namespace frontline
