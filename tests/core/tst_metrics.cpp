// The metrics engine on a small hand-made company whose every figure was worked out by hand
// (see buildData() for the orders, activities and opportunities, and the comments next to each
// expected value). Each case runs twice: through the rollups and through the base tables.
#include "analytics/MetricsEngine.h"
#include "analytics/Reports.h"
#include "domain/Money.h"
#include "export/ReportWriter.h"
#include "io/XlsxReader.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"
#include "storage/Transaction.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "support/XlsxCells.h"

#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;
using namespace frontline::test;

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measures_data();
    void measures();
    void growth_data();
    void growth();
    void pipelineAsOf_data();
    void pipelineAsOf();
    void ranking_data();
    void ranking();
    void competitionRanks_data();
    void competitionRanks();
    void percentile();
    void funnel();
    void attainment_data();
    void attainment();
    void dashboardScope_data();
    void dashboardScope();
    void reportsModel();
    void customerSets_data();
    void customerSets();
    void dashboardChannelFilter();
    void unsupported();
    void dashboardXlsx();
    void repPerformance_data();
    void repPerformance();
    void repPerformanceXlsx();
    void customerList_data();
    void customerList();
    void customerListCsvGbk();

private:
    QString buildData();
    AccessScope scope(const QString &code);
    // "R1=280000;R2=130000" with member codes, team names, SKUs or stored values as keys.
    QString rowsText(const Breakdown &b) const;

    TempDatabase m_temp;
    CrmFixture m_fixture;
    qint64 m_paper = 0; // product P2
    QHash<QString, qint64> m_customers;
};

static Order makeOrder(const QString &no, const QDate &date, qint64 customer, qint64 member,
                       const QString &channel, const QList<OrderLine> &lines,
                       const QString &status = u"confirmed"_s)
{
    Order o;
    o.orderNo = no;
    o.orderDate = date;
    o.customerId = customer;
    o.memberId = member;
    o.channel = channel;
    o.status = status;
    o.lines = lines;
    return o;
}

static QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(2, 0), Qt::UTC);
}

QString tst_Metrics::buildData()
{
    // The fixture: R1 张伟, R2 李娜 in 一组 under manager M1; R3 刘洋 in 二组; all in 华东大区.
    // c1 (R1), c2 (R2), c3 (R3): region 华东, active, no grade; one visit each on 1, 2, 3 March
    // 2025 (satisfaction 4); one order each on 11, 12, 13 March 2025: SKU-001 2 × 450.00 +
    // one line of 400.00 = 1,300.00 (130000 fen), quantity 3, channel direct.
    if (const QString problem = m_fixture.build(m_temp.db()); !problem.isEmpty())
        return problem;
    m_customers = m_fixture.customers;
    const AccessScope admin = AccessScope::administrator();
    OrderRepository orders(m_temp.db(), admin);
    const SaveResult paper =
        orders.addProduct(Product{0, {}, u"SKU-002"_s, u"打印纸"_s, u"办公用品"_s, 2500, true});
    if (!paper.ok())
        return paper.message();
    m_paper = paper.id;
    const qint64 chair = m_fixture.product;
    const qint64 r1 = m_fixture.members.value(u"R1"_s), r2 = m_fixture.members.value(u"R2"_s),
                 r3 = m_fixture.members.value(u"R3"_s);

    CustomerRepository customers(m_temp.db(), admin);
    Customer c4;
    c4.name = u"深圳南山科技"_s;
    c4.ownerId = r1;
    c4.region = u"华南"_s;
    c4.grade = u"A"_s;
    c4.status = u"active"_s;
    Customer c5 = c4;
    c5.name = u"广州天河贸易"_s;
    c5.ownerId = r2;
    c5.grade = u"B"_s;
    c5.status = u"prospect"_s;
    for (const auto &[key, c] : {std::pair{u"c4"_s, c4}, std::pair{u"c5"_s, c5}}) {
        const SaveResult r = customers.create(c);
        if (!r.ok())
            return key + u": "_s + r.message();
        m_customers.insert(key, r.id);
    }
    const qint64 c1 = m_customers.value(u"c1"_s), c2 = m_customers.value(u"c2"_s),
                 c3 = m_customers.value(u"c3"_s), c4id = m_customers.value(u"c4"_s),
                 c5id = m_customers.value(u"c5"_s);
    const QList<Order> more = {
        makeOrder(u"O4"_s, {2025, 2, 10}, c1, r1, u"direct"_s, {{0, chair, 1, 45000, 0, {}, {}}}),   // 45000
        makeOrder(u"O5"_s, {2025, 2, 20}, c2, r2, u"wechat"_s, {{0, m_paper, 10, 2500, 0, {}, {}}}), // 25000
        makeOrder(u"O6"_s, {2025, 3, 20}, c4id, r1, u"online"_s,                                     // 100000
                  {{0, chair, 2, 45000, 0, {}, {}}, {0, m_paper, 4, 2500, 0, {}, {}}}),
        makeOrder(u"O7"_s, {2025, 3, 25}, c1, r1, u"phone"_s, {{0, m_paper, 20, 2500, 0, {}, {}}}), // 50000
        makeOrder(u"O8"_s, {2025, 3, 28}, c5id, r2, u"direct"_s,
                  {{0, chair, 1, 45000, 0, {}, {}}}, // cancelled
                  u"cancelled"_s),
        makeOrder(u"O9"_s, {2024, 3, 15}, c3, r3, u"direct"_s, {{0, chair, 2, 45000, 0, {}, {}}}),    // 90000
        makeOrder(u"O10"_s, {2025, 4, 2}, c4id, r1, u"direct"_s, {{0, m_paper, 2, 2500, 0, {}, {}}}), // 5000
    };
    for (const Order &o : more) {
        const SaveResult r = orders.create(o);
        if (!r.ok())
            return o.orderNo + u": "_s + r.message();
    }

    // A call on 5 March (satisfaction 2) and a visit in February.
    ActivityRepository activities(m_temp.db(), admin);
    Activity call;
    call.customerId = c1;
    call.memberId = r1;
    call.kind = u"call"_s;
    call.occurredAt = QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC);
    call.satisfaction = 2;
    call.summary = u"电话回访"_s;
    Activity february = call;
    february.customerId = c2;
    february.memberId = r2;
    february.kind = u"visit"_s;
    february.occurredAt = QDateTime(QDate(2025, 2, 27), QTime(10, 0), Qt::UTC);
    february.satisfaction = 0;
    // 3 April: R2 covers for R3 and visits c3 (R3's customer), satisfaction 5.
    Activity covering = february;
    covering.customerId = c3;
    covering.occurredAt = QDateTime(QDate(2025, 4, 3), QTime(10, 0), Qt::UTC);
    covering.satisfaction = 5;
    for (const Activity &a : {call, february, covering}) {
        if (const SaveResult r = activities.create(a); !r.ok())
            return u"activity: "_s + r.message();
    }

    // Opportunities with their stage histories (all changes at 02:00 UTC):
    //   A c1 R1 ¥10,000.00: lead 1 Mar → qualified 5 Mar → proposal 15 Mar (open, 50%)
    //   B c2 R2 ¥3,333.33:  lead 2 Mar → qualified 12 Mar → won 22 Mar
    //   C c3 R3 ¥5,000.00:  lead 3 Mar → lost 13 Mar
    //   D c4 R1 ¥2,000.01:  qualified 10 Feb → negotiation 10 Mar (open, its own 33%)
    OpportunityRepository opportunities(m_temp.db(), admin);
    const auto stage = [&](const QString &key) {
        return opportunities.stageByKey(key).value_or(PipelineStage{}).id;
    };
    const auto opp = [&](qint64 customer, qint64 owner, qint64 amount, const QString &key, int probability) {
        Opportunity o;
        o.customerId = customer;
        o.ownerId = owner;
        o.title = u"商机"_s;
        o.amountFen = amount;
        o.stageId = stage(key);
        o.probability = probability;
        return o;
    };
    const auto change = [&](const QString &from, const QString &to, const QDateTime &when) {
        return StageChange{0, from.isEmpty() ? 0 : stage(from), stage(to), when, 0};
    };
    const QList<Opportunity> opps = {opp(c1, r1, 1000000, u"proposal"_s, -1),
                                     opp(c2, r2, 333333, u"won"_s, -1), opp(c3, r3, 500000, u"lost"_s, -1),
                                     opp(c4id, r1, 200001, u"negotiation"_s, 33)};
    const QList<QList<StageChange>> histories = {
        {change({}, u"lead"_s, at(2025, 3, 1)), change(u"lead"_s, u"qualified"_s, at(2025, 3, 5)),
         change(u"qualified"_s, u"proposal"_s, at(2025, 3, 15))},
        {change({}, u"lead"_s, at(2025, 3, 2)), change(u"lead"_s, u"qualified"_s, at(2025, 3, 12)),
         change(u"qualified"_s, u"won"_s, at(2025, 3, 22))},
        {change({}, u"lead"_s, at(2025, 3, 3)), change(u"lead"_s, u"lost"_s, at(2025, 3, 13))},
        {change({}, u"qualified"_s, at(2025, 2, 10)),
         change(u"qualified"_s, u"negotiation"_s, at(2025, 3, 10))},
    };
    if (const BulkResult r = opportunities.createMany(opps, histories); !r.ok())
        return u"opportunities: "_s + r.message();

    // Targets: R1 ¥4,000.00 and 一组 ¥5,000.00 revenue for March 2025; nothing else.
    QSqlQuery q(m_temp.connection());
    q.prepare(u"INSERT INTO target (uuid, member_id, team_id, metric, period_kind, period_start, value, hlc, "
              u"device_id) VALUES (?, ?, ?, 'revenue', 'month', '2025-03-01', ?, 1, 'test')"_s);
    for (const auto &[member, team, value] : {std::tuple<QVariant, QVariant, qint64>{r1, QVariant(), 400000},
                                              {QVariant(), m_fixture.teamA, 500000}}) {
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(member.isValid() ? member : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(team.isValid() ? team : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(value);
        if (!q.exec())
            return u"target"_s;
    }
    // Collected payments: R1 ¥1,000 from c1 on 20 March against its order and a ¥200 refund to
    // c4 on 31 March (March: 80000 fen); R3 ¥500 from c3 on 1 April.
    PaymentRepository payments(m_temp.db(), admin);
    for (const auto &[customer, order, day, fen] :
         {std::tuple{c1, m_fixture.orders.value(u"c1"_s), QDate(2025, 3, 20), qint64(100000)},
          std::tuple{c4id, qint64(0), QDate(2025, 3, 31), qint64(-20000)},
          std::tuple{c3, qint64(0), QDate(2025, 4, 1), qint64(50000)}}) {
        Payment p;
        p.customerId = customer;
        p.orderId = order;
        p.paidOn = day;
        p.amountFen = fen;
        if (const SaveResult r = payments.create(p); !r.ok())
            return u"payment: "_s + r.message();
    }
    return {};
}

void tst_Metrics::initTestCase()
{
    QVERIFY2(m_temp.isValid(), qPrintable(m_temp.error().message()));
    const QString problem = buildData();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

AccessScope tst_Metrics::scope(const QString &code)
{
    return code.isEmpty() ? AccessScope::administrator() : m_fixture.scopeOf(m_temp.db(), code);
}

QString tst_Metrics::rowsText(const Breakdown &b) const
{
    QStringList parts;
    for (const Row &r : b.rows) {
        QString key = r.label;
        if (b.dimension == Dimension::Rep || b.dimension == Dimension::Product)
            key = r.code;
        else if (b.dimension == Dimension::Channel || b.dimension == Dimension::Status ||
                 b.dimension == Dimension::Grade)
            key = r.key.isEmpty() ? u"-"_s : r.key;
        QString value = QString::number(r.value.numerator);
        if (r.value.quotient)
            value += u'/' + QString::number(r.value.denominator);
        parts << key + u'=' + value;
    }
    parts.sort();
    return parts.join(u';');
}

void tst_Metrics::measures_data()
{
    QTest::addColumn<bool>("rollups");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<QString>("as");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("rows"); // sorted "key=value"; value "n/d" for quotients

    struct Case
    {
        const char *name, *measure, *period, *dimension, *as;
        qint64 numerator, denominator;
        const char *rows;
    };
    // March 2025: O1 c1 R1 130000, O2 c2 R2 130000, O3 c3 R3 130000 (direct, 3 × SKU-001 each),
    // O6 c4 R1 100000 (online: SKU-001 2 × 450 + SKU-002 4 × 25), O7 c1 R1 50000 (phone: SKU-002
    // × 20); O8 (c5, R2) is cancelled. February: O4 c1 R1 45000, O5 c2 R2 25000 (wechat).
    const Case cases[] = {
        {"revenue March", "revenue", "2025-03", "none", "", 540000, 1, ""},
        {"revenue by rep", "revenue", "2025-03", "rep", "", 540000, 1, "R1=280000;R2=130000;R3=130000"},
        {"revenue by team", "revenue", "2025-03", "team", "", 540000, 1,
         "一组=410000;二组=130000;华东大区=540000;华星贸易=540000"},
        {"revenue by channel", "revenue", "2025-03", "channel", "", 540000, 1,
         "direct=390000;online=100000;phone=50000"},
        {"revenue by product", "revenue", "2025-03", "product", "", 540000, 1,
         "SKU-001=480000;SKU-002=60000"},
        {"revenue by category", "revenue", "2025-03", "category", "", 540000, 1,
         "办公用品=60000;家具=480000"},
        {"revenue by region", "revenue", "2025-03", "region", "", 540000, 1, "华东=440000;华南=100000"},
        {"revenue by grade", "revenue", "2025-03", "grade", "", 540000, 1, "-=440000;A=100000"},
        {"revenue by status", "revenue", "2025-03", "status", "", 540000, 1, "active=540000"},
        {"revenue Q1", "revenue", "2025-Q1", "none", "", 610000, 1, ""},
        {"revenue year 2024", "revenue", "2024", "none", "", 90000, 1, ""},
        {"revenue ISO week 12", "revenue", "2025-W12", "none", "", 100000, 1, ""},
        {"revenue one day", "revenue", "2025-03-25", "rep", "", 50000, 1, "R1=50000"},
        {"revenue custom range", "revenue", "2025-02-15..2025-03-12", "rep", "", 285000, 1,
         "R1=130000;R2=155000"},
        {"orders March", "orders", "2025-03", "none", "", 5, 1, ""},
        {"orders by product", "orders", "2025-03", "product", "", 5, 1, "SKU-001=4;SKU-002=2"},
        {"orders by category", "orders", "2025-03", "category", "", 5, 1, "办公用品=2;家具=4"},
        {"average order value", "average_order_value", "2025-03", "rep", "", 540000, 5,
         "R1=280000/3;R2=130000/1;R3=130000/1"},
        {"quantity by product", "quantity", "2025-03", "product", "", 35, 1, "SKU-001=11;SKU-002=24"},
        // First orders: c1 10 Feb, c2 20 Feb, c3 15 Mar 2024, c4 20 Mar; c5 only a cancelled one.
        {"new customers March", "new_customers", "2025-03", "rep", "", 1, 1, "R1=1"},
        {"new customers February", "new_customers", "2025-02", "none", "", 2, 1, ""},
        {"new customers 2024", "new_customers", "2024", "region", "", 1, 1, "华东=1"},
        {"active customers March", "active_customers", "2025-03", "rep", "", 4, 1, "R1=2;R2=1;R3=1"},
        {"active customers by team", "active_customers", "2025-03", "team", "", 4, 1,
         "一组=3;二组=1;华东大区=4;华星贸易=4"},
        {"active customers week", "active_customers", "2025-W11", "none", "", 3, 1, ""},
        // February's buyers c1, c2 both bought in March; March's c1–c4, of whom only c4 in April.
        {"retention March", "retention_rate", "2025-03", "none", "", 2, 2, ""},
        {"retention April by rep", "retention_rate", "2025-04", "rep", "", 1, 4, "R1=1/2;R2=0/1;R3=0/1"},
        {"repeat March", "repeat_rate", "2025-03", "none", "", 1, 4, ""},
        {"repeat Q1", "repeat_rate", "2025-Q1", "none", "", 2, 4, ""},
        // Visits 1, 2, 3 March (c1–c3, satisfaction 4), a call 5 March (R1, 2), a visit 27 Feb.
        {"visits March", "visits", "2025-03", "rep", "", 3, 1, "R1=1;R2=1;R3=1"},
        {"calls March", "calls", "2025-03", "rep", "", 1, 1, "R1=1"},
        {"contacts March", "activities", "2025-03", "none", "", 4, 1, ""},
        {"visits February", "visits", "2025-02", "none", "", 1, 1, ""},
        {"satisfaction March", "satisfaction", "2025-03", "rep", "", 14, 4, "R1=6/2;R2=4/1;R3=4/1"},
        {"visits by region", "visits", "2025-03", "region", "", 3, 1, "华东=3"},
        {"visits first week", "visits", "2025-03-01..2025-03-02", "none", "", 2, 1, ""},
        // Opportunities A, B, C created in March, D in February; B won 22 Mar, C lost 13 Mar.
        {"opportunities March", "opportunities", "2025-03", "rep", "", 3, 1, "R1=1;R2=1;R3=1"},
        {"win rate March", "win_rate", "2025-03", "rep", "", 1, 2, "R2=1/1;R3=0/1"},
        // At the end of March: A 1,000,000 at 50% and D 200,001 at 33% are open.
        {"open pipeline March", "open_pipeline", "2025-03", "none", "", 1200001, 1, ""},
        {"weighted pipeline March", "weighted_pipeline", "2025-03", "rep", "", 566000, 1, "R1=566000"},
        // Scope: R1 sees c1 and c4; M1 the customers of R1 and R2 (一组).
        {"rep's revenue", "revenue", "2025-03", "rep", "R1", 280000, 1, "R1=280000"},
        {"manager's revenue", "revenue", "2025-03", "rep", "M1", 410000, 1, "R1=280000;R2=130000"},
        {"manager's teams", "revenue", "2025-03", "team", "M1", 410000, 1, "一组=410000"},
        {"rep's new customers", "new_customers", "2025-03", "none", "R2", 0, 1, ""},
        {"rep's visits", "visits", "2025-03", "rep", "R3", 1, 1, "R3=1"},
        {"manager's active", "active_customers", "2025-03", "none", "M1", 3, 1, ""},
        // Contacts count for whoever made them: R2's April visit at R3's customer c3.
        {"visits April by rep", "visits", "2025-04", "rep", "", 1, 1, "R2=1"},
        {"rep's visit at a colleague's customer", "visits", "2025-04", "none", "R2", 1, 1, ""},
        {"colleague's visit at the rep's customer", "visits", "2025-04", "none", "R3", 0, 1, ""},
        {"manager's team visits", "visits", "2025-04", "none", "M1", 1, 1, ""},
        {"rep's satisfaction April", "satisfaction", "2025-04", "none", "R2", 5, 1, ""},
        {"rep's pipeline", "weighted_pipeline", "2025-03", "none", "R2", 0, 1, ""},
    };
    for (const bool rollups : {true, false}) {
        for (const Case &c : cases) {
            QTest::addRow("%s (%s)", c.name, rollups ? "rollups" : "base")
                << rollups << QString::fromLatin1(c.measure) << QString::fromLatin1(c.period)
                << QString::fromLatin1(c.dimension) << QString::fromLatin1(c.as) << c.numerator
                << c.denominator << QString::fromUtf8(c.rows);
        }
    }
}

void tst_Metrics::measures()
{
    QFETCH(bool, rollups);
    QFETCH(QString, measure);
    QFETCH(QString, period);
    QFETCH(QString, dimension);
    QFETCH(QString, as);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, rows);

    MetricsEngine engine(m_temp.db(), scope(as));
    engine.setToday(QDate(2026, 1, 15));
    engine.setUseRollups(rollups);
    const std::optional<Period> p = Period::parse(period);
    QVERIFY(p);
    const Breakdown b =
        engine.breakdown(*Metrics::measureFromKey(measure), *p, *Metrics::dimensionFromKey(dimension));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(b.total.numerator, numerator);
    QCOMPARE(b.total.denominator, denominator);
    if (dimension != u"none"_s)
        QCOMPARE(rowsText(b), rows);
}

void tst_Metrics::growth_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("lastYear");
    QTest::addColumn<double>("vsPrevious");
    QTest::addColumn<double>("vsLastYear");
    // March 540000 vs February 70000 (+671.4%) and March 2024 90000 (+500%).
    QTest::newRow("month") << u"2025-03"_s << qint64(540000) << qint64(70000) << qint64(90000)
                           << 470000.0 / 70000 << 5.0;
    // April 5000 vs March 540000; April 2024 had nothing: no year-on-year growth.
    QTest::newRow("april") << u"2025-04"_s << qint64(5000) << qint64(540000) << qint64(0)
                           << -535000.0 / 540000 << 0.0;
    // Q1 2025 610000 vs Q4 2024 nothing; Q1 2024 90000.
    QTest::newRow("quarter") << u"2025-Q1"_s << qint64(610000) << qint64(0) << qint64(90000) << 0.0
                             << 520000.0 / 90000;
}

void tst_Metrics::growth()
{
    QFETCH(QString, period);
    QFETCH(qint64, current);
    QFETCH(qint64, previous);
    QFETCH(qint64, lastYear);
    QFETCH(double, vsPrevious);
    QFETCH(double, vsLastYear);
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    const Growth g = engine.growth(Measure::Revenue, *Period::parse(period));
    QCOMPARE(g.current.numerator, current);
    QCOMPARE(g.previous.numerator, previous);
    QCOMPARE(g.lastYear.numerator, lastYear);
    QCOMPARE(g.vsPrevious().isDefined(), previous != 0);
    QCOMPARE(g.vsLastYear().isDefined(), lastYear != 0);
    QVERIFY(qFuzzyCompare(1 + g.vsPrevious().toDouble(), 1 + vsPrevious));
    QVERIFY(qFuzzyCompare(1 + g.vsLastYear().toDouble(), 1 + vsLastYear));
}

void tst_Metrics::pipelineAsOf_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("open");
    QTest::addColumn<qint64>("weighted");
    // 10 March: A qualified (25% of 1,000,000), B and C leads (10% of 333,333 → 33,333.3 → 33,333;
    // 10% of 500,000), D negotiation at its own 33% (200,001 × 0.33 = 66,000.33 → 66,000).
    QTest::newRow("10 March") << u"2025-03-10"_s << qint64(2033334) << qint64(250000 + 33333 + 50000 + 66000);
    // February: only D (created 10 Feb, qualified: 25% of 200,001 = 50,000.25 → 50,000).
    QTest::newRow("February") << u"2025-02"_s << qint64(200001) << qint64(50000);
    QTest::newRow("January") << u"2025-01"_s << qint64(0) << qint64(0);
}

void tst_Metrics::pipelineAsOf()
{
    QFETCH(QString, period);
    QFETCH(qint64, open);
    QFETCH(qint64, weighted);
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    engine.setToday(QDate(2026, 1, 15));
    const Period p = *Period::parse(period);
    QCOMPARE(engine.total(Measure::OpenPipeline, p).numerator, open);
    QCOMPARE(engine.total(Measure::WeightedPipeline, p).numerator, weighted);
    QCOMPARE(engine.series(Measure::WeightedPipeline, {p}).value(0).numerator, weighted);
}

void tst_Metrics::ranking_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("expected"); // rank:code:value, in order
    // R2 and R3 both sold 130000 in March: they share rank 2.
    QTest::newRow("tie") << u"2025-03"_s << QString() << u"1:R1:280000 2:R2:130000 2:R3:130000"_s;
    // April: only R1 sold; the others are listed with nothing, tied.
    QTest::newRow("everyone") << u"2025-04"_s << QString() << u"1:R1:5000 2:R2:0 2:R3:0"_s;
    QTest::newRow("rep sees self") << u"2025-03"_s << u"R3"_s << u"1:R3:130000"_s;
    QTest::newRow("manager's team") << u"2025-03"_s << u"M1"_s << u"1:R1:280000 2:R2:130000"_s;
}

void tst_Metrics::ranking()
{
    QFETCH(QString, period);
    QFETCH(QString, as);
    QFETCH(QString, expected);
    MetricsEngine engine(m_temp.db(), scope(as));
    QStringList got;
    for (const RankRow &r : engine.ranking(Measure::Revenue, *Period::parse(period)))
        got << u"%1:%2:%3"_s.arg(r.rank).arg(r.code).arg(r.value.numerator);
    QCOMPARE(got.join(u' '), expected);
}

void tst_Metrics::competitionRanks_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("ranks");
    QTest::newRow("distinct") << QList<double>{3, 2, 1} << QList<int>{1, 2, 3};
    QTest::newRow("tie in the middle") << QList<double>{9, 5, 5, 1} << QList<int>{1, 2, 2, 4};
    QTest::newRow("tie at the top") << QList<double>{7, 7, 7, 2} << QList<int>{1, 1, 1, 4};
    QTest::newRow("unsorted") << QList<double>{1, 5, 9, 5} << QList<int>{4, 2, 1, 2};
    QTest::newRow("empty") << QList<double>{} << QList<int>{};
}

void tst_Metrics::competitionRanks()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, ranks);
    QCOMPARE(MetricsEngine::competitionRanks(values), ranks);
}

void tst_Metrics::percentile()
{
    QCOMPARE(MetricsEngine::percentile({1, 2, 3, 4, 5}, 50), 3.0);
    QCOMPARE(MetricsEngine::percentile({10, 20}, 25), 12.5);
    QCOMPARE(MetricsEngine::percentile({5, 1, 4}, 100), 5.0);
    QCOMPARE(MetricsEngine::percentile({5, 1, 4}, 0), 1.0);
}

void tst_Metrics::funnel()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    const Funnel f = engine.funnel(*Period::parse(u"2025-03"_s));
    // Created in March: A (got to proposal), B (won), C (lost from lead).
    QCOMPARE(f.created, 3);
    QCOMPARE(f.won, 1);
    QCOMPARE(f.lost, 1);
    QCOMPARE(f.winRate, Value::ratio(1, 2));
    QStringList reached, conversion, days;
    for (const FunnelStage &s : f.stages) {
        reached << s.key + u'=' + QString::number(s.reached);
        if (s.conversion.isDefined())
            conversion << s.key + u'=' + QString::number(s.conversion.numerator) + u'/' +
                              QString::number(s.conversion.denominator);
        if (s.averageDays.isDefined())
            days << s.key + u'=' + QString::number(s.averageDays.toDouble(), 'f', 2);
    }
    QCOMPARE(reached.join(u' '), u"lead=3 qualified=2 proposal=2 negotiation=1 won=1 lost=1"_s);
    QCOMPARE(conversion.join(u' '), u"lead=2/3 qualified=2/2 proposal=1/2 negotiation=1/1"_s);
    // Stays that ended in March: lead A 4 d, B 10 d, C 10 d → 8; qualified A 10, B 10, D 28 → 16.
    QCOMPARE(days.join(u' '), u"lead=8.00 qualified=16.00"_s);
    // The board now: A in proposal (50% of 1,000,000), D in negotiation (33% of 200,001), plus
    // the fixture's three new leads (created today: 10% of 10,000, 20,000, 30,000 yuan).
    QCOMPARE(f.stages.at(2).weightedFen, 500000);
    QCOMPARE(f.stages.at(3).weightedFen, 66000);
    QCOMPARE(f.stages.at(0).openAmountFen, 6000000);
}

void tst_Metrics::attainment_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("status");
    // R1: 280000 of 400000. On 20 March 20/31 of the target is expected: 258,064.5 → 258,065.
    QTest::newRow("rep on track") << u"R1"_s << QString() << QDate(2025, 3, 20) << qint64(400000)
                                  << qint64(280000) << qint64(258065) << u"on_track"_s;
    // At the end of the month 400000 is expected; 280000 is 30% behind.
    QTest::newRow("rep off track") << u"R1"_s << QString() << QDate(2025, 4, 10) << qint64(400000)
                                   << qint64(280000) << qint64(400000) << u"off_track"_s;
    // 一组 (M1's team): 410000 of 500000; on 28 March 451,612.9 → 451,613 expected; 9.2% behind.
    QTest::newRow("team at risk") << u"M1"_s << QString() << QDate(2025, 3, 28) << qint64(500000)
                                  << qint64(410000) << qint64(451613) << u"at_risk"_s;
    // Before the month starts nothing is expected yet.
    QTest::newRow("not started") << u"M1"_s << QString() << QDate(2025, 2, 1) << qint64(500000)
                                 << qint64(410000) << qint64(0) << u"on_track"_s;
    QTest::newRow("no target") << u"R2"_s << QString() << QDate(2025, 3, 31) << qint64(0) << qint64(130000)
                               << qint64(0) << u"no_target"_s;
    // The company: no company row; bottom-up, the members' targets (R1's 400000).
    QTest::newRow("company bottom-up") << QString() << QString() << QDate(2025, 3, 31) << qint64(400000)
                                       << qint64(540000) << qint64(400000) << u"on_track"_s;
    QTest::newRow("filter one rep") << QString() << u"R1"_s << QDate(2025, 3, 31) << qint64(400000)
                                    << qint64(280000) << qint64(400000) << u"off_track"_s;
}

void tst_Metrics::attainment()
{
    QFETCH(QString, as);
    QFETCH(QString, member);
    QFETCH(QDate, today);
    QFETCH(qint64, target);
    QFETCH(qint64, actual);
    QFETCH(qint64, expected);
    QFETCH(QString, status);
    MetricsEngine engine(m_temp.db(), scope(as));
    engine.setToday(today);
    Filter f;
    if (!member.isEmpty())
        f.members << m_fixture.members.value(member);
    const Attainment a = engine.attainment(Measure::Revenue, *Period::parse(u"2025-03"_s), f);
    QCOMPARE(Attainment::statusKey(a.status), status);
    QCOMPARE(a.target, target);
    QCOMPARE(a.actual.numerator, actual);
    QCOMPARE(a.expected, expected);
    if (a.hasTarget())
        QCOMPARE(a.attainment, Value::ratio(actual, target));
    // A quarter needs all three months' targets: none here.
    QVERIFY(!engine.attainment(Measure::Revenue, *Period::parse(u"2025-Q1"_s), f).hasTarget());
}

void tst_Metrics::dashboardScope_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<qint64>("previous");
    QTest::addColumn<qint64>("newCustomers");
    QTest::addColumn<qint64>("visits");
    QTest::addColumn<qint64>("weighted");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("collected");
    // Collected in March: ¥1,000 from c1 less the ¥200 refund to c4 (R3's ¥500 is April's).
    QTest::newRow("company") << QString() << qint64(540000) << qint64(70000) << qint64(1) << qint64(3)
                             << qint64(566000) << u"on_track"_s << qint64(80000);
    // M1: R1 and R2's customers: O1, O2, O6, O7; February O4, O5; c4 new; visits on c1 and c2.
    QTest::newRow("manager") << u"M1"_s << qint64(410000) << qint64(70000) << qint64(1) << qint64(2)
                             << qint64(566000) << u"at_risk"_s << qint64(80000);
    // R2: O2 only; February O5; no new customer; one visit; B was won; no payment.
    QTest::newRow("rep") << u"R2"_s << qint64(130000) << qint64(25000) << qint64(0) << qint64(1) << qint64(0)
                         << u"no_target"_s << qint64(0);
    QTest::newRow("other team's rep") << u"R3"_s << qint64(130000) << qint64(0) << qint64(0) << qint64(1)
                                      << qint64(0) << u"no_target"_s << qint64(0);
}

void tst_Metrics::dashboardScope()
{
    QFETCH(QString, as);
    QFETCH(qint64, revenue);
    QFETCH(qint64, previous);
    QFETCH(qint64, newCustomers);
    QFETCH(qint64, visits);
    QFETCH(qint64, weighted);
    QFETCH(QString, status);
    QFETCH(qint64, collected);
    MetricsEngine engine(m_temp.db(), scope(as));
    engine.setToday(QDate(2025, 3, 28));
    const Dashboard d = engine.dashboard(*Period::parse(u"2025-03"_s));
    QCOMPARE(d.cards.size(), 7);
    QCOMPARE(d.card(u"revenue"_s)->value.numerator, revenue);
    QCOMPARE(d.card(u"revenue"_s)->growth.previous.numerator, previous);
    QCOMPARE(Attainment::statusKey(d.card(u"revenue"_s)->attainment.status), status);
    QCOMPARE(d.card(u"new_customers"_s)->value.numerator, newCustomers);
    QCOMPARE(d.card(u"visits"_s)->value.numerator, visits);
    // As of 28 March (today): A proposal 500000, D negotiation 66000 (created by R1 on c1/c4).
    QCOMPARE(d.card(u"weighted_pipeline"_s)->value.numerator, weighted);
    // Collected payments (回款), the last card: nothing in February.
    QCOMPARE(d.cards.constLast().key, u"collected"_s);
    QCOMPARE(d.card(u"collected"_s)->value, Value::fen(collected));
    QCOMPARE(d.card(u"collected"_s)->growth.previous, Value::fen(0));
    QCOMPARE(d.card(u"collected"_s)->trend.size(), 12);
    // Trends end with the period and have one point per month.
    const KpiCard *r = d.card(u"revenue"_s);
    QCOMPARE(r->trend.size(), 12);
    QCOMPARE(r->trendPeriods.last().key(), u"2025-03"_s);
    QCOMPARE(r->trend.last().numerator, revenue);
    QCOMPARE(r->trend.at(10).numerator, previous);
    QCOMPARE(d.card(u"growth"_s)->value, Value::ratio(revenue - previous, previous).isDefined() && previous
                                             ? Value::ratio(revenue - previous, previous)
                                             : Value::ratio(0, 0));
}

void tst_Metrics::customerSets_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("expected"); // customer keys, or "error"
    // Buyers: Feb c1 (O4 direct), c2 (O5 wechat); March c1–c3 (O1–O3 direct), c4 (O6 online),
    // c1 (O7 phone); April c4 (O10). First orders: c3 in March 2024, c4 in March 2025.
    QTest::newRow("new March") << u"new"_s << u"2025-03"_s << QString() << QString() << QString() << u"c4"_s;
    QTest::newRow("new February") << u"new"_s << u"2025-02"_s << QString() << QString() << QString()
                                  << u"c1,c2"_s;
    QTest::newRow("active March") << u"active"_s << u"2025-03"_s << QString() << QString() << QString()
                                  << u"c1,c2,c3,c4"_s;
    QTest::newRow("active March online")
        << u"active"_s << u"2025-03"_s << QString() << u"online"_s << QString() << u"c4"_s;
    QTest::newRow("retained March") << u"retained"_s << u"2025-03"_s << QString() << QString() << QString()
                                    << u"c1,c2"_s;
    QTest::newRow("retained March direct")
        << u"retained"_s << u"2025-03"_s << QString() << u"direct"_s << QString() << u"c1"_s;
    QTest::newRow("lost April") << u"lost"_s << u"2025-04"_s << QString() << QString() << QString()
                                << u"c1,c2,c3"_s;
    QTest::newRow("retained April") << u"retained"_s << u"2025-04"_s << QString() << QString() << QString()
                                    << u"c4"_s;
    // Scope: R1 owns c1 and c4, R2 c2; 一组 is R1 and R2 (as sellers).
    QTest::newRow("rep's lost April")
        << u"lost"_s << u"2025-04"_s << u"R1"_s << QString() << QString() << u"c1"_s;
    QTest::newRow("other rep's lost April")
        << u"lost"_s << u"2025-04"_s << u"R2"_s << QString() << QString() << u"c2"_s;
    QTest::newRow("team's lost April")
        << u"lost"_s << u"2025-04"_s << QString() << QString() << u"一组"_s << u"c1,c2"_s;
    QTest::newRow("rep's new March") << u"new"_s << u"2025-03"_s << u"R2"_s << QString() << QString()
                                     << QString();
    QTest::newRow("new by channel") << u"new"_s << u"2025-03"_s << QString() << u"direct"_s << QString()
                                    << u"error"_s;
}

void tst_Metrics::customerSets()
{
    QFETCH(QString, set);
    QFETCH(QString, period);
    QFETCH(QString, as);
    QFETCH(QString, channel);
    QFETCH(QString, team);
    QFETCH(QString, expected);
    MetricsEngine engine(m_temp.db(), scope(as));
    Filter filter;
    if (!channel.isEmpty())
        filter.channels << channel;
    if (!team.isEmpty())
        filter.teamId = team == u"一组"_s ? m_fixture.teamA : m_fixture.teamB;
    const std::optional<CustomerSet> which = MetricsEngine::customerSetFromKey(set);
    QVERIFY(which);
    QString error;
    const QList<qint64> ids = engine.customerIds(*which, *Period::parse(period), filter, &error);
    if (expected == u"error"_s) {
        QVERIFY(!error.isEmpty());
        QVERIFY(ids.isEmpty());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList keys;
    for (const qint64 id : ids)
        keys << m_customers.key(id, u"?"_s);
    keys.sort();
    QCOMPARE(keys.join(u','), expected);

    // The customer list shows exactly them, and nothing outside the scope.
    CustomerFilter only;
    only.only = ids;
    QCOMPARE(CustomerRepository(m_temp.db(), scope(as)).ids(only).size(), ids.size());
}

void tst_Metrics::dashboardChannelFilter()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    engine.setToday(QDate(2025, 3, 28));
    Filter direct;
    direct.channels << u"direct"_s;
    const Dashboard d = engine.dashboard(*Period::parse(u"2025-03"_s), direct);
    // O1–O3 are direct in March; O4 in February; the cancelled O8 does not count.
    QCOMPARE(d.card(u"revenue"_s)->value.numerator, qint64(390000));
    QCOMPARE(d.card(u"revenue"_s)->growth.previous.numerator, qint64(45000));
    // Of February's direct buyer c1, c1 bought direct again.
    QCOMPARE(d.card(u"retention_rate"_s)->value, Value::ratio(1, 1));
    // Visits, new customers, opportunities and payments have no channel: no figure, and why.
    for (const char *key : {"new_customers", "visits", "weighted_pipeline", "collected"}) {
        const KpiCard *c = d.card(QString::fromLatin1(key));
        QVERIFY2(!c->unavailable.isEmpty(), key);
        QVERIFY2(!c->value.isDefined(), key);
        QVERIFY2(c->trend.isEmpty(), key);
    }
    QVERIFY(d.card(u"revenue"_s)->unavailable.isEmpty());
    // The company's March target (R1 ¥4,000 + 一组 ¥5,000) is not the direct channel's.
    QCOMPARE(d.card(u"revenue"_s)->attainment.status, TrackStatus::NoTarget);
    QVERIFY(engine.target(Measure::Revenue, *Period::parse(u"2025-03"_s)));
    QVERIFY(!engine.target(Measure::Revenue, *Period::parse(u"2025-03"_s), direct));
}

void tst_Metrics::reportsModel()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    Reports reports(engine);
    QString error;
    const std::optional<Report> ranking = reports.build(u"ranking"_s, *Period::parse(u"2025-03"_s),
                                                        Dimension::None, Measure::Revenue, {}, &error);
    QVERIFY2(ranking, qPrintable(error));
    const ReportTable &t = ranking->sections.constFirst();
    QCOMPARE(t.columnIndex(u"rank"_s), 0);
    QCOMPARE(t.columnIndex(u"rep"_s), 1);
    QCOMPARE(t.columns.at(t.columnIndex(u"revenue_fen"_s)).type, ColumnType::Fen);
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows.at(0).at(t.columnIndex(u"revenue_fen"_s)).toLongLong(), 280000);
    QCOMPARE(t.rows.at(0).at(t.columnIndex(u"orders"_s)).toLongLong(), 3);
    QCOMPARE(t.rows.at(2).at(0).toLongLong(), 2);
    QCOMPARE(t.displayText(0, t.columnIndex(u"revenue_fen"_s)), u"¥2,800.00"_s);
    const QString csv = t.toCsv();
    QVERIFY(csv.startsWith(u"rank,rep,code,team,revenue_fen,orders\r\n1,张伟,R1,一组,280000,3\r\n"_s));

    // Formula injection: text starting with = + - @ is neutralised.
    ReportTable evil;
    evil.addColumn(u"name"_s, u"Name"_s, ColumnType::Text);
    evil.rows << QList<QVariant>{u"=1+1"_s} << QList<QVariant>{u"@SUM(A1)"_s};
    QCOMPARE(evil.toCsv(), u"name\r\n'=1+1\r\n'@SUM(A1)\r\n"_s);

    const std::optional<Report> sales = reports.build(u"sales"_s, *Period::parse(u"2025-03"_s),
                                                      Dimension::Product, Measure::Revenue, {}, &error);
    QVERIFY(sales);
    // The total line counts an order with both products once: 5 orders, not 6.
    const ReportTable &s = sales->sections.constFirst();
    QCOMPARE(s.rows.last().at(s.columnIndex(u"orders"_s)).toLongLong(), 5);
    QCOMPARE(s.rows.last().at(s.columnIndex(u"average_order_value_fen"_s)).toLongLong(), 108000);
}

void tst_Metrics::unsupported()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    const Breakdown b = engine.breakdown(Measure::Visits, *Period::parse(u"2025-03"_s), Dimension::Product);
    QVERIFY(!b.ok());
    QVERIFY(!engine.breakdown(Measure::NewCustomers, *Period::parse(u"2025-03"_s), Dimension::Channel).ok());
}

namespace {

const QString YuanFormat = u"\"¥\"#,##0.00;-\"¥\"#,##0.00"_s;

// The exact decimal of fen ("-5.01"), parsed the way a spreadsheet parses the cell's text: the
// nearest double, with no drift from computing fen × 0.01.
double yuan(qint64 fen)
{
    return Money::plain(fen).toDouble();
}

} // namespace

void tst_Metrics::dashboardXlsx()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    engine.setToday(QDate(2025, 3, 28));
    Reports reports(engine);
    const Report report = reports.dashboard(*Period::parse(u"2025-03"_s), Filter());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dashboard.xlsx"_s);
    QString error;
    QVERIFY2(ReportWriter::writeXlsx(report, path, &error), qPrintable(error));

    // The key figures: every value in its card's unit. Hand-computed for March 2025 (see
    // dashboardScope): revenue ¥5,400.00 (February ¥700.00), growth (5400 − 700) / 700, one new
    // customer, retention 2 of 2, three visits, weighted pipeline ¥5,660.00, collected ¥800.00.
    XlsxCells kpis;
    QVERIFY(kpis.open(path, u"xl/worksheets/sheet1.xml"_s));
    const ReportTable &table = report.sections.at(0);
    QCOMPARE(table.rows.size(), 7);
    QCOMPARE(kpis.at(u"D1"_s).value, u"Value"_s);
    struct Expected
    {
        QString key, unit;
        double value;
        QString format;
    };
    const QList<Expected> expected{
        {u"revenue"_s, u"fen"_s, 5400.0, YuanFormat},
        {u"growth"_s, u"ratio"_s, 470000.0 / 70000.0, u"0.0%"_s},
        {u"new_customers"_s, u"count"_s, 1, u"#,##0"_s},
        {u"retention_rate"_s, u"ratio"_s, 1.0, u"0.0%"_s},
        {u"visits"_s, u"count"_s, 3, u"#,##0"_s},
        {u"weighted_pipeline"_s, u"fen"_s, 5660.0, YuanFormat},
        {u"collected"_s, u"fen"_s, 800.0, YuanFormat},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Expected &e = expected.at(i);
        const int row = int(i) + 1;
        QCOMPARE(kpis.at(XlsxCells::ref(row, 0)).value, e.key);
        QCOMPARE(kpis.at(XlsxCells::ref(row, 2)).value, e.unit);
        const XlsxCell value = kpis.at(XlsxCells::ref(row, 3));
        QVERIFY2(value.isNumber(), qPrintable(e.key));
        QCOMPARE(value.value.toDouble(), e.value);
        QCOMPARE(value.format, e.format);
        // The previous period and last year in the same unit (growth's are revenue).
        for (const int column : {5, 7}) {
            const XlsxCell before = kpis.at(XlsxCells::ref(row, column));
            if (!before.value.isEmpty())
                QCOMPARE(before.format, e.key == u"growth"_s ? YuanFormat : e.format);
        }
        // Changes are fractions shown as percentages.
        if (!kpis.at(XlsxCells::ref(row, 6)).value.isEmpty())
            QCOMPARE(kpis.at(XlsxCells::ref(row, 6)).format, u"0.0%"_s);
    }
    QCOMPARE(kpis.at(u"F2"_s).value.toDouble(), 700.0);
    QCOMPARE(kpis.at(u"F3"_s).value.toDouble(), 700.0);
    // The company's revenue target (the database's) in yuan, its attainment a fraction.
    const std::optional<qint64> target = engine.target(Measure::Revenue, *Period::parse(u"2025-03"_s));
    QVERIFY(target);
    QCOMPARE(kpis.at(u"J2"_s).value.toDouble(), yuan(*target));
    QCOMPARE(kpis.at(u"J2"_s).format, YuanFormat);
    QCOMPARE(kpis.at(u"K2"_s).value.toDouble(), 540000.0 / double(*target));
    QCOMPARE(kpis.at(u"K2"_s).format, u"0.0%"_s);

    // The trend: money columns in yuan, the revenue of March last; and its chart beside it.
    XlsxCells trend;
    QVERIFY(trend.open(path, u"xl/worksheets/sheet2.xml"_s));
    QCOMPARE(trend.at(u"B1"_s).value, u"Revenue"_s);
    QCOMPARE(trend.at(u"A13"_s).value, u"2025-03"_s);
    QCOMPARE(trend.at(u"B13"_s).value.toDouble(), 5400.0);
    QCOMPARE(trend.at(u"B13"_s).format, YuanFormat);
    QCOMPARE(trend.at(u"B12"_s).value.toDouble(), 700.0);
    QCOMPARE(trend.at(u"E13"_s).format, u"0.0%"_s); // retention
    const QByteArray chart = zipPart(path, u"xl/charts/chart1.xml"_s);
    QVERIFY(chart.contains("<c:lineChart>"));
    QVERIFY2(chart.contains("<c:f>Trend!$A$2:$A$13</c:f>"), chart.constData());
    QVERIFY(chart.contains("<c:f>Trend!$B$2:$B$13</c:f>"));
    QVERIFY(chart.contains("<c:f>Trend!$B$1</c:f>"));
    // Collected payments: ¥1,000 less a ¥200 refund in March.
    QCOMPARE(trend.at(u"H1"_s).value, u"Collected payments"_s);
    QCOMPARE(trend.at(u"H13"_s).value.toDouble(), 800.0);
    QCOMPARE(trend.at(u"H13"_s).format, YuanFormat);
    // The revenue target of each month beside them (only March has one), drawn as a second line.
    QCOMPARE(trend.at(u"I1"_s).value, u"Revenue target"_s);
    QCOMPARE(trend.at(u"I13"_s).value.toDouble(), yuan(*target));
    QCOMPARE(trend.at(u"I13"_s).format, YuanFormat);
    QVERIFY(trend.at(u"I12"_s).value.isEmpty());
    QVERIFY(chart.contains("<c:f>Trend!$I$2:$I$13</c:f>"));
    QVERIFY(zipPart(path, u"xl/worksheets/_rels/sheet2.xml.rels"_s).contains("drawing"));
    QVERIFY(zipPart(path, u"xl/worksheets/_rels/sheet1.xml.rels"_s).isEmpty());
    // Revenue by rep with its bars: R1 ¥2,800.00 (a share of 28/54), R2 and R3 ¥1,300.00.
    const QList<QList<QVariant>> reps = test::readXlsxRows(path, u"Revenue by rep"_s);
    QCOMPARE(reps.size(), 4);
    QCOMPARE(reps.at(1).at(1).toString(), u"张伟"_s);
    QCOMPARE(reps.at(1).at(2).toDouble(), 2800.0);
    QCOMPARE(reps.at(1).at(3).toDouble(), 280000.0 / 540000.0);
    QCOMPARE(reps.at(3).at(2).toDouble(), 1300.0);
    const QByteArray bars = zipPart(path, u"xl/charts/chart2.xml"_s);
    QVERIFY(bars.contains("<c:barChart>"));
    QVERIFY2(bars.contains("<c:f>'Revenue by rep'!$C$2:$C$4</c:f>"), bars.constData());
}

void tst_Metrics::repPerformance_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QStringList>(
        "rows"); // code revenue orders new visits satisfaction open weighted collected target attainment
    // March 2025, by hand: R1 O1 + O6 + O7 = 280000 in 3 orders, c4 new, the visit on 1 March,
    // ratings 4 and 2, open A 1,000,000 + D 200,001, weighted 500,000 + 66,000, target 400,000 (70%).
    // Collected 100000 − 20000 = 80000 (R3's payment is in April).
    // R2 O2, R3 O3: 130000 each, one visit rated 4, nothing open or collected, no target of their own.
    const QString r1 = u"R1 280000 3 1 1 3 1200001 566000 80000 400000 0.7"_s;
    const QString r2 = u"R2 130000 1 0 1 4 0 0 0 - -"_s;
    const QString r3 = u"R3 130000 1 0 1 4 0 0 0 - -"_s;
    QTest::newRow("company") << QString()
                             << QStringList{r1, r2, r3, u"Total 540000 5 1 3 3.5 1200001 566000 80000 - -"_s};
    QTest::newRow("manager") << u"M1"_s
                             << QStringList{r1, r2,
                                            u"Total 410000 4 1 2 3.33333333333 1200001 566000 80000 - -"_s};
    // A rep sees only their own line.
    QTest::newRow("rep") << u"R2"_s << QStringList{r2, u"Total 130000 1 0 1 4 0 0 0 - -"_s};
}

void tst_Metrics::repPerformance()
{
    QFETCH(QString, as);
    QFETCH(QStringList, rows);
    MetricsEngine engine(m_temp.db(), scope(as));
    Reports reports(engine);
    QString error;
    const std::optional<Report> report = reports.build(u"rep-performance"_s, *Period::parse(u"2025-03"_s),
                                                       Dimension::None, Measure::Revenue, {}, &error);
    QVERIFY2(report, qPrintable(error));
    const ReportTable &t = report->sections.constFirst();
    QStringList actual;
    for (const QList<QVariant> &row : t.rows) {
        QStringList cells{row.at(1).toString().isEmpty() ? row.at(0).toString() : row.at(1).toString()};
        for (qsizetype c = 3; c < row.size(); ++c)
            cells << (row.at(c).isValid() ? QString::number(row.at(c).toDouble(), 'g', 12) : u"-"_s);
        actual << cells.join(u' ');
    }
    QCOMPARE(actual, rows);
    QCOMPARE(t.columns.at(t.columnIndex(u"weighted_pipeline_fen"_s)).type, ColumnType::Fen);
    QCOMPARE(t.columns.at(t.columnIndex(u"attainment"_s)).type, ColumnType::Percent);
}

void tst_Metrics::repPerformanceXlsx()
{
    MetricsEngine engine(m_temp.db(), AccessScope::administrator());
    Reports reports(engine);
    const Report report = reports.repPerformance(*Period::parse(u"2025-03"_s), {});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reps.xlsx"_s);
    QString error;
    QVERIFY2(ReportWriter::writeXlsx(report, path, &error), qPrintable(error));
    const QList<QList<QVariant>> rows = test::readXlsxRows(path, u"Rep performance"_s);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(1).at(0).toString(), u"张伟"_s);
    QCOMPARE(rows.at(1).at(3).toDouble(), 2800.0);
    QCOMPARE(rows.at(1).at(8).toDouble(), 12000.01);
    QCOMPARE(rows.at(1).at(9).toDouble(), 5660.0);
    QCOMPARE(rows.at(1).at(10).toDouble(), 800.0);
    QCOMPARE(rows.at(1).at(11).toDouble(), 4000.0);
    QCOMPARE(rows.at(1).at(12).toDouble(), 0.7);
    QCOMPARE(rows.at(4).at(3).toDouble(), 5400.0);
    XlsxCells cells;
    QVERIFY(cells.open(path, u"xl/worksheets/sheet1.xml"_s));
    QCOMPARE(cells.at(u"I2"_s).value.toDouble(), yuan(1200001));
    QCOMPARE(cells.at(u"I2"_s).format, YuanFormat);
    QCOMPARE(cells.at(u"E2"_s).format, u"#,##0"_s);
    QCOMPARE(cells.at(u"H2"_s).format, u"#,##0.00"_s);
    QCOMPARE(cells.at(u"K2"_s).format, YuanFormat);
    QCOMPARE(cells.at(u"M2"_s).format, u"0.0%"_s);
    // Revenue by rep as bars over the three reps (not the total line).
    const QByteArray chart = zipPart(path, u"xl/charts/chart1.xml"_s);
    QVERIFY(chart.contains("<c:barChart>"));
    QVERIFY2(chart.contains("'Rep performance'!$D$2:$D$4</c:f>"), chart.constData());
    QVERIFY(chart.contains("'Rep performance'!$A$2:$A$4</c:f>"));
}

void tst_Metrics::customerList_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QStringList>(
        "rows"); // name owner grade status last-contact orders revenue lifetime-orders lifetime
    // March 2025 by hand. c1: O1 130000 + O7 50000 (February O4 45000), visit 1 March, call 5 March;
    // c2: O2 130000 (O5 25000), visit 2 March (and 27 Feb); c3: O3 130000 (O9 90000 in 2024),
    // visit 3 March and R2's on 3 April (last contact: the latest, whoever made it); c4: O6 100000 (O10 5000
    // in April); c5: only the cancelled O8. Ties on revenue go by lifetime value.
    const QString c1 = u"北京华联商厦 张伟 - active 2025-03-05 2 180000 3 225000"_s;
    const QString c2 = u"上海宝钢贸易 李娜 - active 2025-03-02 1 130000 2 155000"_s;
    const QString c3 = u"广州白云制药 刘洋 - active 2025-04-03 1 130000 2 220000"_s;
    const QString c4 = u"深圳南山科技 张伟 A active - 1 100000 2 105000"_s;
    const QString c5 = u"广州天河贸易 李娜 B prospect - 0 0 0 0"_s;
    QTest::newRow("company") << QString()
                             << QStringList{c1, c3, c2, c4, c5, u"Total - - - - 5 540000 9 705000"_s};
    QTest::newRow("manager") << u"M1"_s << QStringList{c1, c2, c4, c5, u"Total - - - - 4 410000 7 485000"_s};
    // A rep sees only their own customers.
    QTest::newRow("rep") << u"R1"_s << QStringList{c1, c4, u"Total - - - - 3 280000 5 330000"_s};
}

void tst_Metrics::customerList()
{
    QFETCH(QString, as);
    QFETCH(QStringList, rows);
    MetricsEngine engine(m_temp.db(), scope(as));
    Reports reports(engine, m_temp.db());
    QString error;
    const std::optional<Report> report = reports.build(u"customers"_s, *Period::parse(u"2025-03"_s),
                                                       Dimension::None, Measure::Revenue, {}, &error);
    QVERIFY2(report, qPrintable(error));
    const ReportTable &t = report->sections.constFirst();
    QStringList actual;
    for (const QList<QVariant> &row : t.rows) {
        QStringList cells;
        for (const char *key : {"customer", "owner", "grade", "status_key", "last_contact", "orders",
                                "revenue_fen", "lifetime_orders", "lifetime_value_fen"}) {
            const QVariant v = row.at(t.columnIndex(QString::fromLatin1(key)));
            const QString text =
                v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
            cells << (text.isEmpty() ? u"-"_s : text);
        }
        actual << cells.join(u' ');
    }
    QCOMPARE(actual, rows);
    QCOMPARE(t.columns.at(t.columnIndex(u"last_contact"_s)).type, ColumnType::Date);

    // Without the database there is no customer list, and a team filter is refused.
    QVERIFY(!Reports(engine).build(u"customers"_s, *Period::parse(u"2025-03"_s), Dimension::None,
                                   Measure::Revenue, {}, &error));
    Filter team;
    team.teamId = m_fixture.teamA;
    QVERIFY(!reports.build(u"customers"_s, *Period::parse(u"2025-03"_s), Dimension::None, Measure::Revenue,
                           team, &error));

    // As XLSX: the last contact a real date cell, money in yuan.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.xlsx"_s);
    QVERIFY2(ReportWriter::writeXlsx(*report, path, &error), qPrintable(error));
    const QList<QList<QVariant>> sheet = test::readXlsxRows(path, u"Customers"_s);
    QCOMPARE(sheet.size(), rows.size() + 1);
    QCOMPARE(sheet.at(1).at(0).toString(), rows.constFirst().section(u' ', 0, 0));
    QCOMPARE(sheet.at(1).at(8), QVariant(QDate(2025, 3, 5)));
    QCOMPARE(sheet.at(1).at(10).toDouble(), 1800.0);
    XlsxCells cells;
    QVERIFY(cells.open(path, u"xl/worksheets/sheet1.xml"_s));
    QCOMPARE(cells.at(u"I2"_s).format, u"yyyy-mm-dd"_s);
    QCOMPARE(cells.at(u"I2"_s).value, u"45721"_s); // 2025-03-05 as an Excel serial day
    QCOMPARE(cells.at(u"K2"_s).format, YuanFormat);
    QCOMPARE(cells.at(u"M2"_s).value.toDouble(), yuan(225000));
}

void tst_Metrics::customerListCsvGbk()
{
    MetricsEngine engine(m_temp.db(), scope(u"R1"_s));
    Reports reports(engine, m_temp.db());
    QString error;
    std::optional<Report> report = reports.customers(*Period::parse(u"2025-03"_s), {}, &error);
    QVERIFY2(report, qPrintable(error));
    // A formula-like name stays text.
    report->sections[0].rows[0][0] = u"=HYPERLINK(\"x\")北京"_s;
    bool lossy = true;
    const QByteArray gbk = ReportWriter::csv(*report, true, "gbk", &lossy);
    QVERIFY(!lossy);
    QVERIFY(!gbk.startsWith("\xEF\xBB\xBF"));  // no BOM in GBK
    QVERIFY(gbk.contains("\xD5\xC5\xCE\xB0")); // 张伟 in GBK
    QStringDecoder decoder("GBK");
    QVERIFY(decoder.isValid());
    const QString text = decoder.decode(gbk);
    QVERIFY(!decoder.hasError());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"customer,customer_code,owner,"_s));
    QVERIFY2(lines.at(1).startsWith(u"\"'=HYPERLINK(\"\"x\"\")北京\","_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"深圳南山科技,"_s), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(u",张伟,"_s));
    QVERIFY(lines.at(2).endsWith(u",1,100000,2,105000"_s));
    // The default stays UTF-8 with a BOM, and the same text.
    const QByteArray utf8 = ReportWriter::csv(*report, true);
    QVERIFY(utf8.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(utf8.mid(3)), text);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
