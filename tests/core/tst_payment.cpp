// Collected payments (回款) end to end on an encrypted database with the CRM fixture: the
// repository's rules (zero amounts, orders of another customer or cancelled, receipt numbers
// used once), whom a payment is credited to, the access scope, delete and restore with their
// audit entries, customers' balances, Measure::Collected in the metrics engine (totals,
// breakdowns by rep and team, targets and attainment) and a payment travelling in a rep's sync
// package and back. Every figure is worked out by hand in the comments.
#include "analytics/MetricsEngine.h"
#include "analytics/Targets.h"
#include "performance/TargetPlanner.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "sync/SyncService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;
using namespace frontline::performance;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

namespace {

Payment payment(qint64 customer, const QDate &day, qint64 fen, const QString &number = {}, qint64 order = 0)
{
    Payment p;
    p.customerId = customer;
    p.paidOn = day;
    p.amountFen = fen;
    p.paymentNo = number;
    p.orderId = order;
    return p;
}

QStringList fields(const SaveResult &r)
{
    QStringList out;
    for (const FieldError &e : r.fieldErrors)
        out << e.field;
    return out;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

SyncOptions fastOptions()
{
    SyncOptions o;
    o.passphrase = SecureBytes(QByteArray("回款 sync key"));
    o.iterations = 1000; // the format allows it; real packages use 600,000
    return o;
}

} // namespace

class tst_Payment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validation();
    void creditedRep();
    void scope();
    void removeAndRestoreAreAudited();
    void balances();
    void collectedMetric();
    void collectedTargets();
    void syncRoundTrip();

private:
    qint64 member(const QString &code) const { return m_f.members.value(code); }
    qint64 customer(const QString &key) const { return m_f.customers.value(key); }
    qint64 addOrder(const QString &number, const QString &customerKey, const QString &rep, qint64 unitFen,
                    const QString &status = u"confirmed"_s);

    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Payment::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    QCOMPARE(m_f.build(m_t->db()), QString());
}

void tst_Payment::cleanup()
{
    m_t.reset();
}

qint64 tst_Payment::addOrder(const QString &number, const QString &customerKey, const QString &rep,
                             qint64 unitFen, const QString &status)
{
    Order o;
    o.orderNo = number;
    o.orderDate = QDate(2025, 4, 1);
    o.customerId = customer(customerKey);
    o.memberId = member(rep);
    o.status = status;
    o.lines << OrderLine{0, m_f.product, 1, unitFen, 0, {}, {}};
    const SaveResult r = OrderRepository(m_t->db(), AccessScope::administrator()).create(o);
    if (!r.ok())
        qWarning("order %s: %s", qPrintable(number), qPrintable(r.message()));
    return r.id;
}

void tst_Payment::validation()
{
    PaymentRepository repo(m_t->db(), AccessScope::administrator());
    const QDate day(2025, 4, 2);
    QCOMPARE(fields(repo.create(payment(customer(u"c1"_s), day, 0))), QStringList{u"amount"_s});
    QCOMPARE(fields(repo.create(payment(0, QDate(), 100))), (QStringList{u"customer"_s, u"paid_on"_s}));
    Payment strange = payment(customer(u"c1"_s), day, 100);
    strange.method = u"barter"_s;
    QCOMPARE(fields(repo.create(strange)), QStringList{u"method"_s});
    // SO-2025-002 is 上海宝钢贸易's, not 北京华联商厦's.
    QCOMPARE(fields(repo.create(payment(customer(u"c1"_s), day, 100, {}, m_f.orders.value(u"c2"_s)))),
             QStringList{u"order"_s});
    const qint64 cancelled = addOrder(u"SO-X-9"_s, u"c1"_s, u"R1"_s, 50000, u"cancelled"_s);
    QVERIFY(cancelled);
    const SaveResult onCancelled = repo.create(payment(customer(u"c1"_s), day, 100, {}, cancelled));
    QCOMPARE(fields(onCancelled), QStringList{u"order"_s});
    QVERIFY(onCancelled.message().contains(u"cancelled"_s));

    // A receipt number is used once, whoever recorded it; spaces and full-width forms do not
    // make it another number.
    const SaveResult first = repo.create(payment(customer(u"c1"_s), day, 100000, u"R-001"_s));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(fields(repo.create(payment(customer(u"c2"_s), day, 5000, u" R-001 "_s))),
             QStringList{u"payment_no"_s});
    QCOMPARE(fields(repo.create(payment(customer(u"c2"_s), day, 5000, u"Ｒ-001"_s))),
             QStringList{u"payment_no"_s});
    // createMany: all or nothing, a number twice in the batch refused.
    const BulkResult bulk = repo.createMany(
        {payment(customer(u"c2"_s), day, 100, u"R-002"_s), payment(customer(u"c3"_s), day, 200, u"R-002"_s)});
    QVERIFY(!bulk.ok());
    QCOMPARE(bulk.index, 1);
    QCOMPARE(scalar(m_t->db(), u"SELECT count(*) FROM payment"_s), 1);
    const BulkResult good = repo.createMany({payment(customer(u"c2"_s), day, 100, u"R-002"_s),
                                             payment(customer(u"c3"_s), day, -200, u"R-003"_s)});
    QVERIFY2(good.ok(), qPrintable(good.message()));
    QCOMPARE(good.ids.size(), 2);
    PaymentFilter all;
    QCOMPARE(repo.count(all), 3);
    QCOMPARE(repo.totalFen(all), 100000 + 100 - 200);
    // A payment carries its sync stamp like every synced row.
    QCOMPARE(scalar(m_t->db(), u"SELECT count(*) FROM payment WHERE length(uuid) = 36 AND hlc > 0 AND "
                               u"device_id <> ''"_s),
             3);
}

void tst_Payment::creditedRep()
{
    // 北京华联商厦 (c1) is R1's; an order of theirs was sold by R2.
    const qint64 soldByR2 = addOrder(u"SO-X-1"_s, u"c1"_s, u"R2"_s, 80000);
    QVERIFY(soldByR2);
    PaymentRepository repo(m_t->db(), AccessScope::administrator());
    const QDate day(2025, 4, 3);
    const SaveResult viaOrder = repo.create(payment(customer(u"c1"_s), day, 80000, {}, soldByR2));
    QVERIFY2(viaOrder.ok(), qPrintable(viaOrder.message()));
    QCOMPARE(repo.get(viaOrder.id)->memberId, member(u"R2"_s)); // the order's rep
    QCOMPARE(repo.get(viaOrder.id)->orderNo, u"SO-X-1"_s);
    const SaveResult noOrder = repo.create(payment(customer(u"c1"_s), day, 1000));
    QVERIFY(noOrder.ok());
    QCOMPARE(repo.get(noOrder.id)->memberId, member(u"R1"_s)); // the customer's owner
    Payment given = payment(customer(u"c1"_s), day, 2000, {}, soldByR2);
    given.memberId = member(u"R3"_s);
    const SaveResult explicitRep = repo.create(given);
    QVERIFY(explicitRep.ok());
    QCOMPARE(repo.get(explicitRep.id)->memberId, member(u"R3"_s)); // said so: kept
    QCOMPARE(repo.collectedForOrder(soldByR2), 80000 + 2000);
}

void tst_Payment::scope()
{
    Database &db = m_t->db();
    const QDate day(2025, 4, 4);
    PaymentRepository admin(db, AccessScope::administrator());
    QVERIFY(admin.create(payment(customer(u"c1"_s), day, 1000)).ok());
    QVERIFY(admin.create(payment(customer(u"c2"_s), day, 2000)).ok());
    QVERIFY(admin.create(payment(customer(u"c3"_s), day, 4000)).ok());

    PaymentRepository r1(db, m_f.scopeOf(db, u"R1"_s));
    PaymentFilter all;
    QCOMPARE(r1.count(all), 1);
    QCOMPARE(r1.totalFen(all), 1000);
    QCOMPARE(r1.list(all).value(0).customerName, u"北京华联商厦"_s);
    // Not for a colleague's customer, and not credited to someone outside the rep's reach.
    const SaveResult foreign = r1.create(payment(customer(u"c2"_s), day, 500));
    QVERIFY(!foreign.ok());
    QVERIFY(!foreign.error.isEmpty());
    Payment toR3 = payment(customer(u"c1"_s), day, 500);
    toR3.memberId = member(u"R3"_s);
    QVERIFY(!r1.create(toR3).ok());
    const SaveResult own = r1.create(payment(customer(u"c1"_s), day, 500));
    QVERIFY2(own.ok(), qPrintable(own.message()));
    QCOMPARE(r1.get(own.id)->memberId, member(u"R1"_s));
    // c2's payment is invisible to R1: not readable, not removable.
    PaymentFilter ofC2;
    ofC2.customerId = customer(u"c2"_s);
    const qint64 c2Payment = admin.list(ofC2).value(0).id;
    QVERIFY(c2Payment);
    QVERIFY(!r1.get(c2Payment));
    QVERIFY(!r1.remove(c2Payment));

    // The manager of team A sees R1's and R2's customers: 1000 + 500 + 2000.
    PaymentRepository m1(db, m_f.scopeOf(db, u"M1"_s));
    QCOMPARE(m1.totalFen(all), 3500);
    // Support staff read money but do not write it.
    PaymentRepository support(db, m_f.scopeOf(db, u"S1"_s));
    QCOMPARE(support.count(all), 4);
    QVERIFY(!support.create(payment(customer(u"c1"_s), day, 100)).ok());
    QVERIFY(!support.remove(own.id));
    QCOMPARE(admin.count(all), 4);
}

void tst_Payment::removeAndRestoreAreAudited()
{
    Database &db = m_t->db();
    PaymentRepository repo(db, m_f.scopeOf(db, u"R1"_s));
    const SaveResult r = repo.create(payment(customer(u"c1"_s), QDate(2025, 4, 5), 12345, u"R-100"_s));
    QVERIFY(r.ok());
    QVERIFY(repo.remove(r.id));
    QVERIFY(!repo.get(r.id));
    QCOMPARE(repo.totalFen({}), 0);
    QCOMPARE(scalar(db, u"SELECT deleted FROM payment WHERE id = %1"_s.arg(r.id)), 1);
    // A deleted payment's number is free again (an undone import can come back).
    QVERIFY(!repo.findByNumber(u"R-100"_s));
    QVERIFY(repo.restore(r.id));
    QCOMPARE(repo.get(r.id)->amountFen, 12345);
    QVERIFY(!repo.restore(r.id)); // not deleted any more
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        u"SELECT action, target, member_id FROM audit_log WHERE target = 'payment:%1' ORDER BY id"_s.arg(
            r.id)));
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(2).toLongLong(), member(u"R1"_s));
    }
    QCOMPARE(actions, (QStringList{u"delete"_s, u"restore"_s}));
}

void tst_Payment::balances()
{
    // Each fixture order comes to 2 × ¥450 + ¥400 = ¥1,300.00 (130000 fen).
    QVERIFY(addOrder(u"SO-X-2"_s, u"c1"_s, u"R1"_s, 50000, u"cancelled"_s)); // left out
    QVERIFY(addOrder(u"SO-X-3"_s, u"c1"_s, u"R1"_s, 20000));                 // c1 billed 150000
    PaymentRepository repo(m_t->db(), AccessScope::administrator());
    const QDate day(2025, 4, 6);
    QVERIFY(repo.create(payment(customer(u"c1"_s), day, 100000)).ok());
    QVERIFY(repo.create(payment(customer(u"c1"_s), day.addDays(1), 30000)).ok());
    QVERIFY(repo.create(payment(customer(u"c1"_s), day.addDays(2), -10000)).ok()); // a refund
    QVERIFY(repo.create(payment(customer(u"c2"_s), day, 150000)).ok());            // paid in advance
    // c1: 150000 − (100000 + 30000 − 10000) = 30000; c2: 130000 − 150000 = −20000;
    // c3: 130000 − 0 = 130000. Largest outstanding first.
    const QList<CustomerBalance> all = repo.balances();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).customerName, u"广州白云制药"_s);
    QCOMPARE(all.at(0).outstandingFen(), 130000);
    QVERIFY(!all.at(0).lastPayment.isValid());
    QCOMPARE(all.at(1).customerName, u"北京华联商厦"_s);
    QCOMPARE(all.at(1).billedFen, 150000);
    QCOMPARE(all.at(1).collectedFen, 120000);
    QCOMPARE(all.at(1).outstandingFen(), 30000);
    QCOMPARE(all.at(1).ownerName, u"张伟"_s);
    QCOMPARE(all.at(1).lastPayment, QDate(2025, 4, 8));
    QCOMPARE(all.at(1).lastOrder, QDate(2025, 4, 1));
    QCOMPARE(all.at(2).customerName, u"上海宝钢贸易"_s);
    QCOMPARE(all.at(2).outstandingFen(), -20000);
    // Team A's owners only; one customer; a rep's scope.
    const QList<CustomerBalance> teamA = repo.balances({member(u"R1"_s), member(u"R2"_s)});
    QCOMPARE(teamA.size(), 2);
    QCOMPARE(repo.balances({}, customer(u"c2"_s)).value(0).collectedFen, 150000);
    const QList<CustomerBalance> r3 =
        PaymentRepository(m_t->db(), m_f.scopeOf(m_t->db(), u"R3"_s)).balances();
    QCOMPARE(r3.size(), 1);
    QCOMPARE(r3.at(0).customerId, customer(u"c3"_s));
    // Settled customers drop out of the list, but not when asked for by name.
    QVERIFY(repo.create(payment(customer(u"c1"_s), day.addDays(3), 30000)).ok());
    QCOMPARE(repo.balances().size(), 2);
    QCOMPARE(repo.balances({}, customer(u"c1"_s)).value(0).outstandingFen(), 0);
}

void tst_Payment::collectedMetric()
{
    Database &db = m_t->db();
    PaymentRepository repo(db, AccessScope::administrator());
    const struct
    {
        const char *customer;
        QDate day;
        qint64 fen;
    } rows[] = {
        {"c1", QDate(2025, 4, 1), 100000},  // R1
        {"c1", QDate(2025, 4, 15), -20000}, // R1's refund
        {"c2", QDate(2025, 4, 30), 50050},  // R2, the month's last day: counted
        {"c2", QDate(2025, 5, 1), 70000},   // the day after: May
        {"c3", QDate(2025, 3, 31), 30000},  // the day before: March
        {"c3", QDate(2025, 4, 10), 200000}, // R3
    };
    for (const auto &r : rows)
        QVERIFY(repo.create(payment(customer(QString::fromLatin1(r.customer)), r.day, r.fen)).ok());
    MetricsEngine engine(db, AccessScope::administrator());
    engine.setToday(QDate(2025, 6, 1));
    const Period april = Period::month(2025, 4);
    // 100000 − 20000 + 50050 + 200000
    QCOMPARE(engine.total(Measure::Collected, april), Value::fen(330050));
    QCOMPARE(engine.total(Measure::Collected, Period::month(2025, 5)), Value::fen(70000));
    QCOMPARE(engine.total(Measure::Collected, Period::range(QDate(2025, 3, 31), QDate(2025, 5, 1))),
             Value::fen(430050));
    const Breakdown byRep = engine.breakdown(Measure::Collected, april, Dimension::Rep);
    QVERIFY2(byRep.ok(), qPrintable(byRep.error));
    QMap<QString, qint64> reps;
    for (const Row &row : byRep.rows)
        reps.insert(row.code, row.value.numerator);
    QCOMPARE(reps, (QMap<QString, qint64>{{u"R1"_s, 80000}, {u"R2"_s, 50050}, {u"R3"_s, 200000}}));
    QCOMPARE(byRep.rows.first().code, u"R3"_s); // largest first
    QCOMPARE(byRep.total, Value::fen(330050));
    // Teams roll up through the tree: 一组 = R1 + R2, 二组 = R3, the region and the company all.
    const Breakdown byTeam = engine.breakdown(Measure::Collected, april, Dimension::Team);
    QVERIFY2(byTeam.ok(), qPrintable(byTeam.error));
    QMap<QString, qint64> teams;
    for (const Row &row : byTeam.rows)
        teams.insert(row.label, row.value.numerator);
    QCOMPARE(teams.value(u"一组"_s), 130050);
    QCOMPARE(teams.value(u"二组"_s), 200000);
    QCOMPARE(teams.value(u"华东大区"_s), 330050);
    // A filter on team A, and the manager's own scope, give the same 130050.
    Filter teamA;
    teamA.teamId = m_f.teamA;
    QCOMPARE(engine.total(Measure::Collected, april, teamA), Value::fen(130050));
    MetricsEngine manager(db, m_f.scopeOf(db, u"M1"_s));
    QCOMPARE(manager.total(Measure::Collected, april), Value::fen(130050));
    // Collected money has no channel or product.
    QVERIFY(!engine.breakdown(Measure::Collected, april, Dimension::Channel).ok());
    // Rankings: R3 200000, R1 80000, R2 50050.
    const QList<RankRow> ranking = engine.ranking(Measure::Collected, april);
    QVERIFY(ranking.size() >= 3);
    QCOMPARE(ranking.at(0).code, u"R3"_s);
    QCOMPARE(ranking.at(1).code, u"R1"_s);
    QCOMPARE(ranking.at(1).value, Value::fen(80000));
    QCOMPARE(ranking.at(2).code, u"R2"_s);
    // A deleted payment no longer counts: R1's refund taken back makes April 350050.
    PaymentFilter aprilR1;
    aprilR1.memberId = member(u"R1"_s);
    aprilR1.from = QDate(2025, 4, 15);
    aprilR1.to = QDate(2025, 4, 15);
    QVERIFY(repo.remove(repo.list(aprilR1).value(0).id));
    QCOMPARE(engine.total(Measure::Collected, april), Value::fen(350050));
}

void tst_Payment::collectedTargets()
{
    Database &db = m_t->db();
    PaymentRepository repo(db, AccessScope::administrator());
    QVERIFY(repo.create(payment(customer(u"c1"_s), QDate(2025, 4, 1), 100000)).ok());
    QVERIFY(repo.create(payment(customer(u"c1"_s), QDate(2025, 4, 15), -20000)).ok());
    QVERIFY(repo.create(payment(customer(u"c2"_s), QDate(2025, 4, 30), 50050)).ok());
    TargetPlanner planner(db, AccessScope::administrator());
    TargetRow r1;
    r1.memberId = member(u"R1"_s);
    r1.measure = Measure::Collected;
    r1.period = Period::month(2025, 4);
    r1.value = 100000; // ¥1,000.00
    QVERIFY2(planner.set(r1).ok(), qPrintable(planner.set(r1).message()));
    TargetRow r2 = r1;
    r2.memberId = member(u"R2"_s);
    r2.value = 40000;
    QVERIFY(planner.set(r2).ok());
    // A revenue target of the same month is another row.
    TargetRow revenue = r1;
    revenue.measure = Measure::Revenue;
    revenue.value = 999900;
    QVERIFY(planner.set(revenue).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM target WHERE metric = 'collected' AND deleted = 0"_s), 2);
    QCOMPARE(Targets(db.connection()).forMember(Measure::Collected, Period::month(2025, 4), member(u"R1"_s)),
             std::optional<qint64>(100000));
    // Team A has no row of its own: its target is the sum of its reps', 100000 + 40000.
    QCOMPARE(Targets(db.connection())
                 .forTeam(Measure::Collected, Period::month(2025, 4), m_f.teamA,
                          {member(u"M1"_s), member(u"R1"_s), member(u"R2"_s)}),
             std::optional<qint64>(140000));

    MetricsEngine engine(db, AccessScope::administrator());
    engine.setToday(QDate(2025, 5, 20)); // April is over
    Filter onlyR1;
    onlyR1.members = {member(u"R1"_s)};
    const Attainment a = engine.attainment(Measure::Collected, Period::month(2025, 4), onlyR1);
    QCOMPARE(a.target, 100000);
    QCOMPARE(a.actual, Value::fen(80000)); // 100000 − 20000
    QCOMPARE(a.attainment.toDouble(), 0.8);
    Filter teamA;
    teamA.teamId = m_f.teamA;
    const Attainment team = engine.attainment(Measure::Collected, Period::month(2025, 4), teamA);
    QCOMPARE(team.target, 140000);
    QCOMPARE(team.actual, Value::fen(130050));
    // 130050 / 140000 = 0.92892…
    QCOMPARE(qRound(team.attainment.toDouble() * 10000), 9289);
    // The rep's own scope asks for their own target.
    MetricsEngine rep(db, m_f.scopeOf(db, u"R2"_s));
    rep.setToday(QDate(2025, 5, 20));
    const Attainment own = rep.attainment(Measure::Collected, Period::month(2025, 4));
    QCOMPARE(own.target, 40000);
    QCOMPARE(own.actual, Value::fen(50050));
}

void tst_Payment::syncRoundTrip()
{
    Database &manager = m_t->db();
    PaymentRepository admin(manager, AccessScope::administrator());
    const SaveResult c1Paid = admin.create(
        payment(customer(u"c1"_s), QDate(2025, 4, 2), 66600, u"R-201"_s, m_f.orders.value(u"c1"_s)));
    QVERIFY(c1Paid.ok());
    QVERIFY(admin.create(payment(customer(u"c2"_s), QDate(2025, 4, 2), 77700, u"R-202"_s)).ok());
    QVERIFY(admin.create(payment(customer(u"c3"_s), QDate(2025, 4, 2), 88800, u"R-203"_s)).ok());
    const QString uuid = admin.get(c1Paid.id)->uuid;

    // R1's package holds R1's customers' payments only.
    QTemporaryDir dir;
    const QString toRep = dir.filePath(u"r1.flsync"_s);
    const SyncExportResult out = SyncService(manager).exportForMember(u"R1"_s, toRep, fastOptions());
    QVERIFY2(out.ok(), qPrintable(out.error.message()));
    TempDatabase laptop;
    QVERIFY(laptop.isValid());
    const SyncImportResult in = SyncService(laptop.db()).importPackage(toRep, fastOptions());
    QVERIFY2(in.ok(), qPrintable(in.error.message()));
    QCOMPARE(scalar(laptop.db(), u"SELECT count(*) FROM payment"_s), 1);
    QSqlQuery q(laptop.db().connection());
    QVERIFY(q.exec(
        u"SELECT p.uuid, p.payment_no, p.amount_fen, p.paid_on, c.name, o.order_no, m.code FROM payment "
        u"p JOIN customer c ON c.id = p.customer_id JOIN sales_order o ON o.id = p.order_id JOIN "
        u"member m ON m.id = p.member_id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), uuid);
    QCOMPARE(q.value(1).toString(), u"R-201"_s);
    QCOMPARE(q.value(2).toLongLong(), 66600);
    QCOMPARE(q.value(3).toString(), u"2025-04-02"_s);
    QCOMPARE(q.value(4).toString(), u"北京华联商厦"_s);
    QCOMPARE(q.value(5).toString(), u"SO-2025-001"_s);
    QCOMPARE(q.value(6).toString(), u"R1"_s);

    // On the laptop the rep records a refund and corrects the first payment's amount.
    const qint64 laptopR1 = scalar(laptop.db(), u"SELECT id FROM member WHERE code = 'R1'"_s);
    const std::optional<AccessScope> repScope = AccessScope::forMember(laptop.db().connection(), laptopR1);
    QVERIFY(repScope);
    PaymentRepository onLaptop(laptop.db(), *repScope);
    const qint64 laptopC1 = scalar(laptop.db(), u"SELECT id FROM customer"_s);
    const SaveResult refund = onLaptop.create(payment(laptopC1, QDate(2025, 4, 9), -6600, u"R-204"_s));
    QVERIFY2(refund.ok(), qPrintable(refund.message()));
    Payment changed = onLaptop.list({}).last(); // the oldest: R-201
    QCOMPARE(changed.paymentNo, u"R-201"_s);
    changed.amountFen = 60000;
    QVERIFY(onLaptop.update(changed).ok());

    const QString toManager = dir.filePath(u"up.flsync"_s);
    QVERIFY(SyncService(laptop.db()).exportChanges(toManager, fastOptions()).ok());
    const SyncImportResult back = SyncService(manager).importPackage(toManager, fastOptions());
    QVERIFY2(back.ok(), qPrintable(back.error.message()));
    QCOMPARE(back.inserted, 1);
    QCOMPARE(back.updated, 1);
    QCOMPARE(admin.get(c1Paid.id)->amountFen, 60000);
    const std::optional<Payment> arrived = admin.findByNumber(u"R-204"_s);
    QVERIFY(arrived);
    QCOMPARE(arrived->amountFen, -6600);
    QCOMPARE(arrived->memberId, member(u"R1"_s));
    // April on the manager's side: 60000 − 6600 + 77700 + 88800.
    MetricsEngine engine(manager, AccessScope::administrator());
    QCOMPARE(engine.total(Measure::Collected, Period::month(2025, 4)), Value::fen(219900));
}

QTEST_GUILESS_MAIN(tst_Payment)
#include "tst_payment.moc"
