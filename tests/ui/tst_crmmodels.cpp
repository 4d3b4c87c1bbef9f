// The CRM pages' item models are correct Qt models (QAbstractItemModelTester watches every
// change) on CrmFixture's company: filled, filtered by scope, refilled and edited.
#include "CrmUiTest.h"
#include "models/ActivityTableModel.h"
#include "models/OpportunityTableModel.h"
#include "models/OrderLinesModel.h"
#include "models/OrderTableModel.h"
#include "models/StageCardsModel.h"
#include "models/TaskTableModel.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

class TestCrmModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void activities();
    void orders();
    void tasks();
    void opportunitiesAndStageCards();
    void orderLinesEditing();
    void pagesAsTheViewScrolls(); // last: it adds 450 visits

private:
    AccessScope scopeOf(const QString &code)
    {
        return AccessScope::forMember(m_db->connection(), m_crm.fixture.members.value(code)).value();
    }

    test::CrmDatabase m_crm;
    std::unique_ptr<Database> m_db;
};

using Tester = QAbstractItemModelTester;
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;

void TestCrmModels::initTestCase()
{
    Translations::install(u"en"_s);
    const QString problem = m_crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_db = m_crm.open();
    QVERIFY(m_db);
}

void TestCrmModels::activities()
{
    ActivityTableModel model;
    Tester tester(&model, Report);
    model.setSource(m_db.get(), AccessScope::administrator());
    model.setFilter({});
    QCOMPARE(model.rowCount(), 3); // one visit per fixture customer
    QVERIFY(!model.data(model.index(0, ActivityTableModel::Customer)).toString().isEmpty());
    model.setSource(m_db.get(), scopeOf(u"R1"_s)); // a rep sees the visit to their customer only
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
    model.setSource(nullptr, AccessScope::administrator());
    QCOMPARE(model.rowCount(), 0);
}

void TestCrmModels::orders()
{
    OrderTableModel model;
    Tester tester(&model, Report);
    model.setSource(m_db.get(), AccessScope::administrator());
    model.setFilter({});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, model.columnCount() - 1)).toString(), u"¥1,300.00"_s);
    model.setSource(m_db.get(), scopeOf(u"R2"_s));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
}

void TestCrmModels::tasks()
{
    TaskTableModel model;
    Tester tester(&model, Report);
    model.setSource(m_db.get(), AccessScope::administrator());
    model.setFilter({});
    QCOMPARE(model.rowCount(), 3);
    model.setSource(m_db.get(), scopeOf(u"R3"_s));
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1);
}

void TestCrmModels::opportunitiesAndStageCards()
{
    OpportunityRepository repo(*m_db, AccessScope::administrator());
    const QList<Opportunity> all = repo.list({});
    QCOMPARE(all.size(), 3);
    OpportunityTableModel table;
    Tester tableTester(&table, Report);
    table.setOpportunities(all);
    QCOMPARE(table.rowCount(), 3);
    table.setOpportunities({});
    QCOMPARE(table.rowCount(), 0);

    const QList<PipelineStage> stages = repo.stages();
    QVERIFY(!stages.isEmpty());
    int cards = 0;
    for (const PipelineStage &stage : stages) {
        // The board gives each column the opportunities in its stage.
        QList<Opportunity> inStage;
        for (const Opportunity &o : all)
            if (o.stageId == stage.id)
                inStage << o;
        StageCardsModel model(stage);
        Tester tester(&model, Report);
        model.setOpportunities(inStage);
        QCOMPARE(model.rowCount(), inStage.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOf(model.opportunityAt(row)->id), row);
            QVERIFY(!model.data(model.index(row)).toString().isEmpty());
        }
        cards += model.rowCount();
        model.setOpportunities({});
    }
    QCOMPARE(cards, 3); // every opportunity on exactly one column
}

void TestCrmModels::orderLinesEditing()
{
    OrderRepository repo(*m_db, AccessScope::administrator());
    OrderLinesModel model;
    Tester tester(&model, Report);
    model.setProducts(repo.products());
    QVERIFY(!model.products().isEmpty());
    const Product &product = model.products().constFirst();
    QSignalSpy totals(&model, &OrderLinesModel::totalChanged);
    model.addLine(product.id);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalFen(), product.unitPriceFen);
    // Editing the quantity recomputes the amount and the total, exactly in fen.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), 3));
    QCOMPARE(model.totalFen(), product.unitPriceFen * 3);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.constLast().constFirst().toLongLong(), product.unitPriceFen * 3);
    model.addLine(product.id);
    model.removeLine(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.totalFen(), product.unitPriceFen);
    model.setLines({});
    QCOMPARE(model.totalFen(), 0);
}

void TestCrmModels::pagesAsTheViewScrolls()
{
    // 450 more visits to R1's customer, one a minute: 453 in all, read a page of 200 at a time.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450) "
        u"INSERT INTO activity (uuid, customer_id, member_id, kind, occurred_at, summary, hlc, device_id) "
        u"SELECT 'u-page-' || i, %1, %2, 'call', strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', "
        u"'+' || i || ' minutes'), 'call ' || i, 1, 'test' FROM n"_s
            .arg(m_crm.fixture.customers.value(u"c1"_s))
            .arg(m_crm.fixture.members.value(u"R1"_s))));
    // (No QAbstractItemModelTester here: on a reset it calls fetchMore() from its own modelReset
    // handler before its other handler has seen the reset end, and then reports the insertion as
    // nested in the reset.)
    ActivityTableModel model;
    QSignalSpy totals(&model, &ActivityTableModel::totalsChanged);
    model.setSource(m_db.get(), AccessScope::administrator());
    QCOMPARE(model.total(), 453);
    QCOMPARE(model.rowCount(), ActivityTableModel::Batch);
    QVERIFY(totals.size() >= 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ActivityTableModel::Batch);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 453);
    QVERIFY(!model.canFetchMore({}));
    // Every visit once, newest first across the pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.activityAt(row)->id);
        if (row > 0)
            QVERIFY(model.activityAt(row - 1)->occurredAt >= model.activityAt(row)->occurredAt);
    }
    QCOMPARE(ids.size(), 453);
    QCOMPARE(model.activityAt(200)->summary, u"call 253"_s); // 3 newer fixture visits, then 450 down
    // R1's own: the fixture's one and the 450; another rep's scope sees none of them.
    model.setSource(m_db.get(), scopeOf(u"R1"_s));
    QCOMPARE(model.total(), 451);
    model.setSource(m_db.get(), scopeOf(u"R2"_s));
    QCOMPARE(model.total(), 1);
    QVERIFY(!model.canFetchMore({}));
}

} // namespace frontline

QTEST_MAIN(frontline::TestCrmModels)
#include "tst_crmmodels.moc"
