// The Performance page on CrmFixture's company with hand-checked numbers (the data set of
// tst_performance): R1 张伟 and R2 李娜 in 一组, R3 刘洋 in 二组; March 2025 one order of ¥1,300
// each, one visit each; R1 also ¥500 in January and February. Revenue targets: R1 Jan, Feb ¥500,
// Mar ¥1,000; R2 Mar ¥1,300; R3 Mar ¥2,000. Every rep is on one commission plan: 2% from 0,
// 5% from 100% of target (the whole amount at the tier reached).
//
// The ranking rows are core's Rankings (shared ranks, medals, movement) and are painted as
// medals and arrows; an evaluation is run, adjusted and published through the page; the
// explanation is the frozen snapshot's; the commission statements and the simulation show the
// calculator's figures; a rep sees only what core shows a rep.
//
// FRONTLINE_TEST_SHOTS=DIR saves screenshots, of the demo company too (LOOK_LANG, LOOK_DARK).
#include "CrmUiTest.h"
#include "commission/CommissionRepository.h"
#include "pages/performance/CommissionsPanel.h"
#include "pages/performance/EvaluationsPanel.h"
#include "pages/performance/HonoursPanel.h"
#include "pages/performance/PerformancePage.h"
#include "pages/performance/RankingModel.h"
#include "pages/performance/RankingPanel.h"
#include "pages/performance/ScorecardPanel.h"
#include "performance/Evaluations.h"
#include "performance/Rankings.h"
#include "performance/Scorecards.h"
#include "performance/TargetPlanner.h"
#include "repositories/OrderRepository.h"
#include "services/DemoGenerator.h"
#include "training/DevelopmentPlans.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::performance;
using analytics::Measure;
using analytics::Period;
using frontline::test::TempDatabase;

namespace {

const Period Feb = Period::month(2025, 2);
const Period Mar = Period::month(2025, 3);

QString build(Database &db, test::CrmFixture &f)
{
    if (const QString problem = f.build(db); !problem.isEmpty())
        return problem;
    const qint64 r1 = f.members.value(u"R1"_s), r2 = f.members.value(u"R2"_s), r3 = f.members.value(u"R3"_s);
    OrderRepository orders(db, AccessScope::administrator());
    for (const QDate &d : {QDate(2025, 1, 15), QDate(2025, 2, 10)}) {
        Order o;
        o.orderNo = u"SO-"_s + d.toString(u"MMdd"_s);
        o.orderDate = d;
        o.customerId = f.customers.value(u"c1"_s);
        o.memberId = r1;
        o.lines << OrderLine{0, f.product, 1, 50000, 0, {}, {}};
        if (const SaveResult r = orders.create(o); !r.ok())
            return r.message();
    }
    TargetPlanner planner(db, AccessScope::administrator());
    struct T
    {
        qint64 member;
        Measure m;
        Period p;
        qint64 v;
    };
    for (const T &t :
         {T{r1, Measure::Revenue, Period::month(2025, 1), 50000}, T{r1, Measure::Revenue, Feb, 50000},
          T{r1, Measure::Revenue, Mar, 100000}, T{r2, Measure::Revenue, Mar, 130000},
          T{r3, Measure::Revenue, Mar, 200000}, T{r1, Measure::NewCustomers, Mar, 1},
          T{r2, Measure::NewCustomers, Mar, 2}, T{r1, Measure::Visits, Mar, 1},
          T{r2, Measure::Visits, Mar, 1}, T{r3, Measure::Visits, Mar, 4}}) {
        TargetRow row;
        row.memberId = t.member;
        row.measure = t.m;
        row.period = t.p;
        row.value = t.v;
        if (const SaveResult r = planner.set(row); !r.ok())
            return r.message();
    }
    commission::Plan plan;
    plan.name = u"销售提成"_s;
    plan.role = Role::Rep;
    plan.validFrom = QDate(2025, 1, 1);
    plan.mode = commission::RateMode::WholeAtTier;
    plan.tiers = {{0, 200}, {10000, 500}};
    if (const SaveResult r = commission::CommissionRepository(db, AccessScope::administrator()).addPlan(plan);
        !r.ok())
        return r.message();
    return {};
}

// Answers the next question box with Yes (or No).
struct Answer
{
    explicit Answer(QMessageBox::StandardButton button)
        : handler([button](QMessageBox *box) { box->button(button)->click(); })
    {}
    test::DialogHandler<QMessageBox> handler;
};

QString rankingText(const RankingModel *model)
{
    QStringList parts;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RankingRow *r = model->row(row);
        parts
            << u"%1 %2 %3 %4%5 %6"_s.arg(r->rank)
                   .arg(r->code, r->valueText(), RankingRow::movementKey(r->movement))
                   .arg(r->places ? QString::number(r->places) : QString())
                   .arg(model->index(row, RankingModel::RankColumn).data(RankingModel::MedalRole).toString());
    }
    return parts.join(u"; "_s);
}

// Whether some pixel of the cell is of the colour test says.
bool cellHas(QTableView *view, int row, int column, const std::function<bool(const QColor &)> &test)
{
    const QRect rect = view->visualRect(view->model()->index(row, column));
    const QImage image = view->viewport()->grab(rect).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (test(image.pixelColor(x, y)))
                return true;
    return false;
}

bool isGold(const QColor &c)
{
    return c.red() > 200 && c.green() > 150 && c.blue() < 110;
}
bool isRed(const QColor &c)
{
    return c.red() > 190 && c.green() < 70 && c.blue() < 70;
}
bool isGreen(const QColor &c)
{
    return c.green() > 130 && c.red() < 60 && c.blue() < 110;
}

void applyLook()
{
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
    // LOOK_DARK=1: a dark theme, to look at the screenshots in it.
    if (qEnvironmentVariableIsSet("LOOK_DARK")) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x44, 0x44, 0x44));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
        QApplication::setPalette(dark);
    }
}

} // namespace

class TestPerformancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rankingRowsAreCoresWithMedalsAndArrows();
    void evaluationRunAdjustPublishThroughThePage();
    void rerunIsConfirmedAndMakesANewVersion();
    void honourRollAndAwardByHand();
    void commissionStatementsAndSimulation();
    void planBesideTheLineAndReviewed();
    void scorecardShowsTheWeights();
    void scorecardEditedInFull();
    void aRepSeesOnlyWhatCoreShowsARep();
    void demoScreenshots();

private:
    void open();
    bool runThroughPage();
    qint64 id(const QString &code) const { return m_fixture.members.value(code); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    test::CrmFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    PerformancePage *m_page = nullptr;
};

void TestPerformancePage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    applyLook();
}

void TestPerformancePage::init()
{
    QSettings().clear();
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_fixture = test::CrmFixture();
    QCOMPARE(build(m_temp->db(), m_fixture), QString());
    // February published before the page opens: March's movement is against it.
    Evaluations admin(m_temp->db(), AccessScope::administrator());
    const std::optional<EvaluationInfo> feb = admin.run(Feb);
    QVERIFY(feb && admin.publish(feb->id));
    m_temp->db().close();
    open();
}

void TestPerformancePage::open()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    auto db = std::make_unique<Database>();
    QVERIFY(!db->open(m_temp->path(), TempDatabase::passphrase()));
    m_window->setDatabase(std::move(db));
    m_page = qobject_cast<PerformancePage *>(m_window->page(PageId::Performance));
    QVERIFY(m_page);
    m_page->setToday(QDate(2025, 4, 10));
    m_window->setCurrentPage(PageId::Performance);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page->setPeriod(Mar);
}

void TestPerformancePage::cleanup()
{
    m_window.reset();
    m_temp.reset();
}

bool TestPerformancePage::runThroughPage()
{
    EvaluationsPanel *panel = m_page->evaluations();
    QSignalSpy finished(panel, &EvaluationsPanel::runFinished);
    QPushButton *run = test::child<QPushButton>(panel, u"runEvaluation"_s);
    if (!run->isVisible() || !run->isEnabled())
        return false;
    QTest::mouseClick(run, Qt::LeftButton);
    // The run is on a worker thread: the page is busy meanwhile and answers afterwards.
    return finished.wait(20000) && finished.constFirst().constFirst().toBool();
}

void TestPerformancePage::rankingRowsAreCoresWithMedalsAndArrows()
{
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    QVERIFY(runThroughPage());
    {
        Answer yes(QMessageBox::Yes);
        QTest::mouseClick(test::child<QPushButton>(m_page->evaluations(), u"publishEvaluation"_s),
                          Qt::LeftButton);
        QVERIFY(yes.handler.handled());
    }
    m_page->setCurrentTab(PerformancePage::RankingTab);
    RankingPanel *panel = m_page->ranking();
    QCOMPARE(panel->by(), u"score"_s);
    // Hand-checked (tst_performance): March 89.33, 86.27, 64.36; February R1 100, R2 and R3 0
    // tied second: R1 and R2 keep their places, R3 goes down one.
    QCOMPARE(rankingText(panel->model()),
             u"1 R1 89.33 same gold; 2 R2 86.27 same silver; 3 R3 64.36 down1 bronze"_s);
    // The rows are core's.
    const Ranking core = Rankings(*m_window->database(), AccessScope::administrator()).rank(u"score"_s, Mar);
    QCOMPARE(panel->model()->rowCount(), int(core.rows.size()));
    for (int i = 0; i < core.rows.size(); ++i) {
        QCOMPARE(panel->model()->row(i)->memberId, core.rows.at(i).memberId);
        QCOMPARE(panel->model()->row(i)->rank, core.rows.at(i).rank);
    }
    // Painted: a gold medal in the first row, a red arrow for R3, no arrow for the unchanged.
    QTableView *view = panel->view();
    QVERIFY(cellHas(view, 0, RankingModel::RankColumn, isGold));
    QVERIFY(!cellHas(view, 1, RankingModel::RankColumn, isGold));
    QVERIFY(cellHas(view, 2, RankingModel::MovementColumn, isRed));
    QVERIFY(!cellHas(view, 0, RankingModel::MovementColumn, isRed));
    QVERIFY(!cellHas(view, 0, RankingModel::MovementColumn, isGreen));
    // The bars: the leader's full, the others in proportion.
    QCOMPARE(view->model()->index(0, RankingModel::ValueColumn).data(RankingModel::BarRole).toDouble(), 1.0);
    QCOMPARE(view->model()->index(2, RankingModel::ValueColumn).data(RankingModel::BarRole).toDouble(),
             6436.0 / 8933.0);
    test::saveShot(m_window.get(), u"performance-ranking-fixture"_s);

    // January by revenue, against December 2024 which has no data at all: nobody moved, everyone
    // is new — the "NEW" tag, no arrow.
    m_page->setPeriod(Period::month(2025, 1));
    panel->setBy(u"revenue"_s);
    QCOMPARE(rankingText(panel->model()), u"1 R1 ¥500.00 new gold; 2 R2 ¥0.00 new ; 2 R3 ¥0.00 new "_s);
    const auto isTagBlue = [](const QColor &c) { return c.blue() > 150 && c.red() < 90 && c.green() < 130; };
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(view->model()->index(row, RankingModel::MovementColumn).data().toString(), u"new"_s);
        QVERIFY(!view->model()->index(row, RankingModel::MovementColumn).data(Qt::ToolTipRole).isValid());
        QVERIFY(cellHas(view, row, RankingModel::MovementColumn, isTagBlue));
        QVERIFY(!cellHas(view, row, RankingModel::MovementColumn, isRed));
        QVERIFY(!cellHas(view, row, RankingModel::MovementColumn, isGreen));
    }
    m_page->setPeriod(Mar);

    // Ties share a rank and a medal: March revenue ¥1,300 each; R2 and R3 were tied second in
    // February (¥0), so they rise one place. In February those at ¥0 get no medal.
    panel->setBy(u"revenue"_s);
    QCOMPARE(rankingText(panel->model()),
             u"1 R1 ¥1,300.00 same gold; 1 R2 ¥1,300.00 up1 gold; 1 R3 ¥1,300.00 up1 gold"_s);
    QVERIFY(cellHas(view, 1, RankingModel::MovementColumn, isGreen));
    m_page->setPeriod(Feb);
    QCOMPARE(rankingText(panel->model()), u"1 R1 ¥500.00 same gold; 2 R2 ¥0.00 same ; 2 R3 ¥0.00 same "_s);
    // A team: 二组 has only R3.
    m_page->setPeriod(Mar);
    panel->setBy(u"score"_s);
    m_page->setTeam(m_fixture.teamB);
    QCOMPARE(rankingText(panel->model()), u"1 R3 64.36 same gold"_s);

    // The presentation: the same rows, full screen, in large type; Esc leaves.
    m_page->setTeam(0);
    QPointer<QWidget> show = panel->present(false);
    QVERIFY(show);
    show->show();
    QVERIFY(QTest::qWaitForWindowExposed(show));
    auto *table = test::child<QTableView>(show, u"presentationTable"_s);
    QCOMPARE(table->model(), static_cast<QAbstractItemModel *>(panel->model()));
    QVERIFY(table->font().pointSizeF() >= 1.5 * view->font().pointSizeF());
    QVERIFY(test::child<QWidget>(show, u"presentationPodium"_s)->isVisible());
    QVERIFY(test::child<QLabel>(show, u"presentationTitle"_s)->text().contains(Mar.label()));
    test::saveShot(show, u"performance-present-fixture"_s);
    QTest::keyClick(show, Qt::Key_Escape);
    QTRY_VERIFY(!show);
}

void TestPerformancePage::evaluationRunAdjustPublishThroughThePage()
{
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    EvaluationsPanel *panel = m_page->evaluations();
    // Before: no version of March.
    QCOMPARE(panel->versionsView()->model()->rowCount(), 0);
    QVERIFY(runThroughPage());
    QCOMPARE(panel->versionsView()->model()->rowCount(), 1);
    QVERIFY(panel->snapshot());
    QCOMPARE(panel->snapshot()->info.version, 1);
    QVERIFY(!panel->snapshot()->info.published);
    QCOMPARE(panel->linesView()->model()->rowCount(), 3);
    // R1's explanation, line by line, from the frozen snapshot.
    panel->selectMember(id(u"R1"_s));
    const QStringList lines = panel->explanation();
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).contains(u"capped at 120%"_s));
    QCOMPARE(lines.at(5), u"Composite: (40 × 120.00 + 20 × 0.00 + 10 × 100.00 + 15 × 88.89 + 15 × 120.00) "
                          u"/ 100 = 89.33"_s);
    QCOMPARE(lines.at(6), u"Score: 89.33"_s);

    // An adjustment with a reason moves R3 from 64.36 to 66.36 and is part of the explanation.
    panel->selectMember(id(u"R3"_s));
    QVERIFY(panel->adjustSelected(200, u"大客户攻坚"_s));
    QCOMPARE(panel->snapshot()->line(id(u"R3"_s))->score, 6636LL);
    panel->selectMember(id(u"R3"_s));
    QVERIFY(panel->explanation().join(u'\n').contains(u"大客户攻坚"_s));
    QCOMPARE(panel->explanation().constLast(), u"Score: 66.36"_s);
    // The adjustment dialog: a reason is required.
    {
        test::DialogHandler<QDialog> handler([](QDialog *dialog) {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            test::typeText(test::child<QLineEdit>(dialog, u"adjustmentReason"_s), u"OK"_s);
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->reject();
        });
        QVERIFY(!panel->adjustSelected());
        QVERIFY(handler.handled());
    }
    test::saveShot(m_window.get(), u"performance-evaluations-fixture"_s);

    // Publishing, confirmed: the version is read-only and ranked.
    {
        Answer no(QMessageBox::No);
        QVERIFY(!panel->publishSelected());
    }
    QVERIFY(!panel->snapshot()->info.published);
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(panel->publishSelected());
    }
    QVERIFY(panel->snapshot()->info.published);
    QVERIFY(!test::child<QPushButton>(panel, u"publishEvaluation"_s)->isEnabled());
    QVERIFY(!test::child<QPushButton>(panel, u"adjustEvaluation"_s)->isEnabled());
    m_page->setCurrentTab(PerformancePage::RankingTab);
    QCOMPARE(rankingText(m_page->ranking()->model()),
             u"1 R1 89.33 same gold; 2 R2 86.27 same silver; 3 R3 66.36 down1 bronze"_s);
}

void TestPerformancePage::rerunIsConfirmedAndMakesANewVersion()
{
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    EvaluationsPanel *panel = m_page->evaluations();
    QVERIFY(runThroughPage());
    {
        Answer no(QMessageBox::No);
        QTest::mouseClick(test::child<QPushButton>(panel, u"runEvaluation"_s), Qt::LeftButton);
        QVERIFY(no.handler.handled());
    }
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->versionsView()->model()->rowCount(), 1);
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(runThroughPage());
        QVERIFY(yes.handler.handled());
    }
    QCOMPARE(panel->versionsView()->model()->rowCount(), 2);
    QCOMPARE(panel->snapshot()->info.version, 2);
    QCOMPARE(Evaluations(*m_window->database(), AccessScope::administrator()).versions(Mar).size(), 2);
}

void TestPerformancePage::honourRollAndAwardByHand()
{
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    QVERIFY(runThroughPage());
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(m_page->evaluations()->publishSelected());
    }
    m_page->setCurrentTab(PerformancePage::HonoursTab);
    HonoursPanel *panel = m_page->honours();
    // The rules on March's snapshot (tst_performance::honourRules): eight honours.
    QStringList kinds;
    for (const Honour &h : panel->honours())
        kinds << h.kind + u' ' + h.code;
    kinds.sort();
    QCOMPARE(kinds.join(u"; "_s),
             u"first_to_target R1; most_improved R2; most_visits R1; most_visits R2; most_visits R3; "
             u"new_customer_champion R2; new_customer_champion R3; target_streak R1"_s);
    QCOMPARE(panel->view()->model()->rowCount(), 8);
    QVERIFY(panel->award(id(u"R3"_s), u"客户表扬信"_s));
    QCOMPARE(panel->honours().size(), 9);
    bool found = false;
    for (const Honour &h : panel->honours())
        found = found || (h.kind == u"manual"_s && h.reason == u"客户表扬信"_s && h.code == u"R3"_s);
    QVERIFY(found);
    test::saveShot(m_window.get(), u"performance-honours-fixture"_s);
}

void TestPerformancePage::commissionStatementsAndSimulation()
{
    m_page->setCurrentTab(PerformancePage::CommissionsTab);
    CommissionsPanel *panel = m_page->commissions();
    QVERIFY(panel->summary());
    // R1 ¥1,300 of ¥1,000 (130%): 5% → ¥65.00; R2 ¥1,300 of ¥1,300 (100% exactly): 5% → ¥65.00;
    // R3 ¥1,300 of ¥2,000 (65%): 2% → ¥26.00. Total ¥156.00.
    QHash<QString, qint64> totals;
    for (const commission::Statement &s : panel->summary()->statements)
        totals.insert(s.code, s.totalFen);
    QCOMPARE(totals.value(u"R1"_s), 6500LL);
    QCOMPARE(totals.value(u"R2"_s), 6500LL);
    QCOMPARE(totals.value(u"R3"_s), 2600LL);
    QCOMPARE(panel->summary()->total.totalFen, 15600LL);
    panel->selectMember(id(u"R3"_s));
    QVERIFY(panel->statementLines().join(u'\n').contains(u"¥26.00"_s));
    // Simulation: ¥1,000 more takes R3 to ¥2,300 of ¥2,000 (115%): 5% → ¥115.00, ¥89.00 more.
    auto *extra = test::child<QLineEdit>(panel, u"simulationExtra"_s);
    extra->clear();
    test::typeText(extra, u"1000"_s);
    QCOMPARE(test::child<QLabel>(panel, u"simulationDelta"_s)->text(), u"+¥89.00 commission"_s);
    const std::optional<commission::Simulation> sim = panel->simulate(100000);
    QVERIFY(sim);
    QCOMPARE(sim->commissionDeltaFen(), 8900LL);
    QCOMPARE(test::child<QLabel>(panel, u"simulationSentence"_s)->text(), sim->sentence());
    // A bonus with a reason goes on the statement.
    QVERIFY(panel->adjust(50000, u"季度攻坚奖"_s));
    panel->selectMember(id(u"R3"_s));
    QVERIFY(panel->statementLines().join(u'\n').contains(u"季度攻坚奖"_s));
    QCOMPARE(panel->summary()->total.totalFen, 65600LL);
    test::saveShot(m_window.get(), u"performance-commissions-fixture"_s);
    // Export through core's writer.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"commission.xlsx"_s);
    QVERIFY(panel->exportTo(path));
    QVERIFY(QFileInfo(path).size() > 1000);
}

void TestPerformancePage::planBesideTheLineAndReviewed()
{
    // R1 has a development plan (senior rep → team lead, one goal, a milestone done); R2 none.
    DevelopmentPlans plans(*m_window->database(), AccessScope::administrator());
    DevelopmentPlan p;
    p.memberId = id(u"R1"_s);
    p.currentPosition = u"senior_rep"_s;
    p.targetPosition = u"team_lead"_s;
    QVERIFY(plans.setPlan(p).ok());
    QVERIFY(plans.addGoal(p.memberId, u"独立谈判大客户"_s).ok());
    QVERIFY(plans.addMilestone(p.memberId, u"客户分享会"_s, QDate(2025, 2, 28), u"done"_s).ok());
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    QVERIFY(runThroughPage());
    EvaluationsPanel *panel = m_page->evaluations();
    auto *review = test::child<QPushButton>(panel, u"reviewPlan"_s);
    panel->selectMember(id(u"R2"_s));
    QVERIFY(panel->planLines().isEmpty());
    QVERIFY(!test::child<QListWidget>(panel, u"evaluationPlan"_s)->isVisible());
    QVERIFY(review->isVisible() && !review->isEnabled());
    panel->selectMember(id(u"R1"_s));
    QCOMPARE(panel->planLines(),
             (QStringList{u"Development plan: Senior sales rep → Team lead (Active), 1 of 1 "
                          u"milestones done."_s,
                          u"Goal open: 独立谈判大客户"_s, u"Milestone due 2025-02-28: 客户分享会 — Done"_s}));
    QVERIFY(test::child<QListWidget>(panel, u"evaluationPlan"_s)->isVisible());
    QVERIFY(review->isEnabled());
    // The score's explanation is unchanged beside it.
    QCOMPARE(panel->explanation().constLast(), u"Score: 89.33"_s);
    QVERIFY(panel->reviewSelectedPlan(u"谈判进步明显"_s));
    QCOMPARE(panel->planLines().constLast(),
             u"Review of this version by the administrator on %1: 谈判进步明显"_s.arg(
                 QDate::currentDate().toString(Qt::ISODate)));
    const std::optional<DevelopmentPlan> stored = plans.plan(p.memberId);
    QCOMPARE(stored->reviews.size(), 1);
    QCOMPARE(stored->reviews.constFirst().evaluationVersion, panel->snapshot()->info.version);
    QCOMPARE(stored->reviews.constFirst().evaluationUuid, panel->snapshot()->info.uuid);
}

void TestPerformancePage::scorecardShowsTheWeights()
{
    m_page->setCurrentTab(PerformancePage::ScorecardTab);
    ScorecardPanel *panel = m_page->scorecard();
    QStandardItemModel *model = panel->model();
    QCOMPARE(model->rowCount(), 5);
    QList<int> weights;
    for (int row = 0; row < model->rowCount(); ++row)
        weights << model->item(row, 1)->data(Qt::EditRole).toInt();
    QCOMPARE(weights, (QList<int>{40, 20, 10, 15, 15}));
    QCOMPARE(test::child<QLabel>(panel, u"scorecardTotal"_s)->text(), u"Weights add up to 100%."_s);
    // The administrator edits: the total follows, and core refuses weights that do not add up.
    model->item(0, 1)->setData(50, Qt::EditRole);
    QCOMPARE(test::child<QLabel>(panel, u"scorecardTotal"_s)->text(),
             u"Weights add up to 110%; they must add up to 100%."_s);
    QVERIFY(!panel->save());
    QVERIFY(!test::child<QLabel>(panel, u"scorecardProblems"_s)->text().isEmpty());
    model->item(0, 1)->setData(30, Qt::EditRole);
    model->item(1, 1)->setData(30, Qt::EditRole);
    QVERIFY(panel->save());
    QCOMPARE(model->item(1, 1)->data(Qt::EditRole).toInt(), 30);
    // A rep reads only.
    m_window->session()->setActingMember(id(u"R1"_s));
    m_page->updateNow();
    QVERIFY(!test::child<QPushButton>(panel, u"saveScorecard"_s)->isVisible());
    QVERIFY(!model->item(0, 1)->isEditable());
}

void TestPerformancePage::scorecardEditedInFull()
{
    m_page->setCurrentTab(PerformancePage::ScorecardTab);
    ScorecardPanel *panel = m_page->scorecard();
    QStandardItemModel *model = panel->model();
    auto *total = test::child<QLabel>(panel, u"scorecardTotal"_s);
    auto *problems = test::child<QLabel>(panel, u"scorecardProblems"_s);
    // The rep's card is the default: it cannot be removed.
    QCOMPARE(panel->key(), u"rep"_s);
    QVERIFY(!test::child<QPushButton>(panel, u"removeScorecard"_s)->isEnabled());
    // The senior rep has no card of their own yet: scored with the rep's.
    panel->setKey(u"senior_rep"_s);
    QCOMPARE(panel->key(), u"senior_rep"_s);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(
        test::child<QLabel>(panel, u"scorecardFallback"_s)->text(),
        u"No card of its own: its members are scored with the card of Sales rep. Add indicators and save "
        u"to give it one."_s);
    QCOMPARE(test::child<QLineEdit>(panel, u"scorecardName"_s)->text(), u"Senior sales rep"_s);

    // Revenue by thresholds: 110% of target → 60 points, 140% → 100; weight 50.
    QTest::mouseClick(test::child<QPushButton>(panel, u"addIndicator"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->item(0, ScorecardPanel::IndicatorColumn)->data(Qt::EditRole).toString(), u"revenue"_s);
    model->item(0, ScorecardPanel::WeightColumn)->setData(50, Qt::EditRole);
    model->item(0, ScorecardPanel::RuleColumn)->setData(u"steps"_s, Qt::EditRole);
    // Choosing thresholds proposes some, and the cap no longer applies.
    QCOMPARE(model->item(0, ScorecardPanel::ThresholdsColumn)->data(Qt::EditRole).toString(),
             u"80:60, 100:100, 120:120"_s);
    QVERIFY(!model->item(0, ScorecardPanel::CapColumn)->isEditable());
    model->item(0, ScorecardPanel::ThresholdsColumn)->setData(u"140:100, 110:60"_s, Qt::EditRole);
    QCOMPARE(total->text(), u"Weights add up to 50%; they must add up to 100%."_s);
    QVERIFY2(problems->text().contains(
                 u"Indicator 1 (Revenue): thresholds must be above zero and ascending (110% after 140%)."_s),
             qPrintable(problems->text()));
    model->item(0, ScorecardPanel::ThresholdsColumn)->setData(u"110:60, 140:100"_s, Qt::EditRole);
    // Visits against a fixed 0.8 where fewer is better, weight 40 first.
    const int row = panel->addIndicator();
    QCOMPARE(row, 1);
    // A new row proposes the first measure not used yet: collected payments (回款), after revenue.
    QCOMPARE(model->item(1, ScorecardPanel::IndicatorColumn)->data(Qt::EditRole).toString(), u"collected"_s);
    model->item(1, ScorecardPanel::IndicatorColumn)->setData(u"visits"_s, Qt::EditRole);
    model->item(1, ScorecardPanel::DirectionColumn)->setData(u"lower"_s, Qt::EditRole);
    model->item(1, ScorecardPanel::TargetColumn)->setData(u"0.8"_s, Qt::EditRole);
    model->item(1, ScorecardPanel::WeightColumn)->setData(40, Qt::EditRole);
    QCOMPARE(total->text(), u"Weights add up to 90%; they must add up to 100%."_s);
    QCOMPARE(problems->text(), u"The weights add up to 90%, not 100%."_s);
    QVERIFY(!panel->save());
    // A cap under 100% and a target that is not one, each named.
    model->item(1, ScorecardPanel::WeightColumn)->setData(50, Qt::EditRole);
    model->item(1, ScorecardPanel::CapColumn)->setData(99.5, Qt::EditRole);
    model->item(1, ScorecardPanel::TargetColumn)->setData(u"lots"_s, Qt::EditRole);
    QCOMPARE(problems->text(), u"Indicator 2 (Visits): \"lots\" is not a target (e.g. ¥1,000.00, 80%, 4.5).\n"
                               u"Indicator 2 (Visits): a fixed target must be above zero.\n"
                               u"Indicator 2 (Visits): the cap must be at least 100%."_s);
    model->item(1, ScorecardPanel::CapColumn)->setData(120.0, Qt::EditRole);
    model->item(1, ScorecardPanel::TargetColumn)->setData(u"0.8"_s, Qt::EditRole);
    QCOMPARE(total->text(), u"Weights add up to 100%."_s);
    QCOMPARE(problems->text(), QString());
    QVERIFY(panel->save());

    // Saved in core as edited.
    const std::optional<Scorecard> card =
        Scorecards(*m_window->database(), AccessScope::administrator()).forKey(u"senior_rep"_s);
    QVERIFY(card);
    QCOMPARE(card->role, Role::Rep);
    QCOMPARE(card->name, u"Senior sales rep"_s);
    QCOMPARE(card->indicators.size(), 2);
    QCOMPARE(card->indicators.at(0).rule, ScoreRule::Steps);
    QCOMPARE(card->indicators.at(0).steps, (QList<Step>{{11000, 60}, {14000, 100}}));
    QCOMPARE(card->indicators.at(1).measure, Measure::Visits);
    QCOMPARE(card->indicators.at(1).direction, Direction::LowerBetter);
    QCOMPARE(card->indicators.at(1).targetSource, TargetSource::Fixed);
    QCOMPARE(card->indicators.at(1).fixedTarget, 800LL);
    QCOMPARE(card->indicators.at(1).capBp, 12000LL);
    // The panel shows it back, the chooser names it.
    QCOMPARE(panel->key(), u"senior_rep"_s);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->item(1, ScorecardPanel::TargetColumn)->data(Qt::EditRole).toString(), u"0.8"_s);
    QVERIFY(test::child<QComboBox>(panel, u"scorecardRole"_s)->currentText().contains(u"Senior sales rep"_s));
    test::saveShot(m_window.get(), u"performance-scorecard-edit"_s);

    // Removing an indicator: the total follows.
    panel->removeIndicator(0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(total->text(), u"Weights add up to 50%; they must add up to 100%."_s);
    // Removing the card, after a question.
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(panel->removeCard());
        QVERIFY(yes.handler.handled());
    }
    QVERIFY(!Scorecards(*m_window->database(), AccessScope::administrator()).forKey(u"senior_rep"_s));
    QCOMPARE(model->rowCount(), 0);
}

void TestPerformancePage::aRepSeesOnlyWhatCoreShowsARep()
{
    // The administrator runs and publishes March, then runs a draft version 2.
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    QVERIFY(runThroughPage());
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(m_page->evaluations()->publishSelected());
    }
    {
        Answer yes(QMessageBox::Yes);
        QVERIFY(runThroughPage());
    }
    m_window->session()->setActingMember(id(u"R2"_s));
    m_page->updateNow();
    m_page->setPeriod(Mar);
    // Ranking: the published ranking of R2's team (一组).
    m_page->setCurrentTab(PerformancePage::RankingTab);
    QCOMPARE(rankingText(m_page->ranking()->model()), u"1 R1 89.33 same gold; 2 R2 86.27 same silver"_s);
    // Evaluations: only the published version, only R2's own line, no buttons.
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    EvaluationsPanel *evaluations = m_page->evaluations();
    QCOMPARE(evaluations->versionsView()->model()->rowCount(), 1);
    QVERIFY(evaluations->snapshot() && evaluations->snapshot()->info.published);
    QCOMPARE(evaluations->linesView()->model()->rowCount(), 1);
    QCOMPARE(evaluations->snapshot()->lines.constFirst().code, u"R2"_s);
    QCOMPARE(evaluations->explanation().constLast(), u"Score: 86.27"_s);
    for (const QString &name : {u"runEvaluation"_s, u"publishEvaluation"_s, u"adjustEvaluation"_s})
        QVERIFY(!test::child<QPushButton>(evaluations, name)->isVisible());
    // Commissions: only R2's own statement.
    m_page->setCurrentTab(PerformancePage::CommissionsTab);
    QCOMPARE(m_page->commissions()->summary()->statements.size(), 1);
    QCOMPARE(m_page->commissions()->summary()->statements.constFirst().code, u"R2"_s);
    QVERIFY(!test::child<QPushButton>(m_page->commissions(), u"adjustCommission"_s)->isVisible());
    // Honours: the roll of R2's team; no awarding.
    m_page->setCurrentTab(PerformancePage::HonoursTab);
    QVERIFY(!test::child<QPushButton>(m_page->honours(), u"awardHonour"_s)->isVisible());
    for (const Honour &h : m_page->honours()->honours())
        QVERIFY2(h.code == u"R1"_s || h.code == u"R2"_s, qPrintable(h.code));
    // No team chooser for a rep.
    QVERIFY(!test::child<QComboBox>(m_page, u"teamChooser"_s)->isVisible());
}

void TestPerformancePage::demoScreenshots()
{
    if (qEnvironmentVariableIsEmpty("FRONTLINE_TEST_SHOTS"))
        QSKIP("Screenshots of the demo company only with FRONTLINE_TEST_SHOTS set");
    m_window.reset();
    m_temp = std::make_unique<TempDatabase>();
    DemoGenerator::Options o;
    o.seed = 7;
    o.reps = 12;
    o.customers = 400;
    o.months = 24;
    o.orderLines = 6000;
    o.today = QDate(2025, 6, 20);
    const DemoGenerator::Result r = DemoGenerator(o).generate(m_temp->db());
    QVERIFY2(r.ok(), qPrintable(r.error));
    commission::Plan plan;
    plan.name = u"销售提成 2025"_s;
    plan.role = Role::Rep;
    plan.validFrom = QDate(2025, 1, 1);
    plan.mode = commission::RateMode::Marginal;
    plan.tiers = {{0, 200}, {8000, 400}, {10000, 600}, {12000, 800}};
    plan.capFen = 3000000;
    QVERIFY(commission::CommissionRepository(m_temp->db(), AccessScope::administrator()).addPlan(plan).ok());
    Evaluations admin(m_temp->db(), AccessScope::administrator());
    for (const Period &p : {Period::month(2025, 4), Period::month(2025, 5)}) {
        const std::optional<EvaluationInfo> e = admin.run(p);
        QVERIFY2(e, qPrintable(admin.lastError()));
        QVERIFY(admin.publish(e->id));
    }
    m_temp->db().close();
    open();
    m_page->setToday(o.today);
    m_page->setPeriod(Period::month(2025, 5));
    m_page->setCurrentTab(PerformancePage::RankingTab);
    QTest::qWait(100);
    test::saveShot(m_window.get(), u"performance-ranking"_s);
    m_page->ranking()->setBy(u"revenue"_s);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-ranking-revenue"_s);
    m_page->ranking()->setBy(u"score"_s);
    QPointer<QWidget> show = m_page->ranking()->present(false);
    show->show();
    QVERIFY(QTest::qWaitForWindowExposed(show));
    test::saveShot(show, u"performance-present"_s);
    show->close();
    m_page->setCurrentTab(PerformancePage::EvaluationsTab);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-evaluations"_s);
    m_page->setCurrentTab(PerformancePage::HonoursTab);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-honours"_s);
    m_page->setCurrentTab(PerformancePage::CommissionsTab);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-commissions"_s);
    m_page->setCurrentTab(PerformancePage::ScorecardTab);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-scorecard"_s);
    // The editor on a senior rep's card being written: thresholds, a lower-is-better indicator.
    ScorecardPanel *card = m_page->scorecard();
    card->setKey(u"senior_rep"_s);
    QStandardItemModel *model = card->model();
    for (const auto &[metric, weight] :
         {std::pair{u"revenue"_s, 50}, std::pair{u"visits"_s, 30}, std::pair{u"satisfaction"_s, 10}}) {
        const int row = card->addIndicator();
        model->item(row, ScorecardPanel::IndicatorColumn)->setData(metric, Qt::EditRole);
        model->item(row, ScorecardPanel::WeightColumn)->setData(weight, Qt::EditRole);
    }
    model->item(0, ScorecardPanel::RuleColumn)->setData(u"steps"_s, Qt::EditRole);
    model->item(0, ScorecardPanel::ThresholdsColumn)->setData(u"80:60, 100:100, 120:110"_s, Qt::EditRole);
    model->item(1, ScorecardPanel::DirectionColumn)->setData(u"lower"_s, Qt::EditRole);
    model->item(1, ScorecardPanel::TargetColumn)->setData(u"12"_s, Qt::EditRole);
    model->item(2, ScorecardPanel::TargetColumn)->setData(u"4.5"_s, Qt::EditRole);
    model->item(2, ScorecardPanel::CapColumn)->setData(110.0, Qt::EditRole);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"performance-scorecard-edit"_s);
}

QTEST_MAIN(TestPerformancePage)
#include "tst_performancepage.moc"
