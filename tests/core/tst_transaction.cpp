// The RAII transaction guard: commits, rolls back when dropped, nests as savepoints.
#include "storage/Transaction.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::TempDatabase;

class tst_Transaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void commitKeeps();
    void dropRollsBack();
    void nestedRollbackKeepsOuter();
    void outerRollbackDropsNested();

private:
    int count();
    bool insert(const QString &value);
    std::unique_ptr<TempDatabase> m_t;
};

void tst_Transaction::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    QVERIFY(QSqlQuery(m_t->connection()).exec(u"CREATE TABLE v (x TEXT)"_s));
}

void tst_Transaction::cleanup()
{
    m_t.reset();
}

int tst_Transaction::count()
{
    QSqlQuery q(m_t->connection());
    return q.exec(u"SELECT count(*) FROM v"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool tst_Transaction::insert(const QString &value)
{
    QSqlQuery q(m_t->connection());
    q.prepare(u"INSERT INTO v VALUES (?)"_s);
    q.addBindValue(value);
    return q.exec();
}

void tst_Transaction::commitKeeps()
{
    Transaction tx(m_t->connection());
    QVERIFY(tx.isActive());
    QVERIFY(!tx.isNested());
    QVERIFY(insert(u"a"_s));
    QVERIFY(tx.commit());
    QVERIFY(!tx.isActive());
    QCOMPARE(count(), 1);
}

void tst_Transaction::dropRollsBack()
{
    {
        Transaction tx(m_t->connection());
        QVERIFY(insert(u"a"_s));
        QVERIFY(insert(u"b"_s));
    }
    QCOMPARE(count(), 0);
}

void tst_Transaction::nestedRollbackKeepsOuter()
{
    Transaction outer(m_t->connection());
    QVERIFY(insert(u"outer"_s));
    {
        Transaction inner(m_t->connection());
        QVERIFY(inner.isActive());
        QVERIFY(inner.isNested());
        QVERIFY(insert(u"inner"_s));
        inner.rollback();
    }
    {
        Transaction inner(m_t->connection());
        QVERIFY(insert(u"inner kept"_s));
        QVERIFY(inner.commit());
    }
    QVERIFY(outer.commit());
    QCOMPARE(count(), 2);
}

void tst_Transaction::outerRollbackDropsNested()
{
    {
        Transaction outer(m_t->connection());
        Transaction inner(m_t->connection());
        QVERIFY(insert(u"x"_s));
        QVERIFY(inner.commit());
        outer.rollback();
    }
    QCOMPARE(count(), 0);
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
