// libFuzzer target: the XLSX reader (core/io/XlsxReader) and the zip archive under it
// (core/io/ZipArchive) on arbitrary files.
//
// Input: byte 0 chooses how the rest is used.
//   even: the rest is the .xlsx file itself (zip structure, compression, CRCs, XML inside);
//   odd:  the rest is the workbook's XML parts separated by NUL bytes, in the order of Parts
//         below, which the harness zips into a well-formed archive, so that mutations reach the
//         XML of workbook, relationships, shared strings, styles and sheets instead of dying in
//         the deflate stream.
// Bit 1 of byte 0 asks for the sheet by name ("Sheet2") instead of the first visible one. Every
// row is read; row numbers must be positive and rows no wider than Excel's 16,384 columns.
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace frontline::io;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_xlsx: invariant broken: %s\n", what);
    std::abort();
}

const char *const Parts[] = {
    "_rels/.rels",   "xl/workbook.xml",          "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
    "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",   "[Content_Types].xml",
};

const QTemporaryDir &folder()
{
    static const QTemporaryDir dir;
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || !folder().isValid())
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = folder().filePath(QStringLiteral("fuzz.xlsx"));
    QFile::remove(path);
    if (data[0] & 1) {
        ZipWriter zip(path);
        if (!zip.open())
            return 0;
        const QList<QByteArray> parts = rest.split('\0');
        for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(Parts)); ++i) {
            if (!parts.at(i).isEmpty())
                zip.addEntry(QString::fromLatin1(Parts[i]), parts.at(i));
        }
        if (!zip.close())
            return 0;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(rest) != rest.size())
            return 0;
    }

    ReadOptions options;
    if (data[0] & 2)
        options.sheet = QStringLiteral("Sheet2");
    XlsxReader reader(options);
    if (!reader.open(path)) {
        if (reader.errorString().isEmpty())
            fail("open() failed without saying why");
        return 0;
    }
    SourceRow row;
    for (int rows = 0; rows < 100000 && reader.next(row); ++rows) {
        if (row.number <= 0)
            fail("row number not positive");
        if (row.cells.size() > 16384)
            fail("row wider than 16,384 columns");
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
