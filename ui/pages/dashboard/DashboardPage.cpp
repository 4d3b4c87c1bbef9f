#include "DashboardPage.h"

#include "CrmActions.h"
#include "Format.h"
#include "KpiCardWidget.h"
#include "MyTasksPanel.h"
#include "charts/DashboardCharts.h"
#include "dialogs/DrillDownDialog.h"
#include "domain/Money.h"
#include "export/ReportWriter.h"
#include "print/DashboardPrint.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/OrgRepository.h"
#include "settings/SharedSettings.h"
#include "widgets/ComboBoxes.h"
#include "widgets/PageHeader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

QChartView *newChartView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

// The cards' places: money on the first row, customers and visits on the second; each row fills
// the width (a row of four and a row of three read better than three rows of three with holes).
const QList<QStringList> &cardRows()
{
    static const QList<QStringList> rows{
        {u"revenue"_s, u"collected"_s, u"growth"_s, u"weighted_pipeline"_s},
        {u"new_customers"_s, u"retention_rate"_s, u"visits"_s},
    };
    return rows;
}

constexpr int CardColumns = 12; // divisible by every row's length

// Runs read(database, scope) on a worker with that thread's own connection (never the UI's),
// closed when it is done, and hands the result to watcher.
template <typename Result, typename Read>
void readInBackground(QFutureWatcher<Result> *watcher, Database *db, const AccessScope &scope, Read read)
{
    watcher->setFuture(QtConcurrent::run([db, scope, read] {
        Result result = read(*db, scope);
        db->releaseThreadConnection();
        return result;
    }));
}

} // namespace

DashboardPage::DashboardPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions,
              Session::Orders | Session::Customers | Session::Activities | Session::Opportunities |
                  Session::Organisation,
              parent)
{
    m_header = new PageHeader(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"periodKind"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodChooser"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamChooser"_s);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionChooser"_s);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channelChooser"_s);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setAutoRaise(true);
    m_print = new QToolButton(this);
    m_print->setObjectName(u"printButton"_s);
    m_print->setAutoRaise(true);
    m_pdf = new QToolButton(this);
    m_pdf->setObjectName(u"pdfButton"_s);
    m_pdf->setAutoRaise(true);
    // They give way in the narrowest window (720 px) rather than widen it.
    for (QToolButton *b : {m_print, m_pdf}) {
        b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        b->setMinimumWidth(24);
    }
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"dashboardBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(u"dashboardNote"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    // The note gives way to the buttons in a narrow window rather than widen it.
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addWidget(m_team);
    bar->addWidget(m_region);
    bar->addWidget(m_channel);
    bar->addWidget(m_refresh);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    bar->addWidget(m_note);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);

    auto *content = new QWidget;
    auto *cards = new QGridLayout;
    cards->setSpacing(10);
    for (int row = 0; row < cardRows().size(); ++row) {
        const qsizetype inRow = cardRows().at(row).size();
        const int span = int(CardColumns / inRow);
        for (int i = 0; i < inRow; ++i) {
            auto *card = new KpiCardWidget(content);
            m_cards << card;
            cards->addWidget(card, row, i * span, 1, span);
            connect(card, &KpiCardWidget::clicked, this, [this](const QString &key) { drillIntoCard(key); });
        }
    }
    for (int c = 0; c < CardColumns; ++c)
        cards->setColumnStretch(c, 1);
    m_trend = newChartView(u"trendChart"_s, content);
    m_reps = newChartView(u"repChart"_s, content);
    m_channels = newChartView(u"channelChart"_s, content);
    m_regions = newChartView(u"regionChart"_s, content);
    m_funnel = newChartView(u"funnelChart"_s, content);
    m_reps->setMinimumHeight(360);
    m_trend->setMinimumHeight(360);
    m_repMeasure = new QComboBox(content);
    m_repMeasure->setObjectName(u"repMeasure"_s);
    m_repMeasure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repMeasure->addItem(QString(), false);
    m_repMeasure->addItem(QString(), true);
    connect(m_repMeasure, &QComboBox::activated, this, &DashboardPage::updateRepChart);
    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    // The chooser sits on a row of its own above the charts, so that their tops stay level.
    charts->addWidget(m_repMeasure, 0, 2, Qt::AlignRight);
    charts->addWidget(m_trend, 1, 0, 1, 2);
    charts->addWidget(m_reps, 1, 2);
    charts->addWidget(m_channels, 2, 0);
    charts->addWidget(m_regions, 2, 1);
    charts->addWidget(m_funnel, 2, 2);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(cards);
    m_myTasks = new MyTasksPanel(session(), actions, content);
    contentLayout->addWidget(m_myTasks);
    contentLayout->addLayout(charts);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_kind, &QComboBox::activated, this, [this] {
        fillPeriods();
        load();
    });
    connect(m_period, &QComboBox::activated, this, &DashboardPage::load);
    connect(m_team, &QComboBox::activated, this, &DashboardPage::load);
    connect(m_region, &QComboBox::activated, this, &DashboardPage::load);
    connect(m_channel, &QComboBox::activated, this, &DashboardPage::load);
    connect(m_refresh, &QToolButton::clicked, this, &DashboardPage::load);
    connect(m_print, &QToolButton::clicked, this, &DashboardPage::printDashboard);
    connect(m_pdf, &QToolButton::clicked, this, &DashboardPage::exportPdf);

    m_customerWatcher = new QFutureWatcher<CustomerIds>(this);
    connect(m_customerWatcher, &QFutureWatcher<CustomerIds>::finished, this,
            [this] { customersFound(m_customerWatcher->result()); });
    m_chooserWatcher = new QFutureWatcher<ChooserLists>(this);
    connect(m_chooserWatcher, &QFutureWatcher<ChooserLists>::finished, this,
            [this] { applyRegionsAndChannels(m_chooserWatcher->result()); });
    retranslateUi();
}

DashboardPage::~DashboardPage()
{
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
    m_customerWatcher->disconnect(this);
    m_chooserWatcher->disconnect(this);
    waitForWorkers();
}

bool DashboardPage::isFindingCustomers() const
{
    return m_customerWatcher->isRunning();
}

bool DashboardPage::isFillingChoosers() const
{
    return m_chooserWatcher->isRunning();
}

void DashboardPage::waitForWorkers()
{
    m_customerWatcher->waitForFinished();
    m_chooserWatcher->waitForFinished();
}

void DashboardPage::updateBusy()
{
    m_busy->setVisible(m_loading || isFindingCustomers() || isFillingChoosers());
}

KpiCardWidget *DashboardPage::card(const QString &key) const
{
    for (KpiCardWidget *c : m_cards)
        if (c->key() == key)
            return c;
    return nullptr;
}

QChartView *DashboardPage::chartView(const QString &name) const
{
    for (QChartView *v : {m_trend, m_reps, m_channels, m_regions, m_funnel})
        if (v->objectName() == name)
            return v;
    return nullptr;
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    m_todayPinned = today.isValid();
    fillPeriods();
}

void DashboardPage::setPeriod(const Period &period)
{
    m_filling = true;
    const int kind = period.kind() == Period::Quarter ? 1 : period.kind() == Period::Year ? 2 : 0;
    m_kind->setCurrentIndex(kind);
    fillPeriods();
    int index = m_period->findData(period.key());
    if (index < 0) {
        m_period->insertItem(0, periodTitle(period), period.key());
        index = 0;
    }
    m_period->setCurrentIndex(index);
    m_filling = false;
    load();
}

void DashboardPage::setTeam(qint64 teamId)
{
    const int index = m_team->findData(teamId);
    m_team->setCurrentIndex(std::max(0, index));
    load();
}

void DashboardPage::setRegion(const QString &region)
{
    int index = m_region->findData(region);
    // Asked for before the lists came: chosen now, kept if the scope has it.
    if (index < 0 && !region.isEmpty() && isFillingChoosers()) {
        m_region->addItem(region, region);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(std::max(0, index));
    load();
}

void DashboardPage::setChannel(const QString &channel)
{
    int index = m_channel->findData(channel);
    if (index < 0 && !channel.isEmpty() && isFillingChoosers()) {
        m_channel->addItem(Metrics::channelLabel(channel), channel);
        index = m_channel->count() - 1;
    }
    m_channel->setCurrentIndex(std::max(0, index));
    load();
}

void DashboardPage::fillRegionsAndChannels()
{
    // "All" stays chosen until the lists come.
    if (!m_region->count())
        m_region->addItem(tr("All regions"), QString());
    if (!m_channel->count())
        m_channel->addItem(tr("All channels"), QString());
    if (!session()->isOpen()) {
        m_refillChoosers = false;
        applyRegionsAndChannels(ChooserLists{{}, {}, m_generation});
        return;
    }
    // DISTINCT over every order takes a while on a large database: on a worker, with its own
    // connection, like the figures.
    if (isFillingChoosers()) {
        m_refillChoosers = true;
        return;
    }
    m_refillChoosers = false;
    readInBackground(m_chooserWatcher, session()->database(), session()->scope(),
                     [generation = m_generation](Database &db, const AccessScope &scope) {
                         ChooserLists lists;
                         lists.regions = CustomerRepository(db, scope).regions();
                         lists.channels = OrderRepository(db, scope).channels();
                         lists.generation = generation;
                         return lists;
                     });
    updateBusy();
}

void DashboardPage::applyRegionsAndChannels(const ChooserLists &lists)
{
    updateBusy();
    // A newer request came while this one ran (another user, the data changed): read again.
    if (m_refillChoosers || lists.generation != m_generation) {
        m_refillChoosers = false;
        fillRegionsAndChannels();
        return;
    }
    const QString region = m_region->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    m_region->clear();
    m_channel->clear();
    m_region->addItem(tr("All regions"), QString());
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &r : lists.regions)
        m_region->addItem(r, r);
    for (const QString &c : lists.channels)
        m_channel->addItem(Metrics::channelLabel(c), c);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_region->setVisible(m_region->count() > 2);
    m_channel->setVisible(m_channel->count() > 2);
    // A region or channel the new scope does not have is no longer chosen: the figures follow.
    if (m_region->currentData().toString() != region || m_channel->currentData().toString() != channel)
        load();
    if (session()->isOpen())
        Q_EMIT choosersFilled();
}

void DashboardPage::rebuild()
{
    // A change of database or user: a computation still running belongs to the old one.
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
        m_reloadWhenDone = false;
    }
    ++m_generation;
    m_nextCustomers.reset();
    // The database is closing: no worker may still read it. With another user the reads go on
    // and their results are dropped.
    if (!session()->isOpen())
        waitForWorkers();
    fillTeams();
    fillRegionsAndChannels();
    fillPeriods();
    load();
}

void DashboardPage::refresh()
{
    load();
}

void DashboardPage::fillPeriods()
{
    const QDate today = m_todayPinned ? m_today : QDate::currentDate();
    const QString current = m_period->currentData().toString();
    m_period->clear();
    QList<Period> periods;
    switch (m_kind->currentIndex()) {
    case 1:
        periods = Period::containing(Period::Quarter, today).trailing(8);
        break;
    case 2:
        periods = Period::containing(Period::Year, today).trailing(5);
        break;
    default:
        periods = Period::containing(Period::Month, today).trailing(24);
        break;
    }
    std::reverse(periods.begin(), periods.end()); // newest first
    for (const Period &p : std::as_const(periods))
        m_period->addItem(periodTitle(p), p.key());
    const int keep = m_period->findData(current);
    m_period->setCurrentIndex(keep >= 0 ? keep : 0);
}

void DashboardPage::fillTeams()
{
    if (!session()->isOpen() || session()->scope().role() == Role::Rep) {
        m_team->clear();
        m_team->addItem(tr("Everyone I can see"), qint64(0));
        m_team->hide();
        return;
    }
    // A manager chooses among the teams of their own subtree.
    qint64 root = 0;
    if (session()->scope().role() == Role::Manager && session()->actingMember())
        root = session()->actingMember()->teamId;
    combos::fillTeamTree(m_team, tr("Everyone I can see"), session()->repository<OrgRepository>().teams(),
                         root);
    m_team->setVisible(m_team->count() > 1);
}

void DashboardPage::load()
{
    if (m_filling)
        return;
    if (!session()->isOpen()) {
        m_data = DashboardData();
        for (KpiCardWidget *c : m_cards)
            c->clear();
        return;
    }
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_reloadWhenDone = true;
        return;
    }
    const std::optional<Period> period = Period::parse(m_period->currentData().toString());
    if (!period)
        return;
    m_loading = true;
    m_reloadWhenDone = false;
    updateBusy();
    m_note->setText(tr("Calculating…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = std::make_unique<QFutureWatcher<DashboardData>>();
    connect(m_watcher.get(), &QFutureWatcher<DashboardData>::finished, this, [this] {
        DashboardData data = m_watcher->result();
        m_loading = false;
        updateBusy();
        if (m_reloadWhenDone) {
            load();
            return;
        }
        show(data);
    });
    Database *db = session()->database();
    const AccessScope scope = session()->scope();
    Filter filter;
    filter.teamId = m_team->currentData().toLongLong();
    if (const QString region = m_region->currentData().toString(); !region.isEmpty())
        filter.regions << region;
    if (const QString channel = m_channel->currentData().toString(); !channel.isEmpty())
        filter.channels << channel;
    const QDate today = m_todayPinned ? m_today : QDate::currentDate();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([db, scope, p = *period, filter, today, cancel] {
        DashboardData data = DashboardData::compute(*db, scope, p, filter, today, cancel.get());
        db->releaseThreadConnection();
        return data;
    }));
}

void DashboardPage::show(const DashboardData &data)
{
    if (data.cancelled)
        return;
    m_data = data;
    if (!data.error.isEmpty()) {
        m_note->setText(data.error);
        return;
    }
    QString subtitle = tr("%1 · %2").arg(data.dashboard.subject, periodTitle(data.period));
    for (const QString &region : data.filter.regions)
        subtitle += u" · "_s + region;
    for (const QString &channel : data.filter.channels)
        subtitle += u" · "_s + Metrics::channelLabel(channel);
    m_header->setSubtitle(subtitle);
    m_note->setText(
        tr("As of %1 · calculated in %2 ms").arg(dateText(data.dashboard.asOf)).arg(data.elapsedMs));
    qsizetype slot = 0;
    for (const QStringList &row : cardRows()) {
        for (const QString &key : row) {
            KpiCardWidget *widget = m_cards.at(slot++);
            if (const KpiCard *c = data.dashboard.card(key))
                widget->setCard(*c);
            else
                widget->clear();
        }
    }
    updateTrendChart();
    updateRepChart();
    updateDonut(m_channels->chart(), data.byChannel, true);
    updateDonut(m_regions->chart(), data.byRegion, false);
    updateFunnelChart();
    Q_EMIT loaded();
}

QString DashboardPage::periodTitle(const Period &period) const
{
    return DashboardCharts::periodTitle(period);
}

void DashboardPage::updateTrendChart()
{
    QBarSeries *series = DashboardCharts::fillTrend(m_trend->chart(), m_data);
    connect(series, &QBarSeries::clicked, this, [this](int index) { drillIntoTrend(index); });
}

bool DashboardPage::showsCollectedByRep() const
{
    return m_repMeasure->currentData().toBool();
}

void DashboardPage::setCollectedByRep(bool collected)
{
    m_repMeasure->setCurrentIndex(collected ? 1 : 0);
    updateRepChart();
}

void DashboardPage::updateRepChart()
{
    QList<qint64> ids;
    const bool collected = showsCollectedByRep();
    const Breakdown &byRep = collected ? m_data.collectedByRep : m_data.byRep;
    QHorizontalBarSeries *series =
        DashboardCharts::fillReps(m_reps->chart(), byRep, palette().color(QPalette::Text), &ids, collected);
    if (collected && !m_data.collectedUnavailable.isEmpty())
        m_reps->chart()->setTitle(m_data.collectedUnavailable);
    // Tall enough that every rep's name has its line (the axis drops names that do not fit).
    m_reps->setMinimumHeight(std::max(360, 90 + 22 * DashboardCharts::repBars(byRep)));
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids](int index) {
        if (index >= 0 && index < ids.size())
            drillIntoRep(ids.at(index));
    });
}

void DashboardPage::updateDonut(QChart *chart, const Breakdown &breakdown, bool channel)
{
    QPieSeries *series = DashboardCharts::fillDonut(chart, breakdown, channel);
    connect(series, &QPieSeries::clicked, this, [this, channel](QPieSlice *slice) {
        const QVariant key = slice->property("drillKey");
        if (!key.isValid())
            return;
        if (channel)
            drillIntoChannel(key.toString());
        else
            drillIntoRegion(key.toString());
    });
    connect(series, &QPieSeries::hovered, this,
            [](QPieSlice *slice, bool state) { slice->setExploded(state); });
}

void DashboardPage::updateFunnelChart()
{
    QList<qint64> ids;
    QHorizontalBarSeries *series =
        DashboardCharts::fillFunnel(m_funnel->chart(), m_data.funnel, palette().color(QPalette::Text), &ids);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids](int index) {
        if (index >= 0 && index < ids.size())
            drillIntoStage(ids.at(index));
    });
    if (!m_data.funnelUnavailable.isEmpty())
        m_funnel->chart()->setTitle(m_data.funnelUnavailable);
}

DrillDownDialog *DashboardPage::openDrillDown(const QString &title)
{
    auto *dialog = new DrillDownDialog(actions(), title, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_showDrillDowns)
        dialog->show();
    return dialog;
}

DrillDownDialog *DashboardPage::drillIntoCard(const QString &key)
{
    if (!m_data.period.isValid())
        return nullptr;
    const QString when = periodTitle(m_data.period);
    // "—": nothing behind it to list (visits have no channel); the card's tooltip says so too.
    if (const KpiCard *card = m_data.dashboard.card(key); card && !card->unavailable.isEmpty()) {
        m_note->setText(card->unavailable);
        return nullptr;
    }
    if (key == u"revenue"_s || key == u"growth"_s) {
        DrillDownDialog *d = openDrillDown(tr("Orders · %1").arg(when));
        d->showOrders(ordersIn(m_data.period));
        return d;
    }
    if (key == u"collected"_s) {
        // The payments the card adds up: received in the period, credited to the team's reps,
        // of the region's customers; the scope is the repository's, as for the figure.
        DrillDownDialog *d = openDrillDown(tr("Payments · %1").arg(when));
        d->showPayments(paymentsIn(m_data.period));
        return d;
    }
    if (key == u"visits"_s) {
        ActivityFilter f;
        f.members = m_data.teamMembers;
        f.kind = u"visit"_s;
        f.from = m_data.period.from();
        f.to = m_data.period.to();
        DrillDownDialog *d = openDrillDown(tr("Visits · %1").arg(when));
        d->showActivities(f);
        return d;
    }
    if (key == u"weighted_pipeline"_s) {
        OpportunityFilter f;
        f.owners = m_data.teamMembers;
        f.openOnly = true;
        DrillDownDialog *d = openDrillDown(tr("Open opportunities"));
        d->showOpportunities(f);
        return d;
    }
    if (key == u"new_customers"_s)
        return drillIntoCustomers(CustomerSet::New, tr("New customers · %1").arg(when));
    if (key == u"retention_rate"_s)
        return drillIntoCustomers(CustomerSet::Retained, tr("Customers who bought again · %1").arg(when));
    return nullptr;
}

DrillDownDialog *DashboardPage::drillIntoCustomers(CustomerSet set, const QString &title)
{
    // The first-purchase query reads every order of the scope: on a worker, the page stays live
    // and the dialog opens when the customers are known.
    findCustomers(CustomerRequest{set, title, m_data, m_generation});
    return nullptr;
}

void DashboardPage::findCustomers(const CustomerRequest &request)
{
    if (!session()->isOpen())
        return;
    // A newer click replaces one still waiting; the running read's customers will be dropped.
    if (isFindingCustomers()) {
        m_nextCustomers = request;
        return;
    }
    m_nextCustomers.reset();
    m_runningCustomers = request;
    const QString searching = tr("Finding the customers…");
    if (m_note->text() != searching)
        m_noteBeforeSearch = m_note->text();
    m_note->setText(searching);
    readInBackground(m_customerWatcher, session()->database(), session()->scope(),
                     [set = request.set, period = request.data.period, filter = request.data.filter,
                      generation = request.generation](Database &db, const AccessScope &scope) {
                         CustomerIds found;
                         found.ids = MetricsEngine(db, scope).customerIds(set, period, filter, &found.error);
                         found.generation = generation;
                         return found;
                     });
    updateBusy();
}

void DashboardPage::customersFound(const CustomerIds &found)
{
    updateBusy();
    const bool searching = m_note->text() == tr("Finding the customers…");
    if (m_nextCustomers) {
        const CustomerRequest next = *m_nextCustomers;
        findCustomers(next);
        return;
    }
    if (searching)
        m_note->setText(m_noteBeforeSearch);
    // Another database or user since the click: these customers are not for them.
    if (found.generation != m_generation || !session()->isOpen())
        return;
    if (!found.error.isEmpty()) {
        m_note->setText(found.error);
        return;
    }
    const DashboardData &data = m_runningCustomers.data;
    CustomerFilter f;
    f.only = found.ids;
    QString note;
    // Of how many: the retention card's denominator, last period's buyers.
    if (const KpiCard *retention = data.dashboard.card(u"retention_rate"_s);
        m_runningCustomers.set == CustomerSet::Retained && retention) {
        note = tr("of %n customer(s) who bought in %1", nullptr, int(retention->value.denominator))
                   .arg(periodTitle(data.period.previous()));
    }
    DrillDownDialog *d = openDrillDown(m_runningCustomers.title);
    d->showCustomers(f, note);
    Q_EMIT drillDownOpened(d);
}

OrderFilter DashboardPage::ordersIn(const Period &period) const
{
    OrderFilter f;
    f.members = m_data.teamMembers;
    f.region = m_data.filter.regions.value(0);
    f.channel = m_data.filter.channels.value(0);
    f.from = period.from();
    f.to = period.to();
    return f;
}

PaymentFilter DashboardPage::paymentsIn(const Period &period) const
{
    PaymentFilter f; // payments have no channel (the card says so instead of listing)
    f.members = m_data.teamMembers;
    f.region = m_data.filter.regions.value(0);
    f.from = period.from();
    f.to = period.to();
    return f;
}

DrillDownDialog *DashboardPage::drillIntoTrend(int index)
{
    if (index < 0 || index >= m_data.trendPeriods.size())
        return nullptr;
    const Period &p = m_data.trendPeriods.at(index);
    DrillDownDialog *d = openDrillDown(tr("Orders · %1").arg(periodTitle(p)));
    d->showOrders(ordersIn(p));
    return d;
}

DrillDownDialog *DashboardPage::drillIntoRep(qint64 memberId)
{
    QString name;
    for (const Row &r : std::as_const(m_data.byRep.rows))
        if (r.id == memberId)
            name = r.label;
    if (showsCollectedByRep()) {
        for (const Row &r : std::as_const(m_data.collectedByRep.rows))
            if (r.id == memberId)
                name = r.label;
        PaymentFilter f = paymentsIn(m_data.period);
        f.members.clear(); // the one rep instead of the team
        f.memberId = memberId;
        DrillDownDialog *d = openDrillDown(tr("Payments of %1 · %2").arg(name, periodTitle(m_data.period)));
        d->showPayments(f);
        return d;
    }
    OrderFilter f = ordersIn(m_data.period);
    f.members.clear(); // the one rep instead of the team
    f.memberId = memberId;
    DrillDownDialog *d = openDrillDown(tr("Orders of %1 · %2").arg(name, periodTitle(m_data.period)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoChannel(const QString &channel)
{
    OrderFilter f = ordersIn(m_data.period);
    f.channel = channel;
    DrillDownDialog *d =
        openDrillDown(tr("Orders · %1 · %2").arg(Metrics::channelLabel(channel), periodTitle(m_data.period)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoRegion(const QString &region)
{
    OrderFilter f = ordersIn(m_data.period);
    f.region = region;
    DrillDownDialog *d = openDrillDown(tr("Orders · %1 · %2").arg(region, periodTitle(m_data.period)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoStage(qint64 stageId)
{
    QString name;
    for (const FunnelStage &s : std::as_const(m_data.funnel.stages))
        if (s.stageId == stageId)
            name = s.name;
    OpportunityFilter f;
    f.owners = m_data.teamMembers;
    f.stageId = stageId;
    DrillDownDialog *d = openDrillDown(tr("Opportunities in %1").arg(name));
    d->showOpportunities(f);
    return d;
}

bool DashboardPage::authorizeExport(const QString &format, const QString &destination, QString *error)
{
    if (!session()->isOpen() || !m_data.period.isValid() || m_loading) {
        *error = tr("The dashboard is not ready yet.");
        return false;
    }
    Database &db = *session()->database();
    const AccessScope &scope = session()->scope();
    return ReportWriter::authorize(db, scope, u"dashboard"_s, true, error) &&
           ReportWriter::recordExport(db, scope, DashboardPrint::report(m_data), format, destination, false,
                                      error);
}

bool DashboardPage::writePdf(const QString &path, QString *error)
{
    if (!authorizeExport(u"pdf"_s, QFileInfo(path).absoluteFilePath(), error))
        return false;
    const QString company = SharedSettings(*session()->database(), session()->scope()).companyName();
    return DashboardPrint::writePdf(m_data, company, path, error);
}

void DashboardPage::exportPdf()
{
    QString error;
    if (!session()->isOpen() ||
        !ReportWriter::authorize(*session()->database(), session()->scope(), u"dashboard"_s, true, &error)) {
        QMessageBox::warning(window(), tr("Export PDF"), error);
        return;
    }
    const QString name = tr("Dashboard %1.pdf").arg(m_data.period.key());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(window(), tr("Export PDF"), dir + u'/' + name, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!writePdf(path, &error))
        QMessageBox::warning(window(), tr("Export PDF"), error);
    else
        m_note->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::printDashboard()
{
    QString error;
    if (!session()->isOpen() ||
        !ReportWriter::authorize(*session()->database(), session()->scope(), u"dashboard"_s, true, &error)) {
        QMessageBox::warning(window(), tr("Print"), error);
        return;
    }
    const std::unique_ptr<PrintDocument> doc = DashboardPrint::document(
        m_data, SharedSettings(*session()->database(), session()->scope()).companyName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PrintDocument::a4());
    printer.setDocName(tr("Dashboard %1").arg(periodTitle(m_data.period)));
    QPrintPreviewDialog preview(&printer, window());
    preview.setObjectName(u"dashboardPrintPreview"_s);
    preview.resize(900, 760);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc->print(p); });
    // The preview prints and closes itself with accept(); the print-out is then audited.
    if (preview.exec() == QDialog::Accepted && !authorizeExport(u"print"_s, printer.printerName(), &error))
        QMessageBox::warning(window(), tr("Print"), error);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_data.period.isValid())
            show(m_data);
    } else if (event->type() == QEvent::PaletteChange) {
        retranslateUi();
    }
    CrmPage::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_header->setTitle(tr("Dashboard"));
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItems({tr("Month"), tr("Quarter"), tr("Year")});
    m_kind->setCurrentIndex(kind);
    m_team->setItemText(0, tr("Everyone I can see"));
    m_region->setToolTip(tr("Only customers of this region"));
    m_channel->setToolTip(tr("Only orders of this sales channel (visits, new customers and opportunities "
                             "have no channel)"));
    if (m_region->count())
        m_region->setItemText(0, tr("All regions"));
    if (m_channel->count())
        m_channel->setItemText(0, tr("All channels"));
    for (int i = 1; i < m_channel->count(); ++i)
        m_channel->setItemText(i, Metrics::channelLabel(m_channel->itemData(i).toString()));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Calculate again with the latest data"));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Preview the dashboard on A4 pages and print it"));
    m_repMeasure->setItemText(0, tr("Revenue by rep"));
    m_repMeasure->setItemText(1, tr("Collected payments by rep"));
    m_repMeasure->setToolTip(tr("What the rep chart shows: revenue, or the payments collected (回款)"));
    m_pdf->setText(tr("Export PDF…"));
    m_pdf->setToolTip(tr("Save the dashboard with its charts as an A4 PDF"));
    for (QChartView *v : {m_trend, m_reps, m_channels, m_regions, m_funnel})
        DashboardCharts::applyPalette(v->chart(), palette(), font());
}

} // namespace frontline
