#include "Repository.h"

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

} // namespace frontline
