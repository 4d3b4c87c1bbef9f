// ReportPrinter puts a report (analytics::Report: ranking, sales, attainment, funnel…) on paper:
// the running header with the company name, the report's title and period, a bar chart where it
// helps (reps' figures, attainment, the funnel's stages) and every section as a table.
// DashboardPrint does the same for the dashboard with the page's own charts.
#pragma once

#include "PrintDocument.h"
#include "analytics/ReportTable.h"

#include <QCoreApplication>

#include <memory>

class QChart;

namespace frontline {

class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ReportPrinter)
public:
    // "2025-03", "2025 Q1", "2025", or the range of a custom period.
    static QString periodText(const analytics::Period &period);
    static PrintHeader header(const analytics::Report &report, const QString &company);
    // A horizontal bar chart of the first section's figure by its first text column (the
    // largest 15), or nullptr when a chart would not help.
    static QChart *chart(const analytics::Report &report);
    // The section as printed: machine keys (status_key, stage_key) left out.
    static analytics::ReportTable printable(const analytics::ReportTable &table);
    static std::unique_ptr<PrintDocument> document(const analytics::Report &report, const QString &company);
    static bool writePdf(const analytics::Report &report, const QString &company, const QString &path,
                         QString *error);
};

} // namespace frontline
