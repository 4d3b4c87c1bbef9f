#include "Repository.h"

#include "security/AuditLog.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline {

QString SaveResult::message() const
{
    QStringList parts;
    if (!error.isEmpty())
        parts << error;
    for (const FieldError &e : fieldErrors)
        parts << e.field + u": "_s + e.message;
    return parts.join(u"; "_s);
}

QString BulkResult::message() const
{
    QStringList parts;
    if (!error.isEmpty())
        parts << error;
    for (const FieldError &e : fieldErrors)
        parts << e.field + u": "_s + e.message;
    const QString text = parts.join(u"; "_s);
    return index >= 0 ? u"#%1: "_s.arg(index + 1) + text : text;
}

Repository::Repository(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QString Repository::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Repository::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery Repository::query() const
{
    return QSqlQuery(connection());
}

bool Repository::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = DatabaseError::fromSqlError(q.lastError(), m_db.path()).message();
    qWarning("SQL failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(q.lastQuery()));
    return false;
}

SaveResult Repository::failed(const QString &error) const
{
    SaveResult r;
    r.error = error.isEmpty() ? m_error : error;
    return r;
}

SaveResult Repository::notAllowed() const
{
    SaveResult r;
    r.error = tr("You are not allowed to make this change.");
    return r;
}

bool Repository::restoreWithChildren(const QString &table, qint64 id, const QStringList &children)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT hlc FROM "_s + table + u" WHERE id = ? AND deleted = 1"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return false;
    const qint64 removedAt = q.value(0).toLongLong();
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    q.prepare(u"UPDATE "_s + table + u" SET deleted = 0, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    if (!exec(q))
        return false;
    for (const QString &child : children) {
        const QString childTable = child.section(u'.', 0, 0), key = child.section(u'.', 1);
        q.prepare(u"UPDATE "_s + childTable + u" SET deleted = 0, hlc = ?, device_id = ? WHERE "_s + key +
                  u" = ? AND deleted = 1 AND hlc = ?"_s);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(id);
        q.addBindValue(removedAt);
        if (!exec(q))
            return false;
    }
    return auditRow(AuditAction::Restore, table, id) && tx.commit();
}

bool Repository::auditRow(QLatin1String action, const QString &table, qint64 id)
{
    // The names people use, not the tables'.
    static const QHash<QString, QString> kinds{{u"sales_order"_s, u"order"_s},
                                               {u"training_session"_s, u"training"_s}};
    AuditLog log(m_db, m_scope);
    if (log.record(action, kinds.value(table, table) + u':' + QString::number(id)))
        return true;
    m_error = log.lastError();
    return false;
}

bool Repository::customerVisible(qint64 customerId, qint64 *owner)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT owner_id FROM customer WHERE id = ? AND deleted = 0 AND "_s +
              m_scope.ownerCondition(u"owner_id"_s));
    q.addBindValue(customerId);
    if (!exec(q) || !q.next())
        return false;
    if (owner)
        *owner = q.value(0).toLongLong();
    return true;
}

Repository::VisibleCustomers::VisibleCustomers(Repository &repository)
    : m_repository(repository), m_query(repository.query())
{
    m_query.prepare(u"SELECT owner_id FROM customer WHERE id = ? AND deleted = 0 AND "_s +
                    repository.m_scope.ownerCondition(u"owner_id"_s));
}

bool Repository::VisibleCustomers::contains(qint64 customerId, qint64 *owner)
{
    auto it = m_owners.constFind(customerId);
    if (it == m_owners.cend()) {
        m_query.addBindValue(customerId);
        qint64 found = -1;
        if (m_repository.exec(m_query) && m_query.next())
            found = m_query.value(0).toLongLong();
        m_query.finish();
        it = m_owners.insert(customerId, found);
    }
    if (*it < 0)
        return false;
    if (owner)
        *owner = *it;
    return true;
}

BulkResult Repository::bulkFailed(qsizetype index, const QList<FieldError> &fieldErrors)
{
    BulkResult r;
    r.index = index;
    r.fieldErrors = fieldErrors;
    return r;
}

BulkResult Repository::bulkFailed(qsizetype index, const QString &error) const
{
    BulkResult r;
    r.index = index;
    r.error = !error.isEmpty() ? error : !m_error.isEmpty() ? m_error : tr("The change could not be saved.");
    return r;
}

QString Repository::pageSql(int limit, int offset)
{
    if (limit < 0)
        return offset > 0 ? u" LIMIT -1 OFFSET %1"_s.arg(offset) : QString();
    return offset > 0 ? u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset) : u" LIMIT %1"_s.arg(limit);
}

QString Repository::inIds(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return u" AND "_s + column + u" IN ("_s + numbers.join(u", "_s) + u')';
}

} // namespace frontline
