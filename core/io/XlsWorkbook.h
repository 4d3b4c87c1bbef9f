// The FreeXL side of .xls import: opens an Excel 97–2003 workbook (BIFF8), chooses a sheet by
// name and turns its cells into values. Rows keep Excel's row numbers, blank rows are skipped and
// a row ends at its last non-empty cell. FreeXL reads the number formats, so date and date-time
// cells come back as QDate and QDateTime (time-of-day cells as QTime), integral numbers as qint64
// and the others as double, text as QString.
//
// FreeXL 1.0.6 (Debian 12) over-reads a stack buffer on damaged files, so this code never runs in
// Frontline itself: only in the frontline-xls helper process (app/xls), which XlsReader starts and
// reads, and in the fuzz harness tests/fuzz/fuzz_xls.cpp. It is built only with FreeXL
// (the frontline_xls library); its errors are codes (XlsError, io/XlsProtocol.h), which XlsReader
// turns into messages.
#pragma once

#include "io/XlsProtocol.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace frontline::io {

struct XlsRow
{
    qint64 number = 0; // Excel's row number, 1-based
    QList<QVariant> cells;
};

class XlsWorkbook
{
public:
    XlsWorkbook() = default;
    ~XlsWorkbook();
    XlsWorkbook(const XlsWorkbook &) = delete;
    XlsWorkbook &operator=(const XlsWorkbook &) = delete;

    // Opens the workbook and reads its sheet names.
    bool open(const QString &path);
    // The sheet named name (as written, else trimmed and ignoring case); the first when empty.
    bool selectSheet(const QString &name);
    // The next non-blank row of the selected sheet; false at its end or on an error.
    bool next(XlsRow &row);

    XlsError error() const { return m_error; }
    qint64 errorNumber() const { return m_errorNumber; }
    QString errorText() const { return m_errorText; }

    QStringList sheetNames() const { return m_sheets; }
    QString sheet() const { return m_sheet; }
    qsizetype sheetIndex() const { return m_index; }
    // Rows in the sheet's dimension, and how many of them were read (for progress).
    quint32 rowCount() const { return m_rows; }
    quint32 rowsRead() const { return m_row; }

private:
    bool fail(XlsError error, qint64 number = 0, const QString &text = {});

    const void *m_handle = nullptr;
    XlsError m_error = XlsError::None;
    qint64 m_errorNumber = 0;
    QString m_errorText;
    QStringList m_sheets;
    QString m_sheet;
    qsizetype m_index = -1;
    quint32 m_rows = 0;
    quint16 m_columns = 0;
    quint32 m_row = 0; // the next row to read (0-based)
};

} // namespace frontline::io
