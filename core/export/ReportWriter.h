// Reports (analytics::Report) as XLSX through io::XlsxWriter: one sheet per section, the bold,
// frozen header with an autofilter, fen as ¥ numbers with thousands separators, ratios as
// percentages, dates as date cells; the report's title, period and subject in the workbook's
// properties.
//
// Who may take a report away, for every way out (CLI, GUI, XLSX, CSV, PDF, print): authorize()
// asks the permission matrix (sales figures are money, the funnel is orders, the customer list
// is customers, the rest is performance; view for the screen, export for anything that leaves
// as a file or on paper) and recordExport() writes the audit entry.
#pragma once

#include "analytics/ReportTable.h"
#include "io/TableWriter.h"
#include "repositories/AccessScope.h"
#include "security/Permissions.h"

#include <QCoreApplication>

namespace frontline {

class Database;

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ReportWriter)
public:
    static bool writeXlsx(const analytics::Report &report, const QString &path, QString *error);
    // Every section's CSV one after the other (a blank line between), UTF-8 (with a BOM for a
    // file, so that Excel on Chinese Windows reads it correctly) or, on request, GBK/GB18030 for
    // older tools (no BOM; a character GBK lacks becomes "?" and sets *lossy).
    static QByteArray csv(const analytics::Report &report, bool bom, const QByteArray &encoding = "utf-8",
                          bool *lossy = nullptr);
    static bool writeCsv(const analytics::Report &report, const QString &path, QString *error,
                         const QByteArray &encoding = "utf-8");
    // "utf-8", "gbk" or "gb18030" for what the user typed ("UTF8", "GB2312", "cp936"…); empty
    // when it is none of these.
    static QByteArray csvEncoding(const QString &name);
    static io::CellFormat cellFormat(analytics::ColumnType type);

    // The permission area a report kind belongs to.
    static PermissionArea permissionArea(const QString &kind);
    // Permission to show (exporting false) or export a report of kind; a denial is audited and
    // explained in *error.
    static bool authorize(Database &db, const AccessScope &scope, const QString &kind, bool exporting,
                          QString *error);
    // The audit entry of an export: what, the format (csv, xlsx, pdf, print…), the rows of every
    // section and where it went (a file's absolute path, "stdout", a printer's name).
    static bool recordExport(Database &db, const AccessScope &scope, const analytics::Report &report,
                             const QString &format, const QString &destination, bool anonymized,
                             QString *error);
};

} // namespace frontline
