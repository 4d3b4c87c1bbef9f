// Common ground of the repositories: the connection for the calling thread, the access scope,
// sync stamps for writes, and the last error.
#pragma once

#include "AccessScope.h"
#include "domain/Crm.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace frontline {

// The outcome of a write: the row's id, or field errors to show next to the fields, or a
// general error (scope, database).
struct SaveResult
{
    qint64 id = 0;
    QList<FieldError> fieldErrors;
    QString error;
    bool ok() const { return fieldErrors.isEmpty() && error.isEmpty(); }
    QString message() const; // everything in one line, for the CLI
};

// The outcome of a bulk write (createMany() and friends): the new rows' ids in the order given,
// or the first record at fault with its field errors or a general error. A bulk write is all or
// nothing: when it fails, none of its rows stay.
struct BulkResult
{
    QList<qint64> ids;
    qsizetype index = -1; // the record at fault, -1 when none is
    QList<FieldError> fieldErrors;
    QString error;
    bool ok() const { return index < 0 && fieldErrors.isEmpty() && error.isEmpty(); }
    QString message() const; // "#12: name: …", for the CLI and logs
};

class Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Repository)
public:
    Repository(Database &db, AccessScope scope);
    const AccessScope &scope() const { return m_scope; }
    QString lastError() const { return m_error; }

    static QString newUuid();
    static QString nowUtc(); // UTC ISO-8601 with milliseconds

protected:
    QSqlDatabase connection() const { return m_db.connectionForThread(); }
    SyncStamp stamp() { return m_db.stamp(); }
    QSqlQuery query() const;
    // Runs a prepared query; on failure remembers the error and returns false.
    bool exec(QSqlQuery &q);
    SaveResult failed(const QString &error) const;
    SaveResult notAllowed() const;
    // Undoes remove(): the row comes back with the children that were tombstoned with it (the
    // same clock stamp), each under a new stamp, and the restore is audited (in its transaction).
    // children: "table.foreign_key" pairs.
    bool restoreWithChildren(const QString &table, qint64 id, const QStringList &children);
    // A delete or restore of a row of table in the audit log, joining the caller's transaction
    // (the action and its entry are committed together): target "order:12", "task:3"…
    bool auditRow(QLatin1String action, const QString &table, qint64 id);
    // Whether the customer exists (not deleted) and is in scope; its owner through owner.
    bool customerVisible(qint64 customerId, qint64 *owner = nullptr);

    // customerVisible() for the records of a bulk write: one prepared statement, answers kept.
    class VisibleCustomers
    {
    public:
        explicit VisibleCustomers(Repository &repository);
        bool contains(qint64 customerId, qint64 *owner = nullptr);

    private:
        Repository &m_repository;
        QSqlQuery m_query;
        QHash<qint64, qint64> m_owners; // customer → owner, -1 when not visible
    };

    // " AND column IN (1, 2, 3)" for a filter's list of ids; nothing when the list is empty.
    static QString inIds(const QString &column, const QList<qint64> &ids);
    // " LIMIT n OFFSET m" for a page of a list; nothing when limit is negative (everything).
    static QString pageSql(int limit, int offset);

    static BulkResult bulkFailed(qsizetype index, const QList<FieldError> &fieldErrors);
    BulkResult bulkFailed(qsizetype index, const QString &error) const;

    Database &m_db;
    AccessScope m_scope;
    mutable QString m_error;
};

} // namespace frontline
