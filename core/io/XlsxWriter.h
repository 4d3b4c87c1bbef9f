// XLSX writer on libxlsxwriter in constant-memory mode (each row goes to disk as it is written):
// numbers stay numbers, QDate and QDateTime become real date cells (yyyy-mm-dd), the first row
// is the bold, frozen header with an autofilter, columns get number formats from
// setColumnFormats() (¥ with thousands separators for fen, percentages) and widths from what
// was written in them. addSheet() starts another sheet (one per report section). The workbook
// is assembled in a temporary file beside the target and renamed over it by finish().
#pragma once

#include "io/TableWriter.h"

#include <QCoreApplication>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace frontline::io {

class XlsxWriter final : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::XlsxWriter)

public:
    XlsxWriter();
    ~XlsxWriter() override;

    bool open(const QString &path, const QString &sheetName);
    bool writeRow(const QList<QVariant> &cells) override;
    bool finish() override;
    // Closes the current sheet (its widths, frozen header and autofilter) and starts a new one;
    // its first row is again the header. Column formats are reset.
    bool addSheet(const QString &name);
    // A chart of the current sheet's data beside it (to the right of the columns written so
    // far, charts one below the other): categories from one column, a series per value column
    // (named by its header), over the data rows firstRow..lastRow (0-based sheet rows; the
    // header is row 0). Call after the rows, before addSheet()/finish().
    struct Chart
    {
        enum class Kind
        {
            Line,
            Bar, // horizontal, the first category on top
            Column,
        };
        Kind kind = Kind::Column;
        QString title;
        int categoryColumn = 0;
        QList<int> valueColumns;
        quint32 firstRow = 1;
        quint32 lastRow = 1;
        bool yuan = false; // the values are money: the value axis shows ¥
    };
    bool addChart(const Chart &chart);
    // Title and subject in the workbook's document properties.
    void setProperties(const QString &title, const QString &subject);
    QString errorString() const override { return m_error; }

    // A name Excel accepts for a sheet: no []:*?/\, at most 31 characters, not empty.
    static QString validSheetName(const QString &name);

private:
    bool failed(const QString &message);
    void discard();
    void closeSheet();
    lxw_format *dataFormat(CellFormat format) const;

    QString m_path;
    QString m_tempPath;
    QString m_error;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_fen = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_wholePercent = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_decimal = nullptr;
    QList<QByteArray> m_sheetNames; // lxw keeps pointers to names: they live as long as the workbook
    QList<QByteArray> m_chartTexts; // the same for chart titles
    int m_chartsOnSheet = 0;
    QByteArray m_title, m_subject;
    quint32 m_row = 0;
    bool m_finished = false;
    QList<int> m_widths; // per column, in characters (a CJK character counts two)
};

} // namespace frontline::io
