// Legacy Excel 97–2003 workbooks (.xls, BIFF8) behind the same RowSource as the XLSX reader:
// choose the sheet by name (the first one when none is named), rows keep Excel's row numbers,
// blank rows are skipped and a row ends at its last non-empty cell. Date and date-time cells come
// back as QDate and QDateTime (time-of-day cells as QTime), integral numbers as qint64 and the
// others as double, text as QString. The header row and summary rows are found by the importer,
// as for XLSX.
//
// FreeXL reads the file in a child process, the frontline-xls helper (app/xls, code in
// io/XlsWorkbook), which this class starts and reads row by row as the importer asks for them
// (io/XlsProtocol.h): FreeXL 1.0.6 over-reads a stack buffer on damaged files, and then only the
// helper dies. A helper that crashes, is killed, says nothing for 150 s or writes anything but
// well-formed frames makes open() or next() fail with errorString() naming the file; the importer
// then imports nothing. The helper is FRONTLINE_XLS_HELPER when that is set, else frontline-xls
// next to the executable (see helperPath()).
//
// FreeXL is optional (FRONTLINE_HAVE_FREEXL): without it there is no helper, and open() says how
// to install it.
#pragma once

#include "io/RowSource.h"

#include <QCoreApplication>

#include <memory>

class QProcess;

namespace frontline::io {

class XlsReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::XlsReader)

public:
    explicit XlsReader(const ReadOptions &options = {});
    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    // Whether this build can read .xls at all (it has the helper).
    static bool isAvailable();
    // The helper: FRONTLINE_XLS_HELPER, else frontline-xls(.exe) in the application's directory
    // (on macOS also beside or inside the app bundle); the first place when it is nowhere.
    static QString helperPath();

    // Opens the workbook and the sheet options.sheet names. False with errorString() on failure.
    bool open(const QString &path);

    bool next(SourceRow &row) override;
    QString errorString() const override { return m_error; }
    double progress() const override;

    QString format() const override;
    QStringList sheetNames() const override { return m_sheets; }
    QString sheet() const override { return m_sheet; }

private:
    enum class Received
    {
        Frame,
        Stopped,   // the helper ended (crashed, killed) before a whole frame
        TimedOut,  // nothing from it for too long
        Malformed, // a frame length out of range
    };

    bool fail(const QString &message);
    Received receive(QByteArray &body);
    // The reader stopped on the file: a crash, a kill, a time-out or malformed data.
    bool stopped(Received why);
    bool failedOn(qint32 code, qint64 number, const QString &text);
    void endHelper(bool kill);

    ReadOptions m_options;
    std::unique_ptr<QProcess> m_process;
    QString m_fileName;
    QString m_error;
    QStringList m_sheets;
    QString m_sheet;
    quint32 m_rows = 0;
    quint32 m_rowsRead = 0; // rows of the sheet the helper has gone through
    bool m_done = false;
};

} // namespace frontline::io
