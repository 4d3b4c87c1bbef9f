// Money in fen: parsing what people write, exactly, and formatting it back.
#include "domain/Money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using frontline::Money;

class tst_Money : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void format_data();
    void format();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen"); // -1 sentinel with valid=false
    QTest::addColumn<bool>("valid");
    QTest::newRow("integer") << u"1234"_s << qint64(123400) << true;
    QTest::newRow("yuan sign and commas") << u"¥1,234.50"_s << qint64(123450) << true;
    QTest::newRow("full-width yen") << u"￥１，２３４.５"_s << qint64(123450) << true;
    QTest::newRow("yuan suffix") << u"1234.5元"_s << qint64(123450) << true;
    QTest::newRow("wan") << u"1.2万"_s << qint64(1200000) << true;
    QTest::newRow("wan yuan") << u"3万元"_s << qint64(3000000) << true;
    QTest::newRow("wan with fen precision") << u"1.23456万"_s << qint64(1234560) << true;
    QTest::newRow("negative") << u"-12"_s << qint64(-1200) << true;
    QTest::newRow("accounting negative") << u"(300.25)"_s << qint64(-30025) << true;
    QTest::newRow("negative after sign") << u"¥-0.01"_s << qint64(-1) << true;
    QTest::newRow("no leading digit") << u".5"_s << qint64(50) << true;
    QTest::newRow("trailing zeros") << u"1.2300"_s << qint64(123) << true;
    QTest::newRow("RMB prefix") << u"RMB 88"_s << qint64(8800) << true;
    QTest::newRow("0.1 + 0.2 is exact") << u"0.30"_s << qint64(30) << true;
    QTest::newRow("sub-fen precision") << u"1.234"_s << qint64(-1) << false;
    QTest::newRow("letters") << u"abc"_s << qint64(-1) << false;
    QTest::newRow("empty") << u""_s << qint64(-1) << false;
    QTest::newRow("two dots") << u"1.2.3"_s << qint64(-1) << false;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    QFETCH(bool, valid);
    const std::optional<qint64> parsed = Money::parseYuan(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, fen);
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << qint64(0) << u"¥0.00"_s << u"0.00"_s;
    QTest::newRow("cents") << qint64(5) << u"¥0.05"_s << u"0.05"_s;
    QTest::newRow("thousands") << qint64(123456789) << u"¥1,234,567.89"_s << u"1234567.89"_s;
    QTest::newRow("negative") << qint64(-100050) << u"-¥1,000.50"_s << u"-1000.50"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-¥92,233,720,368,547,758.08"_s
                         << u"-92233720368547758.08"_s;
}

void tst_Money::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(Money::format(fen), text);
    QCOMPARE(Money::plain(fen), plain);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
