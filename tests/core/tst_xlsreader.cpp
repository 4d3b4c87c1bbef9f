// The Excel 97–2003 (.xls) reader, on ledger.xls (written once by
// tests/data/import/make_ledger_xls.py with xlwt): the sheets, choosing one, a merged title, a
// blank row, text, integers, decimals, date and date-time cells, a 合计 row, an empty sheet; then
// the same file through openRowSource() and the importer (header on row 3 found, the 合计 row
// skipped, the rejects written as .xlsx). A build without FreeXL must say how to get it.
// FreeXL runs in the frontline-xls helper process (beside this test in the bin directory), so
// also: damaged.xls (a file on which FreeXL 1.0.6 over-reads a stack buffer, found by
// tests/fuzz/fuzz_xls) fails with a message and this process goes on; a missing helper is named;
// fake helpers (shell scripts writing frames made here) that crash, stop half-way or write
// malformed frames make the read and the import fail with nothing imported; the helper's
// resource limits are in place before it opens the file.
#include "import/Importer.h"
#include "io/RowSource.h"
#include "io/XlsProtocol.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::io;

class tst_XlsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstSheetByDefault();
    void cellsOfTheLedger();
    void unknownSheetNamesTheSheets();
    void emptySheet();
    void openRowSourceAndImport();
    void helperBesideTheExecutable();
    void readInAThreadWithoutEventLoop();
    void damagedFileFailsWithAMessage();
    void missingHelper();
    void helperThatFails_data();
    void helperThatFails();
    void helperStoppingHalfWayImportsNothing_data();
    void helperStoppingHalfWayImportsNothing();
    void helperLimitsItselfBeforeOpening();

private:
    QString m_path;
};

namespace {

namespace protocol = io::xlsprotocol;

// FRONTLINE_XLS_HELPER for the scope of one test.
class HelperOverride
{
public:
    explicit HelperOverride(const QString &path) { qputenv("FRONTLINE_XLS_HELPER", QFile::encodeName(path)); }
    ~HelperOverride() { qunsetenv("FRONTLINE_XLS_HELPER"); }
    HelperOverride(const HelperOverride &) = delete;
    HelperOverride &operator=(const HelperOverride &) = delete;
};

QString realHelper()
{
#ifdef Q_OS_WIN
    return QDir(QStringLiteral(FRONTLINE_BIN_DIR)).filePath(u"frontline-xls.exe"_s);
#else
    return QDir(QStringLiteral(FRONTLINE_BIN_DIR)).filePath(u"frontline-xls"_s);
#endif
}

// What a helper writes for a sheet "客户" with a header row and the given rows (from row 2).
QByteArray framesOf(const QList<QList<QVariant>> &rows)
{
    const quint32 total = quint32(rows.size() + 1);
    QByteArray out = protocol::frame(protocol::Frame::Hello,
                                     [](QDataStream &s) { s << protocol::Magic << protocol::Version; });
    out += protocol::frame(protocol::Frame::Sheets, [](QDataStream &s) { s << QStringList{u"客户"_s}; });
    out += protocol::frame(protocol::Frame::Selected, [&](QDataStream &s) { s << qint32(0) << total; });
    const auto row = [&](qint64 number, const QList<QVariant> &cells) {
        return protocol::frame(protocol::Frame::Row, [&](QDataStream &s) {
            s << number << quint32(number) << quint32(cells.size());
            for (const QVariant &cell : cells)
                protocol::writeCell(s, cell);
        });
    };
    out += row(1, {u"客户名称"_s, u"手机"_s});
    for (qsizetype i = 0; i < rows.size(); ++i)
        out += row(i + 2, rows.at(i));
    return out;
}

QList<QList<QVariant>> customers(int count)
{
    QList<QList<QVariant>> rows;
    for (int i = 0; i < count; ++i)
        rows << QList<QVariant>{u"测试客户%1"_s.arg(i + 1), u"1380013%1"_s.arg(i, 4, 10, QChar(u'0'))};
    return rows;
}

QByteArray endFrame()
{
    return protocol::frame(protocol::Frame::End, [](QDataStream &) {});
}

// A shell script that writes output and then, when it is given, runs the command after
// (a kill -SEGV $$ to crash).
QString fakeHelper(const QTemporaryDir &dir, const QByteArray &output, const QByteArray &after = {})
{
    const QString data = dir.filePath(u"frames.bin"_s);
    QFile bin(data);
    if (!bin.open(QIODevice::WriteOnly) || bin.write(output) != output.size())
        return {};
    bin.close();
    const QString path = dir.filePath(u"fake-xls-helper"_s);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\ncat '" + QFile::encodeName(data) + "'\n" + after + "\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    return path;
}

int count(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void tst_XlsReader::initTestCase()
{
    m_path = QFINDTESTDATA("../data/import/ledger.xls");
    QVERIFY(!m_path.isEmpty());
    if (!XlsReader::isAvailable()) {
        XlsReader reader;
        QVERIFY(!reader.open(m_path));
        QVERIFY2(reader.errorString().contains(u"FreeXL"_s), qPrintable(reader.errorString()));
        QVERIFY(reader.errorString().contains(u"ledger.xls"_s));
        QSKIP("Built without FreeXL: only the message is checked");
    }
}

void tst_XlsReader::firstSheetByDefault()
{
    XlsReader reader;
    QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), u"xls"_s);
    QCOMPARE(reader.sheetNames(), (QStringList{u"说明"_s, u"客户"_s, u"空表"_s}));
    QCOMPARE(reader.sheet(), u"说明"_s);
    SourceRow row;
    QVERIFY(reader.next(row));
    QCOMPARE(row.number, 1);
    QCOMPARE(row.cells, QList<QVariant>{u"本表由 ERP 导出"_s});
    QVERIFY(!reader.next(row));
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(reader.progress(), 1.0);
}

void tst_XlsReader::cellsOfTheLedger()
{
    ReadOptions options;
    options.sheet = u" 客户 "_s; // as people type it
    XlsReader reader(options);
    QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheet(), u"客户"_s);
    QCOMPARE(reader.progress(), 0.0);
    QList<SourceRow> rows;
    QList<double> progress;
    SourceRow row;
    while (reader.next(row)) {
        rows << row;
        progress << reader.progress();
    }
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(reader.progress(), 1.0);
    // The sheet's dimension is 7 rows: after Excel's row n, n/7 of it is read.
    QCOMPARE(progress, (QList<double>{1 / 7.0, 3 / 7.0, 4 / 7.0, 5 / 7.0, 6 / 7.0, 7 / 7.0}));
    // Row 2 is blank and skipped; the others keep Excel's numbers.
    QList<qint64> numbers;
    for (const SourceRow &r : rows)
        numbers << r.number;
    QCOMPARE(numbers, (QList<qint64>{1, 3, 4, 5, 6, 7}));
    // The merged title: its value in the first cell, the row ends there.
    QCOMPARE(rows.at(0).cells, QList<QVariant>{u"客户清单（2025年3月）"_s});
    QCOMPARE(rows.at(1).text(0), u"客户名称"_s);
    QCOMPARE(rows.at(1).text(4), u"数量"_s);

    const QList<QVariant> &first = rows.at(2).cells;
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.at(0), QVariant(u"上海甲贸易有限公司"_s));
    QCOMPARE(first.at(1), QVariant(u"13800138000"_s)); // text stays text
    QCOMPARE(first.at(2).typeId(), QMetaType::QDate);
    QCOMPARE(first.at(2).toDate(), QDate(2025, 3, 7));
    QCOMPARE(first.at(3).typeId(), QMetaType::Double);
    QCOMPARE(first.at(3).toDouble(), 1234.5);
    QCOMPARE(first.at(4).typeId(), QMetaType::LongLong);
    QCOMPARE(first.at(4).toLongLong(), 3);

    const QList<QVariant> &second = rows.at(3).cells;
    QCOMPARE(second.at(1), QVariant(u"+86 139 0013 9000"_s));
    QCOMPARE(second.at(2).typeId(), QMetaType::QDateTime);
    QCOMPARE(second.at(2).toDateTime(), QDateTime(QDate(2025, 3, 8), QTime(14, 30)));
    QCOMPARE(rows.at(3).text(2), u"2025-03-08 14:30:00"_s);
    QCOMPARE(second.at(3).typeId(), QMetaType::LongLong); // 200.00 is a whole number
    QCOMPARE(second.at(3).toLongLong(), 200);

    const QList<QVariant> &third = rows.at(4).cells;
    QVERIFY(!third.at(1).isValid()); // no phone
    QCOMPARE(third.at(2).toDate(), QDate(2024, 12, 31));
    QCOMPARE(third.at(3).toDouble(), 0.1);
    QCOMPARE(rows.at(4).text(3), u"0.1"_s);

    const QList<QVariant> &total = rows.at(5).cells;
    QCOMPARE(total.at(0), QVariant(u"合计"_s));
    QVERIFY(!total.at(1).isValid());
    QCOMPARE(total.at(3).toDouble(), 1434.6);
    QCOMPARE(total.at(4).toLongLong(), 16);
}

void tst_XlsReader::unknownSheetNamesTheSheets()
{
    ReadOptions options;
    options.sheet = u"订单"_s;
    XlsReader reader(options);
    QVERIFY(!reader.open(m_path));
    QVERIFY2(reader.errorString().contains(u"订单"_s) && reader.errorString().contains(u"说明, 客户, 空表"_s),
             qPrintable(reader.errorString()));
}

void tst_XlsReader::emptySheet()
{
    ReadOptions options;
    options.sheet = u"空表"_s;
    XlsReader reader(options);
    QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
    SourceRow row;
    QVERIFY(!reader.next(row));
    QVERIFY(reader.errorString().isEmpty());
}

void tst_XlsReader::openRowSourceAndImport()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"台账.xls"_s);
    QVERIFY(QFile::copy(m_path, copy));
    ReadOptions read;
    read.sheet = u"客户"_s;
    QString error;
    const std::unique_ptr<RowSource> source = openRowSource(copy, read, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->format(), u"xls"_s);
    QCOMPARE(source->sheet(), u"客户"_s);

    test::TempDatabase t;
    QVERIFY(t.isValid());
    ImportOptions options;
    options.kind = u"customers"_s;
    options.read = read;
    // 首次联系, 金额 and 数量 are no customer fields: ignored.
    const ImportSummary s = Importer(t.db(), AccessScope::administrator()).run(copy, options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.format, u"xls"_s);
    QCOMPARE(s.sheet, u"客户"_s);
    QCOMPARE(s.headerRow, 3);
    QCOMPARE(s.read, 4);
    QCOMPARE(s.inserted, 3);
    QCOMPARE(s.skipped, 1); // 合计
    QCOMPARE(s.rejected, 0);
    QVERIFY(s.balanced());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM customer WHERE name IN ('上海甲贸易有限公司', '北京乙科技', "
                   u"'广州丙商行')"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QVERIFY(
        q.exec(
            u"SELECT count(*) FROM contact_point WHERE normalized IN ('+8613800138000', '+8613900139000')"_s) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    // Rejects: names taken from the phone column, empty in 广州丙商行's row, which is rejected;
    // the rejects file is .xlsx, since .xls cannot be written.
    options.mappingJson = QJsonObject{
        {u"header_row"_s, 3}, {u"columns"_s, QJsonObject{{u"客户名称"_s, u""_s}, {u"手机"_s, u"name"_s}}}};
    const ImportSummary r = Importer(t.db(), AccessScope::administrator()).run(copy, options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rejected, 1); // 广州丙商行, without a phone
    QCOMPARE(r.rejectsFile, dir.filePath(u"台账.rejects.xlsx"_s));
    XlsxReader rejects;
    QVERIFY2(rejects.open(r.rejectsFile), qPrintable(rejects.errorString()));
}

void tst_XlsReader::helperBesideTheExecutable()
{
    qunsetenv("FRONTLINE_XLS_HELPER");
    QCOMPARE(XlsReader::helperPath(), realHelper());
    QVERIFY(QFileInfo(realHelper()).isExecutable());
    const HelperOverride helper(u"/somewhere/else"_s);
    QCOMPARE(XlsReader::helperPath(), u"/somewhere/else"_s);
}

void tst_XlsReader::readInAThreadWithoutEventLoop()
{
    // As the GUI imports: in a pool thread, where nothing runs an event loop for the QProcess.
    QList<qint64> numbers;
    QString error = u"not run"_s;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ReadOptions options;
        options.sheet = u"客户"_s;
        XlsReader reader(options);
        if (!reader.open(m_path)) {
            error = reader.errorString();
            return;
        }
        SourceRow row;
        while (reader.next(row))
            numbers << row.number;
        error = reader.errorString();
    }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(numbers, (QList<qint64>{1, 3, 4, 5, 6, 7}));
}

void tst_XlsReader::damagedFileFailsWithAMessage()
{
    // Bytes 1.. of a fuzz_xls crash: AddressSanitizer stops FreeXL's freexl_open() on them
    // (iconv reading 65,535 bytes of a stack buffer). Without it the over-read may go unseen,
    // end in an error or crash the helper: in every case the read fails and says what to do.
    const QString damaged = QFINDTESTDATA("../data/import/damaged.xls");
    QVERIFY(!damaged.isEmpty());
    XlsReader reader;
    SourceRow row;
    int rows = 0;
    if (reader.open(damaged)) {
        while (reader.next(row))
            ++rows;
    }
    const QString error = reader.errorString();
    QVERIFY2(error.contains(u"damaged.xls"_s) && error.contains(u"save it as .xlsx or .csv"_s),
             qPrintable(error));
    QCOMPARE(rows, 0);

    test::TempDatabase t;
    QVERIFY(t.isValid());
    ImportOptions options;
    options.kind = u"customers"_s;
    const ImportSummary s = Importer(t.db(), AccessScope::administrator()).run(damaged, options);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(u"damaged.xls"_s), qPrintable(s.error));
    QCOMPARE(count(t, u"SELECT count(*) FROM customer"_s), 0);
}

void tst_XlsReader::missingHelper()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-helper"_s);
    const HelperOverride helper(missing);
    XlsReader reader;
    QVERIFY(!reader.open(m_path));
    const QString error = reader.errorString();
    QVERIFY2(error.contains(u"ledger.xls"_s) && error.contains(QDir::toNativeSeparators(missing)) &&
                 error.contains(u"is missing"_s) && error.contains(u"Reinstall Frontline"_s) &&
                 error.contains(u".xlsx"_s),
             qPrintable(error));
    SourceRow row;
    QVERIFY(!reader.next(row));

    QString viaOpen;
    QVERIFY(!openRowSource(m_path, {}, &viaOpen));
    QCOMPARE(viaOpen, error);
}

void tst_XlsReader::helperThatFails_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("errorPart");

    const QString stopped = u"ledger.xls could not be read: the Excel 97–2003 reader stopped on it"_s;
    const QByteArray hello = framesOf({}).left(13);
    QTest::newRow("crash before a frame") << QByteArray() << QByteArray("kill -SEGV $$") << false << stopped;
    QTest::newRow("crash after hello") << hello << QByteArray("kill -SEGV $$") << false << stopped;
    QTest::newRow("killed mid-frame")
        << framesOf(customers(3)).chopped(3) << QByteArray("kill -KILL $$") << true << stopped;
    QTest::newRow("exits without End") << framesOf(customers(3)) << QByteArray("exit 0") << true << stopped;
    QTest::newRow("not frames") << QByteArray("/tmp/ledger.xls\n") << QByteArray() << false << stopped;
    QTest::newRow("frame too long") << hello + QByteArray("\x7f\0\0\0", 4) << QByteArray() << false
                                    << stopped;
    QTest::newRow("wrong magic") << QByteArray(hello).replace("FLXL", "XLXF") << QByteArray() << false
                                 << stopped;
    QTest::newRow("other version") << protocol::frame(protocol::Frame::Hello, [](QDataStream &s) {
        s << protocol::Magic << quint32(99);
    }) << QByteArray() << false << u"another version of Frontline"_s;
    QTest::newRow("unknown cell type")
        << framesOf({}) + protocol::frame(protocol::Frame::Row,
                                          [](QDataStream &s) {
                                              s << qint64(2) << quint32(2) << quint32(1) << quint8(99);
                                          })
        << QByteArray() << true << stopped;
    QTest::newRow("row number beyond the sheet")
        << framesOf({}) + protocol::frame(protocol::Frame::Row,
                                          [](QDataStream &s) { s << qint64(9) << quint32(9) << quint32(0); })
        << QByteArray() << true << stopped;
    QTest::newRow("bytes left in a frame")
        << framesOf({}) + protocol::frame(protocol::Frame::End, [](QDataStream &s) { s << quint8(0); })
        << QByteArray() << true << stopped;
    QTest::newRow("sheet index out of range")
        << framesOf({}).left(13) +
               protocol::frame(protocol::Frame::Sheets, [](QDataStream &s) { s << QStringList{u"A"_s}; }) +
               protocol::frame(protocol::Frame::Selected,
                               [](QDataStream &s) { s << qint32(1) << quint32(1); })
        << QByteArray() << false << stopped;
    // An error the helper reports half-way: passed on as FreeXL's own.
    QTest::newRow("row error") << framesOf(customers(2)) +
                                      protocol::frame(protocol::Frame::Error,
                                                      [](QDataStream &s) {
                                                          s << qint32(XlsError::RowUnreadable) << qint64(4)
                                                            << u"客户"_s;
                                                      })
                               << QByteArray("exit 1") << true
                               << u"Row 4 of the sheet \"客户\" in ledger.xls could not be read."_s;
    QTest::newRow("unknown sheet") << framesOf({}).left(13) +
                                          protocol::frame(protocol::Frame::Sheets,
                                                          [](QDataStream &s) {
                                                              s << QStringList{u"A"_s, u"B"_s};
                                                          }) +
                                          protocol::frame(protocol::Frame::Error,
                                                          [](QDataStream &s) {
                                                              s << qint32(XlsError::UnknownSheet) << qint64(0)
                                                                << u"C"_s;
                                                          })
                                   << QByteArray("exit 1") << false
                                   << u"ledger.xls has no sheet named \"C\"; its sheets are: A, B."_s;
}

void tst_XlsReader::helperThatFails()
{
#ifndef Q_OS_UNIX
    QSKIP("The fake helpers are shell scripts");
#endif
    QFETCH(QByteArray, output);
    QFETCH(QByteArray, after);
    QFETCH(bool, opens);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString fake = fakeHelper(dir, output, after);
    QVERIFY(!fake.isEmpty());
    const HelperOverride helper(fake);
    XlsReader reader;
    QCOMPARE(reader.open(m_path), opens);
    SourceRow row;
    while (reader.next(row)) {
    }
    QVERIFY2(reader.errorString().contains(errorPart), qPrintable(reader.errorString()));
    QVERIFY(!reader.next(row)); // and stays failed
}

void tst_XlsReader::helperStoppingHalfWayImportsNothing_data()
{
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("imported");
    // 40 customers: more than the 30 rows the importer reads to find the header, so the break
    // comes inside the import's transaction.
    QTest::newRow("complete") << u"END"_s << 40;
    QTest::newRow("crashes") << u"kill -SEGV $$"_s << 0;
    QTest::newRow("killed") << u"kill -KILL $$"_s << 0;
    QTest::newRow("ends early") << u"exit 0"_s << 0;
}

void tst_XlsReader::helperStoppingHalfWayImportsNothing()
{
#ifndef Q_OS_UNIX
    QSKIP("The fake helpers are shell scripts");
#endif
    QFETCH(QString, after);
    QFETCH(int, imported);
    QTemporaryDir dir;
    QByteArray output = framesOf(customers(40));
    if (after == u"END"_s)
        output += endFrame();
    else
        output.chop(5); // the last row cut short
    const QString fake = fakeHelper(dir, output, after == u"END"_s ? QByteArray() : after.toUtf8());
    QVERIFY(!fake.isEmpty());
    const HelperOverride helper(fake);

    test::TempDatabase t;
    QVERIFY(t.isValid());
    ImportOptions options;
    options.kind = u"customers"_s;
    const ImportSummary s = Importer(t.db(), AccessScope::administrator()).run(m_path, options);
    QCOMPARE(count(t, u"SELECT count(*) FROM customer"_s), imported);
    QCOMPARE(count(t, u"SELECT count(*) FROM import_batch"_s), imported ? 1 : 0);
    if (imported) {
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.inserted, imported);
    } else {
        QVERIFY(!s.ok);
        QCOMPARE(s.error,
                 u"ledger.xls could not be read: the Excel 97–2003 reader stopped on it (the file may be "
                 u"damaged). Open it in Excel or WPS and save it as .xlsx or .csv."_s);
    }
}

void tst_XlsReader::helperLimitsItselfBeforeOpening()
{
#ifndef Q_OS_LINUX
    QSKIP("Reads /proc/PID/limits");
#else
    // Opening a FIFO nobody writes to blocks: the helper waits there, after its Hello frame.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"blocked.xls"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess helper;
    helper.start(realHelper(), {fifo});
    QVERIFY(helper.waitForStarted());
    const auto stop = qScopeGuard([&] {
        helper.kill();
        helper.waitForFinished();
    });
    while (helper.bytesAvailable() < 13 && helper.waitForReadyRead(30000)) {
    }
    QCOMPARE(helper.bytesAvailable(), 13);
    QFile limits(u"/proc/%1/limits"_s.arg(helper.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(limits.readAll()).simplified();
    QVERIFY2(text.contains(u"Max cpu time 120 120 seconds"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Max core file size 0 0 bytes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Max address space 1073741824 1073741824 bytes"_s), qPrintable(text));
#endif
}

QTEST_GUILESS_MAIN(tst_XlsReader)
#include "tst_xlsreader.moc"
