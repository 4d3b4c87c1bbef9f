#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

const QColor Accent(0x3b, 0x82, 0xf6);
const QColor TargetColor(0xf5, 0x9e, 0x0b);
const QColor LastYearColor(0x94, 0xa3, 0xb8);
const QColor FunnelColor(0x10, 0xb9, 0x81);
const QList<QColor> SliceColors = {
    QColor(0x3b, 0x82, 0xf6), QColor(0x10, 0xb9, 0x81), QColor(0xf5, 0x9e, 0x0b), QColor(0xef, 0x44, 0x44),
    QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4), QColor(0xec, 0x48, 0x99), QColor(0x94, 0xa3, 0xb8)};

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

QString DashboardCharts::periodTitle(const Period &period)
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

QBarSeries *DashboardCharts::fillTrend(QChart *chart, const DashboardData &data)
{
    clearChart(chart);
    chart->setTitle(tr("Revenue trend, target and last year"));
    double maxFen = 1;
    for (qsizetype i = 0; i < data.revenue.size(); ++i) {
        maxFen = std::max(maxFen, double(data.revenue.at(i).numerator));
        if (i < data.lastYear.size())
            maxFen = std::max(maxFen, double(data.lastYear.at(i).numerator));
        if (i < data.targets.size() && data.targets.at(i))
            maxFen = std::max(maxFen, double(*data.targets.at(i)));
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
    for (qsizetype i = 0; i < data.trendPeriods.size(); ++i) {
        const Period &p = data.trendPeriods.at(i);
        if (p.kind() == Period::Month) {
            // Short month names; the axis title says which months.
            categories << QLocale().monthName(p.from().month(), QLocale::ShortFormat);
        } else {
            categories << periodTitle(p);
        }
        *bars << (i < data.revenue.size() ? double(data.revenue.at(i).numerator) / scale.divisor : 0.0);
        if (i < data.lastYear.size())
            lastYear->append(double(i), double(data.lastYear.at(i).numerator) / scale.divisor);
        if (i < data.targets.size() && data.targets.at(i)) {
            target->append(double(i), double(*data.targets.at(i)) / scale.divisor);
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
    if (!data.trendPeriods.isEmpty() && data.trendPeriods.constFirst().kind() == Period::Month)
        x->setTitleText(tr("%1 to %2")
                            .arg(periodTitle(data.trendPeriods.constFirst()),
                                 periodTitle(data.trendPeriods.constLast())));
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
    return series;
}

int DashboardCharts::repBars(const Breakdown &byRep)
{
    return int(std::min<qsizetype>(byRep.rows.size(), RepBars));
}

QHorizontalBarSeries *DashboardCharts::fillReps(QChart *chart, const Breakdown &byRep,
                                                const QColor &labelColor, QList<qint64> *ids, bool collected)
{
    clearChart(chart);
    const QList<Row> &rows = byRep.rows;
    if (collected)
        chart->setTitle(rows.size() > RepBars
                            ? tr("Collected payments by rep (top %1 of %2)").arg(RepBars).arg(rows.size())
                            : tr("Collected payments by rep"));
    else
        chart->setTitle(rows.size() > RepBars
                            ? tr("Revenue by rep (top %1 of %2)").arg(RepBars).arg(rows.size())
                            : tr("Revenue by rep"));
    chart->legend()->hide();
    const qsizetype shown = repBars(byRep);
    double maxFen = 1;
    double minFen = 0; // refunds can outweigh what a rep collected
    for (qsizetype i = 0; i < shown; ++i) {
        maxFen = std::max(maxFen, double(rows.at(i).value.numerator));
        minFen = std::min(minFen, double(rows.at(i).value.numerator));
    }
    const MoneyScale scale = moneyScale(maxFen);
    auto *set = new QBarSet(collected ? tr("Collected") : tr("Revenue"));
    set->setColor(Accent);
    set->setBorderColor(Accent);
    set->setLabelColor(labelColor);
    QStringList names;
    if (ids)
        ids->clear();
    // Bottom to top: the largest ends up first, at the top.
    for (qsizetype i = shown - 1; i >= 0; --i) {
        names << rows.at(i).label;
        if (ids)
            *ids << rows.at(i).id;
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
    x->setRange(minFen / scale.divisor * 1.2, maxFen / scale.divisor * 1.2);
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(scale.unit);
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

QPieSeries *DashboardCharts::fillDonut(QChart *chart, const Breakdown &breakdown, bool channel)
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
    return series;
}

QHorizontalBarSeries *DashboardCharts::fillFunnel(QChart *chart, const Funnel &funnel,
                                                  const QColor &labelColor, QList<qint64> *ids)
{
    clearChart(chart);
    chart->setTitle(tr("Funnel: opportunities created in the period"));
    chart->legend()->hide();
    QList<FunnelStage> stages;
    for (const FunnelStage &s : funnel.stages)
        if (s.outcome != u"lost"_s)
            stages << s;
    auto *set = new QBarSet(tr("Reached"));
    set->setColor(FunnelColor);
    set->setBorderColor(FunnelColor);
    set->setLabelColor(labelColor);
    QStringList names;
    if (ids)
        ids->clear();
    qint64 most = 1;
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        const FunnelStage &s = stages.at(i);
        QString name = s.name;
        if (s.conversion.isDefined())
            name += u" → "_s + s.conversion.display();
        names << name;
        if (ids)
            *ids << s.stageId;
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
    return series;
}

void DashboardCharts::applyPalette(QChart *chart, const QPalette &palette, const QFont &font)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    QFont title = font;
    title.setWeight(QFont::DemiBold);
    chart->setTitleFont(title);
}

void DashboardCharts::applyPaper(QChart *chart, const QFont &font)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = font;
    title.setWeight(QFont::DemiBold);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
}

} // namespace frontline
