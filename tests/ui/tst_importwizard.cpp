// The import wizard and page, driven as a user does: choose the sample GBK customers file, see
// the detected encoding and the dry run's counts before anything is written, import it off the
// UI thread, find the batch in the history, and undo it.
#include "CrmUiTest.h"
#include "import/ImportHistory.h"
#include "pages/import/ImportPage.h"
#include "pages/import/ImportWizard.h"
#include "repositories/CustomerRepository.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace frontline {

class TestImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewThenImportThenUndo();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestImportWizard::previewThenImportThenUndo()
{
    // A copy, so that the rejects file is written beside it and not beside the test data.
    const QString sample = QFINDTESTDATA("../data/samples/customers_gbk.csv");
    QVERIFY(!sample.isEmpty());
    const QString path = m_files.filePath(u"customers_gbk.csv"_s);
    QVERIFY(QFile::copy(sample, path));

    test::CrmDatabase crm;
    const QString problem = crm.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow window;
    window.setDatabase(crm.open());
    window.setCurrentPage(PageId::ImportExport);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<ImportPage *>(window.page(PageId::ImportExport));
    QVERIFY(page);
    QCOMPARE(page->history()->rowCount(), 0);
    const qint64 before = CustomerRepository(*window.database(), AccessScope::administrator()).count({});

    // The wizard is modal: drive it from inside its event loop.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        wizard->setFile(path, u"customers"_s);
        QVERIFY(test::child<QLabel>(wizard, u"detectedLabel"_s)->text().contains(u"GB18030"_s));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        // The dry run: counts shown, nothing written yet.
        QVERIFY(QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 20000));
        const QString info = test::child<QLabel>(wizard, u"previewInfo"_s)->text();
        QVERIFY2(info.contains(u"143 rows read"_s) && info.contains(u"3 rejected"_s), qPrintable(info));
        QVERIFY(test::child<QTableWidget>(wizard, u"previewTable"_s)->rowCount() > 0);
        QCOMPARE(CustomerRepository(*window.database(), AccessScope::administrator()).count({}), before);
        test::saveShot(wizard, u"import-preview"_s);
        wizard->next();
        QVERIFY(QTest::qWaitFor([&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }, 30000));
        const ImportSummary &result = wizard->result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 120);
        QCOMPARE(result.merged, 20);
        QCOMPARE(result.rejected, 3);
        QVERIFY(QFileInfo::exists(result.rejectsFile));
        test::saveShot(wizard, u"import-done"_s);
        wizard->accept();
        driven = true;
    });
    page->importFile();
    QVERIFY(driven);
    QCOMPARE(CustomerRepository(*window.database(), AccessScope::administrator()).count({}), before + 120);

    // The batch is in the history; undo takes the customers away again.
    QCOMPARE(page->history()->rowCount(), 1);
    page->history()->selectRow(0);
    // Yes to the question, then OK to the report after it.
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (QAbstractButton *yes = box->button(QMessageBox::Yes))
            yes->click();
        else if (QAbstractButton *ok = box->button(QMessageBox::Ok))
            ok->click();
    });
    answer.start(50);
    page->undoSelected();
    QCOMPARE(CustomerRepository(*window.database(), AccessScope::administrator()).count({}), before);
    QVERIFY(page->history()->item(0, 10)->text().startsWith(u"Undone"_s));
}

} // namespace frontline

QTEST_MAIN(frontline::TestImportWizard)
#include "tst_importwizard.moc"
