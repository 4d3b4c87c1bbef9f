// Legacy Excel 97–2003 workbooks (.xls, BIFF8) through FreeXL, behind the same RowSource as the
// XLSX reader: choose the sheet by name (the first one when none is named), rows keep Excel's row
// numbers, blank rows are skipped and a row ends at its last non-empty cell. FreeXL reads the
// number formats, so date and date-time cells come back as QDate and QDateTime (time-of-day cells
// as QTime), integral numbers as qint64 and the others as double, text as QString. The header row
// and summary rows are found by the importer, as for XLSX.
//
// FreeXL is optional (FRONTLINE_HAVE_FREEXL): without it, openRowSource() says how to install it.
#pragma once

#include "io/RowSource.h"

#include <QCoreApplication>

namespace frontline::io {

class XlsReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::XlsReader)

public:
    explicit XlsReader(const ReadOptions &options = {});
    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    // Whether this build can read .xls at all.
    static bool isAvailable();

    // Opens the workbook and the sheet options.sheet names. False with errorString() on failure.
    bool open(const QString &path);

    bool next(SourceRow &row) override;
    QString errorString() const override { return m_error; }
    double progress() const override;

    QString format() const override;
    QStringList sheetNames() const override { return m_sheets; }
    QString sheet() const override { return m_sheet; }

private:
    bool fail(const QString &message);

    ReadOptions m_options;
    const void *m_handle = nullptr;
    QString m_fileName;
    QString m_error;
    QStringList m_sheets;
    QString m_sheet;
    quint32 m_rows = 0;
    quint16 m_columns = 0;
    quint32 m_row = 0; // the next row to read (0-based)
};

} // namespace frontline::io
