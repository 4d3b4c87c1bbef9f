#include "DashboardPage.h"

#include "CrmActions.h"
#include "Format.h"
#include "KpiCardWidget.h"
#include "dialogs/DrillDownDialog.h"
#include "domain/Money.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/PageHeader.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QScrollArea>
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

constexpr int RepBars = 15;    // reps shown in the bar chart; the rest are in the drill-downs
constexpr int DonutSlices = 7; // the largest groups; the others share one slice

const QColor Accent(0x3b, 0x82, 0xf6);
const QColor TargetColor(0xf5, 0x9e, 0x0b);
const QColor LastYearColor(0x94, 0xa3, 0xb8);
const QList<QColor> SliceColors = {
    QColor(0x3b, 0x82, 0xf6), QColor(0x10, 0xb9, 0x81), QColor(0xf5, 0x9e, 0x0b), QColor(0xef, 0x44, 0x44),
    QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4), QColor(0xec, 0x48, 0x99), QColor(0x94, 0xa3, 0xb8)};

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

// Money on an axis: yuan, or ten thousands of yuan (万元) for large figures.
struct MoneyScale
{
    double divisor = 100.0; // fen per unit
    QString unit;
};

MoneyScale moneyScale(double maxFen)
{
    if (maxFen >= 100000.0 * 100.0)
        return {1000000.0, QCoreApplication::translate("frontline::DashboardPage", "¥10,000")};
    return {100.0, QCoreApplication::translate("frontline::DashboardPage", "¥")};
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
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
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setAutoRaise(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"dashboardBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(u"dashboardNote"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addWidget(m_team);
    bar->addWidget(m_refresh);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    bar->addWidget(m_note);

    auto *content = new QWidget;
    auto *cards = new QGridLayout;
    cards->setSpacing(10);
    for (int i = 0; i < 6; ++i) {
        auto *card = new KpiCardWidget(content);
        m_cards << card;
        cards->addWidget(card, i / 3, i % 3);
        connect(card, &KpiCardWidget::clicked, this, [this](const QString &key) { drillIntoCard(key); });
    }
    m_trend = newChartView(u"trendChart"_s, content);
    m_reps = newChartView(u"repChart"_s, content);
    m_channels = newChartView(u"channelChart"_s, content);
    m_regions = newChartView(u"regionChart"_s, content);
    m_funnel = newChartView(u"funnelChart"_s, content);
    m_reps->setMinimumHeight(360);
    m_trend->setMinimumHeight(360);
    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    charts->addWidget(m_trend, 0, 0, 1, 2);
    charts->addWidget(m_reps, 0, 2);
    charts->addWidget(m_channels, 1, 0);
    charts->addWidget(m_regions, 1, 1);
    charts->addWidget(m_funnel, 1, 2);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(cards);
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
    connect(m_refresh, &QToolButton::clicked, this, &DashboardPage::load);
    retranslateUi();
}

DashboardPage::~DashboardPage()
{
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
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

void DashboardPage::rebuild()
{
    // A change of database or user: a computation still running belongs to the old one.
    if (m_watcher && m_watcher->isRunning()) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
        m_reloadWhenDone = false;
    }
    fillTeams();
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
    m_busy->show();
    m_note->setText(tr("Calculating…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = std::make_unique<QFutureWatcher<DashboardData>>();
    connect(m_watcher.get(), &QFutureWatcher<DashboardData>::finished, this, [this] {
        DashboardData data = m_watcher->result();
        m_loading = false;
        m_busy->hide();
        if (m_reloadWhenDone) {
            load();
            return;
        }
        show(data);
    });
    Database *db = session()->database();
    const AccessScope scope = session()->scope();
    const qint64 team = m_team->currentData().toLongLong();
    const QDate today = m_todayPinned ? m_today : QDate::currentDate();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([db, scope, p = *period, team, today, cancel] {
        DashboardData data = DashboardData::compute(*db, scope, p, team, today, cancel.get());
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
    m_header->setSubtitle(tr("%1 · %2").arg(data.dashboard.subject, periodTitle(data.period)));
    m_note->setText(
        tr("As of %1 · calculated in %2 ms").arg(dateText(data.dashboard.asOf)).arg(data.elapsedMs));
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i < data.dashboard.cards.size())
            m_cards.at(i)->setCard(data.dashboard.cards.at(i));
        else
            m_cards.at(i)->clear();
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
    switch (period.kind()) {
    case Period::Month:
        //: A month in the period chooser: %1 year, %2 month
        return tr("%1-%2", "month").arg(period.from().year()).arg(period.from().month(), 2, 10, QChar(u'0'));
    case Period::Quarter:
        //: A quarter in the period chooser: %1 year, %2 quarter
        return tr("%1 Q%2").arg(period.from().year()).arg((period.from().month() - 1) / 3 + 1);
    case Period::Year:
        //: A year in the period chooser
        return tr("%1", "year").arg(period.from().year());
    default:
        return period.label();
    }
}

void DashboardPage::updateTrendChart()
{
    QChart *chart = m_trend->chart();
    clearChart(chart);
    chart->setTitle(tr("Revenue trend, target and last year"));
    double maxFen = 1;
    for (qsizetype i = 0; i < m_data.revenue.size(); ++i) {
        maxFen = std::max(maxFen, double(m_data.revenue.at(i).numerator));
        if (i < m_data.lastYear.size())
            maxFen = std::max(maxFen, double(m_data.lastYear.at(i).numerator));
        if (i < m_data.targets.size() && m_data.targets.at(i))
            maxFen = std::max(maxFen, double(*m_data.targets.at(i)));
    }
    const MoneyScale scale = moneyScale(maxFen);
    auto *bars = new QBarSet(tr("Revenue"));
    bars->setColor(Accent);
    bars->setBorderColor(Accent);
    auto *lastYear = new QLineSeries;
    lastYear->setName(tr("Last year"));
    lastYear->setPen(QPen(LastYearColor, 2));
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    target->setPen(QPen(TargetColor, 2, Qt::DashLine));
    QStringList categories;
    bool anyTarget = false;
    for (qsizetype i = 0; i < m_data.trendPeriods.size(); ++i) {
        const Period &p = m_data.trendPeriods.at(i);
        if (p.kind() == Period::Month) {
            // Short month names; the axis title says which months.
            categories << QLocale().monthName(p.from().month(), QLocale::ShortFormat);
        } else {
            categories << periodTitle(p);
        }
        *bars << (i < m_data.revenue.size() ? double(m_data.revenue.at(i).numerator) / scale.divisor : 0.0);
        if (i < m_data.lastYear.size())
            lastYear->append(double(i), double(m_data.lastYear.at(i).numerator) / scale.divisor);
        if (i < m_data.targets.size() && m_data.targets.at(i)) {
            target->append(double(i), double(*m_data.targets.at(i)) / scale.divisor);
            anyTarget = true;
        }
    }
    auto *series = new QBarSeries;
    series->append(bars);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    chart->addSeries(lastYear);
    if (anyTarget)
        chart->addSeries(target);
    else
        delete target;
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    if (!m_data.trendPeriods.isEmpty() && m_data.trendPeriods.constFirst().kind() == Period::Month)
        x->setTitleText(tr("%1 to %2")
                            .arg(periodTitle(m_data.trendPeriods.constFirst()),
                                 periodTitle(m_data.trendPeriods.constLast())));
    auto *y = new QValueAxis;
    y->setRange(0, maxFen / scale.divisor * 1.1);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(scale.unit);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(series, &QBarSeries::clicked, this, [this](int index) { drillIntoTrend(index); });
}

void DashboardPage::updateRepChart()
{
    QChart *chart = m_reps->chart();
    clearChart(chart);
    const QList<Row> &rows = m_data.byRep.rows;
    chart->setTitle(rows.size() > RepBars ? tr("Revenue by rep (top %1 of %2)").arg(RepBars).arg(rows.size())
                                          : tr("Revenue by rep"));
    chart->legend()->hide();
    const qsizetype shown = std::min<qsizetype>(rows.size(), RepBars);
    // Tall enough that every rep's name has its line (the axis drops names that do not fit).
    m_reps->setMinimumHeight(std::max(360, 90 + 22 * int(shown)));
    double maxFen = 1;
    for (qsizetype i = 0; i < shown; ++i)
        maxFen = std::max(maxFen, double(rows.at(i).value.numerator));
    const MoneyScale scale = moneyScale(maxFen);
    auto *set = new QBarSet(tr("Revenue"));
    set->setColor(Accent);
    set->setBorderColor(Accent);
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList names;
    QList<qint64> ids;
    // Bottom to top: the largest ends up first, at the top.
    for (qsizetype i = shown - 1; i >= 0; --i) {
        names << rows.at(i).label;
        ids << rows.at(i).id;
        *set << double(rows.at(i).value.numerator) / scale.divisor;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false);
    auto *x = new QValueAxis;
    x->setRange(0, maxFen / scale.divisor * 1.2);
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(scale.unit);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids](int index) {
        if (index >= 0 && index < ids.size())
            drillIntoRep(ids.at(index));
    });
}

void DashboardPage::updateDonut(QChart *chart, const Breakdown &breakdown, bool channel)
{
    clearChart(chart);
    chart->setTitle(channel ? tr("Revenue by channel") : tr("Revenue by region"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.8);
    qint64 total = 0;
    for (const Row &r : breakdown.rows)
        total += r.value.numerator;
    qint64 others = 0;
    for (qsizetype i = 0; i < breakdown.rows.size(); ++i) {
        const Row &r = breakdown.rows.at(i);
        if (i >= DonutSlices) {
            others += r.value.numerator;
            continue;
        }
        const QString name = r.label.isEmpty() ? tr("Unknown") : r.label;
        auto *slice = series->append(name, double(r.value.numerator));
        slice->setColor(SliceColors.at(i % SliceColors.size()));
        slice->setProperty("drillKey", r.key);
    }
    if (others > 0) {
        auto *slice = series->append(tr("Others"), double(others));
        slice->setColor(SliceColors.constLast());
    }
    for (QPieSlice *slice : series->slices()) {
        const double share = total ? slice->value() / double(total) : 0.0;
        slice->setLabel(u"%1 %2%"_s.arg(slice->label(), QLocale().toString(share * 100.0, 'f', 1)));
        slice->setLabelVisible(false); // the legend beside the donut names every slice
        slice->setBorderColor(chart->backgroundBrush().color());
    }
    chart->addSeries(series);
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
    QChart *chart = m_funnel->chart();
    clearChart(chart);
    chart->setTitle(tr("Funnel: opportunities created in the period"));
    chart->legend()->hide();
    QList<FunnelStage> stages;
    for (const FunnelStage &s : m_data.funnel.stages)
        if (s.outcome != u"lost"_s)
            stages << s;
    auto *set = new QBarSet(tr("Reached"));
    set->setColor(QColor(0x10, 0xb9, 0x81));
    set->setBorderColor(set->color());
    set->setLabelColor(palette().color(QPalette::Text));
    QStringList names;
    QList<qint64> ids;
    qint64 most = 1;
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        const FunnelStage &s = stages.at(i);
        QString name = s.name;
        if (s.conversion.isDefined())
            name += u" → "_s + s.conversion.display();
        names << name;
        ids << s.stageId;
        *set << double(s.reached);
        most = std::max(most, s.reached);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false);
    auto *x = new QValueAxis;
    x->setRange(0, double(most) * 1.2);
    x->setLabelFormat(u"%.0f"_s);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, ids](int index) {
        if (index >= 0 && index < ids.size())
            drillIntoStage(ids.at(index));
    });
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
    if (key == u"revenue"_s || key == u"growth"_s) {
        OrderFilter f;
        f.members = m_data.teamMembers;
        f.from = m_data.period.from();
        f.to = m_data.period.to();
        DrillDownDialog *d = openDrillDown(tr("Orders · %1").arg(when));
        d->showOrders(f);
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
    return nullptr; // new customers and retention are counts of customers, not of records to list
}

DrillDownDialog *DashboardPage::drillIntoTrend(int index)
{
    if (index < 0 || index >= m_data.trendPeriods.size())
        return nullptr;
    const Period &p = m_data.trendPeriods.at(index);
    OrderFilter f;
    f.members = m_data.teamMembers;
    f.from = p.from();
    f.to = p.to();
    DrillDownDialog *d = openDrillDown(tr("Orders · %1").arg(periodTitle(p)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoRep(qint64 memberId)
{
    QString name;
    for (const Row &r : std::as_const(m_data.byRep.rows))
        if (r.id == memberId)
            name = r.label;
    OrderFilter f;
    f.memberId = memberId;
    f.from = m_data.period.from();
    f.to = m_data.period.to();
    DrillDownDialog *d = openDrillDown(tr("Orders of %1 · %2").arg(name, periodTitle(m_data.period)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoChannel(const QString &channel)
{
    OrderFilter f;
    f.members = m_data.teamMembers;
    f.channel = channel;
    f.from = m_data.period.from();
    f.to = m_data.period.to();
    DrillDownDialog *d =
        openDrillDown(tr("Orders · %1 · %2").arg(Metrics::channelLabel(channel), periodTitle(m_data.period)));
    d->showOrders(f);
    return d;
}

DrillDownDialog *DashboardPage::drillIntoRegion(const QString &region)
{
    OrderFilter f;
    f.members = m_data.teamMembers;
    f.region = region;
    f.from = m_data.period.from();
    f.to = m_data.period.to();
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
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Calculate again with the latest data"));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *v : {m_trend, m_reps, m_channels, m_regions, m_funnel}) {
        v->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        v->chart()->setBackgroundBrush(palette().color(QPalette::Base));
        v->chart()->setBackgroundPen(QPen(palette().color(QPalette::Mid)));
        QFont title = font();
        title.setWeight(QFont::DemiBold);
        v->chart()->setTitleFont(title);
    }
}

} // namespace frontline
