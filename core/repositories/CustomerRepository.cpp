#include "CustomerRepository.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/PhoneNormalizer.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString Columns =
    u"c.id, c.uuid, c.code, c.kind, c.name, c.short_name, c.industry, c.region, c.city, "
    u"c.address, c.wechat, c.source, c.owner_id, c.status, c.grade, c.tags, c.notes, "
    u"c.consent, c.consent_date, c.consent_method, c.created_at, c.updated_at, c.deleted, "
    u"m.name"_s;

QString tagsToColumn(const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags) {
        const QString tag = TextNormalizer::clean(t).remove(u',');
        if (!tag.isEmpty() && !clean.contains(tag))
            clean << tag;
    }
    return clean.isEmpty() ? QString(u""_s) : u',' + clean.join(u',') + u',';
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}
// How the search index knows a contact point: a valid phone by its national number and by
// every tail of four digits or more, anything else as it is.
void addSearchWords(const QString &kind, const QString &normalized, bool valid, QStringList *words)
{
    if (kind == u"phone"_s && valid) {
        const QString digits = PhoneNormalizer::nationalDigits(normalized);
        for (qsizetype i = 0; i + 4 <= digits.size(); ++i)
            *words << digits.mid(i);
    } else {
        *words << normalized;
    }
}
} // namespace

QStringList Customer::phones() const
{
    QStringList list;
    for (const ContactPoint &p : points) {
        if (p.kind == u"phone"_s)
            list << p.normalized;
    }
    return list;
}

QStringList Customer::emails() const
{
    QStringList list;
    for (const ContactPoint &p : points) {
        if (p.kind == u"email"_s)
            list << p.normalized;
    }
    return list;
}

QStringList CustomerRepository::kinds()
{
    return {u"company"_s, u"individual"_s};
}
QStringList CustomerRepository::statuses()
{
    return {u"lead"_s, u"prospect"_s, u"active"_s, u"dormant"_s, u"lost"_s};
}
QStringList CustomerRepository::sources()
{
    return {u"phone"_s,      u"email"_s,   u"wechat"_s, u"visit"_s, u"referral"_s,
            u"trade_show"_s, u"website"_s, u"import"_s, u"other"_s};
}
QStringList CustomerRepository::grades()
{
    return {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
}

Customer CustomerRepository::read(const QSqlQuery &q) const
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.code = q.value(2).toString();
    c.kind = q.value(3).toString();
    c.name = q.value(4).toString();
    c.shortName = q.value(5).toString();
    c.industry = q.value(6).toString();
    c.region = q.value(7).toString();
    c.city = q.value(8).toString();
    c.address = q.value(9).toString();
    c.wechat = q.value(10).toString();
    c.source = q.value(11).toString();
    c.ownerId = q.value(12).toLongLong();
    c.status = q.value(13).toString();
    c.grade = q.value(14).toString();
    c.tags = q.value(15).toString().split(u',', Qt::SkipEmptyParts);
    c.notes = q.value(16).toString();
    if (!q.isNull(17))
        c.consent = q.value(17).toBool();
    c.consentDate = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    c.consentMethod = q.value(19).toString();
    c.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    c.deleted = q.value(22).toBool();
    c.ownerName = q.value(23).toString();
    return c;
}

QString CustomerRepository::filterSql(const CustomerFilter &f, QVariantList *binds, Names names) const
{
    QString sql = (names == Names::Joined ? u" FROM customer c LEFT JOIN member m ON m.id = c.owner_id"_s
                                          : u" FROM customer c"_s) +
                  u" WHERE c.deleted = "_s + (f.deleted ? u"1"_s : u"0"_s) + u" AND "_s +
                  m_scope.ownerCondition(u"c.owner_id"_s);
    if (f.ownerId) {
        sql += u" AND c.owner_id = ?"_s;
        *binds << f.ownerId;
    }
    const auto equals = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            sql += u" AND "_s + column + u" = ?"_s;
            *binds << value;
        }
    };
    if (f.only) {
        // Ids are integers, never user text: written into the SQL.
        QStringList ids;
        ids.reserve(f.only->size());
        for (const qint64 id : *f.only)
            ids << QString::number(id);
        sql += ids.isEmpty() ? u" AND 0"_s : u" AND c.id IN ("_s + ids.join(u',') + u')';
    }
    equals(u"c.status"_s, f.status);
    equals(u"c.grade"_s, f.grade);
    equals(u"c.region"_s, f.region);
    equals(u"c.source"_s, f.source);
    if (!f.tag.isEmpty()) {
        sql += u" AND c.tags LIKE ?"_s;
        *binds << QString(u"%,"_s + f.tag + u",%"_s);
    }
    const QString match = TextNormalizer::searchQuery(f.search);
    if (!match.isEmpty()) {
        sql += u" AND c.id IN (SELECT docid FROM customer_search WHERE body MATCH ?)"_s;
        *binds << match;
    } else if (!f.search.trimmed().isEmpty()) {
        sql += u" AND 0"_s; // only punctuation typed: nothing matches
    }
    return sql;
}

QList<Customer> CustomerRepository::list(const CustomerFilter &filter, int limit, int offset)
{
    QVariantList binds;
    QString sql = u"SELECT "_s + Columns + filterSql(filter, &binds) + u" ORDER BY c.sort_key, c.id"_s;
    if (limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Customer> result;
    if (!exec(q))
        return result;
    while (q.next())
        result << read(q);
    // Their phones and e-mails in one more query, not one per customer.
    if (!result.isEmpty()) {
        QHash<qint64, qsizetype> index;
        QStringList ids;
        for (qsizetype i = 0; i < result.size(); ++i) {
            index.insert(result.at(i).id, i);
            ids << QString::number(result.at(i).id);
        }
        QSqlQuery p = query();
        p.setForwardOnly(true);
        if (p.exec(u"SELECT customer_id, kind, raw, normalized, valid FROM contact_point WHERE deleted = 0 "
                   u"AND contact_id IS NULL AND customer_id IN ("_s +
                   ids.join(u',') + u") ORDER BY id"_s)) {
            while (p.next())
                result[index.value(p.value(0).toLongLong())].points << ContactPoint{
                    p.value(1).toString(), p.value(2).toString(), p.value(3).toString(), p.value(4).toBool()};
        }
    }
    return result;
}

QList<CustomerValue> CustomerRepository::values(const QDate &from, const QDate &to,
                                                const CustomerFilter &filter)
{
    // Correlated subqueries on the customer's indexes (sales_order_customer, activity_customer):
    // one pass over the customers, no window functions (SQLite 3.15).
    static const QString sold =
        u"FROM sales_order o JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 "
        u"WHERE o.customer_id = c.id AND o.deleted = 0 AND o.status <> 'cancelled'"_s;
    static const QString orders = u"FROM sales_order o WHERE o.customer_id = c.id AND o.deleted = 0 AND "
                                  u"o.status <> 'cancelled'"_s;
    const QString inPeriod = u" AND o.order_date BETWEEN ? AND ?"_s;
    QVariantList binds;
    const QString fromText = from.toString(Qt::ISODate), toText = to.toString(Qt::ISODate);
    binds << fromText << toText << fromText << toText;
    const QString sql =
        u"SELECT c.id, c.code, c.name, c.owner_id, m.code, m.name, c.grade, c.status, c.region, "
        u"(SELECT max(a.occurred_at) FROM activity a WHERE a.customer_id = c.id AND a.deleted = 0), "
        u"(SELECT count(*) "_s +
        orders + inPeriod + u"), (SELECT coalesce(sum(l.amount_fen), 0) "_s + sold + inPeriod +
        u"), (SELECT count(*) "_s + orders + u"), (SELECT coalesce(sum(l.amount_fen), 0) "_s + sold + u")"_s +
        filterSql(filter, &binds) + u" ORDER BY c.sort_key, c.id"_s;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<CustomerValue> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        CustomerValue v;
        v.id = q.value(0).toLongLong();
        v.code = q.value(1).toString();
        v.name = q.value(2).toString();
        v.ownerId = q.value(3).toLongLong();
        v.ownerCode = q.value(4).toString();
        v.ownerName = q.value(5).toString();
        v.grade = q.value(6).toString();
        v.status = q.value(7).toString();
        v.region = q.value(8).toString();
        if (!q.value(9).isNull())
            v.lastContact = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        v.orders = q.value(10).toLongLong();
        v.revenueFen = q.value(11).toLongLong();
        v.lifetimeOrders = q.value(12).toLongLong();
        v.lifetimeFen = q.value(13).toLongLong();
        result << v;
    }
    return result;
}

QList<qint64> CustomerRepository::ids(const CustomerFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id"_s + filterSql(filter, &binds, Names::Skipped) + u" ORDER BY c.sort_key, c.id"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<qint64> result;
    if (exec(q)) {
        while (q.next())
            result << q.value(0).toLongLong();
    }
    return result;
}

qint64 CustomerRepository::count(const CustomerFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT count(*)"_s + filterSql(filter, &binds, Names::Skipped));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Customer> CustomerRepository::get(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT "_s + Columns +
              u" FROM customer c LEFT JOIN member m ON m.id = c.owner_id WHERE c.id = ? AND "_s +
              m_scope.ownerCondition(u"c.owner_id"_s));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Customer c = read(q);
    QSqlQuery p = query();
    p.prepare(u"SELECT kind, raw, normalized, valid FROM contact_point WHERE customer_id = ? AND contact_id "
              u"IS NULL "
              u"AND deleted = 0 ORDER BY id"_s);
    p.addBindValue(id);
    if (exec(p)) {
        while (p.next())
            c.points << ContactPoint{p.value(0).toString(), p.value(1).toString(), p.value(2).toString(),
                                     p.value(3).toBool()};
    }
    return c;
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM customer WHERE code = ? AND deleted = 0"_s);
    q.addBindValue(code);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return get(q.value(0).toLongLong());
}

void CustomerRepository::normalize(Customer &c) const
{
    c.name = TextNormalizer::clean(c.name);
    c.shortName = TextNormalizer::clean(c.shortName);
    c.region = TextNormalizer::clean(c.region);
    c.city = TextNormalizer::clean(c.city);
    c.industry = TextNormalizer::clean(c.industry);
    c.wechat = c.wechat.trimmed();
    QList<ContactPoint> points;
    for (const ContactPoint &p : std::as_const(c.points)) {
        if (p.raw.trimmed().isEmpty())
            continue;
        ContactPoint n =
            p.kind == u"email"_s ? CustomerMatcher::emailPoint(p.raw) : CustomerMatcher::phonePoint(p.raw);
        bool seen = false;
        for (const ContactPoint &q : std::as_const(points))
            seen = seen || (q.kind == n.kind && q.normalized == n.normalized);
        if (!seen)
            points << n;
    }
    c.points = points;
}

QList<FieldError> CustomerRepository::validate(const Customer &c) const
{
    QList<FieldError> errors;
    if (TextNormalizer::nameKey(c.name).isEmpty())
        errors << FieldError{u"name"_s, tr("Enter the customer's name.")};
    if (!kinds().contains(c.kind))
        errors << FieldError{u"kind"_s, tr("Choose company or individual.")};
    if (!statuses().contains(c.status))
        errors << FieldError{u"status"_s, tr("Unknown status \"%1\".").arg(c.status)};
    if (!c.grade.isEmpty() && !grades().contains(c.grade))
        errors << FieldError{u"grade"_s, tr("The grade is A, B, C or D.")};
    if (!c.source.isEmpty() && !sources().contains(c.source))
        errors << FieldError{u"source"_s, tr("Unknown source channel \"%1\".").arg(c.source)};
    for (const ContactPoint &p : c.points) {
        if (p.kind == u"email"_s && !p.raw.trimmed().isEmpty() &&
            !CustomerMatcher::isValidEmail(CustomerMatcher::emailPoint(p.raw).normalized))
            errors << FieldError{u"email"_s, tr("\"%1\" is not an e-mail address.").arg(p.raw)};
    }
    if (c.consent.has_value() && *c.consent && !c.consentDate.isValid())
        errors << FieldError{u"consent"_s, tr("Give the date marketing consent was obtained.")};
    return errors;
}

bool CustomerRepository::writePoints(qint64 customerId, const QList<ContactPoint> &points, const SyncStamp &s)
{
    // Keep the points that stay, tombstone those that went, insert the new ones: a sync peer
    // sees exactly what changed.
    QSqlQuery q = query();
    q.prepare(
        u"SELECT id, kind, normalized FROM contact_point WHERE customer_id = ? AND contact_id IS NULL AND deleted = 0"_s);
    q.addBindValue(customerId);
    if (!exec(q))
        return false;
    QList<ContactPoint> pending = points;
    QList<qint64> gone;
    while (q.next()) {
        const QString kind = q.value(1).toString(), normalized = q.value(2).toString();
        const auto it = std::find_if(pending.begin(), pending.end(), [&](const ContactPoint &p) {
            return p.kind == kind && p.normalized == normalized;
        });
        if (it != pending.end())
            pending.erase(it);
        else
            gone << q.value(0).toLongLong();
    }
    for (const qint64 id : std::as_const(gone)) {
        QSqlQuery d = query();
        d.prepare(u"UPDATE contact_point SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
        d.addBindValue(qint64(s.hlc));
        d.addBindValue(s.deviceId);
        d.addBindValue(id);
        if (!exec(d))
            return false;
    }
    QSqlQuery ins = query();
    ins.prepare(
        u"INSERT INTO contact_point (uuid, customer_id, kind, raw, normalized, valid, hlc, device_id) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ContactPoint &p : std::as_const(pending)) {
        ins.addBindValue(newUuid());
        ins.addBindValue(customerId);
        ins.addBindValue(p.kind);
        ins.addBindValue(p.raw);
        ins.addBindValue(p.normalized);
        ins.addBindValue(p.valid);
        ins.addBindValue(qint64(s.hlc));
        ins.addBindValue(s.deviceId);
        if (!exec(ins))
            return false;
    }
    return true;
}

// The statements that rebuild a customer's search document, prepared once for bulk writes.
struct CustomerRepository::IndexStatements
{
    explicit IndexStatements(const QSqlDatabase &db)
        : remove(db), customer(db), contacts(db), points(db), insert(db)
    {
        remove.prepare(u"DELETE FROM customer_search WHERE docid = ?"_s);
        customer.prepare(u"SELECT name, short_name, code, wechat, deleted FROM customer WHERE id = ?"_s);
        contacts.prepare(u"SELECT name FROM contact WHERE customer_id = ? AND deleted = 0"_s);
        points.prepare(
            u"SELECT kind, normalized, valid FROM contact_point WHERE customer_id = ? AND deleted = 0"_s);
        insert.prepare(u"INSERT INTO customer_search (docid, body) VALUES (?, ?)"_s);
    }
    QSqlQuery remove, customer, contacts, points, insert;
};

bool CustomerRepository::reindex(qint64 customerId)
{
    IndexStatements statements(connection());
    return reindex(customerId, statements);
}

bool CustomerRepository::reindex(qint64 customerId, IndexStatements &st)
{
    st.remove.addBindValue(customerId);
    if (!exec(st.remove))
        return false;
    QSqlQuery &q = st.customer;
    q.addBindValue(customerId);
    if (!exec(q) || !q.next())
        return false;
    const bool deleted = q.value(4).toBool();
    QStringList texts{q.value(0).toString(), q.value(1).toString()};
    QStringList words{q.value(2).toString(), q.value(3).toString()};
    q.finish();
    if (deleted)
        return true; // deleted customers are not searchable
    QSqlQuery &c = st.contacts;
    c.addBindValue(customerId);
    if (exec(c)) {
        while (c.next())
            texts << c.value(0).toString();
    }
    QSqlQuery &p = st.points;
    p.addBindValue(customerId);
    if (exec(p)) {
        while (p.next())
            addSearchWords(p.value(0).toString(), p.value(1).toString(), p.value(2).toBool(), &words);
    }
    st.insert.addBindValue(customerId);
    st.insert.addBindValue(TextNormalizer::searchDocument(texts, words));
    return exec(st.insert);
}

QString CustomerRepository::searchDocument(const Customer &c, const QList<Contact> &contacts)
{
    QStringList texts{c.name, c.shortName};
    QStringList words{c.code, c.wechat};
    for (const ContactPoint &p : c.points)
        addSearchWords(p.kind, p.normalized, p.valid, &words);
    for (const Contact &contact : contacts) {
        texts << contact.name;
        for (const ContactPoint &p : contact.points)
            addSearchWords(p.kind, p.normalized, p.valid, &words);
    }
    return TextNormalizer::searchDocument(texts, words);
}

bool CustomerRepository::reindexMany(const QList<qint64> &customerIds)
{
    IndexStatements statements(connection());
    for (const qint64 id : customerIds) {
        if (!reindex(id, statements))
            return false;
    }
    return true;
}

QList<FieldError> CustomerRepository::prepareNew(Customer &c) const
{
    normalize(c);
    if (c.ownerId == 0)
        c.ownerId = m_scope.memberId();
    QList<FieldError> errors = validate(c);
    if (c.ownerId && !m_scope.canSeeOwner(c.ownerId))
        errors << FieldError{u"owner"_s, tr("You cannot give a customer to someone outside your team.")};
    return errors;
}

namespace {
const QString InsertCustomer =
    u"INSERT INTO customer (uuid, code, kind, name, short_name, name_key, sort_key, industry, region, city, "
    u"address, wechat, source, owner_id, status, grade, tags, notes, consent, consent_date, consent_method, "
    u"created_at, updated_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    u"?, "
    u"?, ?, ?, ?, ?, ?)"_s;
const QString InsertCustomerPoint =
    u"INSERT INTO contact_point (uuid, customer_id, kind, raw, normalized, valid, hlc, "
    u"device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString SetCustomerCode = u"UPDATE customer SET code = ? WHERE id = ?"_s;
const QString InsertContact =
    u"INSERT INTO contact (uuid, customer_id, name, title, wechat, notes, hlc, device_id) "
    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString InsertContactPoint =
    u"INSERT INTO contact_point (uuid, customer_id, contact_id, kind, raw, normalized, "
    u"valid, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QString customerCode(qint64 id)
{
    return u"C%1"_s.arg(id, 6, 10, QChar(u'0'));
}

// Binds a normalised, validated new customer to InsertCustomer.
void bindNewCustomer(QSqlQuery &q, const Customer &c, const QString &createdAt, const QString &updatedAt,
                     const SyncStamp &s)
{
    q.addBindValue(c.uuid);
    q.addBindValue(nullIfEmpty(c.code));
    q.addBindValue(c.kind);
    q.addBindValue(c.name);
    q.addBindValue(nullIfEmpty(c.shortName));
    q.addBindValue(TextNormalizer::nameKey(c.name));
    q.addBindValue(TextNormalizer::sortKey(c.name));
    q.addBindValue(nullIfEmpty(c.industry));
    q.addBindValue(nullIfEmpty(c.region));
    q.addBindValue(nullIfEmpty(c.city));
    q.addBindValue(nullIfEmpty(c.address));
    q.addBindValue(nullIfEmpty(c.wechat));
    q.addBindValue(nullIfEmpty(c.source));
    q.addBindValue(nullIfZero(c.ownerId));
    q.addBindValue(c.status);
    q.addBindValue(nullIfEmpty(c.grade));
    q.addBindValue(tagsToColumn(c.tags));
    q.addBindValue(nullIfEmpty(c.notes));
    q.addBindValue(c.consent.has_value() ? QVariant(*c.consent) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(c.consentDate.isValid() ? QVariant(c.consentDate)
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullIfEmpty(c.consentMethod));
    q.addBindValue(createdAt);
    q.addBindValue(updatedAt);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
}
} // namespace

SaveResult CustomerRepository::create(Customer c)
{
    SaveResult result;
    result.fieldErrors = prepareNew(c);
    if (!result.fieldErrors.isEmpty())
        return result;

    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    const QString now = nowUtc();
    c.uuid = c.uuid.isEmpty() ? newUuid() : c.uuid;
    QSqlQuery q = query();
    q.prepare(InsertCustomer);
    bindNewCustomer(q, c, now, now, s);
    if (!exec(q))
        return failed({});
    c.id = q.lastInsertId().toLongLong();
    if (c.code.isEmpty()) {
        QSqlQuery code = query();
        code.prepare(SetCustomerCode);
        code.addBindValue(customerCode(c.id));
        code.addBindValue(c.id);
        if (!exec(code))
            return failed({});
    }
    if (!writePoints(c.id, c.points, s) || !reindex(c.id))
        return failed({});
    if (!tx.commit())
        return failed(tx.lastError().text());
    result.id = c.id;
    return result;
}

BulkResult CustomerRepository::createMany(const QList<Customer> &customers)
{
    return createMany(customers, {});
}

BulkResult CustomerRepository::createMany(const QList<Customer> &input, const QList<QList<Contact>> &people,
                                          QList<QList<qint64>> *contactIds)
{
    if (!people.isEmpty() && people.size() != input.size())
        return bulkFailed(-1, tr("Give the contacts of every customer, or none."));
    QList<Customer> customers = input;
    QList<QList<Contact>> contacts = people;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const QList<FieldError> errors = prepareNew(customers[i]);
        if (!errors.isEmpty())
            return bulkFailed(i, errors);
        if (contacts.isEmpty())
            continue;
        for (Contact &contact : contacts[i]) {
            contact.name = TextNormalizer::clean(contact.name);
            if (contact.name.isEmpty())
                return bulkFailed(i, {FieldError{u"contact"_s, tr("Enter the contact's name.")}});
        }
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery insert = query(), code = query(), point = query(), contactInsert = query(),
              contactPoint = query();
    insert.prepare(InsertCustomer);
    code.prepare(SetCustomerCode);
    point.prepare(InsertCustomerPoint);
    contactInsert.prepare(InsertContact);
    contactPoint.prepare(InsertContactPoint);
    IndexStatements index(connection());
    const QString now = nowUtc();
    BulkResult result;
    result.ids.reserve(customers.size());
    if (contactIds)
        contactIds->clear();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        Customer &c = customers[i];
        const SyncStamp s = stamp();
        if (c.uuid.isEmpty())
            c.uuid = newUuid();
        const QString createdAt =
            c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
        const QString updatedAt =
            c.updatedAt.isValid() ? c.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now;
        bindNewCustomer(insert, c, createdAt, updatedAt, s);
        if (!exec(insert))
            return bulkFailed(i, QString());
        c.id = insert.lastInsertId().toLongLong();
        if (c.code.isEmpty()) {
            c.code = customerCode(c.id);
            code.addBindValue(c.code);
            code.addBindValue(c.id);
            if (!exec(code))
                return bulkFailed(i, QString());
        }
        // The search document as reindex() would read it back: names, then the points in the
        // order they are written (the customer's own first).
        QStringList texts{c.name, c.shortName};
        QStringList words{c.code, c.wechat};
        // A new customer has no points yet: writePoints() would insert them all.
        for (const ContactPoint &p : std::as_const(c.points)) {
            point.addBindValue(newUuid());
            point.addBindValue(c.id);
            point.addBindValue(p.kind);
            point.addBindValue(p.raw);
            point.addBindValue(p.normalized);
            point.addBindValue(p.valid);
            point.addBindValue(qint64(s.hlc));
            point.addBindValue(s.deviceId);
            if (!exec(point))
                return bulkFailed(i, QString());
            addSearchWords(p.kind, p.normalized, p.valid, &words);
        }
        QList<qint64> ids;
        for (Contact contact : contacts.isEmpty() ? QList<Contact>() : contacts.at(i)) {
            contact.customerId = c.id;
            const qint64 id = insertContact(contactInsert, contactPoint, contact, s, &words);
            if (!id)
                return bulkFailed(i, QString());
            texts << contact.name;
            ids << id;
        }
        if (contactIds)
            *contactIds << ids;
        index.remove.addBindValue(c.id); // nothing to remove unless an old row left its document
        index.insert.addBindValue(c.id);
        index.insert.addBindValue(TextNormalizer::searchDocument(texts, words));
        if (!exec(index.remove) || !exec(index.insert))
            return bulkFailed(i, QString());
        result.ids << c.id;
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

qint64 CustomerRepository::insertContact(QSqlQuery &q, QSqlQuery &p, const Contact &contact,
                                         const SyncStamp &s, QStringList *searchWords)
{
    q.addBindValue(contact.uuid.isEmpty() ? newUuid() : contact.uuid);
    q.addBindValue(contact.customerId);
    q.addBindValue(contact.name);
    q.addBindValue(nullIfEmpty(contact.title));
    q.addBindValue(nullIfEmpty(contact.wechat));
    q.addBindValue(nullIfEmpty(contact.notes));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    for (const ContactPoint &raw : contact.points) {
        const ContactPoint n = raw.kind == u"email"_s ? CustomerMatcher::emailPoint(raw.raw)
                                                      : CustomerMatcher::phonePoint(raw.raw);
        p.addBindValue(newUuid());
        p.addBindValue(contact.customerId);
        p.addBindValue(id);
        p.addBindValue(n.kind);
        p.addBindValue(n.raw);
        p.addBindValue(n.normalized);
        p.addBindValue(n.valid);
        p.addBindValue(qint64(s.hlc));
        p.addBindValue(s.deviceId);
        if (!exec(p))
            return 0;
        if (searchWords)
            addSearchWords(n.kind, n.normalized, n.valid, searchWords);
    }
    return id;
}

SaveResult CustomerRepository::update(const Customer &input)
{
    Customer c = input;
    normalize(c);
    qint64 currentOwner = 0;
    if (!customerVisible(c.id, &currentOwner))
        return notAllowed();
    SaveResult result;
    result.id = c.id;
    result.fieldErrors = validate(c);
    if (c.ownerId && !m_scope.canSeeOwner(c.ownerId))
        result.fieldErrors << FieldError{u"owner"_s,
                                         tr("You cannot give a customer to someone outside your team.")};
    if (!result.fieldErrors.isEmpty())
        return result;

    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE customer SET kind = ?, name = ?, short_name = ?, name_key = ?, sort_key = ?, industry = ?, "
        u"region = ?, city = ?, address = ?, wechat = ?, source = ?, owner_id = ?, status = ?, grade = ?, "
        u"tags = ?, "
        u"notes = ?, consent = ?, consent_date = ?, consent_method = ?, updated_at = ?, hlc = ?, device_id = "
        u"? "
        u"WHERE id = ?"_s);
    q.addBindValue(c.kind);
    q.addBindValue(c.name);
    q.addBindValue(nullIfEmpty(c.shortName));
    q.addBindValue(TextNormalizer::nameKey(c.name));
    q.addBindValue(TextNormalizer::sortKey(c.name));
    q.addBindValue(nullIfEmpty(c.industry));
    q.addBindValue(nullIfEmpty(c.region));
    q.addBindValue(nullIfEmpty(c.city));
    q.addBindValue(nullIfEmpty(c.address));
    q.addBindValue(nullIfEmpty(c.wechat));
    q.addBindValue(nullIfEmpty(c.source));
    q.addBindValue(nullIfZero(c.ownerId ? c.ownerId : currentOwner));
    q.addBindValue(c.status);
    q.addBindValue(nullIfEmpty(c.grade));
    q.addBindValue(tagsToColumn(c.tags));
    q.addBindValue(nullIfEmpty(c.notes));
    q.addBindValue(c.consent.has_value() ? QVariant(*c.consent) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(c.consentDate.isValid() ? QVariant(c.consentDate)
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(nullIfEmpty(c.consentMethod));
    q.addBindValue(nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(c.id);
    if (!exec(q) || !writePoints(c.id, c.points, s) || !reindex(c.id))
        return failed({});
    if (!tx.commit())
        return failed(tx.lastError().text());
    return result;
}

bool CustomerRepository::remove(qint64 id)
{
    if (!customerVisible(id))
        return false;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Customers, PermissionAction::Delete,
                                 u"customer:%1"_s.arg(id), &m_error))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE customer SET deleted = 1, updated_at = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q) && reindex(id) && audit(AuditAction::Delete, id) && tx.commit();
}

bool CustomerRepository::restore(qint64 id)
{
    QSqlQuery check = query();
    check.prepare(u"SELECT 1 FROM customer WHERE id = ? AND deleted = 1 AND "_s +
                  m_scope.ownerCondition(u"owner_id"_s));
    check.addBindValue(id);
    if (!exec(check) || !check.next())
        return false;
    if (!Permissions(m_db).check(m_scope, PermissionArea::Customers, PermissionAction::Delete,
                                 u"customer:%1"_s.arg(id), &m_error))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE customer SET deleted = 0, updated_at = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q) && reindex(id) && audit(AuditAction::Restore, id) && tx.commit();
}

bool CustomerRepository::audit(QLatin1String action, qint64 id)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT code FROM customer WHERE id = ?"_s);
    q.addBindValue(id);
    const QString code = exec(q) && q.next() ? q.value(0).toString() : QString();
    AuditLog log(m_db, m_scope);
    if (log.record(action, AuditLog::customerTarget(id, code)))
        return true;
    m_error = log.lastError();
    return false;
}

QList<DuplicateMatch> CustomerRepository::findDuplicates(const MatchKeys &keys, qint64 excludeId)
{
    QList<DuplicateMatch> matches;
    const auto add = [&](qint64 id, const QString &name, qint64 owner, const QString &reason,
                         const QString &value) {
        for (const DuplicateMatch &m : std::as_const(matches)) {
            if (m.customerId == id)
                return;
        }
        DuplicateMatch m;
        m.customerId = id;
        m.reason = reason;
        m.value = value;
        m.visible = m_scope.canSeeOwner(owner);
        if (m.visible) {
            m.name = name;
            m.ownerId = owner;
        }
        matches << m;
    };
    QSqlQuery q = query();
    for (const QString &kind : {u"phone"_s, u"email"_s}) {
        for (const QString &value : kind == u"phone"_s ? keys.phones : keys.emails) {
            q.prepare(
                u"SELECT c.id, c.name, c.owner_id FROM contact_point p JOIN customer c ON c.id = "
                u"p.customer_id "
                u"WHERE p.normalized = ? AND p.kind = ? AND p.deleted = 0 AND c.deleted = 0 AND c.id <> ?"_s);
            q.addBindValue(value);
            q.addBindValue(kind);
            q.addBindValue(excludeId);
            if (exec(q)) {
                while (q.next())
                    add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), kind, value);
            }
        }
    }
    if (!keys.nameKey.isEmpty()) {
        q.prepare(
            u"SELECT id, name, owner_id FROM customer WHERE name_key = ? AND deleted = 0 AND id <> ?"_s);
        q.addBindValue(keys.nameKey);
        q.addBindValue(excludeId);
        if (exec(q)) {
            while (q.next())
                add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), u"name"_s,
                    keys.nameKey);
        }
    }
    return matches;
}

QList<Contact> CustomerRepository::contacts(qint64 customerId)
{
    QList<Contact> result;
    if (!customerVisible(customerId))
        return result;
    QSqlQuery q = query();
    q.prepare(
        u"SELECT id, uuid, name, title, wechat, notes FROM contact WHERE customer_id = ? AND deleted = 0 ORDER BY id"_s);
    q.addBindValue(customerId);
    if (!exec(q))
        return result;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.customerId = customerId;
        c.name = q.value(2).toString();
        c.title = q.value(3).toString();
        c.wechat = q.value(4).toString();
        c.notes = q.value(5).toString();
        result << c;
    }
    QSqlQuery p = query();
    p.prepare(u"SELECT contact_id, kind, raw, normalized, valid FROM contact_point WHERE customer_id = ? AND "
              u"contact_id "
              u"IS NOT NULL AND deleted = 0 ORDER BY id"_s);
    p.addBindValue(customerId);
    if (exec(p)) {
        while (p.next()) {
            for (Contact &c : result) {
                if (c.id == p.value(0).toLongLong())
                    c.points << ContactPoint{p.value(1).toString(), p.value(2).toString(),
                                             p.value(3).toString(), p.value(4).toBool()};
            }
        }
    }
    return result;
}

SaveResult CustomerRepository::addContact(Contact contact)
{
    if (!customerVisible(contact.customerId))
        return notAllowed();
    contact.name = TextNormalizer::clean(contact.name);
    if (contact.name.isEmpty()) {
        SaveResult r;
        r.fieldErrors << FieldError{u"name"_s, tr("Enter the contact's name.")};
        return r;
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO contact (uuid, customer_id, name, title, wechat, notes, hlc, device_id) VALUES "
              u"(?, ?, ?, ?, ?, "
              u"?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(contact.customerId);
    q.addBindValue(contact.name);
    q.addBindValue(nullIfEmpty(contact.title));
    q.addBindValue(nullIfEmpty(contact.wechat));
    q.addBindValue(nullIfEmpty(contact.notes));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery p = query();
    p.prepare(u"INSERT INTO contact_point (uuid, customer_id, contact_id, kind, raw, normalized, valid, hlc, "
              u"device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ContactPoint &raw : std::as_const(contact.points)) {
        const ContactPoint n = raw.kind == u"email"_s ? CustomerMatcher::emailPoint(raw.raw)
                                                      : CustomerMatcher::phonePoint(raw.raw);
        p.addBindValue(newUuid());
        p.addBindValue(contact.customerId);
        p.addBindValue(id);
        p.addBindValue(n.kind);
        p.addBindValue(n.raw);
        p.addBindValue(n.normalized);
        p.addBindValue(n.valid);
        p.addBindValue(qint64(s.hlc));
        p.addBindValue(s.deviceId);
        if (!exec(p))
            return failed({});
    }
    if (!reindex(contact.customerId) || !tx.commit())
        return failed({});
    SaveResult r;
    r.id = id;
    return r;
}

BulkResult CustomerRepository::addContacts(const QList<Contact> &input)
{
    QList<Contact> contacts = input;
    VisibleCustomers visible(*this);
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        Contact &contact = contacts[i];
        if (!visible.contains(contact.customerId))
            return bulkFailed(i, notAllowed().error);
        contact.name = TextNormalizer::clean(contact.name);
        if (contact.name.isEmpty())
            return bulkFailed(i, {FieldError{u"name"_s, tr("Enter the contact's name.")}});
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query(), p = query();
    q.prepare(InsertContact);
    p.prepare(InsertContactPoint);
    BulkResult result;
    result.ids.reserve(contacts.size());
    QList<qint64> customers; // to re-index, in the order first seen
    QSet<qint64> seen;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact &contact = contacts.at(i);
        const qint64 id = insertContact(q, p, contact, stamp());
        if (!id)
            return bulkFailed(i, QString());
        if (!seen.contains(contact.customerId)) {
            seen.insert(contact.customerId);
            customers << contact.customerId;
        }
        result.ids << id;
    }
    IndexStatements index(connection());
    for (const qint64 customerId : std::as_const(customers)) {
        if (!reindex(customerId, index))
            return bulkFailed(-1, QString());
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

QList<TimelineEntry> CustomerRepository::timeline(qint64 customerId, int limit)
{
    QList<TimelineEntry> entries;
    if (!customerVisible(customerId))
        return entries;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT 'activity', a.id, a.occurred_at, a.kind, a.summary, m.name, 0 FROM activity a "
              u"LEFT JOIN member m ON m.id = a.member_id WHERE a.customer_id = :c AND a.deleted = 0 "
              u"UNION ALL SELECT 'order', o.id, o.order_date, o.status, o.order_no, m.name, o.total_fen FROM "
              u"sales_order o "
              u"LEFT JOIN member m ON m.id = o.member_id WHERE o.customer_id = :c AND o.deleted = 0 "
              u"UNION ALL SELECT 'stage', s.id, s.changed_at, st.key, op.title, m.name, op.amount_fen "
              u"FROM opportunity_stage_change s JOIN opportunity op ON op.id = s.opportunity_id "
              u"JOIN pipeline_stage st ON st.id = s.to_stage_id LEFT JOIN member m ON m.id = s.member_id "
              u"WHERE op.customer_id = :c AND s.deleted = 0 AND op.deleted = 0 "
              u"ORDER BY 3 DESC LIMIT :limit"_s);
    q.bindValue(u":c"_s, customerId);
    q.bindValue(u":limit"_s, limit);
    if (!exec(q))
        return entries;
    while (q.next())
        entries << TimelineEntry{q.value(0).toString(),  q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toString(),  q.value(4).toString(),   q.value(5).toString(),
                                 q.value(6).toLongLong()};
    return entries;
}

QStringList CustomerRepository::regions()
{
    QStringList result;
    QSqlQuery q = query();
    if (q.exec(u"SELECT DISTINCT region FROM customer WHERE deleted = 0 AND region IS NOT NULL AND "_s +
               m_scope.ownerCondition(u"owner_id"_s) + u" ORDER BY region"_s)) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

QStringList CustomerRepository::tags()
{
    QStringList result;
    QSqlQuery q = query();
    if (q.exec(u"SELECT DISTINCT tags FROM customer WHERE deleted = 0 AND tags <> '' AND "_s +
               m_scope.ownerCondition(u"owner_id"_s))) {
        while (q.next()) {
            for (const QString &t : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
                if (!result.contains(t))
                    result << t;
            }
        }
    }
    result.sort();
    return result;
}

} // namespace frontline
