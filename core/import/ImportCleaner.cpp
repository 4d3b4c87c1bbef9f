#include "ImportCleaner.h"

#include "domain/Money.h"
#include "services/TextNormalizer.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

using Synonyms = QHash<QString, QString>;

// Builds a lookup from "value key → stored key" out of lists of written forms.
Synonyms synonyms(std::initializer_list<std::pair<QString, QStringList>> table)
{
    Synonyms map;
    for (const auto &[stored, written] : table) {
        map.insert(ImportCleaner::key(stored), stored);
        for (const QString &w : written)
            map.insert(ImportCleaner::key(w), stored);
    }
    return map;
}

QString lookup(const Synonyms &map, const QString &text)
{
    const QString k = ImportCleaner::key(text);
    return k.isEmpty() ? QString() : map.value(k);
}

// Excel's 1900 date system: serial 1 is 1900-01-01, and Excel believes 1900 was a leap year, so
// serials from 61 on count from 1899-12-30.
CleanDate fromSerial(double serial)
{
    CleanDate d;
    if (!(serial >= 1 && serial < 2958466))
        return d;
    const qint64 days = qint64(std::floor(serial));
    d.date = days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    const double fraction = serial - double(days);
    if (fraction > 0) {
        const qint64 ms = qint64(std::llround(fraction * 86400.0)) * 1000;
        d.time = QTime(0, 0).addMSecs(int(ms % 86400000));
    }
    return d;
}

int toInt(const QString &s)
{
    return s.toInt();
}

// Fast paths for the values most files hold, already clean ASCII: each returns nullopt when the
// text is anything else, and the general (regular expression, NFKC) path decides.
bool asciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// "123", "-12", "1234.5", "1234.50" (at most 15 whole digits) into fen.
std::optional<qint64> plainFen(QStringView t)
{
    qsizetype i = 0;
    const bool negative = !t.isEmpty() && t[0] == u'-';
    if (negative)
        ++i;
    qint64 whole = 0;
    const qsizetype wholeStart = i;
    while (i < t.size() && asciiDigit(t[i].unicode())) {
        whole = whole * 10 + (t[i].unicode() - u'0');
        ++i;
    }
    const qsizetype wholeDigits = i - wholeStart;
    if (wholeDigits == 0 || wholeDigits > 15)
        return std::nullopt;
    qint64 cents = 0;
    if (i < t.size()) {
        if (t[i] != u'.' || t.size() - i - 1 < 1 || t.size() - i - 1 > 2)
            return std::nullopt;
        ++i;
        int digits = 0;
        for (; i < t.size(); ++i, ++digits) {
            if (!asciiDigit(t[i].unicode()))
                return std::nullopt;
            cents = cents * 10 + (t[i].unicode() - u'0');
        }
        if (digits == 1)
            cents *= 10;
    }
    const qint64 fen = whole * 100 + cents;
    return negative ? -fen : fen;
}

// "3", "120" (at most 15 digits).
std::optional<qint64> plainCount(QStringView t)
{
    if (t.isEmpty() || t.size() > 15)
        return std::nullopt;
    qint64 v = 0;
    for (const QChar c : t) {
        if (!asciiDigit(c.unicode()))
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// "2025-03-07" exactly.
std::optional<QDate> plainIsoDate(QStringView t)
{
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int k = 0; k < lengths[p]; ++k) {
            const char16_t c = t[starts[p] + k].unicode();
            if (!asciiDigit(c))
                return std::nullopt;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

bool ImportCleaner::isCleanAscii(QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front() == u' ' || text.back() == u' ')
        return false;
    char16_t previous = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x7f || c < 0x20 || (c == u' ' && previous == u' '))
            return false;
        previous = c;
    }
    return true;
}

QString ImportCleaner::text(const QString &cell)
{
    if (isCleanAscii(cell))
        return cell;
    return TextNormalizer::clean(cell);
}

QString ImportCleaner::text(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return text(*static_cast<const QString *>(cell.constData()));
    case QMetaType::Double:
        return QString::number(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        return dt.time() == QTime(0, 0) ? dt.date().toString(Qt::ISODate)
                                        : dt.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    case QMetaType::Bool:
        return cell.toBool() ? u"TRUE"_s : u"FALSE"_s;
    default:
        return text(cell.toString());
    }
}

QString ImportCleaner::key(const QString &text)
{
    return TextNormalizer::nameKey(text);
}

CleanDate ImportCleaner::date(const QVariant &cell)
{
    CleanDate d;
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return d;
    case QMetaType::QDate:
        d.date = cell.toDate();
        return d;
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        d.date = dt.date();
        if (dt.time() != QTime(0, 0))
            d.time = dt.time();
        return d;
    }
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return fromSerial(cell.toDouble());
    case QMetaType::QString:
        if (const std::optional<QDate> plain =
                plainIsoDate(*static_cast<const QString *>(cell.constData()))) {
            d.date = *plain;
            return d;
        }
        break;
    default:
        break;
    }
    const QString t = text(cell);
    if (t.isEmpty())
        return d;
    // Year first, with any of the usual separators, an optional time and zone.
    static const QRegularExpression ymd(
        u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
        u"(?:(?:\\s+|T|\\s*[日号]?\\s*)(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2})(?:\\.\\d+)"
        u"?\\s*秒?)?\\s*分?)?"
        u"\\s*(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    static const QRegularExpression month(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"_s);
    static const QRegularExpression dmy(
        u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    static const QRegularExpression serial(u"^\\d{5}(?:\\.\\d+)?$"_s);
    QRegularExpressionMatch m = ymd.match(t);
    if (m.hasMatch()) {
        d.date = QDate(toInt(m.captured(1)), toInt(m.captured(2)), toInt(m.captured(3)));
        if (d.date.isValid() && m.hasCaptured(4) && !m.captured(4).isEmpty()) {
            d.time = QTime(toInt(m.captured(4)), toInt(m.captured(5)),
                           m.captured(6).isEmpty() ? 0 : toInt(m.captured(6)));
            if (!d.time.isValid())
                d.date = QDate();
            const QString zone = m.captured(7);
            if (d.date.isValid() && !zone.isEmpty()) {
                d.utc = true;
                if (zone != u"Z"_s) {
                    const QString digits = QString(zone).remove(u':');
                    const int offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
                    const QDateTime utc =
                        QDateTime(d.date, d.time, Qt::UTC).addSecs(zone.startsWith(u'-') ? offset : -offset);
                    d.date = utc.date();
                    d.time = utc.time();
                }
            }
        }
        return d;
    }
    if ((m = compact.match(t)).hasMatch()) {
        d.date = QDate(toInt(m.captured(1)), toInt(m.captured(2)), toInt(m.captured(3)));
        return d;
    }
    if ((m = month.match(t)).hasMatch()) {
        d.date = QDate(toInt(m.captured(1)), toInt(m.captured(2)), 1);
        d.monthOnly = d.date.isValid();
        return d;
    }
    if ((m = dmy.match(t)).hasMatch()) {
        const int a = toInt(m.captured(1)), b = toInt(m.captured(2)), y = toInt(m.captured(3));
        if (a > 12 && b <= 12)
            d.date = QDate(y, b, a); // day first
        else if (b > 12 && a <= 12)
            d.date = QDate(y, a, b); // month first
        else if (a == b)
            d.date = QDate(y, a, b);
        // otherwise ambiguous: 3/7/2025 is March in one country and July in another
        if (d.date.isValid() && !m.captured(4).isEmpty())
            d.time = QTime(toInt(m.captured(4)), toInt(m.captured(5)),
                           m.captured(6).isEmpty() ? 0 : toInt(m.captured(6)));
        return d;
    }
    if (serial.match(t).hasMatch()) {
        const double v = t.toDouble();
        if (v >= 20000 && v < 80000) // 1954 … 2119: a serial typed or exported as text
            return fromSerial(v);
    }
    return d;
}

std::optional<qint64> ImportCleaner::fen(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return std::nullopt;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const qint64 v = cell.toLongLong();
        if (v > std::numeric_limits<qint64>::max() / 100 || v < std::numeric_limits<qint64>::min() / 100)
            return std::nullopt;
        return v * 100;
    }
    case QMetaType::Double: {
        const double v = cell.toDouble();
        if (!std::isfinite(v))
            return std::nullopt;
        // The shortest text that reads back as the same double is what the user typed.
        return Money::parseYuan(QString::number(v, 'f', QLocale::FloatingPointShortest));
    }
    case QMetaType::QString:
        if (const std::optional<qint64> plain = plainFen(*static_cast<const QString *>(cell.constData())))
            return plain;
        break;
    default:
        break;
    }
    const QString t = text(cell);
    if (t.isEmpty())
        return std::nullopt;
    if (std::optional<qint64> v = Money::parseYuan(t))
        return v;
    // "¥ 1 234.50", "1,234.50 元", "RMB 1200.00": spaces inside, or a currency word at the end.
    QString compacted = t;
    compacted.remove(u' ');
    for (const QString &suffix : {u"RMB"_s, u"CNY"_s, u"人民币"_s}) {
        if (compacted.endsWith(suffix, Qt::CaseInsensitive))
            compacted.chop(suffix.size());
    }
    if (compacted.startsWith(u"人民币"_s))
        compacted = compacted.mid(3);
    return compacted == t ? std::nullopt : Money::parseYuan(compacted);
}

std::optional<qint64> ImportCleaner::quantity(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return std::nullopt;
    case QMetaType::Int:
    case QMetaType::LongLong:
        return cell.toLongLong();
    case QMetaType::Double: {
        const double v = cell.toDouble();
        if (!std::isfinite(v) || v != std::floor(v) || std::fabs(v) > 1e15)
            return std::nullopt;
        return qint64(v);
    }
    case QMetaType::QString:
        if (const std::optional<qint64> plain = plainCount(*static_cast<const QString *>(cell.constData())))
            return plain;
        break;
    default:
        break;
    }
    QString t = text(cell);
    t.remove(u',');
    // A unit written after the number: 3件, 12 pcs, 5箱.
    static const QRegularExpression number(u"^([-+]?\\d+)(?:\\.0+)?\\s*[^\\d.]{0,4}$"_s);
    const QRegularExpressionMatch m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<int> ImportCleaner::percent(const QVariant &cell)
{
    double v = 0;
    bool fraction = false;
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int ||
        cell.typeId() == QMetaType::LongLong) {
        v = cell.toDouble();
        fraction = cell.typeId() == QMetaType::Double && v > 0 && v < 1;
    } else {
        QString t = text(cell);
        if (t.isEmpty())
            return std::nullopt;
        const bool sign = t.endsWith(u'%');
        if (sign)
            t.chop(1);
        bool ok = false;
        v = t.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        fraction = !sign && t.contains(u'.') && v > 0 && v < 1;
    }
    if (fraction)
        v *= 100;
    const long r = std::lround(v);
    if (r < 0 || r > 100)
        return std::nullopt;
    return int(r);
}

std::optional<bool> ImportCleaner::boolean(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::Bool)
        return cell.toBool();
    static const Synonyms map = synonyms({
        {u"1"_s,
         {u"是"_s, u"有"_s, u"yes"_s, u"y"_s, u"true"_s, u"启用"_s, u"在职"_s, u"active"_s, u"√"_s, u"x"_s}},
        {u"0"_s, {u"否"_s, u"无"_s, u"no"_s, u"n"_s, u"false"_s, u"停用"_s, u"离职"_s, u"inactive"_s}},
    });
    const QString v = lookup(map, text(cell));
    if (v.isEmpty())
        return std::nullopt;
    return v == u"1"_s;
}

QString ImportCleaner::customerSource(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"phone"_s, {u"电话"_s, u"电话营销"_s, u"来电"_s, u"Cold Call"_s, u"Phone"_s, u"Telephone"_s}},
        {u"email"_s, {u"邮件"_s, u"电子邮件"_s, u"E-mail"_s, u"Email"_s, u"邮件营销"_s}},
        {u"wechat"_s, {u"微信"_s, u"企业微信"_s, u"公众号"_s, u"WeChat"_s, u"微信群"_s}},
        {u"visit"_s, {u"拜访"_s, u"上门"_s, u"陌拜"_s, u"地推"_s, u"Visit"_s, u"Walk-in"_s}},
        {u"referral"_s,
         {u"转介绍"_s, u"介绍"_s, u"推荐"_s, u"老客户介绍"_s, u"Referral"_s, u"Partner"_s,
          u"Employee Referral"_s, u"External Referral"_s, u"Partner Referral"_s, u"合作伙伴"_s}},
        {u"trade_show"_s,
         {u"展会"_s, u"会展"_s, u"展销会"_s, u"Trade Show"_s, u"Seminar"_s, u"Event"_s, u"会议"_s}},
        {u"website"_s,
         {u"官网"_s, u"网站"_s, u"网络"_s, u"线上"_s, u"Web"_s, u"Website"_s, u"Web Download"_s,
          u"Web Research"_s, u"Online Store"_s, u"Chat"_s, u"搜索引擎"_s, u"百度"_s}},
        {u"import"_s, {u"导入"_s}},
        {u"other"_s,
         {u"其他"_s, u"其它"_s, u"Other"_s, u"Advertisement"_s, u"广告"_s, u"Public Relations"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::customerStatus(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"lead"_s, {u"线索"_s, u"新线索"_s, u"潜在"_s, u"Lead"_s, u"New"_s}},
        {u"prospect"_s,
         {u"意向"_s, u"意向客户"_s, u"潜在客户"_s, u"跟进中"_s, u"Prospect"_s, u"Opportunity"_s}},
        {u"active"_s,
         {u"成交"_s, u"成交客户"_s, u"活跃"_s, u"合作中"_s, u"正式客户"_s, u"已合作"_s, u"Customer"_s,
          u"Active"_s}},
        {u"dormant"_s, {u"休眠"_s, u"沉睡"_s, u"沉默"_s, u"Inactive"_s, u"Dormant"_s}},
        {u"lost"_s, {u"流失"_s, u"已流失"_s, u"丢失"_s, u"Lost"_s, u"Churned"_s, u"Former Customer"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::customerKind(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"company"_s,
         {u"企业"_s, u"公司"_s, u"单位"_s, u"机构"_s, u"Company"_s, u"Business"_s, u"Organization"_s,
          u"True"_s}},
        {u"individual"_s, {u"个人"_s, u"自然人"_s, u"Person"_s, u"Individual"_s, u"Private"_s, u"False"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::orderChannel(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"direct"_s, {u"直销"_s, u"拜访"_s, u"上门"_s, u"面谈"_s, u"线下"_s, u"Direct"_s, u"Field Sales"_s}},
        {u"wechat"_s, {u"微信"_s, u"企业微信"_s, u"小程序"_s, u"WeChat"_s}},
        {u"phone"_s, {u"电话"_s, u"电话订购"_s, u"Phone"_s, u"Telesales"_s}},
        {u"online"_s,
         {u"线上"_s, u"网店"_s, u"电商"_s, u"官网"_s, u"淘宝"_s, u"天猫"_s, u"京东"_s, u"拼多多"_s,
          u"Online"_s, u"E-commerce"_s, u"Website"_s, u"Web"_s}},
        {u"store"_s, {u"门店"_s, u"店面"_s, u"零售"_s, u"柜台"_s, u"Store"_s, u"Retail"_s, u"Shop"_s}},
        {u"distributor"_s, {u"经销商"_s, u"代理"_s, u"分销"_s, u"渠道商"_s, u"Distributor"_s, u"Reseller"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::orderStatus(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"draft"_s, {u"草稿"_s, u"待确认"_s, u"Draft"_s, u"Quotation"_s}},
        {u"confirmed"_s, {u"已确认"_s, u"确认"_s, u"已下单"_s, u"Confirmed"_s, u"Sales Order"_s}},
        {u"shipped"_s, {u"已发货"_s, u"发货"_s, u"已出库"_s, u"Shipped"_s, u"Delivered"_s}},
        {u"paid"_s, {u"已付款"_s, u"已回款"_s, u"已收款"_s, u"完成"_s, u"Paid"_s, u"Done"_s, u"Locked"_s}},
        {u"cancelled"_s, {u"已取消"_s, u"取消"_s, u"作废"_s, u"Cancelled"_s, u"Canceled"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::activityKind(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"visit"_s, {u"拜访"_s, u"上门"_s, u"面访"_s, u"走访"_s, u"Visit"_s, u"Site Visit"_s}},
        {u"call"_s, {u"电话"_s, u"通话"_s, u"来电"_s, u"去电"_s, u"Call"_s, u"Phone Call"_s, u"Phone"_s}},
        {u"wechat"_s, {u"微信"_s, u"企业微信"_s, u"WeChat"_s}},
        {u"email"_s, {u"邮件"_s, u"电子邮件"_s, u"Email"_s, u"E-mail"_s}},
        {u"meeting"_s, {u"会议"_s, u"会面"_s, u"面谈"_s, u"Meeting"_s, u"Event"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::paymentMethod(const QString &text)
{
    // What 用友, 金蝶 and bank statements write in 结算方式; the keys are PaymentRepository's.
    static const Synonyms map = synonyms({
        {u"transfer"_s,
         {u"银行转账"_s, u"转账"_s, u"电汇"_s, u"对公转账"_s, u"汇款"_s, u"网银"_s, u"银行汇款"_s,
          u"Bank Transfer"_s, u"Transfer"_s, u"Wire"_s, u"Wire Transfer"_s, u"Bank"_s}},
        {u"cash"_s, {u"现金"_s, u"Cash"_s}},
        {u"wechat"_s, {u"微信"_s, u"微信支付"_s, u"微信转账"_s, u"WeChat"_s, u"WeChat Pay"_s}},
        {u"alipay"_s, {u"支付宝"_s, u"Alipay"_s}},
        {u"card"_s,
         {u"刷卡"_s, u"POS"_s, u"银行卡"_s, u"信用卡"_s, u"Card"_s, u"Credit Card"_s, u"Debit Card"_s}},
        {u"cheque"_s, {u"支票"_s, u"转账支票"_s, u"Cheque"_s, u"Check"_s}},
        {u"draft"_s,
         {u"承兑"_s, u"银行承兑汇票"_s, u"银行承兑"_s, u"承兑汇票"_s, u"商业承兑汇票"_s, u"汇票"_s, u"银承"_s,
          u"Draft"_s, u"Bank Draft"_s, u"Bank Acceptance"_s}},
        {u"other"_s, {u"其他"_s, u"其它"_s, u"Other"_s}},
    });
    return lookup(map, text);
}

QString ImportCleaner::role(const QString &text)
{
    static const Synonyms map = synonyms({
        {u"admin"_s, {u"管理员"_s, u"Administrator"_s, u"Admin"_s}},
        {u"manager"_s, {u"经理"_s, u"主管"_s, u"销售经理"_s, u"组长"_s, u"Manager"_s, u"Sales Manager"_s}},
        {u"rep"_s,
         {u"销售"_s, u"业务员"_s, u"销售代表"_s, u"销售员"_s, u"Rep"_s, u"Sales Rep"_s, u"Salesperson"_s}},
        {u"support"_s, {u"支持"_s, u"助理"_s, u"客服"_s, u"销售助理"_s, u"Support"_s, u"Assistant"_s}},
    });
    return lookup(map, text);
}

StageValue ImportCleaner::stage(const QString &text)
{
    // key, the source system's default probability (-1: ours)
    static const QHash<QString, StageValue> map = [] {
        QHash<QString, StageValue> m;
        const auto add = [&m](const QString &key, int probability, const QStringList &written) {
            for (const QString &w : written)
                m.insert(ImportCleaner::key(w), StageValue{key, probability});
        };
        add(u"lead"_s, -1, {u"lead"_s, u"线索"_s, u"初步接洽"_s, u"初步沟通"_s, u"验证客户"_s, u"New"_s});
        add(u"lead"_s, 10, {u"Qualification"_s, u"Prospecting"_s});
        add(u"qualified"_s, -1,
            {u"qualified"_s, u"需求确认"_s, u"需求确定"_s, u"已确认需求"_s, u"需求分析"_s});
        add(u"qualified"_s, 20, {u"Needs Analysis"_s});
        add(u"proposal"_s, 40, {u"Value Proposition"_s});
        add(u"proposal"_s, 60,
            {u"Id. Decision Makers"_s, u"Id Decision Makers"_s, u"Identify Decision Makers"_s});
        add(u"proposal"_s, 70, {u"Perception Analysis"_s});
        add(u"proposal"_s, 75, {u"Proposal/Price Quote"_s});
        add(u"proposal"_s, -1,
            {u"proposal"_s, u"Proposition"_s, u"方案"_s, u"报价"_s, u"方案报价"_s, u"方案/报价"_s, u"提案"_s,
             u"Quote"_s});
        add(u"negotiation"_s, 90, {u"Negotiation/Review"_s});
        add(u"negotiation"_s, -1,
            {u"negotiation"_s, u"谈判"_s, u"商务谈判"_s, u"谈判审核"_s, u"合同审批"_s, u"Negotiation"_s});
        add(u"won"_s, 100,
            {u"Closed Won"_s, u"won"_s, u"赢单"_s, u"成交"_s, u"已成交"_s, u"签约"_s, u"已签约"_s});
        add(u"lost"_s, 0,
            {u"Closed Lost"_s, u"Closed Lost to Competition"_s, u"lost"_s, u"输单"_s, u"丢单"_s, u"失败"_s,
             u"无效"_s, u"关闭"_s, u"已关闭"_s, u"Closed"_s});
        return m;
    }();
    return map.value(key(text));
}

bool ImportCleaner::isSummaryLabel(const QString &text)
{
    static const QStringList labels{u"合计"_s,     u"总计"_s, u"小计"_s,  u"总合计"_s,
                                    u"累计"_s,     u"汇总"_s, u"total"_s, u"grandtotal"_s,
                                    u"subtotal"_s, u"sum"_s,  u"totals"_s};
    // Cheap tests first: this runs on the first cell of every row.
    if (text.isEmpty() || text.size() > 16)
        return false;
    // No label has a digit (order numbers, codes and dates end here without normalising).
    for (const QChar c : text) {
        if (c.isDigit())
            return false;
    }
    const QString k = key(text);
    return !k.isEmpty() && labels.contains(k);
}

bool ImportCleaner::looksLikeIndividual(const QString &name)
{
    const QString t = text(name);
    return t.endsWith(u"(个人)"_s) || t.endsWith(u"个人)"_s) || t.endsWith(u"[个人]"_s);
}

} // namespace frontline
