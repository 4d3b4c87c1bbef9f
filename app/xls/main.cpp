// frontline-xls: reads one Excel 97–2003 workbook (.xls) with FreeXL and writes its sheet names
// and the rows of one sheet to standard output, in the frames of io/XlsProtocol.h.
//   frontline-xls FILE [SHEET]      SHEET: the sheet's name; the first sheet when absent
// Frontline never calls FreeXL itself: XlsReader starts this helper and reads what it writes.
// FreeXL 1.0.6 (Debian 12) over-reads a stack buffer on damaged files (tests/fuzz/fuzz_xls.cpp
// finds it in seconds), so a damaged or crafted file must only be able to crash this process.
// Before it touches the file it lowers its own limits: 1 GiB of address space, 120 s of CPU
// time, no core dump; it reads the one file and writes to standard output, nothing else.
// Exit status: 0 after End, 1 after an Error frame, 2 when called wrongly.
#include "io/XlsProtocol.h"
#include "io/XlsWorkbook.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#endif

using namespace frontline::io;
namespace protocol = frontline::io::xlsprotocol;

namespace {

#if defined(Q_OS_UNIX)
// Sets the soft and hard limit to value or lower (the hard one too, so that nothing can raise it
// again).
void lower(int resource, rlim_t value, const char *name)
{
    struct rlimit limit = {0, 0};
    if (getrlimit(resource, &limit) == 0) {
        for (const rlim_t current : {limit.rlim_cur, limit.rlim_max}) {
            if (current != RLIM_INFINITY && current < value)
                value = current;
        }
    }
    limit.rlim_cur = value;
    limit.rlim_max = value;
    if (setrlimit(resource, &limit) != 0)
        std::fprintf(stderr, "frontline-xls: cannot limit %s\n", name);
}
#endif

void limitResources()
{
#if defined(Q_OS_UNIX)
    lower(RLIMIT_CORE, 0, "core dumps");
    lower(RLIMIT_CPU, 120, "CPU time");
#if !defined(__SANITIZE_ADDRESS__) // AddressSanitizer reserves terabytes of address space
    lower(RLIMIT_AS, rlim_t(1) << 30, "address space");
#endif
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0);
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
#endif
}

bool write(const QByteArray &frame)
{
    return std::fwrite(frame.constData(), 1, size_t(frame.size()), stdout) == size_t(frame.size());
}

int failed(const XlsWorkbook &book)
{
    write(protocol::frame(protocol::Frame::Error, [&](QDataStream &out) {
        out << qint32(book.error()) << book.errorNumber() << book.errorText();
    }));
    std::fflush(stdout);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    limitResources();
#if defined(Q_OS_WIN)
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

    // For the arguments in Unicode on Windows.
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.size() > 3) {
        std::fprintf(stderr,
                     "usage: frontline-xls FILE [SHEET]\n"
                     "Writes the rows of an .xls sheet for Frontline (not meant to be run by hand).\n");
        return 2;
    }
    write(protocol::frame(protocol::Frame::Hello,
                          [](QDataStream &out) { out << protocol::Magic << protocol::Version; }));
    std::fflush(stdout);

    XlsWorkbook book;
    if (!book.open(arguments.at(1)))
        return failed(book);
    write(protocol::frame(protocol::Frame::Sheets, [&](QDataStream &out) { out << book.sheetNames(); }));
    if (!book.selectSheet(arguments.value(2)))
        return failed(book);
    write(protocol::frame(protocol::Frame::Selected,
                          [&](QDataStream &out) { out << qint32(book.sheetIndex()) << book.rowCount(); }));
    std::fflush(stdout);

    XlsRow row;
    int unflushed = 0;
    while (book.next(row)) {
        const bool written = write(protocol::frame(protocol::Frame::Row, [&](QDataStream &out) {
            out << row.number << book.rowsRead() << quint32(row.cells.size());
            for (const QVariant &cell : std::as_const(row.cells))
                protocol::writeCell(out, cell);
        }));
        if (!written)
            return 1; // the reader has gone
        // Now and then, so that the reader's progress moves.
        if (++unflushed == 256) {
            unflushed = 0;
            std::fflush(stdout);
        }
    }
    if (book.error() != XlsError::None)
        return failed(book);
    write(protocol::frame(protocol::Frame::End, [](QDataStream &) {}));
    return std::fflush(stdout) == 0 ? 0 : 1;
}
