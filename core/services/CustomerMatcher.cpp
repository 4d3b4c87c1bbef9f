#include "CustomerMatcher.h"

#include "PhoneNormalizer.h"
#include "TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline {

MatchKeys MatchKeys::of(const Customer &customer)
{
    MatchKeys keys;
    keys.nameKey = TextNormalizer::nameKey(customer.name);
    for (const ContactPoint &p : customer.points) {
        if (!p.valid || p.normalized.isEmpty())
            continue;
        if (p.kind == u"phone"_s)
            keys.phones << p.normalized;
        else if (p.kind == u"email"_s)
            keys.emails << p.normalized;
    }
    keys.phones.removeDuplicates();
    keys.emails.removeDuplicates();
    return keys;
}

ContactPoint CustomerMatcher::phonePoint(const QString &raw, const QString &region)
{
    const PhoneNumber number = PhoneNormalizer::normalize(raw, region);
    return ContactPoint{u"phone"_s, raw.trimmed(), number.normalized(), number.valid};
}

bool CustomerMatcher::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

ContactPoint CustomerMatcher::emailPoint(const QString &raw)
{
    const QString email = TextNormalizer::clean(raw).remove(u' ').toLower();
    return ContactPoint{u"email"_s, raw.trimmed(), email, isValidEmail(email)};
}

void CustomerMatcher::add(qint64 id, const MatchKeys &keys)
{
    if (!keys.nameKey.isEmpty())
        m_byName.insert(keys.nameKey, id);
    for (const QString &p : keys.phones)
        m_byPhone.insert(p, id);
    for (const QString &e : keys.emails)
        m_byEmail.insert(e, id);
}

QList<qint64> CustomerMatcher::find(const MatchKeys &keys) const
{
    QList<qint64> ids;
    const auto take = [&ids](const QHash<QString, qint64> &index, const QString &key) {
        const auto it = index.constFind(key);
        if (it != index.cend() && !ids.contains(*it))
            ids << *it;
    };
    for (const QString &p : keys.phones)
        take(m_byPhone, p);
    for (const QString &e : keys.emails)
        take(m_byEmail, e);
    if (!keys.nameKey.isEmpty())
        take(m_byName, keys.nameKey);
    return ids;
}

void CustomerMatcher::clear()
{
    m_byName.clear();
    m_byPhone.clear();
    m_byEmail.clear();
}

} // namespace frontline
