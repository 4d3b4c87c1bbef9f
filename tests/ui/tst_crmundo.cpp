// Undo across the pages: creating a customer in the editor is one step that Edit → Undo takes
// back and Redo brings again (the same record), with the customer list and the customer's page
// following; an edit undoes to the old values; ticking a task off undoes too; and a new user or
// database empties the stack.
#include "CrmActions.h"
#include "CrmUiTest.h"
#include "dialogs/CustomerEditorDialog.h"
#include "models/CustomerTableModel.h"
#include "models/TaskTableModel.h"
#include "pages/customers/CustomerDetailView.h"
#include "pages/customers/CustomersPage.h"
#include "pages/tasks/TasksPage.h"
#include "repositories/CustomerRepository.h"
#include "repositories/TaskRepository.h"
#include "util/Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>

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

class TestCrmUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void undoAndRedoOfANewCustomer();
    void undoOfAnEditRestoresTheOldValues();
    void undoOfATickedOffTask();
    void anotherUserStartsWithAnEmptyStack();

private:
    QAction *editAction(int index) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    CustomersPage *m_page = nullptr;
};

void TestCrmUndo::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestCrmUndo::init()
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
}

void TestCrmUndo::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

QAction *TestCrmUndo::editAction(int index) const
{
    return m_window->menuBar()->actions().at(1)->menu()->actions().at(index);
}

void TestCrmUndo::undoAndRedoOfANewCustomer()
{
    // New customer from the page's button; the editor is filled in and saved as a user does.
    test::DialogHandler<CustomerEditorDialog> handler([](CustomerEditorDialog *dialog) {
        test::typeText(test::child<QLineEdit>(dialog, u"nameEdit"_s), u"杭州西湖茶业"_s);
        test::typeText(test::child<QLineEdit>(dialog, u"phoneEdit"_s), u"0571-87001234"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(m_page, u"newCustomerButton"_s), Qt::LeftButton);
    QVERIFY(handler.handled());

    CustomerRepository customers(*m_window->database(), AccessScope::administrator());
    QCOMPARE(customers.count({}), 4);
    const std::optional<Customer> created = customers.findByCode(u"C000004"_s);
    QVERIFY(created);
    // The new customer's page opens, and the list behind it has them.
    QVERIFY(m_page->isShowingDetail());
    QCOMPARE(m_page->detailView()->customerId(), created->id);
    QVERIFY(shownNames(m_page).contains(u"杭州西湖茶业"_s));

    QAction *undo = editAction(0);
    QAction *redo = editAction(1);
    QCOMPARE(undo->text(), u"&Undo New customer 杭州西湖茶业"_s);
    undo->trigger();
    QCOMPARE(customers.count({}), 3);
    QVERIFY(!shownNames(m_page).contains(u"杭州西湖茶业"_s));
    QVERIFY(!m_page->isShowingDetail()); // its page closes: it is gone
    QVERIFY(redo->isEnabled());

    redo->trigger();
    QCOMPARE(customers.count({}), 4);
    QCOMPARE(customers.findByCode(u"C000004"_s)->id, created->id); // the same record, not a copy
    QVERIFY(shownNames(m_page).contains(u"杭州西湖茶业"_s));
    QCOMPARE(undo->text(), u"&Undo New customer 杭州西湖茶业"_s);
}

void TestCrmUndo::undoOfAnEditRestoresTheOldValues()
{
    const qint64 c3 = m_crm->fixture.customers.value(u"c3"_s);
    test::DialogHandler<CustomerEditorDialog> handler([](CustomerEditorDialog *dialog) {
        auto *name = test::child<QLineEdit>(dialog, u"nameEdit"_s);
        name->selectAll();
        test::typeText(name, u"广州白云山制药"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    m_page->showCustomer(c3);
    QTest::mouseClick(test::child<QPushButton>(m_page->detailView(), u"editButton"_s), Qt::LeftButton);
    QVERIFY(handler.handled());
    CustomerRepository customers(*m_window->database(), AccessScope::administrator());
    QCOMPARE(customers.get(c3)->name, u"广州白云山制药"_s);
    QCOMPARE(test::child<QLabel>(m_page->detailView(), u"customerTitle"_s)->text(), u"广州白云山制药"_s);

    m_window->undoStack()->undo();
    QCOMPARE(customers.get(c3)->name, u"广州白云制药"_s);
    QCOMPARE(customers.get(c3)->phones(), QStringList{u"+8613912345678"_s});
    QCOMPARE(test::child<QLabel>(m_page->detailView(), u"customerTitle"_s)->text(), u"广州白云制药"_s);
}

void TestCrmUndo::undoOfATickedOffTask()
{
    m_window->session()->setActingMember(m_crm->fixture.members.value(u"R2"_s));
    m_window->setCurrentPage(PageId::Tasks);
    auto *page = qobject_cast<TasksPage *>(m_window->page(PageId::Tasks));
    TaskTableModel *model = page->model();
    QCOMPARE(model->rowCount(), 1);
    const Task task = *model->taskAt(0);
    // The check box in the first column, clicked.
    QTableView *view = page->view();
    const QRect cell = view->visualRect(model->index(0, TaskTableModel::Done));
    QStyleOptionViewItem option;
    option.rect = cell;
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QTRY_COMPARE(model->rowCount(), 0); // done: off the open list
    TaskFilter filter;
    filter.status = u"done"_s;
    QCOMPARE(TaskRepository(*m_window->database(), AccessScope::administrator()).list(filter).size(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->taskAt(0)->id, task.id);
    QCOMPARE(model->taskAt(0)->status, u"open"_s);
}

void TestCrmUndo::anotherUserStartsWithAnEmptyStack()
{
    m_window->actions()->deleteCustomer(m_crm->fixture.customers.value(u"c1"_s));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->session()->setActingMember(m_crm->fixture.members.value(u"R3"_s));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!editAction(0)->isEnabled());
}

QTEST_MAIN(TestCrmUndo)
#include "tst_crmundo.moc"
