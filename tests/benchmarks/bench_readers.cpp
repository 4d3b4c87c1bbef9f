// Reader benchmark: 1,000,000 generated order lines × 9 columns (~60 MB UTF-8, and the same in
// GB18030) read through CsvReader, against the floor of reading and decoding the same bytes and
// splitting them at line ends in the same process; then an XLSX of 100,000 lines written by
// XlsxWriter and read back by XlsxReader. Prints times, rows per second, the ratios and the peak
// memory. Run from a Release build: build/release/bin/bench_readers [lines]
#include "io/CsvReader.h"
#include "io/RowSource.h"
#include "io/TableWriter.h"
#include "io/TextCodec.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline::io;

namespace {

QString peakMemory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return u"n/a"_s;
}

QString orderLine(QRandomGenerator &random, int i)
{
    static const QString channels[] = {u"门店"_s, u"微信"_s, u"电话"_s, u"拜访"_s, u"官网"_s};
    static const QString regions[] = {u"华北"_s, u"华东"_s, u"华南"_s, u"西南"_s, u"华中"_s, u"西北"_s};
    const QDate date = QDate(2024, 1, 1).addDays(random.bounded(730));
    return u"XS%1,%2,R%3,C%4,P-%5,%6,%7,%8,%9\r\n"_s.arg(i / 3 + 1, 8, 10, QChar(u'0'))
        .arg(date.toString(Qt::ISODate))
        .arg(random.bounded(1, 500), 4, 10, QChar(u'0'))
        .arg(random.bounded(1, 100000), 6, 10, QChar(u'0'))
        .arg(random.bounded(1000, 9999))
        .arg(random.bounded(1, 50))
        .arg(QString::number(random.bounded(100, 2000000) / 100.0, 'f', 2))
        .arg(channels[random.bounded(5)], regions[random.bounded(6)]);
}

bool writeCsv(const QString &path, int lines, const QByteArray &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    auto encoder = TextEncoder::create(encoding);
    QRandomGenerator random(42);
    QString text = u"单号,日期,业务员,客户,产品,数量,金额,渠道,区域\r\n"_s;
    QByteArray bytes;
    for (int i = 0; i < lines; ++i) {
        text += orderLine(random, i);
        if (text.size() > (1 << 20) || i + 1 == lines) {
            bytes.clear();
            encoder->encode(text, bytes);
            file.write(bytes);
            text.clear();
        }
    }
    return true;
}

struct Timing
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 cells = 0;
};

Timing readWithCsvReader(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    Timing t;
    if (!reader.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return t;
    }
    SourceRow row;
    while (reader.next(row)) {
        ++t.rows;
        t.cells += row.cells.size();
    }
    t.seconds = timer.nsecsElapsed() / 1e9;
    return t;
}

// The floor: the same bytes read in the same chunks and decoded, lines counted; no fields.
Timing readDecodeFloor(const QString &path, const QByteArray &encoding)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    Timing t;
    if (!file.open(QIODevice::ReadOnly))
        return t;
    auto decoder = TextDecoder::create(encoding);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QString text;
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        text.clear();
        decoder->decode(QByteArrayView(chunk.constData(), got), text, false);
        t.rows += text.count(u'\n');
    }
    t.seconds = timer.nsecsElapsed() / 1e9;
    return t;
}

// What code without a CSV reader typically does: QTextStream::readLine() and QString::split().
Timing readNaive(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    Timing t;
    if (!file.open(QIODevice::ReadOnly))
        return t;
    QTextStream stream(&file);
    QString line;
    while (stream.readLineInto(&line)) {
        const QStringList fields = line.split(u',');
        ++t.rows;
        t.cells += fields.size();
    }
    t.seconds = timer.nsecsElapsed() / 1e9;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString utf8Path = dir.filePath(u"orders_utf8.csv"_s);
    const QString gbPath = dir.filePath(u"orders_gb18030.csv"_s);

    QElapsedTimer timer;
    timer.start();
    if (!writeCsv(utf8Path, lines, "utf-8") || !writeCsv(gbPath, lines, "gb18030"))
        return 1;
    std::printf("generated %d lines x 9 columns: UTF-8 %.1f MB, GB18030 %.1f MB (%.1f s)\n", lines,
                QFile(utf8Path).size() / 1e6, QFile(gbPath).size() / 1e6, timer.nsecsElapsed() / 1e9);

    // Warm the page cache so that every contender reads from memory.
    readDecodeFloor(utf8Path, "utf-8");
    readDecodeFloor(gbPath, "gb18030");

    const Timing floorUtf8 = readDecodeFloor(utf8Path, "utf-8");
    const Timing naive = readNaive(utf8Path);
    const Timing utf8 = readWithCsvReader(utf8Path);
    const Timing floorGb = readDecodeFloor(gbPath, "gb18030");
    const Timing gb = readWithCsvReader(gbPath);

    std::printf("\nCSV, %d data lines + header\n", lines);
    std::printf("  %-44s %7.3f s\n", "read + decode UTF-8 only (floor)", floorUtf8.seconds);
    std::printf("  %-44s %7.3f s\n", "QTextStream::readLine + split (naive)", naive.seconds);
    std::printf("  %-44s %7.3f s  %.2f M rows/s  (%lld rows, %lld cells)\n",
                "CsvReader UTF-8 (detect + parse)", utf8.seconds, utf8.rows / utf8.seconds / 1e6, utf8.rows,
                utf8.cells);
    std::printf("  %-44s %7.3f s\n", "read + decode GB18030 only (floor)", floorGb.seconds);
    std::printf("  %-44s %7.3f s  %.2f M rows/s  (%lld rows)\n", "CsvReader GB18030 (detect + parse)",
                gb.seconds, gb.rows / gb.seconds / 1e6, gb.rows);
    std::printf("  ratio CsvReader / floor: UTF-8 %.2f, GB18030 %.2f; CsvReader / naive: %.2f\n",
                utf8.seconds / floorUtf8.seconds, gb.seconds / floorGb.seconds, utf8.seconds / naive.seconds);
    std::printf("  peak memory so far (VmHWM): %s\n", qPrintable(peakMemory()));

    // XLSX: a tenth of the lines (an Excel sheet of a million rows is rare and slow anywhere).
    const int xlsxLines = std::max(1, lines / 10);
    const QString xlsxPath = dir.filePath(u"orders.xlsx"_s);
    timer.restart();
    {
        QString error;
        auto writer = createXlsxWriter(xlsxPath, u"明细"_s, &error);
        if (!writer)
            return 1;
        writer->writeRow({u"单号"_s, u"日期"_s, u"业务员"_s, u"客户"_s, u"产品"_s, u"数量"_s, u"金额"_s,
                          u"渠道"_s, u"区域"_s});
        QRandomGenerator random(7);
        for (int i = 0; i < xlsxLines; ++i) {
            writer->writeRow({u"XS%1"_s.arg(i / 3 + 1, 8, 10, QChar(u'0')),
                              QDate(2024, 1, 1).addDays(i % 700), u"R%1"_s.arg(random.bounded(1, 500)),
                              u"C%1"_s.arg(random.bounded(1, 100000)),
                              u"P-%1"_s.arg(random.bounded(1000, 9999)), qint64(random.bounded(1, 50)),
                              random.bounded(100, 2000000) / 100.0, u"门店"_s, u"华东"_s});
        }
        if (!writer->finish())
            return 1;
    }
    const double xlsxWrite = timer.nsecsElapsed() / 1e9;
    timer.restart();
    XlsxReader reader;
    qint64 xlsxRows = 0;
    if (reader.open(xlsxPath)) {
        SourceRow row;
        while (reader.next(row))
            ++xlsxRows;
    }
    const double xlsxRead = timer.nsecsElapsed() / 1e9;
    std::printf("\nXLSX, %d data lines (%.1f MB)\n", xlsxLines, QFile(xlsxPath).size() / 1e6);
    std::printf("  %-44s %7.3f s\n", "XlsxWriter (constant memory)", xlsxWrite);
    std::printf("  %-44s %7.3f s  %.2f k rows/s  (%lld rows)\n", "XlsxReader", xlsxRead,
                xlsxRows / xlsxRead / 1e3, xlsxRows);
    std::printf("  peak memory (VmHWM): %s\n", qPrintable(peakMemory()));
    return 0;
}
