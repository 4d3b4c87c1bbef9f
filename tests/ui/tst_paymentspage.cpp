// Collected payments (回款) in the window: a payment recorded through the dialog as a user does
// (customer by initials, one of their orders with what is outstanding on it, the amount typed in
// yuan) shows in the payments list with its total and lowers the customer's balance in the
// receivables; deleting it is undone and redone from the Edit menu; the order dialog says what
// was collected on the order; support staff only look. CrmFixture's three orders come to
// ¥1,300.00 each (2 × ¥450.00 + a line of ¥400.00) and nobody has paid yet.
#include "CrmActions.h"
#include "CrmUiTest.h"
#include "dialogs/DrillDownDialog.h"
#include "dialogs/OrderDialog.h"
#include "dialogs/PaymentDialog.h"
#include "models/BalanceTableModel.h"
#include "models/PaymentTableModel.h"
#include "pages/customers/CustomerDetailView.h"
#include "pages/customers/CustomersPage.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/payments/PaymentsPage.h"
#include "performance/Rankings.h"
#include "repositories/OrderRepository.h"
#include "repositories/PaymentRepository.h"
#include "util/Translations.h"
#include "widgets/CustomerPicker.h"
#include "widgets/StatusLabel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr qint64 OrderFen = 130000; // each fixture order: 2 × 45000 + 40000

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Answers the next PaymentDialog with answer; a dialog a failed check left open is closed, so
// that the test fails instead of waiting for it.
std::unique_ptr<test::DialogHandler<PaymentDialog>>
answerPaymentDialog(std::function<void(PaymentDialog *)> answer)
{
    return std::make_unique<test::DialogHandler<PaymentDialog>>([answer](PaymentDialog *dialog) {
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

int rowOf(const BalanceTableModel *model, qint64 customerId)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->balanceAt(row)->customerId == customerId)
            return row;
    return -1;
}

} // namespace

class TestPaymentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordedPaymentShowsInTheListAndTheReceivables();
    void deletingIsUndoneFromTheEditMenu();
    void badAmountsAreShownNextToTheField();
    void theOrderDialogSaysWhatWasCollected();
    void theCustomerShowsTheirBalance();
    void supportStaffOnlyLook();
    void coresRefusalIsShown();
    void collectedByRepOnTheDashboardAndInTheRanking();

private:
    QAction *editAction(int index) const
    {
        return m_window->menuBar()->actions().at(1)->menu()->actions().at(index);
    }
    qint64 record(const QString &customer, qint64 orderId, qint64 fen);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    PaymentsPage *m_page = nullptr;
    bool m_english = true;
};

void TestPaymentsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    // LOOK_LANG=zh_CN: the screenshots (FRONTLINE_TEST_SHOTS) in Chinese; the figures checked are
    // the same in both languages.
    const QString language = qEnvironmentVariable("LOOK_LANG", u"en"_s);
    m_english = language == u"en"_s;
    Translations::install(language);
}

void TestPaymentsPage::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->setCurrentPage(PageId::Payments);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = qobject_cast<PaymentsPage *>(m_window->page(PageId::Payments));
    QVERIFY(m_page);
    m_page->updateNow();
}

void TestPaymentsPage::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

// Records a payment with the repository (the set-up of tests that are about something else).
qint64 TestPaymentsPage::record(const QString &customer, qint64 orderId, qint64 fen)
{
    Payment p;
    p.customerId = m_crm->fixture.customers.value(customer);
    p.orderId = orderId;
    p.paidOn = QDate(2025, 4, 2);
    p.amountFen = fen;
    const SaveResult r = PaymentRepository(*m_window->database(), AccessScope::administrator()).create(p);
    m_window->session()->notifyChanged(Session::Orders);
    return r.id;
}

void TestPaymentsPage::recordedPaymentShowsInTheListAndTheReceivables()
{
    PaymentTableModel *payments = m_page->model();
    BalanceTableModel *balances = m_page->balances();
    QAbstractItemModelTester paymentsTester(payments);
    QAbstractItemModelTester balancesTester(balances);
    QCOMPARE(payments->total(), qint64(0));
    // Before: every customer owes their order, ¥3,900.00 in all.
    QCOMPARE(balances->rowCount(), 3);
    QCOMPARE(balances->outstandingFen(), 3 * OrderFen);

    const qint64 c1 = m_crm->fixture.customers.value(u"c1"_s);
    const qint64 order1 = m_crm->fixture.orders.value(u"c1"_s);
    const QString orderNo =
        OrderRepository(*m_window->database(), AccessScope::administrator()).get(order1)->orderNo;

    const auto handler = answerPaymentDialog([&](PaymentDialog *dialog) {
        dialog->activateWindow();
        QVERIFY(QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }));
        // The customer by initials, as everywhere.
        auto *picker = test::child<CustomerPicker>(dialog, u"customerPicker"_s);
        picker->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), picker);
        test::typeIntoFocus(u"bjhl"_s);
        QTRY_VERIFY_WITH_TIMEOUT(picker->completer()->popup()->isVisible(), 10000);
        test::pressKey(Qt::Key_Return);
        QCOMPARE(picker->customerId(), c1);
        // Their balance under the name; their order in the chooser with what is outstanding.
        QVERIFY(test::child<QLabel>(dialog, u"balanceLabel"_s)->text().contains(u"¥1,300.00"_s));
        auto *order = test::child<QComboBox>(dialog, u"orderCombo"_s);
        QCOMPARE(order->count(), 2);
        QVERIFY2(order->itemText(1).contains(orderNo), qPrintable(order->itemText(1)));
        QVERIFY2(order->itemText(1).contains(u"¥1,300.00"_s), qPrintable(order->itemText(1)));
        QCOMPARE(dialog->outstandingOnOrder(order1), OrderFen);
        // Choosing the order fills in what is left to pay on it.
        order->setFocus();
        QTest::keyClick(order, Qt::Key_Down);
        QCOMPARE(order->currentData().toLongLong(), order1);
        auto *amount = test::child<QLineEdit>(dialog, u"amountEdit"_s);
        QCOMPARE(amount->text(), u"1,300.00"_s);
        // Only part of it came in, by WeChat.
        amount->selectAll();
        test::typeText(amount, u"800.5"_s);
        auto *method = test::child<QComboBox>(dialog, u"methodCombo"_s);
        method->setCurrentIndex(method->findData(u"wechat"_s));
        test::typeText(test::child<QLineEdit>(dialog, u"numberEdit"_s), u"HK-0402-01"_s);
        test::typeText(test::child<QLineEdit>(dialog, u"notesEdit"_s), u"首付款"_s);
        test::saveShot(dialog, u"payment-dialog"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::mouseClick(test::child<QPushButton>(m_page, u"recordPaymentButton"_s), Qt::LeftButton);
    QVERIFY(handler->handled());

    // In the list: one payment of ¥800.50, right-aligned, credited to the order's rep 张伟.
    QCOMPARE(payments->total(), qint64(1));
    QCOMPARE(payments->totalFen(), qint64(80050));
    QCOMPARE(cell(payments, 0, PaymentTableModel::Date), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(cell(payments, 0, PaymentTableModel::Number), u"HK-0402-01"_s);
    QCOMPARE(cell(payments, 0, PaymentTableModel::Customer), u"北京华联商厦"_s);
    QCOMPARE(cell(payments, 0, PaymentTableModel::Order), orderNo);
    QCOMPARE(cell(payments, 0, PaymentTableModel::Member), u"张伟"_s);
    QCOMPARE(cell(payments, 0, PaymentTableModel::Method), PaymentRepository::methodLabel(u"wechat"_s));
    QCOMPARE(cell(payments, 0, PaymentTableModel::Amount), u"¥800.50"_s);
    QCOMPARE(cell(payments, 0, PaymentTableModel::Notes), u"首付款"_s);
    QCOMPARE(payments->index(0, PaymentTableModel::Amount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(test::child<QLabel>(m_page, u"totalsLabel"_s)->text().contains(u"¥800.50"_s));
    if (m_english)
        QVERIFY(test::child<QLabel>(m_page, u"totalsLabel"_s)->text().startsWith(u"1 payment"_s));
    test::saveShot(m_window.get(), u"payments"_s);

    // In the receivables: 北京华联商厦 owes ¥1,300.00 − ¥800.50 = ¥499.50, now the smallest debt,
    // so last; ¥3,900.00 − ¥800.50 = ¥3,099.50 in all.
    QCOMPARE(balances->rowCount(), 3);
    const int row = rowOf(balances, c1);
    QCOMPARE(row, 2);
    QCOMPARE(cell(balances, row, BalanceTableModel::Billed), u"¥1,300.00"_s);
    QCOMPARE(cell(balances, row, BalanceTableModel::Collected), u"¥800.50"_s);
    QCOMPARE(cell(balances, row, BalanceTableModel::Outstanding), u"¥499.50"_s);
    QCOMPARE(cell(balances, row, BalanceTableModel::LastPayment), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(cell(balances, 0, BalanceTableModel::Outstanding), u"¥1,300.00"_s);
    QCOMPARE(balances->outstandingFen(), 3 * OrderFen - 80050);
    QVERIFY(test::child<QLabel>(m_page, u"balanceTotalsLabel"_s)->text().contains(u"¥3,099.50"_s));
    m_page->setCurrentTab(PaymentsPage::ReceivablesTab);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"payments-receivables"_s);

    // Enter (or a double click) on a customer opens them on the customers page.
    QTableView *view = m_page->balanceView();
    view->setFocus();
    view->setCurrentIndex(balances->index(row, BalanceTableModel::Customer));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), PageId::Customers);
    auto *customers = qobject_cast<CustomersPage *>(m_window->page(PageId::Customers));
    QVERIFY(customers->isShowingDetail());
    QCOMPARE(customers->detailView()->customerId(), c1);
}

void TestPaymentsPage::deletingIsUndoneFromTheEditMenu()
{
    const qint64 order2 = m_crm->fixture.orders.value(u"c2"_s);
    const qint64 c2 = m_crm->fixture.customers.value(u"c2"_s);
    const qint64 id = record(u"c2"_s, order2, 30000);
    QVERIFY(id);
    m_page->updateNow();
    PaymentTableModel *payments = m_page->model();
    BalanceTableModel *balances = m_page->balances();
    QCOMPARE(payments->total(), qint64(1));
    QCOMPARE(balances->balanceAt(rowOf(balances, c2))->outstandingFen(), OrderFen - 30000);

    // Select the payment and press Delete: no question, one undo step.
    QTableView *view = m_page->paymentView();
    view->setFocus();
    view->selectRow(0);
    QVERIFY(test::child<QPushButton>(m_page, u"deletePaymentButton"_s)->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(payments->total(), qint64(0));
    QCOMPARE(balances->balanceAt(rowOf(balances, c2))->outstandingFen(), OrderFen);
    PaymentRepository repo(*m_window->database(), AccessScope::administrator());
    QVERIFY(!repo.get(id));

    QAction *undo = editAction(0);
    QAction *redo = editAction(1);
    if (m_english)
        QCOMPARE(undo->text(), u"&Undo Delete payment ¥300.00 from 上海宝钢贸易"_s);
    undo->trigger();
    QCOMPARE(payments->total(), qint64(1));
    QCOMPARE(payments->paymentAt(0)->id, id); // the same record, restored
    QCOMPARE(balances->balanceAt(rowOf(balances, c2))->outstandingFen(), OrderFen - 30000);
    QVERIFY(repo.get(id));

    redo->trigger();
    QCOMPARE(payments->total(), qint64(0));
    QVERIFY(!repo.get(id));
}

void TestPaymentsPage::badAmountsAreShownNextToTheField()
{
    PaymentDialog dialog(m_window->session(), Payment(), m_window.get());
    dialog.setCustomer(m_crm->fixture.customers.value(u"c3"_s));
    QVERIFY(test::showActive(&dialog));
    auto *amount = test::child<QLineEdit>(&dialog, u"amountEdit"_s);
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *error = test::child<StatusLabel>(&dialog, u"paid_onError"_s);

    // Not an amount: said under the date and amount row, nothing saved.
    test::typeText(amount, u"八百"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // Zero: core's own words.
    amount->setText(u"0"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(error->text(), PaymentRepository::tr("The amount cannot be zero (a refund is negative)."));
    // More precise than a fen: not an amount either.
    amount->setText(u"12.345"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(PaymentRepository(*m_window->database(), AccessScope::administrator()).count({}), qint64(0));
    // 1.2万 is ¥12,000.00 exactly.
    amount->setText(u"1.2万"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    const std::optional<Payment> saved =
        PaymentRepository(*m_window->database(), AccessScope::administrator()).get(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->amountFen, qint64(1200000));
    QCOMPARE(saved->orderId, qint64(0));
    QCOMPARE(saved->memberId, m_crm->fixture.members.value(u"R3"_s)); // the customer's owner
}

void TestPaymentsPage::theOrderDialogSaysWhatWasCollected()
{
    const qint64 order1 = m_crm->fixture.orders.value(u"c1"_s);
    QVERIFY(record(u"c1"_s, order1, 50000));
    QVERIFY(record(u"c1"_s, order1, 20000));
    QVERIFY(record(u"c1"_s, 0, 99900)); // on account: not this order's
    const std::optional<Order> order =
        OrderRepository(*m_window->database(), AccessScope::administrator()).get(order1);
    QVERIFY(order);

    OrderDialog dialog(m_window->session(), *order, m_window.get());
    QCOMPARE(dialog.collectedFen(), qint64(70000));
    QCOMPARE(dialog.outstandingFen(), OrderFen - 70000);
    auto *collected = test::child<QLabel>(&dialog, u"collectedLabel"_s);
    QVERIFY(collected->isVisibleTo(&dialog));
    if (m_english)
        QCOMPARE(collected->text(), u"Collected ¥700.00 of ¥1,300.00, outstanding ¥600.00"_s);
    else
        QVERIFY(collected->text().contains(u"¥600.00"_s));

    // Record Payment: the order chosen, what is outstanding on it filled in.
    const auto handler = answerPaymentDialog([&](PaymentDialog *payment) {
        QCOMPARE(test::child<QComboBox>(payment, u"orderCombo"_s)->currentData().toLongLong(), order1);
        QCOMPARE(test::child<QLineEdit>(payment, u"amountEdit"_s)->text(), u"600.00"_s);
        QTest::mouseClick(payment->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QVERIFY(test::showActive(&dialog));
    test::saveShot(&dialog, u"order-dialog-collected"_s);
    QTest::mouseClick(test::child<QPushButton>(&dialog, u"recordPaymentButton"_s), Qt::LeftButton);
    QVERIFY(handler->handled());
    QCOMPARE(dialog.collectedFen(), OrderFen);
    QCOMPARE(dialog.outstandingFen(), qint64(0));
    if (m_english)
        QCOMPARE(collected->text(), u"Collected ¥1,300.00 of ¥1,300.00: paid in full"_s);

    // A new order has nothing collected to show.
    OrderDialog fresh(m_window->session(), Order(), m_window.get());
    QVERIFY(!test::child<QLabel>(&fresh, u"collectedLabel"_s)->isVisibleTo(&fresh));
}

void TestPaymentsPage::theCustomerShowsTheirBalance()
{
    const qint64 c1 = m_crm->fixture.customers.value(u"c1"_s);
    QVERIFY(record(u"c1"_s, m_crm->fixture.orders.value(u"c1"_s), 100000));
    m_window->session()->showCustomer(c1);
    auto *customers = qobject_cast<CustomersPage *>(m_window->page(PageId::Customers));
    QVERIFY(customers->isShowingDetail());
    auto *balance = test::child<QLabel>(customers->detailView(), u"balanceValue"_s);
    QVERIFY(balance->isVisibleTo(customers->detailView()));
    if (m_english)
        QCOMPARE(balance->text(), u"¥300.00 outstanding (billed ¥1,300.00, collected ¥1,000.00)"_s);
    else
        QVERIFY(balance->text().contains(u"¥300.00"_s));
    QVERIFY(
        test::child<QLabel>(customers->detailView(), u"paymentsValue"_s)->text().contains(u"¥1,000.00"_s));
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"customer-balance"_s);

    // Record Payment there offers the ¥300.00 outstanding.
    const auto handler = answerPaymentDialog([&](PaymentDialog *payment) {
        QCOMPARE(test::child<CustomerPicker>(payment, u"customerPicker"_s)->customerId(), c1);
        QCOMPARE(test::child<QLineEdit>(payment, u"amountEdit"_s)->text(), u"300.00"_s);
        payment->reject();
    });
    QTest::mouseClick(test::child<QPushButton>(customers->detailView(), u"recordPaymentButton"_s),
                      Qt::LeftButton);
    QVERIFY(handler->handled());
}

void TestPaymentsPage::supportStaffOnlyLook()
{
    const qint64 id = record(u"c1"_s, 0, 12300);
    m_window->session()->setActingMember(m_crm->fixture.members.value(u"S1"_s));
    QVERIFY(!m_window->session()->scope().canWriteMoney());
    m_page->updateNow();
    QCOMPARE(m_page->model()->total(), qint64(1)); // support sees every customer's payments
    QVERIFY(!test::child<QPushButton>(m_page, u"recordPaymentButton"_s)->isEnabled());
    m_page->paymentView()->selectRow(0);
    QVERIFY(!test::child<QPushButton>(m_page, u"deletePaymentButton"_s)->isEnabled());

    // Opened, the payment is read only and says why.
    const std::optional<Payment> payment = m_window->session()->repository<PaymentRepository>().get(id);
    QVERIFY(payment);
    PaymentDialog dialog(m_window->session(), *payment, m_window.get());
    QVERIFY(dialog.isReadOnly());
    QVERIFY(!test::child<QLineEdit>(&dialog, u"amountEdit"_s)->isEnabled());
    QVERIFY(!test::child<StatusLabel>(&dialog, u"errorLabel"_s)->text().isEmpty());
    // And core refuses whatever the UI would let through.
    QVERIFY(!m_window->session()->repository<PaymentRepository>().remove(id));
}

void TestPaymentsPage::coresRefusalIsShown()
{
    // A dialog opened by the administrator, saved after the session became support staff's (the
    // acting member changed meanwhile): core refuses, and the dialog says so in core's words.
    PaymentDialog dialog(m_window->session(), Payment(), m_window.get());
    dialog.setCustomer(m_crm->fixture.customers.value(u"c2"_s));
    test::child<QLineEdit>(&dialog, u"amountEdit"_s)->setText(u"100"_s);
    QVERIFY(!dialog.isReadOnly());
    m_window->session()->setActingMember(m_crm->fixture.members.value(u"S1"_s));
    QVERIFY(test::showActive(&dialog));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = test::child<StatusLabel>(&dialog, u"errorLabel"_s);
    QCOMPARE(error->kind(), StatusLabel::Error);
    QCOMPARE(error->text(), Repository::tr("You are not allowed to make this change."));
    QCOMPARE(PaymentRepository(*m_window->database(), AccessScope::administrator()).count({}), qint64(0));
    dialog.reject();
}

void TestPaymentsPage::collectedByRepOnTheDashboardAndInTheRanking()
{
    // April 2025: 张伟 (R1) collected ¥500.00 + ¥200.00 on 北京华联商厦's order, 李娜 (R2) ¥300.00.
    QVERIFY(record(u"c1"_s, m_crm->fixture.orders.value(u"c1"_s), 50000));
    QVERIFY(record(u"c1"_s, 0, 20000));
    QVERIFY(record(u"c2"_s, m_crm->fixture.orders.value(u"c2"_s), 30000));
    const qint64 r1 = m_crm->fixture.members.value(u"R1"_s);
    const qint64 r2 = m_crm->fixture.members.value(u"R2"_s);
    const analytics::Period april = analytics::Period::month(2025, 4);

    auto *dashboard = qobject_cast<DashboardPage *>(m_window->page(PageId::Dashboard));
    QVERIFY(dashboard);
    dashboard->setDrillDownsShown(false);
    dashboard->setToday(QDate(2025, 6, 20));
    m_window->setCurrentPage(PageId::Dashboard);
    dashboard->setPeriod(april);
    QVERIFY(QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->data().period.isValid(); },
                            20000));
    QCOMPARE(dashboard->data().period.key(), april.key());
    dashboard->setCollectedByRep(true);
    QVERIFY(dashboard->showsCollectedByRep());
    const analytics::Breakdown &byRep = dashboard->data().collectedByRep;
    QCOMPARE(byRep.rows.size(), 2);
    QCOMPARE(byRep.rows.at(0).id, r1);
    QCOMPARE(byRep.rows.at(0).value.numerator, qint64(70000));
    QCOMPARE(byRep.rows.at(1).id, r2);
    QCOMPARE(byRep.rows.at(1).value.numerator, qint64(30000));
    // The chart draws those two bars, the larger at the top (the last of the set).
    QChartView *chart = dashboard->chartView(u"repChart"_s);
    QHorizontalBarSeries *series = nullptr;
    for (QAbstractSeries *s : chart->chart()->series())
        if ((series = qobject_cast<QHorizontalBarSeries *>(s)))
            break;
    QVERIFY(series);
    QCOMPARE(series->barSets().constFirst()->count(), 2);
    QVERIFY(series->barSets().constFirst()->at(1) > series->barSets().constFirst()->at(0));
    QTest::qWait(300); // the chart lays out its axes in the next round
    test::saveShot(m_window.get(), u"dashboard-collected"_s);

    // A bar opens the rep's payments of the period: two, ¥700.00.
    std::unique_ptr<DrillDownDialog> drill(dashboard->drillIntoRep(r1));
    QVERIFY(drill);
    QCOMPARE(drill->rowTotal(), qint64(2));
    QVERIFY2(drill->summary().contains(u"¥700.00"_s), qPrintable(drill->summary()));
    QCOMPARE(drill->view()->model()->index(0, PaymentTableModel::Customer).data().toString(),
             u"北京华联商厦"_s);
    // Back to revenue: the bars open orders again.
    dashboard->setCollectedByRep(false);
    std::unique_ptr<DrillDownDialog> orders(dashboard->drillIntoRep(r1));
    QVERIFY(!qobject_cast<PaymentTableModel *>(orders->view()->model()));

    // The ranking by collected payments: 张伟 first with ¥700.00.
    const performance::Ranking ranking =
        performance::Rankings(*m_window->database(), AccessScope::administrator())
            .rank(u"collected"_s, april);
    QVERIFY2(ranking.ok(), qPrintable(ranking.error));
    QVERIFY(ranking.rows.size() >= 2);
    QCOMPARE(ranking.rows.at(0).memberId, r1);
    QCOMPARE(ranking.rows.at(0).value.numerator, qint64(70000));
}

QTEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"
