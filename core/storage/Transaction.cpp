#include "Transaction.h"

#include "SqlCipherDriver.h"
#include "SqliteApi.h"

#include <QAtomicInt>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    Q_ASSERT_X(driver, "Transaction", "Frontline connections use the SQLCipher driver");
    if (!driver || !driver->nativeHandle()) {
        m_error =
            QSqlError(QStringLiteral("The database is not open."), QString(), QSqlError::ConnectionError);
        return;
    }
    const bool inTransaction = sqlite3_get_autocommit(driver->nativeHandle()) == 0;
    if (inTransaction) {
        static QAtomicInt counter;
        m_savepoint = u"fl_sp_%1"_s.arg(counter.fetchAndAddRelaxed(1));
        m_active = run(u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_active = run(u"BEGIN IMMEDIATE"_s);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::run(const QString &sql)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(m_db.driver());
    if (!driver->execute(sql)) {
        m_error = driver->lastError();
        return false;
    }
    return true;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = run(isNested() ? u"RELEASE "_s + m_savepoint : u"COMMIT"_s);
    if (ok)
        m_active = false;
    // A failed COMMIT (disk full, busy) leaves the transaction open: the destructor rolls it back.
    return ok;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (isNested())
        run(u"ROLLBACK TO "_s + m_savepoint + u"; RELEASE "_s + m_savepoint);
    else
        run(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace frontline
