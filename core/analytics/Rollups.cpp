#include "Rollups.h"

#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

namespace {

// The orders (and their lines per product) whose rollups are being recomputed: all of them, or
// those of the queued (month, rep) keys. CROSS JOIN keeps the small key table outside, so each
// key reads its rep's month through sales_order_member.
const QString AllOrders = u"FROM sales_order o"_s;
const QString QueuedOrders =
    u"FROM rollup_dirty k CROSS JOIN sales_order o ON k.what = 's' AND o.member_id = k.member_id "
    u"AND o.order_date BETWEEN k.month AND k.month || '-99'"_s;
const QString AllActivities = u"FROM activity a"_s;
// The key's month is local; occurred_at is UTC. A day's margin on each side finds the rows
// through activity_member, the strftime() keeps exactly the month.
const QString QueuedActivities =
    u"FROM rollup_dirty k CROSS JOIN activity a ON k.what = 'a' AND a.member_id = k.member_id "
    u"AND a.occurred_at BETWEEN date(k.month || '-01', '-1 day') AND date(k.month || '-01', '+1 month', '+1 "
    u"day') "
    u"AND strftime('%Y-%m', a.occurred_at, 'localtime') = k.month"_s;

// The rep of a customer's first order; on a day with orders by several reps, the lowest id.
const QString FirstMember =
    u"UPDATE rollup_customer SET first_member_id = (SELECT min(m.member_id) FROM rollup_customer_month m "
    u"WHERE m.customer_id = rollup_customer.customer_id AND m.month = substr(rollup_customer.first_day, 1, "
    u"7) "
    u"AND m.first_day = rollup_customer.first_day)"_s;

class Runner
{
public:
    explicit Runner(const QSqlDatabase &db) : m_db(db) {}
    bool run(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text() + u" ("_s + sql.left(120) + u')';
        return false;
    }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

bool deriveSales(Runner &r, bool all)
{
    const QString source = all ? AllOrders : QueuedOrders;
    // One pass over orders × lines; everything else reads the temporary tables.
    return r.run(u"DROP TABLE IF EXISTS temp.rs_line"_s) && r.run(u"DROP TABLE IF EXISTS temp.rs_order"_s) &&
           r.run(
               u"CREATE TEMP TABLE rs_line AS SELECT o.id AS order_id, o.order_date AS day, "
               u"o.member_id AS member_id, coalesce(c.owner_id, 0) AS owner_id, o.customer_id AS "
               u"customer_id, "
               u"o.channel AS channel, coalesce(c.region, '') AS region, coalesce(c.grade, '') AS grade, "
               u"c.status AS status, l.product_id AS product_id, coalesce(p.category, '') AS category, "
               u"coalesce(sum(l.amount_fen), 0) AS revenue_fen, coalesce(sum(l.quantity), 0) AS quantity "_s +
               source +
               u" JOIN customer c ON c.id = o.customer_id "
               u"LEFT JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
               u"LEFT JOIN product p ON p.id = l.product_id "
               u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled' "
               u"GROUP BY o.id, l.product_id"_s) &&
           r.run(u"CREATE TEMP TABLE rs_order AS SELECT order_id, day, member_id, owner_id, customer_id, "
                 u"channel, "
                 u"region, grade, status, sum(revenue_fen) AS revenue_fen, sum(quantity) AS quantity "
                 u"FROM rs_line GROUP BY order_id"_s) &&
           r.run(u"INSERT INTO rollup_sales SELECT 'd', '', day, '', member_id, owner_id, sum(revenue_fen), "
                 u"count(*), sum(quantity) FROM rs_order GROUP BY day, member_id, owner_id"_s) &&
           r.run(u"INSERT INTO rollup_sales SELECT 'm', '', substr(day, 1, 7), '', member_id, owner_id, "
                 u"sum(revenue_fen), count(*), sum(quantity) FROM rs_order "
                 u"GROUP BY substr(day, 1, 7), member_id, owner_id"_s) &&
           [&] {
               for (const QString &dim : {u"channel"_s, u"region"_s, u"grade"_s, u"status"_s}) {
                   if (!r.run(u"INSERT INTO rollup_sales SELECT 'm', '%1', substr(day, 1, 7), %1, member_id, "
                              u"owner_id, sum(revenue_fen), count(*), sum(quantity) FROM rs_order "
                              u"GROUP BY substr(day, 1, 7), %1, member_id, owner_id"_s.arg(dim)))
                       return false;
               }
               return true;
           }() &&
           r.run(
               u"INSERT INTO rollup_sales SELECT 'm', 'product', substr(day, 1, 7), CAST(product_id AS "
               u"TEXT), "
               u"member_id, owner_id, sum(revenue_fen), count(DISTINCT order_id), sum(quantity) FROM rs_line "
               u"WHERE product_id IS NOT NULL GROUP BY substr(day, 1, 7), product_id, member_id, owner_id"_s) &&
           r.run(
               u"INSERT INTO rollup_sales SELECT 'm', 'category', substr(day, 1, 7), category, member_id, "
               u"owner_id, sum(revenue_fen), count(DISTINCT order_id), sum(quantity) FROM rs_line "
               u"WHERE product_id IS NOT NULL GROUP BY substr(day, 1, 7), category, member_id, owner_id"_s) &&
           r.run(u"INSERT INTO rollup_customer_month SELECT substr(day, 1, 7), customer_id, member_id, "
                 u"max(owner_id), min(day), count(*), sum(revenue_fen) FROM rs_order "
                 u"GROUP BY substr(day, 1, 7), customer_id, member_id"_s);
}

bool deriveActivities(Runner &r, bool all)
{
    const QString source = all ? AllActivities : QueuedActivities;
    return r.run(u"DROP TABLE IF EXISTS temp.rs_activity"_s) &&
           r.run(u"CREATE TEMP TABLE rs_activity AS SELECT date(a.occurred_at, 'localtime') AS day, a.kind "
                 u"AS kind, "
                 u"a.member_id AS member_id, coalesce(c.owner_id, 0) AS owner_id, count(*) AS n, "
                 u"coalesce(sum(a.satisfaction), 0) AS s, count(a.satisfaction) AS sc "_s +
                 source +
                 u" JOIN customer c ON c.id = a.customer_id WHERE a.deleted = 0 AND c.deleted = 0 "
                 u"GROUP BY 1, a.kind, a.member_id, 4"_s) &&
           r.run(
               u"INSERT INTO rollup_activity SELECT 'd', day, kind, member_id, owner_id, n, s, sc FROM rs_activity"_s) &&
           r.run(u"INSERT INTO rollup_activity SELECT 'm', substr(day, 1, 7), kind, member_id, owner_id, "
                 u"sum(n), "
                 u"sum(s), sum(sc) FROM rs_activity GROUP BY substr(day, 1, 7), kind, member_id, owner_id"_s);
}

Rollups::Result failed(const QString &error)
{
    Rollups::Result result;
    result.ok = false;
    result.error = Rollups::tr("The analytics rollups could not be updated: %1").arg(error);
    qWarning("Rollups: %s", qPrintable(error));
    return result;
}

bool dropTemporaries(Runner &r)
{
    return r.run(u"DROP TABLE IF EXISTS temp.rs_line"_s) && r.run(u"DROP TABLE IF EXISTS temp.rs_order"_s) &&
           r.run(u"DROP TABLE IF EXISTS temp.rs_activity"_s) &&
           r.run(u"DROP TABLE IF EXISTS temp.rs_affected"_s);
}

} // namespace

qint64 Rollups::pendingKeys(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM rollup_dirty"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

Rollups::Result Rollups::rebuild(const QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (!tx.isActive())
        return failed(tx.lastError().text());
    Runner r(db);
    for (const QString &table : {u"rollup_sales"_s, u"rollup_customer_month"_s, u"rollup_customer"_s,
                                 u"rollup_activity"_s, u"rollup_dirty"_s}) {
        if (!r.run(u"DELETE FROM "_s + table))
            return failed(r.error());
    }
    if (!deriveSales(r, true) || !deriveActivities(r, true) ||
        !r.run(u"INSERT INTO rollup_customer SELECT customer_id, max(owner_id), min(first_day), 0 "
               u"FROM rollup_customer_month GROUP BY customer_id"_s) ||
        !r.run(FirstMember) || !dropTemporaries(r))
        return failed(r.error());
    if (!tx.commit())
        return failed(tx.lastError().text());
    Result result;
    result.rebuilt = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

Rollups::Result Rollups::refresh(const QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    // Nothing queued: no transaction, so a read-only database with current rollups works.
    const qint64 pending = pendingKeys(db);
    if (pending == 0)
        return {};
    QSqlQuery q(db);
    if (pending > rebuildThreshold() ||
        (q.exec(u"SELECT 1 FROM rollup_dirty WHERE what = '*'"_s) && q.next())) {
        q.finish();
        Result result = rebuild(db);
        result.keys = pending;
        return result;
    }
    Transaction tx(db);
    if (!tx.isActive())
        return failed(tx.lastError().text());
    Runner r(db);
    // Customers whose first purchase may move: those of the keys before and after.
    if (!dropTemporaries(r) || !r.run(u"CREATE TEMP TABLE rs_affected (customer_id INTEGER PRIMARY KEY)"_s) ||
        !r.run(u"INSERT OR IGNORE INTO rs_affected SELECT m.customer_id FROM rollup_dirty k "
               u"CROSS JOIN rollup_customer_month m ON k.what = 's' AND m.member_id = k.member_id "
               u"AND m.month = k.month"_s))
        return failed(r.error());

    QSqlQuery keys(db), dropSales(db), dropCustomers(db), dropActivities(db);
    dropSales.prepare(u"DELETE FROM rollup_sales WHERE member_id = ? AND period BETWEEN ? AND ?"_s);
    dropCustomers.prepare(u"DELETE FROM rollup_customer_month WHERE member_id = ? AND month = ?"_s);
    dropActivities.prepare(u"DELETE FROM rollup_activity WHERE member_id = ? AND period BETWEEN ? AND ?"_s);
    if (!keys.exec(u"SELECT what, month, member_id FROM rollup_dirty"_s))
        return failed(keys.lastError().text());
    qint64 count = 0;
    while (keys.next()) {
        const QString month = keys.value(1).toString();
        const qint64 member = keys.value(2).toLongLong();
        const bool sales = keys.value(0).toString() == u"s"_s;
        QSqlQuery &drop = sales ? dropSales : dropActivities;
        drop.addBindValue(member);
        drop.addBindValue(month);
        drop.addBindValue(QString(month + u"-99"_s));
        if (!drop.exec())
            return failed(drop.lastError().text());
        if (sales) {
            dropCustomers.addBindValue(member);
            dropCustomers.addBindValue(month);
            if (!dropCustomers.exec())
                return failed(dropCustomers.lastError().text());
        }
        ++count;
    }
    keys.finish();
    if (!deriveSales(r, false) || !deriveActivities(r, false) ||
        !r.run(u"INSERT OR IGNORE INTO rs_affected SELECT customer_id FROM rs_order"_s) ||
        !r.run(u"DELETE FROM rollup_customer WHERE customer_id IN (SELECT customer_id FROM rs_affected)"_s) ||
        !r.run(u"INSERT INTO rollup_customer SELECT customer_id, max(owner_id), min(first_day), 0 "
               u"FROM rollup_customer_month WHERE customer_id IN (SELECT customer_id FROM rs_affected) "
               u"GROUP BY customer_id"_s) ||
        !r.run(FirstMember + u" WHERE customer_id IN (SELECT customer_id FROM rs_affected)"_s) ||
        !r.run(u"DELETE FROM rollup_dirty"_s) || !dropTemporaries(r))
        return failed(r.error());
    if (!tx.commit())
        return failed(tx.lastError().text());
    Result result;
    result.keys = count;
    result.elapsedMs = timer.elapsed();
    return result;
}

Rollups::Result Rollups::applyOrders(const QSqlDatabase &db, const QList<qint64> &orderIds)
{
    {
        Transaction tx(db);
        if (!tx.isActive())
            return failed(tx.lastError().text());
        QSqlQuery q(db);
        q.prepare(u"INSERT OR IGNORE INTO rollup_dirty SELECT 's', substr(order_date, 1, 7), member_id "
                  u"FROM sales_order WHERE id = ?"_s);
        for (const qint64 id : orderIds) {
            q.addBindValue(id);
            if (!q.exec())
                return failed(q.lastError().text());
        }
        if (!tx.commit())
            return failed(tx.lastError().text());
    }
    return refresh(db);
}

} // namespace frontline::analytics
