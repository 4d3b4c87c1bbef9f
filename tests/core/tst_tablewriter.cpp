// The table writers: CSV in each encoding (exact GB18030 bytes, BOMs, quoting, line ends) and
// XLSX (types kept, bold header, column widths), both read back through the readers, and neither
// leaving a partial file behind when not finished.
#include "io/CsvWriter.h"
#include "io/RowSource.h"
#include "io/TableWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "io/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline::io;

namespace {

QList<QList<QVariant>> sampleRows()
{
    return {
        {u"客户名称"_s, u"数量"_s, u"金额"_s, u"日期"_s, u"时间"_s, u"有效"_s, u"备注"_s},
        {u"北京华联商厦"_s, qint64(3), 1234.5, QDate(2025, 3, 7),
         QDateTime(QDate(2025, 3, 7), QTime(8, 30, 15)), true, u"含,逗号 和 \"引号\""_s},
        {u"上海（浦东）有限公司"_s, qint64(-12), 0.1, QDate(2024, 12, 31), QVariant(), false,
         u"第一行\n第二行"_s},
        {u" 前后空格 "_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), u"€ 𠮷 é"_s},
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    ZipReader zip(path);
    if (!zip.open())
        return {};
    auto entry = zip.openEntry(name);
    return entry ? entry->readAll() : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class tst_TableWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvGb18030Bytes();
    void csvGbkSubstitutes();
    void csvQuotingBytes();
    void csvErrors();
    void xlsxRoundTrip();
    void xlsxHeaderAndWidths();
    void xlsxLimits();
    void partialFilesRemoved_data();
    void partialFilesRemoved();

private:
    QTemporaryDir m_dir;
};

void tst_TableWriter::csvRoundTrip_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QByteArray>("detected");
    QTest::addColumn<QByteArray>("start"); // the first bytes of the file

    QTest::newRow("utf-8 with BOM") << QByteArray("utf-8") << true << QChar(u',') << true
                                    << QByteArray("utf-8") << QByteArray("\xEF\xBB\xBF\xE5\xAE\xA2");
    QTest::newRow("utf-8, LF, semicolons") << QByteArray("utf-8") << false << QChar(u';') << false
                                           << QByteArray("utf-8") << QByteArray("\xE5\xAE\xA2");
    QTest::newRow("gb18030") << QByteArray("gb18030") << true << QChar(u',') << true << QByteArray("gb18030")
                             << QByteArray("\xBF\xCD\xBB\xA7"); // 客户, no BOM for a legacy encoding
    QTest::newRow("utf-16le with BOM, tabs") << QByteArray("utf-16le") << true << QChar(u'\t') << true
                                             << QByteArray("utf-16le") << QByteArray("\xFF\xFE\xA2\x5B");
    QTest::newRow("utf-16be, no BOM") << QByteArray("utf-16be") << false << QChar(u',') << true
                                      << QByteArray("utf-16be") << QByteArray("\x5B\xA2");
}

void tst_TableWriter::csvRoundTrip()
{
    QFETCH(QByteArray, encoding);
    QFETCH(bool, bom);
    QFETCH(QChar, delimiter);
    QFETCH(bool, crlf);
    QFETCH(QByteArray, detected);
    QFETCH(QByteArray, start);

    const QString path = m_dir.filePath(u"round.csv"_s);
    CsvWriteOptions options;
    options.encoding = encoding;
    options.byteOrderMark = bom;
    options.delimiter = delimiter;
    options.crlf = crlf;
    QString error;
    auto writer = createCsvWriter(path, options, &error);
    QVERIFY2(writer, qPrintable(error));
    const auto rows = sampleRows();
    for (const auto &row : rows)
        QVERIFY(writer->writeRow(row));
    QVERIFY2(writer->finish(), qPrintable(writer->errorString()));
    writer.reset();

    const QByteArray bytes = readFile(path);
    QVERIFY2(bytes.startsWith(start), bytes.left(8).toHex().constData());
    if (!encoding.startsWith("utf-16")) {
        QVERIFY(bytes.contains("\n"));
        QCOMPARE(bytes.contains("\r\n"), crlf);
    } else {
        QCOMPARE(bytes.contains(encoding == "utf-16le" ? QByteArrayView("\r\0\n\0", 4)
                                                       : QByteArrayView("\0\r\0\n", 4)),
                 crlf);
    }

    auto source = openRowSource(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->encoding(), detected);
    QCOMPARE(source->hadByteOrderMark(), bom && !start.startsWith("\xBF"));
    QCOMPARE(source->delimiter(), delimiter);
    SourceRow row;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVERIFY2(source->next(row), qPrintable(source->errorString()));
        QStringList expected, actual;
        for (const QVariant &v : rows.at(r))
            expected.append(CsvWriter::fieldText(v));
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            actual.append(row.text(i));
        QCOMPARE(actual, expected);
    }
    QVERIFY(!source->next(row));
    QCOMPARE(source->errorString(), QString());
}

void tst_TableWriter::csvGb18030Bytes()
{
    const QString path = m_dir.filePath(u"gb.csv"_s);
    CsvWriteOptions options;
    options.encoding = "gb18030";
    QString error;
    auto writer = createCsvWriter(path, options, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->writeRow({u"中文"_s, u"测试"_s}));
    QVERIFY(writer->writeRow({u"€"_s, u"𠮷"_s, qint64(7)}));
    QVERIFY(writer->finish());
    // 中文 D6D0 CEC4, 测试 B2E2 CAD4, € A2E3, 𠮷 (outside the BMP) the four bytes 95 34 B2 35.
    QCOMPARE(readFile(path).toHex(' '),
             QByteArray("d6 d0 ce c4 2c b2 e2 ca d4 0d 0a a2 e3 2c 95 34 b2 35 2c 37 0d 0a"));
    QVERIFY(!static_cast<CsvWriter *>(writer.get())->hadEncodingErrors());
}

void tst_TableWriter::csvGbkSubstitutes()
{
    // GBK proper has no 𠮷: it is substituted and reported, the rest is written.
    const QString path = m_dir.filePath(u"gbk.csv"_s);
    CsvWriter writer({"gbk", false, u',', true});
    QVERIFY(writer.open(path));
    QVERIFY(writer.writeRow({u"中文"_s, u"𠮷"_s}));
    QVERIFY(writer.finish());
    QVERIFY(writer.hadEncodingErrors());
    const QByteArray bytes = readFile(path);
    QVERIFY2(bytes.startsWith("\xD6\xD0\xCE\xC4,"), bytes.toHex().constData());
    QVERIFY(!bytes.contains("\x95\x34\xB2\x35"));
}

void tst_TableWriter::csvQuotingBytes()
{
    const QString path = m_dir.filePath(u"quote.csv"_s);
    CsvWriter writer({"utf-8", false, u',', true});
    QVERIFY(writer.open(path));
    QVERIFY(writer.writeRow({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"x\ny"_s, u" pad"_s, QVariant(), u""_s, 2.5,
                             QDate(2025, 1, 2)}));
    QVERIFY(writer.finish());
    QCOMPARE(readFile(path),
             QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\" pad\",,,2.5,2025-01-02\r\n"));
}

void tst_TableWriter::csvErrors()
{
    QString error;
    CsvWriteOptions unknown;
    unknown.encoding = "klingon-8";
    QVERIFY(!createCsvWriter(m_dir.filePath(u"x.csv"_s), unknown, &error));
    QVERIFY2(error.contains(u"klingon-8"_s), qPrintable(error));
    error.clear();
    QVERIFY(!createCsvWriter(m_dir.filePath(u"no/such/dir/x.csv"_s), {}, &error));
    QVERIFY2(error.contains(u"x.csv"_s), qPrintable(error));

    CsvWriter writer;
    QVERIFY(writer.open(m_dir.filePath(u"twice.csv"_s)));
    QVERIFY(writer.writeRow({u"a"_s}));
    QVERIFY(writer.finish());
    QVERIFY(writer.finish()); // a second finish() changes nothing
    QVERIFY(!writer.writeRow({u"b"_s}));
    QCOMPARE(readFile(m_dir.filePath(u"twice.csv"_s)), QByteArray("\xEF\xBB\xBF"
                                                                  "a\r\n"));
}

void tst_TableWriter::xlsxRoundTrip()
{
    const QString path = m_dir.filePath(u"round.xlsx"_s);
    QString error;
    auto writer = createXlsxWriter(path, u"拒绝/行"_s, &error);
    QVERIFY2(writer, qPrintable(error));
    const auto rows = sampleRows();
    for (const auto &row : rows)
        QVERIFY2(writer->writeRow(row), qPrintable(writer->errorString()));
    QVERIFY(writer->writeRow({u"大数"_s, qint64(9007199254740993), qint64(42), 1e-7}));
    QVERIFY2(writer->finish(), qPrintable(writer->errorString()));
    writer.reset();

    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{u"拒绝_行"_s});
    SourceRow row;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVERIFY2(reader.next(row), qPrintable(reader.errorString()));
        QCOMPARE(row.number, r + 1);
        const QList<QVariant> &expected = rows.at(r);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QVariant &want = expected.at(i);
            const QVariant got = row.cells.value(i);
            if (!want.isValid()) {
                QVERIFY2(!got.isValid(), qPrintable(u"row %1 column %2"_s.arg(r).arg(i)));
                continue;
            }
            if (want.typeId() == QMetaType::LongLong || want.typeId() == QMetaType::Double ||
                want.typeId() == QMetaType::QDate || want.typeId() == QMetaType::QDateTime ||
                want.typeId() == QMetaType::Bool)
                QCOMPARE(got.typeId(), want.typeId());
            QCOMPARE(got, want);
        }
    }
    QVERIFY(reader.next(row));
    QCOMPARE(row.cells.at(1), QVariant(u"9007199254740993"_s)); // beyond a double's integers: text
    QCOMPARE(row.cells.at(2), QVariant(qint64(42)));
    QCOMPARE(row.cells.at(3), QVariant(1e-7));
    QVERIFY(!reader.next(row));
    QCOMPARE(reader.errorString(), QString());
}

void tst_TableWriter::xlsxHeaderAndWidths()
{
    const QString path = m_dir.filePath(u"styled.xlsx"_s);
    QString error;
    auto writer = createXlsxWriter(path, u"Sheet"_s, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->writeRow({u"名称"_s, u"id"_s}));
    QVERIFY(writer->writeRow({u"北京华联商厦股份有限公司第一分公司"_s, qint64(1)}));
    QVERIFY(writer->finish());

    const QString sheet = QString::fromUtf8(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
    const QString styles = QString::fromUtf8(zipEntry(path, u"xl/styles.xml"_s));
    QVERIFY(!sheet.isEmpty() && !styles.isEmpty());

    // The header cells use a style whose font is bold; the data cells do not.
    static const QRegularExpression styleOf(u"<c r=\"([A-Z]+[0-9]+)\"(?: s=\"([0-9]+)\")?"_s);
    QHash<QString, int> cellStyle;
    for (auto it = styleOf.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        cellStyle.insert(m.captured(1), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    }
    const QString cellXfs = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    const QStringList xfs = cellXfs.split(u"<xf "_s).mid(1);
    const QStringList fonts =
        styles.section(u"<fonts"_s, 1).section(u"</fonts>"_s, 0, 0).split(u"<font>"_s).mid(1);
    auto isBold = [&](const QString &cell) {
        const int xf = cellStyle.value(cell, -1);
        if (xf < 0 || xf >= xfs.size())
            return false;
        static const QRegularExpression fontId(u"fontId=\"([0-9]+)\""_s);
        const int font = fontId.match(xfs.at(xf)).captured(1).toInt();
        return font < fonts.size() && fonts.at(font).contains(u"<b/>"_s);
    };
    QVERIFY(isBold(u"A1"_s));
    QVERIFY(isBold(u"B1"_s));
    QVERIFY(!isBold(u"A2"_s));

    // Widths: the long Chinese name (17 wide characters) gets a wide column, the id the minimum.
    static const QRegularExpression column(u"<col min=\"([0-9]+)\" max=\"[0-9]+\" width=\"([0-9.]+)\""_s);
    QHash<int, double> widths;
    for (auto it = column.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QVERIFY2(widths.value(1) >= 34, qPrintable(sheet.left(600)));
    QVERIFY(widths.value(2) >= 8 && widths.value(2) < 12);
    QVERIFY(sheet.contains(u"<pane"_s)); // the header row stays in view
}

void tst_TableWriter::xlsxLimits()
{
    QCOMPARE(XlsxWriter::validSheetName(u"a/b:c*d?e[f]g\\h"_s), u"a_b_c_d_e_f_g_h"_s);
    QCOMPARE(XlsxWriter::validSheetName(u"'引号'"_s), u"引号"_s);
    QCOMPARE(XlsxWriter::validSheetName(QString()), u"Sheet1"_s);
    QCOMPARE(XlsxWriter::validSheetName(QString(40, u'长')).size(), 31);

    // Excel's cell holds at most 32,767 characters: longer text is cut, not refused.
    const QString path = m_dir.filePath(u"long.xlsx"_s);
    XlsxWriter writer;
    QVERIFY(writer.open(path, u"S"_s));
    QVERIFY(writer.writeRow({QString(40000, u'x')}));
    QVERIFY(writer.finish());
    XlsxReader reader;
    QVERIFY(reader.open(path));
    SourceRow row;
    QVERIFY(reader.next(row));
    QCOMPARE(row.text(0).size(), 32767);
}

void tst_TableWriter::partialFilesRemoved_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
}

void tst_TableWriter::partialFilesRemoved()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    auto create = [&](const QString &path) {
        QString error;
        return format == u"csv"_s ? createCsvWriter(path, {}, &error)
                                  : createXlsxWriter(path, u"S"_s, &error);
    };

    // Never finished: nothing is left, not even a temporary file.
    const QString fresh = dir.filePath(u"fresh."_s + format);
    {
        auto writer = create(fresh);
        QVERIFY(writer);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(writer->writeRow({u"行"_s, qint64(i), QDate(2025, 1, 1)}));
    }
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(filesIn(dir.path()), QStringList());

    // An earlier file of the same name survives an export that was not finished...
    const QString existing = dir.filePath(u"existing."_s + format);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier content");
    }
    {
        auto writer = create(existing);
        QVERIFY(writer);
        QVERIFY(writer->writeRow({u"新"_s}));
    }
    QCOMPARE(readFile(existing), QByteArray("earlier content"));
    QCOMPARE(filesIn(dir.path()), QStringList{u"existing."_s + format});

    // ...and is replaced by one that was.
    {
        auto writer = create(existing);
        QVERIFY(writer->writeRow({u"新"_s}));
        QVERIFY(writer->finish());
    }
    QVERIFY(readFile(existing) != QByteArray("earlier content"));
    QCOMPARE(filesIn(dir.path()), QStringList{u"existing."_s + format});
    QString error;
    auto source = openRowSource(existing, {}, &error);
    QVERIFY2(source, qPrintable(error));
    SourceRow row;
    QVERIFY(source->next(row));
    QCOMPARE(row.text(0), u"新"_s);
}

QTEST_GUILESS_MAIN(tst_TableWriter)
#include "tst_tablewriter.moc"
