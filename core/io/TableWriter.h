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

class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Values: QString, qint64/int, double, QDate, QDateTime, bool; invalid QVariant = empty cell.
    // XLSX keeps numbers as numbers and dates as date cells; CSV writes ISO dates.
    virtual bool writeRow(const QList<QVariant> &cells) = 0;
    // Flushes and closes; the file is complete only after finish() returned true. A writer
    // destroyed without finish() removes its partial file.
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

struct CsvWriteOptions
{
    QByteArray encoding = "utf-8"; // "utf-8", "gb18030", "gbk", "utf-16le"…
    bool byteOrderMark = true;     // UTF-8 BOM so that Excel opens Chinese text correctly
    QChar delimiter = u',';
    bool crlf = true; // Excel's line ends
};

std::unique_ptr<TableWriter> createCsvWriter(const QString &path, const CsvWriteOptions &options,
                                             QString *error);
std::unique_ptr<TableWriter> createXlsxWriter(const QString &path, const QString &sheetName, QString *error);

} // namespace frontline::io
