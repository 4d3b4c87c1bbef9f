// The duplicate rule for customers, shared by entry (a warning while typing) and import
// (merging rows): two records are the same customer when they share a normalised phone, a
// normalised e-mail, or a normalised name (NFKC, no whitespace or punctuation, width and
// brackets unified). CustomerRepository::findDuplicates applies it to the database;
// CustomerMatcher applies it to records in memory (a file being imported).
#pragma once

#include "domain/Crm.h"

#include <QHash>

namespace frontline {

struct MatchKeys
{
    QString nameKey;
    QStringList phones; // E.164 (valid numbers only: an invalid one proves nothing)
    QStringList emails; // lower-case, valid only

    static MatchKeys of(const Customer &customer);
    bool isEmpty() const { return nameKey.isEmpty() && phones.isEmpty() && emails.isEmpty(); }
};

struct DuplicateMatch
{
    qint64 customerId = 0;
    QString reason;       // name, phone, email
    QString value;        // the shared key
    bool visible = false; // in the caller's scope; if not, name and owner stay hidden
    QString name;
    qint64 ownerId = 0;
};

class CustomerMatcher
{
public:
    // Normalises a typed contact point into points (phones through libphonenumber, e-mails
    // lower-cased and checked).
    static ContactPoint phonePoint(const QString &raw, const QString &region = QStringLiteral("CN"));
    static ContactPoint emailPoint(const QString &raw);
    static bool isValidEmail(const QString &email);

    void add(qint64 id, const MatchKeys &keys);
    // Ids already added that share a key with keys, in the order they were added.
    QList<qint64> find(const MatchKeys &keys) const;
    void clear();

private:
    QHash<QString, qint64> m_byName;
    QHash<QString, qint64> m_byPhone;
    QHash<QString, qint64> m_byEmail;
};

} // namespace frontline
