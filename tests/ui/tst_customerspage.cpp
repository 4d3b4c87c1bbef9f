// The customers page as a user works it in the main window: typing in the search box narrows the
// list (Chinese, initials, pinyin, phone), acting as a rep shows only their customers on every
// page and is remembered for the file, the chosen columns stay chosen, Delete and "Recently
// deleted" with Restore, and Enter opens a customer's page with its timeline and open tasks.
#include "CrmActions.h"
#include "CrmUiTest.h"
#include "models/ActivityTableModel.h"
#include "models/CustomerTableModel.h"
#include "models/StageCardsModel.h"
#include "pages/customers/CustomerDetailView.h"
#include "pages/customers/CustomersPage.h"
#include "pages/opportunities/OpportunitiesPage.h"
#include "pages/opportunities/PipelineBoard.h"
#include "pages/opportunities/StageColumn.h"
#include "pages/visits/VisitsPage.h"
#include "repositories/CustomerRepository.h"
#include "util/Translations.h"
#include "widgets/ActingAsChooser.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

QStringList shownNames(const CustomersPage *page)
{
    QStringList names;
    const QAbstractItemModel *model = page->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CustomerTableModel::Name).data().toString();
    return names;
}

} // namespace

class TestCustomersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchNarrowsTheList_data();
    void searchNarrowsTheList();
    void actingAsARepShowsOnlyTheirCustomers();
    void columnsChosenInTheHeaderMenuStay();
    void deleteThenRestoreFromRecentlyDeleted();
    void enterOpensTheCustomer();

private:
    void chooseActingAs(const QString &code);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    CustomersPage *m_page = nullptr;
};

void TestCustomersPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestCustomersPage::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->setCurrentPage(PageId::Customers);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = qobject_cast<CustomersPage *>(m_window->page(PageId::Customers));
    QVERIFY(m_page && m_page->isVisible());
}

void TestCustomersPage::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

void TestCustomersPage::chooseActingAs(const QString &code)
{
    // As a user does: into the status bar's chooser, then down the list to the member.
    QComboBox *combo = test::child<QComboBox>(m_window.get(), u"actingAsCombo"_s);
    const qint64 id = m_crm->fixture.members.value(code);
    const int index = combo->findData(id);
    QVERIFY(index > 0);
    combo->setFocus();
    while (combo->currentIndex() != index)
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(m_window->session()->actingMemberId(), id);
}

void TestCustomersPage::searchNarrowsTheList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("initials") << u"bjhl"_s;
    QTest::newRow("chinese") << u"华联"_s;
    QTest::newRow("full pinyin") << u"beijing"_s;
    QTest::newRow("phone digits") << u"13800138000"_s;
}

void TestCustomersPage::searchNarrowsTheList()
{
    QFETCH(QString, typed);
    QCOMPARE(shownNames(m_page).size(), 3);
    QLineEdit *search = m_page->searchField();
    search->setFocus();
    test::typeText(search, typed);
    QCOMPARE(search->text(), typed);
    // The list follows the typing after a short pause.
    QTRY_COMPARE(shownNames(m_page), QStringList{u"北京华联商厦"_s});
    QVERIFY(m_page->view()->isVisible());

    // Clearing the search shows everyone again.
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(shownNames(m_page).size(), 3);
}

void TestCustomersPage::actingAsARepShowsOnlyTheirCustomers()
{
    chooseActingAs(u"R1"_s);
    QCOMPARE(shownNames(m_page), QStringList{u"北京华联商厦"_s});

    // Every page rebuilds with the rep's scope when it is shown.
    m_window->setCurrentPage(PageId::Visits);
    auto *visits = qobject_cast<VisitsPage *>(m_window->page(PageId::Visits));
    QCOMPARE(visits->model()->rowCount(), 1);
    QCOMPARE(visits->model()->activityAt(0)->customerName, u"北京华联商厦"_s);
    m_window->setCurrentPage(PageId::Opportunities);
    auto *opportunities = qobject_cast<OpportunitiesPage *>(m_window->page(PageId::Opportunities));
    int cards = 0;
    for (StageColumn *column : opportunities->board()->columns())
        cards += column->model()->rowCount();
    QCOMPARE(cards, 1);

    // Remembered for this file: a new window acts as R1 again.
    m_window.reset();
    MainWindow again;
    again.setDatabase(m_crm->open());
    QCOMPARE(again.session()->actingMemberId(), m_crm->fixture.members.value(u"R1"_s));
    again.setCurrentPage(PageId::Customers);
    again.show();
    auto *page = qobject_cast<CustomersPage *>(again.page(PageId::Customers));
    QCOMPARE(shownNames(page), QStringList{u"北京华联商厦"_s});
    QCOMPARE(test::child<QComboBox>(&again, u"actingAsCombo"_s)->currentData().toLongLong(),
             m_crm->fixture.members.value(u"R1"_s));

    // Back to the administrator: everyone.
    QComboBox *combo = test::child<QComboBox>(&again, u"actingAsCombo"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(again.session()->actingMemberId(), 0);
    QCOMPARE(shownNames(page).size(), 3);
}

void TestCustomersPage::columnsChosenInTheHeaderMenuStay()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(CustomerTableModel::City));
    // Tags is one of the columns a first look leaves out (unless the window is very wide).
    QVERIFY(header->isSectionHidden(CustomerTableModel::Tags));

    // Right-click on the header, untick City and tick Tags in the menu.
    const auto toggleInMenu = [&](const QString &title) {
        bool found = false;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            for (QAction *action : menu->actions()) {
                if (action->text() == title) {
                    found = true;
                    action->trigger();
                }
            }
            menu->close();
        });
        const QPoint point = header->viewport()->rect().center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, point, header->viewport()->mapToGlobal(point));
        QApplication::sendEvent(header->viewport(), &event);
        QVERIFY2(found, qPrintable(title));
    };
    toggleInMenu(u"City"_s);
    toggleInMenu(u"Tags"_s);
    QVERIFY(header->isSectionHidden(CustomerTableModel::City));
    QVERIFY(!header->isSectionHidden(CustomerTableModel::Tags));
    // Dragging a column elsewhere is remembered too.
    header->moveSection(header->visualIndex(CustomerTableModel::Phone), 1);

    m_window.reset();
    MainWindow again;
    again.setDatabase(m_crm->open());
    again.setCurrentPage(PageId::Customers);
    again.show();
    auto *page = qobject_cast<CustomersPage *>(again.page(PageId::Customers));
    QHeaderView *restored = page->view()->horizontalHeader();
    QCoreApplication::processEvents(); // a first look would fit the columns to the width now
    QVERIFY(restored->isSectionHidden(CustomerTableModel::City));
    QVERIFY(!restored->isSectionHidden(CustomerTableModel::Tags));
    QCOMPARE(restored->visualIndex(CustomerTableModel::Phone), 1);
    QVERIFY(restored->sectionsMovable());
}

void TestCustomersPage::deleteThenRestoreFromRecentlyDeleted()
{
    QTableView *view = m_page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(shownNames(m_page).first(), u"北京华联商厦"_s);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(shownNames(m_page), (QStringList{u"广州白云制药"_s, u"上海宝钢贸易"_s}));

    auto *toggle = test::child<QToolButton>(m_page, u"deletedToggle"_s);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(shownNames(m_page), QStringList{u"北京华联商厦"_s});
    auto *restore = test::child<QPushButton>(m_page, u"restoreButton"_s);
    QVERIFY(restore->isVisible());
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(shownNames(m_page), QStringList{});
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(shownNames(m_page).size(), 3);

    // Both were undoable steps.
    QCOMPARE(m_window->undoStack()->count(), 2);
    m_window->undoStack()->undo(); // the restore
    QCOMPARE(shownNames(m_page).size(), 2);
    m_window->undoStack()->undo(); // the delete
    QCOMPARE(shownNames(m_page).size(), 3);
}

void TestCustomersPage::enterOpensTheCustomer()
{
    QTableView *view = m_page->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_page->isShowingDetail());
    CustomerDetailView *detail = m_page->detailView();
    QCOMPARE(detail->customerId(), m_crm->fixture.customers.value(u"c1"_s));
    QCOMPARE(test::child<QLabel>(detail, u"customerTitle"_s)->text(), u"北京华联商厦"_s);
    QCOMPARE(test::child<QLabel>(detail, u"phoneValue"_s)->text(), u"138 0013 8000"_s);
    // One timeline: the visit, the order and the opportunity entering its stage.
    QCOMPARE(detail->timeline()->topLevelItemCount(), 3);
    QStringList kinds;
    for (int i = 0; i < 3; ++i)
        kinds << detail->timeline()->topLevelItem(i)->text(1);
    QVERIFY2(kinds.contains(u"Visit"_s), qPrintable(kinds.join(u", "_s)));
    QCOMPARE(detail->tasks()->topLevelItemCount(), 1);
    QCOMPARE(detail->tasks()->topLevelItem(0)->text(0), u"回访 北京华联商厦"_s);

    // Marking the task done takes it off the open tasks; Escape goes back to the list.
    detail->tasks()->setCurrentItem(detail->tasks()->topLevelItem(0));
    QTest::mouseClick(test::child<QPushButton>(detail, u"completeTaskButton"_s), Qt::LeftButton);
    QCOMPARE(detail->tasks()->topLevelItemCount(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(detail->tasks()->topLevelItemCount(), 1);
    QVERIFY(detail->isAncestorOf(QApplication::focusWidget()));
    test::pressKey(Qt::Key_Escape);
    QVERIFY(!m_page->isShowingDetail());
}

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
