// Access scope enforced in core: a rep cannot read another rep's customer, or anything
// attached to it, through any repository call, list, search or count.
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/TaskRepository.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

class tst_AccessScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void visibleCustomers_data();
    void visibleCustomers();
    void repCannotReachOthersThroughAnyCall();
    void searchStaysInScope();
    void duplicatesOutsideScopeAreAnonymous();
    void repCannotWriteOthersRecords();
    void supportReadsButCannotTouchMoney();
    void managerCannotAssignOutsideTeam();

private:
    QSet<QString> visibleKeys(const AccessScope &scope);
    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_AccessScope::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    const QString problem = m_f.build(m_t->db());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QSet<QString> tst_AccessScope::visibleKeys(const AccessScope &scope)
{
    CustomerRepository repo(m_t->db(), scope);
    QSet<QString> keys;
    for (const Customer &c : repo.list({})) {
        for (auto it = m_f.customers.cbegin(); it != m_f.customers.cend(); ++it) {
            if (it.value() == c.id)
                keys.insert(it.key());
        }
    }
    return keys;
}

void tst_AccessScope::visibleCustomers_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("rep R1") << u"R1"_s << QStringList{u"c1"_s};
    QTest::newRow("rep R2") << u"R2"_s << QStringList{u"c2"_s};
    QTest::newRow("rep R3 in another team") << u"R3"_s << QStringList{u"c3"_s};
    QTest::newRow("manager of team A") << u"M1"_s << QStringList{u"c1"_s, u"c2"_s};
    QTest::newRow("admin") << u"A1"_s << QStringList{u"c1"_s, u"c2"_s, u"c3"_s};
    QTest::newRow("support") << u"S1"_s << QStringList{u"c1"_s, u"c2"_s, u"c3"_s};
}

void tst_AccessScope::visibleCustomers()
{
    QFETCH(QString, member);
    QFETCH(QStringList, expected);
    const AccessScope scope = m_f.scopeOf(m_t->db(), member);
    QCOMPARE(visibleKeys(scope), QSet<QString>(expected.cbegin(), expected.cend()));
    CustomerRepository customers(m_t->db(), scope);
    QCOMPARE(customers.count({}), expected.size());
    QCOMPARE(customers.ids({}).size(), expected.size());
    ActivityRepository activities(m_t->db(), scope);
    QCOMPARE(activities.count({}), expected.size());
    OrderRepository orders(m_t->db(), scope);
    QCOMPARE(orders.count({}), expected.size());
    QCOMPARE(orders.totalFen({}), qint64(expected.size()) * 130000); // 2 × 450.00 + 400.00
    OpportunityRepository opportunities(m_t->db(), scope);
    QCOMPARE(opportunities.list({}).size(), expected.size());
    TaskRepository tasks(m_t->db(), scope);
    QCOMPARE(tasks.list({}).size(), expected.size());
}

void tst_AccessScope::repCannotReachOthersThroughAnyCall()
{
    const AccessScope r1 = m_f.scopeOf(m_t->db(), u"R1"_s);
    const qint64 other = m_f.customers.value(u"c2"_s);
    CustomerRepository customers(m_t->db(), r1);
    QVERIFY(!customers.get(other));
    QVERIFY(!customers.findByCode(u"C%1"_s.arg(other, 6, 10, QChar(u'0'))));
    QVERIFY(customers.contacts(other).isEmpty());
    QVERIFY(customers.timeline(other).isEmpty());
    CustomerFilter byOwner;
    byOwner.ownerId = m_f.members.value(u"R2"_s);
    QVERIFY(customers.list(byOwner).isEmpty());
    QCOMPARE(customers.count(byOwner), 0);
    CustomerFilter deleted;
    deleted.deleted = true;
    QVERIFY(customers.list(deleted).isEmpty());
    QVERIFY(!customers.regions().isEmpty()); // own region is there…
    ActivityFilter af;
    af.customerId = other;
    QCOMPARE(ActivityRepository(m_t->db(), r1).count(af), 0);
    OrderFilter of;
    of.customerId = other;
    OrderRepository orders(m_t->db(), r1);
    QCOMPARE(orders.count(of), 0);
    QVERIFY(!orders.get(m_f.orders.value(u"c2"_s)));
    const std::optional<Order> byNumber = orders.findByNumber(u"SO-2025-002"_s);
    QVERIFY(byNumber);                         // it exists…
    QVERIFY(byNumber->customerName.isEmpty()); // …but nothing of it shows
    QCOMPARE(byNumber->totalFen, 0);
    OpportunityFilter opf;
    opf.customerId = other;
    QVERIFY(OpportunityRepository(m_t->db(), r1).list(opf).isEmpty());
    TaskFilter tf;
    tf.customerId = other;
    QVERIFY(TaskRepository(m_t->db(), r1).list(tf).isEmpty());
}

void tst_AccessScope::searchStaysInScope()
{
    CustomerRepository r1(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    CustomerRepository admin(m_t->db(), AccessScope::administrator());
    for (const QString &typed : {u"上海"_s, u"shanghai"_s, u"shbg"_s, u"50123456"_s}) {
        CustomerFilter f;
        f.search = typed;
        QCOMPARE(admin.count(f), 1);
        QCOMPARE(r1.count(f), 0);
        QVERIFY(r1.list(f).isEmpty());
        QVERIFY(r1.ids(f).isEmpty());
    }
    for (const QString &typed : {u"华联"_s, u"beijing"_s, u"hualian"_s, u"bjhl"_s, u"8000"_s,
                                 u"13800138000"_s, u"bj@hualian.cn"_s}) {
        CustomerFilter f;
        f.search = typed;
        QCOMPARE(r1.count(f), 1);
    }
}

void tst_AccessScope::duplicatesOutsideScopeAreAnonymous()
{
    CustomerRepository r1(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Customer probe;
    probe.name = u"上海 宝钢贸易"_s;
    const QList<DuplicateMatch> matches = r1.findDuplicates(MatchKeys::of(probe));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().reason, u"name"_s);
    QVERIFY(!matches.first().visible);
    QVERIFY(matches.first().name.isEmpty());
    QCOMPARE(matches.first().ownerId, 0);
}

void tst_AccessScope::repCannotWriteOthersRecords()
{
    const AccessScope r1 = m_f.scopeOf(m_t->db(), u"R1"_s);
    const qint64 other = m_f.customers.value(u"c2"_s);
    CustomerRepository customers(m_t->db(), r1);
    Customer c;
    c.id = other;
    c.name = u"hijacked"_s;
    QVERIFY(!customers.update(c).ok());
    QVERIFY(!customers.remove(other));
    Activity a;
    a.customerId = other;
    a.summary = u"pretend visit"_s;
    QVERIFY(!ActivityRepository(m_t->db(), r1).create(a).ok());
    Task t;
    t.title = u"x"_s;
    t.assigneeId = m_f.members.value(u"R2"_s);
    QVERIFY(!TaskRepository(m_t->db(), r1).create(t).ok());
    // A new customer for someone else is refused; for oneself it is fine.
    Customer mine;
    mine.name = u"深圳新客户"_s;
    mine.ownerId = m_f.members.value(u"R2"_s);
    const SaveResult refused = customers.create(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.fieldErrors.first().field, u"owner"_s);
    mine.ownerId = 0;
    const SaveResult created = customers.create(mine);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QCOMPARE(customers.get(created.id)->ownerId, m_f.members.value(u"R1"_s));
    QVERIFY(customers.remove(created.id));
}

void tst_AccessScope::supportReadsButCannotTouchMoney()
{
    const AccessScope s1 = m_f.scopeOf(m_t->db(), u"S1"_s);
    Order o;
    o.orderNo = u"SO-SUPPORT"_s;
    o.orderDate = QDate(2025, 5, 1);
    o.customerId = m_f.customers.value(u"c1"_s);
    o.memberId = m_f.members.value(u"R1"_s);
    o.lines << OrderLine{0, m_f.product, 1, 100, 0, {}, {}};
    QVERIFY(!OrderRepository(m_t->db(), s1).create(o).ok());
    OpportunityRepository opps(m_t->db(), s1);
    const QList<Opportunity> list = opps.list({});
    QCOMPARE(list.size(), 3);
    QVERIFY(!opps.moveToStage(list.first().id, opps.stageByKey(u"won"_s)->id).ok());
}

void tst_AccessScope::managerCannotAssignOutsideTeam()
{
    CustomerRepository m1(m_t->db(), m_f.scopeOf(m_t->db(), u"M1"_s));
    Customer c;
    c.name = u"杭州新客户"_s;
    c.ownerId = m_f.members.value(u"R3"_s);
    QVERIFY(!m1.create(c).ok());
    c.ownerId = m_f.members.value(u"R2"_s);
    const SaveResult r = m1.create(c);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(m1.remove(r.id));
}

QTEST_GUILESS_MAIN(tst_AccessScope)
#include "tst_accessscope.moc"
