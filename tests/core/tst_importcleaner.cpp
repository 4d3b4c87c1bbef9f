// The value cleaning of imports, data-driven with every example of the import issue and more:
// text, phones, e-mails, dates, amounts, quantities, percentages, value synonyms, header
// synonyms and header-row detection.
#include "import/FuzzyMatcher.h"
#include "import/ImportCleaner.h"
#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "services/CustomerMatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;

class tst_ImportCleaner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void text_data();
    void text();
    void phones_data();
    void phones();
    void emails_data();
    void emails();
    void dates_data();
    void dates();
    void amounts_data();
    void amounts();
    void quantities_data();
    void quantities();
    void percents_data();
    void percents();
    void synonyms_data();
    void synonyms();
    void stages_data();
    void stages();
    void summaryLabels_data();
    void summaryLabels();
    void headers_data();
    void headers();
    void headerRowAfterTitleAndBlankRows();
    void profileOverridesSynonyms();
    void fuzzyCores_data();
    void fuzzyCores();
    void fuzzyScores_data();
    void fuzzyScores();
};

void tst_ImportCleaner::text_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << QVariant(u"  北京华联  "_s) << u"北京华联"_s;
    QTest::newRow("full-width") << QVariant(u"ＡＢＣ１２３"_s) << u"ABC123"_s;
    QTest::newRow("ideographic space") << QVariant(u"北京\u3000华联"_s) << u"北京 华联"_s;
    QTest::newRow("inner runs") << QVariant(u"a   b"_s) << u"a b"_s;
    QTest::newRow("full-width brackets") << QVariant(u"江子（个人）"_s) << u"江子(个人)"_s;
    QTest::newRow("ascii fast path") << QVariant(u"XS202500001"_s) << u"XS202500001"_s;
    QTest::newRow("double") << QVariant(539.1) << u"539.1"_s;
    QTest::newRow("big double") << QVariant(1000000.0) << u"1000000"_s;
    QTest::newRow("date cell") << QVariant(QDate(2025, 3, 7)) << u"2025-03-07"_s;
    QTest::newRow("empty") << QVariant() << QString();
}

void tst_ImportCleaner::text()
{
    QFETCH(QVariant, cell);
    QFETCH(QString, expected);
    QCOMPARE(ImportCleaner::text(cell), expected);
}

void tst_ImportCleaner::phones_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("valid");
    QTest::newRow("+86 spaced") << u"+86 138 0013 8000"_s << u"+8613800138000"_s << true;
    QTest::newRow("86 dashes") << u"86-138-0013-8000"_s << u"+8613800138000"_s << true;
    QTest::newRow("(+86)") << u"(+86)13800138000"_s << u"+8613800138000"_s << true;
    QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << u"+8613800138000"_s << true;
    QTest::newRow("beijing landline") << u"010-62345678"_s << u"+861062345678"_s << true;
    QTest::newRow("double dash") << u"023--364-72193"_s << u"+862336472193"_s << true;
    QTest::newRow("new mobile range 16x") << u"16140831600"_s << u"+8616140831600"_s << true;
    QTest::newRow("new mobile range 14x") << u"146-6330-4284"_s << u"+8614663304284"_s << true;
    QTest::newRow("7-digit local") << u"0571-2898498"_s << u"+865712898498"_s << true;
    QTest::newRow("too short") << u"12345"_s << u"12345"_s << false;
    QTest::newRow("letters") << u"call me"_s << u"call me"_s << false;
}

void tst_ImportCleaner::phones()
{
    QFETCH(QString, raw);
    QFETCH(QString, e164);
    QFETCH(bool, valid);
    const ContactPoint p = CustomerMatcher::phonePoint(raw);
    QCOMPARE(p.valid, valid);
    QCOMPARE(p.normalized, e164);
    QCOMPARE(p.raw, raw.trimmed()); // the raw text is always kept
}

void tst_ImportCleaner::emails_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");
    QTest::newRow("upper case") << u"Info@HuaLian.CN"_s << u"info@hualian.cn"_s << true;
    QTest::newRow("full-width at") << u"c067＠example.cn"_s << u"c067@example.cn"_s << true;
    QTest::newRow("spaces") << u" a@b.cn "_s << u"a@b.cn"_s << true;
    QTest::newRow("no domain") << u"abc@"_s << u"abc@"_s << false;
    QTest::newRow("no at") << u"example.cn"_s << u"example.cn"_s << false;
}

void tst_ImportCleaner::emails()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    const ContactPoint p = CustomerMatcher::emailPoint(raw);
    QCOMPARE(p.normalized, normalized);
    QCOMPARE(p.valid, valid);
}

void tst_ImportCleaner::dates_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("monthOnly");
    const QDate d(2025, 3, 7);
    QTest::newRow("iso") << QVariant(u"2025-03-07"_s) << d << QTime() << false;
    // The fast path for plain ISO dates agrees with the general one at its edges.
    QTest::newRow("iso leap day") << QVariant(u"2024-02-29"_s) << QDate(2024, 2, 29) << QTime() << false;
    QTest::newRow("iso no such day") << QVariant(u"2025-02-30"_s) << QDate() << QTime() << false;
    QTest::newRow("iso month 13") << QVariant(u"2025-13-01"_s) << QDate() << QTime() << false;
    QTest::newRow("iso padded") << QVariant(u" 2025-03-07 "_s) << d << QTime() << false;
    QTest::newRow("slashes") << QVariant(u"2025/3/7"_s) << d << QTime() << false;
    QTest::newRow("dots") << QVariant(u"2025.3.7"_s) << d << QTime() << false;
    QTest::newRow("chinese") << QVariant(u"2025年3月7日"_s) << d << QTime() << false;
    QTest::newRow("chinese full-width") << QVariant(u"２０２５年３月７日"_s) << d << QTime() << false;
    QTest::newRow("with time") << QVariant(u"2025-03-07 14:30"_s) << d << QTime(14, 30) << false;
    QTest::newRow("with seconds") << QVariant(u"2025/3/7 14:30:05"_s) << d << QTime(14, 30, 5) << false;
    QTest::newRow("chinese with time") << QVariant(u"2025年3月7日 9:05"_s) << d << QTime(9, 5) << false;
    QTest::newRow("T") << QVariant(u"2025-03-07T14:30:05"_s) << d << QTime(14, 30, 5) << false;
    QTest::newRow("utc offset") << QVariant(u"2025-03-07T08:00:00+08:00"_s) << d << QTime(0, 0) << false;
    QTest::newRow("compact") << QVariant(u"20250307"_s) << d << QTime() << false;
    QTest::newRow("day first unambiguous")
        << QVariant(u"17/3/2025"_s) << QDate(2025, 3, 17) << QTime() << false;
    QTest::newRow("month first unambiguous")
        << QVariant(u"3/17/2025"_s) << QDate(2025, 3, 17) << QTime() << false;
    QTest::newRow("ambiguous") << QVariant(u"3/7/2025"_s) << QDate() << QTime() << false;
    QTest::newRow("month only") << QVariant(u"2025-07"_s) << QDate(2025, 7, 1) << QTime() << true;
    QTest::newRow("chinese month") << QVariant(u"2025年7月"_s) << QDate(2025, 7, 1) << QTime() << true;
    QTest::newRow("excel serial double") << QVariant(45723.0) << d << QTime() << false;
    QTest::newRow("excel serial with time") << QVariant(45723.5) << d << QTime(12, 0) << false;
    QTest::newRow("excel serial text") << QVariant(u"45723"_s) << d << QTime() << false;
    QTest::newRow("xlsx date cell") << QVariant(d) << d << QTime() << false;
    QTest::newRow("xlsx datetime cell") << QVariant(QDateTime(d, QTime(8, 15))) << d << QTime(8, 15) << false;
    QTest::newRow("not a date") << QVariant(u"下周"_s) << QDate() << QTime() << false;
    QTest::newRow("invalid day") << QVariant(u"2025-02-30"_s) << QDate() << QTime() << false;
    QTest::newRow("empty") << QVariant(u""_s) << QDate() << QTime() << false;
}

void tst_ImportCleaner::dates()
{
    QFETCH(QVariant, cell);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, monthOnly);
    const CleanDate d = ImportCleaner::date(cell);
    QCOMPARE(d.date, date);
    if (date.isValid()) {
        QCOMPARE(d.time, time);
        QCOMPARE(d.monthOnly, monthOnly);
    }
}

void tst_ImportCleaner::amounts_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("ok");
    QTest::newRow("yuan sign") << QVariant(u"¥1,234.50"_s) << qint64(123450) << true;
    QTest::newRow("full-width yuan sign") << QVariant(u"￥1,234.50"_s) << qint64(123450) << true;
    QTest::newRow("yuan suffix") << QVariant(u"1234.5元"_s) << qint64(123450) << true;
    QTest::newRow("wan") << QVariant(u"1.2万"_s) << qint64(1200000) << true;
    QTest::newRow("negative") << QVariant(u"-12"_s) << qint64(-1200) << true;
    // Plain ASCII amounts take a fast path; these pin its edges to the general rules.
    QTest::newRow("plain cents") << QVariant(u"1234.05"_s) << qint64(123405) << true;
    QTest::newRow("plain one decimal") << QVariant(u"7.5"_s) << qint64(750) << true;
    QTest::newRow("plain leading zeros") << QVariant(u"0012.30"_s) << qint64(1230) << true;
    QTest::newRow("plain negative cents") << QVariant(u"-0.01"_s) << qint64(-1) << true;
    QTest::newRow("plain trailing zeros") << QVariant(u"12.3400"_s) << qint64(1234) << true;
    QTest::newRow("plain third decimal") << QVariant(u"12.345"_s) << qint64(0) << false;
    QTest::newRow("plain dot only") << QVariant(u"12."_s) << qint64(1200) << true;
    QTest::newRow("plain sixteen digits")
        << QVariant(u"1234567890123456"_s) << qint64(123456789012345600) << true;
    QTest::newRow("plain minus alone") << QVariant(u"-"_s) << qint64(0) << false;
    QTest::newRow("parentheses") << QVariant(u"(300)"_s) << qint64(-30000) << true;
    QTest::newRow("spaces inside") << QVariant(u"¥ 1 234.50"_s) << qint64(123450) << true;
    QTest::newRow("RMB suffix") << QVariant(u"1200.00 RMB"_s) << qint64(120000) << true;
    QTest::newRow("xlsx double") << QVariant(539.1) << qint64(53910) << true;
    QTest::newRow("xlsx double drift") << QVariant(0.1 + 0.2) << qint64(30) << false; // 0.30000000000000004
    QTest::newRow("xlsx double cents") << QVariant(19.99) << qint64(1999) << true;
    QTest::newRow("xlsx big double") << QVariant(1234567.89) << qint64(123456789) << true;
    QTest::newRow("xlsx integer") << QVariant(qint64(2598)) << qint64(259800) << true;
    QTest::newRow("text") << QVariant(u"面议"_s) << qint64(0) << false;
    QTest::newRow("too precise") << QVariant(u"1.234"_s) << qint64(0) << false;
}

void tst_ImportCleaner::amounts()
{
    QFETCH(QVariant, cell);
    QFETCH(qint64, fen);
    QFETCH(bool, ok);
    const std::optional<qint64> v = ImportCleaner::fen(cell);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, fen);
}

void tst_ImportCleaner::quantities_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("text") << QVariant(u"3"_s) << qint64(3) << true;
    QTest::newRow("leading zeros") << QVariant(u"007"_s) << qint64(7) << true;
    QTest::newRow("zero") << QVariant(u"0"_s) << qint64(0) << true;
    QTest::newRow("negative") << QVariant(u"-3"_s) << qint64(-3) << true;
    QTest::newRow("decimal zero") << QVariant(u"3.0"_s) << qint64(3) << true;
    QTest::newRow("thousands") << QVariant(u"1,200"_s) << qint64(1200) << true;
    QTest::newRow("unit") << QVariant(u"3件"_s) << qint64(3) << true;
    QTest::newRow("double") << QVariant(9.0) << qint64(9) << true;
    QTest::newRow("fraction") << QVariant(u"2.5"_s) << qint64(0) << false;
    QTest::newRow("fraction double") << QVariant(2.5) << qint64(0) << false;
    QTest::newRow("words") << QVariant(u"若干"_s) << qint64(0) << false;
}

void tst_ImportCleaner::quantities()
{
    QFETCH(QVariant, cell);
    QFETCH(qint64, expected);
    QFETCH(bool, ok);
    const std::optional<qint64> v = ImportCleaner::quantity(cell);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
}

void tst_ImportCleaner::percents_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<int>("expected");
    QTest::newRow("zoho") << QVariant(u"20"_s) << 20;
    QTest::newRow("percent sign") << QVariant(u"75%"_s) << 75;
    QTest::newRow("fraction") << QVariant(u"0.5"_s) << 50;
    QTest::newRow("xlsx fraction") << QVariant(0.25) << 25;
    QTest::newRow("hundred") << QVariant(qint64(100)) << 100;
    QTest::newRow("out of range") << QVariant(u"120"_s) << -1;
    QTest::newRow("text") << QVariant(u"高"_s) << -1;
}

void tst_ImportCleaner::percents()
{
    QFETCH(QVariant, cell);
    QFETCH(int, expected);
    QCOMPARE(ImportCleaner::percent(cell).value_or(-1), expected);
}

void tst_ImportCleaner::synonyms_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("source referral") << u"source"_s << u"转介绍"_s << u"referral"_s;
    QTest::newRow("source zoho trade show") << u"source"_s << u"Trade Show"_s << u"trade_show"_s;
    QTest::newRow("source web") << u"source"_s << u"官网"_s << u"website"_s;
    QTest::newRow("source wechat") << u"source"_s << u"微信"_s << u"wechat"_s;
    QTest::newRow("source unknown") << u"source"_s << u"路过"_s << QString();
    QTest::newRow("status") << u"status"_s << u"意向客户"_s << u"prospect"_s;
    QTest::newRow("status english") << u"status"_s << u"Churned"_s << u"lost"_s;
    QTest::newRow("channel wechat") << u"channel"_s << u"微信"_s << u"wechat"_s;
    QTest::newRow("channel store") << u"channel"_s << u"门店"_s << u"store"_s;
    QTest::newRow("channel visit") << u"channel"_s << u"拜访"_s << u"direct"_s;
    QTest::newRow("kind individual") << u"kind"_s << u"个人"_s << u"individual"_s;
    QTest::newRow("activity call") << u"activity"_s << u"电话"_s << u"call"_s;
    QTest::newRow("role") << u"role"_s << u"销售经理"_s << u"manager"_s;
    QTest::newRow("method 对公转账") << u"method"_s << u"对公转账"_s << u"transfer"_s;
    QTest::newRow("method 电汇") << u"method"_s << u"电汇"_s << u"transfer"_s;
    QTest::newRow("method key") << u"method"_s << u"transfer"_s << u"transfer"_s;
    QTest::newRow("method 现金") << u"method"_s << u"现金"_s << u"cash"_s;
    QTest::newRow("method 微信") << u"method"_s << u"微信"_s << u"wechat"_s;
    QTest::newRow("method 支付宝") << u"method"_s << u"支付宝"_s << u"alipay"_s;
    QTest::newRow("method POS") << u"method"_s << u"ＰＯＳ"_s << u"card"_s; // full width
    QTest::newRow("method 刷卡") << u"method"_s << u"刷卡"_s << u"card"_s;
    QTest::newRow("method 支票") << u"method"_s << u"支票"_s << u"cheque"_s;
    QTest::newRow("method 承兑") << u"method"_s << u"承兑"_s << u"draft"_s;
    QTest::newRow("method 银行承兑汇票") << u"method"_s << u"银行承兑汇票"_s << u"draft"_s;
    QTest::newRow("method 其他") << u"method"_s << u"其他"_s << u"other"_s;
    QTest::newRow("method unknown") << u"method"_s << u"易货"_s << QString();
}

void tst_ImportCleaner::synonyms()
{
    QFETCH(QString, domain);
    QFETCH(QString, text);
    QFETCH(QString, key);
    QString actual;
    if (domain == u"source"_s)
        actual = ImportCleaner::customerSource(text);
    else if (domain == u"status"_s)
        actual = ImportCleaner::customerStatus(text);
    else if (domain == u"channel"_s)
        actual = ImportCleaner::orderChannel(text);
    else if (domain == u"kind"_s)
        actual = ImportCleaner::customerKind(text);
    else if (domain == u"activity"_s)
        actual = ImportCleaner::activityKind(text);
    else if (domain == u"method"_s)
        actual = ImportCleaner::paymentMethod(text);
    else
        actual = ImportCleaner::role(text);
    QCOMPARE(actual, key);
}

void tst_ImportCleaner::stages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("probability");
    QTest::newRow("Qualification") << u"Qualification"_s << u"lead"_s << 10;
    QTest::newRow("Needs Analysis") << u"Needs Analysis"_s << u"qualified"_s << 20;
    QTest::newRow("Value Proposition") << u"Value Proposition"_s << u"proposal"_s << 40;
    QTest::newRow("Id. Decision Makers") << u"Id. Decision Makers"_s << u"proposal"_s << 60;
    QTest::newRow("Perception Analysis") << u"Perception Analysis"_s << u"proposal"_s << 70;
    QTest::newRow("Proposal/Price Quote") << u"Proposal/Price Quote"_s << u"proposal"_s << 75;
    QTest::newRow("Negotiation/Review") << u"Negotiation/Review"_s << u"negotiation"_s << 90;
    QTest::newRow("Closed Won") << u"Closed Won"_s << u"won"_s << 100;
    QTest::newRow("Closed Lost") << u"Closed Lost"_s << u"lost"_s << 0;
    QTest::newRow("Closed Lost to Competition") << u"Closed Lost to Competition"_s << u"lost"_s << 0;
    QTest::newRow("纷享销客 赢单") << u"赢单"_s << u"won"_s << 100;
    QTest::newRow("方案/报价") << u"方案/报价"_s << u"proposal"_s << -1;
    QTest::newRow("odoo New") << u"New"_s << u"lead"_s << -1;
    QTest::newRow("unknown") << u"Dreaming"_s << QString() << -1;
}

void tst_ImportCleaner::stages()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(int, probability);
    const StageValue v = ImportCleaner::stage(text);
    QCOMPARE(v.key, key);
    QCOMPARE(v.probability, probability);
}

void tst_ImportCleaner::summaryLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("summary");
    for (const QString &s :
         {u"合计"_s, u"总计"_s, u"小计"_s, u"Total"_s, u"Grand Total"_s, u"合计："_s, u"TOTAL"_s})
        QTest::newRow(qPrintable(s)) << s << true;
    for (const QString &s : {u"合计公司"_s, u"XS202500001"_s, u""_s})
        QTest::newRow(qPrintable(u"not " + s)) << s << false;
}

void tst_ImportCleaner::summaryLabels()
{
    QFETCH(QString, text);
    QFETCH(bool, summary);
    QCOMPARE(ImportCleaner::isSummaryLabel(text), summary);
}

void tst_ImportCleaner::headers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const QList<std::tuple<QString, QString, QString>> rows{
        {u"customers"_s, u"客户名称"_s, u"name"_s},
        {u"customers"_s, u"公司名称"_s, u"name"_s},
        {u"customers"_s, u"Account Name"_s, u"name"_s},
        {u"customers"_s, u"Company"_s, u"name"_s},
        {u"customers"_s, u"手机"_s, u"phone"_s},
        {u"customers"_s, u"联系电话"_s, u"phone"_s},
        {u"customers"_s, u"Phone"_s, u"phone"_s},
        {u"customers"_s, u"Mobile"_s, u"phone"_s},
        {u"customers"_s, u"负责人"_s, u"owner"_s},
        {u"customers"_s, u"业务员"_s, u"owner"_s},
        {u"customers"_s, u"Owner"_s, u"owner"_s},
        {u"customers"_s, u"Salesperson"_s, u"owner"_s},
        {u"customers"_s, u"电子邮箱"_s, u"email"_s},
        {u"customers"_s, u"E-mail"_s, u"email"_s},
        {u"customers"_s, u"Billing City"_s, u"city"_s},
        {u"customers"_s, u"Lead Source"_s, u"source"_s},
        {u"customers"_s, u"备注（内部）"_s, u"notes"_s},
        {u"customers"_s, u"ＰＨＯＮＥ"_s, u"phone"_s},
        {u"orders"_s, u"单号"_s, u"order_no"_s},
        {u"orders"_s, u"订单编号"_s, u"order_no"_s},
        {u"orders"_s, u"Order No"_s, u"order_no"_s},
        {u"orders"_s, u"Order Reference"_s, u"order_no"_s},
        {u"orders"_s, u"金额(元)"_s, u"amount"_s},
        {u"orders"_s, u"产品编码"_s, u"product_code"_s},
        {u"opportunities"_s, u"Stage"_s, u"stage"_s},
        {u"opportunities"_s, u"阶段"_s, u"stage"_s},
        {u"opportunities"_s, u"销售阶段"_s, u"stage"_s},
        {u"opportunities"_s, u"Deal Owner"_s, u"owner"_s},
        {u"opportunities"_s, u"Probability (%)"_s, u"probability"_s},
        {u"opportunities"_s, u"Record Id"_s, u"external_id"_s},
        {u"opportunities"_s, u"Closing Date"_s, u"close_date"_s},
        {u"customers"_s, u"随便什么"_s, QString()},
    };
    for (const auto &[kind, header, field] : rows)
        QTest::newRow(qPrintable(kind + u' ' + header)) << kind << header << field;
}

void tst_ImportCleaner::headers()
{
    QFETCH(QString, kind);
    QFETCH(QString, header);
    QFETCH(QString, field);
    const std::unique_ptr<ImportKind> k = ImportKind::create(kind);
    if (!k)
        QSKIP("kind not built yet");
    QCOMPARE(ImportMapping::fieldFor(header, k->fields()), field);
}

void tst_ImportCleaner::headerRowAfterTitleAndBlankRows()
{
    const std::unique_ptr<ImportKind> orders = ImportKind::create(u"orders"_s);
    QList<io::SourceRow> rows;
    const auto row = [&](qint64 n, QList<QVariant> cells) {
        io::SourceRow r;
        r.number = n;
        r.cells = cells;
        rows << r;
    };
    row(1, {u"2025年第一季度销售明细表"_s, {}, {}});
    row(2, {});
    row(3, {u"单号"_s, u"日期"_s, u"业务员"_s, u"客户"_s, u"金额"_s});
    row(4, {u"XS1"_s, QDate(2025, 1, 2), u"张伟"_s, u"华联"_s, 12.5});
    QCOMPARE(ImportMapping::detectHeader(rows, orders->fields()), 2);
    rows.removeAt(2);
    QCOMPARE(ImportMapping::detectHeader(rows, orders->fields()), -1);
}

void tst_ImportCleaner::profileOverridesSynonyms()
{
    const std::unique_ptr<ImportKind> customers = ImportKind::create(u"customers"_s);
    QStringList errors;
    const QJsonObject profile{{u"columns"_s, QJsonObject{{u"抬头"_s, u"name"_s}, {u"电话"_s, u""_s}}}};
    const QList<ColumnMapping> m = ImportMapping::map({u"抬头"_s, u"电话"_s, u"手机"_s, u"手机号"_s},
                                                      customers->fields(), profile, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(m.at(0).field, u"name"_s);
    QCOMPARE(m.at(1).field, QString()); // ignored on purpose
    QCOMPARE(m.at(2).field, u"phone"_s);
    QCOMPARE(m.at(3).field, u"phone"_s); // phones take several columns
    ImportMapping::map({u"x"_s}, customers->fields(),
                       QJsonObject{{u"columns"_s, QJsonObject{{u"x"_s, u"nope"_s}}}}, &errors);
    QCOMPARE(errors.size(), 1);
}

void tst_ImportCleaner::fuzzyCores_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("core");
    QTest::newRow("suffix") << u"重庆唐盛五金股份有限公司"_s << u"唐盛五金"_s;
    QTest::newRow("bracketed city") << u"杨盛农业股份（重庆）有限公司"_s << u"杨盛农业"_s;
    QTest::newRow("city and bracket") << u"重庆杨盛农业股份（重庆）有限公司"_s << u"杨盛农业"_s;
    QTest::newRow("trading house") << u"成都雷鑫医疗器械贸易商行"_s << u"雷鑫医疗器械"_s;
    QTest::newRow("latin") << u"Acme Co., Ltd."_s << u"acme"_s;
    QTest::newRow("city with 市") << u"北京市华联商厦有限责任公司"_s << u"华联商厦"_s;
}

void tst_ImportCleaner::fuzzyCores()
{
    QFETCH(QString, name);
    QFETCH(QString, core);
    QCOMPARE(FuzzyMatcher::core(name), core);
}

void tst_ImportCleaner::fuzzyScores_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("reason");
    QTest::newRow("same core") << u"重庆杨盛农业股份（重庆）有限公司"_s << u"杨盛农业有限公司"_s << u"core"_s;
    QTest::newRow("same pinyin") << u"北京华联商厦"_s << u"北京化联商厦"_s << u"pinyin"_s;
    QTest::newRow("one typo") << u"上海宝钢国际贸易"_s << u"上海宝钢国际货易"_s << u"edit"_s;
    QTest::newRow("different") << u"北京华联商厦"_s << u"广州白云制药"_s << QString();
}

void tst_ImportCleaner::fuzzyScores()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, reason);
    QString why;
    const double s = FuzzyMatcher::score(a, b, &why);
    if (reason.isEmpty()) {
        QVERIFY(s < FuzzyMatcher::Threshold);
    } else {
        QVERIFY2(s >= FuzzyMatcher::Threshold, qPrintable(QString::number(s)));
        QCOMPARE(why, reason);
    }
}

QTEST_GUILESS_MAIN(tst_ImportCleaner)
#include "tst_importcleaner.moc"
