// Writing tables out: rejects files (in the input's own format and encoding, so the user can fix
// them in Excel and import again) and exports. Streaming, so a million rows need no memory.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace frontline::io {

// How the values of a column are meant, so that XLSX can give them a number format and CSV a
// text form. Values a column does not expect are written as they are.
enum class CellFormat
{
    General,
    Fen,          // qint64 fen: XLSX a yuan number "¥#,##0.00", CSV exact yuan text "-1234.50"
    Percent,      // double ratio 0.125: XLSX "0.0%", CSV the ratio
    WholePercent, // whole percentage points 25: XLSX 25 shown "25%", CSV 25
    Integer,      // XLSX "#,##0"
    Decimal,      // XLSX "#,##0.00"
    Date,         // QDate
    DateTime,     // QDateTime (local)
};

// An amount of money in a column that is not all money (a target is yuan for revenue and a
// count for visits): written as a Fen cell whatever the column's format.
struct FenCell
{
    qint64 fen = 0;
};

class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Formats of the columns, by position, for the rows after the header; call before the
    // first row. Columns beyond the list are General.
    virtual void setColumnFormats(const QList<CellFormat> &formats) { m_formats = formats; }

    // Values: QString, qint64/int, double, QDate, QDateTime, bool, FenCell; invalid QVariant =
    // empty cell.
    // XLSX keeps numbers as numbers and dates as date cells; CSV writes ISO dates.
    virtual bool writeRow(const QList<QVariant> &cells) = 0;
    // Flushes and closes; the file is complete only after finish() returned true. A writer
    // destroyed without finish() removes its partial file.
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;

protected:
    CellFormat formatOf(qsizetype column) const { return m_formats.value(column, CellFormat::General); }
    // A FenCell becomes its fen (qint64) and the Fen format; other cells stay as they are.
    static QVariant unwrap(const QVariant &cell, CellFormat *format)
    {
        if (cell.metaType() != QMetaType::fromType<FenCell>())
            return cell;
        *format = CellFormat::Fen;
        return QVariant(cell.value<FenCell>().fen);
    }
    QList<CellFormat> m_formats;
};

struct CsvWriteOptions
{
    QByteArray encoding = "utf-8"; // "utf-8", "gb18030", "gbk", "utf-16le"…
    bool byteOrderMark = true;     // UTF-8 BOM so that Excel opens Chinese text correctly
    QChar delimiter = u',';
    bool crlf = true; // Excel's line ends
    // Text cells starting with = + - @ (or a tab or carriage return) get a leading ' so that a
    // spreadsheet shows them instead of running them as formulas. Number cells are never
    // touched (-12.50 stays a number), nor is text that is only a number or a phone number
    // ("-12", "+86 138 0013 8000"): it cannot call anything, and it must re-import unchanged.
    bool neutralizeFormulas = false;
};

std::unique_ptr<TableWriter> createCsvWriter(const QString &path, const CsvWriteOptions &options,
                                             QString *error);
std::unique_ptr<TableWriter> createXlsxWriter(const QString &path, const QString &sheetName, QString *error);

} // namespace frontline::io
