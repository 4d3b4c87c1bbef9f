#include "PaymentRepository.h"

#include "security/AuditLog.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

QStringList PaymentRepository::methods()
{
    return {u"transfer"_s, u"cash"_s,   u"wechat"_s, u"alipay"_s,
            u"card"_s,     u"cheque"_s, u"draft"_s,  u"other"_s};
}

QString PaymentRepository::methodLabel(const QString &method)
{
    if (method == u"transfer"_s)
        return tr("Bank transfer");
    if (method == u"cash"_s)
        return tr("Cash");
    if (method == u"wechat"_s)
        return tr("WeChat Pay");
    if (method == u"alipay"_s)
        return tr("Alipay");
    if (method == u"card"_s)
        return tr("Card");
    if (method == u"cheque"_s)
        return tr("Cheque");
    if (method == u"draft"_s)
        return tr("Bank acceptance draft");
    if (method == u"other"_s)
        return tr("Other");
    return method;
}

QList<FieldError> PaymentRepository::validate(const Payment &p) const
{
    QList<FieldError> errors;
    if (!p.customerId)
        errors << FieldError{u"customer"_s, tr("Choose the customer who paid.")};
    if (!p.paidOn.isValid())
        errors << FieldError{u"paid_on"_s, tr("Enter the date the money was received.")};
    if (p.amountFen == 0)
        errors << FieldError{u"amount"_s, tr("The amount cannot be zero (a refund is negative).")};
    if (!methods().contains(p.method))
        errors << FieldError{u"method"_s, tr("Unknown payment method \"%1\".").arg(p.method)};
    return errors;
}

namespace {

const QString InsertPayment =
    u"INSERT INTO payment (uuid, payment_no, paid_on, customer_id, order_id, member_id, amount_fen, method, "
    u"notes, created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

void bindNewPayment(QSqlQuery &q, const Payment &p, const SyncStamp &s)
{
    q.addBindValue(p.uuid.isEmpty() ? Repository::newUuid() : p.uuid);
    q.addBindValue(nullable(p.paymentNo));
    q.addBindValue(p.paidOn.toString(Qt::ISODate));
    q.addBindValue(p.customerId);
    q.addBindValue(nullable(p.orderId));
    q.addBindValue(p.memberId);
    q.addBindValue(p.amountFen);
    q.addBindValue(p.method);
    q.addBindValue(nullable(p.notes));
    q.addBindValue(p.createdAt.isValid() ? p.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                         : Repository::nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
}

const QString SelectPayment =
    u"SELECT p.id, p.uuid, p.payment_no, p.paid_on, p.customer_id, p.order_id, p.member_id, p.amount_fen, "
    u"p.method, p.notes, p.created_at, c.name, o.order_no, m.name"_s;

Payment readPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.paymentNo = q.value(2).toString();
    p.paidOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.customerId = q.value(4).toLongLong();
    p.orderId = q.value(5).toLongLong();
    p.memberId = q.value(6).toLongLong();
    p.amountFen = q.value(7).toLongLong();
    p.method = q.value(8).toString();
    p.notes = q.value(9).toString();
    p.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    p.customerName = q.value(11).toString();
    p.orderNo = q.value(12).toString();
    p.memberName = q.value(13).toString();
    return p;
}

} // namespace

SaveResult PaymentRepository::resolve(Payment &p)
{
    p.paymentNo = TextNormalizer::clean(p.paymentNo);
    p.notes = p.notes.trimmed();
    SaveResult result;
    result.fieldErrors = validate(p);
    if (!result.fieldErrors.isEmpty())
        return result;
    qint64 owner = 0;
    if (!m_scope.canWriteMoney() || !customerVisible(p.customerId, &owner))
        return notAllowed();
    if (p.orderId) {
        QSqlQuery q = query();
        q.prepare(u"SELECT customer_id, member_id, status FROM sales_order WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(p.orderId);
        if (!exec(q))
            return failed({});
        if (!q.next() || q.value(0).toLongLong() != p.customerId) {
            result.fieldErrors << FieldError{u"order"_s, tr("The order is not one of this customer's.")};
            return result;
        }
        if (q.value(2).toString() == u"cancelled"_s) {
            result.fieldErrors << FieldError{u"order"_s, tr("The order is cancelled.")};
            return result;
        }
        if (!p.memberId)
            p.memberId = q.value(1).toLongLong();
    }
    if (!p.memberId)
        p.memberId = owner;
    if (!m_scope.canSeeOwner(p.memberId))
        return notAllowed();
    if (!p.paymentNo.isEmpty()) {
        const std::optional<Payment> same = findByNumber(p.paymentNo);
        if (same && same->id != p.id)
            result.fieldErrors << FieldError{
                u"payment_no"_s, tr("The receipt number %1 is already recorded.").arg(p.paymentNo)};
    }
    return result;
}

SaveResult PaymentRepository::create(Payment p)
{
    p.id = 0;
    SaveResult result = resolve(p);
    if (!result.ok())
        return result;
    QSqlQuery q = query();
    q.prepare(InsertPayment);
    bindNewPayment(q, p, stamp());
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

BulkResult PaymentRepository::createMany(const QList<Payment> &input)
{
    QList<Payment> payments = input;
    QSet<QString> numbers;
    for (qsizetype i = 0; i < payments.size(); ++i) {
        Payment &p = payments[i];
        p.id = 0;
        const SaveResult checked = resolve(p);
        if (!checked.error.isEmpty())
            return bulkFailed(i, checked.error);
        if (!checked.fieldErrors.isEmpty())
            return bulkFailed(i, checked.fieldErrors);
        if (p.paymentNo.isEmpty())
            continue;
        if (numbers.contains(p.paymentNo))
            return bulkFailed(i, {FieldError{u"payment_no"_s,
                                             tr("The receipt number %1 appears twice.").arg(p.paymentNo)}});
        numbers.insert(p.paymentNo);
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query();
    q.prepare(InsertPayment);
    BulkResult result;
    result.ids.reserve(payments.size());
    for (qsizetype i = 0; i < payments.size(); ++i) {
        bindNewPayment(q, payments.at(i), stamp());
        if (!exec(q))
            return bulkFailed(i, QString());
        result.ids << q.lastInsertId().toLongLong();
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

SaveResult PaymentRepository::update(const Payment &input)
{
    const std::optional<Payment> old = get(input.id);
    if (!old)
        return notAllowed();
    Payment p = input;
    p.customerId = old->customerId;
    if (!p.memberId)
        p.memberId = old->memberId;
    SaveResult result = resolve(p);
    if (!result.ok())
        return result;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE payment SET payment_no = ?, paid_on = ?, order_id = ?, member_id = ?, amount_fen = ?, "
              u"method = ?, notes = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(nullable(p.paymentNo));
    q.addBindValue(p.paidOn.toString(Qt::ISODate));
    q.addBindValue(nullable(p.orderId));
    q.addBindValue(p.memberId);
    q.addBindValue(p.amountFen);
    q.addBindValue(p.method);
    q.addBindValue(nullable(p.notes));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(p.id);
    if (!exec(q))
        return failed({});
    result.id = p.id;
    return result;
}

bool PaymentRepository::remove(qint64 id)
{
    if (!m_scope.canWriteMoney() || !get(id))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE payment SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(id);
    return exec(q) && auditRow(AuditAction::Delete, u"payment"_s, id) && tx.commit();
}

bool PaymentRepository::restore(qint64 id)
{
    if (!m_scope.canWriteMoney())
        return false;
    QSqlQuery q = query();
    q.prepare(u"SELECT p.id FROM payment p JOIN customer c ON c.id = p.customer_id WHERE p.id = ? AND "
              u"c.deleted = 0 AND "_s +
              m_scope.ownerCondition(u"c.owner_id"_s));
    q.addBindValue(id);
    return exec(q) && q.next() && restoreWithChildren(u"payment"_s, id, {});
}

QString PaymentRepository::filterSql(const PaymentFilter &f, QVariantList *binds) const
{
    QString sql =
        u" FROM payment p JOIN customer c ON c.id = p.customer_id LEFT JOIN sales_order o ON o.id = "
        u"p.order_id LEFT JOIN member m ON m.id = p.member_id WHERE p.deleted = 0 AND c.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"c.owner_id"_s);
    if (f.memberId) {
        sql += u" AND p.member_id = ?"_s;
        *binds << f.memberId;
    }
    sql += inIds(u"p.member_id"_s, f.members);
    if (f.customerId) {
        sql += u" AND p.customer_id = ?"_s;
        *binds << f.customerId;
    }
    if (f.orderId) {
        sql += u" AND p.order_id = ?"_s;
        *binds << f.orderId;
    }
    if (!f.method.isEmpty()) {
        sql += u" AND p.method = ?"_s;
        *binds << f.method;
    }
    if (!f.region.isEmpty()) {
        sql += u" AND c.region = ?"_s;
        *binds << f.region;
    }
    if (f.from.isValid()) {
        sql += u" AND p.paid_on >= ?"_s;
        *binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += u" AND p.paid_on <= ?"_s;
        *binds << f.to.toString(Qt::ISODate);
    }
    return sql;
}

std::optional<Payment> PaymentRepository::get(qint64 id)
{
    QSqlQuery q = query();
    QVariantList binds;
    q.prepare(SelectPayment + filterSql({}, &binds) + u" AND p.id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readPayment(q);
}

std::optional<Payment> PaymentRepository::findByNumber(const QString &paymentNo)
{
    // Across the whole database (a number is unique whoever recorded it), but only what the scope
    // sees is returned in full.
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM payment WHERE payment_no = ? AND deleted = 0 LIMIT 1"_s);
    q.addBindValue(TextNormalizer::clean(paymentNo));
    if (!exec(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    if (std::optional<Payment> p = get(id))
        return p;
    Payment hidden;
    hidden.id = id;
    hidden.paymentNo = TextNormalizer::clean(paymentNo);
    return hidden;
}

QList<Payment> PaymentRepository::list(const PaymentFilter &filter, int limit, int offset)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(SelectPayment + filterSql(filter, &binds) + u" ORDER BY p.paid_on DESC, p.id DESC"_s +
              pageSql(limit, offset));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Payment> result;
    if (!exec(q))
        return result;
    while (q.next())
        result << readPayment(q);
    return result;
}

qint64 PaymentRepository::count(const PaymentFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT count(*)"_s + filterSql(filter, &binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 PaymentRepository::totalFen(const PaymentFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT coalesce(sum(p.amount_fen), 0)"_s + filterSql(filter, &binds));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 PaymentRepository::collectedForOrder(qint64 orderId)
{
    PaymentFilter filter;
    filter.orderId = orderId;
    return orderId ? totalFen(filter) : 0;
}

QList<CustomerBalance> PaymentRepository::balances(const QList<qint64> &members, qint64 customerId, int limit)
{
    // Orders and payments side by side through UNION ALL (no FULL JOIN on SQLite 3.15).
    const QString one = customerId ? u" AND customer_id = %1"_s.arg(customerId) : QString();
    QString sql =
        u"SELECT t.customer_id, c.name, c.owner_id, m.name, sum(t.billed), sum(t.collected), "
        u"max(t.last_order), max(t.last_payment) FROM ("
        u"SELECT customer_id, total_fen AS billed, 0 AS collected, order_date AS last_order, "
        u"NULL AS last_payment FROM sales_order WHERE deleted = 0 AND status <> 'cancelled'"_s +
        one +
        u" UNION ALL SELECT customer_id, 0, amount_fen, NULL, paid_on FROM payment WHERE deleted = 0"_s +
        one +
        u") t JOIN customer c ON c.id = t.customer_id LEFT JOIN member m ON m.id = c.owner_id "
        u"WHERE c.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"c.owner_id"_s) + inIds(u"c.owner_id"_s, members) +
        u" GROUP BY t.customer_id"_s;
    if (!customerId)
        sql += u" HAVING sum(t.billed) <> sum(t.collected)"_s;
    sql += u" ORDER BY sum(t.billed) - sum(t.collected) DESC, c.name"_s;
    if (limit >= 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QSqlQuery q = query();
    q.setForwardOnly(true);
    QList<CustomerBalance> result;
    if (!q.prepare(sql) || !exec(q))
        return result;
    while (q.next()) {
        CustomerBalance b;
        b.customerId = q.value(0).toLongLong();
        b.customerName = q.value(1).toString();
        b.ownerId = q.value(2).toLongLong();
        b.ownerName = q.value(3).toString();
        b.billedFen = q.value(4).toLongLong();
        b.collectedFen = q.value(5).toLongLong();
        b.lastOrder = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        b.lastPayment = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        result << b;
    }
    return result;
}

} // namespace frontline
