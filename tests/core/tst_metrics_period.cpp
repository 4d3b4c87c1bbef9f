// Periods: parsing what people type, ISO weeks across year ends, previous and last-year periods.
#include "analytics/Period.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline::analytics;

class tst_MetricsPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void isoWeeks_data();
    void isoWeeks();
    void stepping_data();
    void stepping();
};

void tst_MetricsPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("key");
    QTest::newRow("month") << u"2025-03"_s << true << u"month"_s << QDate(2025, 3, 1) << QDate(2025, 3, 31)
                           << u"2025-03"_s;
    QTest::newRow("february leap") << u"2024-02"_s << true << u"month"_s << QDate(2024, 2, 1)
                                   << QDate(2024, 2, 29) << u"2024-02"_s;
    QTest::newRow("short month") << u"2025-3"_s << true << u"month"_s << QDate(2025, 3, 1)
                                 << QDate(2025, 3, 31) << u"2025-03"_s;
    QTest::newRow("quarter") << u"2025-Q1"_s << true << u"quarter"_s << QDate(2025, 1, 1)
                             << QDate(2025, 3, 31) << u"2025-Q1"_s;
    QTest::newRow("quarter lower") << u"2025q4"_s << true << u"quarter"_s << QDate(2025, 10, 1)
                                   << QDate(2025, 12, 31) << u"2025-Q4"_s;
    QTest::newRow("year") << u"2025"_s << true << u"year"_s << QDate(2025, 1, 1) << QDate(2025, 12, 31)
                          << u"2025"_s;
    QTest::newRow("week") << u"2025-W07"_s << true << u"week"_s << QDate(2025, 2, 10) << QDate(2025, 2, 16)
                          << u"2025-W07"_s;
    QTest::newRow("week short") << u"2025W7"_s << true << u"week"_s << QDate(2025, 2, 10)
                                << QDate(2025, 2, 16) << u"2025-W07"_s;
    QTest::newRow("day") << u"2025-03-07"_s << true << u"day"_s << QDate(2025, 3, 7) << QDate(2025, 3, 7)
                         << u"2025-03-07"_s;
    QTest::newRow("range") << u"2025-01-15..2025-02-10"_s << true << u"custom"_s << QDate(2025, 1, 15)
                           << QDate(2025, 2, 10) << u"2025-01-15..2025-02-10"_s;
    QTest::newRow("range of months") << u"2025-01..2025-03"_s << true << u"custom"_s << QDate(2025, 1, 1)
                                     << QDate(2025, 3, 31) << u"2025-01-01..2025-03-31"_s;
    QTest::newRow("spaces") << u" 2025-Q2 "_s << true << u"quarter"_s << QDate(2025, 4, 1)
                            << QDate(2025, 6, 30) << u"2025-Q2"_s;
    QTest::newRow("month 13") << u"2025-13"_s << false << QString() << QDate() << QDate() << QString();
    QTest::newRow("quarter 5") << u"2025-Q5"_s << false << QString() << QDate() << QDate() << QString();
    QTest::newRow("week 53 of 2025") << u"2025-W53"_s << false << QString() << QDate() << QDate()
                                     << QString();
    QTest::newRow("week 0") << u"2025-W00"_s << false << QString() << QDate() << QDate() << QString();
    QTest::newRow("30 February") << u"2025-02-30"_s << false << QString() << QDate() << QDate() << QString();
    QTest::newRow("backwards") << u"2025-03..2025-01"_s << false << QString() << QDate() << QDate()
                               << QString();
    QTest::newRow("words") << u"March"_s << false << QString() << QDate() << QDate() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QDate() << QDate() << QString();
}

void tst_MetricsPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, key);
    QString error;
    const std::optional<Period> p = Period::parse(text, &error);
    QCOMPARE(bool(p), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(Period::kindKey(p->kind()), kind);
    QCOMPARE(p->from(), from);
    QCOMPARE(p->to(), to);
    QCOMPARE(p->key(), key);
    QCOMPARE(Period::parse(p->key())->from(), from); // the key reads back
}

void tst_MetricsPeriod::isoWeeks_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("monday");
    // 1 January 2021 is a Friday: it belongs to week 53 of 2020.
    QTest::newRow("2021-01-01") << QDate(2021, 1, 1) << u"2020-W53"_s << QDate(2020, 12, 28);
    QTest::newRow("2021-01-03 Sunday") << QDate(2021, 1, 3) << u"2020-W53"_s << QDate(2020, 12, 28);
    QTest::newRow("2021-01-04 Monday") << QDate(2021, 1, 4) << u"2021-W01"_s << QDate(2021, 1, 4);
    // 30 December 2024 is a Monday: week 1 of 2025.
    QTest::newRow("2024-12-30") << QDate(2024, 12, 30) << u"2025-W01"_s << QDate(2024, 12, 30);
    QTest::newRow("2025-01-05") << QDate(2025, 1, 5) << u"2025-W01"_s << QDate(2024, 12, 30);
    QTest::newRow("2025-12-28") << QDate(2025, 12, 28) << u"2025-W52"_s << QDate(2025, 12, 22);
    QTest::newRow("2026-01-01") << QDate(2026, 1, 1) << u"2026-W01"_s << QDate(2025, 12, 29);
    QTest::newRow("2015-12-31") << QDate(2015, 12, 31) << u"2015-W53"_s << QDate(2015, 12, 28);
}

void tst_MetricsPeriod::isoWeeks()
{
    QFETCH(QDate, day);
    QFETCH(QString, key);
    QFETCH(QDate, monday);
    const Period w = Period::week(day);
    QCOMPARE(w.key(), key);
    QCOMPARE(w.from(), monday);
    QCOMPARE(w.to(), monday.addDays(6));
    QCOMPARE(w.from().dayOfWeek(), 1);
    QCOMPARE(*Period::parse(key), w);
}

void tst_MetricsPeriod::stepping_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("lastYear");
    QTest::addColumn<QString>("trail3");
    QTest::newRow("january") << u"2025-01"_s << u"2024-12"_s << u"2024-01"_s << u"2024-11 2024-12 2025-01"_s;
    QTest::newRow("quarter") << u"2025-Q1"_s << u"2024-Q4"_s << u"2024-Q1"_s << u"2024-Q3 2024-Q4 2025-Q1"_s;
    QTest::newRow("year") << u"2025"_s << u"2024"_s << u"2024"_s << u"2023 2024 2025"_s;
    QTest::newRow("week 1") << u"2025-W01"_s << u"2024-W52"_s << u"2024-W01"_s
                            << u"2024-W51 2024-W52 2025-W01"_s;
    // 2020 has 53 weeks, 2021 52: week 53's last year is 2019's last week, W52.
    QTest::newRow("week 53") << u"2020-W53"_s << u"2020-W52"_s << u"2019-W52"_s
                             << u"2020-W51 2020-W52 2020-W53"_s;
    QTest::newRow("after week 53") << u"2021-W01"_s << u"2020-W53"_s << u"2020-W01"_s
                                   << u"2020-W52 2020-W53 2021-W01"_s;
    QTest::newRow("day") << u"2025-03-01"_s << u"2025-02-28"_s << u"2024-03-01"_s
                         << u"2025-02-27 2025-02-28 2025-03-01"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-28"_s << u"2023-02-28"_s
                              << u"2024-02-27 2024-02-28 2024-02-29"_s;
    QTest::newRow("range") << u"2025-03-01..2025-03-10"_s << u"2025-02-19..2025-02-28"_s
                           << u"2024-03-01..2024-03-10"_s
                           << u"2025-02-09..2025-02-18 2025-02-19..2025-02-28 2025-03-01..2025-03-10"_s;
}

void tst_MetricsPeriod::stepping()
{
    QFETCH(QString, period);
    QFETCH(QString, previous);
    QFETCH(QString, lastYear);
    QFETCH(QString, trail3);
    const Period p = *Period::parse(period);
    QCOMPARE(p.previous().key(), previous);
    QCOMPARE(p.lastYear().key(), lastYear);
    QStringList keys;
    for (const Period &t : p.trailing(3))
        keys << t.key();
    QCOMPARE(keys.join(u' '), trail3);
}

QTEST_GUILESS_MAIN(tst_MetricsPeriod)
#include "tst_metrics_period.moc"
