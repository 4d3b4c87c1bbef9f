// The dashboard on a generated company (demo data with a pinned "today"): the cards and charts
// show what the metrics engine answers, every drill-down lists records that add up to the figure
// clicked, a rep sees only their own figures, and the page never blocks while it calculates (the
// figures, the customers behind a card and the choosers' lists are read on workers).
#include "CrmUiTest.h"
#include "analytics/MetricsEngine.h"
#include "dialogs/DrillDownDialog.h"
#include "domain/Money.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/dashboard/KpiCardWidget.h"
#include "pages/dashboard/MyTasksPanel.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "services/DemoGenerator.h"
#include "util/Translations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QProgressBar>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;
using frontline::test::TempDatabase;

namespace {

const QDate Today(2025, 6, 20);
const Period LastMonth = Period::month(2025, 5);

template <typename S> S *onlySeries(QChartView *view)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *s : all)
        if (auto *series = qobject_cast<S *>(s))
            return series;
    return nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cardsAndChartsShowTheEngineFigures();
    void collectedCardAgainstItsTarget();
    void drillDownsAddUpToTheFigureClicked();
    void customerDrillDownsRunOnAWorker();
    void choosersAreFilledOnAWorker();
    void aTeamNarrowsEverything();
    void aRegionAndChannelNarrowEverything();
    void aRepSeesOnlyTheirOwn();
    void myTasksAreTheRepsOwnOverdueFirst();

private:
    bool waitLoaded();
    // One number the database answers (hand-written SQL, not the engine's).
    qint64 scalar(const QString &sql) const;
    // The payments received in a period, of the customers ownerCondition lets through.
    qint64 collected(const Period &period, const QString &condition = u"1"_s) const;
    // What the next background drill-down opens.
    DrillDownDialog *nextDrillDown(const QString &key);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage *m_page = nullptr;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
    // LOOK_DARK=1: the system's dark theme, to look at the screenshots in it.
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
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    DemoGenerator::Options o;
    o.seed = 7;
    o.reps = 12;
    o.customers = 400;
    o.months = 24;
    o.orderLines = 6000;
    o.today = Today;
    const DemoGenerator::Result r = DemoGenerator(o).generate(m_temp->db());
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_temp->db().close();
}

void TestDashboardPage::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    auto db = std::make_unique<Database>();
    QVERIFY(!db->open(m_temp->path(), TempDatabase::passphrase()));
    m_window->setDatabase(std::move(db));
    m_page = qobject_cast<DashboardPage *>(m_window->page(PageId::Dashboard));
    QVERIFY(m_page);
    m_page->setDrillDownsShown(false);
    m_page->setToday(Today);
    m_window->setCurrentPage(PageId::Dashboard);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page->setPeriod(LastMonth);
    QVERIFY(waitLoaded());
}

void TestDashboardPage::cleanup()
{
    m_window.reset();
}

bool TestDashboardPage::waitLoaded()
{
    return QTest::qWaitFor([this] { return !m_page->isLoading() && m_page->data().period.isValid(); }, 20000);
}

qint64 TestDashboardPage::scalar(const QString &sql) const
{
    QSqlQuery q(m_window->database()->connectionForThread());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestDashboardPage::collected(const Period &period, const QString &condition) const
{
    return scalar(
        u"SELECT coalesce(sum(p.amount_fen), 0) FROM payment p JOIN customer c ON c.id = p.customer_id "
        u"WHERE p.deleted = 0 AND c.deleted = 0 AND p.paid_on BETWEEN '%1' AND '%2' AND %3"_s.arg(
            period.from().toString(Qt::ISODate), period.to().toString(Qt::ISODate), condition));
}

DrillDownDialog *TestDashboardPage::nextDrillDown(const QString &key)
{
    QSignalSpy opened(m_page, &DashboardPage::drillDownOpened);
    if (m_page->drillIntoCard(key))
        return nullptr; // not a background drill-down
    if (!opened.wait(20000) && opened.isEmpty())
        return nullptr;
    return opened.constFirst().constFirst().value<DrillDownDialog *>();
}

void TestDashboardPage::cardsAndChartsShowTheEngineFigures()
{
    MetricsEngine engine(*m_window->database(), AccessScope::administrator());
    engine.setToday(Today);
    const Value revenue = engine.total(Measure::Revenue, LastMonth);
    QVERIFY(revenue.numerator > 0);
    QCOMPARE(m_page->data().period.key(), LastMonth.key());
    QCOMPARE(m_page->card(u"revenue"_s)->valueText(), revenue.display());
    QCOMPARE(m_page->card(u"visits"_s)->valueText(), engine.total(Measure::Visits, LastMonth).display());
    QCOMPARE(m_page->card(u"new_customers"_s)->valueText(),
             engine.total(Measure::NewCustomers, LastMonth).display());
    // The demo company has monthly targets for its reps: the company's is their sum, and May is
    // over, so the status is final.
    const Attainment a = engine.attainment(Measure::Revenue, LastMonth);
    QVERIFY(a.hasTarget());
    QCOMPARE(m_page->card(u"revenue"_s)->statusText(), Attainment::statusLabel(a.status));

    // The trend: twelve months of bars ending with May, a target line and last year's line.
    auto *bars = onlySeries<QBarSeries>(m_page->chartView(u"trendChart"_s));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().constFirst()->count(), 12);
    QCOMPARE(m_page->data().trendPeriods.constLast().key(), LastMonth.key());
    QCOMPARE(m_page->data().targets.constLast(), std::optional<qint64>(a.target));
    QCOMPARE(m_page->chartView(u"trendChart"_s)->chart()->series().size(), 3);

    // By rep: every rep who sold, largest at the top; the bars add up to the revenue.
    const Breakdown byRep = engine.breakdown(Measure::Revenue, LastMonth, Dimension::Rep);
    auto *reps = onlySeries<QHorizontalBarSeries>(m_page->chartView(u"repChart"_s));
    QVERIFY(reps);
    QBarSet *repSet = reps->barSets().constFirst();
    QCOMPARE(repSet->count(), std::min<qsizetype>(15, byRep.rows.size()));
    QCOMPARE(repSet->at(repSet->count() - 1) >= repSet->at(0), true);
    qint64 repTotal = 0;
    for (const Row &r : m_page->data().byRep.rows)
        repTotal += r.value.numerator;
    QCOMPARE(repTotal, revenue.numerator);

    // The donuts share out the same revenue.
    for (const QString &name : {u"channelChart"_s, u"regionChart"_s}) {
        auto *pie = onlySeries<QPieSeries>(m_page->chartView(name));
        QVERIFY(pie);
        QCOMPARE(qint64(std::llround(pie->sum())), revenue.numerator);
    }
    // The funnel lists the stages that are not "lost".
    auto *funnel = onlySeries<QHorizontalBarSeries>(m_page->chartView(u"funnelChart"_s));
    QVERIFY(funnel);
    QVERIFY(funnel->barSets().constFirst()->count() >= 4);
    QTest::qWait(300); // the charts lay out their axes in the next event loop round
    test::saveShot(m_window.get(), u"dashboard"_s);
    test::saveShot(test::child<QScrollArea>(m_page, u"dashboardScroll"_s)->widget(), u"dashboard-charts"_s);
}

void TestDashboardPage::collectedCardAgainstItsTarget()
{
    // By hand from the tables: May's payments (refunds negative), April's, May 2024's, and the
    // reps' monthly collected targets (the demo company sets none per team, so the company's is
    // their sum).
    const qint64 may = collected(LastMonth);
    const qint64 april = collected(LastMonth.previous());
    const qint64 mayLastYear = collected(LastMonth.lastYear());
    const qint64 payments = scalar(
        u"SELECT count(*) FROM payment p JOIN customer c ON c.id = p.customer_id WHERE p.deleted = 0 AND "
        u"c.deleted = 0 AND p.paid_on BETWEEN '2025-05-01' AND '2025-05-31'"_s);
    QCOMPARE(
        scalar(
            u"SELECT count(*) FROM target WHERE deleted = 0 AND metric = 'collected' AND team_id IS NOT NULL"_s),
        0);
    const qint64 target =
        scalar(u"SELECT coalesce(sum(t.value), 0) FROM target t JOIN member m ON m.id = t.member_id WHERE "
               u"t.deleted = 0 AND t.metric = 'collected' AND t.period_kind = 'month' AND "
               u"t.period_start = '2025-05-01' AND m.team_id IS NOT NULL"_s);
    QVERIFY(may > 0);
    QVERIFY(april > 0);
    QVERIFY(payments > 0);
    QVERIFY(target > 0);

    KpiCardWidget *card = m_page->card(u"collected"_s);
    QVERIFY(card);
    QVERIFY(card->isVisible());
    QCOMPARE(card->valueText(), Money::format(may));
    // May is over: on track when it reached the target, off track when short by a tenth or more.
    const TrackStatus status = may >= target                   ? TrackStatus::OnTrack
                               : (target - may) * 10 >= target ? TrackStatus::OffTrack
                                                               : TrackStatus::AtRisk;
    QCOMPARE(card->statusText(), Attainment::statusLabel(status));
    const QString percent = QLocale().toString(100.0 * double(may) / double(target), 'f', 1) + u'%';
    // On one line, or broken between its parts when the card is narrow.
    QCOMPARE(test::child<QLabel>(card, u"kpiTarget"_s)->text().replace(u'\n', u" · "_s),
             KpiCardWidget::tr("Target %1 · %2 attained").arg(Money::format(target), percent));
    const KpiCard *c = m_page->data().dashboard.card(u"collected"_s);
    QVERIFY(c);
    QCOMPARE(c->attainment.target, target);
    QCOMPARE(c->growth.previous.numerator, april);
    QCOMPARE(c->growth.lastYear.numerator, mayLastYear);
    // The growth line: April and May 2024 against May, in the card's words.
    const QString growth = test::child<QLabel>(card, u"kpiGrowth"_s)->text();
    const QString vsApril = QLocale().toString(std::abs(100.0 * double(may - april) / double(april)), 'f', 1);
    QVERIFY2(growth.contains(vsApril + u'%'), qPrintable(growth));
    // The sparkline: twelve months ending with May.
    auto *spark = card->findChild<Sparkline *>();
    QVERIFY(spark);
    QCOMPARE(spark->values().size(), 12);
    QCOMPARE(spark->values().constLast(), double(may));
    QCOMPARE(spark->values().at(10), double(april));

    // Clicked: May's payments, as many as the table holds, adding up to the figure.
    std::unique_ptr<DrillDownDialog> list(m_page->drillIntoCard(u"collected"_s));
    QVERIFY(list);
    QCOMPARE(list->rowTotal(), payments);
    QVERIFY2(list->summary().contains(Money::format(may)), qPrintable(list->summary()));
    test::saveShot(list.get(), u"dashboard-drilldown-collected"_s);
}

void TestDashboardPage::drillDownsAddUpToTheFigureClicked()
{
    const DashboardData &d = m_page->data();
    const qint64 revenue = d.dashboard.card(u"revenue"_s)->value.numerator;

    std::unique_ptr<DrillDownDialog> all(m_page->drillIntoCard(u"revenue"_s));
    QVERIFY(all);
    QVERIFY2(all->summary().contains(Money::format(revenue)), qPrintable(all->summary()));

    const Row top = d.byRep.rows.constFirst();
    std::unique_ptr<DrillDownDialog> rep(m_page->drillIntoRep(top.id));
    QVERIFY2(rep->summary().contains(Money::format(top.value.numerator)), qPrintable(rep->summary()));
    QVERIFY(rep->rowTotal() > 0);

    const Row channel = d.byChannel.rows.constFirst();
    std::unique_ptr<DrillDownDialog> byChannel(m_page->drillIntoChannel(channel.key));
    QVERIFY2(byChannel->summary().contains(Money::format(channel.value.numerator)),
             qPrintable(byChannel->summary()));

    const Row region = d.byRegion.rows.constFirst();
    std::unique_ptr<DrillDownDialog> byRegion(m_page->drillIntoRegion(region.key));
    QVERIFY2(byRegion->summary().contains(Money::format(region.value.numerator)),
             qPrintable(byRegion->summary()));

    // A month of the trend: the bar's value.
    const int month = int(d.trendPeriods.size()) - 3;
    std::unique_ptr<DrillDownDialog> trend(m_page->drillIntoTrend(month));
    QVERIFY2(trend->summary().contains(Money::format(d.revenue.at(month).numerator)),
             qPrintable(trend->summary()));

    // The visits card lists the visits it counts.
    std::unique_ptr<DrillDownDialog> visits(m_page->drillIntoCard(u"visits"_s));
    QCOMPARE(visits->rowTotal(), d.dashboard.card(u"visits"_s)->value.numerator);
    // The customer cards list the customers they count (read on a worker first).
    std::unique_ptr<DrillDownDialog> newCustomers(nextDrillDown(u"new_customers"_s));
    QVERIFY(newCustomers);
    QCOMPARE(newCustomers->rowTotal(), d.dashboard.card(u"new_customers"_s)->value.numerator);
    const Value retention = d.dashboard.card(u"retention_rate"_s)->value;
    QVERIFY(retention.numerator > 0);
    std::unique_ptr<DrillDownDialog> retained(nextDrillDown(u"retention_rate"_s));
    QVERIFY(retained);
    QCOMPARE(retained->rowTotal(), retention.numerator);
    QVERIFY2(retained->summary().contains(QString::number(retention.denominator)),
             qPrintable(retained->summary()));
    test::saveShot(rep.get(), u"dashboard-drilldown"_s);
    test::saveShot(retained.get(), u"dashboard-drilldown-retained"_s);
}

void TestDashboardPage::customerDrillDownsRunOnAWorker()
{
    // Two clicks in a row: the first read is still running, the newer one replaces it, and only
    // the newer list opens.
    QSignalSpy opened(m_page, &DashboardPage::drillDownOpened);
    QVERIFY(!m_page->drillIntoCard(u"new_customers"_s));
    QVERIFY(m_page->isFindingCustomers());
    QVERIFY(test::child<QProgressBar>(m_page, u"dashboardBusy"_s)->isVisible());
    QVERIFY(!m_page->drillIntoCard(u"retention_rate"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isFindingCustomers() && !opened.isEmpty(), 20000);
    QTest::qWait(50); // nothing else comes
    QCOMPARE(opened.size(), 1);
    std::unique_ptr<DrillDownDialog> retained(opened.constFirst().constFirst().value<DrillDownDialog *>());
    const Value retention = m_page->data().dashboard.card(u"retention_rate"_s)->value;
    QCOMPARE(retained->rowTotal(), retention.numerator);
    QVERIFY(!test::child<QProgressBar>(m_page, u"dashboardBusy"_s)->isVisible());
}

void TestDashboardPage::choosersAreFilledOnAWorker()
{
    const auto distinct = [this](const QString &sql) {
        QStringList values;
        QSqlQuery q(m_window->database()->connectionForThread());
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toString();
        return values;
    };
    const auto items = [](QComboBox *box) {
        QStringList values;
        for (int i = 1; i < box->count(); ++i)
            values << box->itemData(i).toString();
        return values;
    };
    QComboBox *regions = test::child<QComboBox>(m_page, u"regionChooser"_s);
    QComboBox *channels = test::child<QComboBox>(m_page, u"channelChooser"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isFillingChoosers(), 20000);
    const QStringList allRegions = distinct(
        u"SELECT DISTINCT region FROM customer WHERE deleted = 0 AND region IS NOT NULL ORDER BY region"_s);
    QVERIFY(allRegions.size() > 1);
    QCOMPARE(items(regions), allRegions);
    QCOMPARE(regions->itemData(0).toString(), QString());
    QCOMPARE(items(channels), distinct(u"SELECT DISTINCT o.channel FROM sales_order o JOIN customer c ON "
                                       u"c.id = o.customer_id WHERE o.deleted = 0 AND c.deleted = 0 AND "
                                       u"o.channel <> '' ORDER BY 1"_s));

    // A rep: the regions of their own customers, filled again in the background.
    OrgRepository org(*m_window->database(), AccessScope::administrator());
    qint64 repId = 0;
    for (const Member &m : org.members(true))
        if (m.role == Role::Rep && !repId)
            repId = m.id;
    QSignalSpy filled(m_page, &DashboardPage::choosersFilled);
    m_window->session()->setActingMember(repId);
    m_page->updateNow();
    QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty(), 20000);
    const QStringList repRegions =
        distinct(u"SELECT DISTINCT region FROM customer WHERE deleted = 0 AND region IS NOT NULL AND "
                 u"owner_id = %1 ORDER BY region"_s.arg(repId));
    QVERIFY(!repRegions.isEmpty());
    QVERIFY(repRegions.size() < allRegions.size());
    QCOMPARE(items(regions), repRegions);
    QTRY_VERIFY_WITH_TIMEOUT(!test::child<QProgressBar>(m_page, u"dashboardBusy"_s)->isVisible(), 20000);
}

void TestDashboardPage::aTeamNarrowsEverything()
{
    OrgRepository org(*m_window->database(), AccessScope::administrator());
    qint64 teamId = 0;
    for (const Team &t : org.teams())
        if (t.kind == u"team"_s && !teamId)
            teamId = t.id;
    QVERIFY(teamId);
    QComboBox *teams = test::child<QComboBox>(m_page, u"teamChooser"_s);
    QVERIFY(teams->isVisible());
    QVERIFY(teams->findData(teamId) > 0);
    m_page->setTeam(teamId);
    QVERIFY(waitLoaded());
    QVERIFY(QTest::qWaitFor([this, teamId] { return m_page->data().teamId == teamId; }, 20000));

    MetricsEngine engine(*m_window->database(), AccessScope::administrator());
    engine.setToday(Today);
    Filter f;
    f.teamId = teamId;
    const Value teamRevenue = engine.total(Measure::Revenue, LastMonth, f);
    QCOMPARE(m_page->card(u"revenue"_s)->valueText(), teamRevenue.display());
    QVERIFY(!m_page->data().teamMembers.isEmpty());
    for (const Row &r : m_page->data().byRep.rows)
        QVERIFY2(m_page->data().teamMembers.contains(r.id), qPrintable(r.label));
    std::unique_ptr<DrillDownDialog> orders(m_page->drillIntoCard(u"revenue"_s));
    QVERIFY2(orders->summary().contains(Money::format(teamRevenue.numerator)), qPrintable(orders->summary()));
}

void TestDashboardPage::aRegionAndChannelNarrowEverything()
{
    QComboBox *regions = test::child<QComboBox>(m_page, u"regionChooser"_s);
    QComboBox *channels = test::child<QComboBox>(m_page, u"channelChooser"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isFillingChoosers(), 20000);
    QVERIFY(regions->isVisible());
    QVERIFY(channels->isVisible());
    QVERIFY(regions->count() > 2);
    const QString region = regions->itemData(1).toString();
    const QString channel = channels->itemData(1).toString();
    QVERIFY(!region.isEmpty() && !channel.isEmpty());

    m_page->setRegion(region);
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_page->isLoading() && m_page->data().filter.regions == QStringList{region}; }, 20000));
    MetricsEngine engine(*m_window->database(), AccessScope::administrator());
    engine.setToday(Today);
    Filter f;
    f.regions << region;
    QCOMPARE(m_page->card(u"revenue"_s)->valueText(), engine.total(Measure::Revenue, LastMonth, f).display());
    QCOMPARE(m_page->card(u"visits"_s)->valueText(), engine.total(Measure::Visits, LastMonth, f).display());
    for (const Row &r : m_page->data().byRegion.rows)
        QCOMPARE(r.key, region);
    // Payments of the region's customers; no target against a slice.
    const qint64 regionCollected = collected(LastMonth, u"c.region = '%1'"_s.arg(region));
    QCOMPARE(m_page->card(u"collected"_s)->valueText(), Money::format(regionCollected));
    QCOMPARE(m_page->card(u"collected"_s)->statusText(), QString());
    std::unique_ptr<DrillDownDialog> payments(m_page->drillIntoCard(u"collected"_s));
    QVERIFY2(payments->summary().contains(Money::format(regionCollected)), qPrintable(payments->summary()));

    // A channel too: orders narrow; visits and new customers have no channel and say so.
    m_page->setChannel(channel);
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_page->isLoading() && m_page->data().filter.channels == QStringList{channel}; },
        20000));
    f.channels << channel;
    const Value revenue = engine.total(Measure::Revenue, LastMonth, f);
    QCOMPARE(m_page->card(u"revenue"_s)->valueText(), revenue.display());
    QCOMPARE(m_page->card(u"visits"_s)->valueText(), u"—"_s);
    QVERIFY(!m_page->card(u"new_customers"_s)->toolTip().isEmpty());
    QVERIFY(!m_page->data().funnelUnavailable.isEmpty());
    QVERIFY(m_page->data().funnel.stages.isEmpty());
    std::unique_ptr<DrillDownDialog> orders(m_page->drillIntoCard(u"revenue"_s));
    QVERIFY2(orders->summary().contains(Money::format(revenue.numerator)), qPrintable(orders->summary()));
    QVERIFY(!m_page->drillIntoCard(u"new_customers"_s)); // no list the filter cannot give
    // Payments have no channel: "—", the reason on the card and in the note, nothing to list.
    QCOMPARE(m_page->card(u"collected"_s)->valueText(), u"—"_s);
    QCOMPARE(m_page->card(u"collected"_s)->toolTip(),
             MetricsEngine::unsupportedReason(Measure::Collected, f));
    QVERIFY(!m_page->drillIntoCard(u"collected"_s));
    QCOMPARE(test::child<QLabel>(m_page, u"dashboardNote"_s)->text(),
             MetricsEngine::unsupportedReason(Measure::Collected, f));
    test::saveShot(m_window.get(), u"dashboard-filtered"_s);
}

void TestDashboardPage::aRepSeesOnlyTheirOwn()
{
    OrgRepository org(*m_window->database(), AccessScope::administrator());
    qint64 repId = 0;
    for (const Member &m : org.members(true))
        if (m.role == Role::Rep && !repId)
            repId = m.id;
    QVERIFY(repId);
    QSignalSpy loaded(m_page, &DashboardPage::loaded);
    m_window->session()->setActingMember(repId);
    m_page->updateNow();
    QVERIFY(loaded.wait(20000) || loaded.count() > 0);

    const AccessScope scope = m_window->session()->scope();
    MetricsEngine engine(*m_window->database(), scope);
    engine.setToday(Today);
    QCOMPARE(m_page->card(u"revenue"_s)->valueText(), engine.total(Measure::Revenue, LastMonth).display());
    QVERIFY(!test::child<QComboBox>(m_page, u"teamChooser"_s)->isVisible());
    // Every bar is the rep's (their customers' orders are theirs in the demo company).
    for (const Row &r : m_page->data().byRep.rows)
        QCOMPARE(r.id, repId);
    std::unique_ptr<DrillDownDialog> orders(m_page->drillIntoCard(u"revenue"_s));
    QVERIFY2(orders->summary().contains(Money::format(engine.total(Measure::Revenue, LastMonth).numerator)),
             qPrintable(orders->summary()));

    // Collected: the payments of the rep's own customers, against the rep's own target.
    const qint64 own = collected(LastMonth, u"c.owner_id = %1"_s.arg(repId));
    QVERIFY(own > 0);
    QVERIFY(own < collected(LastMonth));
    QCOMPARE(m_page->card(u"collected"_s)->valueText(), Money::format(own));
    const qint64 target =
        scalar(u"SELECT value FROM target WHERE deleted = 0 AND metric = 'collected' AND "
               u"period_kind = 'month' AND period_start = '2025-05-01' AND member_id = %1"_s.arg(repId));
    QVERIFY(target > 0);
    QCOMPARE(m_page->data().dashboard.card(u"collected"_s)->attainment.target, target);
    QCOMPARE(m_page->data().dashboard.card(u"collected"_s)->attainment.attainment, Value::ratio(own, target));
    std::unique_ptr<DrillDownDialog> payments(m_page->drillIntoCard(u"collected"_s));
    QVERIFY(payments);
    QCOMPARE(
        payments->rowTotal(),
        scalar(u"SELECT count(*) FROM payment p JOIN customer c ON c.id = p.customer_id WHERE p.deleted = 0 "
               u"AND c.deleted = 0 AND p.paid_on BETWEEN '2025-05-01' AND '2025-05-31' AND c.owner_id = %1"_s
                   .arg(repId)));
    QVERIFY2(payments->summary().contains(Money::format(own)), qPrintable(payments->summary()));
}

void TestDashboardPage::myTasksAreTheRepsOwnOverdueFirst()
{
    // The administrator has no tasks of their own: no panel.
    MyTasksPanel *panel = m_page->myTasks();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());

    OrgRepository org(*m_window->database(), AccessScope::administrator());
    qint64 repId = 0;
    for (const Member &m : org.members(true))
        if (m.role == Role::Rep && !repId)
            repId = m.id;
    m_window->session()->setActingMember(repId);
    m_page->updateNow();
    panel->setToday(Today);
    QVERIFY(panel->isVisible());

    // Hand-counted from the table: the rep's open tasks, those due before and on Today.
    const auto count = [&](const QString &condition) {
        QSqlQuery q(m_window->database()->connectionForThread());
        q.exec(u"SELECT count(*) FROM task WHERE deleted = 0 AND status IN ('open', 'in_progress') "
               u"AND assignee_id = %1 AND %2"_s.arg(repId)
                   .arg(condition));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int overdue = count(u"due_date < '%1'"_s.arg(Today.toString(Qt::ISODate)));
    const int dueToday = count(u"due_date = '%1'"_s.arg(Today.toString(Qt::ISODate)));
    const int open = count(u"1"_s);
    QVERIFY(open > 0);
    // In the language of the run (LOOK_LANG): the words the panel uses; in English, spelled out.
    QCOMPARE(panel->summary()->text(), MyTasksPanel::tr("%1 overdue · %2 due today · %Ln open", nullptr, open)
                                           .arg(QLocale().toString(overdue), QLocale().toString(dueToday)));
    if (qEnvironmentVariable("LOOK_LANG", u"en"_s) == u"en"_s)
        QCOMPARE(panel->summary()->text(),
                 u"%1 overdue · %2 due today · %3 open"_s.arg(overdue).arg(dueToday).arg(open));
    QTreeWidget *list = panel->list();
    QCOMPARE(list->topLevelItemCount(), std::min(open, int(MyTasksPanel::MaxRows)));
    // Every row is one of the rep's tasks; overdue ones before the rest.
    TaskRepository tasks(*m_window->database(), AccessScope::administrator());
    bool seenNotOverdue = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const std::optional<Task> t = tasks.get(list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
        QVERIFY(t);
        QCOMPARE(t->assigneeId, repId);
        const bool late = t->dueDate.isValid() && t->dueDate < Today;
        QVERIFY(!(late && seenNotOverdue));
        seenNotOverdue = seenNotOverdue || !late;
        if (late)
            QCOMPARE(list->topLevelItem(i)->text(0),
                     MyTasksPanel::tr("%Ln day(s) overdue", nullptr, int(t->dueDate.daysTo(Today))));
    }
    // A task done elsewhere leaves the panel.
    const qint64 first = list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    QVERIFY(m_window->session()->repository<TaskRepository>().setStatus(first, u"done"_s));
    m_window->session()->notifyChanged(Session::Tasks);
    const int overdueAfter = count(u"due_date < '%1'"_s.arg(Today.toString(Qt::ISODate)));
    const int todayAfter = count(u"due_date = '%1'"_s.arg(Today.toString(Qt::ISODate)));
    QCOMPARE(overdueAfter + todayAfter, overdue + dueToday - 1); // the first row was overdue or today's
    QCOMPARE(panel->summary()->text(),
             MyTasksPanel::tr("%1 overdue · %2 due today · %Ln open", nullptr, open - 1)
                 .arg(QLocale().toString(overdueAfter), QLocale().toString(todayAfter)));
    QVERIFY(panel->list()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() != first);
    test::saveShot(m_window.get(), u"dashboard-mytasks"_s);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
