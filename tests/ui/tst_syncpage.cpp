// The Sync & backup page driven as a user would: the manager exports a package for a rep and a
// fresh database imports it through the page; the rep's changes come back and a conflict is
// settled on the Conflicts tab (one at a time and in bulk); a damaged package and a wrong
// passphrase are refused with core's message and change nothing; a backup made with "Back Up
// Now" is restored over later changes. FRONTLINE_TEST_SHOTS=DIR saves pictures of the tabs.
#include "CrmUiTest.h"
#include "backup/BackupFile.h"
#include "pages/sync/BackupsView.h"
#include "pages/sync/ConflictsView.h"
#include "pages/sync/SyncDialogs.h"
#include "pages/sync/SyncPage.h"
#include "pages/sync/TaskRunner.h"
#include "sync/SyncService.h"
#include "util/Translations.h"
#include "widgets/NewPassphraseEdit.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmDatabase;
using frontline::test::DialogHandler;
using frontline::test::TempDatabase;

namespace {

// Rows of every table but the audit log (which records a refused import too).
QMap<QString, qint64> dataRows(Database &db)
{
    QMap<QString, qint64> rows = db.liveRowCounts();
    rows.remove(u"audit_log"_s);
    return rows;
}

const QString TeamKey = u"团队 sync 口令"_s;

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return u"<error>"_s;
    return q.value(0).toString();
}

// A stamped change of one field, the way repositories write.
bool setField(Database &db, const QString &uuid, const QString &field, const QString &value)
{
    const SyncStamp s = db.stamp();
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE customer SET %1 = ?, hlc = ?, device_id = ? WHERE uuid = ?"_s.arg(field));
    q.addBindValue(value);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(uuid);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qWarning("%s: %s (%d rows)", qPrintable(field), qPrintable(q.lastError().text()),
                 q.numRowsAffected());
        return false;
    }
    return true;
}

void clickOk(QDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Answers the passphrase dialog: typed once (Enter) or twice (Confirm, Set).
void answerPassphrase(TeamPassphraseDialog *dialog, const QString &passphrase)
{
    for (PasswordLineEdit *edit : dialog->findChildren<PasswordLineEdit *>())
        edit->setText(passphrase);
    clickOk(dialog);
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportForARepAndImportOnAFreshDatabase();
    void conflictsAreSettledOnThePage();
    void refusedPackagesChangeNothing();
    void backUpNowAndRestore();

private:
    // A main window on db, showing the Sync page.
    std::unique_ptr<MainWindow> window(std::unique_ptr<Database> db);
    static SyncPage *page(MainWindow &w) { return qobject_cast<SyncPage *>(w.page(PageId::Sync)); }
    // The manager exports R1's package through the page into file.
    bool exportFor(MainWindow &w, const QString &member, const QString &file);
    // Imports files through the page, answering the passphrase dialog if it comes.
    bool importFiles(MainWindow &w, const QStringList &files, const QString &passphrase = TeamKey);
    // A new, empty database that has imported R1's package, in its own window.
    std::unique_ptr<MainWindow> repWindow(const QString &package);
    // A file in this test's own folder.
    QString file(const QString &name) const { return m_dir.filePath(u"%1/%2"_s.arg(m_test).arg(name)); }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TempDatabase> m_fresh;
    int m_test = 0;
};

void TestSyncPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_settingsDir);
    qputenv("FRONTLINE_NO_KEYCHAIN", "1"); // the passphrase is asked for, never read from a keychain
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
}

void TestSyncPage::init()
{
    QSettings().clear();
    QVERIFY(QDir(m_dir.path()).mkpath(QString::number(++m_test)));
    m_crm = std::make_unique<CrmDatabase>();
    QCOMPARE(m_crm->build(), QString());
    m_window = window(m_crm->open());
}

void TestSyncPage::cleanup()
{
    m_window.reset();
    m_fresh.reset();
    m_crm.reset();
}

std::unique_ptr<MainWindow> TestSyncPage::window(std::unique_ptr<Database> db)
{
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 800);
    w->setDatabase(std::move(db));
    page(*w)->setPackageIterations(1000); // real packages take 600,000 rounds
    w->setCurrentPage(PageId::Sync);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

bool TestSyncPage::exportFor(MainWindow &w, const QString &member, const QString &path)
{
    SyncPage *p = page(w);
    DialogHandler<ExportPackageDialog> exportDialog([&](ExportPackageDialog *d) {
        auto *combo = d->findChild<QComboBox *>(u"memberCombo"_s);
        combo->setCurrentIndex(combo->findData(member));
        d->findChild<QLineEdit *>(u"fileEdit"_s)->setText(path);
        clickOk(d);
    });
    DialogHandler<TeamPassphraseDialog> passphrase(
        [](TeamPassphraseDialog *d) { answerPassphrase(d, TeamKey); });
    QTest::mouseClick(p->findChild<QPushButton *>(u"exportForRepButton"_s), Qt::LeftButton);
    if (!exportDialog.handled())
        return false;
    return QTest::qWaitFor([p] { return !p->isBusy(); }, 20000) &&
           p->message()->kind() == StatusLabel::Success && QFileInfo::exists(path);
}

bool TestSyncPage::importFiles(MainWindow &w, const QStringList &files, const QString &passphrase)
{
    SyncPage *p = page(w);
    DialogHandler<TeamPassphraseDialog> dialog(
        [&](TeamPassphraseDialog *d) { answerPassphrase(d, passphrase); });
    p->importPackages(files);
    return QTest::qWaitFor([p] { return !p->isBusy(); }, 20000);
}

std::unique_ptr<MainWindow> TestSyncPage::repWindow(const QString &package)
{
    m_fresh = std::make_unique<TempDatabase>();
    m_fresh->db().close();
    auto db = std::make_unique<Database>();
    if (db->open(m_fresh->path(), TempDatabase::passphrase()))
        return nullptr;
    auto w = window(std::move(db));
    if (!w || !importFiles(*w, {package}))
        return nullptr;
    return w;
}

void TestSyncPage::exportForARepAndImportOnAFreshDatabase()
{
    SyncPage *manager = page(*m_window);
    QVERIFY(manager->findChild<QPushButton *>(u"exportForRepButton"_s)->isVisible());
    QVERIFY(!manager->findChild<QPushButton *>(u"exportChangesButton"_s)->isVisible());
    const QString package = file(u"R1.flsync"_s);
    QVERIFY(exportFor(*m_window, u"R1"_s, package));
    QCOMPARE(manager->message()->kind(), StatusLabel::Success);
    QVERIFY2(manager->message()->text().contains(package), qPrintable(manager->message()->text()));
    // The history shows the package sent, the status where R1 stands.
    QTableWidget *history = manager->historyTable();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->data(Qt::UserRole).toString(), u"export"_s);
    QCOMPARE(history->item(0, 2)->text(), u"R1"_s);
    QCOMPARE(history->item(0, 8)->text(), u"R1.flsync"_s);
    QCOMPARE(manager->statusTable()->rowCount(), 1);
    QVERIFY(manager->statusTable()->item(0, 0)->text().contains(u"R1"_s));
    QVERIFY(manager->statusTable()->item(0, 0)->text().contains(u"张伟"_s));

    // A fresh database imports it through the page and becomes R1's.
    std::unique_ptr<MainWindow> rep = repWindow(package);
    QVERIFY(rep);
    SyncPage *repPage = page(*rep);
    QCOMPARE(repPage->message()->kind(), StatusLabel::Success);
    QVERIFY2(repPage->message()->text().contains(u"R1"_s), qPrintable(repPage->message()->text()));
    Database &repDb = *rep->database();
    const SyncState state = SyncService(repDb).state();
    QCOMPARE(state.role, SyncState::Rep);
    QCOMPARE(state.memberCode, u"R1"_s);
    // R1's one customer (with its visit, order…), nobody else's.
    QCOMPARE(scalar(repDb, u"SELECT group_concat(name) FROM customer WHERE deleted = 0"_s),
             u"北京华联商厦"_s);
    QCOMPARE(repPage->historyTable()->rowCount(), 1);
    QCOMPARE(repPage->historyTable()->item(0, 1)->data(Qt::UserRole).toString(), u"import"_s);
    // The page turned into the rep's: "export my changes" instead of "export for a rep".
    QVERIFY(repPage->findChild<QPushButton *>(u"exportChangesButton"_s)->isVisible());
    QVERIFY(!repPage->findChild<QPushButton *>(u"exportForRepButton"_s)->isVisible());
    QCOMPARE(repPage->findChild<QLabel *>(u"syncStatusText"_s)->property("pending").toLongLong(), 0);

    // An offline edit is a pending change until exported.
    QVERIFY(setField(repDb, scalar(repDb, u"SELECT uuid FROM customer"_s), u"notes"_s, u"周三拜访"_s));
    rep->session()->notifyChanged(Session::Customers);
    QCOMPARE(repPage->findChild<QLabel *>(u"syncStatusText"_s)->property("pending").toLongLong(), 1);
    QCOMPARE(SyncService(repDb).pendingChanges(), 1);
    test::saveShot(rep.get(), u"sync-rep"_s);
}

void TestSyncPage::conflictsAreSettledOnThePage()
{
    const QString package = file(u"R1.flsync"_s);
    QVERIFY(exportFor(*m_window, u"R1"_s, package));
    std::unique_ptr<MainWindow> rep = repWindow(package);
    QVERIFY(rep);
    QVERIFY2(page(*rep)->message()->kind() == StatusLabel::Success,
             qPrintable(page(*rep)->message()->text()));
    Database &m = *m_window->database();
    Database &r = *rep->database();
    const QString c1 = scalar(m, u"SELECT uuid FROM customer WHERE name = '北京华联商厦'"_s);
    // Both change the notes and the grade; the rep's changes are later.
    QVERIFY(setField(m, c1, u"notes"_s, u"经理: 月底前签约"_s));
    QVERIFY(setField(m, c1, u"grade"_s, u"A"_s));
    QThread::msleep(3);
    QVERIFY(setField(r, c1, u"notes"_s, u"销售: 客户要求降价"_s));
    QVERIFY(setField(r, c1, u"grade"_s, u"C"_s));
    QVERIFY(setField(r, c1, u"city"_s, u"北京"_s)); // only the rep: no conflict

    // The rep exports their changes through the page.
    SyncPage *repPage = page(*rep);
    DialogHandler<ExportPackageDialog> exportDialog([&](ExportPackageDialog *d) {
        QVERIFY(!d->findChild<QComboBox *>(u"memberCombo"_s));
        d->findChild<QLineEdit *>(u"fileEdit"_s)->setText(file(u"R1-changes.flsync"_s));
        clickOk(d);
    });
    {
        // The passphrase was given once for this database: not asked again.
        DialogHandler<TeamPassphraseDialog> notAsked([](TeamPassphraseDialog *d) { d->reject(); });
        QTest::mouseClick(repPage->findChild<QPushButton *>(u"exportChangesButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([repPage] { return !repPage->isBusy(); }, 20000));
        QVERIFY(!notAsked.handled());
    }
    QVERIFY(exportDialog.handled());
    QCOMPARE(repPage->message()->kind(), StatusLabel::Success);

    // The manager imports it: two conflicts queued, the page says so.
    SyncPage *p = page(*m_window);
    QVERIFY(importFiles(*m_window, {file(u"R1-changes.flsync"_s)}));
    QCOMPARE(p->message()->kind(), StatusLabel::Warning);
    QVERIFY2(p->message()->text().contains(u"R1-changes.flsync"_s), qPrintable(p->message()->text()));
    QCOMPARE(SyncService(m).conflicts().size(), 2);
    QCOMPARE(scalar(m, u"SELECT city FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"北京"_s);
    p->tabs()->setCurrentIndex(SyncPage::ConflictsTab);
    QTableWidget *table = p->conflictsView()->conflictTable();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(p->tabs()->tabText(SyncPage::ConflictsTab).contains(u'2'));
    int notesRow = table->item(0, 1)->text() == u"notes"_s ? 0 : 1;
    QCOMPARE(table->item(notesRow, 1)->text(), u"notes"_s);
    QCOMPARE(table->item(notesRow, 2)->text(), u"经理: 月底前签约"_s);   // ours
    QCOMPARE(table->item(notesRow, 4)->text(), u"销售: 客户要求降价"_s); // theirs
    QVERIFY(table->item(notesRow, 5)->text().startsWith(u"R1"_s));

    // Keep ours for the notes: the database holds the manager's value again.
    table->selectRow(notesRow);
    test::saveShot(m_window.get(), u"sync-conflicts"_s);
    QTest::mouseClick(p->conflictsView()->findChild<QPushButton *>(u"keepMineButton"_s), Qt::LeftButton);
    QCOMPARE(scalar(m, u"SELECT notes FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"经理: 月底前签约"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(SyncService(m).conflicts().size(), 1);
    QCOMPARE(SyncService(m).conflicts(false).size(), 2);

    // The rest in bulk: select all, keep theirs.
    table->selectAll();
    QTest::mouseClick(p->conflictsView()->findChild<QPushButton *>(u"keepTheirsButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(SyncService(m).conflicts().size(), 0);
    QCOMPARE(scalar(m, u"SELECT grade FROM customer WHERE uuid = '%1'"_s.arg(c1)), u"C"_s);
    QVERIFY(!p->tabs()->tabText(SyncPage::ConflictsTab).contains(u'2'));
    QCOMPARE(p->conflictsView()->message()->kind(), StatusLabel::Success);

    p->tabs()->setCurrentIndex(SyncPage::SyncTab);
    test::saveShot(m_window.get(), u"sync-manager"_s);
}

void TestSyncPage::refusedPackagesChangeNothing()
{
    const QString package = file(u"R1.flsync"_s);
    QVERIFY(exportFor(*m_window, u"R1"_s, package));
    // One byte of the body changed.
    QFile in(package);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x20);
    const QString tampered = file(u"tampered.flsync"_s);
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    SyncPackageReader reader;
    const SyncPackageError expected = reader.open(tampered, SecureBytes::fromString(TeamKey));
    QCOMPARE(expected.kind(), SyncPackageError::Tampered);

    m_fresh = std::make_unique<TempDatabase>();
    m_fresh->db().close();
    auto db = std::make_unique<Database>();
    QVERIFY(!db->open(m_fresh->path(), TempDatabase::passphrase()));
    std::unique_ptr<MainWindow> w = window(std::move(db));
    QVERIFY(w);
    Database &fresh = *w->database();
    const QMap<QString, qint64> before = dataRows(fresh);
    SyncPage *p = page(*w);

    // A wrong passphrase: refused with its own message.
    const SyncPackageError wrongKey = SyncPackageReader().open(package, SecureBytes::fromString(u"wrong"_s));
    QCOMPARE(wrongKey.kind(), SyncPackageError::WrongKey);
    QVERIFY(importFiles(*w, {package}, u"wrong"_s));
    QCOMPARE(p->message()->kind(), StatusLabel::Error);
    QVERIFY2(p->message()->text().contains(wrongKey.message()), qPrintable(p->message()->text()));
    QCOMPARE(dataRows(fresh), before);

    {
        // Asked for again, right this time; the package is damaged: refused too.
        DialogHandler<TeamPassphraseDialog> askedAgain(
            [](TeamPassphraseDialog *d) { answerPassphrase(d, TeamKey); });
        p->importPackages({tampered});
        QVERIFY(QTest::qWaitFor([p] { return !p->isBusy(); }, 20000));
        QVERIFY(askedAgain.handled());
    }
    QCOMPARE(p->message()->kind(), StatusLabel::Error);
    QVERIFY2(p->message()->text().contains(expected.message()), qPrintable(p->message()->text()));
    QVERIFY(p->message()->text().contains(u"tampered.flsync"_s));
    QCOMPARE(dataRows(fresh), before);
    QCOMPARE(SyncService(fresh).state().role, SyncState::Unsynced);
    QCOMPARE(p->historyTable()->rowCount(), 0);
    test::saveShot(w.get(), u"sync-refused"_s);

    // The sound package, with the passphrase remembered for this database: imported.
    {
        DialogHandler<TeamPassphraseDialog> notAsked([](TeamPassphraseDialog *d) { d->reject(); });
        p->importPackages({package});
        QVERIFY(QTest::qWaitFor([p] { return !p->isBusy(); }, 20000));
        QVERIFY(!notAsked.handled());
    }
    QCOMPARE(p->message()->kind(), StatusLabel::Success);
    QCOMPARE(SyncService(fresh).state().role, SyncState::Rep);
}

void TestSyncPage::backUpNowAndRestore()
{
    SyncPage *p = page(*m_window);
    p->tabs()->setCurrentIndex(SyncPage::BackupsTab);
    BackupsView *view = p->backupsView();
    const QString folder = file(u"backups"_s);
    DialogHandler<BackupNowDialog> backupDialog([&](BackupNowDialog *d) {
        QVERIFY(d->findChild<QRadioButton *>(u"samePassphraseRadio"_s)->isChecked());
        d->findChild<QLineEdit *>(u"folderEdit"_s)->setText(folder);
        clickOk(d);
    });
    QTest::mouseClick(view->findChild<QPushButton *>(u"backUpNowButton"_s), Qt::LeftButton);
    QVERIFY(backupDialog.handled());
    QVERIFY(QTest::qWaitFor([p] { return !p->isBusy(); }, 20000));
    QVERIFY2(view->message()->kind() == StatusLabel::Success, qPrintable(view->message()->text()));
    QTableWidget *table = view->backupTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->data(Qt::UserRole).toString(), u"verified"_s);
    const QString backup = table->item(0, 0)->data(Qt::UserRole).toString();
    QVERIFY(backup.startsWith(folder));
    QVERIFY(BackupFile::parseFileName(QFileInfo(backup).fileName()).valid);

    // Changes after the backup…
    Database &db = *m_window->database();
    const QMap<QString, qint64> atBackup = db.liveRowCounts();
    QVERIFY(atBackup.value(u"customer"_s) == 3);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"UPDATE customer SET deleted = 1 WHERE name = '上海宝钢贸易'"_s));
    QCOMPARE(db.liveRowCounts().value(u"customer"_s), 2);
    test::saveShot(m_window.get(), u"sync-backups"_s);

    // …are undone by restoring it: a wrong passphrase is caught in the dialog first.
    table->selectRow(0);
    bool wrongRefused = false;
    DialogHandler<RestoreDialog> restoreDialog([&](RestoreDialog *d) {
        auto *edit = d->findChild<PasswordLineEdit *>(u"databasePassphraseEdit"_s);
        edit->setText(u"wrong"_s);
        clickOk(d);
        wrongRefused = d->isVisible() && !d->findChild<StatusLabel *>(u"errorLabel"_s)->text().isEmpty();
        edit->setText(QString::fromUtf8(TempDatabase::passphrase().toByteArray()));
        clickOk(d);
    });
    const QString path = db.path();
    QTest::mouseClick(view->findChild<QPushButton *>(u"restoreButton"_s), Qt::LeftButton);
    QVERIFY(restoreDialog.handled());
    QVERIFY(wrongRefused);
    QVERIFY(QTest::qWaitFor([p] { return !p->isBusy(); }, 20000));
    QVERIFY2(view->message()->kind() == StatusLabel::Success, qPrintable(view->message()->text()));
    QVERIFY(m_window->database()->isOpen());
    QCOMPARE(m_window->database()->path(), path);
    QCOMPARE(m_window->database()->liveRowCounts(), atBackup);
    // The replaced database is kept beside it.
    const QStringList aside =
        QDir(QFileInfo(path).absolutePath()).entryList({QFileInfo(path).fileName() + u".before-restore-*"_s});
    QCOMPARE(aside.size(), 1);
    QVERIFY(view->message()->text().contains(aside.constFirst()));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
