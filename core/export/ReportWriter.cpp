#include "export/ReportWriter.h"

#include "io/TextCodec.h"
#include "io/XlsxWriter.h"
#include "security/AuditLog.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace frontline {

using analytics::ColumnType;

io::CellFormat ReportWriter::cellFormat(ColumnType type)
{
    switch (type) {
    case ColumnType::Fen:
        return io::CellFormat::Fen;
    case ColumnType::Int:
        return io::CellFormat::Integer;
    case ColumnType::Percent:
        return io::CellFormat::Percent;
    case ColumnType::Decimal:
        return io::CellFormat::Decimal;
    case ColumnType::Date:
        return io::CellFormat::Date;
    case ColumnType::Text:
        break;
    }
    return io::CellFormat::General;
}

QByteArray ReportWriter::csvEncoding(const QString &name)
{
    const QByteArray canonical = io::canonicalEncodingName(name.trimmed().toLatin1());
    if (canonical == "utf-8" || canonical == "gbk" || canonical == "gb18030")
        return canonical;
    return {};
}

QByteArray ReportWriter::csv(const analytics::Report &report, bool bom, const QByteArray &encoding,
                             bool *lossy)
{
    QString text;
    for (qsizetype i = 0; i < report.sections.size(); ++i)
        text += (i ? u"\r\n"_s : QString()) + report.sections.at(i).toCsv();
    const QByteArray name = csvEncoding(QString::fromLatin1(encoding));
    if (name.isEmpty() || name == "utf-8") {
        if (lossy)
            *lossy = false;
        return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    }
    QByteArray bytes;
    const std::unique_ptr<io::TextEncoder> encoder = io::TextEncoder::create(name);
    encoder->encode(text, bytes);
    if (lossy)
        *lossy = encoder->hadErrors();
    return bytes;
}

bool ReportWriter::writeCsv(const analytics::Report &report, const QString &path, QString *error,
                            const QByteArray &encoding)
{
    const QByteArray bytes = csv(report, true, encoding);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

PermissionArea ReportWriter::permissionArea(const QString &kind)
{
    // Sales figures are money; the funnel is the pipeline of orders; the customer list is
    // customers; the rest is performance.
    if (kind == u"sales"_s)
        return PermissionArea::Money;
    if (kind == u"funnel"_s)
        return PermissionArea::Orders;
    if (kind == u"customers"_s)
        return PermissionArea::Customers;
    return PermissionArea::Performance;
}

bool ReportWriter::authorize(Database &db, const AccessScope &scope, const QString &kind, bool exporting,
                             QString *error)
{
    return Permissions(db).check(scope, permissionArea(kind),
                                 exporting ? PermissionAction::Export : PermissionAction::View,
                                 u"report:"_s + kind, error);
}

bool ReportWriter::recordExport(Database &db, const AccessScope &scope, const analytics::Report &report,
                                const QString &format, const QString &destination, bool anonymized,
                                QString *error)
{
    qint64 rows = 0;
    for (const analytics::ReportTable &t : report.sections)
        rows += t.rows.size();
    AuditLog audit(db, scope);
    if (audit.record(AuditAction::Export, u"report:"_s + report.kind,
                     u"format=%1 period=%2%3"_s.arg(format, report.period.label(),
                                                    anonymized ? u" anonymized"_s : QString()),
                     rows, destination))
        return true;
    if (error)
        *error = audit.lastError();
    return false;
}

bool ReportWriter::writeXlsx(const analytics::Report &report, const QString &path, QString *error)
{
    io::XlsxWriter writer;
    const QString firstName = report.sections.isEmpty() ? report.title : report.sections.constFirst().title;
    const auto fail = [&] {
        if (error)
            *error = writer.errorString();
        return false;
    };
    if (!writer.open(path, firstName))
        return fail();
    writer.setProperties(report.title,
                         report.period.label() +
                             (report.subject.isEmpty() ? QString() : u" · "_s + report.subject));
    for (qsizetype s = 0; s < report.sections.size(); ++s) {
        const analytics::ReportTable &table = report.sections.at(s);
        if (s > 0 && !writer.addSheet(table.title))
            return fail();
        QList<io::CellFormat> formats;
        QList<QVariant> header;
        for (const analytics::ReportColumn &c : table.columns) {
            formats << cellFormat(c.type);
            header << c.title;
        }
        writer.setColumnFormats(formats);
        if (!writer.writeRow(header))
            return fail();
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            // A row of mixed units (the key figures) gets its own formats, then the columns' again.
            const bool own = table.hasCellTypes(r);
            if (own) {
                QList<io::CellFormat> cells;
                for (qsizetype c = 0; c < table.columns.size(); ++c)
                    cells << cellFormat(table.cellType(r, c));
                writer.setColumnFormats(cells);
            }
            if (!writer.writeRow(table.rows.at(r)))
                return fail();
            if (own)
                writer.setColumnFormats(formats);
        }
        for (const analytics::ReportChart &c : table.charts) {
            io::XlsxWriter::Chart chart;
            chart.kind = c.kind == analytics::ReportChart::Kind::Line  ? io::XlsxWriter::Chart::Kind::Line
                         : c.kind == analytics::ReportChart::Kind::Bar ? io::XlsxWriter::Chart::Kind::Bar
                                                                       : io::XlsxWriter::Chart::Kind::Column;
            chart.title = c.title;
            chart.categoryColumn = int(table.columnIndex(c.categoryKey));
            for (const QString &key : c.valueKeys) {
                const qsizetype column = table.columnIndex(key);
                if (column >= 0) {
                    chart.valueColumns << int(column);
                    chart.yuan = chart.yuan || table.columns.at(column).type == ColumnType::Fen;
                }
            }
            const qsizetype rows = c.rows > 0 ? std::min(c.rows, table.rows.size()) : table.rows.size();
            if (chart.categoryColumn < 0 || chart.valueColumns.isEmpty() || rows == 0)
                continue;
            chart.firstRow = 1;
            chart.lastRow = quint32(rows);
            if (!writer.addChart(chart))
                return fail();
        }
    }
    return writer.finish() || fail();
}

} // namespace frontline
