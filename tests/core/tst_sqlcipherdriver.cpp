// The SQLCipher driver through the plain Qt Sql API: what QSqlQuery, QSqlQueryModel and
// QSqlTableModel rely on.
#include "storage/SqlCipherDriver.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::SqlCipherDriver;
using frontline::test::TempDatabase;

class tst_SqlCipherDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void namedAndPositionalBindings();
    void repeatedNamedPlaceholder();
    void lastInsertIdAndRowsAffected();
    void transactions();
    void randomAccess();
    void forwardOnlyStreams();
    void queryModelPagesLazily();
    void tableModelEdits();
    void registeredByName();
    void errors_data();
    void errors();
    void recordAndPrimaryIndex();
    void fileHasNoPlaintext();
    void cipherVersionAnswers();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void tst_SqlCipherDriver::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error().message()));
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, x)"_s),
             qPrintable(q.lastError().text()));
}

void tst_SqlCipherDriver::roundTrip_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("in");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<int>("expectedType");

    QTest::newRow("null integer") << u"i"_s << QVariant(QMetaType(QMetaType::Int)) << QVariant() << 0;
    QTest::newRow("null string") << u"s"_s << QVariant(QString()) << QVariant() << 0;
    QTest::newRow("zero") << u"i"_s << QVariant(0) << QVariant(qlonglong(0)) << int(QMetaType::LongLong);
    QTest::newRow("int") << u"i"_s << QVariant(-42) << QVariant(qlonglong(-42)) << int(QMetaType::LongLong);
    QTest::newRow("beyond 32 bits") << u"i"_s << QVariant(qlonglong(1) << 40) << QVariant(qlonglong(1) << 40)
                                    << int(QMetaType::LongLong);
    QTest::newRow("int64 max") << u"i"_s << QVariant(std::numeric_limits<qlonglong>::max())
                               << QVariant(std::numeric_limits<qlonglong>::max()) << int(QMetaType::LongLong);
    QTest::newRow("int64 min") << u"i"_s << QVariant(std::numeric_limits<qlonglong>::min())
                               << QVariant(std::numeric_limits<qlonglong>::min()) << int(QMetaType::LongLong);
    QTest::newRow("fen of a billion yuan") << u"i"_s << QVariant(qlonglong(100000000000))
                                           << QVariant(qlonglong(100000000000)) << int(QMetaType::LongLong);
    QTest::newRow("bool") << u"i"_s << QVariant(true) << QVariant(qlonglong(1)) << int(QMetaType::LongLong);
    QTest::newRow("double") << u"r"_s << QVariant(3.141592653589793) << QVariant(3.141592653589793)
                            << int(QMetaType::Double);
    QTest::newRow("tiny double") << u"r"_s << QVariant(1e-300) << QVariant(1e-300) << int(QMetaType::Double);
    QTest::newRow("ascii") << u"s"_s << QVariant(u"hello"_s) << QVariant(u"hello"_s)
                           << int(QMetaType::QString);
    QTest::newRow("empty string is not null")
        << u"s"_s << QVariant(u""_s) << QVariant(u""_s) << int(QMetaType::QString);
    QTest::newRow("chinese") << u"s"_s << QVariant(u"北京华联商厦股份有限公司"_s)
                             << QVariant(u"北京华联商厦股份有限公司"_s) << int(QMetaType::QString);
    QTest::newRow("emoji and quotes")
        << u"s"_s << QVariant(u"它's \"好\" 👍"_s) << QVariant(u"它's \"好\" 👍"_s) << int(QMetaType::QString);
    const QByteArray blob("\x00\x01\xff\x00zz", 6);
    QTest::newRow("blob with zeros") << u"b"_s << QVariant(blob) << QVariant(blob)
                                     << int(QMetaType::QByteArray);
    QTest::newRow("date") << u"s"_s << QVariant(QDate(2025, 3, 7)) << QVariant(u"2025-03-07"_s)
                          << int(QMetaType::QString);
    QTest::newRow("timestamp in UTC")
        << u"s"_s << QVariant(QDateTime(QDate(2025, 3, 7), QTime(8, 30), Qt::OffsetFromUTC, 8 * 3600))
        << QVariant(u"2025-03-07T00:30:00.000Z"_s) << int(QMetaType::QString);
    QTest::newRow("untyped column keeps integer")
        << u"x"_s << QVariant(qlonglong(7)) << QVariant(qlonglong(7)) << int(QMetaType::LongLong);
}

void tst_SqlCipherDriver::roundTrip()
{
    QFETCH(QString, column);
    QFETCH(QVariant, in);
    QFETCH(QVariant, expected);
    QFETCH(int, expectedType);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"INSERT INTO t (%1) VALUES (?)"_s.arg(column)));
    q.addBindValue(in);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QVariant id = q.lastInsertId();
    QVERIFY(id.isValid());

    QVERIFY(q.prepare(u"SELECT %1 FROM t WHERE id = :id"_s.arg(column)));
    q.bindValue(u":id"_s, id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const QVariant out = q.value(0);
    if (expectedType == 0) {
        QVERIFY(q.isNull(0));
        QVERIFY(out.isNull());
    } else {
        QVERIFY(!q.isNull(0));
        QCOMPARE(out.typeId(), expectedType);
        QCOMPARE(out, expected);
    }
    QVERIFY(!q.next());
}

void tst_SqlCipherDriver::namedAndPositionalBindings()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (:i, :s)"_s));
    q.bindValue(u":s"_s, u"named"_s);
    q.bindValue(u":i"_s, 1001);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(u"INSERT INTO t (i, s) VALUES (?, ?)"_s));
    q.bindValue(0, 1002);
    q.bindValue(1, u"positional"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // A string literal that looks like a placeholder is left alone.
    QVERIFY(q.exec(u"SELECT s FROM t WHERE i IN (1001, 1002) AND s <> ':notaparam' ORDER BY i"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"named"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(u"s"_s).toString(), u"positional"_s);
}

void tst_SqlCipherDriver::repeatedNamedPlaceholder()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"SELECT :v + :v, :w"_s));
    q.bindValue(u":v"_s, 20);
    q.bindValue(u":w"_s, u"w"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 40);
    QCOMPARE(q.value(1).toString(), u"w"_s);
}

void tst_SqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO t (id, s) VALUES (5000000000, 'big id')"_s));
    QCOMPARE(q.lastInsertId().toLongLong(), 5000000000LL);
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(q.exec(u"INSERT INTO t (s) VALUES ('a'), ('b'), ('c')"_s));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(q.exec(u"UPDATE t SET r = 1.5 WHERE s IN ('a', 'b', 'c')"_s));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(q.exec(u"DELETE FROM t WHERE s IN ('a', 'b')"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    QVERIFY(q.exec(u"DELETE FROM t WHERE 0"_s));
    QCOMPARE(q.numRowsAffected(), 0);
}

void tst_SqlCipherDriver::transactions()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
    QSqlQuery q(db);
    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO t (s) VALUES ('rolled back')"_s));
    QVERIFY(db.rollback());
    QVERIFY(q.exec(u"SELECT count(*) FROM t WHERE s = 'rolled back'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO t (s) VALUES ('committed')"_s));
    QVERIFY(db.commit());
    QVERIFY(q.exec(u"SELECT count(*) FROM t WHERE s = 'committed'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_SqlCipherDriver::randomAccess()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"CREATE TEMP TABLE seq (n INTEGER)"_s));
    QVERIFY(q.exec(u"WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < 99) "
                   u"INSERT INTO seq SELECT n FROM c"_s));
    QVERIFY(q.exec(u"SELECT n FROM seq ORDER BY n"_s));
    QVERIFY(q.isSelect());
    QCOMPARE(q.size(), -1); // SQLite cannot know it in advance
    QVERIFY(q.seek(50));
    QCOMPARE(q.value(0).toInt(), 50);
    QVERIFY(q.previous());
    QCOMPARE(q.value(0).toInt(), 49);
    QVERIFY(q.last());
    QCOMPARE(q.value(0).toInt(), 99);
    QCOMPARE(q.at(), 99);
    QVERIFY(q.first());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.seek(10, true));
    QCOMPARE(q.value(0).toInt(), 10);
    QVERIFY(!q.seek(100));
    QVERIFY(!q.isValid());
    QVERIFY(q.exec(u"DROP TABLE seq"_s));
}

void tst_SqlCipherDriver::forwardOnlyStreams()
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 10000) "
                   u"SELECT sum(n) FROM c"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 50005000LL);
    QVERIFY(q.exec(
        u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n FROM c"_s));
    int count = 0;
    while (q.next())
        ++count;
    QCOMPARE(count, 5);
    QVERIFY(!q.seek(0)); // the rows are gone: forward-only keeps one at a time
}

void tst_SqlCipherDriver::queryModelPagesLazily()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"CREATE TABLE many (id INTEGER PRIMARY KEY, name TEXT)"_s));
    QVERIFY(m_db->connection().transaction());
    QVERIFY(q.prepare(u"INSERT INTO many (name) VALUES (?)"_s));
    for (int i = 0; i < 1000; ++i) {
        q.addBindValue(u"客户 %1"_s.arg(i));
        QVERIFY(q.exec());
    }
    QVERIFY(m_db->connection().commit());

    QSqlQueryModel model;
    model.setQuery(u"SELECT id, name FROM many ORDER BY id"_s, m_db->connection());
    // Attached after setQuery(): Qt 6.4's QSqlQueryModel fetches its first page inside its own
    // model reset, whatever the driver, which the tester reports.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    QVERIFY(model.rowCount() < 1000); // first page only
    QVERIFY(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(999, 1)).toString(), u"客户 999"_s);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"客户 0"_s);
}

void tst_SqlCipherDriver::tableModelEdits()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, fen INTEGER)"_s));
    QSqlTableModel model(nullptr, m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(u"people"_s);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 0);

    QSqlRecord rec = model.record();
    rec.setGenerated(u"id"_s, false);
    rec.setValue(u"name"_s, u"张伟"_s);
    rec.setValue(u"fen"_s, qlonglong(123456789012));
    QVERIFY(model.insertRecord(-1, rec));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"张伟"_s);

    QVERIFY(model.setData(model.index(0, 1), u"李娜"_s));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QVERIFY(q.exec(u"SELECT name, fen FROM people"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"李娜"_s);
    QCOMPARE(q.value(1).toLongLong(), 123456789012LL);

    QVERIFY(model.removeRow(0));
    QVERIFY(model.submitAll());
    QVERIFY(q.exec(u"SELECT count(*) FROM people"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_SqlCipherDriver::registeredByName()
{
    SqlCipherDriver::registerDriver();
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"generic.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"generic"_s);
        db.setDatabaseName(path);
        db.setPassword(u"p'a\"ss; --"_s); // quotes cannot break keying: the key is bytes
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE x (v TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO x VALUES ('秘密')"_s));
        db.close();
        db.setPassword(u"wrong"_s);
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
        db.setPassword(u"p'a\"ss; --"_s);
        QVERIFY(db.open());
        q = QSqlQuery(db); // queries do not outlive the connection they were made on
        QVERIFY(q.exec(u"SELECT v FROM x"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"秘密"_s);
    }
    QSqlDatabase::removeDatabase(u"generic"_s);
}

void tst_SqlCipherDriver::errors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("primaryCode");
    QTest::newRow("syntax") << u"SELEKT 1"_s << 1;
    QTest::newRow("missing table") << u"SELECT * FROM nowhere"_s << 1;
    QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << 21;
    QTest::newRow("constraint") << u"INSERT INTO t (id) VALUES (5000000000)"_s << 19;
}

void tst_SqlCipherDriver::errors()
{
    QFETCH(QString, sql);
    QFETCH(int, primaryCode);
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(sql));
    QVERIFY(q.lastError().isValid());
    QVERIFY(!q.lastError().text().isEmpty());
    QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, primaryCode);

    QVERIFY(q.prepare(u"SELECT ?, ?"_s));
    q.addBindValue(1);
    QVERIFY(!q.exec()); // one value for two parameters
}

void tst_SqlCipherDriver::recordAndPrimaryIndex()
{
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.tables().contains(u"t"_s));
    const QSqlRecord rec = db.record(u"t"_s);
    QCOMPARE(rec.count(), 6);
    QCOMPARE(rec.field(u"i"_s).metaType().id(), int(QMetaType::LongLong));
    QCOMPARE(rec.field(u"s"_s).metaType().id(), int(QMetaType::QString));
    QCOMPARE(rec.field(u"b"_s).metaType().id(), int(QMetaType::QByteArray));
    QVERIFY(rec.field(u"id"_s).isAutoValue());
    const QSqlIndex pk = db.primaryIndex(u"t"_s);
    QCOMPARE(pk.count(), 1);
    QCOMPARE(pk.fieldName(0), u"id"_s);
}

void tst_SqlCipherDriver::fileHasNoPlaintext()
{
    QSqlQuery q(m_db->connection());
    const QString marker = u"独一无二的明文标记 PLAINTEXT-MARKER-7f3a"_s;
    QVERIFY(q.prepare(u"INSERT INTO t (s) VALUES (?)"_s));
    q.addBindValue(marker);
    QVERIFY(q.exec());
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_db->path() + suffix);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(marker.toUtf8()));
        QVERIFY(!bytes.contains("PLAINTEXT-MARKER"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }
}

void tst_SqlCipherDriver::cipherVersionAnswers()
{
    QVERIFY(!SqlCipherDriver::cipherVersion().isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA cipher_version"_s) && q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
