// The contract between file readers (CSV, XLSX) and the importer: a forward-only stream of raw
// rows, so a million-line file never has to fit in memory. Readers know nothing about customers
// or orders; the importer knows nothing about encodings or zip files.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace frontline::io {

struct SourceRow
{
    // The row number the user sees: Excel's row number, or the CSV line on which the record
    // starts (1-based, counting the header and any title rows).
    qint64 number = 0;
    // One value per column. Text cells are QString (trimmed of nothing: cleaning is the
    // importer's job); XLSX numbers are double (or qint64 when integral); XLSX date cells are
    // QDate or QDateTime; formulas give their cached value; empty cells are an invalid QVariant.
    // Also: XLSX booleans are bool, cells formatted as a time of day (below one day) QTime.
    // Readers skip rows with no value at all (blank lines, empty sheet rows), so row numbers may
    // jump; an XLSX row ends at its last non-empty cell.
    QList<QVariant> cells;
    // XLSX rows marked hidden (helper rows); always false for CSV.
    bool hidden = false;

    bool isBlank() const;
    // The cell as text ("" when empty or out of range): dates as yyyy-MM-dd, date-times as
    // yyyy-MM-dd HH:mm:ss, doubles in their shortest form (539.1), booleans TRUE/FALSE.
    QString text(qsizetype column) const;
};

struct ReadOptions
{
    // "auto" (detect), or a codec name QStringConverter/ICU knows: "utf-8", "gbk", "gb18030",
    // "utf-16le", "big5"...
    QByteArray encoding = "auto";
    // CSV only: 0 detects among , ; TAB |
    QChar delimiter;
    // XLSX and XLS only: sheet name; empty means the first visible sheet.
    QString sheet;
};

class RowSource
{
public:
    virtual ~RowSource() = default;

    // Reads the next row; false at the end of the data or on an error (see errorString()).
    virtual bool next(SourceRow &row) = 0;
    virtual QString errorString() const = 0;
    // 0..1 through the file, for progress bars (bytes for CSV, rows of the sheet for XLSX).
    virtual double progress() const = 0;

    // What was detected or used, for the preview and for writing a rejects file back in the
    // input's own format: "csv", "xlsx" or "xls"; encoding such as "gb18030" or "utf-8" (CSV);
    // delimiter (CSV); sheet names and the sheet being read (XLSX).
    virtual QString format() const = 0;
    virtual QByteArray encoding() const { return {}; }
    virtual bool hadByteOrderMark() const { return false; }
    virtual QChar delimiter() const { return {}; }
    virtual QStringList sheetNames() const { return {}; }
    virtual QString sheet() const { return {}; }
};

// Opens a CSV/TSV/TXT, XLSX or XLS file by its content (zip or OLE magic) and extension. Returns null and
// sets *error (translated, naming the file) when it cannot be read.
std::unique_ptr<RowSource> openRowSource(const QString &path, const ReadOptions &options, QString *error);

} // namespace frontline::io
