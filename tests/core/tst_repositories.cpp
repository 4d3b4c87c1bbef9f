// Repository behaviour: normalisation on save, validation, duplicates, tombstones and restore,
// the customer timeline, stage history, totals in fen.
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

class tst_Repositories : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void customerIsNormalisedOnSave();
    void validationNamesTheField();
    void duplicatesByNamePhoneAndEmail_data();
    void duplicatesByNamePhoneAndEmail();
    void deleteIsATombstoneAndRestores();
    void updateKeepsUnchangedContactPoints();
    void everyRowIsSyncReady();
    void timelineMergesActivitiesOrdersAndStages();
    void stageMovesAreRecorded();
    void weightedPipelineInFen_data();
    void weightedPipelineInFen();
    void orderTotalsAreExact();
    void orderNumbersAreUnique();
    void tasksOverdueAndDone();
    void memberCodes();
    void pinyinOrder();

private:
    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Repositories::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    const QString problem = m_f.build(m_t->db());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Repositories::cleanup()
{
    m_t.reset();
}

void tst_Repositories::customerIsNormalisedOnSave()
{
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    const std::optional<Customer> c = repo.get(m_f.customers.value(u"c1"_s));
    QVERIFY(c);
    QCOMPARE(c->phones(), QStringList{u"+8613800138000"_s});
    QCOMPARE(c->emails(), QStringList{u"bj@hualian.cn"_s});
    QCOMPARE(c->points.first().raw, u"138 0013 8000"_s); // as typed, kept
    QVERIFY(c->code.startsWith(u'C'));
    QVERIFY(c->createdAt.isValid());

    Customer odd;
    odd.name = u"  成都\u3000天府（集团）  "_s;
    odd.points << ContactPoint{u"phone"_s, u"12345"_s, {}, true};
    const SaveResult r = repo.create(odd);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Customer saved = *repo.get(r.id);
    QCOMPARE(saved.name, u"成都 天府(集团)"_s);
    QCOMPARE(saved.points.size(), 1);
    QVERIFY(!saved.points.first().valid); // invalid phones are kept and flagged
    QCOMPARE(saved.points.first().normalized, u"12345"_s);
}

void tst_Repositories::validationNamesTheField()
{
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    Customer c;
    c.name = u" ，。 "_s;
    c.grade = u"E"_s;
    c.points << ContactPoint{u"email"_s, u"not-an-email"_s, {}, true};
    const SaveResult r = repo.create(c);
    QVERIFY(!r.ok());
    QStringList fields;
    for (const FieldError &e : r.fieldErrors) {
        fields << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{u"email"_s, u"grade"_s, u"name"_s}));
}

void tst_Repositories::duplicatesByNamePhoneAndEmail_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("reason");
    QTest::newRow("same name, other spacing") << u"北京 华联 商厦"_s << QString() << QString() << u"name"_s;
    QTest::newRow("full-width name") << u"北京华联商厦。"_s << QString() << QString() << u"name"_s;
    QTest::newRow("phone written differently")
        << u"别的名字"_s << u"+86 138-0013-8000"_s << QString() << u"phone"_s;
    QTest::newRow("e-mail in capitals") << u"又一个名字"_s << QString() << u"BJ@HUALIAN.CN"_s << u"email"_s;
    QTest::newRow("nothing shared") << u"全新客户"_s << u"13911112222"_s << u"new@x.cn"_s << QString();
}

void tst_Repositories::duplicatesByNamePhoneAndEmail()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, reason);
    CustomerRepository repo(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Customer probe;
    probe.name = name;
    if (!phone.isEmpty())
        probe.points << CustomerMatcher::phonePoint(phone);
    if (!email.isEmpty())
        probe.points << CustomerMatcher::emailPoint(email);
    const QList<DuplicateMatch> matches = repo.findDuplicates(MatchKeys::of(probe));
    if (reason.isEmpty()) {
        QVERIFY(matches.isEmpty());
        return;
    }
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().customerId, m_f.customers.value(u"c1"_s));
    QCOMPARE(matches.first().reason, reason);
    QVERIFY(matches.first().visible);
    QCOMPARE(matches.first().name, u"北京华联商厦"_s);
    // Editing the customer itself is not a duplicate of itself.
    QVERIFY(repo.findDuplicates(MatchKeys::of(probe), m_f.customers.value(u"c1"_s)).isEmpty());
}

void tst_Repositories::deleteIsATombstoneAndRestores()
{
    CustomerRepository repo(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    const qint64 id = m_f.customers.value(u"c1"_s);
    QVERIFY(repo.remove(id));
    QCOMPARE(repo.count({}), 0);
    CustomerFilter search;
    search.search = u"华联"_s;
    QCOMPARE(repo.count(search), 0);
    CustomerFilter deleted;
    deleted.deleted = true;
    QCOMPARE(repo.ids(deleted), QList<qint64>{id});
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(u"SELECT deleted FROM customer WHERE id = %1"_s.arg(id)) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // still there, as a tombstone sync can carry
    QCOMPARE(m_t->db().liveRowCounts().value(u"customer"_s), 2);
    QVERIFY(repo.restore(id));
    QCOMPARE(repo.count(search), 1);
    QVERIFY(!repo.restore(id)); // not deleted any more
}

void tst_Repositories::updateKeepsUnchangedContactPoints()
{
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    Customer c = *repo.get(m_f.customers.value(u"c1"_s));
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(u"SELECT uuid FROM contact_point WHERE customer_id = %1 AND kind = 'phone'"_s.arg(c.id)) &&
            q.next());
    const QString phoneUuid = q.value(0).toString();
    c.points.removeIf([](const ContactPoint &p) { return p.kind == u"email"_s; });
    c.points << CustomerMatcher::emailPoint(u"new@hualian.cn"_s);
    c.status = u"dormant"_s;
    QVERIFY2(repo.update(c).ok(), qPrintable(repo.lastError()));
    const Customer after = *repo.get(c.id);
    QCOMPARE(after.status, u"dormant"_s);
    QCOMPARE(after.emails(), QStringList{u"new@hualian.cn"_s});
    QVERIFY(
        q.exec(
            u"SELECT uuid FROM contact_point WHERE customer_id = %1 AND kind = 'phone' AND deleted = 0"_s.arg(
                c.id)) &&
        q.next());
    QCOMPARE(q.value(0).toString(), phoneUuid);
    QVERIFY(
        q.exec(u"SELECT count(*) FROM contact_point WHERE customer_id = %1 AND deleted = 1"_s.arg(c.id)) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Repositories::everyRowIsSyncReady()
{
    QSqlQuery q(m_t->connection());
    for (const QString &table :
         {u"team"_s, u"member"_s, u"customer"_s, u"contact_point"_s, u"activity"_s, u"opportunity"_s,
          u"opportunity_stage_change"_s, u"product"_s, u"sales_order"_s, u"order_line"_s, u"task"_s}) {
        QVERIFY(
            q.exec(u"SELECT count(*), count(DISTINCT uuid), min(hlc), sum(device_id = '%1') FROM %2"_s.arg(
                m_t->db().deviceId(), table)) &&
            q.next());
        QVERIFY2(q.value(0).toInt() > 0, qPrintable(table));
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt()); // unique global ids
        QVERIFY2(q.value(2).toLongLong() > 0, qPrintable(table));
        QCOMPARE(q.value(3).toInt(), q.value(0).toInt());
    }
}

void tst_Repositories::timelineMergesActivitiesOrdersAndStages()
{
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    const QList<TimelineEntry> entries = repo.timeline(m_f.customers.value(u"c1"_s));
    QSet<QString> kinds;
    for (const TimelineEntry &e : entries)
        kinds.insert(e.kind);
    QCOMPARE(kinds, (QSet<QString>{u"activity"_s, u"order"_s, u"stage"_s}));
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).when >= entries.at(i).when);
}

void tst_Repositories::stageMovesAreRecorded()
{
    OpportunityRepository repo(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    const Opportunity o = repo.list({}).first();
    QCOMPARE(o.stageKey, u"lead"_s);
    QCOMPARE(o.probability, 10);
    const qint64 proposal = repo.stageByKey(u"proposal"_s)->id;
    QVERIFY(repo.moveToStage(o.id, proposal).ok());
    QVERIFY(repo.moveToStage(o.id, repo.stageByKey(u"won"_s)->id, u"价格合适"_s).ok());
    const Opportunity after = *repo.get(o.id);
    QCOMPARE(after.stageKey, u"won"_s);
    QCOMPARE(after.probability, 100);
    QVERIFY(after.closedOn.isValid());
    QCOMPARE(after.closeReason, u"价格合适"_s);
    const QList<StageChange> history = repo.history(o.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).fromStageId, 0);
    QCOMPARE(history.at(1).toStageId, proposal);
    QCOMPARE(history.at(2).fromStageId, proposal);
}

void tst_Repositories::weightedPipelineInFen_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("probability");
    QTest::addColumn<qint64>("weighted");
    QTest::newRow("exact") << qint64(1000000) << 25 << qint64(250000);
    QTest::newRow("half up") << qint64(150) << 25 << qint64(38);    // 37.5 → 38
    QTest::newRow("below half") << qint64(149) << 25 << qint64(37); // 37.25 → 37
    QTest::newRow("zero") << qint64(999) << 0 << qint64(0);
    QTest::newRow("large") << qint64(9000000000000) << 75 << qint64(6750000000000);
}

void tst_Repositories::weightedPipelineInFen()
{
    QFETCH(qint64, amount);
    QFETCH(int, probability);
    QFETCH(qint64, weighted);
    QCOMPARE(OpportunityRepository::weighted(amount, probability), weighted);
}

void tst_Repositories::orderTotalsAreExact()
{
    OrderRepository repo(m_t->db(), AccessScope::administrator());
    const Order o = *repo.get(m_f.orders.value(u"c1"_s));
    QCOMPARE(o.lines.size(), 2);
    QCOMPARE(o.lines.at(0).amountFen, 90000); // 2 × 450.00
    QCOMPARE(o.lines.at(1).amountFen, 40000); // discounted line keeps its amount
    QCOMPARE(o.totalFen, 130000);
    QCOMPARE(o.lines.at(0).sku, u"SKU-001"_s);
    OpportunityRepository opps(m_t->db(), AccessScope::administrator());
    qint64 open = 0, weighted = 0;
    for (const StageTotal &t : opps.totals({})) {
        open += t.amountFen;
        weighted += t.weightedFen;
    }
    QCOMPARE(open, 6000000);    // 10,000 + 20,000 + 30,000 yuan
    QCOMPARE(weighted, 600000); // all at "lead", 10%
}

void tst_Repositories::orderNumbersAreUnique()
{
    OrderRepository repo(m_t->db(), AccessScope::administrator());
    Order o;
    o.orderNo = u"SO-2025-001"_s;
    o.orderDate = QDate(2025, 6, 1);
    o.customerId = m_f.customers.value(u"c1"_s);
    o.lines << OrderLine{0, m_f.product, 1, 100, 0, {}, {}};
    const SaveResult r = repo.create(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.first().field, u"order_no"_s);
}

void tst_Repositories::tasksOverdueAndDone()
{
    TaskRepository repo(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2025, 4, 2);
    const QList<Task> late = repo.list(overdue);
    QCOMPARE(late.size(), 1);
    QVERIFY(repo.setStatus(late.first().id, u"done"_s));
    QVERIFY(repo.list(overdue).isEmpty());
    TaskFilter done;
    done.status = u"done"_s;
    QVERIFY(repo.list(done).first().completedAt.isValid());
}

void tst_Repositories::memberCodes()
{
    OrgRepository org(m_t->db(), AccessScope::administrator());
    QCOMPARE(org.nextCode(Role::Rep), u"R0004"_s);
    QCOMPARE(org.nextCode(Role::Manager), u"M0002"_s);
    QVERIFY(org.memberByCode(u"R1"_s));
    Member dup;
    dup.code = u"R1"_s;
    dup.name = u"重复"_s;
    dup.teamId = m_f.teamA;
    QVERIFY(!org.addMember(dup).ok());
    // A rep cannot add members; a manager can, in their team.
    OrgRepository rep(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Member m;
    m.name = u"新人"_s;
    m.teamId = m_f.teamA;
    QVERIFY(!rep.addMember(m).ok());
    OrgRepository manager(m_t->db(), m_f.scopeOf(m_t->db(), u"M1"_s));
    const SaveResult added = manager.addMember(m);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(org.member(added.id)->code, u"R0004"_s);
    m.teamId = m_f.teamB;
    QVERIFY(!manager.addMember(m).ok());
}

void tst_Repositories::pinyinOrder()
{
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    QStringList names;
    for (const Customer &c : repo.list({}))
        names << c.name;
    // 北 (bei) < 广 (guang) < 上 (shang)
    QCOMPARE(names, (QStringList{u"北京华联商厦"_s, u"广州白云制药"_s, u"上海宝钢贸易"_s}));
    QCOMPARE(repo.list({}, 1, 1).first().name, u"广州白云制药"_s);
}

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_repositories.moc"
