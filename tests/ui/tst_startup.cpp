// Getting to an open database: the recent list, the start dialog's choices, the demo database,
// and the frontline executable's command line (--screenshot, --page, errors).
#include "DatabaseOpener.h"
#include "RecentDatabases.h"
#include "UiTest.h"
#include "dialogs/StartDialog.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void recentDatabasesKeepNewestFirst();
    void startDialogListsRecentDatabases();
    void startDialogOpensTheChosenDatabase();
    void startDialogOffersANewDatabase();
    void startDialogWithoutHistory();
    void demoDatabaseIsCreatedThenReopened();
    void screenshotOfTheMainWindow();
    void commandLineErrors_data();
    void commandLineErrors();

private:
    QProcessEnvironment isolatedEnvironment() const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_home;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_home.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestStartup::init()
{
    QSettings().clear();
}

void TestStartup::recentDatabasesKeepNewestFirst()
{
    QTemporaryDir dir;
    const auto file = [&](int n) { return dir.filePath(u"db%1.db"_s.arg(n)); };
    for (int n = 1; n <= RecentDatabases::MaximumCount + 2; ++n)
        RecentDatabases::add(file(n));
    QStringList paths = RecentDatabases::paths();
    QCOMPARE(paths.size(), RecentDatabases::MaximumCount);
    QCOMPARE(paths.first(), file(RecentDatabases::MaximumCount + 2));

    RecentDatabases::add(file(5));
    paths = RecentDatabases::paths();
    QCOMPARE(paths.first(), file(5));
    QCOMPARE(paths.count(file(5)), 1);
    QCOMPARE(QSettings().value(u"recentDatabases"_s).toStringList(), paths);

    RecentDatabases::remove(file(5));
    QVERIFY(!RecentDatabases::paths().contains(file(5)));
}

void TestStartup::startDialogListsRecentDatabases()
{
    test::TempDatabase temp;
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"gone.db"_s);
    RecentDatabases::add(missing);
    RecentDatabases::add(temp.path());

    StartDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(u"recentList"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"test.db"_s);
    QCOMPARE(list->item(1)->text(), u"gone.db"_s);
    QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled)); // not there: listed, greyed out
    QCOMPARE(list->currentRow(), 0);
}

void TestStartup::startDialogOpensTheChosenDatabase()
{
    test::TempDatabase first;
    test::TempDatabase second;
    RecentDatabases::add(first.path());
    RecentDatabases::add(second.path());

    StartDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(u"recentList"_s);
    const QRect row = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), StartDialog::OpenDatabase);
    QCOMPARE(QFileInfo(dialog.path()).canonicalFilePath(), QFileInfo(first.path()).canonicalFilePath());
}

void TestStartup::startDialogOffersANewDatabase()
{
    StartDialog dialog;
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"createButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), StartDialog::CreateDatabase);
}

void TestStartup::startDialogWithoutHistory()
{
    StartDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QListWidget *>(u"recentList"_s)->isVisible());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(u"createButton"_s)->isDefault());
}

void TestStartup::demoDatabaseIsCreatedThenReopened()
{
    QFile::remove(DatabaseOpener::demoPath());
    QVERIFY(DatabaseOpener::demoPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    DatabaseError error;
    auto created = DatabaseOpener::openDemo(&error);
    QVERIFY2(created, qPrintable(error.message()));
    QVERIFY(QFileInfo::exists(DatabaseOpener::demoPath()));
    created.reset();
    auto reopened = DatabaseOpener::openDemo(&error);
    QVERIFY2(reopened, qPrintable(error.message()));
    QVERIFY(reopened->isOpen());
    QVERIFY(RecentDatabases::paths().isEmpty()); // the demo is not one of the user's databases
    reopened.reset();
    // Test mode puts it under ~/.qttest, which outlives the test.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(DatabaseOpener::demoPath() + suffix);
}

QProcessEnvironment TestStartup::isolatedEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

void TestStartup::screenshotOfTheMainWindow()
{
    const QString picture = m_home.filePath(u"shot.png"_s);
    QProcess frontline;
    frontline.setProcessEnvironment(isolatedEnvironment());
    frontline.start(
        QStringLiteral(FRONTLINE_BIN_DIR) + u"/frontline"_s,
        {u"--demo"_s, u"--page"_s, u"customers"_s, u"--language"_s, u"zh_CN"_s, u"--screenshot"_s, picture});
    QVERIFY2(frontline.waitForFinished(60000), "frontline did not quit after its screenshot");
    QCOMPARE(frontline.exitStatus(), QProcess::NormalExit);
    QVERIFY2(frontline.exitCode() == 0, frontline.readAllStandardError().constData());
    const QImage image(picture);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640 && image.height() >= 480);
    QVERIFY(QFileInfo::exists(m_home.filePath(u"data/Frontline/demo.db"_s)));
    // --language is for this run only.
    QVERIFY(!QFile(m_home.filePath(u"config/Frontline/Frontline.conf"_s)).readAll().contains("zh_CN"));
}

void TestStartup::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown page") << QStringList{u"--demo"_s, u"--page"_s, u"nowhere"_s} << u"nowhere"_s;
    QTest::newRow("unknown language") << QStringList{u"--demo"_s, u"--language"_s, u"xx"_s} << u"xx"_s;
    QTest::newRow("demo and database") << QStringList{u"--demo"_s, u"--database"_s, u"a.db"_s} << u"--demo"_s;
}

void TestStartup::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess frontline;
    frontline.setProcessEnvironment(isolatedEnvironment());
    frontline.start(QStringLiteral(FRONTLINE_BIN_DIR) + u"/frontline"_s, arguments);
    QVERIFY(frontline.waitForFinished(30000));
    QCOMPARE(frontline.exitCode(), 2);
    QVERIFY(QString::fromUtf8(frontline.readAllStandardError()).contains(message));
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
