#include "DashboardPrint.h"

#include "ReportPrinter.h"
#include "analytics/Reports.h"
#include "charts/DashboardCharts.h"
#include "charts/KpiCardText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

const QColor LabelInk(0x1f, 0x29, 0x37);

QChart *paperChart()
{
    auto *chart = new QChart;
    DashboardCharts::applyPaper(chart, PrintDocument::paperFont(8.5));
    return chart;
}

// Axis fonts are set by the series filled in: they follow the paper's after filling.
QChart *finished(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(PrintDocument::paperFont(7.5));
        axis->setTitleFont(PrintDocument::paperFont(7.5));
    }
    chart->legend()->setFont(PrintDocument::paperFont(7.5));
    return chart;
}

} // namespace

QList<PrintCard> DashboardPrint::cards(const Dashboard &dashboard)
{
    QList<PrintCard> cards;
    for (const KpiCard &c : dashboard.cards) {
        const KpiCardText text = KpiCardText::of(c, false);
        PrintCard card;
        card.title = c.title;
        card.value = text.value;
        card.status = text.status;
        card.statusColor = text.statusColor;
        // "Target ¥7,597,000.00 · 73.0% attained" is wider than a third of A4: one line each.
        if (!text.target.isEmpty())
            card.details << text.target.split(u" · "_s);
        card.details << text.growth;
        cards << card;
    }
    return cards;
}

Report DashboardPrint::report(const DashboardData &data)
{
    Report r = Reports::dashboard(data.period, data.dashboard);
    Reports::addTrendTargets(r, data.targets);
    r.sections << Reports::revenueByRep(data.byRep);
    return r;
}

std::unique_ptr<PrintDocument> DashboardPrint::document(const DashboardData &data, const QString &company)
{
    const Report r = report(data);
    PrintHeader header = ReportPrinter::header(r, company);
    header.subject = data.dashboard.subject;
    auto doc = std::make_unique<PrintDocument>(header);
    doc->addCards(cards(data.dashboard), 3);

    QChart *trend = paperChart();
    DashboardCharts::fillTrend(trend, data);
    doc->addCharts({finished(trend)}, 78);

    QChart *reps = paperChart();
    DashboardCharts::fillReps(reps, data.byRep, LabelInk, nullptr);
    doc->addCharts({finished(reps)},
                   std::clamp(30.0 + 6.5 * DashboardCharts::repBars(data.byRep), 60.0, 130.0));

    QChart *channels = paperChart();
    DashboardCharts::fillDonut(channels, data.byChannel, true);
    QChart *regions = paperChart();
    DashboardCharts::fillDonut(regions, data.byRegion, false);
    doc->addCharts({finished(channels), finished(regions)}, 62);

    QChart *funnel = paperChart();
    DashboardCharts::fillFunnel(funnel, data.funnel, LabelInk, nullptr);
    doc->addCharts({finished(funnel)}, 70);

    // The figures behind the charts; the KPI table's raw values are the cards above.
    for (const ReportTable &t : r.sections)
        if (t.key != u"kpis"_s)
            doc->addTable(ReportPrinter::printable(t));
    return doc;
}

bool DashboardPrint::writePdf(const DashboardData &data, const QString &company, const QString &path,
                              QString *error)
{
    if (!PrintDocument::canPaint(error))
        return false;
    return document(data, company)->writePdf(path, error);
}

} // namespace frontline
