// libFuzzer target: the legacy .xls reader (core/io/XlsReader over FreeXL) on arbitrary files.
// FreeXL parses the compound document (OLE2) and the BIFF8 records; the reader turns its cells
// into values. Bit 0 of byte 0 asks for the sheet by name ("Sheet2") instead of the first one;
// the rest is the file. Every row is read; row numbers must be positive, rows no wider than the
// 65,536 columns a BIFF8 dimension record can claim, and no row blank.
#include "io/XlsReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace frontline::io;

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || !folder().isValid() || !XlsReader::isAvailable())
        return 0;
    const QString path = folder().filePath(QStringLiteral("fuzz.xls"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1)) != qint64(size - 1))
            return 0;
    }
    ReadOptions options;
    if (data[0] & 1)
        options.sheet = QStringLiteral("Sheet2");
    XlsReader reader(options);
    if (!reader.open(path)) {
        if (reader.errorString().isEmpty())
            fail("open() failed without saying why");
        return 0;
    }
    SourceRow row;
    for (int rows = 0; rows < 100000 && reader.next(row); ++rows) {
        if (row.number <= 0)
            fail("row number not positive");
        if (row.cells.size() > 65536)
            fail("row wider than 65,536 columns");
        if (row.isBlank())
            fail("a blank row was returned");
        const double progress = reader.progress();
        if (!(progress >= 0.0 && progress <= 1.0))
            fail("progress outside 0..1");
        for (qsizetype i = 0; i < row.cells.size(); ++i)
            (void)row.text(i);
    }
    return 0;
}
