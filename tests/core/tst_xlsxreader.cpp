// The XLSX reader: the real ledger sample (merged title, blank row, header on row 3, date cells,
// a 合计 row of formulas), and workbooks written here from hand-made XML for what the sample lacks:
// shared strings with rich text and phonetic runs, inline strings, every cell type, date styles
// (built-in, custom, Chinese), the 1904 date system, hidden rows and sheets, gaps, damaged files.
#include "io/RowSource.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace frontline::io;

namespace {

const QByteArray kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>)";

const QByteArray kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

QByteArray workbookXml(const QByteArray &sheets, bool date1904 = false)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr)" +
           QByteArray(date1904 ? R"( date1904="1")" : "") + "/><sheets>" + sheets + "</sheets></workbook>";
}

QByteArray relsXml(const QByteArray &relationships)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
           relationships + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

const QByteArray kWorksheetType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

// Styles: 0 General, 1 built-in date 14, 2 custom Chinese date 164, 3 custom date-time 165,
// 4 built-in time 20 (h:mm), 5 [Red]0.00, 6 0.00E+00, 7 #,##0 "元", 8 built-in 31 (zh-CN date).
const QByteArray kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="#,##0 &quot;元&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="166"/><xf numFmtId="11"/><xf numFmtId="167"/><xf numFmtId="31"/></cellXfs></styleSheet>)";

struct Workbook
{
    QList<QPair<QString, QByteArray>> entries;
    Workbook &add(const QString &name, const QByteArray &data)
    {
        entries.append({name, data});
        return *this;
    }
    bool write(const QString &path) const
    {
        ZipWriter zip(path);
        if (!zip.open())
            return false;
        for (const auto &[name, data] : entries) {
            if (!zip.addEntry(name, data))
                return false;
        }
        return zip.close();
    }
};

// One visible worksheet with shared strings and styles.
Workbook singleSheet(const QByteArray &rows, const QByteArray &sharedStrings = {}, bool date1904 = false)
{
    Workbook w;
    w.add(u"[Content_Types].xml"_s, kContentTypes)
        .add(u"_rels/.rels"_s, kRootRels)
        .add(u"xl/workbook.xml"_s, workbookXml(R"(<sheet name="数据" sheetId="1" r:id="rId1"/>)", date1904))
        .add(
            u"xl/_rels/workbook.xml.rels"_s,
            relsXml(
                R"(<Relationship Id="rId1" Type=")" + kWorksheetType +
                R"(" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"))
        .add(u"xl/styles.xml"_s, kStyles)
        .add(u"xl/worksheets/sheet1.xml"_s, sheetXml(rows));
    if (!sharedStrings.isEmpty())
        w.add(
            u"xl/sharedStrings.xml"_s,
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                sharedStrings + "</sst>");
    return w;
}

QList<SourceRow> readAll(RowSource &source)
{
    QList<SourceRow> rows;
    SourceRow row;
    while (source.next(row))
        rows.append(row);
    return rows;
}

} // namespace

class tst_XlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersSample();
    void cellTypes();
    void sharedStrings();
    void sharedStringCountIsOnlyAHint();
    void rowsAndColumns();
    void dates1904();
    void sheets();
    void damaged_data();
    void damaged();
    void numberFormats_data();
    void numberFormats();
    void serials_data();
    void serials();
    void unescape();
    void progress();

private:
    QTemporaryDir m_dir;
};

void tst_XlsxReader::ordersSample()
{
    const QString path = QFINDTESTDATA("../data/io/orders_q1.xlsx");
    QVERIFY(!path.isEmpty());
    QString error;
    auto source = openRowSource(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->format(), u"xlsx"_s);
    QCOMPARE(source->sheetNames(), QStringList{u"销售明细"_s});
    QCOMPARE(source->sheet(), u"销售明细"_s);
    const QList<SourceRow> rows = readAll(*source);
    QCOMPARE(source->errorString(), QString());
    QCOMPARE(source->progress(), 1.0);

    // Title (merged A1:J1: one cell), no row 2 (blank), header on 3, lines on 4–503, 合计 on 504.
    QCOMPARE(rows.size(), 1 + 1 + 500 + 1);
    QCOMPARE(rows.at(0).number, 1);
    QCOMPARE(rows.at(0).cells, QList<QVariant>{u"2025年第一季度销售明细表"_s});
    QCOMPARE(rows.at(1).number, 3);
    QStringList header;
    for (qsizetype i = 0; i < rows.at(1).cells.size(); ++i)
        header.append(rows.at(1).text(i));
    QCOMPARE(header, (QStringList{u"单号"_s, u"日期"_s, u"业务员"_s, u"客户"_s, u"产品编码"_s, u"产品名称"_s,
                                  u"数量"_s, u"单价"_s, u"金额"_s, u"渠道"_s}));

    const SourceRow &first = rows.at(2);
    QCOMPARE(first.number, 4);
    QCOMPARE(first.cells.at(0), QVariant(u"XS202500001"_s));
    QCOMPARE(first.cells.at(1).typeId(), QMetaType::QDate);
    QCOMPARE(first.cells.at(1).toDate(), QDate(2025, 2, 17));
    QCOMPARE(first.text(1), u"2025-02-17"_s);
    QCOMPARE(first.cells.at(6).typeId(), QMetaType::LongLong);
    QCOMPARE(first.cells.at(6).toLongLong(), 2);
    QCOMPARE(first.cells.at(8).typeId(), QMetaType::LongLong); // 2598, styled #,##0.00
    QCOMPARE(first.cells.at(8).toLongLong(), 2598);
    const SourceRow &second = rows.at(3);
    QCOMPARE(second.cells.at(7).typeId(), QMetaType::Double);
    QCOMPARE(second.cells.at(7).toDouble(), 59.9);
    QCOMPARE(second.text(8), u"539.1"_s);
    QCOMPARE(second.cells.at(1).toDate(), QDate(2025, 3, 14));

    qint64 fen = 0;
    QSet<QString> orders;
    for (qsizetype i = 2; i < 502; ++i) {
        const SourceRow &line = rows.at(i);
        QCOMPARE(line.number, i + 2);
        QVERIFY(!line.hidden);
        QCOMPARE(line.cells.size(), 10);
        QCOMPARE(line.cells.at(1).typeId(), QMetaType::QDate);
        fen += std::llround(line.cells.at(8).toDouble() * 100);
        orders.insert(line.text(0));
    }
    QCOMPARE(fen, 604054710); // expected.json: total_fen
    QCOMPARE(orders.size(), 218);

    // The totals row: its SUM formulas were saved without results (<v></v>), so they read as
    // empty cells; the label is there for the importer to recognise.
    const SourceRow &total = rows.last();
    QCOMPARE(total.number, 504);
    QCOMPARE(total.text(0), u"合计"_s);
    QCOMPARE(total.cells.size(), 1);
}

void tst_XlsxReader::cellTypes()
{
    const QByteArray rows = R"(<row r="1">)"
                            R"(<c r="A1" t="s"><v>0</v></c>)"
                            R"(<c r="B1" t="inlineStr"><is><t xml:space="preserve"> 行内 </t></is></c>)"
                            R"(<c r="C1" t="str"><f>A1&amp;"x"</f><v>公式结果</v></c>)"
                            R"(<c r="D1" t="b"><v>1</v></c>)"
                            R"(<c r="E1" t="b"><v>0</v></c>)"
                            R"(<c r="F1" t="e"><v>#DIV/0!</v></c>)"
                            R"(<c r="G1"><v>42</v></c>)"
                            R"(<c r="H1" t="n"><v>-3.25</v></c>)"
                            R"(<c r="I1"><f>SUM(G1:H1)</f><v>38.75</v></c>)"
                            R"(<c r="J1"><v>13800138000</v></c>)"
                            R"(<c r="K1"><v>1.5E+3</v></c>)"
                            R"(<c r="L1" t="d"><v>2025-03-07</v></c>)"
                            R"(<c r="M1" t="d"><v>2025-03-07T08:30:00</v></c>)"
                            R"(<c r="N1"><f>NOW()</f></c>)"
                            R"(<c r="O1" s="5"><v>45705</v></c>)"
                            R"(<c r="P1" s="6"><v>45705</v></c>)"
                            R"(<c r="Q1" s="7"><v>45705</v></c>)"
                            R"(</row>)";
    const QString path = m_dir.filePath(u"types.xlsx"_s);
    QVERIFY(singleSheet(rows, R"(<si><t>共享</t></si>)").write(path));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QList<SourceRow> read = readAll(reader);
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(read.size(), 1);
    const QList<QVariant> &c = read.first().cells;
    QCOMPARE(c.size(), 17);
    QCOMPARE(c.at(0), QVariant(u"共享"_s));
    QCOMPARE(c.at(1), QVariant(u" 行内 "_s));
    QCOMPARE(c.at(2), QVariant(u"公式结果"_s));
    QCOMPARE(c.at(3), QVariant(true));
    QCOMPARE(c.at(4), QVariant(false));
    QCOMPARE(c.at(5), QVariant(u"#DIV/0!"_s));
    QCOMPARE(c.at(6), QVariant(qint64(42)));
    QCOMPARE(c.at(7), QVariant(-3.25));
    QCOMPARE(c.at(8), QVariant(38.75));
    QCOMPARE(c.at(9), QVariant(qint64(13800138000)));
    QCOMPARE(c.at(10), QVariant(qint64(1500)));
    QCOMPARE(c.at(11), QVariant(QDate(2025, 3, 7)));
    QCOMPARE(c.at(12), QVariant(QDateTime(QDate(2025, 3, 7), QTime(8, 30))));
    QVERIFY(!c.at(13).isValid()); // a formula without a cached value
    // Number formats that are not dates, though they hold letters.
    QCOMPARE(c.at(14), QVariant(qint64(45705)));
    QCOMPARE(c.at(15), QVariant(qint64(45705)));
    QCOMPARE(c.at(16), QVariant(qint64(45705)));
    QCOMPARE(read.first().text(3), u"TRUE"_s);
}

void tst_XlsxReader::sharedStrings()
{
    const QByteArray strings =
        R"(<si><t>普通</t></si>)"
        R"(<si><r><rPr><b/><sz val="11"/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><r><rPr><i/></rPr><t>runs</t></r></si>)"
        R"(<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>)"
        R"(<si><t>第一行_x000D_
第二行</t></si>)"
        R"(<si><t/></si>)"
        R"(<si><t>a &amp; b &lt;c&gt;</t></si>)";
    const QByteArray rows =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
        R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>)"
        R"(<c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>99</v></c><c r="H1" t="s"><v>0</v></c></row>)";
    const QString path = m_dir.filePath(u"sst.xlsx"_s);
    QVERIFY(singleSheet(rows, strings).write(path));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QList<SourceRow> read = readAll(reader);
    QCOMPARE(read.size(), 1);
    const SourceRow &r = read.first();
    QCOMPARE(r.text(0), u"普通"_s);
    QCOMPARE(r.text(1), u"富文本 runs"_s);
    QCOMPARE(r.text(2), u"東京"_s); // the phonetic guide is not part of the text
    QCOMPARE(r.text(3), u"第一行\r\n第二行"_s);
    QVERIFY(!r.cells.at(4).isValid()); // an empty shared string is an empty cell
    QCOMPARE(r.text(5), u"a & b <c>"_s);
    QVERIFY(!r.cells.at(6).isValid()); // an index beyond the table
    QCOMPARE(r.text(7), u"普通"_s);
}

void tst_XlsxReader::sharedStringCountIsOnlyAHint()
{
    // Found by fuzz_xlsx: a workbook of a few kilobytes whose string table claims 49,999,999
    // strings made the reader reserve 1.2 GB before reading any. The process's peak address
    // space (VmPeak, which counts such a reservation even when it is never touched) shows it.
#ifndef Q_OS_LINUX
    QSKIP("measures the peak address space in /proc/self/status (Linux)");
#else
    const auto peakKiB = [] {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmPeak:"))
                return line.mid(7).trimmed().split(' ').value(0).toLongLong();
        }
        return qint64(-1);
    };
    const QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)";
    Workbook w = singleSheet(rows);
    w.add(
        u"xl/sharedStrings.xml"_s,
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="49999999" uniqueCount="49999999"><si><t>甲</t></si><si><t>乙</t></si></sst>)");
    const QString path = m_dir.filePath(u"sst-count.xlsx"_s);
    QVERIFY(w.write(path));

    const qint64 before = peakKiB();
    QVERIFY(before > 0);
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QList<SourceRow> read = readAll(reader);
    const qint64 grown = peakKiB() - before;
    QVERIFY2(grown < 256 * 1024, qPrintable(u"the address space grew by %1 MiB"_s.arg(grown / 1024)));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().text(0), u"甲"_s);
    QCOMPARE(read.first().text(1), u"乙"_s);
#endif
}

void tst_XlsxReader::rowsAndColumns()
{
    const QByteArray rows =
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c>)"
        R"(<c r="C1" t="inlineStr"><is><t>日期</t></is></c></row>)"
        R"(<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>辅助行</t></is></c></row>)"
        // styled empty cells only: a blank row
        R"(<row r="3" s="1" customFormat="1"><c r="A3" s="1"/><c r="B3" s="1"><v></v></c></row>)"
        R"(<row r="7"><c r="B7"><v>1</v></c><c r="AA7" t="inlineStr"><is><t>远</t></is></c></row>)"
        // no r attributes: the row follows row 7, the cells follow each other
        R"(<row><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c></row>)"
        R"(<row r="10"><c r="A10" t="inlineStr"><is><t>尾</t></is></c><c r="D10" s="1"/></row>)";
    const QString path = m_dir.filePath(u"gaps.xlsx"_s);
    QVERIFY(singleSheet(rows).write(path));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    const QList<SourceRow> read = readAll(reader);
    QCOMPARE(reader.errorString(), QString());
    QCOMPARE(read.size(), 5);

    QCOMPARE(read.at(0).number, 1);
    QCOMPARE(read.at(0).cells.size(), 3);
    QVERIFY(!read.at(0).cells.at(1).isValid());
    QCOMPARE(read.at(0).text(2), u"日期"_s);

    QCOMPARE(read.at(1).number, 2);
    QVERIFY(read.at(1).hidden);
    QVERIFY(!read.at(0).hidden);

    QCOMPARE(read.at(2).number, 7);
    QCOMPARE(read.at(2).cells.size(), 27); // AA is column 27
    QVERIFY(!read.at(2).cells.at(0).isValid());
    QCOMPARE(read.at(2).cells.at(1), QVariant(qint64(1)));
    QCOMPARE(read.at(2).text(26), u"远"_s);

    QCOMPARE(read.at(3).number, 8);
    QCOMPARE(read.at(3).cells, (QList<QVariant>{qint64(1), u"x"_s}));

    QCOMPARE(read.at(4).number, 10);
    QCOMPARE(read.at(4).cells.size(), 1); // the empty styled D10 does not lengthen the row
}

void tst_XlsxReader::dates1904()
{
    const QByteArray rows = R"(<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43524</v></c>)"
                            R"(<c r="C1" s="3"><v>43524.75</v></c><c r="D1" s="2"><v>1</v></c></row>)";
    const QString path1904 = m_dir.filePath(u"1904.xlsx"_s);
    QVERIFY(singleSheet(rows, {}, true).write(path1904));
    XlsxReader reader;
    QVERIFY2(reader.open(path1904), qPrintable(reader.errorString()));
    QVERIFY(reader.uses1904Dates());
    const QList<SourceRow> read = readAll(reader);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().cells.at(0), QVariant(QDate(1904, 1, 1)));
    QCOMPARE(read.first().cells.at(1), QVariant(QDate(2023, 3, 1)));
    QCOMPARE(read.first().cells.at(2), QVariant(QDateTime(QDate(2023, 3, 1), QTime(18, 0))));
    QCOMPARE(read.first().cells.at(3), QVariant(QDate(1904, 1, 2)));

    // The same serial in the 1900 system is four years and a day earlier.
    const QString path1900 = m_dir.filePath(u"1900.xlsx"_s);
    QVERIFY(singleSheet(rows).write(path1900));
    XlsxReader reader1900;
    QVERIFY(reader1900.open(path1900));
    QVERIFY(!reader1900.uses1904Dates());
    SourceRow row;
    QVERIFY(reader1900.next(row));
    QCOMPARE(row.cells.at(1), QVariant(QDate(2019, 2, 28)));
    QVERIFY(!row.cells.at(0).isValid() || row.cells.at(0).typeId() != QMetaType::QDate ||
            row.cells.at(0).toDate() == QDate(1899, 12, 31));
}

void tst_XlsxReader::sheets()
{
    const QByteArray sheetList = R"(<sheet name="帮助" sheetId="1" state="hidden" r:id="rId1"/>)"
                                 R"(<sheet name="图表" sheetId="2" r:id="rId2"/>)"
                                 R"(<sheet name="订单" sheetId="3" r:id="rId3"/>)"
                                 R"(<sheet name="Customers" sheetId="4" state="veryHidden" r:id="rId4"/>)";
    Workbook w;
    w.add(u"[Content_Types].xml"_s, kContentTypes)
        .add(u"_rels/.rels"_s, kRootRels)
        .add(u"xl/workbook.xml"_s, workbookXml(sheetList))
        .add(
            u"xl/_rels/workbook.xml.rels"_s,
            relsXml(
                R"(<Relationship Id="rId1" Type=")" + kWorksheetType +
                R"(" Target="worksheets/sheet1.xml"/>)"
                R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>)"
                R"(<Relationship Id="rId3" Type=")" +
                kWorksheetType +
                R"(" Target="/xl/worksheets/Sheet2.xml"/>)"
                R"(<Relationship Id="rId4" Type=")" +
                kWorksheetType + R"(" Target="../xl/worksheets/sheet3.xml"/>)"))
        .add(u"xl/worksheets/sheet1.xml"_s, sheetXml(R"(<row r="1"><c r="A1"><v>1</v></c></row>)"))
        .add(u"xl/chartsheets/sheet1.xml"_s, "<chartsheet/>")
        // named in lower case by the relationship, in mixed case in the zip
        .add(u"xl/worksheets/sheet2.xml"_s, sheetXml(R"(<row r="1"><c r="A1"><v>2</v></c></row>)"))
        .add(u"xl/worksheets/sheet3.xml"_s, sheetXml(R"(<row r="1"><c r="A1"><v>3</v></c></row>)"));
    const QString path = m_dir.filePath(u"sheets.xlsx"_s);
    QVERIFY(w.write(path));

    auto firstValue = [&](const QString &sheet, QString *error) -> QVariant {
        ReadOptions options;
        options.sheet = sheet;
        XlsxReader reader(options);
        if (!reader.open(path)) {
            *error = reader.errorString();
            return {};
        }
        SourceRow row;
        return reader.next(row) ? row.cells.value(0) : QVariant();
    };
    QString error;
    QCOMPARE(firstValue(QString(), &error), QVariant(qint64(2))); // the first visible worksheet
    QCOMPARE(firstValue(u"帮助"_s, &error), QVariant(qint64(1))); // hidden, but asked for
    QCOMPARE(firstValue(u"customers"_s, &error), QVariant(qint64(3)));
    QVERIFY(!firstValue(u"图表"_s, &error).isValid());
    QVERIFY2(error.contains(u"图表"_s), qPrintable(error));
    error.clear();
    QVERIFY(!firstValue(u"没有"_s, &error).isValid());
    QVERIFY2(error.contains(u"没有"_s) && error.contains(u"订单"_s), qPrintable(error));

    XlsxReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.sheetNames(), (QStringList{u"帮助"_s, u"图表"_s, u"订单"_s, u"Customers"_s}));
    QCOMPARE(reader.sheet(), u"订单"_s);
    QVERIFY(reader.sheets().at(0).hidden);
    QVERIFY(!reader.sheets().at(1).worksheet);
    QVERIFY(reader.sheets().at(3).hidden);
}

void tst_XlsxReader::damaged_data()
{
    QTest::addColumn<QString>("sheetXml");
    QTest::addColumn<bool>("removeSheet");
    QTest::addColumn<int>("rowsBeforeError");
    QTest::newRow("broken XML after a row")
        << u"<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c></row>"_s
        << false << 1;
    QTest::newRow("sheet part missing") << QString() << true << -1;
}

void tst_XlsxReader::damaged()
{
    QFETCH(QString, sheetXml);
    QFETCH(bool, removeSheet);
    QFETCH(int, rowsBeforeError);
    Workbook w = singleSheet({});
    w.entries.removeIf([](const auto &e) { return e.first == u"xl/worksheets/sheet1.xml"_s; });
    if (!removeSheet)
        w.add(u"xl/worksheets/sheet1.xml"_s, sheetXml.toUtf8());
    const QString path = m_dir.filePath(u"damaged.xlsx"_s);
    QVERIFY(w.write(path));
    QString error;
    auto source = openRowSource(path, {}, &error);
    if (rowsBeforeError < 0) {
        QVERIFY(!source);
        QVERIFY2(error.contains(u"damaged.xlsx"_s), qPrintable(error));
        return;
    }
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(readAll(*source).size(), rowsBeforeError);
    QVERIFY(source->errorString().contains(u"damaged.xlsx"_s));
}

void tst_XlsxReader::numberFormats_data()
{
    using Kind = XlsxReader::NumberKind;
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("General") << 0 << QString() << Kind::Number;
    QTest::newRow("built-in 4") << 4 << QString() << Kind::Number;
    QTest::newRow("built-in 14") << 14 << QString() << Kind::Date;
    QTest::newRow("built-in 17") << 17 << QString() << Kind::Date;
    QTest::newRow("built-in 18") << 18 << QString() << Kind::Time;
    QTest::newRow("built-in 20") << 20 << QString() << Kind::Time;
    QTest::newRow("built-in 22") << 22 << QString() << Kind::DateTime;
    QTest::newRow("built-in 45") << 45 << QString() << Kind::Time;
    QTest::newRow("built-in 46") << 46 << QString() << Kind::Time;
    QTest::newRow("built-in 47") << 47 << QString() << Kind::Time;
    QTest::newRow("zh-CN 31") << 31 << QString() << Kind::Date;
    QTest::newRow("zh-CN 57") << 57 << QString() << Kind::Date;
    QTest::newRow("zh-CN 32") << 32 << QString() << Kind::Time;
    QTest::newRow("built-in 49 text") << 49 << QString() << Kind::Number;
    QTest::newRow("iso date") << 164 << u"yyyy-mm-dd"_s << Kind::Date;
    QTest::newRow("chinese date") << 164 << u"yyyy\"年\"m\"月\"d\"日\""_s << Kind::Date;
    QTest::newRow("date time") << 164 << u"yyyy/m/d h:mm:ss"_s << Kind::DateTime;
    QTest::newRow("month name") << 164 << u"mmm"_s << Kind::Date;
    QTest::newRow("minutes") << 164 << u"mm:ss"_s << Kind::Time;
    QTest::newRow("am/pm") << 164 << u"h AM/PM"_s << Kind::Time;
    QTest::newRow("elapsed hours") << 164 << u"[h]:mm"_s << Kind::Time;
    QTest::newRow("locale and date") << 164 << u"[$-804]yyyy\"年\"m\"月\";@"_s << Kind::Date;
    QTest::newRow("red number") << 164 << u"[Red]0.00"_s << Kind::Number;
    QTest::newRow("scientific") << 164 << u"0.00E+00"_s << Kind::Number;
    QTest::newRow("yuan text") << 164 << u"#,##0.00\"元\""_s << Kind::Number;
    QTest::newRow("quoted letters") << 164 << u"0 \"days\""_s << Kind::Number;
    QTest::newRow("escaped letters") << 164 << u"0\\d"_s << Kind::Number;
    QTest::newRow("fill and padding") << 164 << u"_(* #,##0_);_(* (#,##0)"_s << Kind::Number;
    QTest::newRow("dates only in the negative section") << 164 << u"0.00;yyyy"_s << Kind::Number;
    QTest::newRow("condition") << 164 << u"[>=100]0;0.0"_s << Kind::Number;
    QTest::newRow("general") << 164 << u"General"_s << Kind::Number;
}

void tst_XlsxReader::numberFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(XlsxReader::NumberKind, kind);
    QCOMPARE(XlsxReader::classifyNumberFormat(id, code), kind);
}

void tst_XlsxReader::serials_data()
{
    using Kind = XlsxReader::NumberKind;
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("1900-01-01") << 1.0 << false << Kind::Date << QVariant(QDate(1900, 1, 1));
    QTest::newRow("1900-02-28") << 59.0 << false << Kind::Date << QVariant(QDate(1900, 2, 28));
    QTest::newRow("1900-03-01") << 61.0 << false << Kind::Date << QVariant(QDate(1900, 3, 1));
    QTest::newRow("2025-02-17") << 45705.0 << false << Kind::Date << QVariant(QDate(2025, 2, 17));
    QTest::newRow("date with a time part")
        << 45705.5 << false << Kind::Date << QVariant(QDateTime(QDate(2025, 2, 17), QTime(12, 0)));
    QTest::newRow("date-time format at midnight")
        << 45705.0 << false << Kind::DateTime << QVariant(QDateTime(QDate(2025, 2, 17), QTime(0, 0)));
    QTest::newRow("seconds rounded") << 45705.0 + (8 * 3600 + 30 * 60 + 15) / 86400.0 << false
                                     << Kind::DateTime
                                     << QVariant(QDateTime(QDate(2025, 2, 17), QTime(8, 30, 15)));
    QTest::newRow("just before midnight rounds up")
        << 45705.99999999999 << false << Kind::Date << QVariant(QDate(2025, 2, 18));
    QTest::newRow("time of day") << 0.75 << false << Kind::Time << QVariant(QTime(18, 0));
    QTest::newRow("1904 zero") << 0.0 << true << Kind::Date << QVariant(QDate(1904, 1, 1));
    QTest::newRow("negative is no date") << -1.0 << false << Kind::Date << QVariant();
    QTest::newRow("beyond 9999 is no date") << 2958466.0 << false << Kind::Date << QVariant();
}

void tst_XlsxReader::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(XlsxReader::NumberKind, kind);
    QFETCH(QVariant, value);
    QCOMPARE(XlsxReader::fromSerial(serial, date1904, kind), value);
}

void tst_XlsxReader::unescape()
{
    QCOMPARE(XlsxReader::unescape(u"a_x000D_b"_s), u"a\rb"_s);
    QCOMPARE(XlsxReader::unescape(u"_x0041__x0042_"_s), u"AB"_s);
    QCOMPARE(XlsxReader::unescape(u"no_escape_x12"_s), u"no_escape_x12"_s);
}

void tst_XlsxReader::progress()
{
    QByteArray rows;
    for (int i = 1; i <= 5000; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) + "\"><v>" +
                QByteArray::number(i) + "</v></c></row>";
    const QString path = m_dir.filePath(u"progress.xlsx"_s);
    QVERIFY(singleSheet(rows).write(path));
    XlsxReader reader;
    QVERIFY(reader.open(path));
    SourceRow row;
    double last = reader.progress();
    bool sawMiddle = false;
    int count = 0;
    while (reader.next(row)) {
        QVERIFY(reader.progress() >= last);
        last = reader.progress();
        sawMiddle = sawMiddle || (last > 0.2 && last < 0.8);
        ++count;
    }
    QCOMPARE(count, 5000);
    QVERIFY(sawMiddle);
    QCOMPARE(reader.progress(), 1.0);
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"
