// The pipeline board: a column per stage with the count, total and weighted total of its cards;
// dragging a card onto another column moves the opportunity there (recorded in its history),
// and Edit → Undo moves it back; the list view shows the same opportunities.
#include "CrmUiTest.h"
#include "domain/Money.h"
#include "models/StageCardsModel.h"
#include "pages/opportunities/OpportunitiesPage.h"
#include "pages/opportunities/PipelineBoard.h"
#include "pages/opportunities/StageColumn.h"
#include "repositories/OpportunityRepository.h"
#include "util/Translations.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestOpportunityBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void columnsShowStagesAndTotals();
    void dragToAnotherStageMovesAndUndoMovesBack();
    void droppingOnTheSameStageDoesNothing();
    void listShowsTheSameOpportunities();

private:
    Opportunity opportunityOf(const QString &customer) const;
    // Drags the card at row of from onto the middle of to, through the views' drag and drop
    // events, as the mouse would.
    bool dragCard(StageColumn *from, int row, StageColumn *to);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    OpportunitiesPage *m_page = nullptr;
};

void TestOpportunityBoard::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestOpportunityBoard::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->setCurrentPage(PageId::Opportunities);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = qobject_cast<OpportunitiesPage *>(m_window->page(PageId::Opportunities));
    QVERIFY(m_page && m_page->isVisible());
    m_page->showBoard(true);
}

void TestOpportunityBoard::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

Opportunity TestOpportunityBoard::opportunityOf(const QString &customer) const
{
    OpportunityFilter filter;
    filter.customerId = m_crm->fixture.customers.value(customer);
    const QList<Opportunity> list =
        OpportunityRepository(*m_window->database(), AccessScope::administrator()).list(filter);
    return list.isEmpty() ? Opportunity() : list.first();
}

bool TestOpportunityBoard::dragCard(StageColumn *from, int row, StageColumn *to)
{
    const QModelIndex card = from->model()->index(row, 0);
    std::unique_ptr<QMimeData> data(from->model()->mimeData({card}));
    if (!data)
        return false;
    QWidget *target = to->view()->viewport();
    const QPoint point = target->rect().center();
    QDragEnterEvent enter(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void TestOpportunityBoard::columnsShowStagesAndTotals()
{
    PipelineBoard *board = m_page->board();
    QCOMPARE(board->columns().size(), 6);
    StageColumn *lead = board->column(u"lead"_s);
    QVERIFY(lead && lead->isVisible());
    // The fixture's three opportunities start as leads: ¥10,000, ¥20,000 and ¥30,000 at 10%.
    QCOMPARE(lead->model()->rowCount(), 3);
    QCOMPARE(test::child<QLabel>(lead, u"countLabel"_s)->text(), u"3"_s);
    QCOMPARE(test::child<QLabel>(lead, u"amountLabel"_s)->text(), Money::format(6000000));
    QCOMPARE(test::child<QLabel>(lead, u"weightedLabel"_s)->text(),
             u"Weighted %1"_s.arg(Money::format(600000)));
    QCOMPARE(board->column(u"won"_s)->model()->rowCount(), 0);
    const QModelIndex card = lead->model()->index(0, 0);
    QVERIFY(!card.data(StageCardsModel::TitleRole).toString().isEmpty());
    QVERIFY(card.data(StageCardsModel::AmountRole).toString().startsWith(u"¥"_s));
}

void TestOpportunityBoard::dragToAnotherStageMovesAndUndoMovesBack()
{
    PipelineBoard *board = m_page->board();
    StageColumn *lead = board->column(u"lead"_s);
    StageColumn *proposal = board->column(u"proposal"_s);
    const Opportunity before = opportunityOf(u"c2"_s);
    QCOMPARE(before.stageKey, u"lead"_s);
    const int row = lead->model()->rowOf(before.id);
    QVERIFY(row >= 0);

    QVERIFY(dragCard(lead, row, proposal));
    // The move is made once the drop is over.
    QTRY_COMPARE(opportunityOf(u"c2"_s).stageKey, u"proposal"_s);
    QCOMPARE(opportunityOf(u"c2"_s).probability, 50);
    QCOMPARE(lead->model()->rowCount(), 2);
    QCOMPARE(proposal->model()->rowCount(), 1);
    QVERIFY(proposal->model()->rowOf(before.id) >= 0);
    QCOMPARE(test::child<QLabel>(proposal, u"amountLabel"_s)->text(), Money::format(before.amountFen));
    OpportunityRepository repository(*m_window->database(), AccessScope::administrator());
    QCOMPARE(repository.history(before.id).size(), 2);
    QCOMPARE(repository.history(before.id).last().toStageId, proposal->stage().id);

    // Edit → Undo moves it back, and the board follows.
    QAction *undo = m_window->menuBar()->actions().at(1)->menu()->actions().at(0);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(before.title), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(opportunityOf(u"c2"_s).stageKey, u"lead"_s);
    QCOMPARE(opportunityOf(u"c2"_s).probability, 10);
    QCOMPARE(lead->model()->rowCount(), 3);
    QCOMPARE(proposal->model()->rowCount(), 0);
    QCOMPARE(repository.history(before.id).size(), 3); // the way back is history too

    m_window->undoStack()->redo();
    QCOMPARE(opportunityOf(u"c2"_s).stageKey, u"proposal"_s);
    QCOMPARE(proposal->model()->rowCount(), 1);
}

void TestOpportunityBoard::droppingOnTheSameStageDoesNothing()
{
    StageColumn *lead = m_page->board()->column(u"lead"_s);
    QVERIFY(!dragCard(lead, 0, lead));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(lead->model()->rowCount(), 3);
}

void TestOpportunityBoard::listShowsTheSameOpportunities()
{
    m_page->showBoard(false);
    QTableView *list = m_page->listView();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 3);
    QStringList customers;
    for (int row = 0; row < 3; ++row)
        customers << list->model()->index(row, 1).data().toString();
    customers.sort();
    QStringList expected{u"北京华联商厦"_s, u"上海宝钢贸易"_s, u"广州白云制药"_s};
    expected.sort();
    QCOMPARE(customers, expected);
    // Remembered: the next window opens on the list.
    QCOMPARE(QSettings().value(u"opportunities/view"_s).toString(), u"list"_s);
}

QTEST_MAIN(TestOpportunityBoard)
#include "tst_opportunityboard.moc"
