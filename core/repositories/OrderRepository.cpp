#include "OrderRepository.h"

#include "security/AuditLog.h"
#include "services/TextNormalizer.h"
#include "storage/Transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString InsertOrder =
    u"INSERT INTO sales_order (uuid, order_no, order_date, customer_id, member_id, channel, status, "
    u"total_fen, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString InsertOrderLine =
    u"INSERT INTO order_line (uuid, order_id, product_id, quantity, unit_price_fen, amount_fen, "
    u"hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
} // namespace

QStringList OrderRepository::statuses()
{
    return {u"draft"_s, u"confirmed"_s, u"shipped"_s, u"paid"_s, u"cancelled"_s};
}

QStringList OrderRepository::channels()
{
    QStringList result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT o.channel FROM sales_order o JOIN customer c ON c.id = o.customer_id "
               u"WHERE o.deleted = 0 AND c.deleted = 0 AND o.channel IS NOT NULL AND o.channel <> '' AND "_s +
               m_scope.ownerCondition(u"c.owner_id"_s) + u" ORDER BY 1"_s)) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

QList<Product> OrderRepository::products(bool activeOnly)
{
    QList<Product> result;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT id, uuid, sku, name, category, unit_price_fen, active FROM product WHERE deleted = 0"_s +
            (activeOnly ? u" AND active = 1"_s : QString()) + u" ORDER BY category, sku"_s))
        return result;
    while (q.next())
        result << Product{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
                          q.value(6).toBool()};
    return result;
}

std::optional<Product> OrderRepository::productBySku(const QString &sku)
{
    QSqlQuery q = query();
    q.prepare(
        u"SELECT id, uuid, sku, name, category, unit_price_fen, active FROM product WHERE sku = ? AND deleted = 0"_s);
    q.addBindValue(sku);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return Product{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
                   q.value(6).toBool()};
}

SaveResult OrderRepository::addProduct(Product p)
{
    if (m_scope.role() != Role::Admin && m_scope.role() != Role::Manager)
        return notAllowed();
    SaveResult result;
    p.sku = TextNormalizer::clean(p.sku);
    p.name = TextNormalizer::clean(p.name);
    if (p.sku.isEmpty())
        result.fieldErrors << FieldError{u"sku"_s, tr("Enter the SKU.")};
    if (p.name.isEmpty())
        result.fieldErrors << FieldError{u"name"_s, tr("Enter the product's name.")};
    if (p.unitPriceFen < 0)
        result.fieldErrors << FieldError{u"price"_s, tr("The price cannot be negative.")};
    if (!p.sku.isEmpty() && productBySku(p.sku))
        result.fieldErrors << FieldError{u"sku"_s, tr("The SKU %1 already exists.").arg(p.sku)};
    if (!result.fieldErrors.isEmpty())
        return result;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO product (uuid, sku, name, category, unit_price_fen, active, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.uuid.isEmpty() ? newUuid() : p.uuid);
    q.addBindValue(p.sku);
    q.addBindValue(p.name);
    q.addBindValue(p.category);
    q.addBindValue(p.unitPriceFen);
    q.addBindValue(p.active);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

QList<FieldError> OrderRepository::validate(const Order &o) const
{
    QList<FieldError> errors;
    if (TextNormalizer::clean(o.orderNo).isEmpty())
        errors << FieldError{u"order_no"_s, tr("Enter the order number.")};
    if (!o.orderDate.isValid())
        errors << FieldError{u"date"_s, tr("Enter the order date.")};
    if (!o.customerId)
        errors << FieldError{u"customer"_s, tr("Choose the customer.")};
    if (!statuses().contains(o.status))
        errors << FieldError{u"status"_s, tr("Unknown order status \"%1\".").arg(o.status)};
    if (o.lines.isEmpty())
        errors << FieldError{u"lines"_s, tr("An order needs at least one line.")};
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine &l = o.lines.at(i);
        if (!l.productId)
            errors << FieldError{u"lines"_s, tr("Line %1: choose a product.").arg(i + 1)};
        if (l.quantity == 0)
            errors << FieldError{u"lines"_s, tr("Line %1: the quantity cannot be zero.").arg(i + 1)};
    }
    return errors;
}

SaveResult OrderRepository::create(Order o)
{
    if (!m_scope.canWriteMoney())
        return notAllowed();
    o.orderNo = TextNormalizer::clean(o.orderNo);
    SaveResult result;
    result.fieldErrors = validate(o);
    if (!o.orderNo.isEmpty() && findByNumber(o.orderNo))
        result.fieldErrors << FieldError{u"order_no"_s,
                                         tr("The order number %1 already exists.").arg(o.orderNo)};
    if (!result.fieldErrors.isEmpty())
        return result;
    qint64 customerOwner = 0;
    if (!customerVisible(o.customerId, &customerOwner))
        return notAllowed();
    if (!o.memberId)
        o.memberId = m_scope.memberId() ? m_scope.memberId() : customerOwner;
    if (!o.memberId || !m_scope.canSeeOwner(o.memberId))
        return notAllowed();
    computeTotals(o);

    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query(), l = query();
    q.prepare(InsertOrder);
    l.prepare(InsertOrderLine);
    result.id = insertOrder(q, l, o, s);
    if (!result.id)
        return failed({});
    if (!tx.commit())
        return failed(tx.lastError().text());
    return result;
}

BulkResult OrderRepository::createMany(const QList<Order> &input)
{
    if (!m_scope.canWriteMoney())
        return bulkFailed(0, notAllowed().error);
    QList<Order> orders = input;
    VisibleCustomers visible(*this);
    QSqlQuery taken = query();
    taken.prepare(u"SELECT 1 FROM sales_order WHERE order_no = ?"_s);
    QSet<QString> numbers;
    numbers.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        Order &o = orders[i];
        o.orderNo = TextNormalizer::clean(o.orderNo);
        QList<FieldError> errors = validate(o);
        if (!o.orderNo.isEmpty()) {
            taken.addBindValue(o.orderNo);
            const bool exists = exec(taken) && taken.next();
            taken.finish();
            if (exists || numbers.contains(o.orderNo))
                errors << FieldError{u"order_no"_s, tr("The order number %1 already exists.").arg(o.orderNo)};
            numbers.insert(o.orderNo);
        }
        if (!errors.isEmpty())
            return bulkFailed(i, errors);
        qint64 customerOwner = 0;
        if (!visible.contains(o.customerId, &customerOwner))
            return bulkFailed(i, notAllowed().error);
        if (!o.memberId)
            o.memberId = m_scope.memberId() ? m_scope.memberId() : customerOwner;
        if (!o.memberId || !m_scope.canSeeOwner(o.memberId))
            return bulkFailed(i, notAllowed().error);
        computeTotals(o);
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return bulkFailed(-1, tx.lastError().text());
    QSqlQuery q = query(), l = query();
    q.prepare(InsertOrder);
    l.prepare(InsertOrderLine);
    BulkResult result;
    result.ids.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const qint64 id = insertOrder(q, l, orders.at(i), stamp());
        if (!id)
            return bulkFailed(i, QString());
        result.ids << id;
    }
    if (!tx.commit())
        return bulkFailed(-1, tx.lastError().text());
    return result;
}

void OrderRepository::computeTotals(Order &o)
{
    o.totalFen = 0;
    for (OrderLine &l : o.lines) {
        if (l.amountFen == 0)
            l.amountFen = l.quantity * l.unitPriceFen;
        o.totalFen += l.amountFen;
    }
}

qint64 OrderRepository::insertOrder(QSqlQuery &q, QSqlQuery &l, const Order &o, const SyncStamp &s)
{
    q.addBindValue(o.uuid.isEmpty() ? newUuid() : o.uuid);
    q.addBindValue(o.orderNo);
    q.addBindValue(o.orderDate);
    q.addBindValue(o.customerId);
    q.addBindValue(o.memberId);
    q.addBindValue(o.channel);
    q.addBindValue(o.status);
    q.addBindValue(o.totalFen);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    for (const OrderLine &line : o.lines) {
        l.addBindValue(newUuid());
        l.addBindValue(id);
        l.addBindValue(line.productId);
        l.addBindValue(line.quantity);
        l.addBindValue(line.unitPriceFen);
        l.addBindValue(line.amountFen);
        l.addBindValue(qint64(s.hlc));
        l.addBindValue(s.deviceId);
        if (!exec(l))
            return 0;
    }
    return id;
}

SaveResult OrderRepository::update(const Order &input)
{
    if (!m_scope.canWriteMoney())
        return notAllowed();
    const std::optional<Order> current = get(input.id);
    if (!current)
        return notAllowed();
    Order o = input;
    o.orderNo = TextNormalizer::clean(o.orderNo);
    SaveResult result;
    result.id = o.id;
    result.fieldErrors = validate(o);
    if (const std::optional<Order> other = findByNumber(o.orderNo); other && other->id != o.id)
        result.fieldErrors << FieldError{u"order_no"_s,
                                         tr("The order number %1 already exists.").arg(o.orderNo)};
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!o.memberId)
        o.memberId = current->memberId;
    if (!customerVisible(o.customerId) || !m_scope.canSeeOwner(o.memberId))
        return notAllowed();
    o.totalFen = 0;
    for (OrderLine &l : o.lines) {
        if (l.amountFen == 0)
            l.amountFen = l.quantity * l.unitPriceFen;
        o.totalFen += l.amountFen;
    }
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE sales_order SET order_no = ?, order_date = ?, customer_id = ?, member_id = ?, channel = ?, "
        u"status = ?, total_fen = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(o.orderNo);
    q.addBindValue(o.orderDate);
    q.addBindValue(o.customerId);
    q.addBindValue(o.memberId);
    q.addBindValue(o.channel);
    q.addBindValue(o.status);
    q.addBindValue(o.totalFen);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(o.id);
    if (!exec(q))
        return failed({});
    // Lines that stay as they were keep their ids; the others are tombstoned and added anew.
    QList<OrderLine> pending = o.lines;
    for (const OrderLine &old : current->lines) {
        const auto same = std::find_if(pending.begin(), pending.end(), [&](const OrderLine &l) {
            return l.productId == old.productId && l.quantity == old.quantity &&
                   l.unitPriceFen == old.unitPriceFen && l.amountFen == old.amountFen;
        });
        if (same != pending.end()) {
            pending.erase(same);
            continue;
        }
        QSqlQuery d = query();
        d.prepare(u"UPDATE order_line SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s);
        d.addBindValue(qint64(s.hlc));
        d.addBindValue(s.deviceId);
        d.addBindValue(old.id);
        if (!exec(d))
            return failed({});
    }
    QSqlQuery l = query();
    l.prepare(u"INSERT INTO order_line (uuid, order_id, product_id, quantity, unit_price_fen, amount_fen, "
              u"hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const OrderLine &line : std::as_const(pending)) {
        l.addBindValue(newUuid());
        l.addBindValue(o.id);
        l.addBindValue(line.productId);
        l.addBindValue(line.quantity);
        l.addBindValue(line.unitPriceFen);
        l.addBindValue(line.amountFen);
        l.addBindValue(qint64(s.hlc));
        l.addBindValue(s.deviceId);
        if (!exec(l))
            return failed({});
    }
    if (!tx.commit())
        return failed(tx.lastError().text());
    return result;
}

bool OrderRepository::restore(qint64 id)
{
    QSqlQuery q = query();
    q.prepare(
        u"SELECT o.id FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE o.id = ? AND c.deleted = 0 AND "_s +
        m_scope.ownerCondition(u"c.owner_id"_s));
    q.addBindValue(id);
    return m_scope.canWriteMoney() && exec(q) && q.next() &&
           restoreWithChildren(u"sales_order"_s, id, {u"order_line.order_id"_s});
}

bool OrderRepository::remove(qint64 id)
{
    if (!m_scope.canWriteMoney() || !get(id))
        return false;
    Transaction tx(connection());
    if (!tx.isActive())
        return false;
    const SyncStamp s = stamp();
    for (
        const QString &sql :
        {u"UPDATE sales_order SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s,
         u"UPDATE order_line SET deleted = 1, hlc = ?, device_id = ? WHERE order_id = ? AND deleted = 0"_s}) {
        QSqlQuery q = query();
        q.prepare(sql);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return auditRow(AuditAction::Delete, u"sales_order"_s, id) && tx.commit();
}

QString OrderRepository::filterSql(const OrderFilter &f, QVariantList *binds, Names names) const
{
    QString sql =
        (names == Names::Joined ? u" FROM sales_order o JOIN customer c ON c.id = o.customer_id LEFT "
                                  u"JOIN member m ON m.id = o.member_id"_s
                                : u" FROM sales_order o JOIN customer c ON c.id = o.customer_id"_s) +
        u" WHERE o.deleted = 0 AND c.deleted = 0 AND "_s + m_scope.ownerCondition(u"c.owner_id"_s);
    if (f.memberId) {
        sql += u" AND o.member_id = ?"_s;
        *binds << f.memberId;
    }
    sql += inIds(u"o.member_id"_s, f.members);
    if (f.customerId) {
        sql += u" AND o.customer_id = ?"_s;
        *binds << f.customerId;
    }
    if (!f.region.isEmpty()) {
        sql += u" AND c.region = ?"_s;
        *binds << f.region;
    }
    if (!f.channel.isEmpty()) {
        sql += u" AND o.channel = ?"_s;
        *binds << f.channel;
    }
    if (!f.status.isEmpty()) {
        sql += u" AND o.status = ?"_s;
        *binds << f.status;
    }
    if (f.from.isValid()) {
        sql += u" AND o.order_date >= ?"_s;
        *binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += u" AND o.order_date <= ?"_s;
        *binds << f.to.toString(Qt::ISODate);
    }
    return sql;
}

static Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.uuid = q.value(1).toString();
    o.orderNo = q.value(2).toString();
    o.orderDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    o.customerId = q.value(4).toLongLong();
    o.memberId = q.value(5).toLongLong();
    o.channel = q.value(6).toString();
    o.status = q.value(7).toString();
    o.totalFen = q.value(8).toLongLong();
    o.customerName = q.value(9).toString();
    o.memberName = q.value(10).toString();
    return o;
}

static const QString OrderColumns =
    u"SELECT o.id, o.uuid, o.order_no, o.order_date, o.customer_id, o.member_id, o.channel, "
    u"o.status, o.total_fen, c.name, m.name"_s;

QList<Order> OrderRepository::list(const OrderFilter &filter, int limit, int offset)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(OrderColumns + filterSql(filter, &binds) + u" ORDER BY o.order_date DESC, o.id DESC"_s +
              pageSql(limit, offset));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Order> result;
    if (exec(q)) {
        while (q.next())
            result << readOrder(q);
    }
    return result;
}

qint64 OrderRepository::count(const OrderFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT count(*)"_s + filterSql(filter, &binds, Names::Skipped));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 OrderRepository::totalFen(const OrderFilter &filter)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(u"SELECT coalesce(sum(o.total_fen), 0)"_s + filterSql(filter, &binds, Names::Skipped) +
              u" AND o.status <> 'cancelled'"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Order> OrderRepository::get(qint64 id)
{
    QVariantList binds;
    QSqlQuery q = query();
    q.prepare(OrderColumns + filterSql({}, &binds) + u" AND o.id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Order o = readOrder(q);
    QSqlQuery l = query();
    l.prepare(
        u"SELECT l.id, l.product_id, l.quantity, l.unit_price_fen, l.amount_fen, p.name, p.sku FROM "
        u"order_line l "
        u"JOIN product p ON p.id = l.product_id WHERE l.order_id = ? AND l.deleted = 0 ORDER BY l.id"_s);
    l.addBindValue(id);
    if (exec(l)) {
        while (l.next())
            o.lines << OrderLine{l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toLongLong(),
                                 l.value(3).toLongLong(), l.value(4).toLongLong(), l.value(5).toString(),
                                 l.value(6).toString()};
    }
    return o;
}

std::optional<Order> OrderRepository::findByNumber(const QString &orderNo)
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM sales_order WHERE order_no = ?"_s);
    q.addBindValue(orderNo);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    if (std::optional<Order> o = get(id))
        return o;
    // It exists but is outside the scope: say so without showing it.
    Order hidden;
    hidden.id = id;
    hidden.orderNo = orderNo;
    return hidden;
}

} // namespace frontline
