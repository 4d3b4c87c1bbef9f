// The task dialog on CrmFixture's company, as 张伟 (R1): a new task linked to one of the
// customer's opportunities; an existing task with its comments, who wrote each and when, and a
// new comment added through core; another rep's task does not open.
#include "CrmUiTest.h"
#include "dialogs/TaskDialog.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/TaskRepository.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestTaskDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newTaskForAnOpportunity();
    void commentsOnAnExistingTask();
    void anotherRepsTaskDoesNotOpen();

private:
    qint64 member(const QString &code) const { return m_crm->fixture.members.value(code); }
    qint64 taskOf(const QString &code);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
};

void TestTaskDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
}

void TestTaskDialog::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->session()->setActingMember(member(u"R1"_s));
}

void TestTaskDialog::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

qint64 TestTaskDialog::taskOf(const QString &code)
{
    TaskFilter f;
    f.assigneeId = member(code);
    const QList<Task> tasks = TaskRepository(*m_window->database(), AccessScope::administrator()).list(f);
    return tasks.isEmpty() ? 0 : tasks.first().id;
}

void TestTaskDialog::newTaskForAnOpportunity()
{
    Session *session = m_window->session();
    TaskDialog dialog(session, m_window.get());
    QComboBox *opportunity = dialog.opportunityCombo();
    // Without a customer there is nothing to choose.
    QCOMPARE(opportunity->count(), 1);
    QVERIFY(!opportunity->isEnabled());
    const qint64 c1 = m_crm->fixture.customers.value(u"c1"_s);
    dialog.setCustomer(c1);
    QCOMPARE(opportunity->count(), 2);
    QCOMPARE(opportunity->itemText(1), u"北京华联商厦 采购"_s);
    QVERIFY(opportunity->isEnabled());
    opportunity->setCurrentIndex(1);
    const qint64 opportunityId = opportunity->currentData().toLongLong();
    test::typeText(dialog.findChild<QLineEdit *>(u"titleEdit"_s), u"准备报价单"_s);
    dialog.accept();
    QVERIFY(dialog.savedId());
    const std::optional<Task> saved = session->repository<TaskRepository>().get(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->opportunityId, opportunityId);
    QCOMPARE(saved->customerId, c1);
    QCOMPARE(saved->assigneeId, member(u"R1"_s));

    // Preselected from the opportunity: its customer comes with it.
    TaskDialog fromOpportunity(session, m_window.get());
    fromOpportunity.setOpportunity(opportunityId);
    QCOMPARE(fromOpportunity.opportunityCombo()->currentData().toLongLong(), opportunityId);
}

void TestTaskDialog::commentsOnAnExistingTask()
{
    Session *session = m_window->session();
    const qint64 task = taskOf(u"R1"_s);
    QVERIFY(task);
    QVERIFY(TaskRepository(*m_window->database(), m_crm->fixture.scopeOf(*m_window->database(), u"M1"_s))
                .addComment(task, u"记得带样品"_s)
                .ok());
    TaskDialog dialog(session, m_window.get());
    QVERIFY(dialog.showTask(task));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"titleEdit"_s)->text(), u"回访 北京华联商厦"_s);
    QVERIFY(dialog.findChild<QLineEdit *>(u"titleEdit"_s)->isReadOnly());
    QListWidget *comments = dialog.commentList();
    QVERIFY(comments->isVisibleTo(&dialog));
    QCOMPARE(comments->count(), 1);
    QVERIFY(comments->item(0)->text().startsWith(u"王经理 · "_s));
    QVERIFY(comments->item(0)->text().endsWith(u"\n记得带样品"_s));

    // Nothing typed: nothing added.
    QVERIFY(!dialog.addComment());
    test::typeText(dialog.commentEdit(), u"客户改到周五"_s);
    QTest::mouseClick(dialog.addCommentButton(), Qt::LeftButton);
    QCOMPARE(comments->count(), 2);
    QVERIFY(comments->item(1)->text().startsWith(u"张伟 · "_s));
    QVERIFY(dialog.commentEdit()->toPlainText().isEmpty());
    const QList<TaskComment> stored = session->repository<TaskRepository>().comments(task);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).body, u"客户改到周五"_s);
    QCOMPARE(stored.at(1).authorId, member(u"R1"_s));
    test::saveShot(&dialog, u"task-dialog-comments"_s);
}

void TestTaskDialog::anotherRepsTaskDoesNotOpen()
{
    TaskDialog dialog(m_window->session(), m_window.get());
    QVERIFY(!dialog.showTask(taskOf(u"R3"_s)));
    QCOMPARE(dialog.taskId(), 0);
}

QTEST_MAIN(TestTaskDialog)
#include "tst_taskdialog.moc"
