// Demo data in the GUI: DemoFiller runs the generator on a worker thread while its progress
// dialog shows how far it is and the user interface keeps answering; Cancel stops it and leaves
// the database as empty as before.
#include "DemoFiller.h"
#include "UiTest.h"
#include "repositories/CustomerRepository.h"
#include "support/TempDatabase.h"
#include "util/Translations.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

DemoGenerator::Options smallCompany()
{
    DemoGenerator::Options options;
    options.reps = 4;
    options.customers = 300;
    options.orderLines = 600;
    options.months = 3;
    return options;
}

} // namespace

class TestDemoFiller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fillsOnAWorkerThreadWithProgress();
    void cancelLeavesTheDatabaseEmpty();
    void anOldDatabaseIsNotFilled();

private:
    QTemporaryDir m_settingsDir;
};

void TestDemoFiller::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(u"en"_s);
}

void TestDemoFiller::fillsOnAWorkerThreadWithProgress()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    QVERIFY(DemoFiller::isEmpty(temp.db()));

    // The user interface thread keeps running its event loop meanwhile: timers fire, the
    // progress dialog shows and moves.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    int highest = -1;
    bool shown = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
            shown = shown || dialog->isVisible();
            highest = qMax(highest, dialog->value());
        }
    });
    watcher.start(5);

    const DemoGenerator::Result result = DemoFiller::fill(temp.db(), smallCompany());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.customers, 300);
    QVERIFY(shown);
    QVERIFY2(highest > 0, qPrintable(QString::number(highest)));
    QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
    // Written through the worker's connection, read here through the main one.
    QCOMPARE(CustomerRepository(temp.db(), AccessScope::administrator()).count({}), 300);
    QVERIFY(!DemoFiller::isEmpty(temp.db()));
}

void TestDemoFiller::cancelLeavesTheDatabaseEmpty()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    DemoGenerator::Options options = smallCompany();
    options.customers = 5000; // long enough to be cancelled on the way
    options.orderLines = 20000;
    // The user clicks Cancel.
    test::DialogHandler<QProgressDialog> handler([](QProgressDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    });
    const DemoGenerator::Result result = DemoFiller::fill(temp.db(), options);
    QVERIFY(handler.handled());
    QVERIFY(result.cancelled);
    QCOMPARE(result.customers, 0);
    QVERIFY(DemoFiller::isEmpty(temp.db()));
}

void TestDemoFiller::anOldDatabaseIsNotFilled()
{
    test::TempDatabase temp;
    QVERIFY(temp.isValid());
    Customer customer;
    customer.name = u"杭州西湖茶业"_s;
    const qint64 id = CustomerRepository(temp.db(), AccessScope::administrator()).create(customer).id;
    QVERIFY(id > 0);
    QVERIFY(!DemoFiller::isEmpty(temp.db()));
    // Even a deleted customer means the file is someone's.
    QVERIFY(CustomerRepository(temp.db(), AccessScope::administrator()).remove(id));
    QVERIFY(!DemoFiller::isEmpty(temp.db()));
}

QTEST_MAIN(TestDemoFiller)
#include "tst_demofiller.moc"
