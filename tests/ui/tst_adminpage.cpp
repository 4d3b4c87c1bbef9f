// The administration page, driven as an administrator would: adding a user, resetting a
// password, disabling and unlocking accounts, ticking the permission matrix, filtering and
// exporting the audit log, editing the privacy notice; and a rep who cannot get in. With
// FRONTLINE_TEST_SHOTS set it saves pictures of the login dialog and the page (LOOK_LANG=zh_CN).
#include "SecurityUiTest.h"
#include "analytics/Period.h"
#include "backup/BackupWriter.h"
#include "commission/Commissions.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/PasswordDialog.h"
#include "dialogs/UserDialog.h"
#include "models/AuditTableModel.h"
#include "pages/admin/AdminPage.h"
#include "pages/admin/AuditPanel.h"
#include "pages/admin/PermissionsPanel.h"
#include "pages/admin/PrivacyNoticePanel.h"
#include "pages/admin/UsersPanel.h"
#include "print/PrintDocument.h"
#include "privacy/Privacy.h"
#include "repositories/CustomerRepository.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "util/Translations.h"
#include "widgets/StatusLabel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestAdminPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addUserCreatesAnAccountThatMustChangeItsPassword();
    void resetDisableAndUnlock();
    void permissionMatrixIsEditedWithTheKeyboard();
    void auditFiltersNarrowTheList();
    void auditExportIsWrittenAndAudited();
    void privacyNoticeIsSavedAndPrinted();
    void aManagerMaySeeButNotChangePermissions();
    void screenshots();

private:
    void selectUser(const QString &name);
    // A working day for the pictures: more accounts (one locked out, one disabled) and the
    // entries real actions leave in the audit log.
    void busyDay();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    AdminPage *m_page = nullptr;
    qint64 m_repId = 0;
};

void TestAdminPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    const QString language = qEnvironmentVariable("LOOK_LANG", u"en"_s);
    Translations::install(language);
    test::useFastPasswordHashing();
}

void TestAdminPage::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(test::addAccounts(*m_crm, nullptr, &m_repId).isEmpty());
    m_window = std::make_unique<MainWindow>();
    test::DialogHandler<LoginDialog> login(
        [](LoginDialog *dialog) { test::typeLogin(dialog, u"boss"_s, test::BossPassword); });
    m_window->setDatabase(m_crm->open());
    QVERIFY(login.handled());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->setCurrentPage(PageId::Admin);
    QCOMPARE(m_window->currentPage(), PageId::Admin);
    m_page = qobject_cast<AdminPage *>(m_window->page(PageId::Admin));
    QVERIFY(m_page && m_page->isVisible());
}

void TestAdminPage::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

void TestAdminPage::selectUser(const QString &name)
{
    QTableWidget *table = m_page->usersPanel()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 0)).center());
            return;
        }
    }
    QFAIL("No such user in the table");
}

void TestAdminPage::addUserCreatesAnAccountThatMustChangeItsPassword()
{
    UsersPanel *users = m_page->usersPanel();
    QCOMPARE(users->table()->rowCount(), 2);
    const qint64 manager = m_crm->fixture.members.value(u"M1"_s);
    const qint64 rep = m_crm->fixture.members.value(u"R1"_s);
    test::DialogHandler<UserDialog> add([manager, rep](UserDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"userNameEdit"_s), u"wang"_s);
        auto *member = dialog->findChild<QComboBox *>(u"memberCombo"_s);
        member->setCurrentIndex(member->findData(manager));
        // R1 has an account already: not offered again.
        QCOMPARE(member->findData(rep), -1);
        test::typeNewPassword(dialog, u"wang-start-1"_s);
    });
    QTest::mouseClick(users->findChild<QPushButton *>(u"addUserButton"_s), Qt::LeftButton);
    QVERIFY(add.handled());
    QCOMPARE(users->table()->rowCount(), 3);
    const std::optional<UserAccount> wang = UserAccounts(*m_window->database()).find(u"wang"_s);
    QVERIFY(wang);
    QCOMPARE(wang->memberId, manager);
    QCOMPARE(wang->role, Role::Manager);
    QVERIFY(wang->mustChangePassword);
    const QList<AuditEntry> changes =
        AuditLog(*m_window->database()).entries(test::auditFilter({AuditAction::UserChange}, u"created"_s));
    QCOMPARE(changes.first().target, u"user:wang"_s);
    QCOMPARE(changes.first().userName, u"boss"_s);
}

void TestAdminPage::resetDisableAndUnlock()
{
    Database &db = *m_window->database();
    UsersPanel *users = m_page->usersPanel();
    // The rep chose a password, then locked themself out.
    QString error;
    QVERIFY(UserAccounts(db).changePassword(m_repId, SecureBytes::fromString(test::RepInitial),
                                            SecureBytes::fromString(test::RepOwn), &error));
    for (int i = 0; i < 5; ++i)
        UserAccounts(db).login(u"zhang.wei"_s, SecureBytes::fromString(u"wrong"_s));
    users->reload();
    selectUser(u"zhang.wei"_s);
    auto *unlock = users->findChild<QPushButton *>(u"unlockUserButton"_s);
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(!UserAccounts(db).find(u"zhang.wei"_s)->lockedUntil.isValid());
    QVERIFY(UserAccounts(db).login(u"zhang.wei"_s, SecureBytes::fromString(test::RepOwn)).ok());

    selectUser(u"zhang.wei"_s);
    test::DialogHandler<PasswordDialog> reset(
        [](PasswordDialog *dialog) { test::typeNewPassword(dialog, u"fresh-start-3"_s); });
    QTest::mouseClick(users->findChild<QPushButton *>(u"resetPasswordButton"_s), Qt::LeftButton);
    QVERIFY(reset.handled());
    QVERIFY(UserAccounts(db).find(u"zhang.wei"_s)->mustChangePassword);
    QVERIFY(UserAccounts(db).login(u"zhang.wei"_s, SecureBytes::fromString(u"fresh-start-3"_s)).ok());

    selectUser(u"zhang.wei"_s);
    QTest::mouseClick(users->findChild<QPushButton *>(u"toggleActiveButton"_s), Qt::LeftButton);
    QVERIFY(!UserAccounts(db).find(u"zhang.wei"_s)->active);
    QCOMPARE(UserAccounts(db).login(u"zhang.wei"_s, SecureBytes::fromString(u"fresh-start-3"_s)).status,
             LoginResult::Disabled);
    // The administrator cannot disable themself: core refuses, the panel says why.
    selectUser(u"boss"_s);
    QTest::mouseClick(users->findChild<QPushButton *>(u"toggleActiveButton"_s), Qt::LeftButton);
    QVERIFY(UserAccounts(db).find(u"boss"_s)->active);
    QCOMPARE(users->findChild<StatusLabel *>(u"usersStatus"_s)->kind(), StatusLabel::Error);
}

void TestAdminPage::permissionMatrixIsEditedWithTheKeyboard()
{
    m_page->tabs()->setCurrentWidget(m_page->permissionsPanel());
    PermissionsPanel *panel = m_page->permissionsPanel();
    Database &db = *m_window->database();
    const bool before =
        Permissions(db).allows(Role::Rep, PermissionArea::Customers, PermissionAction::Export);
    QTableWidgetItem *cell = panel->cell(Role::Rep, PermissionArea::Customers, PermissionAction::Export);
    QVERIFY(cell);
    QCOMPARE(cell->checkState() == Qt::Checked, before);
    QTableWidget *table = panel->table();
    table->setFocus();
    table->setCurrentItem(cell);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(cell->checkState() == Qt::Checked, !before);
    QCOMPARE(Permissions(db).allows(Role::Rep, PermissionArea::Customers, PermissionAction::Export), !before);
    const QList<AuditEntry> changes =
        AuditLog(db).entries(test::auditFilter({AuditAction::PermissionChange}));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().target, u"role:rep customers/export"_s);
    // The administrator's row is not offered.
    QVERIFY(!panel->cell(Role::Admin, PermissionArea::Users, PermissionAction::Edit));
}

void TestAdminPage::auditFiltersNarrowTheList()
{
    Database &db = *m_window->database();
    UserAccounts(db).login(u"zhang.wei"_s, SecureBytes::fromString(u"wrong"_s));
    m_page->tabs()->setCurrentWidget(m_page->auditPanel());
    AuditPanel *panel = m_page->auditPanel();
    AuditTableModel *model = panel->model();
    QAbstractItemModelTester tester(model);
    const int all = model->rowCount();
    // The accounts' creation (2), the boss's login, the rep's failed one.
    QCOMPARE(all, int(AuditLog(db).entries().size()));
    QVERIFY(all >= 4);

    auto *action = panel->findChild<QComboBox *>(u"auditAction"_s);
    action->setCurrentIndex(action->findData(QString(AuditAction::LoginFailed)));
    Q_EMIT action->activated(action->currentIndex());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entries().first().target, u"user:zhang.wei"_s);
    action->setCurrentIndex(0);
    Q_EMIT action->activated(0);
    QCOMPARE(model->rowCount(), all);

    auto *user = panel->findChild<QComboBox *>(u"auditUser"_s);
    user->setCurrentIndex(user->findData(u"boss"_s));
    Q_EMIT user->activated(user->currentIndex());
    for (const AuditEntry &e : model->entries())
        QCOMPARE(e.userName, u"boss"_s);
    user->setCurrentIndex(0);
    Q_EMIT user->activated(0);

    auto *text = panel->findChild<QLineEdit *>(u"auditText"_s);
    QTest::keyClicks(text, u"ZHANG.WEI"_s);
    QVERIFY(model->rowCount() >= 2); // created, failed login
    for (const AuditEntry &e : model->entries())
        QVERIFY(QString(e.target + e.detail + e.location).contains(u"zhang.wei"_s));
    text->clear();
    // A day before anything was logged.
    auto *to = panel->findChild<QDateEdit *>(u"auditTo"_s);
    to->setDate(QDate::currentDate().addDays(-2));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(panel->findChild<StatusLabel *>(u"auditChain"_s)->kind(), StatusLabel::Success);
}

void TestAdminPage::auditExportIsWrittenAndAudited()
{
    m_page->tabs()->setCurrentWidget(m_page->auditPanel());
    AuditPanel *panel = m_page->auditPanel();
    const int shown = panel->model()->rowCount();
    const QString path = m_files.filePath(u"audit.csv"_s);
    QVERIFY(panel->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY(lines.first().contains("id,at,user"));
    const QList<AuditEntry> exports =
        AuditLog(*m_window->database()).entries(test::auditFilter({AuditAction::Export}));
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().rows, qint64(shown));
    QCOMPARE(exports.first().target, u"audit"_s);
    // The export is in the list now.
    QCOMPARE(panel->model()->rowCount(), shown + 1);
}

void TestAdminPage::privacyNoticeIsSavedAndPrinted()
{
    m_page->tabs()->setCurrentWidget(m_page->noticePanel());
    PrivacyNoticePanel *panel = m_page->noticePanel();
    QPlainTextEdit *edit = panel->editor();
    QCOMPARE(edit->toPlainText(), Privacy::defaultNotice());
    edit->selectAll();
    test::typeText(edit, u"我们只为销售服务保存您的联系方式。"_s);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"saveNoticeButton"_s), Qt::LeftButton);
    Privacy privacy(*m_window->database(), m_window->session()->scope());
    QCOMPARE(privacy.notice(), u"我们只为销售服务保存您的联系方式。"_s);
    const QString pdf = m_files.filePath(u"notice.pdf"_s);
    QVERIFY(panel->saveAsPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // Printing paints the same document on the printer the user chose: here one that writes a
    // PDF, as there is no print server in a test.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_files.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    printer.setPageLayout(PrintDocument::a4());
    QCOMPARE(panel->printTo(&printer), 1);
    QFile printedFile(printed);
    QVERIFY(printedFile.open(QIODevice::ReadOnly));
    QVERIFY(printedFile.read(5) == "%PDF-");
    QVERIFY(printedFile.size() > 1000);
    // A long notice flows over pages between its paragraphs.
    edit->setPlainText(
        QStringList(150, u"我们只为销售服务保存您的姓名、电话和拜访记录，不出售也不提供给他人。"_s)
            .join(u'\n'));
    QPrinter second(QPrinter::HighResolution);
    second.setOutputFormat(QPrinter::PdfFormat);
    second.setOutputFileName(m_files.filePath(u"long.pdf"_s));
    second.setPageLayout(PrintDocument::a4());
    const int pages = panel->printTo(&second);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

    // The buttons open the preview (the same pages) and the print dialog; both are closed here.
    int previewed = 0;
    test::DialogHandler<QPrintPreviewDialog> preview([&previewed](QPrintPreviewDialog *dialog) {
        if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
            previewed = widget->pageCount();
        QApplication::processEvents();
        test::saveShot(dialog, u"notice-preview"_s);
        dialog->reject();
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(u"noticePreviewButton"_s), Qt::LeftButton);
    QVERIFY(preview.handled());
    QCOMPARE(previewed, pages);
    test::DialogHandler<QPrintDialog> print([](QPrintDialog *dialog) { dialog->reject(); });
    QTest::mouseClick(panel->findChild<QPushButton *>(u"noticePrintButton"_s), Qt::LeftButton);
    QVERIFY(print.handled());
}

void TestAdminPage::aManagerMaySeeButNotChangePermissions()
{
    // A manager allowed to view users enters the page, but only the administrator ticks the matrix.
    Database &db = *m_window->database();
    QString error;
    QVERIFY(Permissions(db).set(AccessScope::administrator(), Role::Manager, PermissionArea::Users,
                                PermissionAction::View, true, &error));
    const qint64 manager = m_crm->fixture.members.value(u"M1"_s);
    QVERIFY(UserAccounts(db).create(UserAccounts::singleUserSession(), u"wang"_s, manager,
                                    SecureBytes::fromString(u"wang-start-1"_s), &error));
    test::DialogHandler<LoginDialog> login([](LoginDialog *dialog) {
        test::typeLogin(dialog, u"wang"_s, u"wang-start-1"_s);
        test::typeNewPassword(dialog, u"wang-own-pass-2"_s);
    });
    m_window->logOut();
    QVERIFY(login.handled());
    QCOMPARE(m_window->session()->scope().role(), Role::Manager);
    m_window->setCurrentPage(PageId::Admin);
    QCOMPARE(m_window->currentPage(), PageId::Admin);
    m_page->tabs()->setCurrentWidget(m_page->permissionsPanel());
    QTableWidgetItem *cell =
        m_page->permissionsPanel()->cell(Role::Rep, PermissionArea::Customers, PermissionAction::Export);
    QVERIFY(!(cell->flags() & Qt::ItemIsUserCheckable));
}

void TestAdminPage::busyDay()
{
    Database *db = m_window->database();
    const UserSession boss = m_window->session()->user();
    UserAccounts accounts(*db);
    QString error;
    qint64 disabled = 0;
    const QList<std::pair<QString, QString>> people{
        {u"wang.jl"_s, u"M1"_s}, {u"li.na"_s, u"R2"_s}, {u"liu.yang"_s, u"R3"_s}, {u"kefu"_s, u"S1"_s}};
    for (const auto &[name, code] : people) {
        const qint64 id = accounts.create(boss, name, m_crm->fixture.members.value(code),
                                          SecureBytes::fromString(u"start-pass-1"_s), &error);
        QVERIFY2(id, qPrintable(error));
        disabled = name == u"liu.yang"_s ? id : disabled;
    }
    QVERIFY(accounts.setActive(boss, disabled, false, &error));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!accounts.login(u"li.na"_s, SecureBytes::fromString(u"guess-%1"_s.arg(i))).ok());
    // Deleted by mistake and restored; a rep may export their customers from now on (and no
    // longer after a second thought); the March commissions to Excel; a backup.
    const qint64 c3 = m_crm->fixture.customers.value(u"c3"_s);
    CustomerRepository customers(*db, boss.scope);
    QVERIFY(customers.remove(c3) && customers.restore(c3));
    Permissions permissions(*db);
    QVERIFY(
        permissions.set(boss.scope, Role::Rep, PermissionArea::Customers, PermissionAction::Export, true));
    QVERIFY(
        permissions.set(boss.scope, Role::Rep, PermissionArea::Customers, PermissionAction::Export, false));
    commission::Commissions commissions(*db, boss.scope);
    const std::optional<commission::TeamSummary> march =
        commissions.summary(*analytics::Period::parse(u"2025-03"_s));
    QVERIFY(march);
    QVERIFY(commissions.exportSummary(*march, m_files.filePath(u"提成-2025-03.xlsx"_s), u"xlsx"_s));
    BackupOptions backup;
    backup.databaseKey = true;
    QVERIFY(BackupWriter::write(*db, m_files.filePath(u"team-backup.fbackup"_s), backup).ok());
    // Away from the desk: the window locks; the passphrase and the login bring the boss back.
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(m_window->lock(UserAccounts::LockCause::Idle));
    test::DialogHandler<PassphraseDialog> passphrase([](PassphraseDialog *dialog) {
        test::typeText(dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s),
                       QString::fromUtf8(test::TempDatabase::Passphrase));
        QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    });
    test::DialogHandler<LoginDialog> login(
        [](LoginDialog *dialog) { test::typeLogin(dialog, u"boss"_s, test::BossPassword); });
    QVERIFY(m_window->unlock());
    m_window->setCurrentPage(PageId::Admin);
    m_page->usersPanel()->reload();
    m_page->auditPanel()->reload();
}

void TestAdminPage::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FRONTLINE_TEST_SHOTS"))
        QSKIP("FRONTLINE_TEST_SHOTS is not set");
    busyDay();
    QApplication::processEvents();
    test::saveShot(m_window.get(), u"admin-users"_s);
    m_page->tabs()->setCurrentWidget(m_page->permissionsPanel());
    QApplication::processEvents();
    test::saveShot(m_window.get(), u"admin-permissions"_s);
    m_page->tabs()->setCurrentWidget(m_page->auditPanel());
    QApplication::processEvents();
    test::saveShot(m_window.get(), u"admin-audit"_s);
    m_page->tabs()->setCurrentWidget(m_page->noticePanel());
    QApplication::processEvents();
    test::saveShot(m_window.get(), u"admin-notice"_s);

    LoginDialog dialog(*m_window->database(), m_window.get());
    dialog.show();
    test::typeLogin(&dialog, u"zhang.wei"_s, u"wrong-password"_s);
    QApplication::processEvents();
    test::saveShot(&dialog, u"login-error"_s);
    test::typeLogin(&dialog, u"zhang.wei"_s, test::RepInitial);
    QApplication::processEvents();
    test::saveShot(&dialog, u"login-change"_s);
    dialog.reject();

    QThreadPool::globalInstance()->waitForDone();
    m_window->lock();
    QApplication::processEvents();
    test::saveShot(m_window.get(), u"locked"_s);
}

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
