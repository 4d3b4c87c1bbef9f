// AuditLog records sensitive actions in the append-only audit_log table and reads them back for
// the audit viewer and `frontline-cli audit`. There is no API to change or remove an entry, and
// the table's triggers refuse UPDATE and DELETE from anywhere. Entries name records by id and
// code (customer:12 C000012), never by a person's name, so that an erased customer leaves
// nothing personal behind here.
//
// Who did it: the actor set for the database after a login (setActor(), done by
// UserAccounts::login()), else the member of the access scope given to the constructor, else
// the single-user administrator (an empty user name).
//
// Writes join the caller's transaction when there is one, so an action and its audit entry are
// committed together or not at all.
#pragma once

#include "repositories/AccessScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QVariant>

namespace frontline {

class Database;

// Action keys stored in audit_log.action.
namespace AuditAction {
inline constexpr QLatin1String Login("login");
inline constexpr QLatin1String LoginFailed("login_failed");
inline constexpr QLatin1String Logout("logout");
inline constexpr QLatin1String Lock("lock");     // the window locked the database away (manual or idle)
inline constexpr QLatin1String Unlock("unlock"); // back after a lock: passphrase (and login) given again
inline constexpr QLatin1String Export("export");
inline constexpr QLatin1String Delete("delete");
inline constexpr QLatin1String Restore("restore");
inline constexpr QLatin1String Merge("merge");
inline constexpr QLatin1String Import("import");
inline constexpr QLatin1String ImportUndo("import_undo");
inline constexpr QLatin1String PermissionChange("permission_change");
inline constexpr QLatin1String UserChange("user_change");
inline constexpr QLatin1String PassphraseChange("passphrase_change");
inline constexpr QLatin1String Backup("backup");
inline constexpr QLatin1String BackupRestore("backup_restore");
inline constexpr QLatin1String Sync("sync");
inline constexpr QLatin1String Erase("erase");
inline constexpr QLatin1String Consent("consent");
inline constexpr QLatin1String PrivacyNotice("privacy_notice");
inline constexpr QLatin1String Denied("permission_denied");
inline constexpr QLatin1String OrgChange("org_change");   // a member moved between teams
inline constexpr QLatin1String Assessment("assessment");  // a training score recorded
inline constexpr QLatin1String PlanReview("plan_review"); // a development plan reviewed
} // namespace AuditAction

namespace AuditOutcome {
inline constexpr QLatin1String Ok("ok");
inline constexpr QLatin1String Denied("denied");
inline constexpr QLatin1String Failed("failed");
} // namespace AuditOutcome

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userName;
    qint64 memberId = 0;
    QString action;
    QString target;   // customer:12 C000012, report:sales, batch:3, user:li.na
    qint64 rows = -1; // -1: not applicable
    QString location; // a file, a folder, a device
    QString detail;
    QString outcome = QStringLiteral("ok"); // ok, denied, failed
    QString deviceId;
    QString hash;
};

struct AuditFilter
{
    QDateTime from; // inclusive, UTC; invalid: no limit
    QDateTime to;   // exclusive, UTC; invalid: no limit
    QStringList actions;
    QString userName;
    // Entries whose target, location or detail contain this text (case-insensitive for ASCII).
    QString text;
    int limit = -1;
};

struct AuditActor
{
    QString userName;
    qint64 memberId = 0;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(frontline::AuditLog)
public:
    explicit AuditLog(Database &db);
    AuditLog(Database &db, const AccessScope &scope);

    // Fills at, the actor, device and hash; false (lastError()) when it could not be written.
    bool record(AuditEntry entry);
    bool record(QLatin1String action, const QString &target, const QString &detail = QString(),
                qint64 rows = -1, const QString &location = QString(),
                QLatin1String outcome = AuditOutcome::Ok);

    // For the sync module: a package exported or imported (direction "export" or "import"),
    // the package file, the other side (member code or device), rows applied and conflicts.
    bool recordSync(const QString &direction, const QString &packagePath, const QString &peer, qint64 rows,
                    qint64 conflicts, bool ok, const QString &error = QString());

    // Newest first.
    QList<AuditEntry> entries(const AuditFilter &filter = {});
    // Writes entries to path as CSV or XLSX (by its suffix, .xlsx or else CSV) with one header
    // row of column keys, and records the export in the log itself. False with lastError() when
    // the file could not be written.
    bool exportEntries(const QList<AuditEntry> &entries, const QString &path);
    // The column keys of exportEntries() and `frontline-cli audit --format csv`, and the cells
    // of one entry under them.
    static QStringList exportHeader();
    static QList<QVariant> exportCells(const AuditEntry &entry);

    // Re-computes the hash chain: 0 when it is sound, else the id of the first row that does
    // not match (changed, or a row before it removed), -1 on a read error.
    qint64 verify();
    QString lastError() const { return m_error; }

    // The person logged in on db, for every entry written through db until changed or cleared
    // (an empty actor).
    static void setActor(Database &db, const AuditActor &actor);
    static AuditActor actor(Database &db);

    static QStringList actions();
    static QString actionTitle(const QString &action);
    // Human text for a customer target: "customer:12 C000012".
    static QString customerTarget(qint64 id, const QString &code);

private:
    static QString hashOf(const AuditEntry &e, const QString &previous);

    Database &m_db;
    AuditActor m_fallback;
    QString m_error;
};

} // namespace frontline
