// Common ground of the repositories: the connection for the calling thread, the access scope,
// sync stamps for writes, and the last error.
#pragma once

#include "AccessScope.h"
#include "domain/Crm.h"
#include "storage/Database.h"

#include <QCoreApplication>
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
    // Whether the customer exists (not deleted) and is in scope; its owner through owner.
    bool customerVisible(qint64 customerId, qint64 *owner = nullptr);

    Database &m_db;
    AccessScope m_scope;
    mutable QString m_error;
};

} // namespace frontline
