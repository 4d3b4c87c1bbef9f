// The hybrid logical clock: monotonic on one device whatever the wall clock does, ahead of
// everything observed from other devices, and close to real time.
#include "sync/HybridClock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using frontline::HybridClock;

class tst_HybridClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encoding();
    void followsWallClock();
    void monotonicWhenWallClockStallsOrGoesBack();
    void observeMovesPastRemote();
    void counterOverflowBorrowsNextMillisecond();
    void restoreNeverGoesBack();
    void twoDevicesAgreeOnOrder();
    void toStringIsReadable();
};

void tst_HybridClock::encoding()
{
    const HybridClock::Timestamp t = HybridClock::make(1764342000123, 7);
    QCOMPARE(HybridClock::physicalMs(t), 1764342000123);
    QCOMPARE(HybridClock::counter(t), 7u);
    QVERIFY(HybridClock::make(1000, 0xffff) < HybridClock::make(1001, 0));
}

void tst_HybridClock::followsWallClock()
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    QCOMPARE(clock.now(), HybridClock::make(1000, 0));
    wall = 2000;
    QCOMPARE(clock.now(), HybridClock::make(2000, 0));
}

void tst_HybridClock::monotonicWhenWallClockStallsOrGoesBack()
{
    qint64 wall = 5000;
    HybridClock clock([&] { return wall; });
    const auto a = clock.now();
    const auto b = clock.now();
    QCOMPARE(b, HybridClock::make(5000, 1));
    wall = 4000; // the user set the clock back an hour, say
    const auto c = clock.now();
    QVERIFY(a < b);
    QVERIFY(b < c);
    QCOMPARE(HybridClock::physicalMs(c), 5000);
}

void tst_HybridClock::observeMovesPastRemote()
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    const auto remote = HybridClock::make(9000, 3); // a laptop whose clock runs ahead
    const auto after = clock.observe(remote);
    QVERIFY(after > remote);
    QVERIFY(clock.now() > after);
    // An older remote time does not move us back.
    const auto before = clock.last();
    QVERIFY(clock.observe(HybridClock::make(10, 0)) > before);
}

void tst_HybridClock::counterOverflowBorrowsNextMillisecond()
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    clock.restore(HybridClock::make(1000, 0xffff));
    const auto next = clock.now();
    QCOMPARE(next, HybridClock::make(1001, 0));
}

void tst_HybridClock::restoreNeverGoesBack()
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    clock.restore(HybridClock::make(3000, 2));
    clock.restore(HybridClock::make(2000, 0));
    QCOMPARE(clock.last(), HybridClock::make(3000, 2));
    QVERIFY(clock.now() > HybridClock::make(3000, 2));
}

void tst_HybridClock::twoDevicesAgreeOnOrder()
{
    // Device B's clock is an hour behind A's. A edits, B receives A's change and edits after:
    // B's edit must order after A's although B's wall clock says otherwise.
    qint64 wallA = 10'000'000, wallB = 10'000'000 - 3'600'000;
    HybridClock a([&] { return wallA; });
    HybridClock b([&] { return wallB; });
    const auto editA = a.now();
    b.observe(editA);
    wallB += 5;
    const auto editB = b.now();
    QVERIFY(editB > editA);
    a.observe(editB);
    wallA += 1;
    QVERIFY(a.now() > editB);
}

void tst_HybridClock::toStringIsReadable()
{
    QCOMPARE(HybridClock::toString(HybridClock::make(0, 10)), u"1970-01-01T00:00:00.000Z/000a"_s);
}

QTEST_GUILESS_MAIN(tst_HybridClock)
#include "tst_hybridclock.moc"
