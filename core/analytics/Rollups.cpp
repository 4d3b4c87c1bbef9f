#include "Rollups.h"

#include "PipelineState.h"
#include "repositories/OpportunityRepository.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

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
    bool fail(const QString &error)
    {
        m_error = error;
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

// The moment a local day begins, as stored timestamps are written (UTC ISO-8601 with ms).
QString utcStart(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QString idList(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const qint64 id : sorted)
        parts << QString::number(id);
    return parts.join(u',');
}

// rollup_pipeline for the opportunities of these owners (all when null): each opportunity's
// contribution at every month end from its creation to its last change, written as changes.
bool derivePipeline(Runner &r, const QSqlDatabase &db, const QSet<qint64> *owners)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto fail = [&](QSqlQuery &query) { return r.fail(query.lastError().text()); };
    QHash<qint64, PipelineStageInfo> stages;
    if (!q.exec(u"SELECT id, outcome, probability FROM pipeline_stage"_s))
        return fail(q);
    while (q.next())
        stages.insert(q.value(0).toLongLong(),
                      PipelineStageInfo{q.value(1).toString() == u"open"_s, q.value(2).toInt()});

    const QString which = owners ? u" AND o.owner_id IN ("_s + idList(*owners) + u')' : QString();
    struct Opp
    {
        PipelineOpportunity o;
        qint64 member = 0, owner = 0;
    };
    QList<Opp> opps;
    if (!q.exec(u"SELECT o.id, o.owner_id, coalesce(c.owner_id, 0), o.amount_fen, o.probability, o.stage_id, "
                u"o.created_at FROM opportunity o JOIN customer c ON c.id = o.customer_id "
                u"WHERE o.deleted = 0 AND c.deleted = 0"_s +
                which))
        return fail(q);
    while (q.next())
        opps << Opp{PipelineOpportunity{q.value(0).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt(),
                                        q.value(5).toLongLong(), q.value(6).toString()},
                    q.value(1).toLongLong(), q.value(2).toLongLong()};
    QHash<qint64, StageHistory> history;
    if (!q.exec(u"SELECT h.opportunity_id, h.changed_at, h.to_stage_id FROM opportunity_stage_change h "
                u"JOIN opportunity o ON o.id = h.opportunity_id JOIN customer c ON c.id = o.customer_id "
                u"WHERE h.deleted = 0 AND o.deleted = 0 AND c.deleted = 0"_s +
                which + u" ORDER BY h.opportunity_id, h.changed_at, h.id"_s))
        return fail(q);
    while (q.next())
        history[q.value(0).toLongLong()] << qMakePair(q.value(1).toString(), q.value(2).toLongLong());
    q.finish();

    // Month ends as the UTC moment the next month begins, by month number (year × 12 + month − 1).
    QHash<int, QString> ends;
    const auto endOf = [&](int month) {
        auto it = ends.constFind(month);
        if (it == ends.cend())
            it = ends.insert(month, utcStart(QDate(month / 12, month % 12 + 1, 1).addMonths(1)));
        return *it;
    };
    const auto monthOf = [](const QString &utc) {
        const QDate d = QDate::fromString(utc.left(10), Qt::ISODate);
        return d.isValid() ? d.year() * 12 + d.month() - 1 : -1;
    };
    struct Change
    {
        qint64 count = 0, open = 0, weighted = 0;
    };
    QMap<std::tuple<qint64, qint64, int>, Change> changes; // (member, owner, month)
    for (const Opp &opp : std::as_const(opps)) {
        const auto h = history.constFind(opp.o.id);
        const StageHistory *stageHistory = h == history.cend() ? nullptr : &*h;
        QString last = opp.o.createdAt;
        if (stageHistory && !stageHistory->isEmpty())
            last = std::max(last, stageHistory->constLast().first);
        const int firstMonth = monthOf(opp.o.createdAt), lastMonth = monthOf(last);
        if (firstMonth < 0 || lastMonth < 0)
            return r.fail(u"opportunity %1: unreadable timestamp"_s.arg(opp.o.id));
        // The local month end can lie a day before the UTC date: start a month early. After the
        // month end that follows the last event nothing changes any more.
        Change previous;
        for (int month = firstMonth - 1;; ++month) {
            const QString end = endOf(month);
            const int probability = pipelineProbabilityAt(opp.o, stageHistory, end, stages);
            Change now;
            if (probability >= 0)
                now = {1, opp.o.amountFen, OpportunityRepository::weighted(opp.o.amountFen, probability)};
            if (now.count != previous.count || now.open != previous.open ||
                now.weighted != previous.weighted) {
                Change &c = changes[std::make_tuple(opp.member, opp.owner, month)];
                c.count += now.count - previous.count;
                c.open += now.open - previous.open;
                c.weighted += now.weighted - previous.weighted;
            }
            previous = now;
            if (end > last)
                break;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO rollup_pipeline VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it->count == 0 && it->open == 0 && it->weighted == 0)
            continue;
        const int month = std::get<2>(it.key());
        insert.addBindValue(std::get<0>(it.key()));
        insert.addBindValue(std::get<1>(it.key()));
        insert.addBindValue(QDate(month / 12, month % 12 + 1, 1).toString(u"yyyy-MM"_s));
        insert.addBindValue(it->count);
        insert.addBindValue(it->open);
        insert.addBindValue(it->weighted);
        if (!insert.exec())
            return fail(insert);
    }
    return true;
}

// rollup_retention for the months and the quarters that contain them (by month number), each
// with the period after it: of the previous period's buyers, those who bought again.
bool deriveRetention(Runner &r, const QSqlDatabase &db, QSet<int> months)
{
    if (months.isEmpty())
        return true;
    QSet<int> monthPeriods, quarterPeriods;
    for (const int m : std::as_const(months)) {
        monthPeriods << m << m + 1;
        const int quarter = m - m % 3;
        quarterPeriods << quarter << quarter + 3;
    }
    const auto text = [](int month) { return QDate(month / 12, month % 12 + 1, 1).toString(u"yyyy-MM"_s); };
    if (!r.run(u"DROP TABLE IF EXISTS temp.rs_periods"_s) ||
        !r.run(u"CREATE TEMP TABLE rs_periods (grain TEXT, period TEXT, pa TEXT, pb TEXT, ca TEXT, cb TEXT, "
               u"PRIMARY KEY (grain, period))"_s))
        return false;
    QSqlQuery insert(db), drop(db);
    insert.prepare(u"INSERT INTO rs_periods VALUES (?, ?, ?, ?, ?, ?)"_s);
    drop.prepare(u"DELETE FROM rollup_retention WHERE grain = ? AND period = ?"_s);
    const auto add = [&](const QString &grain, int from, int length) {
        for (QSqlQuery *q : {&insert, &drop}) {
            q->addBindValue(grain);
            q->addBindValue(text(from));
        }
        insert.addBindValue(text(from - length));
        insert.addBindValue(text(from - 1));
        insert.addBindValue(text(from));
        insert.addBindValue(text(from + length - 1));
        return insert.exec() && drop.exec();
    };
    for (const int m : std::as_const(monthPeriods)) {
        if (!add(u"m"_s, m, 1))
            return r.fail(insert.lastError().text() + drop.lastError().text());
    }
    for (const int q : std::as_const(quarterPeriods)) {
        if (!add(u"q"_s, q, 3))
            return r.fail(insert.lastError().text() + drop.lastError().text());
    }
    // A customer has one owner: counts per owner add up to the scope's distinct customers.
    return r.run(u"INSERT INTO rollup_retention SELECT t.grain, t.period, m.owner_id, count(DISTINCT "
                 u"m.customer_id), "
                 u"count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM rollup_customer_month b "
                 u"WHERE b.customer_id = m.customer_id AND b.month BETWEEN t.ca AND t.cb) THEN m.customer_id "
                 u"END) "
                 u"FROM rs_periods t CROSS JOIN rollup_customer_month m ON m.month BETWEEN t.pa AND t.pb "
                 u"GROUP BY t.grain, t.period, m.owner_id"_s) &&
           r.run(u"DROP TABLE temp.rs_periods"_s);
}

// Every month of rollup_customer_month (for a rebuild).
bool allMonths(Runner &r, const QSqlDatabase &db, QSet<int> *months)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT DISTINCT month FROM rollup_customer_month"_s))
        return r.fail(q.lastError().text());
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate);
        if (d.isValid())
            *months << d.year() * 12 + d.month() - 1;
    }
    return true;
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
           r.run(u"DROP TABLE IF EXISTS temp.rs_periods"_s) &&
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
    for (const QString &table :
         {u"rollup_sales"_s, u"rollup_customer_month"_s, u"rollup_customer"_s, u"rollup_activity"_s,
          u"rollup_pipeline"_s, u"rollup_retention"_s, u"rollup_dirty"_s}) {
        if (!r.run(u"DELETE FROM "_s + table))
            return failed(r.error());
    }
    if (!deriveSales(r, true) || !deriveActivities(r, true) ||
        !r.run(u"INSERT INTO rollup_customer SELECT customer_id, max(owner_id), min(first_day), 0 "
               u"FROM rollup_customer_month GROUP BY customer_id"_s) ||
        !r.run(FirstMember) || !derivePipeline(r, db, nullptr))
        return failed(r.error());
    QSet<int> months;
    if (!allMonths(r, db, &months) || !deriveRetention(r, db, months) || !dropTemporaries(r))
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
    QSet<qint64> pipelineOwners;
    QSet<int> salesMonths;
    while (keys.next()) {
        const QString month = keys.value(1).toString();
        const qint64 member = keys.value(2).toLongLong();
        ++count;
        if (keys.value(0).toString() == u"p"_s) {
            pipelineOwners << member;
            continue;
        }
        const bool sales = keys.value(0).toString() == u"s"_s;
        if (sales) {
            const QDate d = QDate::fromString(month + u"-01"_s, Qt::ISODate);
            if (d.isValid())
                salesMonths << d.year() * 12 + d.month() - 1;
        }
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
    }
    keys.finish();
    if (!pipelineOwners.isEmpty()) {
        QSqlQuery dropPipeline(db);
        if (!dropPipeline.exec(u"DELETE FROM rollup_pipeline WHERE member_id IN ("_s +
                               idList(pipelineOwners) + u')'))
            return failed(dropPipeline.lastError().text());
        if (!derivePipeline(r, db, &pipelineOwners))
            return failed(r.error());
    }
    if (!deriveSales(r, false) || !deriveActivities(r, false) ||
        !r.run(u"INSERT OR IGNORE INTO rs_affected SELECT customer_id FROM rs_order"_s) ||
        !r.run(u"DELETE FROM rollup_customer WHERE customer_id IN (SELECT customer_id FROM rs_affected)"_s) ||
        !r.run(u"INSERT INTO rollup_customer SELECT customer_id, max(owner_id), min(first_day), 0 "
               u"FROM rollup_customer_month WHERE customer_id IN (SELECT customer_id FROM rs_affected) "
               u"GROUP BY customer_id"_s) ||
        !r.run(FirstMember + u" WHERE customer_id IN (SELECT customer_id FROM rs_affected)"_s) ||
        !deriveRetention(r, db, salesMonths) || !r.run(u"DELETE FROM rollup_dirty"_s) || !dropTemporaries(r))
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
