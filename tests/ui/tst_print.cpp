// Reports and the dashboard on paper, checked in the PDF itself with poppler's pdfinfo, pdftotext
// and pdftoppm: A4 pages, the page count, the running header (company name, title, period), the
// page numbers, Chinese text and ¥ figures as the XLSX output writes them, a long table's header
// repeated on every page, charts that are really drawn; the reports dialog's exports checked
// against permissions and the audit log.
#include "CrmUiTest.h"
#include "analytics/Reports.h"
#include "charts/KpiCardText.h"
#include "dialogs/ReportsDialog.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/settings/SettingsPage.h"
#include "print/DashboardPrint.h"
#include "print/PrintDocument.h"
#include "print/ReportPrinter.h"
#include "repositories/OrderRepository.h"
#include "security/AuditLog.h"
#include "services/DemoGenerator.h"
#include "settings/SharedSettings.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QToolButton>

#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

namespace {

const QString Company = u"华星贸易有限公司"_s;

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<%1 failed: %2>"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of one page (or all of them with page 0), laid out as on the page. Qt 6.4's PDF
// writer names some ideographs by their Kangxi radical code points (金 as ⾦: the CJK fonts draw
// both with one glyph), and ligatures as one character; NFKC gives the characters back.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return run(u"pdftotext"_s, args << pdf << u"-"_s).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Pages:"_s))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString pdfPageSize(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Page size:"_s))
            return line.mid(10).trimmed();
    return info;
}

QImage pdfImage(const QString &pdf, int page, const QString &out, int dpi = 60)
{
    run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s,
                        QString::number(page), u"-singlefile"_s, pdf, out});
    return QImage(out + u".png"_s);
}

// Pixels close to colour: the charts' bars are drawn in it.
int pixelsLike(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) < 24 && std::abs(c.green() - color.green()) < 24 &&
                std::abs(c.blue() - color.blue()) < 24)
                ++n;
        }
    return n;
}

// With FRONTLINE_TEST_SHOTS=DIR set, keeps a picture of a PDF page to look at.
void keepShot(const QString &pdf, int page, const QString &name)
{
    const QString dir = qEnvironmentVariable("FRONTLINE_TEST_SHOTS");
    if (!dir.isEmpty())
        pdfImage(pdf, page, dir + u'/' + name, 110);
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void companyNameIsSharedAndGuarded();
    void rankingOnA4();
    void longTableRepeatsItsHeader();
    void dashboardWithItsCharts();
    void reportsDialogExportsAreAudited();
    void aRepCannotExportMoney();
    void reportsDialogCustomerListInGbk();
    void settingsPageNamesTheCompanyOnTheDashboardPdf();

private:
    Report report(const QString &kind, const AccessScope &scope, Dimension by = Dimension::None);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<TempDatabase> m_temp;
    CrmFixture m_fixture;
};

void TestPrint::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("poppler-utils (pdftotext, pdfinfo, pdftoppm) is needed: installer/setup.sh installs it");
    test::isolateSettings(m_settingsDir);
    if (qEnvironmentVariableIsSet("FRONTLINE_TEST_SHOTS"))
        m_dir.setAutoRemove(false); // the PDFs too, to look at them
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    QCOMPARE(m_fixture.build(m_temp->db()), QString());
    // One more March order for R1: 张伟 180000 fen in two orders, 李娜 and 刘洋 130000 each.
    Order o;
    o.orderNo = u"SO-EXTRA"_s;
    o.orderDate = QDate(2025, 3, 20);
    o.customerId = m_fixture.customers.value(u"c1"_s);
    o.channel = u"online"_s;
    o.lines << OrderLine{0, m_fixture.product, 1, 50000, 0, {}, {}};
    QVERIFY(OrderRepository(m_temp->db(), AccessScope::administrator()).create(o).ok());
    QString error;
    QVERIFY2(SharedSettings(m_temp->db(), AccessScope::administrator())
                 .setValue(SharedSettings::CompanyName, u"  "_s + Company + u" "_s, &error),
             qPrintable(error));
}

Report TestPrint::report(const QString &kind, const AccessScope &scope, Dimension by)
{
    MetricsEngine engine(m_temp->db(), scope);
    engine.setToday(QDate(2025, 4, 2));
    engine.refreshRollups();
    QString error;
    const std::optional<Report> r =
        Reports(engine).build(kind, Period::month(2025, 3), by, Measure::Revenue, {}, &error);
    return r.value_or(Report());
}

void TestPrint::companyNameIsSharedAndGuarded()
{
    Database &db = m_temp->db();
    // Stored trimmed; every scope reads it (it is printed on everyone's reports).
    QCOMPARE(SharedSettings(db, m_fixture.scopeOf(db, u"R1"_s)).companyName(), Company);
    // A rep may not change it; the refusal says why and is audited.
    QString error;
    QVERIFY(!SharedSettings(db, m_fixture.scopeOf(db, u"R1"_s))
                 .setValue(SharedSettings::CompanyName, u"别的公司"_s, &error));
    QVERIFY(!error.isEmpty());
    AuditFilter denied;
    denied.actions = {u"permission_denied"_s};
    const QList<AuditEntry> entries = AuditLog(db, AccessScope::administrator()).entries(denied);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.constFirst().target, u"setting:company_name"_s);
    QCOMPARE(SharedSettings(db, AccessScope::administrator()).companyName(), Company);
}

void TestPrint::rankingOnA4()
{
    const Report r = report(u"ranking"_s, AccessScope::administrator());
    QCOMPARE(r.sections.value(0).rows.size(), 3);
    const QString pdf = m_dir.filePath(u"ranking.pdf"_s);
    QString error;
    QVERIFY2(ReportPrinter::writePdf(r, Company, pdf, &error), qPrintable(error));
    QVERIFY(pdfPageSize(pdf).contains(u"(A4)"_s));
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    // The running header: the company, the title and the period; the footer's page number.
    QVERIFY2(text.contains(Company), qPrintable(text));
    QVERIFY(text.contains(u"Ranking by revenue · 2025-03"_s));
    QVERIFY(text.contains(u"Page 1 of 1"_s));
    // The rows in rank order, with ¥ and thousands separators as in the XLSX output.
    const qsizetype zhang = text.indexOf(u"张伟"_s), li = text.indexOf(u"李娜"_s),
                    liu = text.indexOf(u"刘洋"_s);
    QVERIFY(zhang > 0 && li > zhang && liu > li);
    QVERIFY(text.contains(u"¥1,800.00"_s));
    QCOMPARE(text.count(u"¥1,300.00"_s), 2);
    // The chart above the table is drawn: the bars' blue is on the page.
    const QImage page = pdfImage(pdf, 1, m_dir.filePath(u"ranking"_s));
    QVERIFY(!page.isNull());
    QVERIFY(pixelsLike(page, QColor(0x3b, 0x82, 0xf6)) > 200);
    keepShot(pdf, 1, u"print-ranking"_s);
}

void TestPrint::longTableRepeatsItsHeader()
{
    Report r;
    r.kind = u"sales"_s;
    r.title = u"销售明细"_s;
    r.period = Period::quarter(2025, 1);
    ReportTable t;
    t.key = u"customers"_s;
    t.title = u"销售明细"_s;
    t.addColumn(u"customer"_s, u"分店名称"_s, ColumnType::Text);
    t.addColumn(u"last_contact"_s, u"最近联系"_s, ColumnType::Date);
    t.addColumn(u"value_fen"_s, u"累计金额"_s, ColumnType::Fen);
    t.addColumn(u"share"_s, u"占比"_s, ColumnType::Percent);
    for (int i = 1; i <= 150; ++i)
        t.rows << QList<QVariant>{u"分店%1 北京华联商厦有限责任公司"_s.arg(i, 3, 10, QChar(u'0')),
                                  QDate(2025, 1, 1).addDays(i % 90), qint64(i) * 123456, double(i) / 1000.0};
    r.sections << t;
    const QString pdf = m_dir.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY2(ReportPrinter::writePdf(r, Company, pdf, &error), qPrintable(error));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3 && pages <= 6, qPrintable(QString::number(pages)));
    QList<int> rows;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfText(pdf, p);
        QVERIFY2(text.contains(Company), qPrintable(text));
        QVERIFY(text.contains(u"最近联系"_s) && text.contains(u"累计金额"_s)); // the header row again
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)));
        if (p > 1)
            QVERIFY(text.contains(u"销售明细 (continued)"_s));
        // Table rows (the chart above the table names the largest 15 too, without a date).
        static const QRegularExpression row(u"分店(\\d{3}) 北京华联商厦有限责任公司\\s+2025-"_s);
        for (auto it = row.globalMatch(text); it.hasNext();)
            rows << it.next().captured(1).toInt();
    }
    QList<int> expected(150);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(rows, expected); // every row once and in order: none lost or doubled at a page break
    const QString last = pdfText(pdf, pages);
    QVERIFY(last.contains(u"分店150"_s));
    QVERIFY(last.contains(u"¥185,184.00"_s)); // 150 × 123456 fen
    QVERIFY(last.contains(u"15.0%"_s));
    keepShot(pdf, 2, u"print-long-table"_s);
}

void TestPrint::dashboardWithItsCharts()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    DemoGenerator::Options o;
    o.seed = 7;
    o.reps = 8;
    o.customers = 200;
    o.months = 18;
    o.orderLines = 3000;
    o.today = QDate(2025, 6, 20);
    const DemoGenerator::Result g = DemoGenerator(o).generate(temp.db());
    QVERIFY2(g.ok(), qPrintable(g.error));
    const DashboardData data =
        DashboardData::compute(temp.db(), AccessScope::administrator(), Period::month(2025, 5), 0, o.today);
    QVERIFY(data.error.isEmpty());
    const KpiCard *revenue = data.dashboard.card(u"revenue"_s);
    QVERIFY(revenue && revenue->value.numerator > 0);
    const QString pdf = m_dir.filePath(u"dashboard.pdf"_s);
    QString error;
    QVERIFY2(DashboardPrint::writePdf(data, Company, pdf, &error), qPrintable(error));
    QVERIFY(pdfPageSize(pdf).contains(u"(A4)"_s));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));
    const QString first = pdfText(pdf, 1);
    QVERIFY2(first.contains(Company) && first.contains(u"Dashboard · 2025-05"_s), qPrintable(first));
    QVERIFY(first.contains(u"Page 1 of %1"_s.arg(pages)));
    // The revenue card shows the engine's figure, as the page does.
    QVERIFY2(first.contains(revenue->value.display()), qPrintable(revenue->value.display()));
    QVERIFY(first.contains(revenue->title));
    // Target and attainment in full, not cut off at the card's edge.
    QVERIFY(revenue->attainment.target > 0);
    const QStringList target = KpiCardText::of(*revenue, false).target.split(u" · "_s);
    QCOMPARE(target.size(), 2);
    for (const QString &line : target)
        QVERIFY2(first.contains(line), qPrintable(line + u" not in: "_s + first));
    const QString all = pdfText(pdf);
    QVERIFY(all.contains(u"Revenue by rep"_s));
    QVERIFY(all.contains(data.byRep.rows.constFirst().label)); // the best rep, in a chart and a table
    // The charts are drawn: the trend's and the reps' bars are blue, the funnel green.
    int blue = 0, green = 0;
    for (int p = 1; p <= pages; ++p) {
        const QImage image = pdfImage(pdf, p, m_dir.filePath(u"dashboard-%1"_s.arg(p)));
        blue += pixelsLike(image, QColor(0x3b, 0x82, 0xf6));
        green += pixelsLike(image, QColor(0x10, 0xb9, 0x81));
    }
    QVERIFY2(blue > 1000, qPrintable(QString::number(blue)));
    QVERIFY2(green > 200, qPrintable(QString::number(green)));
    for (int p = 1; p <= pages; ++p)
        keepShot(pdf, p, u"print-dashboard-%1"_s.arg(p));
}

void TestPrint::reportsDialogExportsAreAudited()
{
    ReportsDialog dialog(&m_temp->db(), AccessScope::administrator());
    dialog.setToday(QDate(2025, 4, 2));
    dialog.resize(1000, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy computed(&dialog, &ReportsDialog::computed);
    dialog.setReport(u"sales"_s, u"2025-03"_s, u"rep"_s);
    QVERIFY(computed.wait(20000));
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.report().kind, u"sales"_s);
    QCOMPARE(dialog.report().sections.value(0).rows.size(), 4); // three reps and the total
    QTRY_VERIFY(dialog.pageCount() >= 1);                       // the preview painted the document
    test::saveShot(&dialog, u"reports-dialog"_s);

    const qsizetype before = AuditLog(m_temp->db(), AccessScope::administrator()).entries().size();
    QString error;
    for (const QString &format : {u"pdf"_s, u"xlsx"_s, u"csv"_s}) {
        const QString path = m_dir.filePath(u"sales."_s + format);
        QVERIFY2(dialog.save(path, format, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    const QString text = pdfText(m_dir.filePath(u"sales.pdf"_s));
    QVERIFY(text.contains(Company) && text.contains(u"张伟"_s) && text.contains(u"¥1,800.00"_s));
    QFile csv(m_dir.filePath(u"sales.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, as the CLI writes it

    AuditFilter exports;
    exports.actions = {u"export"_s};
    const QList<AuditEntry> entries = AuditLog(m_temp->db(), AccessScope::administrator()).entries(exports);
    QVERIFY(AuditLog(m_temp->db(), AccessScope::administrator()).entries().size() >= before + 3);
    QStringList details;
    for (const AuditEntry &e : entries)
        if (e.target == u"report:sales"_s)
            details << e.detail + u' ' + QFileInfo(e.location).fileName() + u' ' + QString::number(e.rows);
    QVERIFY2(details.contains(u"format=pdf period=2025-03 sales.pdf 4"_s), qPrintable(details.join(u';')));
    QVERIFY(details.contains(u"format=xlsx period=2025-03 sales.xlsx 4"_s));
    QVERIFY(details.contains(u"format=csv period=2025-03 sales.csv 4"_s));
}

void TestPrint::aRepCannotExportMoney()
{
    // A rep sees their own sales (money/view) but may not take them away (no money/export).
    ReportsDialog dialog(&m_temp->db(), m_fixture.scopeOf(m_temp->db(), u"R2"_s));
    dialog.setToday(QDate(2025, 4, 2));
    QSignalSpy computed(&dialog, &ReportsDialog::computed);
    dialog.setReport(u"sales"_s, u"2025-03"_s, u"rep"_s);
    QVERIFY(computed.wait(20000));
    QCOMPARE(dialog.problem(), QString());
    const QList<QVariant> only = dialog.report().sections.value(0).rows.value(0);
    QCOMPARE(dialog.report().sections.value(0).rows.size(), 2); // theirs and the total
    QCOMPARE(only.value(0).toString(), u"李娜"_s);
    const QString path = m_dir.filePath(u"rep-sales.pdf"_s);
    QString error;
    QVERIFY(!dialog.save(path, u"pdf"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    // The ranking is performance, which a rep may export: their own row only.
    dialog.setReport(u"ranking"_s, u"2025-03"_s);
    QVERIFY(computed.wait(20000));
    QVERIFY2(dialog.save(path, u"pdf"_s, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"李娜"_s));
    QVERIFY(!text.contains(u"张伟"_s));
}

void TestPrint::reportsDialogCustomerListInGbk()
{
    ReportsDialog dialog(&m_temp->db(), AccessScope::administrator());
    dialog.setToday(QDate(2025, 4, 2));
    dialog.resize(1280, 800);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = dialog.findChild<QComboBox *>(u"reportKind"_s);
    QVERIFY(kind->findData(u"rep-performance"_s) >= 0);
    QCOMPARE(kind->itemText(kind->findData(u"customers"_s)), ReportsDialog::kindTitle(u"customers"_s));
    QSignalSpy computed(&dialog, &ReportsDialog::computed);
    auto *period = dialog.findChild<QLineEdit *>(u"reportPeriod"_s);
    period->selectAll();
    QTest::keyClicks(period, u"2025-03"_s);
    // The customer list is the last report: End chooses it, as a user would with the keyboard.
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    QCOMPARE(kind->currentData().toString(), u"customers"_s);
    QVERIFY(computed.wait(20000));
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.report().kind, u"customers"_s);
    // c1 ¥1,300.00 + the extra ¥500.00 on 20 March, c2 and c3 ¥1,300.00 each, and the total.
    const ReportTable &t = dialog.report().sections.value(0);
    QCOMPARE(t.rows.size(), 4);
    QCOMPARE(t.rows.at(0).at(t.columnIndex(u"revenue_fen"_s)).toLongLong(), 180000);
    QCOMPARE(t.rows.at(0).at(t.columnIndex(u"last_contact"_s)).toDate(), QDate(2025, 3, 1));
    QTRY_VERIFY(dialog.pageCount() >= 1);
    test::saveShot(&dialog, u"reports-customers"_s);

    auto *encoding = dialog.findChild<QComboBox *>(u"csvEncoding"_s);
    encoding->setFocus();
    QTest::keyClick(encoding, Qt::Key_Down);
    QCOMPARE(encoding->currentData().toByteArray(), QByteArray("gbk"));
    const QString path = m_dir.filePath(u"customers-gbk.csv"_s);
    QString error;
    QVERIFY2(dialog.save(path, u"csv"_s, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xD5\xC5\xCE\xB0")); // 张伟
    QStringDecoder gbk("GBK");
    const QString text = gbk.decode(bytes);
    QVERIFY(!gbk.hasError());
    QVERIFY2(text.contains(u"\r\n北京华联商厦,"_s), qPrintable(text));
    QVERIFY(text.contains(u",张伟,"_s) && text.contains(u",2025-03-01,2,180000,2,180000\r\n"_s));
}

void TestPrint::settingsPageNamesTheCompanyOnTheDashboardPdf()
{
    test::CrmDatabase crm;
    QCOMPARE(crm.build(), QString());
    MainWindow window;
    window.resize(1280, 800);
    window.setDatabase(crm.open());
    window.setCurrentPage(PageId::Settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *settings = qobject_cast<SettingsPage *>(window.page(PageId::Settings));
    QVERIFY(settings);
    QLineEdit *company = settings->companyNameEdit();
    QVERIFY(company->isEnabled() && !company->isReadOnly());
    company->clear();
    company->setFocus();
    test::typeText(company, u"东方贸易"_s);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"saveCompanyName"_s), Qt::LeftButton);
    test::saveShot(&window, u"settings-company"_s);
    QCOMPARE(SharedSettings(*window.database(), AccessScope::administrator()).companyName(), u"东方贸易"_s);

    auto *dashboard = qobject_cast<DashboardPage *>(window.page(PageId::Dashboard));
    QVERIFY(dashboard);
    dashboard->setDrillDownsShown(false);
    dashboard->setToday(QDate(2025, 4, 2));
    window.setCurrentPage(PageId::Dashboard);
    dashboard->setPeriod(Period::month(2025, 3));
    QVERIFY(QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->data().period.isValid(); },
                            20000));
    QVERIFY(dashboard->findChild<QToolButton *>(u"printButton"_s)->isVisible());
    const QString pdf = m_dir.filePath(u"page-dashboard.pdf"_s);
    QString error;
    QVERIFY2(dashboard->writePdf(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf, 1);
    QVERIFY2(text.contains(u"东方贸易"_s), qPrintable(text));
    QVERIFY(text.contains(u"¥3,900.00"_s)); // the fixture's three March orders, 130000 fen each
    AuditFilter exports;
    exports.actions = {u"export"_s};
    const QList<AuditEntry> entries =
        AuditLog(*window.database(), AccessScope::administrator()).entries(exports);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.constFirst().target, u"report:dashboard"_s);
    QCOMPARE(entries.constFirst().detail, u"format=pdf period=2025-03"_s);
    QCOMPARE(entries.constFirst().location, QFileInfo(pdf).absoluteFilePath());

    // A rep reads the name but may not change it.
    window.session()->setActingMember(crm.fixture.members.value(u"R1"_s));
    QTRY_VERIFY(company->isReadOnly());
    QVERIFY(!settings->findChild<QPushButton *>(u"saveCompanyName"_s)->isVisibleTo(settings));
    QCOMPARE(company->text(), u"东方贸易"_s);
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
