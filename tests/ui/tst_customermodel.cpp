// CustomerTableModel: a correct Qt model (QAbstractItemModelTester) on CrmFixture's customers
// and on a few thousand generated ones; rows in pinyin order, read page by page only where the
// view looks; the same search, filters and scope as the repository.
#include "CrmUiTest.h"
#include "domain/Vocabulary.h"
#include "models/CustomerTableModel.h"
#include "repositories/CustomerRepository.h"
#include "services/DemoGenerator.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestCustomerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fixturePassesTheModelTester();
    void showsWhatTheRepositoryHolds();
    void searchAndFiltersNarrowTheRows_data();
    void searchAndFiltersNarrowTheRows();
    void scopeOfARepShowsOnlyTheirs();
    void deletedFilterListsTombstones();
    void thousandsPassTheModelTester();
    void thousandsAreReadPageByPage();

private:
    QTemporaryDir m_settingsDir;
    test::CrmDatabase m_crm;
    std::unique_ptr<Database> m_db;
    // A few thousand customers from the demo generator, built once for the suite.
    std::unique_ptr<test::TempDatabase> m_large;
};

void TestCustomerModel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
    const QString problem = m_crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_db = m_crm.open();
    QVERIFY(m_db);

    m_large = std::make_unique<test::TempDatabase>();
    QVERIFY(m_large->isValid());
    DemoGenerator::Options options;
    options.reps = 8;
    options.customers = 3000;
    options.orderLines = 0;
    options.months = 2;
    const DemoGenerator::Result result = DemoGenerator(options).generate(m_large->db());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.customers, 3000);
}

void TestCustomerModel::cleanupTestCase()
{
    m_db.reset();
    m_large.reset();
}

void TestCustomerModel::fixturePassesTheModelTester()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), AccessScope::administrator());
    QCOMPARE(model.rowCount(), 3);
    CustomerFilter filter;
    filter.search = u"华联"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    model.setFilter({});
    model.refresh();
    model.retranslate();
    model.setSource(nullptr, AccessScope::administrator());
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerModel::showsWhatTheRepositoryHolds()
{
    CustomerTableModel model;
    model.setSource(m_db.get(), AccessScope::administrator());
    CustomerRepository repository(*m_db, AccessScope::administrator());
    const QList<Customer> customers = repository.list({});
    QCOMPARE(model.rowCount(), customers.size());
    for (int row = 0; row < customers.size(); ++row) {
        const Customer &c = customers.at(row);
        QCOMPARE(model.idAt(row), c.id);
        QCOMPARE(model.index(row, CustomerTableModel::Name).data().toString(), c.name);
        QCOMPARE(model.index(row, CustomerTableModel::Code).data().toString(), c.code);
        QCOMPARE(model.index(row, CustomerTableModel::Owner).data().toString(), c.ownerName);
        QCOMPARE(model.index(row, CustomerTableModel::Status).data().toString(),
                 Vocabulary::label(Vocabulary::CustomerStatus, c.status));
        QCOMPARE(model.index(row, CustomerTableModel::Name).data(CustomerTableModel::IdRole).toLongLong(),
                 c.id);
        QCOMPARE(model.rowOf(c.id), row);
    }
    const int c1 = model.rowOf(m_crm.fixture.customers.value(u"c1"_s));
    QCOMPARE(model.index(c1, CustomerTableModel::Phone).data().toString(), u"138 0013 8000"_s);
    QCOMPARE(model.index(c1, CustomerTableModel::Email).data().toString(), u"BJ@HuaLian.cn"_s);
    QCOMPARE(model.headerData(CustomerTableModel::Name, Qt::Horizontal).toString(), u"Name"_s);
    // Out of range asks get nothing, not a crash.
    QVERIFY(!model.index(99, 0).isValid());
    QCOMPARE(model.rowOf(987654), -1);
}

void TestCustomerModel::searchAndFiltersNarrowTheRows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("initials") << u"bjhl"_s << QString() << QStringList{u"北京华联商厦"_s};
    QTest::newRow("chinese") << u"华联"_s << QString() << QStringList{u"北京华联商厦"_s};
    QTest::newRow("full pinyin") << u"guangzhou"_s << QString() << QStringList{u"广州白云制药"_s};
    QTest::newRow("phone digits") << u"50123456"_s << QString() << QStringList{u"上海宝钢贸易"_s};
    QTest::newRow("status") << QString() << u"active"_s
                            << QStringList{u"北京华联商厦"_s, u"广州白云制药"_s, u"上海宝钢贸易"_s};
    QTest::newRow("status none") << QString() << u"lost"_s << QStringList{};
    QTest::newRow("no match") << u"zzzz"_s << QString() << QStringList{};
}

void TestCustomerModel::searchAndFiltersNarrowTheRows()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(QStringList, names);
    CustomerTableModel model;
    model.setSource(m_db.get(), AccessScope::administrator());
    QSignalSpy counted(&model, &CustomerTableModel::countChanged);
    CustomerFilter filter;
    filter.search = search;
    filter.status = status;
    model.setFilter(filter);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.first().first().toLongLong(), names.size());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, CustomerTableModel::Name).data().toString();
    QCOMPARE(shown, names); // pinyin order: Beijing, Guangzhou, Shanghai
}

void TestCustomerModel::scopeOfARepShowsOnlyTheirs()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), m_crm.fixture.scopeOf(*m_db, u"R1"_s));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CustomerTableModel::Name).data().toString(), u"北京华联商厦"_s);
    // Another rep's customer is not found even by searching for it.
    CustomerFilter filter;
    filter.search = u"宝钢"_s;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    // The manager of team A sees R1's and R2's.
    model.setFilter({});
    model.setSource(m_db.get(), m_crm.fixture.scopeOf(*m_db, u"M1"_s));
    QCOMPARE(model.rowCount(), 2);
}

void TestCustomerModel::deletedFilterListsTombstones()
{
    CustomerRepository repository(*m_db, AccessScope::administrator());
    const qint64 c2 = m_crm.fixture.customers.value(u"c2"_s);
    QVERIFY(repository.remove(c2));
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_db.get(), AccessScope::administrator());
    QCOMPARE(model.rowCount(), 2);
    CustomerFilter deleted;
    deleted.deleted = true;
    model.setFilter(deleted);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), c2);
    QVERIFY(repository.restore(c2));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerModel::thousandsPassTheModelTester()
{
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&m_large->db(), AccessScope::administrator());
    QCOMPARE(model.rowCount(), 3000);
    CustomerFilter filter;
    filter.search = model.index(1500, CustomerTableModel::Name).data().toString();
    model.setFilter(filter);
    QVERIFY2(model.rowCount() > 0 && model.rowCount() < 3000, qPrintable(QString::number(model.rowCount())));
    model.setFilter({});
    CustomerFilter byStatus;
    byStatus.status = model.customerAt(2999)->status;
    model.setFilter(byStatus);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.customerAt(row)->status, byStatus.status);
    model.refresh();
}

void TestCustomerModel::thousandsAreReadPageByPage()
{
    CustomerTableModel model;
    model.setSource(&m_large->db(), AccessScope::administrator());
    QCOMPARE(model.pagesRead(), 0); // counting reads no rows
    QCOMPARE(model.rowCount(), 3000);

    // The last row costs one page, not the 29 before it.
    const QList<qint64> ids = CustomerRepository(m_large->db(), AccessScope::administrator()).ids({});
    QCOMPARE(ids.size(), 3000);
    QCOMPARE(model.idAt(2999), ids.at(2999));
    QCOMPARE(model.pagesRead(), 1);
    QCOMPARE(model.idAt(2950), ids.at(2950));
    QCOMPARE(model.pagesRead(), 1); // the same page, from the cache
    QCOMPARE(model.idAt(1234), ids.at(1234));
    QCOMPARE(model.idAt(0), ids.at(0));
    QCOMPARE(model.pagesRead(), 3);

    // Every row, in the repository's (pinyin) order; the cache stays bounded meanwhile.
    for (int row = 0; row < 3000; row += 7)
        QCOMPARE(model.idAt(row), ids.at(row));
    QCOMPARE(model.rowOf(ids.at(2222)), 2222);
    const int pages = model.pagesRead();
    QVERIFY(pages >= 30 && pages <= 30 + CustomerTableModel::MaxCachedPages);
}

QTEST_MAIN(TestCustomerModel)
#include "tst_customermodel.moc"
