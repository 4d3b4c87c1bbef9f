#include "SyncService.h"

#include "SyncEvent.h"
#include "repositories/AccessScope.h"
#include "repositories/CustomerRepository.h"
#include "services/CustomerMatcher.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

struct TableSpec
{
    QString name;
    QList<std::pair<QString, QString>> refs; // column → referenced table
};

// Parents before children: an import places every row after the rows it refers to.
const QList<TableSpec> &specs()
{
    static const QList<TableSpec> s{
        {u"shared_setting"_s, {}},
        {u"role_duty"_s, {}},
        {u"team"_s, {{u"parent_id"_s, u"team"_s}}},
        {u"member"_s, {{u"team_id"_s, u"team"_s}}},
        {u"pipeline_stage"_s, {}},
        {u"product"_s, {}},
        {u"customer"_s, {{u"owner_id"_s, u"member"_s}}},
        {u"contact"_s, {{u"customer_id"_s, u"customer"_s}}},
        {u"contact_point"_s, {{u"customer_id"_s, u"customer"_s}, {u"contact_id"_s, u"contact"_s}}},
        {u"opportunity"_s,
         {{u"customer_id"_s, u"customer"_s},
          {u"owner_id"_s, u"member"_s},
          {u"stage_id"_s, u"pipeline_stage"_s}}},
        {u"opportunity_stage_change"_s,
         {{u"opportunity_id"_s, u"opportunity"_s},
          {u"from_stage_id"_s, u"pipeline_stage"_s},
          {u"to_stage_id"_s, u"pipeline_stage"_s},
          {u"member_id"_s, u"member"_s}}},
        {u"sales_order"_s, {{u"customer_id"_s, u"customer"_s}, {u"member_id"_s, u"member"_s}}},
        {u"order_line"_s, {{u"order_id"_s, u"sales_order"_s}, {u"product_id"_s, u"product"_s}}},
        {u"payment"_s,
         {{u"customer_id"_s, u"customer"_s},
          {u"order_id"_s, u"sales_order"_s},
          {u"member_id"_s, u"member"_s}}},
        {u"activity"_s,
         {{u"customer_id"_s, u"customer"_s}, {u"contact_id"_s, u"contact"_s}, {u"member_id"_s, u"member"_s}}},
        {u"task"_s,
         {{u"assignee_id"_s, u"member"_s},
          {u"creator_id"_s, u"member"_s},
          {u"customer_id"_s, u"customer"_s},
          {u"opportunity_id"_s, u"opportunity"_s}}},
        {u"task_comment"_s, {{u"task_id"_s, u"task"_s}, {u"author_id"_s, u"member"_s}}},
        {u"target"_s, {{u"member_id"_s, u"member"_s}, {u"team_id"_s, u"team"_s}}},
        {u"training_session"_s, {{u"created_by"_s, u"member"_s}}},
        {u"training_attendance"_s, {{u"session_id"_s, u"training_session"_s}, {u"member_id"_s, u"member"_s}}},
        {u"development_plan"_s, {{u"member_id"_s, u"member"_s}}},
        {u"plan_goal"_s, {{u"plan_id"_s, u"development_plan"_s}}},
        {u"plan_skill"_s, {{u"plan_id"_s, u"development_plan"_s}}},
        {u"plan_milestone"_s, {{u"plan_id"_s, u"development_plan"_s}}},
        {u"plan_review"_s, {{u"plan_id"_s, u"development_plan"_s}, {u"reviewer_id"_s, u"member"_s}}},
    };
    return s;
}

// Columns derived from others in the same change (the name's keys) or bookkeeping: they follow
// their field and are never a conflict of their own.
bool isDerived(const QString &table, const QString &column)
{
    return table == u"customer"_s &&
           (column == u"name_key"_s || column == u"sort_key"_s || column == u"updated_at"_s);
}

QCborValue toCbor(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QCborValue(nullptr);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(v.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(v.toByteArray());
    default:
        return QCborValue(v.toString());
    }
}

QVariant fromCbor(const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        return QVariant(qlonglong(v.toInteger()));
    case QCborValue::Double:
        return QVariant(v.toDouble());
    case QCborValue::ByteArray:
        return QVariant(v.toByteArray());
    case QCborValue::String: {
        QString s = v.toString();
        if (s.isNull())
            s = u""_s; // an empty text is not NULL
        return QVariant(s);
    }
    default:
        return QVariant();
    }
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << u"?"_s;
    return q.join(u", "_s);
}

QString idList(const QSet<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? u"NULL"_s : parts.join(u',');
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Engine: the SQL side of export, import and resolution, on the calling thread's connection.

class SyncService::Engine
{
public:
    struct Table
    {
        QString name;
        QStringList columns; // synced columns: everything but id, uuid, hlc, device_id
        QSet<QString> notNull;
        QHash<QString, QString> refs;
    };
    struct LocalRow
    {
        qint64 id = 0;
        QCborMap fields;
        QHash<QString, FieldClock> clocks; // every column, resolved
        FieldClock rowClock;
    };

    explicit Engine(Database &db) : m_db(db), m_conn(db.connectionForThread())
    {
        for (const TableSpec &spec : specs()) {
            Table t;
            t.name = spec.name;
            for (const auto &[column, target] : spec.refs)
                t.refs.insert(column, target);
            QSqlQuery q(m_conn);
            q.exec(u"PRAGMA table_info("_s + spec.name + u')');
            while (q.next()) {
                const QString column = q.value(1).toString();
                if (column == u"id"_s || column == u"uuid"_s || column == u"hlc"_s ||
                    column == u"device_id"_s)
                    continue;
                t.columns << column;
                if (q.value(3).toInt() != 0 && q.value(4).isNull())
                    t.notNull.insert(column);
            }
            m_tables.insert(t.name, t);
        }
    }

    const Table &table(const QString &name) const { return m_tables.find(name).value(); }
    QSqlDatabase connection() const { return m_conn; }
    QString lastError() const { return m_error; }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        qWarning("sync: SQL failed: %s (%s)", qPrintable(m_error), qPrintable(q.lastQuery()));
        return false;
    }

    // id ↔ uuid of a table, loaded once per table.
    void loadIds(const QString &table)
    {
        if (m_uuids.contains(table))
            return;
        auto &uuids = m_uuids[table];
        auto &ids = m_ids[table];
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.exec(u"SELECT id, uuid FROM "_s + table);
        while (q.next()) {
            uuids.insert(q.value(0).toLongLong(), q.value(1).toString());
            ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    QString uuidOf(const QString &table, qint64 id)
    {
        loadIds(table);
        return m_uuids[table].value(id);
    }
    qint64 idOf(const QString &table, const QString &uuid)
    {
        loadIds(table);
        return m_ids[table].value(uuid, 0);
    }
    void remember(const QString &table, qint64 id, const QString &uuid)
    {
        loadIds(table);
        m_uuids[table].insert(id, uuid);
        m_ids[table].insert(uuid, id);
    }

    // A column value as it travels: references become the uuid of the row referred to.
    QCborValue portable(const Table &t, const QString &column, const QVariant &value)
    {
        const auto ref = t.refs.constFind(column);
        if (ref == t.refs.cend() || value.isNull())
            return toCbor(value);
        const QString uuid = uuidOf(ref.value(), value.toLongLong());
        return uuid.isEmpty() ? QCborValue(nullptr) : QCborValue(uuid);
    }

    QString selectColumns(const Table &t) const
    {
        return u"id, uuid, hlc, device_id, "_s + t.columns.join(u", "_s);
    }

    // Explicit clocks of a table's rows: uuid → field → clock ('*' included).
    QHash<QString, QHash<QString, FieldClock>> tableClocks(const QString &table)
    {
        QHash<QString, QHash<QString, FieldClock>> clocks;
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.prepare(u"SELECT uuid, field, hlc, device_id FROM sync_clock WHERE tbl = ?"_s);
        q.addBindValue(table);
        if (exec(q)) {
            while (q.next())
                clocks[q.value(0).toString()].insert(
                    q.value(1).toString(), {quint64(q.value(2).toLongLong()), q.value(3).toString()});
        }
        return clocks;
    }

    // Reads a row from a query positioned on it (selectColumns() order).
    LocalRow readRow(const Table &t, const QSqlQuery &q, const QHash<QString, FieldClock> &explicitClocks)
    {
        LocalRow row;
        row.id = q.value(0).toLongLong();
        // The row's clock is the latest of its fields'. The stored hlc can be later: an update
        // that stamps the row but changes no value moves it and no field.
        const FieldClock stored{quint64(q.value(2).toLongLong()), q.value(3).toString()};
        const FieldClock base = explicitClocks.value(u"*"_s, stored);
        for (int i = 0; i < t.columns.size(); ++i) {
            const QString &column = t.columns.at(i);
            row.fields.insert(column, portable(t, column, q.value(4 + i)));
            const FieldClock c = explicitClocks.value(column, base);
            row.clocks.insert(column, c);
            if (c > row.rowClock)
                row.rowClock = c;
        }
        return row;
    }

    std::optional<LocalRow> load(const Table &t, const QString &uuid)
    {
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + selectColumns(t) + u" FROM "_s + t.name + u" WHERE uuid = ?"_s);
        q.addBindValue(uuid);
        if (!exec(q) || !q.next())
            return std::nullopt;
        QHash<QString, FieldClock> clocks;
        QSqlQuery c(m_conn);
        c.setForwardOnly(true);
        c.prepare(u"SELECT field, hlc, device_id FROM sync_clock WHERE tbl = ? AND uuid = ?"_s);
        c.addBindValue(t.name);
        c.addBindValue(uuid);
        if (exec(c)) {
            while (c.next())
                clocks.insert(c.value(0).toString(),
                              {quint64(c.value(1).toLongLong()), c.value(2).toString()});
        }
        return readRow(t, q, clocks);
    }

    static SyncRecord toRecord(const QString &table, const QString &uuid, const LocalRow &row)
    {
        SyncRecord r;
        r.table = table;
        r.uuid = uuid;
        r.clock = row.rowClock;
        r.fields = row.fields;
        for (auto it = row.clocks.cbegin(); it != row.clocks.cend(); ++it) {
            if (it.value() != row.rowClock)
                r.clocks.insert(it.key(), it.value());
        }
        return r;
    }

    // Every row of table matching where, as records.
    bool select(const QString &tableName, const QString &where,
                const std::function<bool(const SyncRecord &)> &visit)
    {
        const Table &t = table(tableName);
        const auto clocks = tableClocks(tableName);
        QSqlQuery q(m_conn);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + selectColumns(t) + u" FROM "_s + t.name + u" WHERE "_s + where +
                    u" ORDER BY id"_s)) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            const QString uuid = q.value(1).toString();
            if (!visit(toRecord(t.name, uuid, readRow(t, q, clocks.value(uuid)))))
                return false;
        }
        return true;
    }

    // Writes the clocks of a row: only fields whose clock is not the row's (see 0005_sync.sql).
    bool writeClocks(const Table &t, const QString &uuid, const QHash<QString, FieldClock> &clocks,
                     const FieldClock &rowClock)
    {
        QSqlQuery q(m_conn);
        q.prepare(u"DELETE FROM sync_clock WHERE tbl = ? AND uuid = ?"_s);
        q.addBindValue(t.name);
        q.addBindValue(uuid);
        if (!exec(q))
            return false;
        q.prepare(u"INSERT INTO sync_clock (tbl, uuid, field, hlc, device_id) VALUES (?, ?, ?, ?, ?)"_s);
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
            if (it.value() == rowClock)
                continue;
            q.addBindValue(t.name);
            q.addBindValue(uuid);
            q.addBindValue(it.key());
            q.addBindValue(qint64(it.value().hlc));
            q.addBindValue(it.value().device);
            if (!exec(q))
                return false;
        }
        return true;
    }

    VersionVector versionVector()
    {
        VersionVector vv;
        QSqlQuery q(m_conn);
        q.exec(u"SELECT device_id, last_hlc FROM replica"_s);
        while (q.next())
            vv.insert(q.value(0).toString(), quint64(q.value(1).toLongLong()));
        vv.insert(m_db.deviceId(), std::max(vv.value(m_db.deviceId()), quint64(m_db.clock().last())));
        return vv;
    }

    QString meta(const QString &key) const { return m_db.metaValue(key); }

    Database &m_db;
    QSqlDatabase m_conn;
    QHash<QString, Table> m_tables;
    QHash<QString, QHash<qint64, QString>> m_uuids;
    QHash<QString, QHash<QString, qint64>> m_ids;
    QString m_error;
};

// ---------------------------------------------------------------------------------------------

namespace {

const QString MetaRole = u"sync_role"_s;
const QString MetaTeam = u"sync_team_id"_s;
const QString MetaMemberCode = u"sync_member_code"_s;
const QString MetaMemberUuid = u"sync_member_uuid"_s;
const QString MetaManagerDevice = u"sync_manager_device"_s;
const QString MetaConfirmed = u"sync_confirmed_hlc"_s;

SyncEvent eventFor(Database &db, SyncEvent::Kind kind, const QString &path)
{
    SyncEvent e;
    e.kind = kind;
    e.at = QDateTime::currentDateTimeUtc();
    e.databasePath = db.path();
    e.packagePath = path;
    return e;
}

// Rows with a field this database changed after the manager last confirmed its changes: the
// row's own clock when it is ours, or an explicit field clock of ours. Per table.
QList<std::pair<QString, QString>> unconfirmedChanges(Database &db, const SyncState &st)
{
    const QString confirmed = QString::number(qint64(st.confirmedHlc));
    const QString self = db.deviceId();
    QList<std::pair<QString, QString>> where;
    for (const QString &table : SyncService::tables())
        where.append(
            {table, u"hlc > %1 AND (device_id = '%2' OR uuid IN (SELECT uuid FROM sync_clock WHERE "
                    u"tbl = '%3' AND device_id = '%2' AND hlc > %1))"_s.arg(confirmed, self, table)});
    return where;
}

} // namespace

SyncService::SyncService(Database &db) : m_db(db) {}

SyncService::~SyncService() = default;

QStringList SyncService::tables()
{
    QStringList names;
    for (const TableSpec &s : specs())
        names << s.name;
    return names;
}

SyncState SyncService::state() const
{
    SyncState s;
    const QString role = m_db.metaValue(MetaRole);
    s.role = role == u"manager"_s ? SyncState::Manager
             : role == u"rep"_s   ? SyncState::Rep
                                  : SyncState::Unsynced;
    s.teamId = m_db.metaValue(MetaTeam);
    s.deviceId = m_db.deviceId();
    s.memberCode = m_db.metaValue(MetaMemberCode);
    s.memberUuid = m_db.metaValue(MetaMemberUuid);
    s.managerDevice = m_db.metaValue(MetaManagerDevice);
    s.confirmedHlc = m_db.metaValue(MetaConfirmed).toULongLong();
    QSqlQuery q(m_db.connectionForThread());
    if (q.exec(u"SELECT count(*) FROM sync_conflict WHERE status = 'open'"_s) && q.next())
        s.openConflicts = q.value(0).toLongLong();
    return s;
}

QList<SyncRecord> SyncService::records(const QString &table) const
{
    QList<SyncRecord> out;
    if (!tables().contains(table))
        return out;
    Engine engine(m_db);
    engine.select(table, u"1"_s, [&](const SyncRecord &r) {
        out << r;
        return true;
    });
    return out;
}

// ---------------------------------------------------------------------------------------------
// Export

static SyncExportResult writePackage(Database &db, SyncService::Engine &engine,
                                     const QList<std::pair<QString, QString>> &where, SyncManifest manifest,
                                     const QString &destination, const SyncOptions &options);

SyncExportResult SyncService::exportForMember(const QString &memberCode, const QString &destination,
                                              const SyncOptions &options)
{
    SyncExportResult result;
    result.path = destination;
    const auto failed = [&](SyncPackageError error) {
        result.error = std::move(error);
        SyncEvent e = eventFor(m_db, SyncEvent::ExportFailed, destination);
        e.memberCode = memberCode;
        e.errorCode = result.error.code();
        auditSyncEvent(&m_db, e);
        return result;
    };
    if (!m_db.isOpen())
        return failed({SyncPackageError::IoError, tr("No database is open.")});
    const SyncState st = state();
    if (st.role == SyncState::Rep)
        return failed({SyncPackageError::WrongRole,
                       tr("This is %1's database: it exports its own changes, not packages for members.")
                           .arg(st.memberCode)});
    Engine engine(m_db);
    const QSqlDatabase conn = engine.connection();
    QString scopeError;
    const std::optional<AccessScope> scope = AccessScope::forMemberCode(conn, memberCode, &scopeError);
    if (!scope)
        return failed(
            {SyncPackageError::WrongMember,
             scopeError.isEmpty() ? tr("There is no member with the code %1.").arg(memberCode) : scopeError});
    if (scope->seesEverything())
        return failed({SyncPackageError::WrongMember,
                       tr("%1 sees the whole company; sync packages are for members with their own share.")
                           .arg(memberCode)});

    // What the member may see, as SQL over local ids (integers loaded by AccessScope).
    const QString owners = scope->ownerCondition(u"owner_id"_s);
    const QString customers = u"(SELECT id FROM customer WHERE "_s + owners + u')';
    const QString inScope = u"customer_id IN "_s + customers;
    const QString opportunities = u"(SELECT id FROM opportunity WHERE "_s + inScope + u')';
    const QString memberIds = idList(scope->owners());
    const QString tasks =
        u"(customer_id IS NULL OR customer_id IN "_s + customers +
        u") AND (opportunity_id IS NULL OR opportunity_id IN "_s + opportunities +
        u") AND (customer_id IS NOT NULL OR opportunity_id IS NOT NULL OR assignee_id IN ("_s + memberIds +
        u") OR creator_id IN ("_s + memberIds + u"))"_s;
    const QString taskComments = u"task_id IN (SELECT id FROM task WHERE "_s + tasks + u')';
    const QString targets = u"member_id IN ("_s + memberIds + u')';
    // Training and development: the member's own plan, the sessions they are on the list of and
    // their attendance (a manager's package: their subtree's).
    const QString attendance = u"member_id IN ("_s + memberIds + u')';
    const QString sessions =
        u"id IN (SELECT session_id FROM training_attendance WHERE "_s + attendance + u')';
    const QString plans = u"member_id IN ("_s + memberIds + u')';
    const QString planItems = u"plan_id IN (SELECT id FROM development_plan WHERE "_s + plans + u')';

    // Members: the member, the people their rows refer to; teams: theirs and the ones above.
    QSet<qint64> members = scope->owners();
    members.insert(scope->memberId());
    {
        const QString sql =
            u"SELECT owner_id FROM customer WHERE "_s + owners +
            u" UNION SELECT member_id FROM activity WHERE "_s + inScope +
            u" UNION SELECT owner_id FROM opportunity WHERE "_s + inScope +
            u" UNION SELECT member_id FROM opportunity_stage_change WHERE opportunity_id IN "_s +
            opportunities + u" UNION SELECT member_id FROM sales_order WHERE "_s + inScope +
            u" UNION SELECT member_id FROM payment WHERE "_s + inScope +
            u" UNION SELECT assignee_id FROM task WHERE "_s + tasks +
            u" UNION SELECT creator_id FROM task WHERE "_s + tasks +
            u" UNION SELECT author_id FROM task_comment WHERE "_s + taskComments +
            u" UNION SELECT created_by FROM training_session WHERE "_s + sessions +
            u" UNION SELECT reviewer_id FROM plan_review WHERE "_s + planItems;
        QSqlQuery q(conn);
        if (!q.exec(sql))
            return failed({SyncPackageError::IoError, q.lastError().text()});
        while (q.next()) {
            if (!q.value(0).isNull())
                members.insert(q.value(0).toLongLong());
        }
    }
    QSet<qint64> teams;
    {
        QSqlQuery q(conn);
        q.exec(u"SELECT DISTINCT team_id FROM member WHERE team_id IS NOT NULL AND id IN ("_s +
               idList(members) + u')');
        QList<qint64> pending;
        while (q.next())
            pending << q.value(0).toLongLong();
        QSqlQuery parent(conn);
        parent.prepare(u"SELECT parent_id FROM team WHERE id = ?"_s);
        while (!pending.isEmpty()) {
            const qint64 id = pending.takeLast();
            if (teams.contains(id))
                continue;
            teams.insert(id);
            parent.addBindValue(id);
            if (parent.exec() && parent.next() && !parent.value(0).isNull())
                pending << parent.value(0).toLongLong();
        }
    }

    const QList<std::pair<QString, QString>> where{
        {u"shared_setting"_s, u"1"_s},
        {u"role_duty"_s, u"1"_s},
        {u"team"_s, u"id IN ("_s + idList(teams) + u')'},
        {u"member"_s, u"id IN ("_s + idList(members) + u')'},
        {u"pipeline_stage"_s, u"1"_s},
        {u"product"_s, u"1"_s},
        {u"customer"_s, owners},
        {u"contact"_s, inScope},
        {u"contact_point"_s, inScope},
        {u"opportunity"_s, inScope},
        {u"opportunity_stage_change"_s, u"opportunity_id IN "_s + opportunities},
        {u"sales_order"_s, inScope},
        {u"order_line"_s, u"order_id IN (SELECT id FROM sales_order WHERE "_s + inScope + u')'},
        {u"payment"_s, inScope},
        {u"activity"_s, inScope},
        {u"task"_s, tasks},
        {u"task_comment"_s, taskComments},
        {u"target"_s, targets},
        {u"training_session"_s, sessions},
        {u"training_attendance"_s, attendance},
        {u"development_plan"_s, plans},
        {u"plan_goal"_s, planItems},
        {u"plan_skill"_s, planItems},
        {u"plan_milestone"_s, planItems},
        {u"plan_review"_s, planItems},
    };

    // The first package makes this the team's manager database, with a sync id for the team.
    QString teamId = st.teamId;
    if (teamId.isEmpty())
        teamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SyncManifest manifest;
    manifest.kind = SyncManifest::Scope;
    manifest.teamId = teamId;
    manifest.memberCode = memberCode;
    manifest.memberUuid = engine.uuidOf(u"member"_s, scope->memberId());
    result = writePackage(m_db, engine, where, manifest, destination, options);
    if (result.ok() && st.role == SyncState::Unsynced) {
        m_db.setMetaValue(MetaTeam, teamId);
        m_db.setMetaValue(MetaRole, u"manager"_s);
    }
    SyncEvent e = eventFor(m_db, result.ok() ? SyncEvent::Exported : SyncEvent::ExportFailed, destination);
    e.memberCode = memberCode;
    e.packageId = result.manifest.packageId;
    e.records = result.manifest.records;
    e.errorCode = result.error.code();
    auditSyncEvent(&m_db, e);
    return result;
}

SyncExportResult SyncService::exportChanges(const QString &destination, const SyncOptions &options)
{
    SyncExportResult result;
    result.path = destination;
    const SyncState st = state();
    if (!m_db.isOpen()) {
        result.error = {SyncPackageError::IoError, tr("No database is open.")};
    } else if (st.role != SyncState::Rep) {
        result.error = {
            SyncPackageError::WrongRole,
            tr("Only a rep's database exports its changes; on the manager's database name the member "
               "to export for (--member CODE).")};
    } else {
        Engine engine(m_db);
        const QList<std::pair<QString, QString>> where = unconfirmedChanges(m_db, st);
        SyncManifest manifest;
        manifest.kind = SyncManifest::Changes;
        manifest.teamId = st.teamId;
        manifest.memberCode = st.memberCode;
        manifest.memberUuid = st.memberUuid;
        manifest.clockFrom = st.confirmedHlc;
        result = writePackage(m_db, engine, where, manifest, destination, options);
    }
    SyncEvent e = eventFor(m_db, result.ok() ? SyncEvent::Exported : SyncEvent::ExportFailed, destination);
    e.memberCode = st.memberCode;
    e.peerDevice = st.managerDevice;
    e.packageId = result.manifest.packageId;
    e.records = result.manifest.records;
    e.errorCode = result.error.code();
    auditSyncEvent(&m_db, e);
    return result;
}

static SyncExportResult writePackage(Database &db, SyncService::Engine &engine,
                                     const QList<std::pair<QString, QString>> &where, SyncManifest manifest,
                                     const QString &destination, const SyncOptions &options)
{
    SyncExportResult result;
    result.path = destination;
    SyncPackageWriter writer(options.passphrase, options.iterations);
    if (SyncPackageError error = writer.open()) {
        result.error = error;
        return result;
    }
    // One read snapshot for the whole package.
    Transaction tx(engine.connection());
    for (const auto &[table, condition] : where) {
        qint64 n = 0;
        const bool ok = engine.select(table, condition, [&](const SyncRecord &r) {
            ++n;
            manifest.clockTo = std::max(manifest.clockTo, r.clock.hlc);
            return writer.add(r);
        });
        if (!ok) {
            result.error = {
                SyncPackageError::IoError,
                SyncService::tr("Cannot read %1 for the package: %2").arg(table, engine.lastError())};
            return result;
        }
        result.perTable.insert(table, n);
    }
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    manifest.sourceDevice = db.deviceId();
    manifest.created = now;
    manifest.expires = now.addDays(std::max(1, options.validDays));
    manifest.schemaVersion = db.schemaVersion();
    manifest.versionVector = engine.versionVector();
    manifest.clockTo = std::max(manifest.clockTo, manifest.versionVector.value(db.deviceId()));
    if (manifest.packageId.isEmpty())
        manifest.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (SyncPackageError error = writer.finish(manifest, destination)) {
        result.error = error;
        return result;
    }
    qint64 records = 0;
    for (const qint64 n : std::as_const(result.perTable))
        records += n;
    manifest.records = records;
    QSqlQuery q(engine.connection());
    q.prepare(u"INSERT INTO sync_history (direction, at, file_name, package_id, peer_device, member_code, "
              u"clock_from, clock_to, records) VALUES ('export', ?, ?, ?, NULL, ?, ?, ?, ?)"_s);
    q.addBindValue(nowIso());
    q.addBindValue(QFileInfo(destination).fileName());
    q.addBindValue(manifest.packageId);
    q.addBindValue(manifest.memberCode);
    q.addBindValue(qint64(manifest.clockFrom));
    q.addBindValue(qint64(manifest.clockTo));
    q.addBindValue(records);
    q.exec();
    tx.commit();
    result.manifest = manifest;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Import

namespace {

struct Deferred
{
    QString table, uuid, column, refTable, refUuid;
};

class Importer
{
public:
    Importer(Database &db, SyncService::Engine &engine, const SyncManifest &manifest,
             SyncImportResult &result)
        : m_db(db), m_engine(engine), m_manifest(manifest), m_result(result)
    {
        m_localVV = engine.versionVector();
        m_self = db.deviceId();
    }

    // A rep's package may change only what is in the rep's scope: their customers and what is
    // attached to them. Anything else in it is left out (and counted as ignored).
    void limitTo(const AccessScope &scope) { m_scope = scope; }

    qint64 customerOwner(const QString &customerUuid)
    {
        const auto it = m_owners.constFind(customerUuid);
        if (it != m_owners.cend())
            return it.value();
        QSqlQuery q(m_engine.connection());
        q.prepare(u"SELECT owner_id FROM customer WHERE uuid = ?"_s);
        q.addBindValue(customerUuid);
        const qint64 owner = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        m_owners.insert(customerUuid, owner);
        return owner;
    }
    QString parentCustomer(const QString &table, const QString &uuid)
    {
        QSqlQuery q(m_engine.connection());
        q.prepare(u"SELECT c.uuid FROM "_s + table +
                  u" p JOIN customer c ON c.id = p.customer_id WHERE p.uuid = ?"_s);
        q.addBindValue(uuid);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    bool inScope(const SyncService::Engine::Table &t, const SyncRecord &rec,
                 const std::optional<SyncService::Engine::LocalRow> &local)
    {
        if (!m_scope)
            return true;
        const auto field = [&](const QString &column) {
            return local ? local->fields.value(column).toString() : rec.fields.value(column).toString();
        };
        const auto customerOk = [&](const QString &customerUuid) {
            // A customer new in this package is in scope when its owner is.
            if (customerUuid.isEmpty())
                return false;
            const qint64 owner = customerOwner(customerUuid);
            return owner >= 0 ? m_scope->canSeeOwner(owner) : m_newInScope.contains(customerUuid);
        };
        const QString &name = t.name;
        if (name == u"customer"_s) {
            const qint64 incoming = m_engine.idOf(u"member"_s, rec.fields.value(u"owner_id"_s).toString());
            const bool ok = m_scope->canSeeOwner(incoming) && (!local || customerOk(rec.uuid));
            if (ok && !local)
                m_newInScope.insert(rec.uuid);
            return ok;
        }
        if (name == u"contact"_s || name == u"contact_point"_s || name == u"activity"_s ||
            name == u"opportunity"_s || name == u"sales_order"_s || name == u"payment"_s)
            return customerOk(field(u"customer_id"_s)) &&
                   customerOk(rec.fields.value(u"customer_id"_s).toString());
        if (name == u"opportunity_stage_change"_s)
            return customerOk(
                parentCustomer(u"opportunity"_s, rec.fields.value(u"opportunity_id"_s).toString()));
        if (name == u"order_line"_s)
            return customerOk(parentCustomer(u"sales_order"_s, rec.fields.value(u"order_id"_s).toString()));
        if (name == u"task"_s) {
            const QString customer = rec.fields.value(u"customer_id"_s).toString();
            if (!customer.isEmpty())
                return customerOk(customer);
            const qint64 assignee = m_engine.idOf(u"member"_s, field(u"assignee_id"_s));
            return m_scope->canSeeOwner(assignee);
        }
        if (name == u"task_comment"_s) {
            // A comment is in scope when its task is: through the task's customer, else its assignee.
            QSqlQuery q(m_engine.connection());
            q.prepare(
                u"SELECT c.uuid, t.assignee_id FROM task t LEFT JOIN customer c ON c.id = t.customer_id "
                u"WHERE t.uuid = ?"_s);
            q.addBindValue(rec.fields.value(u"task_id"_s).toString());
            if (!q.exec() || !q.next())
                return false;
            return q.value(0).isNull() ? m_scope->canSeeOwner(q.value(1).toLongLong())
                                       : customerOk(q.value(0).toString());
        }
        return false; // organisation, products, stages, targets, settings, training and plans: the manager's
    }

    bool sourceSeen(const FieldClock &c) const
    {
        return m_manifest.versionVector.value(c.device, 0) >= c.hlc;
    }
    bool localSeen(const FieldClock &c) const
    {
        return c.device == m_self || m_localVV.value(c.device, 0) >= c.hlc;
    }
    bool concurrent(const FieldClock &mine, const FieldClock &theirs) const
    {
        return !sourceSeen(mine) && !localSeen(theirs);
    }

    void observe(const FieldClock &c)
    {
        m_maxSeen = std::max(m_maxSeen, c.hlc);
        if (c.device != m_self)
            m_seen[c.device] = std::max(m_seen.value(c.device), c.hlc);
    }

    // A portable value for a column of t, as SQL wants it: references become local ids.
    // missing is set when a reference names a row this database does not have.
    QVariant local(const SyncService::Engine::Table &t, const QString &column, const QCborValue &value,
                   bool *missing)
    {
        *missing = false;
        const auto ref = t.refs.constFind(column);
        if (ref == t.refs.cend() || value.isNull() || value.isUndefined())
            return fromCbor(value);
        const qint64 id = m_engine.idOf(ref.value(), value.toString());
        if (!id) {
            *missing = true;
            return QVariant();
        }
        return QVariant(id);
    }

    bool conflict(const SyncService::Engine::Table &t, const QString &uuid, const QString &field,
                  const QCborValue &mine, const FieldClock &mineClock, const QCborValue &theirs,
                  const FieldClock &theirsClock, bool theirsApplied)
    {
        QSqlQuery q(m_engine.connection());
        q.prepare(
            u"INSERT OR IGNORE INTO sync_conflict (tbl, uuid, field, mine_value, mine_hlc, mine_device, "
            u"theirs_value, theirs_hlc, theirs_device, applied, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(t.name);
        q.addBindValue(uuid);
        q.addBindValue(field);
        q.addBindValue(fromCbor(mine));
        q.addBindValue(qint64(mineClock.hlc));
        q.addBindValue(mineClock.device);
        q.addBindValue(fromCbor(theirs));
        q.addBindValue(qint64(theirsClock.hlc));
        q.addBindValue(theirsClock.device);
        q.addBindValue(theirsApplied ? u"theirs"_s : u"mine"_s);
        q.addBindValue(nowIso());
        if (!m_engine.exec(q))
            return false;
        if (q.numRowsAffected() > 0)
            ++m_result.conflicts;
        return true;
    }

    static FieldClock latest(const QHash<QString, FieldClock> &clocks)
    {
        FieldClock c;
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
            if (it.value() > c)
                c = it.value();
        }
        return c;
    }

    // The deleted field: a delete wins only over fields changed before it; a field changed after
    // it brings the row back (see the header).
    static void settleDeleted(QCborMap &values, QHash<QString, FieldClock> &clocks)
    {
        if (!clocks.contains(u"deleted"_s))
            return;
        FieldClock latest;
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
            if (it.key() != u"deleted"_s && it.value() > latest)
                latest = it.value();
        }
        if (values.value(u"deleted"_s).toInteger() == 1 && latest > clocks.value(u"deleted"_s))
            values.insert(u"deleted"_s, 0); // the delete keeps its clock, as on the other side
    }

    // Runs an INSERT or UPDATE; when a unique column (a code, an order number) is taken by
    // another row, the incoming value gets a suffix and a fresh clock, so the rename travels.
    bool runUnique(const SyncService::Engine::Table &t, const QString &uuid,
                   const std::function<QSqlQuery()> &build, QCborMap &values,
                   QHash<QString, FieldClock> &clocks, bool *ok)
    {
        static const QRegularExpression unique(u"UNIQUE constraint failed: (\\w+)\\.(\\w+)"_s);
        for (int attempt = 0; attempt < 4; ++attempt) {
            QSqlQuery q = build();
            if (q.exec()) {
                *ok = true;
                return true;
            }
            const QRegularExpressionMatch m =
                unique.match(q.lastError().databaseText() + u' ' + q.lastError().driverText());
            if (!m.hasMatch() || m.captured(1) != t.name || !t.columns.contains(m.captured(2))) {
                m_engine.m_error = q.lastError().text();
                *ok = false;
                return false;
            }
            const QString column = m.captured(2);
            const QString renamed = values.value(column).toString() + u'~' + uuid.left(8);
            m_result.notes << SyncService::tr(
                                  "%1 %2 was taken by another record here; the incoming one is now %3.")
                                  .arg(t.name, values.value(column).toString(), renamed);
            values.insert(column, renamed);
            const SyncStamp s = m_db.stamp();
            clocks.insert(column, {s.hlc, s.deviceId});
        }
        *ok = false;
        return false;
    }

    bool apply(const SyncRecord &rec)
    {
        const SyncService::Engine::Table &t = m_engine.table(rec.table);
        ++m_records;
        observe(rec.clock);
        for (auto it = rec.clocks.cbegin(); it != rec.clocks.cend(); ++it)
            observe(it.value());
        m_engine.m_error.clear();
        const std::optional<SyncService::Engine::LocalRow> localRow = m_engine.load(t, rec.uuid);
        if (!m_engine.lastError().isEmpty() && !localRow)
            return false;
        if (!inScope(t, rec, localRow)) {
            ++m_result.ignored;
            return true;
        }

        QCborMap values;
        QHash<QString, FieldClock> clocks;
        QSet<QString> changed;
        if (!localRow) {
            for (const QString &column : t.columns) {
                if (!rec.fields.contains(column))
                    continue;
                values.insert(column, rec.fields.value(column));
                clocks.insert(column, rec.clockOf(column));
                changed.insert(column);
            }
        } else {
            values = localRow->fields;
            clocks = localRow->clocks;
            for (const QString &column : t.columns) {
                if (column == u"deleted"_s || !rec.fields.contains(column))
                    continue;
                const FieldClock theirs = rec.clockOf(column), mine = clocks.value(column);
                const QCborValue theirValue = rec.fields.value(column), myValue = values.value(column);
                if (theirs == mine)
                    continue;
                const bool differ = theirValue != myValue;
                const bool isConflict = differ && !isDerived(t.name, column) && concurrent(mine, theirs);
                if (theirs > mine) {
                    if (isConflict && !conflict(t, rec.uuid, column, myValue, mine, theirValue, theirs, true))
                        return false;
                    clocks.insert(column, theirs);
                    if (differ) {
                        values.insert(column, theirValue);
                        changed.insert(column);
                    }
                } else if (isConflict &&
                           !conflict(t, rec.uuid, column, myValue, mine, theirValue, theirs, false)) {
                    return false;
                }
            }
            if (rec.fields.contains(u"deleted"_s)) {
                const FieldClock theirs = rec.clockOf(u"deleted"_s), mine = clocks.value(u"deleted"_s);
                const qint64 theirValue = rec.fields.value(u"deleted"_s).toInteger();
                if (theirs > mine) {
                    FieldClock latest;
                    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
                        if (it.key() != u"deleted"_s && it.value() > latest)
                            latest = it.value();
                    }
                    // A delete older than a change here is beaten by it, but its clock stays: the
                    // replica that saw the delete first holds the same (see settleDeleted()).
                    clocks.insert(u"deleted"_s, theirs);
                    values.insert(u"deleted"_s, theirValue == 0 || theirs >= latest ? theirValue : 0);
                }
            }
        }
        settleDeleted(values, clocks);
        if (localRow && values.value(u"deleted"_s) != localRow->fields.value(u"deleted"_s))
            changed.insert(u"deleted"_s);

        if (localRow && changed.isEmpty() && clocks == localRow->clocks) {
            ++m_result.unchanged;
            return true;
        }

        // References to local ids; a required one that is missing leaves the record out.
        QHash<QString, QVariant> sqlValues;
        for (const QString &column : std::as_const(changed)) {
            bool missing = false;
            const QVariant v = local(t, column, values.value(column), &missing);
            if (missing) {
                if (t.notNull.contains(column)) {
                    if (!localRow) {
                        ++m_result.ignored;
                        return true;
                    }
                    // Keep this field as it is here; a later package can still bring it.
                    clocks.insert(column, localRow->clocks.value(column));
                    values.insert(column, localRow->fields.value(column));
                    continue;
                }
                m_deferred.append(
                    {t.name, rec.uuid, column, t.refs.value(column), values.value(column).toString()});
            }
            sqlValues.insert(column, v);
        }

        bool ok = false;
        if (!localRow) {
            const auto build = [&]() {
                const FieldClock rc = latest(clocks);
                QStringList columns{u"uuid"_s, u"hlc"_s, u"device_id"_s};
                QVariantList binds{rec.uuid, qint64(rc.hlc), rc.device};
                for (auto it = sqlValues.cbegin(); it != sqlValues.cend(); ++it) {
                    columns << it.key();
                    bool missing = false;
                    binds << local(t, it.key(), values.value(it.key()), &missing);
                }
                QSqlQuery q(m_engine.connection());
                q.prepare(u"INSERT INTO "_s + t.name + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s +
                          placeholders(columns.size()) + u')');
                for (const QVariant &v : std::as_const(binds))
                    q.addBindValue(v);
                return q;
            };
            if (!runUnique(t, rec.uuid, build, values, clocks, &ok))
                return false;
            QSqlQuery id(m_engine.connection());
            id.prepare(u"SELECT id FROM "_s + t.name + u" WHERE uuid = ?"_s);
            id.addBindValue(rec.uuid);
            if (!m_engine.exec(id) || !id.next())
                return false;
            const qint64 newId = id.value(0).toLongLong();
            m_engine.remember(t.name, newId, rec.uuid);
            ++m_result.inserted;
            if (t.name == u"customer"_s)
                m_newCustomers << newId;
            touch(t, newId, values);
        } else {
            const auto build = [&]() {
                QStringList sets;
                QVariantList binds;
                for (const QString &column : std::as_const(changed)) {
                    if (!sqlValues.contains(column))
                        continue;
                    sets << column + u" = ?"_s;
                    bool missing = false;
                    binds << local(t, column, values.value(column), &missing);
                }
                const FieldClock rc = latest(clocks);
                sets << u"hlc = ?"_s << u"device_id = ?"_s;
                binds << qint64(rc.hlc) << rc.device << localRow->id;
                QSqlQuery q(m_engine.connection());
                q.prepare(u"UPDATE "_s + t.name + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
                for (const QVariant &v : std::as_const(binds))
                    q.addBindValue(v);
                return q;
            };
            if (!runUnique(t, rec.uuid, build, values, clocks, &ok))
                return false;
            if (changed.isEmpty())
                ++m_result.unchanged;
            else
                ++m_result.updated;
            touch(t, localRow->id, values);
        }
        return m_engine.writeClocks(t, rec.uuid, clocks, latest(clocks));
    }

    // Customers whose search document must be rebuilt.
    void touch(const SyncService::Engine::Table &t, qint64 id, const QCborMap &values)
    {
        if (t.name == u"customer"_s) {
            m_touched.insert(id);
        } else if (t.name == u"contact"_s || t.name == u"contact_point"_s) {
            const qint64 customer = m_engine.idOf(u"customer"_s, values.value(u"customer_id"_s).toString());
            if (customer)
                m_touched.insert(customer);
        }
    }

    bool finish()
    {
        // References to rows that came later in the package (a team's parent, …).
        for (const Deferred &d : std::as_const(m_deferred)) {
            const qint64 id = m_engine.idOf(d.refTable, d.refUuid);
            if (!id)
                continue;
            QSqlQuery q(m_engine.connection());
            q.prepare(u"UPDATE "_s + d.table + u" SET "_s + d.column + u" = ? WHERE uuid = ?"_s);
            q.addBindValue(id);
            q.addBindValue(d.uuid);
            if (!m_engine.exec(q))
                return false;
        }
        CustomerRepository customers(m_db, AccessScope::administrator());
        if (!m_touched.isEmpty() &&
            !customers.reindexMany(QList<qint64>(m_touched.cbegin(), m_touched.cend())))
            return false;
        if (!matchNewCustomers(customers))
            return false;
        // What this database now knows of every device.
        QSqlQuery q(m_engine.connection());
        VersionVector vv = m_manifest.versionVector;
        for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
            vv[it.key()] = std::max(vv.value(it.key()), it.value());
        for (auto it = vv.cbegin(); it != vv.cend(); ++it) {
            if (it.key() == m_self)
                continue;
            const quint64 known = m_localVV.value(it.key(), 0);
            const bool exists = m_localVV.contains(it.key());
            if (exists) {
                q.prepare(u"UPDATE replica SET last_hlc = ? WHERE device_id = ?"_s);
                q.addBindValue(qint64(std::max(known, it.value())));
                q.addBindValue(it.key());
            } else {
                q.prepare(
                    u"INSERT INTO replica (device_id, name, member_id, first_seen, last_hlc) VALUES (?, ?, ?, ?, ?)"_s);
                q.addBindValue(it.key());
                const bool source = it.key() == m_manifest.sourceDevice;
                const bool fromRep = m_manifest.kind == SyncManifest::Changes;
                q.addBindValue(source ? (fromRep ? m_manifest.memberCode : u"manager"_s) : QString(u""_s));
                const qint64 member =
                    source && fromRep ? m_engine.idOf(u"member"_s, m_manifest.memberUuid) : 0;
                q.addBindValue(member ? QVariant(member) : QVariant());
                q.addBindValue(nowIso());
                q.addBindValue(qint64(it.value()));
            }
            if (!m_engine.exec(q))
                return false;
        }
        m_db.clock().observe(std::max(m_maxSeen, m_manifest.clockTo));
        return m_db.setMetaValue(u"hlc_last"_s, QString::number(m_db.clock().last()));
    }

    bool matchNewCustomers(CustomerRepository &customers)
    {
        if (m_newCustomers.isEmpty())
            return true;
        QSqlQuery row(m_engine.connection()), points(m_engine.connection()), add(m_engine.connection());
        row.prepare(u"SELECT name_key FROM customer WHERE id = ? AND deleted = 0"_s);
        points.prepare(
            u"SELECT kind, normalized FROM contact_point WHERE customer_id = ? AND valid = 1 AND deleted = 0"_s);
        add.prepare(
            u"INSERT OR IGNORE INTO import_candidate (batch_id, customer_a, customer_b, score, reason, "
            u"status, created_at) VALUES (NULL, ?, ?, 1.0, ?, 'open', ?)"_s);
        for (const qint64 id : std::as_const(m_newCustomers)) {
            row.addBindValue(id);
            if (!m_engine.exec(row))
                return false;
            if (!row.next())
                continue;
            MatchKeys keys;
            keys.nameKey = row.value(0).toString();
            row.finish();
            points.addBindValue(id);
            if (!m_engine.exec(points))
                return false;
            while (points.next())
                (points.value(0).toString() == u"phone"_s ? keys.phones : keys.emails)
                    << points.value(1).toString();
            if (keys.isEmpty())
                continue;
            for (const DuplicateMatch &m : customers.findDuplicates(keys, id)) {
                add.addBindValue(std::min(id, m.customerId));
                add.addBindValue(std::max(id, m.customerId));
                add.addBindValue(QString(u"sync:"_s + m.reason));
                add.addBindValue(nowIso());
                if (!m_engine.exec(add))
                    return false;
                if (add.numRowsAffected() > 0)
                    ++m_result.matches;
            }
        }
        return true;
    }

    qint64 records() const { return m_records; }

private:
    Database &m_db;
    SyncService::Engine &m_engine;
    const SyncManifest &m_manifest;
    SyncImportResult &m_result;
    VersionVector m_localVV;
    QString m_self;
    QHash<QString, quint64> m_seen;
    quint64 m_maxSeen = 0;
    QList<Deferred> m_deferred;
    QSet<qint64> m_touched;
    QList<qint64> m_newCustomers;
    qint64 m_records = 0;
    std::optional<AccessScope> m_scope;
    QHash<QString, qint64> m_owners; // customer uuid → owner id, -1 when not here (yet)
    QSet<QString> m_newInScope;
};

} // namespace

SyncImportResult SyncService::importPackage(const QString &path, const SyncOptions &options)
{
    SyncImportResult result;
    const auto audit = [&](SyncEvent::Kind kind) {
        SyncEvent e = eventFor(m_db, kind, path);
        e.packageId = result.manifest.packageId;
        e.memberCode = result.manifest.memberCode;
        e.peerDevice = result.manifest.sourceDevice;
        e.errorCode = result.error.code();
        e.records = result.manifest.records;
        e.inserted = result.inserted;
        e.updated = result.updated;
        e.conflicts = result.conflicts;
        e.ignored = result.ignored;
        auditSyncEvent(&m_db, e);
    };
    const auto refuse = [&](SyncPackageError error) {
        const SyncManifest keep = result.manifest;
        result = SyncImportResult();
        result.manifest = keep;
        result.error = std::move(error);
        audit(SyncEvent::ImportRefused);
        return result;
    };
    if (!m_db.isOpen())
        return refuse({SyncPackageError::IoError, tr("No database is open.")});

    SyncPackageReader reader;
    if (SyncPackageError error = reader.open(path, options.passphrase))
        return refuse(error);
    const SyncManifest &m = reader.manifest();
    result.manifest = m;
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (now > m.expires)
        return refuse(
            {SyncPackageError::Expired, tr("This sync package expired on %1; ask for a new one.")
                                            .arg(m.expires.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))});
    if (m.sourceDevice == m_db.deviceId())
        return refuse({SyncPackageError::WrongRole, tr("This package was written by this database itself.")});
    const SyncState st = state();
    if (!st.teamId.isEmpty() && st.teamId != m.teamId)
        return refuse({SyncPackageError::ForeignTeam, tr("This sync package belongs to another team.")});

    Engine engine(m_db);
    bool becomeRep = false;
    if (m.kind == SyncManifest::Scope) {
        if (st.role == SyncState::Manager)
            return refuse(
                {SyncPackageError::WrongRole,
                 tr("This package is for %1's laptop; it cannot be imported into the manager's database.")
                     .arg(m.memberCode)});
        if (st.role == SyncState::Rep && st.memberUuid != m.memberUuid)
            return refuse(
                {SyncPackageError::WrongMember,
                 tr("This package is for %1, but this is %2's database.").arg(m.memberCode, st.memberCode)});
        if (st.role == SyncState::Unsynced) {
            QSqlQuery q(engine.connection());
            q.exec(u"SELECT (SELECT count(*) FROM member) + (SELECT count(*) FROM customer)"_s);
            if (q.next() && q.value(0).toLongLong() > 0)
                return refuse(
                    {SyncPackageError::WrongRole,
                     tr("This database already holds data of its own. Import a member's package into a "
                        "new database (frontline-cli init).")});
            becomeRep = true;
        }
    } else {
        if (st.role == SyncState::Rep)
            return refuse(
                {SyncPackageError::WrongRole,
                 tr("This package holds %1's changes for the manager; import it on the manager's database.")
                     .arg(m.memberCode)});
        if (st.teamId.isEmpty())
            return refuse({SyncPackageError::ForeignTeam, tr("This database has not exported packages for "
                                                             "this team; it cannot take changes from it.")});
        if (!engine.idOf(u"member"_s, m.memberUuid))
            return refuse(
                {SyncPackageError::WrongMember,
                 tr("The package comes from %1, who is not a member in this database.").arg(m.memberCode)});
    }

    // One transaction: a refusal or a crash part-way leaves the database as it was.
    Transaction tx(engine.connection());
    if (!tx.isActive())
        return refuse({SyncPackageError::IoError, tr("The database is busy; try again in a moment.")});
    Importer importer(m_db, engine, m, result);
    if (m.kind == SyncManifest::Changes) {
        const std::optional<AccessScope> scope =
            AccessScope::forMember(engine.connection(), engine.idOf(u"member"_s, m.memberUuid));
        if (!scope || scope->seesEverything())
            return refuse(
                {SyncPackageError::WrongMember,
                 tr("The package comes from %1, who is not a member in this database.").arg(m.memberCode)});
        importer.limitTo(*scope);
    }
    const auto dbFailure = [&]() {
        tx.rollback();
        return refuse(
            {SyncPackageError::IoError,
             tr("The package could not be applied; nothing was changed: %1").arg(engine.lastError())});
    };
    for (const QString &table : tables()) {
        bool applied = true;
        if (!reader.records(table, [&](const SyncRecord &r) { return applied = importer.apply(r); }) ||
            !applied) {
            if (reader.recordError()) {
                tx.rollback();
                return refuse(reader.recordError());
            }
            return dbFailure();
        }
    }
    if (!importer.finish())
        return dbFailure();
    if (becomeRep) {
        m_db.setMetaValue(MetaRole, u"rep"_s);
        m_db.setMetaValue(MetaTeam, m.teamId);
        m_db.setMetaValue(MetaMemberCode, m.memberCode);
        m_db.setMetaValue(MetaMemberUuid, m.memberUuid);
        result.becameRep = true;
    }
    if (m.kind == SyncManifest::Scope) {
        m_db.setMetaValue(MetaManagerDevice, m.sourceDevice);
        const quint64 confirmed = std::max(st.confirmedHlc, m.versionVector.value(m_db.deviceId()));
        m_db.setMetaValue(MetaConfirmed, QString::number(confirmed));
    }
    QSqlQuery q(engine.connection());
    q.prepare(u"INSERT INTO sync_history (direction, at, file_name, package_id, peer_device, member_code, "
              u"clock_from, "
              u"clock_to, records, inserted, updated, conflicts, ignored, matches) "
              u"VALUES ('import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         QVariantList{nowIso(), QFileInfo(path).fileName(), m.packageId, m.sourceDevice, m.memberCode,
                      qint64(m.clockFrom), qint64(m.clockTo), importer.records(), result.inserted,
                      result.updated, result.conflicts, result.ignored, result.matches})
        q.addBindValue(v);
    if (!engine.exec(q))
        return dbFailure();
    result.historyId = q.lastInsertId().toLongLong();
    // Conflicts found by this import point at its history row.
    QSqlQuery link(engine.connection());
    link.prepare(u"UPDATE sync_conflict SET history_id = ? WHERE history_id IS NULL"_s);
    link.addBindValue(result.historyId);
    if (!engine.exec(link))
        return dbFailure();
    // The audit entry goes in with the package: a kill after the commit never leaves an import
    // the audit log does not know of.
    audit(SyncEvent::Imported);
    if (!tx.commit())
        return dbFailure();
    return result;
}

// ---------------------------------------------------------------------------------------------
// Conflicts and history

QList<SyncConflict> SyncService::conflicts(bool openOnly) const
{
    QList<SyncConflict> list;
    Engine engine(m_db);
    QHash<QString, QString> names;
    {
        QSqlQuery q(engine.connection());
        q.exec(u"SELECT device_id, name FROM replica"_s);
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    const auto who = [&](const QString &device) {
        if (device == m_db.deviceId())
            return tr("this database");
        const QString name = names.value(device);
        return name.isEmpty() ? device.left(8) : name;
    };
    QSqlQuery q(engine.connection());
    q.exec(u"SELECT id, tbl, uuid, field, mine_value, mine_hlc, mine_device, theirs_value, theirs_hlc, "
           u"theirs_device, "
           u"applied, status, resolution, created_at FROM sync_conflict"_s +
           (openOnly ? u" WHERE status = 'open'"_s : QString()) + u" ORDER BY id"_s);
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toLongLong();
        c.table = q.value(1).toString();
        c.uuid = q.value(2).toString();
        c.field = q.value(3).toString();
        c.mine = q.value(4);
        c.mineClock = {quint64(q.value(5).toLongLong()), q.value(6).toString()};
        c.theirs = q.value(7);
        c.theirsClock = {quint64(q.value(8).toLongLong()), q.value(9).toString()};
        c.applied = q.value(10).toString();
        c.status = q.value(11).toString();
        c.resolution = q.value(12).toString();
        c.createdAt = q.value(13).toString();
        c.mineWho = who(c.mineClock.device);
        c.theirsWho = who(c.theirsClock.device);
        static const QHash<QString, QString> labels{
            {u"customer"_s, u"name"_s},
            {u"contact"_s, u"name"_s},
            {u"member"_s, u"name"_s},
            {u"product"_s, u"name"_s},
            {u"team"_s, u"name"_s},
            {u"opportunity"_s, u"title"_s},
            {u"sales_order"_s, u"order_no"_s},
            {u"task"_s, u"title"_s},
            {u"activity"_s, u"summary"_s},
            {u"contact_point"_s, u"raw"_s},
            {u"payment"_s, u"payment_no"_s},
        };
        const QString labelColumn = labels.value(c.table);
        if (!labelColumn.isEmpty()) {
            QSqlQuery l(engine.connection());
            l.prepare(u"SELECT "_s + labelColumn + u" FROM "_s + c.table + u" WHERE uuid = ?"_s);
            l.addBindValue(c.uuid);
            if (l.exec() && l.next())
                c.record = l.value(0).toString();
        }
        list << c;
    }
    return list;
}

bool SyncService::resolve(qint64 conflictId, Take take, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Engine engine(m_db);
    QSqlQuery q(engine.connection());
    q.prepare(
        u"SELECT tbl, uuid, field, mine_value, theirs_value, applied, status FROM sync_conflict WHERE id = ?"_s);
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return fail(tr("There is no conflict %1.").arg(conflictId));
    if (q.value(6).toString() != u"open"_s)
        return fail(tr("Conflict %1 is already resolved.").arg(conflictId));
    const QString table = q.value(0).toString(), uuid = q.value(1).toString(), field = q.value(2).toString();
    const QVariant chosen = take == Take::Mine ? q.value(3) : q.value(4);
    if (!tables().contains(table) || !engine.table(table).columns.contains(field))
        return fail(tr("Conflict %1 names an unknown field.").arg(conflictId));
    const Engine::Table &t = engine.table(table);

    Transaction tx(engine.connection());
    if (!tx.isActive())
        return fail(tr("The database is busy; try again in a moment."));
    const std::optional<Engine::LocalRow> row = engine.load(t, uuid);
    if (!row)
        return fail(tr("The record of conflict %1 is gone.").arg(conflictId));
    // Written as a new change when the row holds something else, so every replica gets it.
    if (toCbor(chosen) != row->fields.value(field)) {
        QVariant value = chosen;
        if (t.refs.contains(field) && !chosen.isNull()) {
            const qint64 id = engine.idOf(t.refs.value(field), chosen.toString());
            if (!id)
                return fail(tr("The record that value refers to is not in this database."));
            value = id;
        }
        const SyncStamp s = m_db.stamp();
        QStringList sets{field + u" = ?"_s};
        QVariantList binds{value};
        if (table == u"customer"_s && field == u"name"_s) {
            sets << u"name_key = ?"_s << u"sort_key = ?"_s;
            binds << TextNormalizer::nameKey(chosen.toString()) << TextNormalizer::sortKey(chosen.toString());
        }
        sets << u"hlc = ?"_s << u"device_id = ?"_s;
        binds << qint64(s.hlc) << s.deviceId << row->id;
        QSqlQuery u(engine.connection());
        u.prepare(u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s);
        for (const QVariant &v : std::as_const(binds))
            u.addBindValue(v);
        if (!u.exec())
            return fail(u.lastError().text());
        if (table == u"customer"_s &&
            !CustomerRepository(m_db, AccessScope::administrator()).reindexMany({row->id}))
            return fail(tr("The search index could not be updated."));
    }
    QSqlQuery done(engine.connection());
    done.prepare(
        u"UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_at = ? WHERE id = ?"_s);
    done.addBindValue(take == Take::Mine ? u"mine"_s : u"theirs"_s);
    done.addBindValue(nowIso());
    done.addBindValue(conflictId);
    if (!done.exec())
        return fail(done.lastError().text());
    // Audited inside the transaction: the resolution and its audit entry are kept together.
    SyncEvent e = eventFor(m_db, SyncEvent::ConflictResolved, QString());
    e.conflictId = conflictId;
    e.resolution = take == Take::Mine ? u"mine"_s : u"theirs"_s;
    auditSyncEvent(&m_db, e);
    if (!tx.commit())
        return fail(tx.lastError().text());
    return true;
}

qint64 SyncService::pendingChanges() const
{
    const SyncState st = state();
    if (st.role != SyncState::Rep)
        return 0;
    qint64 n = 0;
    QSqlQuery q(m_db.connectionForThread());
    for (const auto &[table, condition] : unconfirmedChanges(m_db, st)) {
        if (q.exec(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, condition)) && q.next())
            n += q.value(0).toLongLong();
    }
    return n;
}

QList<SyncHistoryEntry> SyncService::history(int limit) const
{
    QList<SyncHistoryEntry> list;
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(
        u"SELECT id, direction, at, file_name, package_id, peer_device, member_code, clock_from, clock_to, "
        u"records, inserted, updated, conflicts, ignored, matches FROM sync_history ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        SyncHistoryEntry h;
        h.id = q.value(0).toLongLong();
        h.direction = q.value(1).toString();
        h.at = q.value(2).toString();
        h.fileName = q.value(3).toString();
        h.packageId = q.value(4).toString();
        h.peerDevice = q.value(5).toString();
        h.memberCode = q.value(6).toString();
        h.clockFrom = quint64(q.value(7).toLongLong());
        h.clockTo = quint64(q.value(8).toLongLong());
        h.records = q.value(9).toLongLong();
        h.inserted = q.value(10).toLongLong();
        h.updated = q.value(11).toLongLong();
        h.conflicts = q.value(12).toLongLong();
        h.ignored = q.value(13).toLongLong();
        h.matches = q.value(14).toLongLong();
        list << h;
    }
    return list;
}

} // namespace frontline
