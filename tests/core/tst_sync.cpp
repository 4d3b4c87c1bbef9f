// Offline sync between laptops (core/sync): package refusals, the scope of a member's package,
// merge per field with conflicts, deletes, idempotence, order independence and convergence of
// three replicas over seeded random edit sequences, duplicates offered for merge, the audit hook.
#include "services/TextNormalizer.h"
#include "storage/Database.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "sync/SyncEvent.h"
#include "sync/SyncPackage.h"
#include "sync/SyncService.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

namespace {

SyncOptions fastOptions()
{
    SyncOptions o;
    o.passphrase = SecureBytes(QByteArray("team 同步 key"));
    o.iterations = 1000; // the format allows it; real packages use 600,000
    return o;
}

// Everything a replica holds in the synced tables, as it travels: uuid → canonical bytes.
QMap<QString, QByteArray> dump(Database &db, const QSet<QString> &only = {})
{
    QMap<QString, QByteArray> out;
    SyncService sync(db);
    for (const QString &table : SyncService::tables()) {
        for (const SyncRecord &r : sync.records(table)) {
            const QString key = table + u'/' + r.uuid;
            if (!only.isEmpty() && !only.contains(key))
                continue;
            QCborMap clocks;
            QStringList fields = r.clocks.keys();
            std::sort(fields.begin(), fields.end());
            for (const QString &f : fields)
                clocks.insert(f, QCborArray{qint64(r.clocks.value(f).hlc), r.clocks.value(f).device});
            QCborMap m{{u"f"_s, r.fields},
                       {u"c"_s, clocks},
                       {u"h"_s, qint64(r.clock.hlc)},
                       {u"d"_s, r.clock.device}};
            out.insert(key, m.toCborValue().toCbor());
        }
    }
    return out;
}

// What differs between two dumped rows, for failure messages.
QString difference(const QByteArray &a, const QByteArray &b)
{
    const QCborMap x = QCborValue::fromCbor(a).toMap(), y = QCborValue::fromCbor(b).toMap();
    QStringList out;
    for (const QString &part : {u"f"_s, u"c"_s}) {
        const QCborMap fx = x.value(part).toMap(), fy = y.value(part).toMap();
        QSet<QString> keys;
        for (auto it = fx.cbegin(); it != fx.cend(); ++it)
            keys.insert(it.key().toString());
        for (auto it = fy.cbegin(); it != fy.cend(); ++it)
            keys.insert(it.key().toString());
        for (const QString &k : keys) {
            if (fx.value(k) != fy.value(k))
                out << part + u'.' + k + u": "_s + fx.value(k).toDiagnosticNotation() + u" vs "_s +
                           fy.value(k).toDiagnosticNotation();
        }
    }
    out << u"row "_s + x.value(u"h"_s).toDiagnosticNotation() + x.value(u"d"_s).toString().left(4) +
               u" vs "_s + y.value(u"h"_s).toDiagnosticNotation() + y.value(u"d"_s).toString().left(4);
    return out.join(u"; "_s);
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return u"<%1>"_s.arg(q.lastError().text());
    return q.value(0).toString();
}

bool exec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// A stamped change of one field, the way repositories write.
bool setField(Database &db, const QString &table, const QString &uuid, const QString &field,
              const QVariant &value)
{
    const SyncStamp s = db.stamp();
    return exec(db, u"UPDATE %1 SET %2 = ?, hlc = ?, device_id = ? WHERE uuid = ?"_s.arg(table, field),
                {value, qint64(s.hlc), s.deviceId, uuid});
}

QString customerUuid(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT uuid FROM customer WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString addCustomer(Database &db, const QString &name, const QString &ownerCode)
{
    const SyncStamp s = db.stamp();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    exec(db,
         u"INSERT INTO customer (uuid, name, name_key, owner_id, tags, created_at, updated_at, hlc, "
         u"device_id) "
         u"VALUES (?, ?, ?, (SELECT id FROM member WHERE code = ?), '', ?, ?, ?, ?)"_s,
         {uuid, name, TextNormalizer::nameKey(name), ownerCode, now, now, qint64(s.hlc), s.deviceId});
    return uuid;
}

bool addActivity(Database &db, const QString &customer, const QString &memberCode, const QString &summary)
{
    const SyncStamp s = db.stamp();
    return exec(
        db,
        u"INSERT INTO activity (uuid, customer_id, member_id, kind, occurred_at, summary, hlc, device_id) "
        u"VALUES (?, (SELECT id FROM customer WHERE uuid = ?), (SELECT id FROM member WHERE code = ?), "
        u"'visit', ?, ?, ?, ?)"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), customer, memberCode,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate), summary, qint64(s.hlc), s.deviceId});
}

} // namespace

class tst_Sync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextFile() { return m_dir.filePath(u"p%1.flsync"_s.arg(++m_files)); }

    // Manager with the CRM fixture, and a rep database made from the manager's package.
    struct Team
    {
        TempDatabase manager;
        CrmFixture fixture;
        std::unique_ptr<TempDatabase> r1, r2;
    };
    // Test databases skip fsync: hundreds of small commits otherwise wait for the disk.
    static void quick(Database &db) { QSqlQuery(db.connection()).exec(u"PRAGMA synchronous = OFF"_s); }

    bool makeTeam(Team &team, bool withR2 = false)
    {
        if (!team.manager.isValid())
            return false;
        quick(team.manager.db());
        if (!team.fixture.build(team.manager.db()).isEmpty())
            return false;
        team.r1 = std::make_unique<TempDatabase>();
        quick(team.r1->db());
        if (!roundTrip(team.manager.db(), u"R1"_s, team.r1->db()))
            return false;
        if (withR2) {
            team.r2 = std::make_unique<TempDatabase>();
            quick(team.r2->db());
            if (!roundTrip(team.manager.db(), u"R2"_s, team.r2->db()))
                return false;
        }
        return true;
    }
    // Manager → rep.
    bool roundTrip(Database &manager, const QString &member, Database &rep)
    {
        const QString file = nextFile();
        const SyncExportResult e = SyncService(manager).exportForMember(member, file, fastOptions());
        if (!e.ok()) {
            qWarning("export: %s", qPrintable(e.error.message()));
            return false;
        }
        const SyncImportResult i = SyncService(rep).importPackage(file, fastOptions());
        if (!i.ok())
            qWarning("import: %s", qPrintable(i.error.message()));
        return i.ok();
    }
    // Rep → manager.
    SyncImportResult upload(Database &rep, Database &manager)
    {
        const QString file = nextFile();
        const SyncExportResult e = SyncService(rep).exportChanges(file, fastOptions());
        if (!e.ok()) {
            SyncImportResult r;
            r.error = e.error;
            return r;
        }
        return SyncService(manager).importPackage(file, fastOptions());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void packageRefusals_data();
    void packageRefusals();
    void foreignTeamAndRoles();
    void scopeHoldsOnlyTheMembersData();
    void newDatabaseBecomesTheRepsAndTakesEverything();
    void importTwiceChangesNothing();
    void repChangesOutsideTheirScopeAreIgnored();
    void concurrentEditsAreQueuedConflicts();
    void resolveTakesOneSideEverywhere();
    void deletesWinOnlyOverEarlierChanges();
    void duplicatesAreOfferedForMerge();
    void takenCodesAreRenamedAndTravel();
    void orderOfPackagesDoesNotMatter();
    void threeReplicasConverge_data();
    void threeReplicasConverge();
    void headerParserSurvivesGarbage();
    void malformedRecordDataIsRefused();
    void auditHookHearsEveryImport();
};

void tst_Sync::packageRefusals_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("code");
    QTest::newRow("flipped body byte") << u"flip-body"_s << u"tampered"_s;
    QTest::newRow("flipped MAC byte") << u"flip-mac"_s << u"tampered"_s;
    QTest::newRow("appended bytes") << u"append"_s << u"tampered"_s;
    QTest::newRow("cut in the body") << u"truncate"_s << u"truncated"_s;
    QTest::newRow("cut in the header") << u"truncate-header"_s << u"truncated"_s;
    QTest::newRow("wrong passphrase") << u"wrong-key"_s << u"wrong_key"_s;
    QTest::newRow("expired") << u"expired"_s << u"expired"_s;
    QTest::newRow("not a package") << u"garbage"_s << u"not_a_package"_s;
    QTest::newRow("no file") << u"missing"_s << u"not_found"_s;
}

void tst_Sync::packageRefusals()
{
    QFETCH(QString, damage);
    QFETCH(QString, code);
    TempDatabase manager;
    CrmFixture fixture;
    QCOMPARE(fixture.build(manager.db()), QString());
    const QString file = nextFile();
    QVERIFY(SyncService(manager.db()).exportForMember(u"R1"_s, file, fastOptions()).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    SyncOptions options = fastOptions();
    if (damage == u"flip-body"_s)
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    else if (damage == u"flip-mac"_s)
        bytes[80] = char(bytes.at(80) ^ 0x80);
    else if (damage == u"append"_s)
        bytes += "more";
    else if (damage == u"truncate"_s)
        bytes.chop(4096);
    else if (damage == u"truncate-header"_s)
        bytes.truncate(50);
    else if (damage == u"wrong-key"_s)
        options.passphrase = SecureBytes(QByteArray("another team's key"));
    else if (damage == u"expired"_s)
        options.now = QDateTime::currentDateTimeUtc().addDays(31);
    else if (damage == u"garbage"_s)
        bytes = QByteArray("SQLite format 3\0 and then some", 30);
    const QString damaged = damage == u"missing"_s ? m_dir.filePath(u"nothing-here"_s) : nextFile();
    if (damage != u"missing"_s) {
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    TempDatabase rep;
    const QMap<QString, QByteArray> before = dump(rep.db());
    const QString metaBefore = scalar(rep.db(), u"SELECT group_concat(key || '=' || value) FROM meta"_s);
    const SyncImportResult r = SyncService(rep.db()).importPackage(damaged, options);
    QCOMPARE(r.error.code(), code);
    QVERIFY(!r.error.message().isEmpty());
    QCOMPARE(dump(rep.db()), before);
    QCOMPARE(scalar(rep.db(), u"SELECT group_concat(key || '=' || value) FROM meta"_s), metaBefore);
    QCOMPARE(scalar(rep.db(), u"SELECT count(*) FROM sync_history"_s), u"0"_s);
    QCOMPARE(scalar(rep.db(), u"SELECT count(*) FROM customer"_s), u"0"_s);
}

void tst_Sync::foreignTeamAndRoles()
{
    Team a;
    QVERIFY(makeTeam(a));
    // Another team's manager, same passphrase by accident: its own team id.
    TempDatabase other;
    CrmFixture otherFixture;
    QCOMPARE(otherFixture.build(other.db()), QString());
    QVERIFY(SyncService(other.db()).exportForMember(u"R2"_s, nextFile(), fastOptions()).ok());
    const QMap<QString, QByteArray> before = dump(other.db());
    SyncImportResult r = upload(a.r1->db(), other.db());
    QCOMPARE(r.error.code(), u"foreign_team"_s);
    QCOMPARE(dump(other.db()), before);

    // A rep's database takes no other member's package; the manager's takes no scope package.
    const QString forR2 = nextFile();
    QVERIFY(SyncService(a.manager.db()).exportForMember(u"R2"_s, forR2, fastOptions()).ok());
    QCOMPARE(SyncService(a.r1->db()).importPackage(forR2, fastOptions()).error.code(), u"wrong_member"_s);
    QCOMPARE(SyncService(a.manager.db()).importPackage(forR2, fastOptions()).error.code(), u"wrong_role"_s);
    // A database with data of its own does not become a rep's.
    QCOMPARE(SyncService(other.db()).importPackage(forR2, fastOptions()).error.code(), u"foreign_team"_s);
    TempDatabase lone;
    CrmFixture loneFixture;
    QCOMPARE(loneFixture.build(lone.db()), QString());
    QCOMPARE(SyncService(lone.db()).importPackage(forR2, fastOptions()).error.code(), u"wrong_role"_s);
    // The rep exports changes, not packages for members.
    QCOMPARE(SyncService(a.r1->db()).exportForMember(u"R1"_s, nextFile(), fastOptions()).error.code(),
             u"wrong_role"_s);
    QCOMPARE(SyncService(a.manager.db()).exportChanges(nextFile(), fastOptions()).error.code(),
             u"wrong_role"_s);
}

void tst_Sync::scopeHoldsOnlyTheMembersData()
{
    TempDatabase manager;
    CrmFixture fixture;
    QCOMPARE(fixture.build(manager.db()), QString());
    const QString file = nextFile();
    const SyncExportResult e = SyncService(manager.db()).exportForMember(u"R1"_s, file, fastOptions());
    QVERIFY(e.ok());
    SyncPackageReader reader;
    QVERIFY(!reader.open(file, fastOptions().passphrase));
    QCOMPARE(reader.manifest().memberCode, u"R1"_s);
    QCOMPARE(reader.manifest().kind, SyncManifest::Scope);

    // The uuids of everything attached to c2 and c3 (R2's and R3's customers), and the members
    // that are neither R1 nor referred to by R1's rows.
    QSet<QString> foreign;
    QSqlQuery q(manager.db().connection());
    for (
        const QString &sql :
        {u"SELECT uuid FROM customer WHERE owner_id <> %1"_s,
         u"SELECT uuid FROM contact WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1)"_s,
         u"SELECT uuid FROM contact_point WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1)"_s,
         u"SELECT uuid FROM activity WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1)"_s,
         u"SELECT uuid FROM opportunity WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1)"_s,
         u"SELECT uuid FROM sales_order WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1)"_s,
         u"SELECT uuid FROM order_line WHERE order_id IN (SELECT id FROM sales_order WHERE customer_id IN (SELECT id FROM customer WHERE owner_id <> %1))"_s,
         u"SELECT uuid FROM task WHERE assignee_id <> %1 AND (customer_id IS NULL OR customer_id IN (SELECT id FROM customer WHERE owner_id <> %1))"_s,
         u"SELECT uuid FROM member WHERE code IN ('R2', 'R3', 'S1') AND id <> %1"_s}) {
        QVERIFY(q.exec(sql.arg(fixture.members.value(u"R1"_s))));
        while (q.next())
            foreign.insert(q.value(0).toString());
    }
    QVERIFY(foreign.size() > 10);
    QSet<QString> tablesSeen;
    int customers = 0;
    for (const QString &table : SyncService::tables()) {
        reader.records(table, [&](const SyncRecord &r) {
            tablesSeen.insert(table);
            if (foreign.contains(r.uuid))
                qWarning("leaked %s %s", qPrintable(table), qPrintable(r.uuid));
            [&] { QVERIFY2(!foreign.contains(r.uuid), qPrintable(table)); }();
            // No value refers to anything outside the scope either.
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                [&] { QVERIFY(!foreign.contains(it.value().toString())); }();
            if (table == u"customer"_s) {
                ++customers;
                [&] { QCOMPARE(r.fields.value(u"name"_s).toString(), u"北京华联商厦"_s); }();
            }
            return true;
        });
    }
    QCOMPARE(customers, 1);
    for (const QString &table :
         {u"customer"_s, u"contact_point"_s, u"activity"_s, u"opportunity"_s, u"sales_order"_s,
          u"order_line"_s, u"product"_s, u"task"_s, u"member"_s, u"team"_s})
        QVERIFY2(tablesSeen.contains(table), qPrintable(table));
}

void tst_Sync::newDatabaseBecomesTheRepsAndTakesEverything()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &rep = team.r1->db();
    const SyncState s = SyncService(rep).state();
    QCOMPARE(s.role, SyncState::Rep);
    QCOMPARE(s.memberCode, u"R1"_s);
    QCOMPARE(SyncService(team.manager.db()).state().role, SyncState::Manager);
    QCOMPARE(s.teamId, SyncService(team.manager.db()).state().teamId);
    // What the rep holds is exactly what the manager holds for those rows, clocks included.
    const QMap<QString, QByteArray> repRows = dump(rep);
    const QSet<QString> keys(repRows.keyBegin(), repRows.keyEnd());
    QCOMPARE(dump(team.manager.db(), keys), repRows);
    QCOMPARE(scalar(rep, u"SELECT count(*) FROM customer"_s), u"1"_s);
    QVERIFY(rep.checkIntegrity().isEmpty());
    // Search works on the rep's laptop (the index is rebuilt for imported customers).
    QCOMPARE(scalar(rep, u"SELECT count(*) FROM customer_search WHERE body MATCH '13800138000'"_s), u"1"_s);
}

void tst_Sync::importTwiceChangesNothing()
{
    Team team;
    QVERIFY(makeTeam(team));
    const QString c1 = customerUuid(team.r1->db(), u"北京华联商厦"_s);
    QVERIFY(setField(team.r1->db(), u"customer"_s, c1, u"city"_s, u"北京"_s));
    QVERIFY(addActivity(team.r1->db(), c1, u"R1"_s, u"回访"_s));
    const QString file = nextFile();
    const SyncExportResult e = SyncService(team.r1->db()).exportChanges(file, fastOptions());
    QVERIFY(e.ok());
    QCOMPARE(e.manifest.records, 2); // the customer and the new activity, nothing else
    SyncImportResult first = SyncService(team.manager.db()).importPackage(file, fastOptions());
    QVERIFY(first.ok());
    QCOMPARE(first.inserted, 1);
    QCOMPARE(first.updated, 1);
    const QMap<QString, QByteArray> after = dump(team.manager.db());
    SyncImportResult again = SyncService(team.manager.db()).importPackage(file, fastOptions());
    QVERIFY(again.ok());
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.conflicts, 0);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(dump(team.manager.db()), after);
    QCOMPARE(scalar(team.manager.db(), u"SELECT city FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"北京"_s);
}

void tst_Sync::repChangesOutsideTheirScopeAreIgnored()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &m = team.manager.db();
    Database &r = team.r1->db();
    // A rep may not change the catalogue, nor give a customer to someone else.
    const QString product = scalar(r, u"SELECT uuid FROM product LIMIT 1"_s);
    const QString price = scalar(m, u"SELECT unit_price_fen FROM product WHERE uuid = '%1'"_s.arg(product));
    QVERIFY(setField(r, u"product"_s, product, u"unit_price_fen"_s, 1));
    const QString c1 = customerUuid(r, u"北京华联商厦"_s);
    const SyncStamp s = r.stamp();
    QVERIFY(exec(
        r,
        u"INSERT INTO member (uuid, code, name, role, hlc, device_id) VALUES (?, 'X9', '外人', 'rep', ?, ?)"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), qint64(s.hlc), s.deviceId}));
    const QString x9 = scalar(r, u"SELECT id FROM member WHERE code = 'X9'"_s);
    QVERIFY(setField(r, u"customer"_s, c1, u"owner_id"_s, x9.toLongLong()));
    QVERIFY(addActivity(r, c1, u"R1"_s, u"still mine"_s));
    const SyncImportResult up = upload(r, m);
    QVERIFY(up.ok());
    QCOMPARE(up.ignored, 3);  // the product, the new member, the customer given away
    QCOMPARE(up.inserted, 1); // the activity on R1's own customer
    QCOMPARE(scalar(m, u"SELECT unit_price_fen FROM product WHERE uuid = '%1'"_s.arg(product)), price);
    QCOMPARE(
        scalar(m,
               u"SELECT m.code FROM customer c JOIN member m ON m.id = c.owner_id WHERE c.uuid = '%1'"_s.arg(
                   c1)),
        u"R1"_s);
}

void tst_Sync::concurrentEditsAreQueuedConflicts()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &m = team.manager.db();
    Database &r = team.r1->db();
    const QString c1 = customerUuid(m, u"北京华联商厦"_s);
    // Both change the notes; the rep also changes the city (no conflict: only one side did).
    QVERIFY(setField(m, u"customer"_s, c1, u"notes"_s, u"经理: 月底前签约"_s));
    QThread::msleep(3);
    QVERIFY(setField(r, u"customer"_s, c1, u"notes"_s, u"销售: 客户要求降价"_s));
    QVERIFY(setField(r, u"customer"_s, c1, u"city"_s, u"北京"_s));
    const SyncImportResult up = upload(r, m);
    QVERIFY(up.ok());
    QCOMPARE(up.conflicts, 1);
    const QList<SyncConflict> list = SyncService(m).conflicts();
    QCOMPARE(list.size(), 1);
    const SyncConflict &c = list.constFirst();
    QCOMPARE(c.table, u"customer"_s);
    QCOMPARE(c.field, u"notes"_s);
    QCOMPARE(c.record, u"北京华联商厦"_s);
    QCOMPARE(c.mine.toString(), u"经理: 月底前签约"_s);
    QCOMPARE(c.theirs.toString(), u"销售: 客户要求降价"_s);
    QCOMPARE(c.theirsWho, u"R1"_s);
    QCOMPARE(c.mineWho, u"this database"_s);
    QVERIFY(c.theirsClock > c.mineClock);
    QCOMPARE(c.applied, u"theirs"_s); // the later change, on every replica
    QCOMPARE(scalar(m, u"SELECT city FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"北京"_s);

    // The rep gets the manager's side without a conflict of its own (it was seen by the manager).
    QVERIFY(roundTrip(m, u"R1"_s, r));
    QCOMPARE(SyncService(r).conflicts().size(), 0);
    const QMap<QString, QByteArray> repRows = dump(r);
    const QSet<QString> keys(repRows.keyBegin(), repRows.keyEnd());
    QCOMPARE(dump(m, keys), repRows);

    // Edits made after seeing the other side are no conflict.
    QVERIFY(setField(r, u"customer"_s, c1, u"notes"_s, u"已降价 5%"_s));
    const SyncImportResult later = upload(r, m);
    QVERIFY(later.ok());
    QCOMPARE(later.conflicts, 0);
    QCOMPARE(scalar(m, u"SELECT notes FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"已降价 5%"_s);
}

void tst_Sync::resolveTakesOneSideEverywhere()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &m = team.manager.db();
    Database &r = team.r1->db();
    const QString c1 = customerUuid(m, u"北京华联商厦"_s);
    QVERIFY(setField(m, u"customer"_s, c1, u"grade"_s, u"A"_s));
    QThread::msleep(3);
    QVERIFY(setField(r, u"customer"_s, c1, u"grade"_s, u"C"_s));
    QCOMPARE(upload(r, m).conflicts, 1);
    const qint64 id = SyncService(m).conflicts().constFirst().id;
    QString error;
    QVERIFY(!SyncService(m).resolve(id + 100, SyncService::Take::Mine, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(SyncService(m).resolve(id, SyncService::Take::Mine, &error), qPrintable(error));
    QVERIFY(!SyncService(m).resolve(id, SyncService::Take::Theirs, &error)); // already resolved
    QCOMPARE(scalar(m, u"SELECT grade FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"A"_s);
    QCOMPARE(SyncService(m).conflicts().size(), 0);
    QCOMPARE(SyncService(m).conflicts(false).constFirst().resolution, u"mine"_s);
    // The choice is a new change: it reaches the rep and wins there.
    QVERIFY(roundTrip(m, u"R1"_s, r));
    QCOMPARE(scalar(r, u"SELECT grade FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"A"_s);
    QCOMPARE(SyncService(r).conflicts().size(), 0);
}

void tst_Sync::deletesWinOnlyOverEarlierChanges()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &m = team.manager.db();
    Database &r = team.r1->db();
    const QString c1 = customerUuid(m, u"北京华联商厦"_s);
    // The rep edits, then the manager deletes: the delete is later and wins on both sides.
    QVERIFY(setField(r, u"customer"_s, c1, u"city"_s, u"北京"_s));
    QThread::msleep(3);
    QVERIFY(setField(m, u"customer"_s, c1, u"deleted"_s, 1));
    QVERIFY(upload(r, m).ok());
    QVERIFY(roundTrip(m, u"R1"_s, r));
    QCOMPARE(scalar(m, u"SELECT deleted || city FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"1北京"_s);
    QCOMPARE(scalar(r, u"SELECT deleted || city FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"1北京"_s);

    // The manager deletes another row; the rep changes it afterwards: the change brings it back.
    QVERIFY(setField(m, u"customer"_s, c1, u"deleted"_s, 0)); // restore first
    QVERIFY(roundTrip(m, u"R1"_s, r));
    QVERIFY(setField(m, u"customer"_s, c1, u"deleted"_s, 1));
    QThread::msleep(3);
    QVERIFY(setField(r, u"customer"_s, c1, u"grade"_s, u"B"_s));
    // Cross the packages: both sides import the other's before seeing their own come back.
    const QString toRep = nextFile(), toManager = nextFile();
    QVERIFY(SyncService(m).exportForMember(u"R1"_s, toRep, fastOptions()).ok());
    QVERIFY(SyncService(r).exportChanges(toManager, fastOptions()).ok());
    QVERIFY(SyncService(m).importPackage(toManager, fastOptions()).ok());
    QVERIFY(SyncService(r).importPackage(toRep, fastOptions()).ok());
    QCOMPARE(scalar(m, u"SELECT deleted || grade FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"0B"_s);
    QCOMPARE(scalar(r, u"SELECT deleted || grade FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"0B"_s);
    const QMap<QString, QByteArray> repRows = dump(r);
    const QSet<QString> keys(repRows.keyBegin(), repRows.keyEnd());
    QCOMPARE(dump(m, keys), repRows);
}

void tst_Sync::duplicatesAreOfferedForMerge()
{
    Team team;
    QVERIFY(makeTeam(team, true));
    // R1 and R2 both record the same new company offline.
    const QString a = addCustomer(team.r1->db(), u"杭州西湖科技有限公司"_s, u"R1"_s);
    const QString b = addCustomer(team.r2->db(), u"杭州西湖科技有限公司"_s, u"R2"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const SyncImportResult first = upload(team.r1->db(), team.manager.db());
    QVERIFY(first.ok());
    QCOMPARE(first.matches, 0);
    const SyncImportResult second = upload(team.r2->db(), team.manager.db());
    QVERIFY(second.ok());
    QCOMPARE(second.matches, 1);
    QCOMPARE(
        scalar(
            team.manager.db(),
            u"SELECT count(*) FROM import_candidate k JOIN customer x ON x.id = k.customer_a JOIN customer y "
            u"ON y.id = k.customer_b WHERE k.status = 'open' AND k.reason LIKE 'sync:%' AND "
            u"x.uuid IN ('%1', '%2') AND y.uuid IN ('%1', '%2')"_s.arg(a, b)),
        u"1"_s);
}

void tst_Sync::takenCodesAreRenamedAndTravel()
{
    Team team;
    QVERIFY(makeTeam(team));
    Database &m = team.manager.db();
    Database &r = team.r1->db();
    const QString taken = scalar(
        m,
        u"SELECT code FROM customer WHERE owner_id <> (SELECT id FROM member WHERE code = 'R1') LIMIT 1"_s);
    QVERIFY(!taken.isEmpty());
    const QString mine = addCustomer(r, u"新公司"_s, u"R1"_s);
    QVERIFY(setField(r, u"customer"_s, mine, u"code"_s, taken));
    const SyncImportResult up = upload(r, m);
    QVERIFY(up.ok());
    QCOMPARE(up.inserted, 1);
    QCOMPARE(up.notes.size(), 1);
    const QString renamed = taken + u'~' + mine.left(8);
    QCOMPARE(scalar(m, u"SELECT code FROM customer WHERE uuid = '%1'"_s.arg(mine)), renamed);
    QVERIFY(roundTrip(m, u"R1"_s, r));
    QCOMPARE(scalar(r, u"SELECT code FROM customer WHERE uuid = '%1'"_s.arg(mine)), renamed);
}

void tst_Sync::orderOfPackagesDoesNotMatter()
{
    Team team;
    QVERIFY(makeTeam(team, true));
    Database &m = team.manager.db();
    const QString c1 = customerUuid(m, u"北京华联商厦"_s), c2 = customerUuid(m, u"上海宝钢贸易"_s);
    // Two cumulative packages from R1 (the second repeats the first), one from R2, and the
    // manager's own concurrent edits to both customers.
    QVERIFY(setField(team.r1->db(), u"customer"_s, c1, u"notes"_s, u"r1 first"_s));
    const QString p1 = nextFile();
    QVERIFY(SyncService(team.r1->db()).exportChanges(p1, fastOptions()).ok());
    QVERIFY(setField(team.r1->db(), u"customer"_s, c1, u"notes"_s, u"r1 second"_s));
    QVERIFY(setField(team.r1->db(), u"customer"_s, c1, u"deleted"_s, 1));
    QVERIFY(addActivity(team.r1->db(), c1, u"R1"_s, u"r1 visit"_s));
    const QString p2 = nextFile();
    QVERIFY(SyncService(team.r1->db()).exportChanges(p2, fastOptions()).ok());
    QVERIFY(setField(team.r2->db(), u"customer"_s, c2, u"grade"_s, u"D"_s));
    QVERIFY(addActivity(team.r2->db(), c2, u"R2"_s, u"r2 call"_s));
    const QString p3 = nextFile();
    QVERIFY(SyncService(team.r2->db()).exportChanges(p3, fastOptions()).ok());
    QVERIFY(setField(m, u"customer"_s, c2, u"grade"_s, u"A"_s));
    QVERIFY(setField(m, u"customer"_s, c1, u"city"_s, u"上海"_s));

    // The same manager database, copied once per order.
    const QString path = team.manager.path();
    m.close();
    const QList<QStringList> orders{{p1, p2, p3}, {p3, p2, p1}, {p2, p3, p1}, {p2, p1, p3}};
    QList<QMap<QString, QByteArray>> results;
    for (int i = 0; i < orders.size(); ++i) {
        const QString copy = m_dir.filePath(u"order%1-%2.db"_s.arg(m_files).arg(i));
        QVERIFY(QFile::copy(path, copy));
        Database db;
        QVERIFY(!db.open(copy, TempDatabase::passphrase()));
        for (const QString &p : orders.at(i))
            QVERIFY(SyncService(db).importPackage(p, fastOptions()).ok());
        results << dump(db);
        // The manager's change of the city came after R1's delete: the customer stays.
        QCOMPARE(scalar(db, u"SELECT deleted || notes || city FROM customer WHERE uuid = '%1'"_s.arg(c1)),
                 u"0r1 second上海"_s);
    }
    for (int i = 1; i < results.size(); ++i)
        QVERIFY2(results.at(i) == results.at(0), qPrintable(u"order %1 differs"_s.arg(i)));
    QVERIFY(!m.open(path, TempDatabase::passphrase()));
}

void tst_Sync::threeReplicasConverge_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

// Random edits on the manager and two reps, random syncs in both directions, old packages
// delivered again out of order; after a final exchange every replica holds the same rows,
// field by field and clock by clock. Seeded: a failure is reproducible.
void tst_Sync::threeReplicasConverge()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    Team team;
    QVERIFY(makeTeam(team, true));
    Database *m = &team.manager.db();
    Database *reps[2] = {&team.r1->db(), &team.r2->db()};
    const QString codes[2] = {u"R1"_s, u"R2"_s};
    QStringList old; // packages already delivered once
    const QStringList fields{u"notes"_s, u"city"_s, u"grade"_s, u"status"_s, u"deleted"_s};
    const QStringList values[5] = {{u"甲"_s, u"乙"_s, u"丙"_s},
                                   {u"北京"_s, u"上海"_s, u"广州"_s},
                                   {u"A"_s, u"B"_s, u"C"_s},
                                   {u"lead"_s, u"active"_s, u"lost"_s},
                                   {u"0"_s, u"1"_s}};
    const auto customersOf = [&](Database &db, const QString &owner) {
        QStringList uuids;
        QSqlQuery q(db.connection());
        q.exec(
            u"SELECT uuid FROM customer WHERE owner_id = (SELECT id FROM member WHERE code = '%1') ORDER BY uuid"_s
                .arg(owner));
        while (q.next())
            uuids << q.value(0).toString();
        return uuids;
    };
    const auto randomEdit = [&](Database &db, const QString &owner) {
        const QStringList uuids = customersOf(db, owner);
        const int what = rng.bounded(10);
        if (what == 0 || uuids.isEmpty()) {
            addCustomer(db, u"客户%1"_s.arg(rng.bounded(100000)), owner);
        } else if (what == 1) {
            addActivity(db, uuids.at(rng.bounded(int(uuids.size()))), owner,
                        u"visit %1"_s.arg(rng.bounded(1000)));
        } else {
            const int f = rng.bounded(int(fields.size()));
            const QString value = values[f].at(rng.bounded(int(values[f].size())));
            setField(db, u"customer"_s, uuids.at(rng.bounded(int(uuids.size()))), fields.at(f),
                     f == 4 ? QVariant(value.toInt()) : QVariant(value));
        }
    };
    const auto deliver = [&](Database &to, const QString &file) {
        const SyncImportResult r = SyncService(to).importPackage(file, fastOptions());
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        old << file;
    };
    for (int step = 0; step < 36; ++step) {
        const int action = rng.bounded(8);
        const int rep = rng.bounded(2);
        if (action < 4) {
            // An edit somewhere: the manager edits anyone's customers, a rep their own.
            if (rng.bounded(3) == 0)
                randomEdit(*m, codes[rng.bounded(2)]);
            else
                randomEdit(*reps[rep], codes[rep]);
        } else if (action == 4) {
            const QString f = nextFile();
            QVERIFY(SyncService(*reps[rep]).exportChanges(f, fastOptions()).ok());
            deliver(*m, f);
        } else if (action == 5) {
            const QString f = nextFile();
            QVERIFY(SyncService(*m).exportForMember(codes[rep], f, fastOptions()).ok());
            deliver(*reps[rep], f);
        } else if (action == 6 && !old.isEmpty()) {
            // An old package again, wherever it fits.
            const QString f = old.at(rng.bounded(int(old.size())));
            SyncPackageReader reader;
            QVERIFY(!reader.open(f, fastOptions().passphrase));
            const bool toManager = reader.manifest().kind == SyncManifest::Changes;
            const int target = reader.manifest().memberCode == u"R1"_s ? 0 : 1;
            Database &to = toManager ? *m : *reps[target];
            const SyncImportResult r = SyncService(to).importPackage(f, fastOptions());
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
        } else {
            QThread::msleep(1);
        }
    }
    // Final exchange: everyone's changes to the manager, the manager's to everyone, twice.
    for (int round = 0; round < 2; ++round) {
        for (int rep = 0; rep < 2; ++rep) {
            const QString f = nextFile();
            QVERIFY(SyncService(*reps[rep]).exportChanges(f, fastOptions()).ok());
            deliver(*m, f);
        }
        for (int rep = 0; rep < 2; ++rep) {
            const QString f = nextFile();
            QVERIFY(SyncService(*m).exportForMember(codes[rep], f, fastOptions()).ok());
            deliver(*reps[rep], f);
        }
    }
    for (int rep = 0; rep < 2; ++rep) {
        const QMap<QString, QByteArray> repRows = dump(*reps[rep]);
        const QSet<QString> keys(repRows.keyBegin(), repRows.keyEnd());
        const QMap<QString, QByteArray> managerRows = dump(*m, keys);
        QCOMPARE(managerRows.size(), repRows.size());
        for (auto it = repRows.cbegin(); it != repRows.cend(); ++it)
            QVERIFY2(managerRows.value(it.key()) == it.value(),
                     qPrintable(codes[rep] + u": "_s + it.key() + u": "_s +
                                difference(managerRows.value(it.key()), it.value())));
        // And the rep has every customer of theirs the manager has.
        QCOMPARE(customersOf(*reps[rep], codes[rep]), customersOf(*m, codes[rep]));
        QVERIFY(reps[rep]->checkIntegrity().isEmpty());
        // Nothing is left to send.
        const SyncExportResult e = SyncService(*reps[rep]).exportChanges(nextFile(), fastOptions());
        QVERIFY(e.ok());
        QCOMPARE(e.manifest.records, 0);
    }
    QVERIFY(m->checkIntegrity().isEmpty());
}

void tst_Sync::headerParserSurvivesGarbage()
{
    TempDatabase manager;
    CrmFixture fixture;
    QCOMPARE(fixture.build(manager.db()), QString());
    const QString file = nextFile();
    QVERIFY(SyncService(manager.db()).exportForMember(u"R1"_s, file, fastOptions()).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    SyncPackageHeader header;
    QVERIFY(!SyncPackageReader::parseHeader(good, &header));
    QCOMPARE(header.iterations, 1000u);
    QCOMPARE(header.bodyLength, quint64(good.size() - SyncPackageHeader::Size));
    QRandomGenerator rng(42);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = good.left(rng.bounded(SyncPackageHeader::Size + 64));
        for (int k = rng.bounded(4); k >= 0; --k) {
            if (!bytes.isEmpty())
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        }
        SyncPackageHeader h;
        const SyncPackageError e = SyncPackageReader::parseHeader(bytes, &h);
        QVERIFY(e.isError()); // never a full package
    }
    // Whole packages with a random byte changed never open (and never crash).
    for (int i = 0; i < 20; ++i) {
        QByteArray bytes = good;
        const int at = rng.bounded(int(bytes.size()));
        bytes[at] = char(bytes.at(at) ^ (1 + rng.bounded(255)));
        SyncPackageReader reader;
        QVERIFY(reader.openBytes(bytes, fastOptions().passphrase).isError());
    }
    QHash<QString, QString> values{{u"format"_s, u"1"_s}, {u"kind"_s, u"scope"_s}};
    SyncManifest m;
    QVERIFY(!SyncPackageReader::parseManifest(values, &m));
}

void tst_Sync::auditHookHearsEveryImport()
{
    QList<SyncEvent> events;
    setSyncAuditHook([&](Database *, const SyncEvent &e) { events << e; });
    Team team;
    QVERIFY(makeTeam(team));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, SyncEvent::Exported);
    QCOMPARE(events.at(0).memberCode, u"R1"_s);
    QCOMPARE(events.at(1).kind, SyncEvent::Imported);
    QVERIFY(events.at(1).inserted > 0);
    SyncOptions wrong = fastOptions();
    wrong.passphrase = SecureBytes(QByteArray("nope"));
    const QString file = nextFile();
    QVERIFY(SyncService(team.manager.db()).exportForMember(u"R1"_s, file, fastOptions()).ok());
    QVERIFY(!SyncService(team.r1->db()).importPackage(file, wrong).ok());
    QCOMPARE(events.last().kind, SyncEvent::ImportRefused);
    QCOMPARE(events.last().errorCode, u"wrong_key"_s);
    setSyncAuditHook({});
}

void tst_Sync::malformedRecordDataIsRefused()
{
    SyncRecord written;
    written.table = u"customer"_s;
    written.clock = {42, u"dev-a"_s};
    written.fields.insert(u"name"_s, u"北京华联商厦"_s);
    written.fields.insert(u"amount_fen"_s, 123450);
    written.clocks.insert(u"name"_s, {41, u"dev-b"_s});
    const QByteArray good = SyncPackageWriter::encodeRecordData(written);
    SyncRecord read;
    QVERIFY(SyncPackageReader::decodeRecordData(good, &read));
    QCOMPARE(read.fields, written.fields);
    QCOMPARE(read.clocks.value(u"name"_s).hlc, 41u);
    QCOMPARE(read.clocks.value(u"name"_s).device, u"dev-b"_s);

    // Found by fuzz_syncpackage: Qt returns a half-decoded map on a parse error, and looking a key
    // up in it read past its end (a crash that depended on what the heap held).
    const QList<QByteArray> bad = {
        QByteArray::fromBase64("omFmY5uRnm1ldOWMl+S6rOWNjuiBlOWVhuWOpiAxamFtb3VudF9mZW4aEgDWCgAAAAAAAABF"
                               "ZW93bmVyeCQwMDAwMDAwMC0wMDAwAC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxZG5vdGX2YWOhZG5h"
                               "bWWCG3J4JDAwMDAwMDAxLTAwMDAtNDAwMPZhpaFkbmFtZWf//2ljZS1i"),
        QByteArray::fromHex("a2fbffffffffffffffffffffffffffff9be5"),
        good.left(good.size() - 1),            // cut short
        QByteArray::fromHex("83010203"),       // an array, not a map
        QByteArray::fromHex("a26166a0616301"), // "c" is a number
        QByteArray::fromHex("a2616601616301"), // "f" is a number
        QByteArray::fromHex("a36166a0"),       // a map of three pairs holding one
        QByteArray(),
    };
    for (const QByteArray &bytes : bad) {
        SyncRecord r;
        r.fields.insert(u"stale"_s, 1);
        QVERIFY2(!SyncPackageReader::decodeRecordData(bytes, &r), bytes.toHex().constData());
        QVERIFY(r.fields.isEmpty());
        QVERIFY(r.clocks.isEmpty());
    }
    // Well-formed but with a clock keyed by a number: refused too.
    QCborMap clocks;
    clocks.insert(7, QCborArray{1, u"d"_s});
    SyncRecord r;
    QVERIFY(!SyncPackageReader::decodeRecordData(
        QCborMap{{u"f"_s, QCborMap()}, {u"c"_s, clocks}}.toCborValue().toCbor(), &r));
    QVERIFY(r.clocks.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
