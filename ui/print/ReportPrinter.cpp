#include "ReportPrinter.h"

#include "charts/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

constexpr int ChartBars = 15;

QFont chartFont()
{
    return PrintDocument::paperFont(8);
}

} // namespace

QString ReportPrinter::periodText(const Period &period)
{
    return DashboardCharts::periodTitle(period);
}

PrintHeader ReportPrinter::header(const Report &report, const QString &company)
{
    PrintHeader h;
    h.company = company;
    h.title = report.title;
    h.period = periodText(report.period);
    h.subject = report.subject;
    return h;
}

ReportTable ReportPrinter::printable(const ReportTable &table)
{
    ReportTable t;
    t.key = table.key;
    t.title = table.title;
    QList<qsizetype> keep;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        // Keys are for programs; the customer list's codes leave its names room on A4.
        if (table.columns.at(c).key.endsWith(u"_key"_s) || table.columns.at(c).key.endsWith(u"_code"_s))
            continue;
        keep << c;
        t.columns << table.columns.at(c);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QList<QVariant> cells;
        for (qsizetype i = 0; i < keep.size(); ++i) {
            cells << table.rows.at(r).value(keep.at(i));
            // A cell of its own unit (the dashboard's key figures) keeps it on paper.
            if (table.cellType(r, keep.at(i)) != table.columns.at(keep.at(i)).type)
                t.setCellType(r, i, table.cellType(r, keep.at(i)));
        }
        t.rows << cells;
    }
    return t;
}

QChart *ReportPrinter::chart(const Report &report)
{
    if (report.sections.isEmpty())
        return nullptr;
    const ReportTable &t = report.sections.constFirst();
    if (t.rows.size() < 2)
        return nullptr;
    qsizetype label = -1;
    qsizetype value = -1;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        const ReportColumn &col = t.columns.at(c);
        if (label < 0 && col.type == ColumnType::Text)
            label = c;
        // Rep performance has an attainment only where there is a target: its bars are revenue.
        if ((col.key == u"attainment"_s && report.kind != u"rep-performance"_s) || col.key == u"reached"_s)
            value = c;
    }
    if (value < 0) {
        // The first money column; the ranking's measure may be a count.
        for (qsizetype c = 0; c < t.columns.size() && value < 0; ++c)
            if (t.columns.at(c).type == ColumnType::Fen)
                value = c;
        if (value < 0 && report.kind == u"ranking"_s && t.columns.size() > 4)
            value = 4;
    }
    if (label < 0 || value < 0)
        return nullptr;
    const ColumnType type = t.columns.at(value).type;
    const double divisor = type == ColumnType::Fen ? 100.0 : type == ColumnType::Percent ? 0.01 : 1.0;
    QList<std::pair<QString, double>> bars;
    // The sales summary, rep performance and the customer list end with their total line,
    // which is no bar.
    const bool totalLine =
        report.kind == u"sales"_s || report.kind == u"rep-performance"_s || report.kind == u"customers"_s;
    const qsizetype rows = totalLine ? t.rows.size() - 1 : t.rows.size();
    for (qsizetype r = 0; r < rows; ++r) {
        const QVariant v = t.rows.at(r).value(value);
        if (v.isValid())
            bars.append({t.displayText(r, label), v.toDouble() / divisor});
    }
    if (bars.size() < 2)
        return nullptr;
    std::stable_sort(bars.begin(), bars.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    const qsizetype total = bars.size();
    bars = bars.mid(0, ChartBars);

    auto *chart = new QChart;
    DashboardCharts::applyPaper(chart, chartFont());
    const QString measure = t.columns.at(value).title;
    chart->setTitle(total > ChartBars ? tr("%1 (top %2 of %3)").arg(measure).arg(ChartBars).arg(total)
                                      : measure);
    chart->legend()->hide();
    auto *set = new QBarSet(measure);
    set->setColor(QColor(0x3b, 0x82, 0xf6));
    set->setBorderColor(set->color());
    set->setLabelColor(QColor(0x1f, 0x29, 0x37));
    QStringList names;
    double most = 1;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) { // bottom to top: the largest at the top
        names << bars.at(i).first;
        *set << bars.at(i).second;
        most = std::max(most, bars.at(i).second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(type == ColumnType::Percent ? 4 : 10);
    series->setLabelsFormat(type == ColumnType::Percent ? u"@value%"_s : u"@value"_s);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false);
    auto *x = new QValueAxis;
    x->setRange(0, most * 1.2);
    x->setLabelFormat(u"%.0f"_s);
    x->setTitleText(type == ColumnType::Fen ? tr("¥") : type == ColumnType::Percent ? tr("%") : QString());
    x->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont());
        axis->setTitleFont(chartFont());
    }
    return chart;
}

std::unique_ptr<PrintDocument> ReportPrinter::document(const Report &report, const QString &company)
{
    auto doc = std::make_unique<PrintDocument>(header(report, company));
    if (QChart *c = chart(report)) {
        const qsizetype bars = std::min<qsizetype>(ChartBars, report.sections.constFirst().rows.size());
        doc->addCharts({c}, std::clamp(28.0 + 7.0 * double(bars), 60.0, 140.0));
    }
    for (const ReportTable &t : report.sections)
        doc->addTable(printable(t));
    return doc;
}

bool ReportPrinter::writePdf(const Report &report, const QString &company, const QString &path,
                             QString *error)
{
    if (!PrintDocument::canPaint(error))
        return false;
    return document(report, company)->writePdf(path, error);
}

} // namespace frontline
