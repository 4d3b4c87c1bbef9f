// The main window: sidebar and shortcuts switch pages, every visible text is re-set when the
// language changes, window state survives a restart, the status bar and undo stack are wired.
#include "MainWindow.h"
#include "UiTest.h"
#include "pages/PageCatalog.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"
#include "widgets/PageHeader.h"
#include "widgets/Sidebar.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

// Translates every Frontline string to "X-" + source, whatever the real catalogues hold.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("frontline::"))
            return QString();
        return u"X-"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *value) : QUndoCommand(u"Rename customer"_s), m_value(value) {}
    void redo() override { ++*m_value; }
    void undo() override { --*m_value; }

private:
    int *m_value;
};

std::unique_ptr<Database> openDatabase(const test::TempDatabase &temp)
{
    auto database = std::make_unique<Database>();
    if (database->open(temp.path(), test::TempDatabase::passphrase()))
        return nullptr;
    return database;
}

QString menuTitle(const MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

QString pageTitle(const MainWindow &window, PageId page)
{
    const auto *widget = window.findChild<QWidget *>(PageCatalog::key(page) + u"Page"_s);
    return widget ? widget->findChild<PageHeader *>()->title() : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void sidebarListsEveryPage();
    void clickingSidebarRowShowsPage_data();
    void clickingSidebarRowShowsPage();
    void shortcutsShowPages_data();
    void shortcutsShowPages();
    void languageChangeRetranslatesEverything();
    void languageChooserSwitchesAndSaves();
    void windowStateIsSavedAndRestored();
    void firstStartHasSensibleSize();
    void statusBarShowsTheDatabase();
    void closingTheDatabaseShowsThePrompt();
    void undoActionsFollowTheStack();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
    // One file for the whole suite (keying is slow by design); each test opens it afresh.
    m_temp = std::make_unique<test::TempDatabase>();
    QVERIFY2(m_temp->isValid(), qPrintable(m_temp->error().message()));
    m_temp->db().close();
}

void TestMainWindow::cleanupTestCase()
{
    m_temp.reset();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(openDatabase(*m_temp));
    QVERIFY(m_window->database());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    Translations::install(u"en"_s);
}

void TestMainWindow::sidebarListsEveryPage()
{
    const auto *sidebar = m_window->findChild<Sidebar *>();
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), PageCatalog::Count);
    QCOMPARE(sidebar->rowText(0), u"Dashboard"_s);
    QCOMPARE(sidebar->rowText(int(PageId::ImportExport)), u"Import/Export"_s);
    QCOMPARE(sidebar->rowText(int(PageId::Payments)), u"Payments"_s);
    QCOMPARE(sidebar->rowText(int(PageId::Settings)), u"Settings"_s);
    QVERIFY(sidebar->isVisible());
    // Wide enough for its longest label.
    const QListWidget *list = sidebar->list();
    for (int row = 0; row < list->count(); ++row)
        QVERIFY(list->visualItemRect(list->item(row)).width() >=
                list->fontMetrics().horizontalAdvance(list->item(row)->text()) + list->iconSize().width());
}

void TestMainWindow::clickingSidebarRowShowsPage_data()
{
    QTest::addColumn<PageId>("page");
    for (PageId page : PageCatalog::all())
        QTest::newRow(qPrintable(PageCatalog::key(page))) << page;
}

void TestMainWindow::clickingSidebarRowShowsPage()
{
    QFETCH(PageId, page);
    // Start elsewhere, so that a click that does nothing cannot pass.
    m_window->setCurrentPage(page == PageId::Dashboard ? PageId::Orders : PageId::Dashboard);
    QListWidget *list = m_window->findChild<Sidebar *>()->list();
    const QRect rect = list->visualItemRect(list->item(int(page)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());

    QCOMPARE(m_window->currentPage(), page);
    const auto *pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), PageCatalog::key(page) + u"Page"_s);
    QVERIFY(pages->currentWidget()->isVisible());
    QCOMPARE(pageTitle(*m_window, page), PageCatalog::title(page));
}

void TestMainWindow::shortcutsShowPages_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<PageId>("page");
    QTest::newRow("Ctrl+1") << Qt::Key_1 << PageId::Dashboard;
    QTest::newRow("Ctrl+2") << Qt::Key_2 << PageId::Customers;
    QTest::newRow("Ctrl+5") << Qt::Key_5 << PageId::Orders;
    QTest::newRow("Ctrl+6") << Qt::Key_6 << PageId::Payments;
    QTest::newRow("Ctrl+8") << Qt::Key_8 << PageId::Performance;
    QTest::newRow("Ctrl+9") << Qt::Key_9 << PageId::Tasks;
    QTest::newRow("Ctrl+0") << Qt::Key_0 << PageId::ImportExport;
}

void TestMainWindow::shortcutsShowPages()
{
    QFETCH(Qt::Key, key);
    QFETCH(PageId, page);
    m_window->setCurrentPage(page == PageId::Team ? PageId::Visits : PageId::Team);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), page);
    QCOMPARE(m_window->findChild<Sidebar *>()->currentRow(), int(page));
}

void TestMainWindow::languageChangeRetranslatesEverything()
{
    const auto *sidebar = m_window->findChild<Sidebar *>();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::sendPostedEvents(); // LanguageChange is posted to every window

    QCOMPARE(sidebar->rowText(0), u"X-Dashboard"_s);
    QCOMPARE(sidebar->rowText(int(PageId::Settings)), u"X-Settings"_s);
    QCOMPARE(menuTitle(*m_window, 0), u"X-&File"_s);
    QCOMPARE(menuTitle(*m_window, 3), u"X-&Help"_s);
    QCOMPARE(m_window->menuBar()->actions().at(2)->menu()->actions().at(1)->text(), u"X-Customers"_s);
    QCOMPARE(pageTitle(*m_window, PageId::Customers), u"X-Customers"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"schemaVersionLabel"_s)->text().startsWith(u"X-Schema version"_s));
    // The settings page: its .ui part and what it sets in code.
    QCOMPARE(m_window->findChild<QGroupBox *>(u"languageGroup"_s)->title(), u"X-Language"_s);
    QCOMPARE(m_window->findChild<QComboBox *>(u"languageCombo"_s)->itemText(0), u"X-System default"_s);
    QCOMPARE(pageTitle(*m_window, PageId::Settings), u"X-Settings"_s);

    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(sidebar->rowText(0), u"Dashboard"_s);
    QCOMPARE(menuTitle(*m_window, 0), u"&File"_s);
    QCOMPARE(pageTitle(*m_window, PageId::Customers), u"Customers"_s);
}

void TestMainWindow::languageChooserSwitchesAndSaves()
{
    auto *sidebar = m_window->findChild<Sidebar *>();
    m_window->setCurrentPage(PageId::Settings);
    auto *combo = m_window->findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo && combo->isVisible());
    QCOMPARE(combo->currentIndex(), 0); // nothing saved: the system's language
    const int chinese = combo->findData(u"zh_CN"_s);
    const int english = combo->findData(u"en"_s);
    QVERIFY(chinese > 0 && english > 0);
    QCOMPARE(combo->itemText(chinese), u"简体中文"_s);

    // The Chinese catalogue may not be translated yet, so the proof that texts are re-set is
    // that a stale text is replaced.
    const auto switchTo = [&](int index, const QString &language) {
        sidebar->setRowText(0, u"stale"_s);
        m_window->menuBar()->actions().at(0)->setText(u"stale"_s);
        combo->setFocus();
        while (combo->currentIndex() != index)
            QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(Translations::current(), language);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), language);
        QCOMPARE(sidebar->rowText(0), PageCatalog::title(PageId::Dashboard));
        QCOMPARE(menuTitle(*m_window, 0), QCoreApplication::translate("frontline::MainWindow", "&File"));
    };
    switchTo(chinese, u"zh_CN"_s);
    QVERIFY(!QTest::currentTestFailed());
    switchTo(english, u"en"_s);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(sidebar->rowText(0), u"Dashboard"_s);
}

void TestMainWindow::windowStateIsSavedAndRestored()
{
    // Tall enough for the sidebar's thirteen pages without a scroll bar (which widens it).
    m_window->resize(760, 600);
    m_window->setCurrentPage(PageId::Orders);
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    QCOMPARE(QSettings().value(u"mainWindow/page"_s).toString(), u"orders"_s);

    MainWindow restored;
    QCOMPARE(restored.size(), QSize(760, 600));
    QCOMPARE(restored.currentPage(), PageId::Orders);
}

void TestMainWindow::firstStartHasSensibleSize()
{
    QSettings().clear();
    MainWindow window;
    const QSize available = window.screen()->availableGeometry().size();
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    QVERIFY(window.width() >= available.width() / 2);
    QCOMPARE(window.currentPage(), PageId::Dashboard);
}

void TestMainWindow::statusBarShowsTheDatabase()
{
    QCOMPARE(m_window->findChild<QLabel *>(u"databaseFileLabel"_s)->text(), u"test.db"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"schemaVersionLabel"_s)->text(),
             u"Schema version %1"_s.arg(Database::latestSchemaVersion()));
    QCOMPARE(m_window->windowTitle(), u"test.db"_s);
}

void TestMainWindow::closingTheDatabaseShowsThePrompt()
{
    QAction *close = m_window->menuBar()->actions().at(0)->menu()->actions().at(3);
    QVERIFY(close->isEnabled());
    close->trigger();
    QVERIFY(!m_window->database());
    QVERIFY(m_window->findChild<QWidget *>(u"noDatabase"_s)->isVisible());
    QVERIFY(!m_window->findChild<Sidebar *>()->isVisible());
    QVERIFY(!close->isEnabled());
    QCOMPARE(m_window->findChild<QLabel *>(u"databaseFileLabel"_s)->text(), u"No database open"_s);
    // The lock is released: the file opens again.
    Database again;
    QVERIFY(!again.open(m_temp->path(), test::TempDatabase::passphrase()));
}

void TestMainWindow::undoActionsFollowTheStack()
{
    QMenu *edit = m_window->menuBar()->actions().at(1)->menu();
    QAction *undo = edit->actions().at(0);
    QAction *redo = edit->actions().at(1);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo"_s);

    int value = 0;
    m_window->undoStack()->push(new CountingCommand(&value));
    QCOMPARE(value, 1);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Rename customer"_s);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(value, 0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(value, 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
