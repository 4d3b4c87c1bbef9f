#include "export/ReportWriter.h"

#include "io/XlsxWriter.h"

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
        for (const QList<QVariant> &row : table.rows) {
            if (!writer.writeRow(row))
                return fail();
        }
    }
    return writer.finish() || fail();
}

} // namespace frontline
