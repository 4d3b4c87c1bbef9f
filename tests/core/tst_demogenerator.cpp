// The demo data generator: repeatable from its seed, complete (every CRM table), true to its
// options, believable (seasons, visits before orders, a narrowing funnel, tasks overdue and
// done), consistent with the access rules, all or nothing.
#include "analytics/MetricsEngine.h"
#include "commission/Commissions.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "services/DemoGenerator.h"
#include "services/PhoneNormalizer.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::TempDatabase;

namespace {

DemoGenerator::Options smallOptions(quint64 seed = 7)
{
    DemoGenerator::Options o;
    o.seed = seed;
    o.reps = 9;
    o.customers = 160;
    o.orderLines = 2000;
    o.months = 24;
    o.today = QDate(2025, 6, 15);
    return o;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// A digest of everything generated except what is random by design (uuids, sync clocks,
// device ids): the same seed must give the same digest.
QByteArray digest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = {
        u"team"_s,        u"member"_s,        u"role_duty"_s, u"product"_s,     u"customer"_s,
        u"contact"_s,     u"contact_point"_s, u"activity"_s,  u"opportunity"_s, u"opportunity_stage_change"_s,
        u"sales_order"_s, u"order_line"_s,    u"task"_s,      u"payment"_s};
    for (const QString &table : tables) {
        QStringList columns;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (name != u"uuid"_s && name != u"hlc"_s && name != u"device_id"_s)
                columns << (name == u"sort_key"_s ? u"hex(sort_key)"_s : name);
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + u" ORDER BY id"_s))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < columns.size(); ++i)
                hash.addData((q.value(i).toString() + u'\x1f').toUtf8());
            hash.addData("\x1e");
        }
    }
    QSqlQuery q(db);
    q.exec(u"SELECT docid, body FROM customer_search ORDER BY docid"_s);
    while (q.next())
        hash.addData((q.value(0).toString() + q.value(1).toString()).toUtf8());
    return hash.result().toHex();
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void differentSeedDifferentData();
    void everyCrmTableIsFilled();
    void countsHonourTheOptions();
    void progressIsReported();
    void believableCustomers();
    void seasonality();
    void visitsPrecedeTheFirstOrder();
    void funnelNarrows();
    void ordersAddUp();
    void paymentsFollowOrders();
    void tasksOverdueAndDone();
    void scopesMatchOwnership();
    void searchIndexIsBuilt();
    void cancelLeavesNothing();
    void refusesANonEmptyDatabase();
    void rejectsBadOptions();

private:
    std::unique_ptr<TempDatabase> m_db; // generated once with smallOptions(), read by most tests
    DemoGenerator::Result m_result;
    QList<int> m_percents;
};

void tst_DemoGenerator::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->isValid());
    DemoGenerator::Options options = smallOptions();
    options.progress = [this](int percent, const QString &stage) {
        m_percents << percent;
        return !stage.isEmpty();
    };
    m_result = DemoGenerator(options).generate(m_db->db());
    QVERIFY2(m_result.ok(), qPrintable(m_result.error));
}

void tst_DemoGenerator::sameSeedSameData()
{
    TempDatabase again;
    QVERIFY(again.isValid());
    const DemoGenerator::Result r = DemoGenerator(smallOptions()).generate(again.db());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QByteArray first = digest(m_db->connection());
    QVERIFY(!first.isEmpty());
    QCOMPARE(digest(again.connection()), first);
    QCOMPARE(r.revenueFen, m_result.revenueFen);
}

void tst_DemoGenerator::differentSeedDifferentData()
{
    TempDatabase other;
    QVERIFY(other.isValid());
    const DemoGenerator::Result r = DemoGenerator(smallOptions(8)).generate(other.db());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(digest(other.connection()) != digest(m_db->connection()));
    // The options still hold.
    QCOMPARE(r.customers, 160);
    QCOMPARE(r.orderLines, 2000);
}

void tst_DemoGenerator::everyCrmTableIsFilled()
{
    // liveRowCounts() leaves out the derived full-text index; everything else of schema 2 counts.
    const QMap<QString, qint64> counts = m_db->db().liveRowCounts();
    // A demo database is in single-user mode: no accounts, no logins, nothing audited yet.
    const QStringList foundation = {u"meta"_s,   u"replica"_s,   u"shared_setting"_s, u"rollup_dirty"_s,
                                    u"target"_s, u"audit_log"_s, u"login_state"_s,    u"user_account"_s};
    int checked = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // What a demo company has not done yet: imports, evaluations and honours, commission
        // adjustments and category rates, syncs, user accounts and their audit trail (a demo runs
        // in single-user mode).
        static const QStringList emptyPrefixes = {u"import_"_s,
                                                  u"evaluation"_s,
                                                  u"honour"_s,
                                                  u"commission_adjustment"_s,
                                                  u"commission_category"_s,
                                                  u"sync_"_s,
                                                  u"audit_log"_s,
                                                  u"login_state"_s,
                                                  u"user_account"_s};
        if (foundation.contains(it.key()) ||
            std::any_of(emptyPrefixes.cbegin(), emptyPrefixes.cend(),
                        [&](const QString &prefix) { return it.key().startsWith(prefix); }))
            continue;
        QVERIFY2(it.value() > 0, qPrintable(it.key() + u" is empty"_s));
        ++checked;
    }
    QVERIFY2(checked >= 14, qPrintable(counts.keys().join(u' ')));
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM customer_search"_s), m_result.customers);
    QCOMPARE(counts.value(u"customer"_s), m_result.customers);
    // Every rep has a revenue, a collected-payments and a visits target for each month of the
    // history and two more.
    QCOMPARE(m_result.targets, qint64(9 * (24 + 2) * 3));
    QCOMPARE(counts.value(u"target"_s), m_result.targets);
    QCOMPARE(scalar(m_db->connection(), u"SELECT count(*) FROM target t JOIN member m ON m.id = t.member_id "
                                        u"WHERE m.role = 'rep' AND t.value > 0"_s),
             m_result.targets);
    // Training and development: a session a month for the last six months with all 9 reps on each
    // list, and one plan per rep with 2 goals, 3 skills, 3 milestones and a review by their manager.
    QCOMPARE(m_result.trainings, qint64(6));
    QCOMPARE(counts.value(u"training_session"_s), m_result.trainings);
    QCOMPARE(counts.value(u"training_attendance"_s), qint64(6 * 9));
    QCOMPARE(scalar(m_db->connection(),
                    u"SELECT count(*) FROM training_attendance WHERE attended = 0 AND score "
                    u"IS NOT NULL"_s),
             0);
    // The reps' commission plan with its four rates, and statements that pay something.
    QCOMPARE(m_result.commissionPlans, qint64(1));
    QCOMPARE(counts.value(u"commission_plan"_s), qint64(1));
    QCOMPARE(counts.value(u"commission_tier"_s), qint64(4));
    commission::Commissions commissions(m_db->db(), AccessScope::administrator());
    const analytics::Period lastMonth =
        analytics::Period::containing(analytics::Period::Month, smallOptions().today.addMonths(-1));
    const std::optional<commission::TeamSummary> summary = commissions.summary(lastMonth);
    QVERIFY2(summary, qPrintable(commissions.lastError()));
    int paid = 0;
    for (const commission::Statement &st : summary->statements)
        paid += st.plan && st.commissionFen() > 0 ? 1 : 0;
    QVERIFY2(paid >= 5, qPrintable(QString::number(paid)));
    QCOMPARE(m_result.plans, qint64(9));
    QCOMPARE(counts.value(u"development_plan"_s), qint64(9));
    QCOMPARE(counts.value(u"plan_goal"_s), qint64(9 * 2));
    QCOMPARE(counts.value(u"plan_skill"_s), qint64(9 * 3));
    QCOMPARE(counts.value(u"plan_milestone"_s), qint64(9 * 3));
    QCOMPARE(scalar(m_db->connection(),
                    u"SELECT count(*) FROM plan_review r JOIN development_plan p ON p.id = "
                    u"r.plan_id JOIN member rv ON rv.id = r.reviewer_id JOIN member m ON m.id "
                    u"= p.member_id WHERE rv.role = 'manager' AND rv.team_id = m.team_id"_s),
             9);
    QCOMPARE(counts.value(u"contact"_s), m_result.contacts);
    QCOMPARE(counts.value(u"activity"_s), m_result.activities);
    QCOMPARE(counts.value(u"opportunity"_s), m_result.opportunities);
    QCOMPARE(counts.value(u"opportunity_stage_change"_s), m_result.stageChanges);
    QCOMPARE(counts.value(u"sales_order"_s), m_result.orders);
    QCOMPARE(counts.value(u"order_line"_s), m_result.orderLines);
    QCOMPARE(counts.value(u"task"_s), m_result.tasks);
    QCOMPARE(counts.value(u"member"_s), m_result.members);
    QCOMPARE(counts.value(u"team"_s), m_result.teams);
    QCOMPARE(counts.value(u"product"_s), m_result.products);
}

void tst_DemoGenerator::countsHonourTheOptions()
{
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM member WHERE role = 'rep'"_s), 9);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM customer"_s), 160);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM order_line"_s), 2000);
    // 24 months ending with June 2025: from 1 July 2023 to the pinned today.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT min(order_date), max(order_date) FROM sales_order"_s) && q.next());
    QVERIFY(q.value(0).toString() >= u"2023-07-01"_s);
    QVERIFY(q.value(1).toString() <= u"2025-06-15"_s);
    QVERIFY(q.value(1).toString() >= u"2025-05-01"_s);
    QVERIFY(q.exec(u"SELECT min(occurred_at), max(occurred_at) FROM activity"_s) && q.next());
    QVERIFY(q.value(0).toString() >= u"2023-06-30"_s);
    QVERIFY(q.value(1).toString() < u"2025-06-15T23:59"_s);
    // Every team has a manager; there are admins and support staff.
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM team t WHERE kind = 'team' AND NOT EXISTS (SELECT 1 FROM member m "
                    u"WHERE m.team_id = t.id AND m.role = 'manager')"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM member WHERE role = 'admin'"_s) >= 1);
    QVERIFY(scalar(db, u"SELECT count(*) FROM member WHERE role = 'support'"_s) >= 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM member WHERE code NOT GLOB '[AMRS][0-9][0-9][0-9][0-9]'"_s),
             0);
    OrgRepository org(m_db->db(), AccessScope::administrator());
    for (Role role : {Role::Admin, Role::Manager, Role::Rep, Role::Support})
        QVERIFY(!org.duties(role).isEmpty());
}

void tst_DemoGenerator::progressIsReported()
{
    QVERIFY(m_percents.size() >= 5);
    QCOMPARE(m_percents.first(), 0);
    QCOMPARE(m_percents.last(), 100);
    QVERIFY(std::is_sorted(m_percents.cbegin(), m_percents.cend()));
}

void tst_DemoGenerator::believableCustomers()
{
    const QSqlDatabase db = m_db->connection();
    for (const QString &status : {u"lead"_s, u"prospect"_s, u"active"_s, u"dormant"_s, u"lost"_s})
        QVERIFY2(scalar(db, u"SELECT count(*) FROM customer WHERE status = '%1'"_s.arg(status)) > 0,
                 qPrintable(status));
    QVERIFY(scalar(db, u"SELECT count(*) FROM customer WHERE kind = 'individual'"_s) > 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM customer WHERE name LIKE '%有限公司'"_s) > 50);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM customer WHERE grade IS NOT NULL"_s), 0); // graded later
    QVERIFY(scalar(db, u"SELECT count(*) FROM customer WHERE tags <> ''"_s) > 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM customer WHERE consent = 1"_s) > 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM customer WHERE consent = 1 AND consent_date IS NULL"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT name_key) FROM customer"_s), 160);
    // Every phone and e-mail passes the normalisers: mobiles and city landlines.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM contact_point WHERE valid = 0"_s), 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM contact_point WHERE normalized GLOB '+861[3-9]*'"_s) > 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM contact_point WHERE normalized GLOB '+86[2-9]*'"_s) > 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM contact_point WHERE kind = 'email'"_s) > 0);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT raw FROM contact_point WHERE kind = 'phone'"_s));
    while (q.next())
        QVERIFY2(PhoneNormalizer::normalize(q.value(0).toString()).valid, qPrintable(q.value(0).toString()));
    // Money in fen, products with categories.
    QVERIFY(scalar(db, u"SELECT count(DISTINCT category) FROM product"_s) >= 5);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM product WHERE unit_price_fen <= 0"_s), 0);
}

void tst_DemoGenerator::seasonality()
{
    // Average revenue of a February (Spring Festival) against a November or December.
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(u"SELECT substr(order_date, 6, 2), sum(total_fen), count(DISTINCT substr(order_date, 1, 7)) "
               u"FROM sales_order WHERE status <> 'cancelled' GROUP BY 1"_s));
    QHash<QString, double> perMonth;
    while (q.next())
        perMonth.insert(q.value(0).toString(), q.value(1).toDouble() / q.value(2).toDouble());
    const double february = perMonth.value(u"02"_s);
    const double yearEnd = (perMonth.value(u"11"_s) + perMonth.value(u"12"_s)) / 2;
    QVERIFY(february > 0);
    QVERIFY2(february < yearEnd,
             qPrintable(u"February %1, November/December %2"_s.arg(february).arg(yearEnd)));
}

void tst_DemoGenerator::visitsPrecedeTheFirstOrder()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT o.customer_id, min(o.order_date), (SELECT min(a.occurred_at) FROM activity a "
                   u"WHERE a.customer_id = o.customer_id AND a.kind IN ('visit', 'call')) "
                   u"FROM sales_order o GROUP BY o.customer_id"_s));
    int customers = 0;
    while (q.next()) {
        ++customers;
        const QDate firstOrder = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        QVERIFY2(!q.isNull(2),
                 qPrintable(u"customer %1 ordered without a visit or call"_s.arg(q.value(0).toLongLong())));
        const QDate contacted =
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toLocalTime().date();
        QVERIFY2(contacted < firstOrder, qPrintable(u"customer %1: first contact %2, first order %3"_s.arg(
                                             q.value(0).toString(), contacted.toString(Qt::ISODate),
                                             firstOrder.toString(Qt::ISODate))));
    }
    QVERIFY(customers > 50);
}

void tst_DemoGenerator::funnelNarrows()
{
    const QSqlDatabase db = m_db->connection();
    const auto current = [&](const QString &key) {
        return scalar(db, u"SELECT count(*) FROM opportunity o JOIN pipeline_stage s ON s.id = o.stage_id "
                          u"WHERE s.key = '%1'"_s.arg(key));
    };
    const auto reached = [&](const QString &key) {
        return scalar(db, u"SELECT count(DISTINCT h.opportunity_id) FROM opportunity_stage_change h "
                          u"JOIN pipeline_stage s ON s.id = h.to_stage_id WHERE s.key = '%1'"_s.arg(key));
    };
    QVERIFY(current(u"lead"_s) >= current(u"qualified"_s));
    QVERIFY(current(u"qualified"_s) >= current(u"proposal"_s));
    QVERIFY(current(u"proposal"_s) >= current(u"negotiation"_s));
    QVERIFY(current(u"negotiation"_s) > 0);
    QVERIFY(current(u"won"_s) > 0);
    QVERIFY(current(u"lost"_s) > 0);
    QVERIFY(reached(u"lead"_s) > reached(u"qualified"_s));
    QVERIFY(reached(u"qualified"_s) > reached(u"proposal"_s));
    QVERIFY(reached(u"proposal"_s) > reached(u"negotiation"_s));
    QVERIFY(reached(u"negotiation"_s) >= reached(u"won"_s));
    // Closed ones say when (and the lost ones why); open ones do not.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM opportunity o JOIN pipeline_stage s ON s.id = o.stage_id "
                        u"WHERE (s.outcome = 'open') = (o.closed_on IS NOT NULL)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM opportunity o JOIN pipeline_stage s ON s.id = o.stage_id "
                        u"WHERE s.key = 'lost' AND o.close_reason IS NULL"_s),
             0);
    // Each history runs from no stage to the current one, one step after another in time.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT o.id, o.stage_id, o.created_at, h.from_stage_id, h.to_stage_id, h.changed_at "
                   u"FROM opportunity o JOIN opportunity_stage_change h ON h.opportunity_id = o.id "
                   u"ORDER BY o.id, h.changed_at, h.id"_s));
    qint64 opportunity = 0, previousStage = 0, currentStage = 0;
    QString previousTime;
    const auto finish = [&] {
        if (opportunity)
            QCOMPARE(previousStage, currentStage);
    };
    while (q.next()) {
        if (q.value(0).toLongLong() != opportunity) {
            finish();
            opportunity = q.value(0).toLongLong();
            currentStage = q.value(1).toLongLong();
            previousStage = 0;
            previousTime = q.value(2).toString();
            QVERIFY(q.isNull(3));
        }
        QCOMPARE(q.value(3).toLongLong(), previousStage);
        QVERIFY(q.value(5).toString() >= previousTime);
        previousStage = q.value(4).toLongLong();
        previousTime = q.value(5).toString();
    }
    finish();
}

void tst_DemoGenerator::ordersAddUp()
{
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sales_order o WHERE total_fen <> (SELECT sum(amount_fen) "
                        u"FROM order_line l WHERE l.order_id = o.id)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT coalesce(sum(total_fen), 0) FROM sales_order WHERE status <> 'cancelled'"_s),
             m_result.revenueFen);
    // An order is placed by the customer's owner.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sales_order o JOIN customer c ON c.id = o.customer_id "
                        u"WHERE o.member_id <> c.owner_id"_s),
             0);
    // Only customers that buy have orders; prospects and leads have none.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sales_order o JOIN customer c ON c.id = o.customer_id "
                        u"WHERE c.status IN ('lead', 'prospect')"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(DISTINCT status) FROM sales_order"_s) >= 3);
}

void tst_DemoGenerator::paymentsFollowOrders()
{
    const QSqlDatabase db = m_db->connection();
    QVERIFY(m_result.payments > 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM payment"_s), m_result.payments);
    QCOMPARE(scalar(db, u"SELECT sum(amount_fen) FROM payment"_s), m_result.collectedFen);
    // Every payment is against an order of its customer, credited to the order's rep, between the
    // order's day and today, with a receipt number of its own.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM payment p LEFT JOIN sales_order o ON o.id = p.order_id WHERE "
                        u"o.id IS NULL OR o.customer_id <> p.customer_id OR o.member_id <> p.member_id OR "
                        u"p.paid_on < o.order_date OR p.paid_on > '2025-06-15' OR p.amount_fen <= 0"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT payment_no) FROM payment"_s), m_result.payments);
    // Draft and cancelled orders have nothing paid, paid orders exactly their total, the others
    // at most an advance.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM payment p JOIN sales_order o ON o.id = p.order_id "
                        u"WHERE o.status IN ('draft', 'cancelled')"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sales_order o WHERE o.status = 'paid' AND o.total_fen <> "
                        u"(SELECT coalesce(sum(amount_fen), 0) FROM payment p WHERE p.order_id = o.id)"_s),
             0);
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM sales_order o WHERE o.status IN ('confirmed', 'shipped') AND "
                    u"o.total_fen <= (SELECT coalesce(sum(amount_fen), 0) FROM payment p WHERE p.order_id = "
                    u"o.id)"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(DISTINCT method) FROM payment"_s) >= 4);
    // Most of the money of two years has come in.
    QVERIFY(m_result.collectedFen < m_result.revenueFen);
    QVERIFY(m_result.collectedFen > m_result.revenueFen * 9 / 10);
    // The engine's collected payments of a month are the payments of that month.
    analytics::MetricsEngine engine(m_db->db(), AccessScope::administrator());
    const analytics::Value may =
        engine.total(analytics::Measure::Collected, analytics::Period::month(2025, 5));
    QCOMPARE(may.numerator,
             scalar(db, u"SELECT sum(amount_fen) FROM payment WHERE paid_on BETWEEN '2025-05-01' "
                        u"AND '2025-05-31'"_s));
    QVERIFY(may.numerator > 0);
}

void tst_DemoGenerator::tasksOverdueAndDone()
{
    TaskRepository tasks(m_db->db(), AccessScope::administrator());
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2025, 6, 15);
    QVERIFY(!tasks.list(overdue).isEmpty());
    TaskFilter done;
    done.status = u"done"_s;
    const QList<Task> finished = tasks.list(done);
    QVERIFY(!finished.isEmpty());
    for (const Task &t : finished) {
        QVERIFY(t.completedAt.isValid());
        QVERIFY(t.completedAt >= t.createdAt);
    }
    TaskFilter open;
    open.openOnly = true;
    for (const Task &t : tasks.list(open))
        QVERIFY(!t.completedAt.isValid());
}

void tst_DemoGenerator::scopesMatchOwnership()
{
    const QSqlDatabase db = m_db->connection();
    OrgRepository org(m_db->db(), AccessScope::administrator());
    const QHash<qint64, qint64> owned = org.customerCounts();
    int reps = 0;
    for (const Member &m : org.members()) {
        const std::optional<AccessScope> scope = AccessScope::forMember(db, m.id);
        QVERIFY(scope);
        CustomerRepository customers(m_db->db(), *scope);
        const qint64 visible = customers.count({});
        if (m.role == Role::Rep) {
            ++reps;
            QCOMPARE(visible, owned.value(m.id));
            QCOMPARE(visible, scalar(db, u"SELECT count(*) FROM customer WHERE owner_id = %1"_s.arg(m.id)));
        } else if (m.role == Role::Manager) {
            // A team manager sees the team's customers; the director, heading the company, all.
            const qint64 expected = scalar(
                db,
                u"SELECT count(*) FROM customer c JOIN member r ON r.id = c.owner_id JOIN team t ON t.id = "
                u"r.team_id WHERE r.team_id = %1 OR t.parent_id = %1 OR t.parent_id IN (SELECT id FROM team "
                u"WHERE parent_id = %1)"_s.arg(m.teamId));
            QCOMPARE(visible, expected);
        } else {
            QCOMPARE(visible, 160);
        }
    }
    QCOMPARE(reps, 9);
}

void tst_DemoGenerator::searchIndexIsBuilt()
{
    CustomerRepository customers(m_db->db(), AccessScope::administrator());
    const QList<Customer> all = customers.list({}, 20);
    QVERIFY(!all.isEmpty());
    for (const Customer &c : all) {
        // The first characters of the name, up to four, stopping before a repeated one (a phrase
        // with a repeated character finds nothing, TextNormalizer::searchDocument() drops the
        // second occurrence: a known limitation of the index, not of the generator).
        QString start;
        for (const QChar ch : c.name.left(4)) {
            if (start.contains(ch))
                break;
            start += ch;
        }
        for (const QString &typed : {start, c.code}) {
            CustomerFilter search;
            search.search = typed;
            QVERIFY2(customers.ids(search).contains(c.id), qPrintable(c.name + u" / "_s + typed));
        }
        for (const QString &phone : c.phones()) {
            CustomerFilter byPhone;
            byPhone.search = PhoneNormalizer::nationalDigits(phone).right(4);
            QVERIFY2(customers.ids(byPhone).contains(c.id), qPrintable(phone));
        }
    }
}

void tst_DemoGenerator::cancelLeavesNothing()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    const QMap<QString, qint64> before = t.db().liveRowCounts();
    DemoGenerator::Options options = smallOptions();
    int calls = 0;
    options.progress = [&](int percent, const QString &) {
        ++calls;
        return percent < 40; // well into the customers
    };
    const DemoGenerator::Result r = DemoGenerator(options).generate(t.db());
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.customers, 0);
    QVERIFY(calls > 2);
    QCOMPARE(t.db().liveRowCounts(), before);
    QVERIFY(t.db().checkIntegrity().isEmpty());
    // Nothing is left half-open: the database takes the demo data after all.
    options.progress = {};
    const DemoGenerator::Result again = DemoGenerator(options).generate(t.db());
    QVERIFY2(again.ok(), qPrintable(again.error));
}

void tst_DemoGenerator::refusesANonEmptyDatabase()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    Customer c;
    c.name = u"北京华联商厦"_s;
    QVERIFY(CustomerRepository(t.db(), AccessScope::administrator()).create(c).ok());
    const QMap<QString, qint64> before = t.db().liveRowCounts();
    const DemoGenerator::Result r = DemoGenerator(smallOptions()).generate(t.db());
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled);
    QVERIFY(r.error.contains(u"customers"_s));
    QCOMPARE(t.db().liveRowCounts(), before);
}

void tst_DemoGenerator::rejectsBadOptions()
{
    QVERIFY(DemoGenerator::checkOptions(DemoGenerator::Options()).isEmpty());
    DemoGenerator::Options o = smallOptions();
    o.reps = 0;
    QVERIFY(!DemoGenerator::checkOptions(o).isEmpty());
    o = smallOptions();
    o.customers = 0;
    QVERIFY(!DemoGenerator::checkOptions(o).isEmpty()); // order lines without customers
    o.orderLines = 0;
    QVERIFY(DemoGenerator::checkOptions(o).isEmpty());
    o = smallOptions();
    o.months = 0;
    QVERIFY(!DemoGenerator::checkOptions(o).isEmpty());
    o = smallOptions();
    o.today = QDate();
    QVERIFY(!DemoGenerator::checkOptions(o).isEmpty());

    TempDatabase t;
    QVERIFY(t.isValid());
    o.progress = [](int, const QString &) { return true; };
    const DemoGenerator::Result r = DemoGenerator(o).generate(t.db());
    QVERIFY(!r.ok());
    QCOMPARE(t.db().liveRowCounts().value(u"member"_s), 0);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
