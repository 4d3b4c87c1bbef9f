// Reports (analytics::Report) as XLSX through io::XlsxWriter: one sheet per section, the bold,
// frozen header with an autofilter, fen as ¥ numbers with thousands separators, ratios as
// percentages, dates as date cells; the report's title, period and subject in the workbook's
// properties.
#pragma once

#include "analytics/ReportTable.h"
#include "io/TableWriter.h"

#include <QCoreApplication>

namespace frontline {

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ReportWriter)
public:
    static bool writeXlsx(const analytics::Report &report, const QString &path, QString *error);
    static io::CellFormat cellFormat(analytics::ColumnType type);
};

} // namespace frontline
