// Logging in to a database with user accounts, as a user would: the login dialog's refusals
// (wrong password with the attempts left, a locked account with the time left, a disabled one),
// the forced change of an initial password, the main window showing nothing before a login and
// giving a rep a rep's scope after it, logging out, and the idle lock that closes the database
// and asks again.
#include "SecurityUiTest.h"
#include "dialogs/PassphraseDialog.h"
#include "models/CustomerTableModel.h"
#include "pages/customers/CustomersPage.h"
#include "security/AuditLog.h"
#include "security/IdleLock.h"
#include "util/Translations.h"
#include "widgets/ActingAsChooser.h"
#include "widgets/StatusLabel.h"

#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

QStringList shownCustomers(MainWindow &window)
{
    auto *page = qobject_cast<CustomersPage *>(window.page(PageId::Customers));
    page->updateNow();
    QStringList names;
    const QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CustomerTableModel::Name).data().toString();
    names.sort();
    return names;
}

QWidget *shownCentral(MainWindow &window)
{
    return qobject_cast<QStackedWidget *>(window.centralWidget())->currentWidget();
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wrongPasswordSaysHowManyAttemptsAreLeft();
    void lockedAccountSaysHowLongItStaysLocked();
    void disabledAccountIsRefused();
    void initialPasswordMustBeChanged();
    void windowShowsNothingUntilALogin();
    void repLoginGetsTheRepScope();
    void adminLoginSeesEverything();
    void logOutSwitchesUser();
    void idleLockClosesTheDatabaseAndAsksForThePassphrase();
    void idleLockWithAccountsAsksForTheLoginAgain();
    void inputPostponesTheIdleLock();
    void zeroMinutesNeverLocks();

private:
    std::unique_ptr<MainWindow> windowLoggedInAs(const QString &name, const QString &password,
                                                 const QString &newPassword = QString());

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    qint64 m_bossId = 0;
    qint64 m_repId = 0;
};

void TestLogin::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
    test::useFastPasswordHashing();
}

void TestLogin::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestLogin::cleanup()
{
    m_crm.reset();
}

std::unique_ptr<MainWindow> TestLogin::windowLoggedInAs(const QString &name, const QString &password,
                                                        const QString &newPassword)
{
    auto window = std::make_unique<MainWindow>();
    bool changed = false;
    test::DialogHandler<LoginDialog> login([&](LoginDialog *dialog) {
        test::typeLogin(dialog, name, password);
        if (dialog->isChangingPassword()) {
            changed = true;
            test::typeNewPassword(dialog, newPassword);
        }
    });
    window->setDatabase(m_crm->open());
    if (!login.handled())
        qWarning("No login dialog");
    if (changed == newPassword.isEmpty())
        qWarning("The forced change of the password was not as expected");
    return window;
}

void TestLogin::wrongPasswordSaysHowManyAttemptsAreLeft()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<Database> db = m_crm->open();
    LoginDialog dialog(*db);
    dialog.show();
    test::typeLogin(&dialog, u"boss"_s, u"not-the-password"_s);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<StatusLabel *>(u"errorLabel"_s);
    QCOMPARE(error->kind(), StatusLabel::Error);
    // Five failures lock: four left after the first.
    LoginResult expected;
    expected.status = LoginResult::WrongPassword;
    expected.attemptsLeft = 4;
    QCOMPARE(error->text(), expected.message());
    QVERIFY(dialog.findChild<PasswordLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
    // The failure is in the audit log, under the user's name.
    const QList<AuditEntry> failed = AuditLog(*db).entries(test::auditFilter({AuditAction::LoginFailed}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().target, u"user:boss"_s);

    test::typeLogin(&dialog, u"boss"_s, test::BossPassword);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().userName(), u"boss"_s);
    QCOMPARE(AuditLog(*db).entries(test::auditFilter({AuditAction::Login})).size(), 1);
}

void TestLogin::lockedAccountSaysHowLongItStaysLocked()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<Database> db = m_crm->open();
    LoginDialog dialog(*db);
    dialog.show();
    for (int i = 0; i < 5; ++i)
        test::typeLogin(&dialog, u"boss"_s, u"wrong-%1"_s.arg(i));
    auto *error = dialog.findChild<StatusLabel *>(u"errorLabel"_s);
    // The default policy locks for 15 minutes.
    QVERIFY2(error->text().contains(u"Try again in 15 minute"_s), qPrintable(error->text()));
    // Even the right password is refused now, with the time left.
    const std::optional<UserAccount> boss = UserAccounts(*db).find(u"boss"_s);
    dialog.setClock([until = boss->lockedUntil] { return until.addSecs(-5 * 60 - 10); });
    test::typeLogin(&dialog, u"boss"_s, test::BossPassword);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"Try again in 6 minute"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(boss->lockedUntil.toLocalTime().toString(u"HH:mm"_s)));
}

void TestLogin::disabledAccountIsRefused()
{
    QVERIFY(test::addAccounts(*m_crm, nullptr, &m_repId).isEmpty());
    std::unique_ptr<Database> db = m_crm->open();
    QString error;
    QVERIFY(UserAccounts(*db).setActive(UserAccounts::singleUserSession(), m_repId, false, &error));
    LoginDialog dialog(*db);
    dialog.show();
    test::typeLogin(&dialog, u"zhang.wei"_s, test::RepInitial);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.findChild<StatusLabel *>(u"errorLabel"_s)->text(),
             u"This account is disabled. Ask an administrator to enable it."_s);
}

void TestLogin::initialPasswordMustBeChanged()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<Database> db = m_crm->open();
    LoginDialog dialog(*db);
    dialog.show();
    test::typeLogin(&dialog, u"zhang.wei"_s, test::RepInitial);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.isChangingPassword());
    QPushButton *ok = test::okButton(&dialog);
    // The user name is no password; the two fields must match.
    QTest::keyClicks(dialog.findChild<PasswordLineEdit *>(u"newPasswordEdit"_s), u"zhang.wei"_s);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<PasswordLineEdit *>(u"newPasswordEdit"_s)->clear();
    test::typeNewPassword(&dialog, test::RepOwn);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.session().mustChangePassword());
    QVERIFY(!UserAccounts(*db).find(u"zhang.wei"_s)->mustChangePassword);
    // The initial password no longer works; the new one does.
    QCOMPARE(UserAccounts(*db).login(u"zhang.wei"_s, SecureBytes::fromString(test::RepInitial)).status,
             LoginResult::WrongPassword);
    QVERIFY(UserAccounts(*db).login(u"zhang.wei"_s, SecureBytes::fromString(test::RepOwn)).ok());
}

void TestLogin::windowShowsNothingUntilALogin()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    MainWindow window;
    test::DialogHandler<LoginDialog> cancel([](LoginDialog *dialog) { dialog->reject(); });
    window.setDatabase(m_crm->open());
    QVERIFY(cancel.handled());
    QCOMPARE(window.access(), MainWindow::Access::LoggedOut);
    QVERIFY(window.database() && window.database()->isOpen());
    QVERIFY(!window.session()->isOpen());
    QCOMPARE(shownCentral(window)->objectName(), u"lockScreen"_s);
    QVERIFY(shownCustomers(window).isEmpty());
}

void TestLogin::repLoginGetsTheRepScope()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<MainWindow> window = windowLoggedInAs(u"zhang.wei"_s, test::RepInitial, test::RepOwn);
    QCOMPARE(window->access(), MainWindow::Access::Open);
    QCOMPARE(window->session()->scope().memberId(), m_crm->fixture.members.value(u"R1"_s));
    QCOMPARE(window->session()->scope().role(), Role::Rep);
    window->show();
    window->setCurrentPage(PageId::Customers);
    // 张伟 (R1) owns c1 only.
    QCOMPARE(shownCustomers(*window), QStringList{u"北京华联商厦"_s});
    // Nobody picks another member once accounts exist, and the administration is not for reps.
    QVERIFY(!window->findChild<ActingAsChooser *>()->isVisible());
    window->session()->setActingMember(m_crm->fixture.members.value(u"M1"_s));
    QCOMPARE(window->session()->scope().memberId(), m_crm->fixture.members.value(u"R1"_s));
    window->setCurrentPage(PageId::Admin);
    QVERIFY(window->currentPage() != PageId::Admin);
    QVERIFY(window->findChild<QLabel *>(u"userLabel"_s)->text().startsWith(u"张伟"_s));
}

void TestLogin::adminLoginSeesEverything()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<MainWindow> window = windowLoggedInAs(u"boss"_s, test::BossPassword);
    QCOMPARE(window->access(), MainWindow::Access::Open);
    QCOMPARE(window->session()->scope().role(), Role::Admin);
    window->show();
    window->setCurrentPage(PageId::Customers);
    QCOMPARE(shownCustomers(*window).size(), 3);
    window->setCurrentPage(PageId::Admin);
    QCOMPARE(window->currentPage(), PageId::Admin);
}

void TestLogin::logOutSwitchesUser()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<MainWindow> window = windowLoggedInAs(u"boss"_s, test::BossPassword);
    window->show();
    bool switched = false;
    test::DialogHandler<LoginDialog> login([&](LoginDialog *dialog) {
        // While the dialog asks, nothing of the boss's session is left.
        switched = !window->session()->isOpen();
        test::typeLogin(dialog, u"zhang.wei"_s, test::RepInitial);
        test::typeNewPassword(dialog, test::RepOwn);
    });
    window->findChild<QAction *>(u"logOutAction"_s)->trigger();
    QVERIFY(login.handled());
    QVERIFY(switched);
    QCOMPARE(window->session()->user().userName(), u"zhang.wei"_s);
    window->setCurrentPage(PageId::Customers);
    QCOMPARE(shownCustomers(*window), QStringList{u"北京华联商厦"_s});
    // Core recorded the boss leaving, before the next login.
    const QList<AuditEntry> entries =
        AuditLog(*window->database()).entries(test::auditFilter({AuditAction::Logout, AuditAction::Login}));
    QStringList seen;
    for (const AuditEntry &e : entries)
        seen.prepend(e.action + u' ' + e.userName);
    // Boss in, boss out, then zhang.wei in (with the initial password, and again with the new one).
    QCOMPARE(seen.mid(0, 3), (QStringList{u"login boss"_s, u"logout boss"_s, u"login zhang.wei"_s}));
    QCOMPARE(seen.count(u"logout boss"_s), 1);
    QCOMPARE(seen.last(), u"login zhang.wei"_s);
}

void TestLogin::idleLockClosesTheDatabaseAndAsksForThePassphrase()
{
    MainWindow window;
    window.setDatabase(m_crm->open());
    window.show();
    window.setCurrentPage(PageId::Customers);
    QCOMPARE(shownCustomers(window).size(), 3);
    QDateTime now = QDateTime::currentDateTimeUtc();
    IdleLock *idle = window.idleLock();
    idle->setClock([&now] { return now; });
    idle->setTimeoutMinutes(10);

    now = now.addSecs(9 * 60 + 59);
    idle->check();
    QCOMPARE(window.access(), MainWindow::Access::Open);
    now = now.addSecs(1);
    // The lock waits for work in the background (the dashboard's figures) to finish.
    QThreadPool::globalInstance()->waitForDone();
    idle->check();
    QCOMPARE(window.access(), MainWindow::Access::Locked);
    // Nothing is shown, and the database (with the passphrase it kept) is gone.
    QVERIFY(!window.database());
    QVERIFY(!window.session()->isOpen());
    QCOMPARE(shownCentral(window)->objectName(), u"lockScreen"_s);
    QVERIFY(shownCustomers(window).isEmpty());

    // Without accounts, the passphrase is asked again; a wrong one unlocks nothing.
    test::DialogHandler<PassphraseDialog> wrong([](PassphraseDialog *dialog) {
        QTest::keyClicks(dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s), u"guess"_s);
        QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
        dialog->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(wrong.handled());
    QCOMPARE(window.access(), MainWindow::Access::Locked);

    test::DialogHandler<PassphraseDialog> right([](PassphraseDialog *dialog) {
        test::typeText(dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s),
                       QString::fromUtf8(test::TempDatabase::Passphrase));
        QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(window.findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
    QVERIFY(right.handled());
    QCOMPARE(window.access(), MainWindow::Access::Open);
    QCOMPARE(window.currentPage(), PageId::Customers);
    QCOMPARE(shownCustomers(window).size(), 3);
    // The idle lock and the unlock by passphrase are in the audit log (the wrong passphrase
    // opened nothing, so nothing could be written for it).
    const QList<AuditEntry> entries =
        AuditLog(*window.database()).entries(test::auditFilter({AuditAction::Lock, AuditAction::Unlock}));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, u"lock"_s);
    QCOMPARE(entries.at(1).detail, u"idle"_s);
    QCOMPARE(entries.at(0).action, u"unlock"_s);
    QCOMPARE(entries.at(0).detail, u"passphrase"_s);
}

void TestLogin::idleLockWithAccountsAsksForTheLoginAgain()
{
    QVERIFY(test::addAccounts(*m_crm).isEmpty());
    std::unique_ptr<MainWindow> window = windowLoggedInAs(u"zhang.wei"_s, test::RepInitial, test::RepOwn);
    window->show();
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(window->lock());
    QCOMPARE(window->access(), MainWindow::Access::Locked);
    QVERIFY(!window->database());

    test::DialogHandler<PassphraseDialog> passphrase([](PassphraseDialog *dialog) {
        test::typeText(dialog->findChild<PasswordLineEdit *>(u"passphraseEdit"_s),
                       QString::fromUtf8(test::TempDatabase::Passphrase));
        QTest::mouseClick(test::okButton(dialog), Qt::LeftButton);
    });
    // The dialog that comes after the passphrase's.
    test::DialogHandler<LoginDialog> login(
        [](LoginDialog *dialog) { test::typeLogin(dialog, u"zhang.wei"_s, test::RepOwn); });
    QVERIFY(window->unlock());
    QVERIFY(passphrase.handled());
    QVERIFY(login.handled());
    QCOMPARE(window->session()->scope().memberId(), m_crm->fixture.members.value(u"R1"_s));
    // File → Lock by the rep, their login again, and the unlock under their name.
    QList<AuditEntry> entries = AuditLog(*window->database())
                                    .entries(test::auditFilter({AuditAction::Lock, AuditAction::Unlock,
                                                                AuditAction::Login, AuditAction::Logout}));
    QStringList seen;
    for (const AuditEntry &e : std::as_const(entries))
        seen.prepend(e.action + u' ' + e.userName + u' ' + e.detail);
    QCOMPARE(seen.mid(seen.size() - 3),
             (QStringList{u"lock zhang.wei manual"_s, u"login zhang.wei "_s, u"unlock zhang.wei login"_s}));
}

void TestLogin::inputPostponesTheIdleLock()
{
    MainWindow window;
    window.setDatabase(m_crm->open());
    QVERIFY(test::showActive(&window));
    QDateTime now = QDateTime::currentDateTimeUtc();
    IdleLock *idle = window.idleLock();
    idle->setClock([&now] { return now; });
    idle->setTimeoutMinutes(10);
    now = now.addSecs(9 * 60);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Shift);
    now = now.addSecs(9 * 60); // 18 minutes since the start, 9 since the key
    idle->check();
    QCOMPARE(window.access(), MainWindow::Access::Open);
    now = now.addSecs(60);
    QThreadPool::globalInstance()->waitForDone();
    idle->check();
    QCOMPARE(window.access(), MainWindow::Access::Locked);
}

void TestLogin::zeroMinutesNeverLocks()
{
    IdleLock idle;
    QDateTime now = QDateTime::currentDateTimeUtc();
    idle.setClock([&now] { return now; });
    idle.setActive(true);
    QSignalSpy spy(&idle, &IdleLock::idle);
    idle.setTimeoutMinutes(0);
    now = now.addDays(1);
    idle.check();
    QCOMPARE(spy.count(), 0);
    idle.setTimeoutMinutes(1);
    now = now.addSecs(60);
    idle.check();
    idle.check(); // once per idle spell
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
