// DashboardPage: where the team stands for a month, quarter or year — KPI cards against their
// targets, the revenue trend with the target line and last year's, revenue by rep, by channel and
// by region, and the funnel — for the whole scope or one team. The figures, the customers behind
// a customer card and the regions and channels to choose from are read off the UI thread (a newer
// request cancels an older one), and every bar, slice and card opens the records behind it.
#pragma once

#include "charts/DashboardData.h"
#include "pages/CrmPage.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace frontline {

class DrillDownDialog;
class KpiCardWidget;
class MyTasksPanel;
class PageHeader;

class DashboardPage : public CrmPage
{
    Q_OBJECT
public:
    explicit DashboardPage(CrmActions *actions, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // What the page shows now (tests).
    const DashboardData &data() const { return m_data; }
    bool isLoading() const { return m_loading; }
    // Whether the customers of a drill-down or the choosers' lists are still being read.
    bool isFindingCustomers() const;
    bool isFillingChoosers() const;
    KpiCardWidget *card(const QString &key) const;
    QChartView *chartView(const QString &name) const;
    MyTasksPanel *myTasks() const { return m_myTasks; }
    // Picks the period and team (tests and the CLI-like entry points); loads.
    void setPeriod(const analytics::Period &period);
    void setTeam(qint64 teamId);
    // "Today" for periods in progress (tests pin it); default the current date.
    void setToday(const QDate &today);

    // Drill-downs, as the charts call them. Each opens a DrillDownDialog and returns it (tests).
    // The customer cards (new customers, retention) read their customers in the background
    // first: they return nullptr and the dialog comes with drillDownOpened(). A card without a
    // figure (the filter cannot give it) opens nothing and says why.
    DrillDownDialog *drillIntoCard(const QString &key);
    DrillDownDialog *drillIntoTrend(int index);
    DrillDownDialog *drillIntoRep(qint64 memberId);
    DrillDownDialog *drillIntoChannel(const QString &channel);
    DrillDownDialog *drillIntoRegion(const QString &region);
    DrillDownDialog *drillIntoStage(qint64 stageId);
    // Restricts the dashboard to one region or channel (empty: all).
    void setRegion(const QString &region);
    void setChannel(const QString &channel);
    // What the rep chart shows: revenue (the default) or collected payments (回款); its bars
    // drill into the orders or the payments.
    bool showsCollectedByRep() const;
    void setCollectedByRep(bool collected);
    // The dashboard on paper: a preview to print from, or an A4 PDF. Both are exports of the
    // dashboard report (performance/export), audited like the CLI's.
    void printDashboard();
    void exportPdf();
    bool writePdf(const QString &path, QString *error);

    // Dialogs open modeless; tests turn that off to inspect them without an event loop.
    void setDrillDownsShown(bool shown) { m_showDrillDowns = shown; }

Q_SIGNALS:
    void loaded();
    // A drill-down whose records were read in the background opened.
    void drillDownOpened(frontline::DrillDownDialog *dialog);
    // The region and channel choosers hold the lists of the current scope.
    void choosersFilled();

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    // The orders and payments the figures shown for period add up: the chosen team, region and
    // channel (payments have none), in the user's scope (the repositories').
    OrderFilter ordersIn(const analytics::Period &period) const;
    PaymentFilter paymentsIn(const analytics::Period &period) const;

    // The customers behind the new-customer or retention card, read on a worker.
    struct CustomerRequest
    {
        analytics::CustomerSet set = analytics::CustomerSet::New;
        QString title;
        DashboardData data; // the figures the card showed when clicked
        int generation = 0;
    };
    struct CustomerIds
    {
        QList<qint64> ids;
        QString error;
        int generation = 0;
    };
    // The regions and channels of the scope, read on a worker.
    struct ChooserLists
    {
        QStringList regions;
        QStringList channels;
        int generation = 0;
    };

    void retranslateUi();
    void fillRegionsAndChannels();
    void applyRegionsAndChannels(const ChooserLists &lists);
    void findCustomers(const CustomerRequest &request);
    void customersFound(const CustomerIds &found);
    // Waits for the background reads (the database is about to close, or the page goes).
    void waitForWorkers();
    void updateBusy();
    DrillDownDialog *drillIntoCustomers(analytics::CustomerSet set, const QString &title);
    void fillPeriods();
    void fillTeams();
    void load();
    void show(const DashboardData &data);
    void updateTrendChart();
    void updateRepChart();
    void updateDonut(QChart *chart, const analytics::Breakdown &breakdown, bool channel);
    void updateFunnelChart();
    DrillDownDialog *openDrillDown(const QString &title);
    QString periodTitle(const analytics::Period &period) const;
    bool authorizeExport(const QString &format, const QString &destination, QString *error);

    PageHeader *m_header = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_region = nullptr;     // all regions, or one
    QComboBox *m_channel = nullptr;    // all channels, or one
    QComboBox *m_repMeasure = nullptr; // revenue or collected payments by rep
    QToolButton *m_refresh = nullptr;
    QToolButton *m_print = nullptr;
    QToolButton *m_pdf = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_note = nullptr;
    QList<KpiCardWidget *> m_cards;
    MyTasksPanel *m_myTasks = nullptr; // the user's own open tasks, between the cards and the charts
    QChartView *m_trend = nullptr;
    QChartView *m_reps = nullptr;
    QChartView *m_channels = nullptr;
    QChartView *m_regions = nullptr;
    QChartView *m_funnel = nullptr;

    DashboardData m_data;
    QDate m_today;
    bool m_todayPinned = false;
    bool m_loading = false;
    bool m_showDrillDowns = true;
    bool m_filling = false;
    std::unique_ptr<QFutureWatcher<DashboardData>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_reloadWhenDone = false;

    // Bumped by every change of database or user: what a worker read for an older one is dropped.
    int m_generation = 0;
    QFutureWatcher<CustomerIds> *m_customerWatcher = nullptr;
    CustomerRequest m_runningCustomers;
    std::optional<CustomerRequest> m_nextCustomers; // a newer click, waiting for the running read
    QString m_noteBeforeSearch;
    QFutureWatcher<ChooserLists> *m_chooserWatcher = nullptr;
    bool m_refillChoosers = false;
};

} // namespace frontline
