// libFuzzer target: the parsing of legacy .xls files, in-process: io/XlsWorkbook over FreeXL,
// the code the frontline-xls helper runs (Frontline itself reads .xls only through that child
// process, see io/XlsReader.h), and the helper's frames (io/XlsProtocol.h) read back as XlsReader
// reads them. FreeXL parses the compound document (OLE2) and the BIFF8 records; XlsWorkbook turns
// its cells into values. Bit 0 of byte 0 asks for the sheet by name ("Sheet2") instead of the
// first one; the rest is the file. Every row is read; row numbers must be positive and rising,
// rows no wider than the 65,536 columns a BIFF8 dimension record can claim, no row blank, and
// each row must come back from its frame with the same values.
#include "io/RowSource.h"
#include "io/XlsProtocol.h"
#include "io/XlsWorkbook.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace frontline::io;
namespace protocol = frontline::io::xlsprotocol;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_xls: invariant broken: %s\n", what);
    std::abort();
}

const QTemporaryDir &folder()
{
    static const QTemporaryDir dir;
    return dir;
}

// The row's cells through a Row frame and back, as the helper writes and XlsReader reads them.
QList<QVariant> throughFrame(const XlsRow &row)
{
    const QByteArray framed = protocol::frame(protocol::Frame::Row, [&](QDataStream &out) {
        out << row.number << quint32(row.number) << quint32(row.cells.size());
        for (const QVariant &cell : row.cells)
            protocol::writeCell(out, cell);
    });
    QDataStream in(framed.mid(4));
    in.setVersion(protocol::StreamVersion);
    quint8 type = 0;
    qint64 number = 0;
    quint32 read = 0;
    quint32 count = 0;
    in >> type >> number >> read >> count;
    if (type != quint8(protocol::Frame::Row) || number != row.number || count != quint32(row.cells.size()))
        fail("a Row frame does not read back");
    QList<QVariant> cells;
    for (quint32 i = 0; i < count; ++i) {
        QVariant cell;
        if (!protocol::readCell(in, cell))
            fail("a cell of a Row frame does not read back");
        cells << cell;
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        fail("a Row frame is not read to its end");
    return cells;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || !folder().isValid())
        return 0;
    const QString path = folder().filePath(QStringLiteral("fuzz.xls"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1)) != qint64(size - 1))
            return 0;
    }
    XlsWorkbook book;
    if (!book.open(path) || !book.selectSheet((data[0] & 1) ? QStringLiteral("Sheet2") : QString())) {
        if (book.error() == XlsError::None)
            fail("the workbook failed without saying why");
        return 0;
    }
    if (book.sheetIndex() < 0 || book.sheetIndex() >= book.sheetNames().size())
        fail("the selected sheet is not among the sheets");
    XlsRow xls;
    qint64 previous = 0;
    for (int rows = 0; rows < 100000 && book.next(xls); ++rows) {
        if (xls.number <= previous)
            fail("row numbers not positive and rising");
        previous = xls.number;
        if (xls.number > qint64(book.rowsRead()) || book.rowsRead() > book.rowCount())
            fail("rows read beyond the sheet");
        if (xls.cells.size() > 65536)
            fail("row wider than 65,536 columns");
        SourceRow row;
        row.number = xls.number;
        row.cells = xls.cells;
        if (row.isBlank())
            fail("a blank row was returned");
        SourceRow back;
        back.cells = throughFrame(xls);
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (back.cells.at(i).typeId() != row.cells.at(i).typeId() || back.text(i) != row.text(i))
                fail("a cell changed through its frame");
        }
    }
    return 0;
}
