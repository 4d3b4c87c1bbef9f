// Logging a visit with the keyboard alone, as reps do all day: Ctrl+L opens the dialog, typing
// "bjhl" lists 北京华联商厦 with Enter taking it, Tab goes to the summary, Alt+W sets the
// follow-up a week out, Ctrl+Enter saves, and Ctrl+Z takes the visit back.
#include "CrmUiTest.h"
#include "dialogs/VisitDialog.h"
#include "repositories/ActivityRepository.h"
#include "util/Translations.h"
#include "widgets/CustomerPicker.h"
#include "widgets/RatingWidget.h"
#include "widgets/StatusLabel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace frontline;

class TestVisitDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardAloneLogsAVisit();
    void presetsSetTheFollowUp_data();
    void presetsSetTheFollowUp();
    void customerMustBeChosen();
    void ctrlLOpensTheDialogAnywhere();

private:
    QList<Activity> visitsOf(const QString &customer) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
};

void TestVisitDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestVisitDialog::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->session()->setActingMember(m_crm->fixture.members.value(u"R1"_s));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestVisitDialog::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

QList<Activity> TestVisitDialog::visitsOf(const QString &customer) const
{
    ActivityFilter filter;
    filter.customerId = m_crm->fixture.customers.value(customer);
    return ActivityRepository(*m_window->database(), AccessScope::administrator()).list(filter);
}

void TestVisitDialog::keyboardAloneLogsAVisit()
{
    QCOMPARE(visitsOf(u"c1"_s).size(), 1);
    VisitDialog dialog(m_window->session(), m_window.get());
    QVERIFY(test::showActive(&dialog));
    auto *picker = test::child<CustomerPicker>(&dialog, u"customerPicker"_s);
    QCOMPARE(QApplication::focusWidget(), picker);

    // Type the initials; the matches drop down with the best one highlighted; Enter takes it.
    test::typeIntoFocus(u"bjhl"_s);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QCOMPARE(picker->completer()->completionCount(), 1);
    test::pressKey(Qt::Key_Return);
    QCOMPARE(picker->customerId(), m_crm->fixture.customers.value(u"c1"_s));
    QCOMPARE(picker->text(), u"北京华联商厦"_s);
    QVERIFY(!picker->completer()->popup()->isVisible());
    QVERIFY(dialog.isVisible()); // Enter chose the customer; it did not save

    // Tab goes straight to the summary.
    test::pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), test::child<QPlainTextEdit>(&dialog, u"summaryEdit"_s));
    test::typeIntoFocus(u"介绍新款办公椅，客户要报价"_s);
    test::pressKey(Qt::Key_Tab);
    test::typeIntoFocus(u"下周送样品"_s);

    // Alt+W: follow up in a week. Ctrl+2 makes it a call.
    test::pressKey(Qt::Key_W, Qt::AltModifier);
    const QDate inAWeek = QDate::currentDate().addDays(7);
    QCOMPARE(test::child<QDateEdit>(&dialog, u"followUpEdit"_s)->date(), inAWeek);
    test::pressKey(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(dialog.kind(), u"call"_s);

    // Ctrl+Enter saves.
    test::pressKey(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const QList<Activity> visits = visitsOf(u"c1"_s);
    QCOMPARE(visits.size(), 2);
    const Activity &logged = visits.first(); // newest first
    QCOMPARE(logged.id, dialog.activity().id);
    QCOMPARE(logged.kind, u"call"_s);
    QCOMPARE(logged.summary, u"介绍新款办公椅，客户要报价"_s);
    QCOMPARE(logged.outcome, u"下周送样品"_s);
    QCOMPARE(logged.nextFollowUp, inAWeek);
    QCOMPARE(logged.memberId, m_crm->fixture.members.value(u"R1"_s));
    QVERIFY(qAbs(logged.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);

    // One step on the undo stack: Ctrl+Z in the window takes it back, Ctrl+Shift+Z brings it again.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(visitsOf(u"c1"_s).size(), 1);
    m_window->undoStack()->redo();
    QCOMPARE(visitsOf(u"c1"_s).size(), 2);
    QCOMPARE(visitsOf(u"c1"_s).first().id, logged.id);
}

void TestVisitDialog::presetsSetTheFollowUp_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QDate>("expected");
    const QDate today = QDate::currentDate();
    QTest::newRow("Alt+3") << Qt::Key_3 << today.addDays(3);
    QTest::newRow("Alt+W") << Qt::Key_W << today.addDays(7);
    QTest::newRow("Alt+M") << Qt::Key_M << today.addMonths(1);
}

void TestVisitDialog::presetsSetTheFollowUp()
{
    QFETCH(Qt::Key, key);
    QFETCH(QDate, expected);
    VisitDialog dialog(m_window->session(), m_window.get());
    QVERIFY(test::showActive(&dialog));
    QVERIFY(!dialog.followUp().isValid()); // none until asked for
    test::pressKey(key, Qt::AltModifier);
    QCOMPARE(dialog.followUp(), expected);
    test::pressKey(Qt::Key_0, Qt::AltModifier);
    QVERIFY(!dialog.followUp().isValid());
}

void TestVisitDialog::customerMustBeChosen()
{
    VisitDialog dialog(m_window->session(), m_window.get());
    QVERIFY(test::showActive(&dialog));
    test::typeIntoFocus(u"bjhl"_s); // typed, but no match taken
    auto *picker = test::child<CustomerPicker>(&dialog, u"customerPicker"_s);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    test::pressKey(Qt::Key_Escape); // closes the list only
    QVERIFY(!picker->completer()->popup()->isVisible());
    QVERIFY(dialog.isVisible());
    test::pressKey(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    auto *error = test::child<StatusLabel>(&dialog, u"customerError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Enter"_s), qPrintable(error->text()));
    QCOMPARE(visitsOf(u"c1"_s).size(), 1);
}

void TestVisitDialog::ctrlLOpensTheDialogAnywhere()
{
    m_window->setCurrentPage(PageId::Orders);
    test::DialogHandler<VisitDialog> handler([](VisitDialog *dialog) { dialog->reject(); });
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(handler.handled());
    // It is in the Edit menu too.
    QAction *action = m_window->findChild<QAction *>(u"logVisitAction"_s);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
}

QTEST_MAIN(TestVisitDialog)
#include "tst_visitdialog.moc"
