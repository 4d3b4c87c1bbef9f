// The data export dialog, as a manager uses it from the Import/Export page: choose what to export,
// a period and a format; the file is written off the UI thread by core's Exporter and holds what
// the database holds (read back cell by cell), in the user's scope. A rep whose role may not
// export money gets a clear message and no file; a bad period is refused before anything runs;
// kinds without dates take no period. With FRONTLINE_TEST_SHOTS set it saves a picture of the
// dialog (LOOK_LANG=zh_CN for the Chinese one).
#include "CrmUiTest.h"
#include "dialogs/ExportDialog.h"
#include "export/Exporter.h"
#include "pages/import/ImportPage.h"
#include "security/Permissions.h"
#include "support/XlsxCells.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace frontline {

class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ordersForAPeriodFromTheImportPage();
    void repWithoutPermissionGetsNoFile();
    void badPeriodIsRefusedAndUndatedKindsTakeNone();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_out;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_out.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
}

void TestExportDialog::ordersForAPeriodFromTheImportPage()
{
    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow window;
    window.resize(1280, 800);
    window.setDatabase(crm.open());
    window.setCurrentPage(PageId::ImportExport);
    window.show();
    auto *page = window.findChild<ImportPage *>();
    QVERIFY(page);
    auto *button = page->findChild<QPushButton *>(u"exportDataButton"_s);
    QVERIFY(button && button->isVisible());
    ExportDialog *dialog = page->openExport(u"orders"_s);
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>(u"exportKind"_s);
    auto *period = dialog->findChild<QLineEdit *>(u"exportPeriod"_s);
    auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
    QCOMPARE(kind->currentData().toString(), u"orders"_s);
    QVERIFY(period->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    // The fixture's orders are dated 2025-03-11, -12 and -13, two lines each.
    period->setText(u"2025-03-12..2025-03-31"_s);
    format->setCurrentIndex(format->findData(u"xlsx"_s));
    test::saveShot(dialog, u"export-dialog"_s);
    QSignalSpy finished(dialog, &ExportDialog::finished);
    const QString path = m_out.filePath(u"订单.xlsx"_s);
    QVERIFY(dialog->exportTo(path));
    QVERIFY(dialog->isRunning() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(dialog->message().contains(u"4"_s), qPrintable(dialog->message()));
    const QList<QList<QVariant>> rows = test::readXlsxRows(path);
    QCOMPARE(rows.size(), 5); // the header and four lines
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i).at(0).toString() != u"SO-2025-001"_s);
    // CSV in GBK: Chinese bytes as older Excel reads them, no BOM.
    format->setCurrentIndex(format->findData(u"gbk"_s));
    kind->setCurrentIndex(kind->findData(u"customers"_s));
    period->clear();
    const QString csv = m_out.filePath(u"客户.csv"_s);
    QVERIFY(dialog->exportTo(csv));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QByteArray::fromHex("b1b1bea9"))); // 北京 in GBK
    dialog->close();
}

void TestExportDialog::repWithoutPermissionGetsNoFile()
{
    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    std::unique_ptr<Database> db = crm.open();
    QVERIFY(db);
    const AccessScope rep = crm.fixture.scopeOf(*db, u"R1"_s);
    ExportDialog dialog(db.get(), rep);
    dialog.setKind(u"orders"_s);
    // Orders carry money, which a rep may not export by default: said before a file is asked
    // for, and core refuses (and audits) even when called directly.
    QVERIFY(!dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QVERIFY2(dialog.message().contains(Exporter::label(u"orders"_s)), qPrintable(dialog.message()));
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    const QString path = m_out.filePath(u"rep-orders.csv"_s);
    QVERIFY(dialog.exportTo(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!dialog.message().isEmpty()); // core's refusal, shown
    // Once the administrator lets reps export customers: their one customer only.
    QVERIFY(Permissions(*db).set(AccessScope::administrator(), Role::Rep, PermissionArea::Customers,
                                 PermissionAction::Export, true));
    dialog.setKind(u"customers"_s);
    QVERIFY(dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    const QString mine = m_out.filePath(u"rep-customers.csv"_s);
    QVERIFY(dialog.exportTo(mine));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QFile file(mine);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"北京华联商厦"_s));
    QVERIFY(!text.contains(u"上海宝钢贸易"_s));
}

void TestExportDialog::badPeriodIsRefusedAndUndatedKindsTakeNone()
{
    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    std::unique_ptr<Database> db = crm.open();
    QVERIFY(db);
    ExportDialog dialog(db.get(), AccessScope::administrator());
    dialog.setKind(u"payments"_s);
    auto *period = dialog.findChild<QLineEdit *>(u"exportPeriod"_s);
    period->setText(u"三月"_s);
    const QString path = m_out.filePath(u"bad.csv"_s);
    QVERIFY(!dialog.exportTo(path));
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(!QFile::exists(path));
    dialog.setKind(u"members"_s);
    QVERIFY(!period->isEnabled());
    QSignalSpy finished(&dialog, &ExportDialog::finished);
    QVERIFY(dialog.exportTo(path)); // the period text is ignored for members
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(QFile::exists(path));
}

} // namespace frontline

QTEST_MAIN(frontline::TestExportDialog)
#include "tst_exportdialog.moc"
