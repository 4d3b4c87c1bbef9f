// Schema migrations: every earlier version upgrades to the same schema a new file gets, in one
// transaction, and a failing step changes nothing.
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::TempDatabase;

namespace {
// The schema as SQLite stores it, to compare an upgraded file with a new one.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery q(db);
    q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (q.next())
        schema << q.value(0).toString() + u' ' + q.value(1).toString() + u": "_s + q.value(2).toString();
    return schema;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInAreSequential();
    void upgradesFromEveryVersion_data();
    void upgradesFromEveryVersion();
    void failingStepChangesNothing();
    void newerIsRefused();
};

void tst_Migrations::builtInAreSequential()
{
    const QList<Migration> &all = Migrations::builtIn();
    QVERIFY(!all.isEmpty());
    QCOMPARE(Migrations::latestVersion(), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).version, i + 1);
        QVERIFY(!all.at(i).name.isEmpty());
        QVERIFY(!all.at(i).sql.trimmed().isEmpty());
    }
}

void tst_Migrations::upgradesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void tst_Migrations::upgradesFromEveryVersion()
{
    QFETCH(int, from);
    TempDatabase reference;
    QVERIFY(reference.isValid());
    const QStringList expected = schemaOf(reference.connection());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        // A file as an older Frontline left it: migrated only up to `from`.
        auto *driver = new SqlCipherDriver;
        QVERIFY(driver->openEncrypted(path, TempDatabase::passphrase(), SqlCipherDriver::Create));
        QVERIFY(driver->execute(u"PRAGMA journal_mode = WAL"_s));
        const DatabaseError error = Migrations::migrate(driver, from);
        QVERIFY2(!error, qPrintable(error.message() + error.detail()));
        QCOMPARE(Migrations::currentVersion(driver), from);
        if (from >= 1)
            QVERIFY(driver->execute(u"INSERT INTO meta VALUES ('canary', 'from an old version')"_s));
        delete driver;
    }
    Database db;
    const DatabaseError error = db.open(path, TempDatabase::passphrase());
    QVERIFY2(!error, qPrintable(error.message() + error.detail()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(schemaOf(db.connection()), expected);
    if (from >= 1)
        QCOMPARE(db.metaValue(u"canary"_s), u"from an old version"_s);
    QVERIFY(db.checkIntegrity().isEmpty());
}

void tst_Migrations::failingStepChangesNothing()
{
    QTemporaryDir dir;
    SqlCipherDriver driver;
    QVERIFY(
        driver.openEncrypted(dir.filePath(u"x.db"_s), TempDatabase::passphrase(), SqlCipherDriver::Create));
    const QList<Migration> steps = {
        {1, u"good"_s, u"CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);"_s},
        {2, u"bad"_s, u"CREATE TABLE c (z);\nINSERT INTO nowhere VALUES (1);"_s},
    };
    const DatabaseError error = Migrations::migrate(&driver, steps, 2);
    QCOMPARE(error.kind(), DatabaseError::MigrationFailed);
    QVERIFY(error.message().contains(u"0002_bad"_s));
    QCOMPARE(Migrations::currentVersion(&driver), 0);
    QVERIFY(driver.tables(QSql::Tables).isEmpty());
    // The good part alone applies.
    QVERIFY(!Migrations::migrate(&driver, steps, 1));
    QCOMPARE(Migrations::currentVersion(&driver), 1);
    QCOMPARE(driver.tables(QSql::Tables), QStringList({u"a"_s, u"b"_s}));
}

void tst_Migrations::newerIsRefused()
{
    QTemporaryDir dir;
    SqlCipherDriver driver;
    QVERIFY(
        driver.openEncrypted(dir.filePath(u"x.db"_s), TempDatabase::passphrase(), SqlCipherDriver::Create));
    QVERIFY(driver.execute(u"PRAGMA user_version = 7"_s));
    const DatabaseError error = Migrations::migrate(&driver, {{1, u"a"_s, u"CREATE TABLE a (x);"_s}}, 1);
    QCOMPARE(error.kind(), DatabaseError::NewerSchema);
    QCOMPARE(Migrations::currentVersion(&driver), 7);
    QVERIFY(driver.tables(QSql::Tables).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
