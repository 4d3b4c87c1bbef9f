// Rollups stay equal to a from-scratch computation through random edits: orders created,
// changed (quantity, price, date, customer, status), cancelled, deleted and restored, bulk
// inserts, activities logged and removed, customers reassigned, opportunities created with past
// stage histories, moved, re-priced, handed over, deleted and restored, a stage's probability
// changed — with refresh() after each round compared against rebuild(), against an independent
// GROUP BY over the order lines, and the engine's pipeline and retention trends through the
// rollups against the same trends replayed from the base tables.
#include "analytics/MetricsEngine.h"
#include "analytics/Rollups.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;
using namespace frontline::test;

class tst_Rollups : public QObject
{
    Q_OBJECT

private slots:
    void triggersQueueKeys();
    void randomEdits_data();
    void randomEdits();

private:
    static QStringList dump(const QSqlDatabase &db);
    static QStringList naive(const QSqlDatabase &db);
    static QStringList fromRollup(const QSqlDatabase &db);
};

QStringList tst_Rollups::dump(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    for (const QString &sql :
         {u"SELECT * FROM rollup_sales ORDER BY grain, dim, period, key, member_id, owner_id"_s,
          u"SELECT * FROM rollup_customer_month ORDER BY month, customer_id, member_id"_s,
          u"SELECT * FROM rollup_customer ORDER BY customer_id"_s,
          u"SELECT * FROM rollup_activity ORDER BY grain, period, kind, member_id, owner_id"_s,
          u"SELECT * FROM rollup_pipeline ORDER BY member_id, owner_id, month"_s,
          u"SELECT * FROM rollup_retention ORDER BY grain, period, owner_id"_s}) {
        if (!q.exec(sql))
            return {u"failed: "_s + sql};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'|');
        }
    }
    return rows;
}

// Month × rep × owner revenue, orders and quantity straight from the lines, written without the
// rollup code: what the rollup's month totals must say.
QStringList tst_Rollups::naive(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(
        u"SELECT substr(o.order_date, 1, 7), o.member_id, coalesce(c.owner_id, 0), "
        u"(SELECT coalesce(sum(l.amount_fen), 0) FROM order_line l WHERE l.order_id = o.id AND l.deleted = "
        u"0), "
        u"(SELECT coalesce(sum(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id AND l.deleted = 0) "
        u"FROM sales_order o JOIN customer c ON c.id = o.customer_id "
        u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.status <> 'cancelled'"_s);
    QMap<QString, std::array<qint64, 3>> sums;
    while (q.next()) {
        auto &s = sums[q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString()];
        s[0] += q.value(3).toLongLong();
        s[1] += 1;
        s[2] += q.value(4).toLongLong();
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        rows << it.key() + u"|%1|%2|%3"_s.arg(it->at(0)).arg(it->at(1)).arg(it->at(2));
    return rows;
}

QStringList tst_Rollups::fromRollup(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(u"SELECT period, member_id, owner_id, revenue_fen, orders, quantity FROM rollup_sales "
           u"WHERE grain = 'm' AND dim = '' ORDER BY period, member_id, owner_id"_s);
    while (q.next())
        rows << u"%1|%2|%3|%4|%5|%6"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString(), q.value(3).toString(),
                                           q.value(4).toString(), q.value(5).toString());
    rows.sort();
    return rows;
}

void tst_Rollups::triggersQueueKeys()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    CrmFixture fixture;
    QCOMPARE(fixture.build(temp.db()), QString());
    // The fixture's three orders (March 2025, three reps) and visits queued their keys.
    QVERIFY(Rollups::pendingKeys(temp.connection()) >= 6);
    const Rollups::Result r = Rollups::refresh(temp.connection());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(Rollups::pendingKeys(temp.connection()), 0);
    // Renaming a customer touches no rollup; moving it to another owner does.
    CustomerRepository customers(temp.db(), AccessScope::administrator());
    Customer c = *customers.get(fixture.customers.value(u"c1"_s));
    c.notes = u"改个备注"_s;
    QVERIFY(customers.update(c).ok());
    QCOMPARE(Rollups::pendingKeys(temp.connection()), 0);
    c.ownerId = fixture.members.value(u"R2"_s);
    QVERIFY(customers.update(c).ok());
    // Its order's and its visit's keys, and its opportunity owner's pipeline.
    QCOMPARE(Rollups::pendingKeys(temp.connection()), 3);
    QVERIFY(Rollups::refresh(temp.connection()).ok);
    const QStringList incremental = dump(temp.connection());
    QVERIFY(Rollups::rebuild(temp.connection()).ok);
    QCOMPARE(incremental, dump(temp.connection()));
}

void tst_Rollups::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
    QTest::newRow("seed 2025") << 2025u;
}

void tst_Rollups::randomEdits()
{
    QFETCH(quint32, seed);
    TempDatabase temp;
    QVERIFY(temp.isValid());
    CrmFixture fixture;
    QCOMPARE(fixture.build(temp.db()), QString());
    // A new database asks for one full build (the migration queues '*'); from then on every
    // refresh is incremental.
    const Rollups::Result first = Rollups::refresh(temp.connection());
    QVERIFY2(first.ok && first.rebuilt, qPrintable(first.error));
    const AccessScope admin = AccessScope::administrator();
    OrderRepository orders(temp.db(), admin);
    ActivityRepository activities(temp.db(), admin);
    CustomerRepository customers(temp.db(), admin);
    const SaveResult paper =
        orders.addProduct(Product{0, {}, u"SKU-002"_s, u"打印纸"_s, u"办公用品"_s, 2500, true});
    QVERIFY(paper.ok());
    const QList<qint64> products = {fixture.product, paper.id};
    const QList<qint64> customerIds = fixture.customers.values();
    const QList<qint64> reps = {fixture.members.value(u"R1"_s), fixture.members.value(u"R2"_s),
                                fixture.members.value(u"R3"_s)};
    const QStringList channels = {u"direct"_s, u"wechat"_s, u"online"_s};
    const QStringList statuses = OrderRepository::statuses();
    QRandomGenerator random(seed);
    const auto pick = [&](const auto &list) { return list.at(random.bounded(int(list.size()))); };
    const auto randomDate = [&] { return QDate(2025, 1, 1).addDays(random.bounded(120)); };
    const auto randomLines = [&] {
        QList<OrderLine> lines;
        for (int i = random.bounded(1, 4); i > 0; --i)
            lines << OrderLine{
                0, pick(products), random.bounded(1, 20), qint64(random.bounded(100, 50000)), 0, {}, {}};
        return lines;
    };
    int number = 0;
    QList<qint64> orderIds = fixture.orders.values(), removed, activityIds, opportunityIds,
                  removedOpportunities;
    OpportunityRepository opportunities(temp.db(), admin);
    QHash<Measure, int> nonZero; // trend points with a value, per measure
    const QList<PipelineStage> stages = opportunities.stages();
    const auto newOrder = [&] {
        Order o;
        o.orderNo = u"R%1-%2"_s.arg(seed).arg(++number);
        o.orderDate = randomDate();
        o.customerId = pick(customerIds);
        o.memberId = pick(reps);
        o.channel = pick(channels);
        o.status = random.bounded(10) == 0 ? u"cancelled"_s : u"confirmed"_s;
        o.lines = randomLines();
        return o;
    };

    for (int round = 0; round < 12; ++round) {
        for (int step = 0; step < 25; ++step) {
            const int what = random.bounded(10);
            if (what <= 1 || orderIds.isEmpty()) {
                const SaveResult r = orders.create(newOrder());
                QVERIFY2(r.ok(), qPrintable(r.message()));
                orderIds << r.id;
            } else if (what == 2) {
                QList<Order> batch;
                for (int i = random.bounded(2, 6); i > 0; --i)
                    batch << newOrder();
                const BulkResult r = orders.createMany(batch);
                QVERIFY2(r.ok(), qPrintable(r.message()));
                orderIds << r.ids;
            } else if (what <= 5) {
                std::optional<Order> o = orders.get(pick(orderIds));
                QVERIFY(o);
                switch (random.bounded(6)) {
                case 0:
                    o->lines.first().quantity = random.bounded(1, 30);
                    o->lines.first().amountFen = 0;
                    break;
                case 1:
                    o->lines.last().unitPriceFen = random.bounded(100, 90000);
                    o->lines.last().amountFen = 0;
                    break;
                case 2:
                    o->orderDate = randomDate();
                    break;
                case 3:
                    o->customerId = pick(customerIds);
                    break;
                case 4:
                    o->status = pick(statuses);
                    break;
                default:
                    o->lines = randomLines();
                    o->memberId = pick(reps);
                }
                const SaveResult r = orders.update(*o);
                QVERIFY2(r.ok(), qPrintable(r.message()));
            } else if (what == 6) {
                const qint64 id = pick(orderIds);
                QVERIFY(orders.remove(id));
                orderIds.removeOne(id);
                removed << id;
            } else if (what == 7 && !removed.isEmpty()) {
                const qint64 id = removed.takeAt(random.bounded(int(removed.size())));
                QVERIFY(orders.restore(id));
                orderIds << id;
            } else if (what == 8) {
                Activity a;
                a.customerId = pick(customerIds);
                a.memberId = pick(reps);
                a.kind = random.bounded(2) ? u"visit"_s : u"call"_s;
                a.occurredAt = QDateTime(randomDate(), QTime(random.bounded(24), 30), Qt::UTC);
                a.satisfaction = random.bounded(6);
                a.summary = u"随机"_s;
                const SaveResult r = activities.create(a);
                QVERIFY2(r.ok(), qPrintable(r.message()));
                activityIds << r.id;
                if (random.bounded(4) == 0) {
                    const qint64 gone = pick(activityIds);
                    QVERIFY(activities.remove(gone));
                    activityIds.removeOne(gone);
                }
            } else {
                // Reassign or regrade a customer: its history moves to other rollup rows.
                Customer c = *customers.get(pick(customerIds));
                if (random.bounded(2))
                    c.ownerId = pick(reps);
                else
                    c.grade = pick(QStringList{u"A"_s, u"B"_s, u"C"_s});
                const SaveResult r = customers.update(c);
                QVERIFY2(r.ok(), qPrintable(r.message()));
            }
        }
        for (int step = 0; step < 6; ++step) {
            const int what = random.bounded(9);
            if (what <= 2 || opportunityIds.isEmpty()) {
                // Opportunities with a history in the past: created, then moved one to three times.
                QList<Opportunity> batch;
                QList<QList<StageChange>> histories;
                for (int i = random.bounded(1, 4); i > 0; --i) {
                    Opportunity o;
                    o.customerId = pick(customerIds);
                    o.ownerId = pick(reps);
                    o.title = u"商机 %1"_s.arg(++number);
                    o.amountFen = random.bounded(1, 500) * 1000 + random.bounded(100);
                    QDateTime at(QDate(2024, 11, 1).addDays(random.bounded(240)),
                                 QTime(random.bounded(24), random.bounded(60)), Qt::UTC);
                    o.createdAt = at;
                    QList<StageChange> history;
                    qint64 from = 0;
                    for (int k = random.bounded(1, 4); k > 0; --k) {
                        const PipelineStage &to = pick(stages);
                        history << StageChange{0, from, to.id, at, 0};
                        from = to.id;
                        at = at.addSecs(qint64(random.bounded(1, 90)) * 86400 + random.bounded(86400));
                        if (to.outcome != u"open"_s)
                            break;
                    }
                    o.stageId = from;
                    o.probability = random.bounded(3) == 0 ? random.bounded(101) : -1;
                    batch << o;
                    histories << history;
                }
                const BulkResult r = opportunities.createMany(batch, histories);
                QVERIFY2(r.ok(), qPrintable(r.message()));
                opportunityIds << r.ids;
            } else if (what == 3) {
                const SaveResult r = opportunities.moveToStage(pick(opportunityIds), pick(stages).id);
                QVERIFY2(r.ok(), qPrintable(r.message()));
            } else if (what == 4) {
                const qint64 id = pick(opportunityIds);
                QVERIFY(opportunities.remove(id));
                opportunityIds.removeOne(id);
                removedOpportunities << id;
            } else if (what == 5 && !removedOpportunities.isEmpty()) {
                const qint64 id =
                    removedOpportunities.takeAt(random.bounded(int(removedOpportunities.size())));
                QVERIFY(opportunities.restore(id));
                opportunityIds << id;
            } else {
                // Edits as sync brings them: amount, owner, own probability, a customer's owner.
                QSqlQuery q(temp.connection());
                const int column = random.bounded(4);
                if (column == 3) {
                    q.prepare(u"UPDATE customer SET owner_id = ? WHERE id = ?"_s);
                    q.addBindValue(pick(reps));
                    q.addBindValue(pick(customerIds));
                } else {
                    q.prepare(column == 0   ? u"UPDATE opportunity SET amount_fen = ? WHERE id = ?"_s
                              : column == 1 ? u"UPDATE opportunity SET owner_id = ? WHERE id = ?"_s
                                            : u"UPDATE opportunity SET probability = ? WHERE id = ?"_s);
                    q.addBindValue(column == 0   ? qint64(random.bounded(1, 900000))
                                   : column == 1 ? pick(reps)
                                                 : qint64(random.bounded(101)));
                    q.addBindValue(pick(opportunityIds));
                }
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        if (round == 5) {
            // A stage's default probability changes the past of every opportunity that left it.
            QSqlQuery q(temp.connection());
            QVERIFY(
                q.exec(u"UPDATE pipeline_stage SET probability = probability + 7 WHERE key = 'qualified'"_s));
        }
        // Half the rounds through the engine (which refreshes before it reads).
        if (round % 2) {
            MetricsEngine engine(temp.db(), admin);
            engine.total(Measure::Revenue, Period::month(2025, 2));
        } else {
            const Rollups::Result r = Rollups::refresh(temp.connection());
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(!r.rebuilt);
        }
        QCOMPARE(Rollups::pendingKeys(temp.connection()), 0);
        const QStringList incremental = dump(temp.connection());
        QCOMPARE(fromRollup(temp.connection()), naive(temp.connection()));
        QVERIFY(Rollups::rebuild(temp.connection()).ok);
        QCOMPARE(incremental, dump(temp.connection()));

        // Month-end pipelines and retention: from the rollups as from the base tables, with some
        // points before "today" (the history) and some after (the opportunities as they are).
        MetricsEngine rolled(temp.db(), admin), base(temp.db(), admin);
        rolled.setToday(QDate(2025, 4, 18));
        base.setToday(QDate(2025, 4, 18));
        base.setUseRollups(false);
        const QList<Period> months = Period::month(2025, 8).trailing(12),
                            quarters = Period::quarter(2025, 3).trailing(4);
        for (const Measure m : {Measure::OpenPipeline, Measure::WeightedPipeline, Measure::RetentionRate}) {
            for (const QList<Period> &trend : {months, quarters}) {
                const QList<Value> a = rolled.series(m, trend), b = base.series(m, trend);
                QCOMPARE(a.size(), b.size());
                for (qsizetype i = 0; i < a.size(); ++i) {
                    nonZero[m] += a.at(i).numerator != 0 ? 1 : 0;
                    QVERIFY2(a.at(i) == b.at(i), qPrintable(Metrics::key(m) + u' ' + trend.at(i).key() +
                                                            u": "_s + QString::number(a.at(i).numerator) +
                                                            u" vs "_s + QString::number(b.at(i).numerator)));
                }
            }
        }
    }
    // The trends compared were not all empty.
    QVERIFY(opportunityIds.size() > 10);
    for (const Measure m : {Measure::OpenPipeline, Measure::WeightedPipeline, Measure::RetentionRate})
        QVERIFY2(nonZero.value(m) > 20, qPrintable(Metrics::key(m)));

    // The engine answers the same through the rollups and through the base tables.
    MetricsEngine rolled(temp.db(), admin), base(temp.db(), admin);
    base.setUseRollups(false);
    for (const Measure m : {Measure::Revenue, Measure::Orders, Measure::Quantity, Measure::AverageOrderValue,
                            Measure::ActiveCustomers, Measure::NewCustomers, Measure::RetentionRate,
                            Measure::RepeatRate, Measure::Visits, Measure::Calls, Measure::Satisfaction,
                            Measure::OpenPipeline, Measure::WeightedPipeline}) {
        for (const Period &p :
             {Period::month(2025, 3), Period::month(2025, 4), Period::quarter(2025, 1), Period::year(2025),
              Period::week(QDate(2025, 2, 12)), Period::range(QDate(2025, 1, 20), QDate(2025, 3, 9))}) {
            for (const Dimension d :
                 {Dimension::None, Dimension::Rep, Dimension::Team, Dimension::Region, Dimension::Channel,
                  Dimension::Product, Dimension::Category, Dimension::Grade}) {
                const Breakdown a = rolled.breakdown(m, p, d), b = base.breakdown(m, p, d);
                QCOMPARE(a.ok(), b.ok());
                if (!a.ok())
                    continue;
                QVERIFY2(a.total == b.total,
                         qPrintable(Metrics::key(m) + u' ' + p.key() + u' ' + Metrics::key(d)));
                const auto text = [](const Breakdown &x) {
                    QStringList parts;
                    for (const Row &r : x.rows)
                        parts << r.key + u'=' + QString::number(r.value.numerator) + u'/' +
                                     QString::number(r.value.denominator);
                    return parts.join(u' ');
                };
                QVERIFY2(a.rows.size() == b.rows.size(),
                         qPrintable(Metrics::key(m) + u' ' + p.key() + u' ' + Metrics::key(d) + u": "_s +
                                    text(a) + u" vs "_s + text(b)));
                for (qsizetype i = 0; i < a.rows.size(); ++i)
                    QVERIFY2(a.rows.at(i).value == b.rows.at(i).value,
                             qPrintable(Metrics::key(m) + u' ' + p.key() + u' ' + Metrics::key(d)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_Rollups)
#include "tst_rollups.moc"
