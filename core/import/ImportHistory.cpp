#include "ImportHistory.h"

#include "ImportStore.h"
#include "repositories/CustomerRepository.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

sqlite3 *handleOf(Database &db)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(db.connectionForThread().driver());
    return driver ? driver->nativeHandle() : nullptr;
}

// Tables an import writes, and the columns it may change; names in SQL come only from here.
const QStringList Tables{u"customer"_s,   u"contact"_s,     u"contact_point"_s,
                         u"member"_s,     u"product"_s,     u"sales_order"_s,
                         u"order_line"_s, u"opportunity"_s, u"opportunity_stage_change"_s,
                         u"activity"_s,   u"task"_s,        u"target"_s,
                         u"payment"_s};

// Who points at whom: undoing a batch must not leave live rows pointing at its tombstones.
struct Reference
{
    QString parent, child, column;
};
const QList<Reference> References{
    {u"customer"_s, u"sales_order"_s, u"customer_id"_s},
    {u"customer"_s, u"opportunity"_s, u"customer_id"_s},
    {u"customer"_s, u"activity"_s, u"customer_id"_s},
    {u"customer"_s, u"contact"_s, u"customer_id"_s},
    {u"customer"_s, u"contact_point"_s, u"customer_id"_s},
    {u"customer"_s, u"task"_s, u"customer_id"_s},
    {u"customer"_s, u"payment"_s, u"customer_id"_s},
    {u"sales_order"_s, u"payment"_s, u"order_id"_s},
    {u"member"_s, u"payment"_s, u"member_id"_s},
    {u"product"_s, u"order_line"_s, u"product_id"_s},
    {u"sales_order"_s, u"order_line"_s, u"order_id"_s},
    {u"member"_s, u"customer"_s, u"owner_id"_s},
    {u"member"_s, u"sales_order"_s, u"member_id"_s},
    {u"member"_s, u"opportunity"_s, u"owner_id"_s},
    {u"member"_s, u"activity"_s, u"member_id"_s},
    {u"opportunity"_s, u"opportunity_stage_change"_s, u"opportunity_id"_s},
};

struct Run
{
    QString table;
    qint64 first, last;
};

QDateTime utc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

ImportHistory::ImportHistory(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QList<ImportBatch> ImportHistory::batches(int limit)
{
    QList<ImportBatch> result;
    QByteArray sql =
        "SELECT b.id, b.kind, b.file_name, b.format, b.encoding, b.member_id, m.name, b.started_at, "
        "b.finished_at, b.status, b.read_rows, b.inserted_rows, b.merged_rows, b.updated_rows, "
        "b.skipped_rows, b.rejected_rows, b.warnings, b.created, b.rejects_file, b.undone_at "
        "FROM import_batch b LEFT JOIN member m ON m.id = b.member_id";
    if (m_scope.role() == Role::Rep)
        sql += " WHERE b.member_id = " + QByteArray::number(m_scope.memberId());
    sql += " ORDER BY b.id DESC LIMIT " + QByteArray::number(std::max(1, limit));
    SqlStatement q(handleOf(m_db), sql.constData());
    while (q.next()) {
        ImportBatch b;
        b.id = q.int64(0);
        b.kind = q.text(1);
        b.fileName = q.text(2);
        b.format = q.text(3);
        b.encoding = q.text(4);
        b.memberId = q.int64(5);
        b.memberName = q.text(6);
        b.startedAt = utc(q.text(7));
        b.finishedAt = utc(q.text(8));
        b.status = q.text(9);
        b.read = q.int64(10);
        b.inserted = q.int64(11);
        b.merged = q.int64(12);
        b.updated = q.int64(13);
        b.skipped = q.int64(14);
        b.rejected = q.int64(15);
        b.warnings = q.int64(16);
        b.created = q.text(17);
        b.rejectsFile = q.text(18);
        b.undoneAt = utc(q.text(19));
        result << b;
    }
    return result;
}

std::optional<ImportBatch> ImportHistory::batch(qint64 id)
{
    for (const ImportBatch &b : batches(1000000)) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

UndoResult ImportHistory::undo(qint64 batchId)
{
    UndoResult result;
    const std::optional<ImportBatch> b = batch(batchId);
    if (!b) {
        result.error = tr("There is no import batch %1.").arg(batchId);
        return result;
    }
    if (b->status == u"undone"_s) {
        result.error = tr("Batch %1 was already undone.").arg(batchId);
        return result;
    }
    if (m_scope.role() == Role::Support ||
        (m_scope.role() == Role::Rep && b->memberId != m_scope.memberId())) {
        result.error = tr("Only whoever ran an import, a manager or an administrator can undo it.");
        return result;
    }
    sqlite3 *db = handleOf(m_db);
    Transaction tx(m_db.connectionForThread());
    if (!tx.isActive()) {
        result.error = tx.lastError().text();
        return result;
    }
    const auto failed = [&](const QString &error) {
        result.ok = false;
        result.error = error;
        return result;
    };
    QList<Run> runs;
    {
        SqlStatement q(
            db, "SELECT table_name, first_id, last_id FROM import_insert WHERE batch_id = ? ORDER BY id");
        q.bind(1, batchId);
        while (q.next()) {
            if (!Tables.contains(q.text(0)))
                return failed(tr("Batch %1 names an unknown table.").arg(batchId));
            runs << Run{q.text(0), q.int64(1), q.int64(2)};
        }
    }
    const auto inBatch = [&](const QString &table, qint64 id) {
        return std::any_of(runs.cbegin(), runs.cend(),
                           [&](const Run &r) { return r.table == table && id >= r.first && id <= r.last; });
    };
    // Refuse when something the batch did not insert (a later import, a person) depends on it.
    for (const Reference &ref : References) {
        for (const Run &run : std::as_const(runs)) {
            if (run.table != ref.parent)
                continue;
            const QByteArray sql = "SELECT id FROM " + ref.child.toLatin1() + " WHERE deleted = 0 AND " +
                                   ref.column.toLatin1() + " BETWEEN ? AND ?";
            SqlStatement q(db, sql.constData());
            q.bind(1, run.first);
            q.bind(2, run.last);
            while (q.next()) {
                if (!inBatch(ref.child, q.int64(0)))
                    return failed(
                        tr("Records of batch %1 are used by later changes (%2 %3); undo those first.")
                            .arg(batchId)
                            .arg(ref.child)
                            .arg(q.int64(0)));
            }
        }
    }
    const SyncStamp stamp = m_db.stamp();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSet<qint64> reindex;
    QList<std::pair<qint64, qint64>> customerRuns;
    for (const Run &run : std::as_const(runs)) {
        if (run.table == u"customer"_s)
            customerRuns << std::pair{run.first, run.last};
    }
    const auto insertedCustomer = [&](qint64 id) {
        return std::any_of(customerRuns.cbegin(), customerRuns.cend(),
                           [&](const auto &r) { return id >= r.first && id <= r.second; });
    };
    for (const Run &run : std::as_const(runs)) {
        if (run.table == u"contact_point"_s || run.table == u"contact"_s) {
            // Points and people added to customers that existed before: those need a new index.
            const QByteArray sql =
                "SELECT DISTINCT customer_id FROM " + run.table.toLatin1() + " WHERE id BETWEEN ? AND ?";
            SqlStatement q(db, sql.constData());
            q.bind(1, run.first);
            q.bind(2, run.last);
            while (q.next()) {
                if (!insertedCustomer(q.int64(0)))
                    reindex.insert(q.int64(0));
            }
        }
        const QByteArray sql = "UPDATE " + run.table.toLatin1() + " SET deleted = 1, hlc = ?, device_id = ?" +
                               (run.table == u"customer"_s ? ", updated_at = ?" : "") +
                               " WHERE id BETWEEN ? AND ? AND deleted = 0";
        SqlStatement q(db, sql.constData());
        int i = 1;
        q.bind(i++, qint64(stamp.hlc));
        q.bind(i++, stamp.deviceId);
        if (run.table == u"customer"_s)
            q.bind(i++, now);
        q.bind(i++, run.first);
        q.bind(i++, run.last);
        if (!q.exec())
            return failed(q.error());
        result.tombstoned += sqlite3_changes(db);
        if (run.table == u"customer"_s) {
            SqlStatement s(db, "DELETE FROM customer_search WHERE docid BETWEEN ? AND ?");
            s.bind(1, run.first);
            s.bind(2, run.last);
            if (!s.exec())
                return failed(s.error());
        }
    }
    // Changed fields back, newest first; a field someone changed since keeps its new value.
    {
        SqlStatement q(db, "SELECT table_name, row_id, column_name, old_value, new_value FROM import_change "
                           "WHERE batch_id = ? ORDER BY id DESC");
        q.bind(1, batchId);
        while (q.next()) {
            const QString table = q.text(0), column = q.text(2);
            static const QRegularExpression identifier(u"^[a-z_]+$"_s);
            if (!Tables.contains(table) || !identifier.match(column).hasMatch())
                return failed(tr("Batch %1 names an unknown column.").arg(batchId));
            const QByteArray sql = "UPDATE " + table.toLatin1() + " SET " + column.toLatin1() +
                                   " = ?, hlc = ?, device_id = ? WHERE id = ? AND " + column.toLatin1() +
                                   " IS ?";
            SqlStatement u(db, sql.constData());
            u.bind(1, q.value(3));
            u.bind(2, qint64(stamp.hlc));
            u.bind(3, stamp.deviceId);
            u.bind(4, q.int64(1));
            u.bind(5, q.value(4));
            if (!u.exec())
                return failed(u.error());
            if (sqlite3_changes(db) > 0)
                ++result.restored;
            else
                ++result.conflicts;
            if (table == u"customer"_s)
                reindex.insert(q.int64(1));
            else if (column == u"customer_id"_s) {
                reindex.insert(q.value(3).toLongLong());
                reindex.insert(q.value(4).toLongLong());
            }
        }
    }
    {
        SqlStatement q(db, "DELETE FROM import_candidate WHERE batch_id = ? AND status = 'open'");
        q.bind(1, batchId);
        if (!q.exec())
            return failed(q.error());
        SqlStatement reopen(
            db, "UPDATE import_candidate SET status = 'open', merge_batch = NULL WHERE merge_batch = ?");
        reopen.bind(1, batchId);
        if (!reopen.exec())
            return failed(reopen.error());
        SqlStatement mark(
            db, "UPDATE import_batch SET status = 'undone', undone_at = ?, undone_by = ? WHERE id = ?");
        mark.bind(1, now);
        mark.bindOrNull(2, m_scope.memberId());
        mark.bind(3, batchId);
        if (!mark.exec())
            return failed(mark.error());
    }
    QList<qint64> ids(reindex.cbegin(), reindex.cend());
    ids.removeAll(0);
    std::sort(ids.begin(), ids.end());
    CustomerRepository customers(m_db, AccessScope::administrator());
    if (!customers.reindexMany(ids))
        return failed(customers.lastError());
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::ImportUndo, u"batch:%1 %2"_s.arg(batchId).arg(b->kind),
                      u"tombstoned=%1 restored=%2 conflicts=%3"_s.arg(result.tombstoned)
                          .arg(result.restored)
                          .arg(result.conflicts),
                      result.tombstoned))
        return failed(audit.lastError());
    if (!tx.commit())
        return failed(tx.lastError().text());
    result.ok = true;
    return result;
}

QList<MergeCandidate> ImportHistory::candidates(bool openOnly)
{
    QList<MergeCandidate> result;
    QByteArray sql = "SELECT k.id, k.customer_a, k.customer_b, a.name, b.name, k.score, k.reason, k.status, "
                     "a.owner_id, b.owner_id FROM import_candidate k JOIN customer a ON a.id = k.customer_a "
                     "JOIN customer b ON b.id = k.customer_b WHERE a.deleted = 0 AND b.deleted = 0";
    if (openOnly)
        sql += " AND k.status = 'open'";
    sql += " ORDER BY k.score DESC, k.id";
    SqlStatement q(handleOf(m_db), sql.constData());
    while (q.next()) {
        if (!m_scope.canSeeOwner(q.int64(8)) || !m_scope.canSeeOwner(q.int64(9)))
            continue;
        result << MergeCandidate{q.int64(0), q.int64(1), q.int64(2), q.text(3),
                                 q.text(4),  q.real(5),  q.text(6),  q.text(7)};
    }
    return result;
}

bool ImportHistory::dismiss(qint64 candidateId)
{
    SqlStatement q(handleOf(m_db),
                   "UPDATE import_candidate SET status = 'dismissed' WHERE id = ? AND status = 'open'");
    q.bind(1, candidateId);
    return q.exec() && sqlite3_changes(handleOf(m_db)) > 0;
}

qint64 ImportHistory::merge(qint64 a, qint64 b, QString *error)
{
    const auto fail = [&](const QString &message) -> qint64 {
        if (error)
            *error = message;
        return 0;
    };
    if (a == b)
        return fail(tr("A customer cannot be merged into itself."));
    CustomerRepository repository(m_db, m_scope);
    const std::optional<Customer> into = repository.get(a), from = repository.get(b);
    if (!into || !from)
        return fail(tr("Both customers must exist and be yours to merge."));
    Transaction tx(m_db.connectionForThread());
    if (!tx.isActive())
        return fail(tx.lastError().text());
    ImportStore store(m_db, m_scope);
    ImportStore::BatchInfo info;
    info.kind = u"merge"_s;
    info.fileName = tr("%1 ← %2").arg(into->name, from->name);
    if (!store.beginBatch(info) || !store.loadCustomers())
        return fail(store.errorText());
    sqlite3 *db = store.handle();
    // Empty fields of a take b's values.
    const QList<std::pair<QString, std::pair<QString, QString>>> fields{
        {u"short_name"_s, {into->shortName, from->shortName}},
        {u"industry"_s, {into->industry, from->industry}},
        {u"region"_s, {into->region, from->region}},
        {u"city"_s, {into->city, from->city}},
        {u"address"_s, {into->address, from->address}},
        {u"wechat"_s, {into->wechat, from->wechat}},
        {u"source"_s, {into->source, from->source}},
        {u"grade"_s, {into->grade, from->grade}},
        {u"notes"_s, {into->notes, from->notes}},
    };
    for (const auto &[column, values] : fields) {
        if (values.first.isEmpty() && !values.second.isEmpty() &&
            !store.updateCustomerField(a, column, QVariant(), values.second))
            return fail(store.errorText());
    }
    if (!into->ownerId && from->ownerId &&
        !store.updateCustomerField(a, u"owner_id"_s, QVariant(), from->ownerId))
        return fail(store.errorText());
    // Everything attached to b moves to a, each move recorded so that undo moves it back.
    for (const QString &table : {u"contact_point"_s, u"contact"_s, u"sales_order"_s, u"opportunity"_s,
                                 u"activity"_s, u"task"_s, u"payment"_s}) {
        const QByteArray select =
            "SELECT id FROM " + table.toLatin1() + " WHERE customer_id = ? AND deleted = 0";
        SqlStatement q(db, select.constData());
        q.bind(1, b);
        QList<qint64> ids;
        while (q.next())
            ids << q.int64(0);
        const QByteArray update =
            "UPDATE " + table.toLatin1() + " SET customer_id = ?, hlc = ?, device_id = ? WHERE id = ?";
        SqlStatement u(db, update.constData());
        for (const qint64 id : std::as_const(ids)) {
            u.bind(1, a);
            u.bind(2, qint64(store.batchStamp().hlc));
            u.bind(3, store.deviceIdUtf8());
            u.bind(4, id);
            if (!u.exec() || !store.changed(table, id, u"customer_id"_s, b, a))
                return fail(u.error());
        }
    }
    {
        SqlStatement q(db, "UPDATE customer SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?");
        q.bind(1, qint64(store.batchStamp().hlc));
        q.bind(2, store.deviceIdUtf8());
        q.bind(3, b);
        if (!q.exec() || !store.changed(u"customer"_s, b, u"deleted"_s, 0, 1))
            return fail(q.error());
        SqlStatement k(db,
                       "UPDATE import_candidate SET status = 'merged', merge_batch = ? "
                       "WHERE (customer_a = ? AND customer_b = ?) OR (customer_a = ? AND customer_b = ?)");
        k.bind(1, store.batchId());
        k.bind(2, std::min(a, b));
        k.bind(3, std::max(a, b));
        k.bind(4, std::min(a, b));
        k.bind(5, std::max(a, b));
        if (!k.exec())
            return fail(k.error());
    }
    store.touchCustomer(a);
    store.touchCustomer(b);
    ImportStore::Counts counts;
    counts.read = 1;
    counts.merged = 1;
    if (!store.finishBatch(counts))
        return fail(store.errorText());
    AuditLog audit(m_db, m_scope);
    if (!audit.record(AuditAction::Merge, u"batch:%1 customer:%2 %3 <- customer:%4 %5"_s.arg(store.batchId())
                                              .arg(a)
                                              .arg(into->code)
                                              .arg(b)
                                              .arg(from->code)))
        return fail(audit.lastError());
    if (!tx.commit())
        return fail(tx.lastError().text());
    return store.batchId();
}

} // namespace frontline
