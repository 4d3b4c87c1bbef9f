// XLSX reader: minizip (see ZipArchive.h for why not QuaZip) and QXmlStreamReader. The sheet
// list, shared strings and cell styles are read up front (the styles tell which numbers are
// dates); the chosen sheet is then streamed row by row from the zip, so a sheet of a million rows
// needs no more memory than its shared strings. Formulas give their cached value; merged ranges
// are empty but for the top-left cell; rows keep Excel's row numbers.
#pragma once

#include "io/RowSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

namespace frontline::io {

class ZipEntry;
class ZipReader;

class XlsxReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::XlsxReader)

public:
    struct Sheet
    {
        QString name;
        QString part;          // zip entry of its XML, "xl/worksheets/sheet1.xml"
        bool hidden = false;   // state="hidden" or "veryHidden"
        bool worksheet = true; // false for chart sheets, which hold no cells
    };

    // What a cell's number format makes of its number.
    enum class NumberKind
    {
        Number,
        Date,
        Time,
        DateTime
    };

    explicit XlsxReader(const ReadOptions &options = {});
    ~XlsxReader() override;

    // Opens the workbook and the sheet options.sheet names (the first visible worksheet when
    // empty). False with errorString() on failure; sheets() is filled as far as it was read.
    bool open(const QString &path);

    // Rows with no value at all (blank rows, rows of empty styled cells) are not returned; the
    // others carry their Excel row number and end at their last non-empty cell.
    bool next(SourceRow &row) override;
    QString errorString() const override { return m_error; }
    double progress() const override;

    QString format() const override;
    QStringList sheetNames() const override; // every sheet, hidden ones too, in workbook order
    QString sheet() const override { return m_sheet; }

    const QList<Sheet> &sheets() const { return m_sheets; }
    bool uses1904Dates() const { return m_date1904; }

    // Exposed for tests. id: numFmtId; code: its formatCode (empty for a built-in id).
    static NumberKind classifyNumberFormat(int id, QStringView code);
    // A serial date in the 1900 (with Excel's phantom 1900-02-29) or 1904 system as QDate,
    // QDateTime (a time part or a date-time format) or QTime (a time format below one day).
    static QVariant fromSerial(double serial, bool date1904, NumberKind kind);
    // "_x000D_" and the like, OOXML's escapes for characters XML cannot carry.
    static QString unescape(const QString &text);

private:
    struct Relationship
    {
        QString type;
        QString target; // zip entry, resolved
    };
    bool readPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &parse,
                  bool required = true);
    QHash<QString, Relationship> readRelationships(const QString &part);
    bool readWorkbook(const QString &part);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool openSheet(const Sheet &sheet);
    QString readRichText(QXmlStreamReader &xml);
    QVariant cellValue(QStringView type, const QString &value, const QString &inlineText, int style) const;
    bool fail(const QString &message);

    ReadOptions m_options;
    QString m_path;
    QString m_fileName;
    QString m_error;
    std::unique_ptr<ZipReader> m_zip;
    std::unique_ptr<ZipEntry> m_sheetFile;
    QXmlStreamReader m_xml;
    QList<Sheet> m_sheets;
    QString m_sheet;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<NumberKind> m_styleKinds; // by cellXfs index
    qint64 m_lastRow = 0;
    bool m_done = false;
};

} // namespace frontline::io
