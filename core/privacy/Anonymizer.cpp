#include "Anonymizer.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// Longest first, so that 股份有限公司 is found before 有限公司.
const QStringList ChineseSuffixes{
    u"集团股份有限公司"_s, u"股份有限公司"_s, u"有限责任公司"_s, u"集团有限公司"_s,
    u"有限公司"_s,         u"贸易商行"_s,     u"集团公司"_s,     u"分公司"_s,
    u"总公司"_s,           u"公司"_s,         u"商行"_s,         u"经营部"_s,
    u"门市部"_s,           u"工作室"_s,       u"集团"_s,
};
// Provinces, municipalities and large cities a company name may start with.
const QStringList Places{
    u"黑龙江"_s, u"内蒙古"_s, u"乌鲁木齐"_s, u"呼和浩特"_s, u"石家庄"_s, u"哈尔滨"_s, u"北京"_s, u"上海"_s,
    u"天津"_s,   u"重庆"_s,   u"河北"_s,     u"山西"_s,     u"辽宁"_s,   u"吉林"_s,   u"江苏"_s, u"浙江"_s,
    u"安徽"_s,   u"福建"_s,   u"江西"_s,     u"山东"_s,     u"河南"_s,   u"湖北"_s,   u"湖南"_s, u"广东"_s,
    u"海南"_s,   u"四川"_s,   u"贵州"_s,     u"云南"_s,     u"陕西"_s,   u"甘肃"_s,   u"青海"_s, u"台湾"_s,
    u"广西"_s,   u"西藏"_s,   u"宁夏"_s,     u"新疆"_s,     u"香港"_s,   u"澳门"_s,   u"广州"_s, u"深圳"_s,
    u"成都"_s,   u"武汉"_s,   u"西安"_s,     u"南京"_s,     u"杭州"_s,   u"长沙"_s,   u"郑州"_s, u"苏州"_s,
    u"青岛"_s,   u"济南"_s,   u"沈阳"_s,     u"大连"_s,     u"厦门"_s,   u"福州"_s,   u"合肥"_s, u"昆明"_s,
    u"南昌"_s,   u"宁波"_s,   u"无锡"_s,     u"东莞"_s,     u"佛山"_s,   u"长春"_s,   u"太原"_s, u"南宁"_s,
    u"贵阳"_s,   u"兰州"_s,   u"海口"_s,     u"银川"_s,     u"西宁"_s,   u"拉萨"_s,   u"珠海"_s, u"温州"_s,
    u"常州"_s,   u"徐州"_s,   u"烟台"_s,
};
// Words that make a name an organisation's rather than a person's.
const QStringList CompanyWords{u"公司"_s, u"集团"_s, u"商厦"_s,   u"商行"_s,   u"商店"_s,
                               u"超市"_s, u"工厂"_s, u"厂"_s,     u"店"_s,     u"中心"_s,
                               u"医院"_s, u"学校"_s, u"大学"_s,   u"研究"_s,   u"贸易"_s,
                               u"科技"_s, u"实业"_s, u"经营部"_s, u"门市部"_s, u"工作室"_s};

const QRegularExpression &englishSuffix()
{
    static const QRegularExpression re(
        u"[\\s,]+(co\\.?,?\\s*ltd\\.?|company\\s+limited|limited|ltd\\.?|inc\\.?|llc|corp(?:oration)?\\.?|"
        "gmbh|company|co\\.)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString firstCharacter(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    return t.at(0).isHighSurrogate() && t.size() > 1 ? t.left(2) : t.left(1);
}

int hanCount(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += (c >= 0x3400 && c <= 0x9fff) || (c >= 0x20000 && c <= 0x2ffff);
    return n;
}

const char Base32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
} // namespace

Anonymizer::Anonymizer()
{
    m_key.resize(32);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_key.data()),
                                         reinterpret_cast<quint32 *>(m_key.data() + m_key.size()));
}

Anonymizer::Anonymizer(QByteArray key) : m_key(std::move(key))
{
    Q_ASSERT(m_key.size() >= 16);
}

QString Anonymizer::maskPersonName(const QString &name)
{
    const QString first = firstCharacter(name);
    return first.isEmpty() ? QString() : first + u"**"_s;
}

bool Anonymizer::looksLikeCompany(const QString &name)
{
    const QString t = name.trimmed();
    if (englishSuffix().match(t).hasMatch())
        return true;
    for (const QString &w : CompanyWords) {
        if (t.contains(w))
            return true;
    }
    return hanCount(t) > 4;
}

QString Anonymizer::maskCompanyName(const QString &name)
{
    QString rest = name.trimmed();
    if (rest.isEmpty())
        return {};
    QString suffix;
    if (const QRegularExpressionMatch m = englishSuffix().match(rest); m.hasMatch()) {
        suffix = u' ' + m.captured(1);
        rest.chop(m.capturedLength(0));
    } else {
        for (const QString &s : ChineseSuffixes) {
            if (rest.size() > s.size() && rest.endsWith(s)) {
                suffix = s;
                rest.chop(s.size());
                break;
            }
        }
    }
    QString prefix;
    for (const QString &place : Places) {
        if (rest.startsWith(place)) {
            prefix = place;
            const QString after = rest.mid(place.size(), 1);
            if (after == u"省"_s || after == u"市"_s)
                prefix += after;
            break;
        }
    }
    if (prefix.isEmpty())
        prefix = firstCharacter(rest);
    return prefix + u"**"_s + suffix;
}

QString Anonymizer::maskName(const QString &name)
{
    return looksLikeCompany(name) ? maskCompanyName(name) : maskPersonName(name);
}

QString Anonymizer::maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    if (digits.isEmpty())
        return phone.trimmed().isEmpty() ? QString() : u"****"_s;
    // +86 138 0013 8000 and 0086…: the national number is what people recognise.
    if (digits.size() == 13 && digits.startsWith(u"86"_s))
        digits = digits.mid(2);
    else if (digits.size() == 15 && digits.startsWith(u"0086"_s))
        digits = digits.mid(4);
    if (digits.size() < 7)
        return QString(digits.size(), u'*');
    return digits.left(3) + QString(digits.size() - 7, u'*') + digits.right(4);
}

QString Anonymizer::maskEmail(const QString &email)
{
    const QString t = email.trimmed();
    const qsizetype at = t.lastIndexOf(u'@');
    if (at <= 0)
        return t.isEmpty() ? QString() : firstCharacter(t) + u"***"_s;
    return firstCharacter(t.left(at)) + u"***"_s + t.mid(at);
}

QString Anonymizer::pseudonym(const QString &kind, const QString &value) const
{
    if (value.isEmpty())
        return {};
    const QByteArray mac = QMessageAuthenticationCode::hash((kind + QChar(0x1f) + value).toUtf8(), m_key,
                                                            QCryptographicHash::Sha256);
    // 50 bits: 10 base-32 characters; collisions are negligible at a million values.
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(mac.at(i));
    QString token;
    for (int i = 0; i < 10; ++i) {
        token += QChar::fromLatin1(Base32[(bits >> (59 - 5 * i)) & 31]);
    }
    const QString prefix = kind.isEmpty() ? u"X"_s : kind.left(1).toUpper();
    return prefix + u'-' + token;
}

QVariant Anonymizer::apply(Rule rule, const QVariant &value, const QString &kind) const
{
    if (!value.isValid() || value.isNull())
        return value;
    switch (rule) {
    case Rule::Keep:
        return value;
    case Rule::PersonName:
        return maskPersonName(value.toString());
    case Rule::CompanyName:
        return maskCompanyName(value.toString());
    case Rule::Name:
        return maskName(value.toString());
    case Rule::Phone:
        return maskPhone(value.toString());
    case Rule::Email:
        return maskEmail(value.toString());
    case Rule::Pseudonym:
        return pseudonym(kind, value.toString());
    case Rule::Drop:
        return QVariant();
    }
    return QVariant();
}

Anonymizer::Rule Anonymizer::ruleForColumn(const QString &rawKey)
{
    const QString key = rawKey.trimmed().toLower();
    static const QStringList names{u"name"_s, u"customer"_s, u"customer_name"_s, u"company"_s};
    static const QStringList people{u"rep"_s,        u"member"_s,       u"member_name"_s, u"owner"_s,
                                    u"owner_name"_s, u"assignee"_s,     u"who"_s,         u"manager"_s,
                                    u"contact"_s,    u"contact_name"_s, u"person"_s};
    static const QStringList dropped{u"address"_s,  u"notes"_s,   u"wechat"_s,   u"summary"_s,
                                     u"location"_s, u"outcome"_s, u"next_step"_s};
    if (names.contains(key))
        return Rule::Name;
    if (people.contains(key))
        return Rule::PersonName;
    if (key.contains(u"phone"_s) || key.contains(u"mobile"_s) || key == u"tel"_s)
        return Rule::Phone;
    if (key.contains(u"email"_s) || key.contains(u"e-mail"_s))
        return Rule::Email;
    if (key == u"code"_s || key == u"id"_s || key == u"uuid"_s || key == u"order_no"_s ||
        key.endsWith(u"_code"_s) || key.endsWith(u"_id"_s))
        return Rule::Pseudonym;
    if (dropped.contains(key))
        return Rule::Drop;
    return Rule::Keep;
}

QString Anonymizer::pseudonymKind(const QString &rawKey)
{
    const QString key = rawKey.trimmed().toLower();
    if (key.startsWith(u"customer"_s) || key == u"code"_s || key == u"id"_s || key == u"uuid"_s)
        return u"customer"_s;
    if (key.startsWith(u"member"_s) || key.startsWith(u"rep"_s) || key.startsWith(u"owner"_s))
        return u"member"_s;
    if (key.startsWith(u"order"_s))
        return u"order"_s;
    return key.section(u'_', 0, 0);
}

void Anonymizer::anonymize(analytics::ReportTable &table) const
{
    // A report's "code" column is the code of what its rows are: a rep's code next to a rep
    // column (a member pseudonym), a customer's next to a customer column; codes of products,
    // regions and teams are not personal and stay.
    QString codeKind;
    for (const analytics::ReportColumn &c : std::as_const(table.columns)) {
        const Rule r = ruleForColumn(c.key);
        if (r == Rule::PersonName)
            codeKind = u"member"_s;
        else if (r == Rule::Name && codeKind.isEmpty())
            codeKind = u"customer"_s;
    }
    QList<Rule> rules;
    QStringList kinds;
    for (const analytics::ReportColumn &c : std::as_const(table.columns)) {
        Rule r = c.type == analytics::ColumnType::Text ? ruleForColumn(c.key) : Rule::Keep;
        QString kind = pseudonymKind(c.key);
        if (r == Rule::Pseudonym && c.key == u"code"_s) {
            if (codeKind.isEmpty())
                r = Rule::Keep;
            kind = codeKind;
        }
        rules << r;
        kinds << kind;
    }
    for (QList<QVariant> &row : table.rows) {
        for (qsizetype i = 0; i < row.size() && i < rules.size(); ++i)
            row[i] = apply(rules.at(i), row.at(i), kinds.at(i));
    }
}

void Anonymizer::anonymize(analytics::Report &report) const
{
    for (analytics::ReportTable &t : report.sections)
        anonymize(t);
    // A rep's or a team's name as the report's subject is masked like a person's.
    if (!report.subject.isEmpty())
        report.subject = maskName(report.subject);
}

AnonymizingTableWriter::AnonymizingTableWriter(std::unique_ptr<io::TableWriter> inner,
                                               std::shared_ptr<const Anonymizer> anonymizer,
                                               QList<Anonymizer::Rule> rules, QStringList pseudonymKinds,
                                               bool firstRowIsHeader)
    : m_inner(std::move(inner)), m_anonymizer(std::move(anonymizer)), m_rules(std::move(rules)),
      m_kinds(std::move(pseudonymKinds)), m_headerPending(firstRowIsHeader)
{}

std::unique_ptr<AnonymizingTableWriter>
AnonymizingTableWriter::forHeader(std::unique_ptr<io::TableWriter> inner,
                                  std::shared_ptr<const Anonymizer> anonymizer, const QStringList &header)
{
    QList<Anonymizer::Rule> rules;
    QStringList kinds;
    for (const QString &key : header) {
        rules << Anonymizer::ruleForColumn(key);
        kinds << Anonymizer::pseudonymKind(key);
    }
    return std::make_unique<AnonymizingTableWriter>(std::move(inner), std::move(anonymizer), rules, kinds,
                                                    true);
}

bool AnonymizingTableWriter::writeRow(const QList<QVariant> &cells)
{
    if (m_headerPending) {
        m_headerPending = false;
        return m_inner->writeRow(cells);
    }
    QList<QVariant> out = cells;
    for (qsizetype i = 0; i < out.size() && i < m_rules.size(); ++i)
        out[i] = m_anonymizer->apply(m_rules.at(i), out.at(i), m_kinds.value(i));
    return m_inner->writeRow(out);
}

} // namespace frontline
