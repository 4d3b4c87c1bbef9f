// The automatic import on the Import/Export page, driven as a manager does: tick "Watch a
// folder", type the folder, keep customers and the headers' mapping, Save; a CSV dropped into the
// folder is imported off the UI thread once it has stopped changing, its batch appears in the
// history, the file moves to done/ and the status bar says so. A rep whose role may not import
// customers gets no watching. With FRONTLINE_TEST_SHOTS set it saves a picture of the page
// (LOOK_LANG=zh_CN for the Chinese one).
#include "CrmUiTest.h"
#include "import/ImportFolder.h"
#include "pages/import/AutoImport.h"
#include "pages/import/ImportPage.h"
#include "repositories/CustomerRepository.h"
#include "security/Permissions.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace frontline {

class TestAutoImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void enableDropAndImport();
    void roleThatMayNotImportDoesNotWatch();

private:
    QTemporaryDir m_settingsDir;
};

void TestAutoImport::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
}

void TestAutoImport::enableDropAndImport()
{
    QTemporaryDir inbox;
    QVERIFY(inbox.isValid());
    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow window;
    window.resize(1280, 800);
    window.setDatabase(crm.open());
    window.setCurrentPage(PageId::ImportExport);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<ImportPage *>(window.page(PageId::ImportExport));
    QVERIFY(page);
    AutoImport *autoImport = window.autoImport();
    QVERIFY(!autoImport->isActive()); // off until someone turns it on
    QGroupBox *group = page->autoImportGroup();
    auto *check = test::child<QCheckBox>(group, u"autoImportCheck"_s);
    auto *folder = test::child<QLineEdit>(group, u"autoImportFolderEdit"_s);
    auto *kind = test::child<QComboBox>(group, u"autoImportKindCombo"_s);
    auto *mapping = test::child<QComboBox>(group, u"autoImportMappingCombo"_s);
    auto *interval = test::child<QSpinBox>(group, u"autoImportIntervalSpin"_s);
    QVERIFY(!check->isChecked());
    QVERIFY(!folder->isEnabled());

    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(check->isChecked());
    QVERIFY(folder->isEnabled());
    folder->setFocus();
    test::typeText(folder, QDir::toNativeSeparators(inbox.path()));
    QCOMPARE(kind->currentData().toString(), u"customers"_s);
    QCOMPARE(mapping->currentData().toString(), QString()); // the headers' own mapping
    interval->setValue(5);
    test::saveShot(&window, u"autoimport-settings"_s);
    QTest::mouseClick(test::child<QPushButton>(group, u"autoImportSaveButton"_s), Qt::LeftButton);
    QVERIFY(autoImport->isActive());
    const ImportFolderSettings saved = ImportFolderSettings::load(*window.database());
    QVERIFY(saved.enabled);
    QCOMPARE(saved.folder, inbox.path());
    QCOMPARE(saved.kind, u"customers"_s);
    QCOMPARE(saved.intervalSeconds, 5);
    QVERIFY(QFileInfo(inbox.filePath(u"done"_s)).isDir());
    QVERIFY(test::child<QLabel>(group, u"autoImportStatus"_s)
                ->text()
                .contains(QDir::toNativeSeparators(inbox.path())));

    // A manager drops this week's sheet into the folder.
    {
        QFile f(inbox.filePath(u"week1.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("客户名称,手机\n自动客户甲,13800007001\n自动客户乙,13800007002\n").toUtf8());
    }
    const qint64 before = CustomerRepository(*window.database(), AccessScope::administrator()).count({});
    QCOMPARE(page->history()->rowCount(), 0);
    // The first look finds it new (it may still be being copied); the next one imports it.
    QVERIFY(autoImport->lookNow());
    QVERIFY(QTest::qWaitFor([&] { return !autoImport->isBusy(); }, 20000));
    QVERIFY(QFile::exists(inbox.filePath(u"week1.csv"_s)));
    QVERIFY(autoImport->lookNow());
    QVERIFY(QTest::qWaitFor([&] { return page->history()->rowCount() == 1; }, 30000));
    QVERIFY(QFile::exists(inbox.filePath(u"done/week1.csv"_s)));
    QVERIFY(QFile::exists(inbox.filePath(u"done/week1.log"_s)));
    QVERIFY(!QFile::exists(inbox.filePath(u"week1.csv"_s)));
    QCOMPARE(page->history()->item(0, 2)->text(), u"week1.csv"_s);
    QCOMPARE(page->history()->item(0, 5)->text(), u"2"_s); // new
    QCOMPARE(CustomerRepository(*window.database(), AccessScope::administrator()).count({}), before + 2);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"week1.csv"_s),
             qPrintable(window.statusBar()->currentMessage()));
    // The group grows for the status's second line (nothing of it cut off).
    QTRY_VERIFY(group->height() >= group->sizeHint().height());
    test::saveShot(&window, u"autoimport-imported"_s);

    // Turned off: no more looks.
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QTest::mouseClick(test::child<QPushButton>(group, u"autoImportSaveButton"_s), Qt::LeftButton);
    QVERIFY(!autoImport->isActive());
    QVERIFY(!autoImport->lookNow());
    QVERIFY(!ImportFolderSettings::load(*window.database()).enabled);
}

void TestAutoImport::roleThatMayNotImportDoesNotWatch()
{
    QTemporaryDir inbox;
    QVERIFY(inbox.isValid());
    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        std::unique_ptr<Database> db = crm.open();
        QVERIFY(db);
        QVERIFY(Permissions(*db).set(AccessScope::administrator(), Role::Rep, PermissionArea::Customers,
                                     PermissionAction::Edit, false));
        ImportFolderSettings s;
        s.enabled = true;
        s.folder = inbox.path();
        s.kind = u"customers"_s;
        QVERIFY(s.save(*db));
    }
    MainWindow window;
    window.setDatabase(crm.open());
    // The administrator (single-user mode) may import: the folder is watched.
    QVERIFY(window.autoImport()->isActive());
    // Acting as rep R1, whose role may not change customers: not watched, and the page says why.
    window.session()->setActingMember(crm.fixture.members.value(u"R1"_s));
    QCOMPARE(window.session()->actingMemberId(), crm.fixture.members.value(u"R1"_s));
    QVERIFY(!window.autoImport()->isActive());
    QVERIFY(!window.autoImport()->lookNow());
    QVERIFY2(window.autoImport()->status().contains(u"张伟"_s), qPrintable(window.autoImport()->status()));
    // Saving it again as the rep is refused (and audited).
    window.setCurrentPage(PageId::ImportExport);
    auto *page = qobject_cast<ImportPage *>(window.page(PageId::ImportExport));
    page->updateNow();
    QVERIFY(test::child<QCheckBox>(page->autoImportGroup(), u"autoImportCheck"_s)->isChecked());
    QVERIFY(!page->saveAutoImport());
    QVERIFY(!test::child<QLabel>(page->autoImportGroup(), u"autoImportMessage"_s)->text().isEmpty());
}

} // namespace frontline

QTEST_MAIN(frontline::TestAutoImport)
#include "tst_autoimport.moc"
