// Exports: headers the importer maps back to the same fields; every XLSX value read back with
// XlsxReader (our own minizip + XML reader, independent of libxlsxwriter) equals the database;
// number formats, frozen header and autofilter in the sheet XML; CSV BOM, GBK bytes and formula
// neutralisation; the access scope; and the round trip: export, import into the same database,
// nothing changes. Reports as XLSX (one sheet per section). (The watched folder: tst_importfolder.)
#include "export/Exporter.h"
#include "export/ReportWriter.h"
#include "import/ImportHistory.h"
#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"
#include "io/TextCodec.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "support/XlsxCells.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    io::ZipReader zip(path);
    if (!zip.open())
        return {};
    auto entry = zip.openEntry(name);
    return entry ? entry->readAll() : QByteArray();
}

// A money cell as fen: XLSX numbers come back as double (or qint64 when whole yuan).
qint64 fenOf(const QVariant &cell)
{
    return std::llround(cell.toDouble() * 100);
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class tst_Export : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headersMapBackToTheSameFields_data();
    void headersMapBackToTheSameFields();
    void ordersXlsxEqualsDatabase();
    void opportunitiesAndProductsXlsxEqualDatabase();
    void xlsxSheetFormats();
    void csvBomGbkAndFormulas();
    void repExportsOnlyTheirScope();
    void periodSelectsOrders();
    void roundTripChangesNothing_data();
    void roundTripChangesNothing();
    void reportXlsxOneSheetPerSection();
    void paymentsAndTargetsReadBack();
    void unnumberedPaymentsMatchOneRowEach();

private:
    ExportResult exportKind(const QString &kind, const QString &file, const ExportOptions &options = {},
                            const AccessScope &scope = AccessScope::administrator())
    {
        Exporter exporter(m_db->db(), scope);
        return exporter.run(kind, m_dir->filePath(file), options);
    }
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    CrmFixture m_fixture;
};

// One database for the whole suite (keying a database costs a second): the tests read it, and
// the round trips prove they change nothing.
void tst_Export::initTestCase()
{
    m_db = std::make_unique<TempDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_db->isValid());
    m_fixture = CrmFixture();
    const QString problem = m_fixture.build(m_db->db());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Database &db = m_db->db();
    // What makes exports hard: a return (negative line), odd fen, big amounts, a formula-like
    // note, tags, a customer code, an opportunity from another system that was won at 100%.
    QVERIFY(exec(db, u"UPDATE order_line SET quantity = -1, unit_price_fen = 40001, amount_fen = -40001 "
                     u"WHERE id = (SELECT max(id) FROM order_line WHERE order_id = %1)"_s.arg(
                         m_fixture.orders.value(u"c2"_s))));
    QVERIFY(exec(db, u"UPDATE order_line SET unit_price_fen = 123456789, amount_fen = 246913578 "
                     u"WHERE id = (SELECT min(id) FROM order_line WHERE order_id = %1)"_s.arg(
                         m_fixture.orders.value(u"c3"_s))));
    QVERIFY(exec(db, u"UPDATE sales_order SET total_fen = (SELECT sum(amount_fen) FROM order_line WHERE "
                     u"order_id = sales_order.id), channel = 'online', status = 'paid' WHERE id = %1"_s.arg(
                         m_fixture.orders.value(u"c3"_s))));
    QVERIFY(exec(db, u"UPDATE customer SET notes = '=HYPERLINK(\"http://x\")', tags = ',VIP,重点,', "
                     u"code = 'C-001', grade = 'A', city = '北京' WHERE id = %1"_s.arg(
                         m_fixture.customers.value(u"c1"_s))));
    QVERIFY(exec(db, u"UPDATE opportunity SET external_id = 'ZOHO-1', stage_id = (SELECT id FROM "
                     u"pipeline_stage WHERE key = 'won'), probability = 100, expected_close = '2025-04-30', "
                     u"closed_on = '2025-04-30', amount_fen = 1 WHERE customer_id = %1"_s.arg(
                         m_fixture.customers.value(u"c1"_s))));
    QVERIFY(exec(db, u"UPDATE member SET hire_date = '2021-09-01', phone = '+8613900001111' WHERE code = "
                     u"'R1'"_s));
    // A contact with a title and a phone of their own, so that contacts have something to say.
    QVERIFY(
        exec(db, u"INSERT INTO contact (uuid, customer_id, name, title, hlc, device_id) VALUES "
                 u"('u-ct-1', %1, '陈静', '采购经理', 1, 'test')"_s.arg(m_fixture.customers.value(u"c2"_s))));
    QVERIFY(exec(db, u"INSERT INTO contact_point (uuid, customer_id, contact_id, kind, raw, normalized, hlc, "
                     u"device_id) VALUES ('u-cp-1', %1, last_insert_rowid(), 'phone', '13700001234', "
                     u"'+8613700001234', 1, 'test')"_s.arg(m_fixture.customers.value(u"c2"_s))));
    // Payments: one with a receipt number against an order, a refund, and two identical cash
    // payments without a number (each must match one row of the re-imported file).
    const QString payment =
        u"INSERT INTO payment (uuid, payment_no, paid_on, customer_id, order_id, member_id, amount_fen, "
        u"method, "
        u"notes, created_at, hlc, device_id) VALUES ('%1', %2, '%3', %4, %5, %6, %7, '%8', %9, "
        u"'2025-04-01T00:00:00Z', 1, 'test')"_s;
    const qint64 c1 = m_fixture.customers.value(u"c1"_s), c2 = m_fixture.customers.value(u"c2"_s);
    const qint64 r1 = m_fixture.members.value(u"R1"_s), r2 = m_fixture.members.value(u"R2"_s);
    QVERIFY(exec(db, payment.arg(u"u-pay-1"_s, u"'HK-0001'"_s, u"2025-03-20"_s)
                         .arg(c1)
                         .arg(m_fixture.orders.value(u"c1"_s))
                         .arg(r1)
                         .arg(123450)
                         .arg(u"transfer"_s, u"'首付款'"_s)));
    QVERIFY(exec(db, payment.arg(u"u-pay-2"_s, u"'HK-0002'"_s, u"2025-03-28"_s)
                         .arg(c1)
                         .arg(u"NULL"_s)
                         .arg(r1)
                         .arg(-5001)
                         .arg(u"wechat"_s, u"NULL"_s)));
    for (const QString &uuid : {u"u-pay-3"_s, u"u-pay-4"_s})
        QVERIFY(exec(db, payment.arg(uuid, u"NULL"_s, u"2025-04-02"_s)
                             .arg(c2)
                             .arg(u"NULL"_s)
                             .arg(r2)
                             .arg(30000)
                             .arg(u"cash"_s, u"NULL"_s)));
    // Targets: revenue in fen for a member's month, visits (a count) for a team's quarter, a
    // year's new customers for a member.
    const QString target =
        u"INSERT INTO target (uuid, member_id, team_id, metric, period_kind, period_start, "
        u"value, hlc, device_id) VALUES ('%1', %2, %3, '%4', '%5', '%6', %7, 1, 'test')"_s;
    QVERIFY(exec(db, target.arg(u"u-t-1"_s)
                         .arg(r1)
                         .arg(u"NULL"_s)
                         .arg(u"revenue"_s, u"month"_s, u"2025-03-01"_s)
                         .arg(1234567)));
    QVERIFY(exec(db, target.arg(u"u-t-2"_s)
                         .arg(u"NULL"_s)
                         .arg(m_fixture.teamA)
                         .arg(u"visits"_s, u"quarter"_s, u"2025-01-01"_s)
                         .arg(40)));
    QVERIFY(exec(db, target.arg(u"u-t-3"_s)
                         .arg(r2)
                         .arg(u"NULL"_s)
                         .arg(u"new_customers"_s, u"year"_s, u"2025-01-01"_s)
                         .arg(12)));
}

void tst_Export::headersMapBackToTheSameFields_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : Exporter::kinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void tst_Export::headersMapBackToTheSameFields()
{
    QFETCH(QString, kind);
    const std::unique_ptr<ImportKind> importer = ImportKind::create(Exporter::importKind(kind));
    QVERIFY(importer);
    const QStringList headers = Exporter::headers(kind);
    const QStringList fields = Exporter::fields(kind);
    QCOMPARE(headers.size(), fields.size());
    QStringList errors;
    const QList<ColumnMapping> mapping = ImportMapping::map(headers, importer->fields(), {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
    QCOMPARE(mapping.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(mapping.at(i).field, fields.at(i));
    // Chinese headers first, as the importer's users write them.
    QVERIFY(headers.constFirst().front().unicode() >= 0x2E80);
}

void tst_Export::ordersXlsxEqualsDatabase()
{
    const ExportResult r = exportKind(u"orders"_s, u"orders.xlsx"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.format, u"xlsx"_s);
    const QList<QList<QVariant>> rows = test::readXlsxRows(m_dir->filePath(u"orders.xlsx"_s));
    QCOMPARE(rows.size(), 7); // header + 3 orders × 2 lines
    QCOMPARE(rows.constFirst(), (QList<QVariant>{u"单号"_s, u"日期"_s, u"业务员"_s, u"客户"_s, u"客户编号"_s,
                                                 u"产品编码"_s, u"产品名称"_s, u"数量"_s, u"单价"_s,
                                                 u"金额"_s, u"渠道"_s, u"区域"_s, u"状态"_s}));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT o.order_no, o.order_date, m.code, c.name, c.code, p.sku, p.name, l.quantity, "
                   u"l.unit_price_fen, l.amount_fen, o.channel, c.region, o.status FROM order_line l "
                   u"JOIN sales_order o ON o.id = l.order_id JOIN customer c ON c.id = o.customer_id "
                   u"JOIN member m ON m.id = o.member_id JOIN product p ON p.id = l.product_id "
                   u"ORDER BY o.order_date, o.id, l.id"_s));
    int n = 0;
    QSet<qint64> amounts;
    while (q.next()) {
        const QList<QVariant> &row = rows.at(++n);
        QCOMPARE(row.size(), 13 - (q.value(4).isNull() ? 0 : 0));
        QCOMPARE(row.at(0).toString(), q.value(0).toString());
        QCOMPARE(row.at(1).typeId(), QMetaType::QDate); // a real date cell
        QCOMPARE(row.at(1).toDate(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
        QCOMPARE(row.at(2).toString(), q.value(2).toString());
        QCOMPARE(row.at(3).toString(), q.value(3).toString());
        QCOMPARE(row.at(4).isValid(), !q.value(4).isNull());
        QCOMPARE(row.at(5).toString(), q.value(5).toString());
        QCOMPARE(row.at(6).toString(), q.value(6).toString());
        QCOMPARE(row.at(7).toLongLong(), q.value(7).toLongLong());
        QCOMPARE(fenOf(row.at(8)), q.value(8).toLongLong());
        QCOMPARE(fenOf(row.at(9)), q.value(9).toLongLong());
        QCOMPARE(row.at(10).toString(), q.value(10).toString());
        QCOMPARE(row.at(11).toString(), q.value(11).toString());
        QCOMPARE(row.at(12).toString(), q.value(12).toString());
        amounts << q.value(9).toLongLong();
    }
    QCOMPARE(n, 6);
    // The hard amounts are really there: a negative line and ¥2,469,135.78.
    QVERIFY(amounts.contains(-40001));
    QVERIFY(amounts.contains(246913578));
}

void tst_Export::opportunitiesAndProductsXlsxEqualDatabase()
{
    QVERIFY(exportKind(u"opportunities"_s, u"o.xlsx"_s).ok);
    const QList<QList<QVariant>> rows = test::readXlsxRows(m_dir->filePath(u"o.xlsx"_s));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT o.external_id, o.title, c.name, m.code, o.amount_fen, o.expected_close, s.key, "
                   u"o.probability, o.created_at FROM opportunity o JOIN customer c ON c.id = o.customer_id "
                   u"JOIN member m ON m.id = o.owner_id JOIN pipeline_stage s ON s.id = o.stage_id ORDER BY "
                   u"o.id"_s));
    int n = 0;
    while (q.next()) {
        const QList<QVariant> &row = rows.at(++n);
        QCOMPARE(row.value(0).toString(), q.value(0).toString());
        QCOMPARE(row.value(1).toString(), q.value(1).toString());
        QCOMPARE(row.value(2).toString(), q.value(2).toString());
        QCOMPARE(row.value(3).toString(), q.value(3).toString());
        QCOMPARE(fenOf(row.value(4)), q.value(4).toLongLong());
        QCOMPARE(row.value(5).toDate(), QDate::fromString(q.value(5).toString(), Qt::ISODate));
        QCOMPARE(row.value(6).toString(), q.value(6).toString());
        QCOMPARE(row.value(7).toLongLong(), q.value(7).toLongLong()); // whole percentage points
        const QDateTime created = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        if (row.value(8).typeId() == QMetaType::QDateTime)
            QCOMPARE(row.value(8).toDateTime().toSecsSinceEpoch(), created.toSecsSinceEpoch());
        else // exactly local midnight: UTC text
            QCOMPARE(QDateTime::fromString(row.value(8).toString(), Qt::ISODate), created);
    }
    QCOMPARE(n, 3);
    QCOMPARE(rows.size(), 4);

    QVERIFY(exportKind(u"products"_s, u"p.xlsx"_s).ok);
    const QList<QList<QVariant>> products = test::readXlsxRows(m_dir->filePath(u"p.xlsx"_s));
    QCOMPARE(products.size(), 2);
    QCOMPARE(products.at(1).value(0).toString(), u"SKU-001"_s);
    QCOMPARE(products.at(1).value(1).toString(), u"办公椅"_s);
    QCOMPARE(products.at(1).value(2).toString(), u"家具"_s);
    QCOMPARE(fenOf(products.at(1).value(3)), 45000);
    QCOMPARE(products.at(1).value(4), QVariant(true));
}

void tst_Export::xlsxSheetFormats()
{
    QVERIFY(exportKind(u"orders"_s, u"f.xlsx"_s).ok);
    const QString path = m_dir->filePath(u"f.xlsx"_s);
    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(
        sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:M7\"/>"));
    QVERIFY(sheet.contains("<cols>"));
    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains(
        QStringLiteral("formatCode=\"&quot;¥&quot;#,##0.00;-&quot;¥&quot;#,##0.00\"").toUtf8()));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    QVERIFY(styles.contains("<b/>"));
    // The reader sees the money columns as numbers, not dates (the ¥ format is not a date).
    const QList<QList<QVariant>> rows = test::readXlsxRows(path);
    QCOMPARE(rows.at(1).at(9).typeId() == QMetaType::Double ||
                 rows.at(1).at(9).typeId() == QMetaType::LongLong,
             true);
}

void tst_Export::csvBomGbkAndFormulas()
{
    ExportOptions options;
    QVERIFY(exportKind(u"customers"_s, u"c.csv"_s, options).ok);
    const QByteArray utf8 = readAll(m_dir->filePath(u"c.csv"_s));
    QVERIFY(utf8.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(utf8.mid(3));
    QVERIFY(text.startsWith(u"客户名称,客户编号,"_s));
    // The formula is shown, not run; phone numbers and negative numbers are left alone.
    QVERIFY2(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\""_s), qPrintable(text));
    QVERIFY(text.contains(u",+8613800138000,"_s));
    QVERIFY(!text.contains(u"'+86"_s));
    QVERIFY(text.contains(u"\r\n"_s));

    options.encoding = "gbk";
    const ExportResult gbk = exportKind(u"customers"_s, u"g.csv"_s, options);
    QVERIFY2(gbk.ok, qPrintable(gbk.error));
    const QByteArray bytes = readAll(m_dir->filePath(u"g.csv"_s));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    // 北京 in GBK: B1 B1 BE A9.
    QVERIFY(bytes.contains("\xB1\xB1\xBE\xA9"));
    QString decoded;
    const auto decoder = io::TextDecoder::create("gbk");
    decoder->decode(bytes, decoded, true);
    QCOMPARE(decoded, text);

    QVERIFY(exportKind(u"orders"_s, u"o.csv"_s).ok);
    const QString orders = QString::fromUtf8(readAll(m_dir->filePath(u"o.csv"_s)).mid(3));
    QVERIFY2(orders.contains(u",-1,400.01,-400.01,"_s), qPrintable(orders));
    QVERIFY(orders.contains(u",1234567.89,2469135.78,"_s));
    QVERIFY(orders.contains(u",2025-03-11,"_s));
}

void tst_Export::repExportsOnlyTheirScope()
{
    Database &db = m_db->db();
    const AccessScope r1 = m_fixture.scopeOf(db, u"R1"_s);
    // Core checks the permission matrix: a rep may not export orders (money) until the
    // administrator allows it; the refusal is audited, and no file is written.
    const ExportResult refused = exportKind(u"orders"_s, u"r1-refused.csv"_s, {}, r1);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(u"rep"_s), qPrintable(refused.error));
    QVERIFY(!QFile::exists(m_dir->filePath(u"r1-refused.csv"_s)));
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM audit_log WHERE action = 'permission_denied' AND target = 'export:orders'"_s),
        1);
    Permissions permissions(db);
    for (const PermissionArea area :
         {PermissionArea::Money, PermissionArea::Customers, PermissionArea::Users})
        QVERIFY(
            permissions.set(AccessScope::administrator(), Role::Rep, area, PermissionAction::Export, true));
    const ExportResult orders = exportKind(u"orders"_s, u"r1.xlsx"_s, {}, r1);
    QVERIFY(orders.ok);
    QCOMPARE(orders.rows, 2);
    const QList<QList<QVariant>> rows = test::readXlsxRows(m_dir->filePath(u"r1.xlsx"_s));
    QCOMPARE(rows.size(), 3);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(3).toString(), u"北京华联商厦"_s);
    for (const QString &kind : {u"customers"_s, u"activities"_s, u"opportunities"_s, u"members"_s}) {
        const ExportResult r = exportKind(kind, kind + u".csv"_s, {}, r1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows, 1);
    }
    // The manager of team A sees R1's and R2's customers, not R3's.
    const ExportResult m1 = exportKind(u"customers"_s, u"m1.csv"_s, {}, m_fixture.scopeOf(db, u"M1"_s));
    QCOMPARE(m1.rows, 2);
    const QString text = QString::fromUtf8(readAll(m_dir->filePath(u"m1.csv"_s)));
    QVERIFY(!text.contains(u"广州白云制药"_s));
    QCOMPARE(exportKind(u"orders"_s, u"all.csv"_s).rows, 6);
    // Every export is in the audit log with its rows and file.
    QCOMPARE(scalar(db, u"SELECT rows FROM audit_log WHERE action = 'export' AND target = 'export:orders' "
                        u"AND location LIKE '%r1.xlsx'"_s),
             2);
}

void tst_Export::periodSelectsOrders()
{
    ExportOptions options;
    options.from = QDate(2025, 3, 12);
    options.to = QDate(2025, 3, 31);
    const ExportResult r = exportKind(u"orders"_s, u"p.csv"_s, options);
    QVERIFY(r.ok);
    QCOMPARE(r.rows, 4); // orders of 03-12 and 03-13
    const QString text = QString::fromUtf8(readAll(m_dir->filePath(u"p.csv"_s)));
    QVERIFY(!text.contains(u"SO-2025-001"_s));
}

void tst_Export::roundTripChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    for (const QString &kind : Exporter::kinds()) {
        QTest::newRow(qPrintable(kind + u" csv"_s)) << kind << u"csv"_s;
        QTest::newRow(qPrintable(kind + u" xlsx"_s)) << kind << u"xlsx"_s;
    }
}

void tst_Export::roundTripChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    Database &db = m_db->db();
    const QMap<QString, qint64> before = db.liveRowCounts();
    const QString file = kind + u'.' + format;
    const ExportResult r = exportKind(kind, file);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.rows > 0);

    ImportOptions options;
    options.kind = Exporter::importKind(kind);
    Importer importer(db, AccessScope::administrator());
    const ImportSummary s = importer.run(m_dir->filePath(file), options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QStringList issues;
    for (const ImportIssue &i : s.issues)
        issues << u"row %1 %2: %3"_s.arg(i.row).arg(i.column, i.message);
    QCOMPARE(s.read, r.rows);
    QVERIFY2(s.inserted == 0 && s.merged == 0 && s.updated == 0 && s.rejected == 0,
             qPrintable(u"inserted %1 merged %2 updated %3 rejected %4: %5"_s.arg(s.inserted)
                            .arg(s.merged)
                            .arg(s.updated)
                            .arg(s.rejected)
                            .arg(issues.join(u" | "_s))));
    QCOMPARE(s.skipped, r.rows);
    QVERIFY2(s.warnings == 0, qPrintable(issues.join(u" | "_s)));
    QVERIFY(s.created.isEmpty() ||
            std::all_of(s.created.cbegin(), s.created.cend(), [](qint64 n) { return n == 0; }));
    // Only the import's own bookkeeping (its batch and row log) is new.
    // The audit trail records the export and the (empty) import batch; nothing else moves.
    const auto records = [](QMap<QString, qint64> counts) {
        counts.removeIf([](const auto &it) { return it.key().startsWith(u"import_"_s); });
        counts.remove(u"audit_log"_s);
        return counts;
    };
    QCOMPARE(records(db.liveRowCounts()), records(before));
    QCOMPARE(db.liveRowCounts().value(u"audit_log"_s), before.value(u"audit_log"_s) + 2);
}

void tst_Export::reportXlsxOneSheetPerSection()
{
    using namespace frontline::analytics;
    Report report;
    report.kind = u"dashboard"_s;
    report.title = u"看板"_s;
    report.period = Period::range(QDate(2025, 3, 1), QDate(2025, 3, 31));
    ReportTable kpis;
    kpis.key = u"kpis"_s;
    kpis.title = u"指标"_s;
    kpis.addColumn(u"kpi"_s, u"指标"_s, ColumnType::Text);
    kpis.addColumn(u"value_fen"_s, u"销售额"_s, ColumnType::Fen);
    kpis.addColumn(u"attainment"_s, u"达成率"_s, ColumnType::Percent);
    kpis.addColumn(u"orders"_s, u"订单"_s, ColumnType::Int);
    kpis.addColumn(u"day"_s, u"日期"_s, ColumnType::Date);
    kpis.addColumn(u"value"_s, u"数值"_s, ColumnType::Decimal); // each row in its own unit
    kpis.rows << QList<QVariant>{u"=1+1"_s,  qint64(123456789), 0.875,
                                 qint64(12), QDate(2025, 3, 7), qint64(7)};
    kpis.rows << QList<QVariant>{u"退货"_s, qint64(-501), QVariant(), qint64(-3), QVariant(), qint64(42)};
    kpis.rows << QList<QVariant>{u"比率"_s, QVariant(), QVariant(), QVariant(), QVariant(), 0.125};
    kpis.setCellType(0, 5, ColumnType::Fen);
    kpis.setCellType(1, 5, ColumnType::Int);
    kpis.setCellType(2, 5, ColumnType::Percent);
    ReportTable trend;
    trend.key = u"trend"_s;
    trend.title = u"趋势: 月度/对比"_s; // characters a sheet name may not hold
    trend.addColumn(u"month"_s, u"月份"_s, ColumnType::Text);
    trend.addColumn(u"share"_s, u"占比"_s, ColumnType::Percent);
    trend.rows << QList<QVariant>{u"2025-03"_s, 1.0};
    report.sections << kpis << trend;

    const QString path = m_dir->filePath(u"report.xlsx"_s);
    QString error;
    QVERIFY2(ReportWriter::writeXlsx(report, path, &error), qPrintable(error));
    io::XlsxReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.sheetNames(), (QStringList{u"指标"_s, u"趋势_ 月度_对比"_s}));

    const QList<QList<QVariant>> first = test::readXlsxRows(path, u"指标"_s);
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.at(0),
             (QList<QVariant>{u"指标"_s, u"销售额"_s, u"达成率"_s, u"订单"_s, u"日期"_s, u"数值"_s}));
    QCOMPARE(first.at(1).at(0).toString(), u"=1+1"_s); // a string cell: XLSX runs no formula from it
    QCOMPARE(fenOf(first.at(1).at(1)), 123456789);
    QCOMPARE(first.at(1).at(2).toDouble(), 0.875);
    QCOMPARE(first.at(1).at(3).toLongLong(), 12);
    QCOMPARE(first.at(1).at(4), QVariant(QDate(2025, 3, 7)));
    QCOMPARE(fenOf(first.at(2).at(1)), -501);
    QVERIFY(!first.at(2).at(2).isValid());
    QCOMPARE(first.at(2).at(3).toLongLong(), -3);
    // Formats, cell by cell: money a yuan number "¥#,##0.00", a rate a fraction "0.0%", a count
    // "#,##0", a date a serial day "yyyy-mm-dd"; the mixed column follows each row's unit.
    test::XlsxCells cells;
    QVERIFY(cells.open(path, u"xl/worksheets/sheet1.xml"_s));
    const QString yuan = u"\"¥\"#,##0.00;-\"¥\"#,##0.00"_s;
    QCOMPARE(cells.at(u"B2"_s).value.toDouble(), 1234567.89);
    QCOMPARE(cells.at(u"B2"_s).format, yuan);
    QCOMPARE(cells.at(u"B3"_s).value.toDouble(), -5.01);
    QCOMPARE(cells.at(u"C2"_s).format, u"0.0%"_s);
    QCOMPARE(cells.at(u"D3"_s).value, u"-3"_s);
    QCOMPARE(cells.at(u"D3"_s).format, u"#,##0"_s);
    QCOMPARE(cells.at(u"E2"_s).value, u"45723"_s);
    QCOMPARE(cells.at(u"E2"_s).format, u"yyyy-mm-dd"_s);
    QCOMPARE(cells.at(u"F2"_s).value.toDouble(), 0.07);
    QCOMPARE(cells.at(u"F2"_s).format, yuan);
    QCOMPARE(cells.at(u"F3"_s).value, u"42"_s);
    QCOMPARE(cells.at(u"F3"_s).format, u"#,##0"_s);
    QCOMPARE(cells.at(u"F4"_s).value.toDouble(), 0.125);
    QCOMPARE(cells.at(u"F4"_s).format, u"0.0%"_s);
    // Past the mixed rows the column's own format is back (a row after them would have it).
    QCOMPARE(kpis.cellType(3, 5), ColumnType::Decimal);

    const QList<QList<QVariant>> second = test::readXlsxRows(path, u"趋势_ 月度_对比"_s);
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(1).at(1).toDouble(), 1.0);

    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("formatCode=\"0.0%\""));
    QVERIFY(styles.contains("formatCode=\"#,##0\""));
    for (const QString &part : {u"xl/worksheets/sheet1.xml"_s, u"xl/worksheets/sheet2.xml"_s}) {
        const QByteArray sheet = zipEntry(path, part);
        QVERIFY2(sheet.contains("state=\"frozen\""), qPrintable(part));
        QVERIFY2(sheet.contains("<autoFilter ref=\"A1:"), qPrintable(part));
    }
    QVERIFY(zipEntry(path, u"docProps/core.xml"_s).contains(QStringLiteral("看板").toUtf8()));
}

QTEST_GUILESS_MAIN(tst_Export)
void tst_Export::paymentsAndTargetsReadBack()
{
    Database &db = m_db->db();
    QVERIFY(Exporter::isDated(u"payments"_s));
    QVERIFY(Exporter::isDated(u"targets"_s));
    QCOMPARE(Exporter::permissionArea(u"payments"_s), PermissionArea::Money);
    QCOMPARE(Exporter::permissionArea(u"targets"_s), PermissionArea::Performance);

    // CSV: exact yuan text; an order number where there is one; the refund negative.
    const ExportResult csv = exportKind(u"payments"_s, u"payments-check.csv"_s);
    QVERIFY2(csv.ok, qPrintable(csv.error));
    QCOMPARE(csv.rows, 4);
    const QStringList lines = QString::fromUtf8(readAll(m_dir->filePath(u"payments-check.csv"_s)))
                                  .remove(QChar(0xFEFF))
                                  .split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), Exporter::headers(u"payments"_s).join(u','));
    QCOMPARE(lines.at(1), u"HK-0001,2025-03-20,北京华联商厦,C-001,SO-2025-001,1234.50,transfer,R1,首付款"_s);
    QVERIFY2(lines.at(2).startsWith(u"HK-0002,2025-03-28,北京华联商厦,C-001,,-50.01,wechat,R1"_s),
             qPrintable(lines.at(2)));

    // XLSX targets: money in yuan with the ¥ format, counts as counts, periods as the importer
    // reads them.
    const ExportResult xlsx = exportKind(u"targets"_s, u"targets-check.xlsx"_s);
    QVERIFY2(xlsx.ok, qPrintable(xlsx.error));
    QCOMPARE(xlsx.rows, 3);
    const QList<QList<QVariant>> rows = test::readXlsxRows(m_dir->filePath(u"targets-check.xlsx"_s));
    QCOMPARE(rows.size(), 4);
    QHash<QString, QList<QVariant>> byPeriod;
    for (qsizetype i = 1; i < rows.size(); ++i)
        byPeriod.insert(rows.at(i).at(2).toString() + u' ' + rows.at(i).at(3).toString(), rows.at(i));
    QCOMPARE(byPeriod.value(u"2025-03 revenue"_s).at(0).toString(), u"R1"_s);
    QCOMPARE(fenOf(byPeriod.value(u"2025-03 revenue"_s).at(4)), 1234567);
    QCOMPARE(byPeriod.value(u"2025-Q1 visits"_s).at(1).toString(), u"一组"_s);
    QCOMPARE(byPeriod.value(u"2025-Q1 visits"_s).at(4).toLongLong(), 40);
    QCOMPARE(byPeriod.value(u"2025 new_customers"_s).at(4).toLongLong(), 12);
    const QByteArray sheet =
        zipEntry(m_dir->filePath(u"targets-check.xlsx"_s), u"xl/worksheets/sheet1.xml"_s);
    const QByteArray styles = zipEntry(m_dir->filePath(u"targets-check.xlsx"_s), u"xl/styles.xml"_s);
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(styles.contains("¥"), styles.constData());

    // A period selects targets by their first day.
    ExportOptions q1;
    q1.from = QDate(2025, 1, 1);
    q1.to = QDate(2025, 3, 31);
    QCOMPARE(exportKind(u"targets"_s, u"targets-q1.csv"_s, q1).rows, 3);
    ExportOptions march;
    march.from = QDate(2025, 3, 1);
    march.to = QDate(2025, 3, 31);
    QCOMPARE(exportKind(u"targets"_s, u"targets-march.csv"_s, march).rows, 1);

    // Scope: R1 sees the payments of their customer and their own target only, never the team's.
    const AccessScope r1 = m_fixture.scopeOf(db, u"R1"_s);
    Permissions permissions(db);
    for (const PermissionArea area : {PermissionArea::Money, PermissionArea::Performance})
        QVERIFY(
            permissions.set(AccessScope::administrator(), Role::Rep, area, PermissionAction::Export, true));
    QCOMPARE(exportKind(u"payments"_s, u"r1-payments.csv"_s, {}, r1).rows, 2);
    const ExportResult mine = exportKind(u"targets"_s, u"r1-targets.csv"_s, {}, r1);
    QVERIFY2(mine.ok, qPrintable(mine.error));
    QCOMPARE(mine.rows, 1);
    // The manager of team A: both members' targets and the team's.
    QCOMPARE(exportKind(u"targets"_s, u"m1-targets.csv"_s, {}, m_fixture.scopeOf(db, u"M1"_s)).rows, 3);
    for (const PermissionArea area : {PermissionArea::Money, PermissionArea::Performance})
        QVERIFY(
            permissions.set(AccessScope::administrator(), Role::Rep, area, PermissionAction::Export, false));
}

void tst_Export::unnumberedPaymentsMatchOneRowEach()
{
    // The database holds two identical cash payments without a receipt number; a file with
    // three such rows is the two read again and one new payment.
    Database &db = m_db->db();
    const QString path = m_dir->filePath(u"three-cash.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"客户名称,回款日期,回款金额,付款方式\r\n"_s.toUtf8());
    for (int i = 0; i < 3; ++i)
        f.write(u"上海宝钢贸易,2025-04-02,300.00,现金\r\n"_s.toUtf8());
    f.close();
    const qint64 before = scalar(db, u"SELECT count(*) FROM payment WHERE deleted = 0"_s);
    ImportOptions options;
    options.kind = u"payments"_s;
    Importer importer(db, AccessScope::administrator());
    const ImportSummary s = importer.run(path, options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.read, 3);
    QCOMPARE(s.skipped, 2);
    QCOMPARE(s.inserted, 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM payment WHERE deleted = 0"_s), before + 1);
    // Undone, so the suite's other tests see the database as before.
    QVERIFY(ImportHistory(db, AccessScope::administrator()).undo(s.batch).ok);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM payment WHERE deleted = 0"_s), before);
}

#include "tst_export.moc"
