// DashboardCharts fills Qt Charts with a DashboardData: the revenue trend with its targets and
// last year's figures, revenue by rep (sorted bars), by channel and by region (donuts), and the
// funnel. The dashboard page shows these charts and connects their clicks to drill-downs; the
// dashboard's PDF and print-out render the very same charts, so paper matches the screen.
//
// The texts share the dashboard page's translation context: they are the page's words.
#pragma once

#include "DashboardData.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

class QBarSeries;
class QChart;
class QHorizontalBarSeries;
class QPalette;
class QPieSeries;

namespace frontline {

class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DashboardPage)
public:
    static constexpr int RepBars = 15;    // reps shown in the bar chart; the rest are in the drill-downs
    static constexpr int DonutSlices = 7; // the largest groups; the others share one slice

    // "2025-03", "2025 Q1", "2025" as the period chooser writes them.
    static QString periodTitle(const analytics::Period &period);

    // Each clears chart and fills it; the series returned is the one a click lands on.
    static QBarSeries *fillTrend(QChart *chart, const DashboardData &data);
    // ids: the member of each bar, bottom to top. labelColor: the value labels beside the bars.
    // collected: the breakdown is of collected payments (回款), not revenue.
    static QHorizontalBarSeries *fillReps(QChart *chart, const analytics::Breakdown &byRep,
                                          const QColor &labelColor, QList<qint64> *ids,
                                          bool collected = false);
    static QPieSeries *fillDonut(QChart *chart, const analytics::Breakdown &breakdown, bool channel);
    static QHorizontalBarSeries *fillFunnel(QChart *chart, const analytics::Funnel &funnel,
                                            const QColor &labelColor, QList<qint64> *ids);
    // The bars the rep chart shows for byRep (at most RepBars).
    static int repBars(const analytics::Breakdown &byRep);

    // Colours and fonts: the palette's (screen, light or dark), or white paper.
    static void applyPalette(QChart *chart, const QPalette &palette, const QFont &font);
    static void applyPaper(QChart *chart, const QFont &font);
};

} // namespace frontline
