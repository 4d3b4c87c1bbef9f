// The Excel 97–2003 (.xls) reader through FreeXL, on ledger.xls (written once by
// tests/data/import/make_ledger_xls.py with xlwt): the sheets, choosing one, a merged title, a
// blank row, text, integers, decimals, date and date-time cells, a 合计 row, an empty sheet; then
// the same file through openRowSource() and the importer (header on row 3 found, the 合计 row
// skipped, the rejects written as .xlsx). A build without FreeXL must say how to get it.
#include "import/Importer.h"
#include "io/RowSource.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QString m_path;
};

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
    QList<SourceRow> rows;
    SourceRow row;
    while (reader.next(row))
        rows << row;
    QVERIFY(reader.errorString().isEmpty());
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

QTEST_GUILESS_MAIN(tst_XlsReader)
#include "tst_xlsreader.moc"
