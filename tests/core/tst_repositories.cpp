// Repository behaviour: normalisation on save, validation, duplicates, tombstones and restore,
// the customer timeline, stage history, totals in fen.
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "storage/Transaction.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
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
    void createdClosedHasACloseDate();
    void weightedPipelineInFen_data();
    void weightedPipelineInFen();
    void orderTotalsAreExact();
    void orderNumbersAreUnique();
    void tasksOverdueAndDone();
    void memberCodes();
    void pinyinOrder();
    void removeAndRestoreForUndo();
    void orderUpdateKeepsUnchangedLines();
    void bulkCustomersKeepEveryInvariant();
    void bulkWritesAreAllOrNothing();
    void bulkOrdersActivitiesAndTasks();
    void bulkOpportunitiesWithHistory();

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

void tst_Repositories::createdClosedHasACloseDate()
{
    OpportunityRepository repo(m_t->db(), AccessScope::administrator());
    Opportunity won;
    won.customerId = m_f.customers.value(u"c1"_s);
    won.title = u"现场成交"_s;
    won.amountFen = 500000;
    won.stageId = repo.stageByKey(u"won"_s)->id;
    won.createdAt = QDateTime(QDate(2025, 4, 9), QTime(10, 0));
    const SaveResult saved = repo.create(won);
    QVERIFY(saved.ok());
    QCOMPARE(repo.get(saved.id)->closedOn, QDate(2025, 4, 9)); // closed the day it was made

    Opportunity open = won;
    open.title = u"仍在跟进"_s;
    open.stageId = repo.stageByKey(u"proposal"_s)->id;
    open.closedOn = QDate(2025, 4, 10); // an open one has no close date, whatever it says
    const SaveResult savedOpen = repo.create(open);
    QVERIFY(savedOpen.ok());
    QVERIFY(!repo.get(savedOpen.id)->closedOn.isValid());
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

namespace {
// The stored columns of a customer that do not depend on its id or on when it was written.
QVariantList customerRow(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(
        u"SELECT kind, name, short_name, name_key, sort_key, industry, region, city, address, wechat, "
        u"source, "
        u"owner_id, status, grade, tags, notes, consent, consent_date, consent_method FROM customer WHERE id = ?"_s);
    q.addBindValue(id);
    QVariantList row;
    if (q.exec() && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
    }
    return row;
}

QStringList pointRows(const QSqlDatabase &db, qint64 customerId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT kind, raw, normalized, valid, contact_id IS NULL, uuid <> '' AND hlc > 0 AND "
              u"device_id <> '' "
              u"FROM contact_point WHERE customer_id = ? ORDER BY id"_s);
    q.addBindValue(customerId);
    QStringList rows;
    if (q.exec()) {
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(u'|');
    }
    return rows;
}

QString searchBody(const QSqlDatabase &db, qint64 customerId, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT body FROM customer_search WHERE docid = ?"_s);
    q.addBindValue(customerId);
    return q.exec() && q.next() ? q.value(0).toString().replace(code.toLower(), u"<code>"_s) : QString();
}

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

void tst_Repositories::bulkCustomersKeepEveryInvariant()
{
    const QSqlDatabase db = m_t->connection();
    CustomerRepository repo(m_t->db(), AccessScope::administrator());
    Customer c;
    c.name = u"  成都\u3000天府（集团）  "_s;
    c.shortName = u" 天府 "_s;
    c.wechat = u" tf_wx "_s;
    c.region = u"西南"_s;
    c.city = u"成都"_s;
    c.source = u"referral"_s;
    c.ownerId = m_f.members.value(u"R3"_s);
    c.status = u"active"_s;
    c.tags = {u"大客户"_s, u" 大客户 "_s, u"a,b"_s};
    c.consent = true;
    c.consentDate = QDate(2025, 5, 1);
    c.consentMethod = u"微信确认"_s;
    c.points << ContactPoint{u"phone"_s, u"138 0013 8001"_s, {}, true}
             << ContactPoint{u"phone"_s, u"12345"_s, {}, true}
             << ContactPoint{u"email"_s, u" X@Tianfu.CN "_s, {}, true}
             << ContactPoint{u"phone"_s, u"+86 138-0013-8001"_s, {}, true}; // the same number again
    Contact person;
    person.name = u"  王 经理 "_s;
    person.title = u"采购经理"_s;
    person.points << ContactPoint{u"phone"_s, u"13912345678"_s, {}, true};

    // The single-record path...
    const SaveResult single = repo.create(c);
    QVERIFY2(single.ok(), qPrintable(single.message()));
    person.customerId = single.id;
    QVERIFY(repo.addContact(person).ok());
    // ...and the bulk path store the same.
    QList<QList<qint64>> contactIds;
    const BulkResult bulk = repo.createMany({c}, {{person}}, &contactIds);
    QVERIFY2(bulk.ok(), qPrintable(bulk.message()));
    QCOMPARE(bulk.ids.size(), 1);
    const qint64 id = bulk.ids.first();
    QCOMPARE(customerRow(db, id), customerRow(db, single.id));
    QCOMPARE(pointRows(db, id), pointRows(db, single.id));
    QCOMPARE(pointRows(db, id).size(), 4); // two phones, one e-mail, the contact's phone
    const Customer stored = *repo.get(id);
    QCOMPARE(stored.code, u"C%1"_s.arg(id, 6, 10, QChar(u'0')));
    QCOMPARE(stored.name, u"成都 天府(集团)"_s);
    QVERIFY(!stored.uuid.isEmpty());
    QCOMPARE(searchBody(db, id, stored.code), searchBody(db, single.id, repo.get(single.id)->code));
    QCOMPARE(contactIds, QList<QList<qint64>>{{repo.contacts(id).first().id}});
    QCOMPARE(repo.contacts(id).first().name, u"王 经理"_s);
    for (const QString &typed : {u"tianfu"_s, u"8001"_s, u"王经理"_s, u"5678"_s, stored.code}) {
        CustomerFilter f;
        f.search = typed;
        QVERIFY2(repo.ids(f).contains(id), qPrintable(typed));
    }

    // Kept when given, unlike create(): when the customer was first recorded.
    Customer dated = c;
    dated.name = u"重庆山城"_s;
    dated.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const BulkResult datedResult = repo.createMany({dated});
    QVERIFY(datedResult.ok());
    QCOMPARE(repo.get(datedResult.ids.first())->createdAt, dated.createdAt);

    // A rep gives customers only to themselves and their team.
    CustomerRepository rep(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Customer mine, theirs;
    mine.name = u"自己的客户"_s;
    theirs.name = u"别人的客户"_s;
    theirs.ownerId = m_f.members.value(u"R3"_s);
    const BulkResult scoped = rep.createMany({mine, theirs});
    QVERIFY(!scoped.ok());
    QCOMPARE(scoped.index, 1);
    QCOMPARE(scoped.fieldErrors.first().field, u"owner"_s);
    const BulkResult own = rep.createMany({mine});
    QVERIFY(own.ok());
    QCOMPARE(rep.get(own.ids.first())->ownerId, m_f.members.value(u"R1"_s));
}

void tst_Repositories::bulkWritesAreAllOrNothing()
{
    const QSqlDatabase db = m_t->connection();
    CustomerRepository customers(m_t->db(), AccessScope::administrator());
    const qint64 before = countRows(db, u"customer"_s);
    Customer a, b, nameless;
    a.name = u"甲公司"_s;
    b.name = u"乙公司"_s;
    nameless.name = u"  "_s;
    const BulkResult failed = customers.createMany({a, b, nameless});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.index, 2);
    QCOMPARE(failed.fieldErrors.first().field, u"name"_s);
    QVERIFY(failed.message().startsWith(u"#3: "_s));
    QCOMPARE(countRows(db, u"customer"_s), before);
    QVERIFY(!customers.createMany({a}, {{}, {}}).ok()); // contacts for customers that are not there

    // Order numbers are unique in the file and within the batch.
    OrderRepository orders(m_t->db(), AccessScope::administrator());
    Order o;
    o.orderNo = u"SO-BULK-1"_s;
    o.orderDate = QDate(2025, 4, 1);
    o.customerId = m_f.customers.value(u"c1"_s);
    o.lines << OrderLine{0, m_f.product, 1, 45000, 0, {}, {}};
    Order again = o;
    Order taken = o;
    taken.orderNo = u"SO-2025-001"_s;
    const qint64 ordersBefore = countRows(db, u"sales_order"_s);
    const qint64 linesBefore = countRows(db, u"order_line"_s);
    BulkResult r = orders.createMany({o, again});
    QCOMPARE(r.index, 1);
    QCOMPARE(r.fieldErrors.first().field, u"order_no"_s);
    r = orders.createMany({o, taken});
    QCOMPARE(r.index, 1);
    QCOMPARE(countRows(db, u"sales_order"_s), ordersBefore);
    QCOMPARE(countRows(db, u"order_line"_s), linesBefore);

    // Inside the caller's transaction a failed bulk write takes back only its own rows.
    {
        Transaction tx(db);
        QVERIFY(customers.createMany({a}).ok());
        QVERIFY(!orders.createMany({o, again}).ok());
        QVERIFY(tx.commit());
    }
    QCOMPARE(countRows(db, u"customer"_s), before + 1);
    QCOMPARE(countRows(db, u"sales_order"_s), ordersBefore);

    // Scope: a rep cannot log activities on another rep's customer, nor support write money.
    ActivityRepository activities(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Activity mine, theirs;
    mine.customerId = m_f.customers.value(u"c1"_s);
    mine.kind = u"call"_s;
    theirs = mine;
    theirs.customerId = m_f.customers.value(u"c3"_s);
    const qint64 activitiesBefore = countRows(db, u"activity"_s);
    r = activities.createMany({mine, theirs});
    QCOMPARE(r.index, 1);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(countRows(db, u"activity"_s), activitiesBefore);
    QVERIFY(!OrderRepository(m_t->db(), m_f.scopeOf(m_t->db(), u"S1"_s)).createMany({o}).ok());
}

void tst_Repositories::bulkOrdersActivitiesAndTasks()
{
    const QSqlDatabase db = m_t->connection();
    const qint64 c1 = m_f.customers.value(u"c1"_s), r1 = m_f.members.value(u"R1"_s);

    OrderRepository orders(m_t->db(), AccessScope::administrator());
    QList<Order> batch;
    for (int i = 1; i <= 3; ++i) {
        Order o;
        o.orderNo = u" SO-BULK-%1 "_s.arg(i);
        o.orderDate = QDate(2025, 4, i);
        o.customerId = c1;
        o.lines << OrderLine{0, m_f.product, i, 45000, 0, {}, {}}
                << OrderLine{0, m_f.product, 1, 45000, 40000, {}, {}};
        batch << o;
    }
    const BulkResult r = orders.createMany(batch);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.ids.size(), 3);
    const Order second = *orders.get(r.ids.at(1));
    QCOMPARE(second.orderNo, u"SO-BULK-2"_s);
    QCOMPARE(second.memberId, r1); // the customer's owner, as create() does for an administrator
    QCOMPARE(second.totalFen, 2 * 45000 + 40000);
    QCOMPARE(second.lines.size(), 2);
    QCOMPARE(second.lines.first().amountFen, 90000);
    QVERIFY(!second.uuid.isEmpty());

    ActivityRepository activities(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Activity a;
    a.customerId = c1;
    a.kind = u"visit"_s;
    a.occurredAt = QDateTime(QDate(2025, 4, 2), QTime(2, 0), Qt::UTC);
    a.summary = u"拜访"_s;
    a.satisfaction = 5;
    Activity bad = a;
    bad.kind = u"fax"_s;
    QCOMPARE(activities.createMany({a, bad}).fieldErrors.first().field, u"kind"_s);
    const BulkResult ar = activities.createMany({a, a});
    QVERIFY2(ar.ok(), qPrintable(ar.message()));
    ActivityFilter f;
    f.customerId = c1;
    f.from = QDate(2025, 4, 1);
    f.to = QDate(2025, 4, 3);
    const QList<Activity> logged = activities.list(f);
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.first().memberId, r1); // the user, by default
    QCOMPARE(logged.first().occurredAt, a.occurredAt);

    TaskRepository tasks(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    Task t;
    t.title = u"  回访  "_s;
    t.customerId = c1;
    t.dueDate = QDate(2025, 4, 10);
    t.createdAt = QDateTime(QDate(2025, 4, 1), QTime(1, 0), Qt::UTC);
    Task done = t;
    done.status = u"done"_s;
    done.completedAt = QDateTime(QDate(2025, 4, 9), QTime(9, 0), Qt::UTC);
    const BulkResult tr = tasks.createMany({t, done});
    QVERIFY2(tr.ok(), qPrintable(tr.message()));
    TaskFilter mine;
    mine.customerId = c1;
    mine.status = u"done"_s;
    const QList<Task> finished = tasks.list(mine);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().title, u"回访"_s);
    QCOMPARE(finished.first().assigneeId, r1);
    QCOMPARE(finished.first().completedAt, done.completedAt);
    QCOMPARE(finished.first().createdAt, t.createdAt);
    Task outside = t;
    outside.customerId = m_f.customers.value(u"c3"_s);
    QCOMPARE(tasks.createMany({outside}).index, 0);
    QCOMPARE(countRows(db, u"task"_s), 3 + 2);
}

void tst_Repositories::bulkOpportunitiesWithHistory()
{
    OpportunityRepository repo(m_t->db(), AccessScope::administrator());
    QHash<QString, qint64> stage;
    for (const PipelineStage &s : repo.stages())
        stage.insert(s.key, s.id);
    const qint64 c2 = m_f.customers.value(u"c2"_s), r2 = m_f.members.value(u"R2"_s);
    // Local times: closed_on is the local day of the last change.
    const auto at = [](int day, int hour) { return QDateTime(QDate(2025, 3, day), QTime(hour, 0)); };

    Opportunity lost;
    lost.customerId = c2;
    lost.title = u"上海宝钢 会议室升级"_s;
    lost.amountFen = 5000000;
    lost.stageId = stage.value(u"lost"_s);
    lost.closeReason = u"价格高于竞争对手"_s;
    const QList<StageChange> lostHistory = {
        StageChange{0, 0, stage.value(u"lead"_s), at(1, 9), r2},
        StageChange{0, stage.value(u"lead"_s), stage.value(u"qualified"_s), at(5, 9), r2},
        StageChange{0, stage.value(u"qualified"_s), stage.value(u"lost"_s), at(20, 9), 0},
    };
    Opportunity open = lost;
    open.title = u"上海宝钢 文具框架"_s;
    open.stageId = stage.value(u"proposal"_s);
    open.closedOn = QDate(2025, 3, 9); // an open opportunity is not closed
    const QList<StageChange> openHistory = {
        StageChange{0, 0, stage.value(u"lead"_s), at(2, 9), r2},
        StageChange{0, stage.value(u"lead"_s), stage.value(u"qualified"_s), at(3, 9), r2},
        StageChange{0, stage.value(u"qualified"_s), stage.value(u"proposal"_s), at(3, 10), r2},
    };
    Opportunity plain = lost;
    plain.title = u"上海宝钢 新客户"_s;
    plain.stageId = 0; // the first stage, as create() does
    plain.createdAt = at(7, 8);
    const BulkResult r = repo.createMany({lost, open, plain}, {lostHistory, openHistory, {}});
    QVERIFY2(r.ok(), qPrintable(r.message()));

    const Opportunity storedLost = *repo.get(r.ids.at(0));
    QCOMPARE(storedLost.probability, 0);
    QCOMPARE(storedLost.closedOn, QDate(2025, 3, 20)); // the day of the last change
    QCOMPARE(storedLost.closeReason, lost.closeReason);
    QCOMPARE(storedLost.createdAt, at(1, 9));
    const QList<StageChange> history = repo.history(r.ids.at(0));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).fromStageId, 0);
    QCOMPARE(history.at(2).toStageId, stage.value(u"lost"_s));
    QCOMPARE(history.at(2).changedAt, at(20, 9));
    QCOMPARE(history.at(1).memberId, r2);
    QCOMPARE(history.at(2).memberId, 0); // the administrator is nobody

    const Opportunity storedOpen = *repo.get(r.ids.at(1));
    QCOMPARE(storedOpen.probability, 50);
    QVERIFY(!storedOpen.closedOn.isValid());
    QVERIFY(storedOpen.closeReason.isEmpty());
    QCOMPARE(repo.history(r.ids.at(1)).size(), 3);

    const QList<StageChange> created = repo.history(r.ids.at(2));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().fromStageId, 0);
    QCOMPARE(created.first().toStageId, stage.value(u"lead"_s));
    QCOMPARE(created.first().changedAt, at(7, 8));

    // A history must run from no stage to the opportunity's stage, forward in time.
    QList<StageChange> broken = lostHistory;
    broken.removeAt(1);
    QCOMPARE(repo.createMany({lost}, {broken}).fieldErrors.first().field, u"history"_s);
    QList<StageChange> backwards = lostHistory;
    backwards[2].changedAt = at(4, 9);
    QCOMPARE(repo.createMany({lost}, {backwards}).index, 0);
    QVERIFY(!repo.createMany({lost, open}, {lostHistory}).ok());
    QVERIFY(!OpportunityRepository(m_t->db(), m_f.scopeOf(m_t->db(), u"S1"_s)).createMany({plain}).ok());
    QCOMPARE(repo.list({}).size(), 3 + 3);
}

void tst_Repositories::removeAndRestoreForUndo()
{
    const AccessScope r1 = m_f.scopeOf(m_t->db(), u"R1"_s);
    OrderRepository orders(m_t->db(), r1);
    const qint64 order = m_f.orders.value(u"c1"_s);
    QVERIFY(!orders.remove(m_f.orders.value(u"c2"_s))); // not R1's
    QVERIFY(orders.remove(order));
    QVERIFY(!orders.get(order));
    QCOMPARE(orders.count({}), 0);
    QVERIFY(orders.restore(order));
    QCOMPARE(orders.get(order)->lines.size(), 2);
    QCOMPARE(orders.get(order)->totalFen, 130000);

    OpportunityRepository opps(m_t->db(), r1);
    const qint64 opp = opps.list({}).first().id;
    QVERIFY(opps.moveToStage(opp, opps.stageByKey(u"proposal"_s)->id).ok());
    QVERIFY(opps.remove(opp));
    QVERIFY(opps.list({}).isEmpty());
    QVERIFY(opps.restore(opp));
    QCOMPARE(opps.history(opp).size(), 2);

    TaskRepository tasks(m_t->db(), r1);
    const qint64 task = tasks.list({}).first().id;
    QVERIFY(tasks.remove(task));
    QVERIFY(tasks.list({}).isEmpty());
    QVERIFY(tasks.restore(task));
    QCOMPARE(tasks.list({}).size(), 1);

    ActivityRepository activities(m_t->db(), r1);
    const qint64 activity = activities.list({}).first().id;
    QVERIFY(activities.remove(activity));
    QCOMPARE(activities.count({}), 0);
    QVERIFY(activities.restore(activity));
    QCOMPARE(activities.count({}), 1);
    // Support may not remove money records.
    QVERIFY(!OrderRepository(m_t->db(), m_f.scopeOf(m_t->db(), u"S1"_s)).remove(order));
}

void tst_Repositories::orderUpdateKeepsUnchangedLines()
{
    OrderRepository repo(m_t->db(), AccessScope::administrator());
    Order o = *repo.get(m_f.orders.value(u"c1"_s));
    const qint64 keptLine = o.lines.at(0).id;
    o.lines.removeLast();
    o.lines << OrderLine{0, m_f.product, 3, 45000, 0, {}, {}};
    o.status = u"paid"_s;
    const SaveResult r = repo.update(o);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Order after = *repo.get(o.id);
    QCOMPARE(after.status, u"paid"_s);
    QCOMPARE(after.totalFen, 90000 + 135000);
    QCOMPARE(after.lines.size(), 2);
    QCOMPARE(after.lines.at(0).id, keptLine);
    Order clash = after;
    clash.orderNo = u"SO-2025-002"_s;
    QVERIFY(!repo.update(clash).ok());
}

QTEST_GUILESS_MAIN(tst_Repositories)
#include "tst_repositories.moc"
