// Orders: a row is an order line; rows with one order number form one order, whose date,
// customer, rep, channel and status come from its first line. Re-importing changes nothing: an
// order number already in the database skips its rows. Built for a million lines: references
// resolve through hash maps loaded once (and per-text caches), lines are buffered compactly and
// written at the end, grouped by order, with statements prepared once.
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "repositories/AccessScope.h"
#include "services/TextNormalizer.h"
#include "storage/SqliteApi.h"

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum Field
{
    OrderNo,
    Date,
    Rep,
    CustomerName,
    CustomerCode,
    ProductCode,
    ProductName,
    Quantity,
    UnitPrice,
    Amount,
    Channel,
    Region,
    Status,
};

struct PendingOrder
{
    QString number;
    qint64 customer = 0;
    qint64 member = 0;
    qint64 total = 0;
    qint32 julianDay = 0;
    qint32 lines = 0;
    quint16 channel = 0; // index into m_channels
    quint8 status = 0;   // index into statuses
    bool existing = false;
    qint64 revive = 0; // the id of a deleted order with this number
};

struct PendingLine
{
    qint32 order;
    qint64 product;
    qint64 quantity;
    qint64 unitPrice;
    qint64 amount;
};

const QStringList Statuses{u"confirmed"_s, u"draft"_s, u"shipped"_s, u"paid"_s, u"cancelled"_s};

class OrderKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OrderImport)
public:
    QString key() const override { return u"orders"_s; }
    QString label() const override { return tr("orders"); }
    QList<ImportField> fields() const override;
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        if (scope.canWriteMoney())
            return true;
        *why = tr("Support staff do not import orders.");
        return false;
    }
    QStringList missing(const QSet<QString> &mapped) const override
    {
        QStringList labels = ImportKind::missing(mapped);
        if (!mapped.contains(u"customer"_s) && !mapped.contains(u"customer_code"_s))
            labels << tr("customer");
        if (!mapped.contains(u"product"_s) && !mapped.contains(u"product_code"_s))
            labels << tr("product");
        if (!mapped.contains(u"amount"_s) && !mapped.contains(u"unit_price"_s) &&
            !mapped.contains(u"quantity"_s))
            labels << tr("amount");
        return labels;
    }
    bool begin(ImportSession &session) override;
    RowAction process(const ImportRow &row, ImportSession &session) override;
    bool finish(ImportSession &session) override;

private:
    qint64 customerFor(const ImportRow &row, ImportSession &session, qint64 member, RowAction *action);
    qint64 productFor(const ImportRow &row, ImportSession &session, qint64 unitPrice, RowAction *action);
    quint16 channelFor(const ImportRow &row);

    QSet<QString> m_existingNumbers;
    QHash<QString, qint64> m_deadNumbers; // deleted orders (an undone import): revived in place
    QHash<QString, qint32> m_orders;      // number → index
    std::vector<PendingOrder> m_pending;  // moved, not copied, when it grows
    QList<PendingLine> m_lines;
    QHash<QString, qint64> m_memberCache, m_customerCache, m_productCache;
    QHash<QString, qint64> m_customerCodeCache; // rows with a customer code and no name
    // The date text of the newest order's first line: its next lines (usually the very next rows)
    // are compared by text; lines of older orders have their date parsed.
    qint32 m_lastOrder = -1;
    QString m_lastDateText;
    QHash<QString, quint16> m_channelCache;
    QStringList m_channels{u"direct"_s};
    qint64 m_skippedExisting = 0;
};

QList<ImportField> OrderKind::fields() const
{
    return {
        {u"order_no"_s,
         tr("order number"),
         {u"单号"_s, u"订单号"_s, u"订单编号"_s, u"销售单号"_s, u"单据编号"_s, u"单据号"_s, u"Order No"_s,
          u"Order Number"_s, u"Order ID"_s, u"Order Reference"_s, u"SO Number"_s, u"Sales Order"_s,
          u"Invoice No"_s},
         true},
        {u"date"_s,
         tr("order date"),
         {u"日期"_s, u"订单日期"_s, u"下单日期"_s, u"销售日期"_s, u"单据日期"_s, u"成交日期"_s,
          u"Order Date"_s, u"Date"_s, u"Date Ordered"_s, u"Created Date"_s},
         true},
        {u"rep"_s,
         tr("rep"),
         {u"业务员"_s, u"销售员"_s, u"销售"_s, u"负责人"_s, u"经办人"_s, u"销售代表"_s, u"业务员编号"_s,
          u"销售员编码"_s, u"Salesperson"_s, u"Sales Rep"_s, u"Rep"_s, u"Rep Code"_s, u"Owner"_s,
          u"Order Owner"_s}},
        {u"customer"_s,
         tr("customer"),
         {u"客户"_s, u"客户名称"_s, u"公司名称"_s, u"购买方"_s, u"购货单位"_s, u"Customer"_s,
          u"Customer Name"_s, u"Account Name"_s, u"Account"_s}},
        {u"customer_code"_s,
         tr("customer code"),
         {u"客户编号"_s, u"客户编码"_s, u"客户代码"_s, u"Customer Code"_s, u"Customer ID"_s,
          u"Account Number"_s}},
        {u"product_code"_s,
         tr("product code"),
         {u"产品编码"_s, u"商品编码"_s, u"物料编码"_s, u"产品编号"_s, u"货号"_s, u"SKU"_s, u"Product Code"_s,
          u"Item Code"_s, u"Internal Reference"_s}},
        {u"product"_s,
         tr("product"),
         {u"产品名称"_s, u"商品名称"_s, u"产品"_s, u"商品"_s, u"品名"_s, u"Product"_s, u"Product Name"_s,
          u"Item"_s}},
        {u"quantity"_s,
         tr("quantity"),
         {u"数量"_s, u"销量"_s, u"销售数量"_s, u"Qty"_s, u"Quantity"_s, u"Ordered Quantity"_s}},
        {u"unit_price"_s,
         tr("unit price"),
         {u"单价"_s, u"售价"_s, u"销售单价"_s, u"Unit Price"_s, u"Price"_s}},
        {u"amount"_s,
         tr("amount"),
         {u"金额"_s, u"销售额"_s, u"总价"_s, u"销售金额"_s, u"行金额"_s, u"Amount"_s, u"Total"_s,
          u"Line Total"_s, u"Subtotal"_s, u"Total Price"_s}},
        {u"channel"_s, tr("channel"), {u"渠道"_s, u"销售渠道"_s, u"Channel"_s, u"Sales Channel"_s}},
        {u"region"_s, tr("region"), {u"区域"_s, u"地区"_s, u"大区"_s, u"Region"_s}},
        {u"status"_s, tr("order status"), {u"状态"_s, u"订单状态"_s, u"Status"_s, u"Order Status"_s}},
    };
}

bool OrderKind::begin(ImportSession &session)
{
    ImportStore &store = session.store();
    if (!store.loadMembers() || !store.loadCustomers() || !store.loadProducts())
        return false;
    SqlStatement q(store.handle(), "SELECT order_no, id, deleted FROM sales_order");
    while (q.next()) {
        if (q.int64(2))
            m_deadNumbers.insert(q.text(0), q.int64(1));
        else
            m_existingNumbers.insert(q.text(0));
    }
    return q.ok();
}

quint16 OrderKind::channelFor(const ImportRow &row)
{
    const QString raw =
        row.cell(Channel).typeId() == QMetaType::QString ? row.cell(Channel).toString() : row.text(Channel);
    const auto it = m_channelCache.constFind(raw);
    if (it != m_channelCache.cend())
        return *it;
    const QString text = ImportCleaner::text(raw);
    QString channel = text.isEmpty() ? u"direct"_s : ImportCleaner::orderChannel(text);
    if (channel.isEmpty())
        channel = text; // the channel list is open: keep what the ledger says
    qsizetype index = m_channels.indexOf(channel);
    if (index < 0) {
        m_channels << channel;
        index = m_channels.size() - 1;
    }
    m_channelCache.insert(raw, quint16(index));
    return quint16(index);
}

qint64 OrderKind::customerFor(const ImportRow &row, ImportSession &session, qint64 member, RowAction *action)
{
    ImportStore &store = session.store();
    const QString code = row.text(CustomerCode), name = row.text(CustomerName);
    // Ledgers name customers by code alone, mostly: then the code is the key, with no new string.
    QHash<QString, qint64> &cache = name.isEmpty() ? m_customerCodeCache : m_customerCache;
    const QString cacheKey = name.isEmpty() ? code : code + u'\x1f' + name;
    if (const auto it = cache.constFind(cacheKey); it != cache.cend())
        return *it;
    qint64 id = code.isEmpty() ? 0 : store.customerByCode(code);
    if (!id && !name.isEmpty()) {
        MatchKeys keys;
        keys.nameKey = TextNormalizer::nameKey(name);
        const QList<qint64> found = store.matcher().find(keys);
        id = found.isEmpty() ? 0 : found.first();
    }
    if (!id && !code.isEmpty() && store.deadCustomerByCode(code)) {
        id = store.deadCustomerByCode(code);
        if (!store.revive("customer", id)) {
            session.fail(store.errorText());
            return 0;
        }
        store.touchCustomer(id);
    }
    if (!id) {
        if (session.options().strict) {
            *action = session.reject(row, code.isEmpty() ? CustomerName : CustomerCode,
                                     tr("No customer \"%1\" (strict: unknown customers are not created).")
                                         .arg(name.isEmpty() ? code : name));
            return 0;
        }
        Customer c;
        c.name = name.isEmpty() ? code : name;
        c.code = code;
        c.kind = ImportCleaner::looksLikeIndividual(c.name) ? u"individual"_s : u"company"_s;
        c.ownerId = member;
        c.status = u"active"_s; // it bought something
        c.source = u"import"_s;
        c.region = row.text(Region);
        if (c.region.isEmpty() && !session.options().defaultRegion.isEmpty()) {
            c.region = session.options().defaultRegion;
            session.filled(row, u"region"_s, c.region);
        }
        id = store.createCustomer(c);
        if (!id) {
            session.fail(store.errorText());
            return 0;
        }
    } else if (!session.scope().canSeeOwner(store.customerOwner(id))) {
        *action = session.reject(row, code.isEmpty() ? CustomerName : CustomerCode,
                                 tr("The customer \"%1\" belongs to someone outside your team.")
                                     .arg(name.isEmpty() ? code : name));
        return 0;
    }
    cache.insert(cacheKey, id);
    return id;
}

qint64 OrderKind::productFor(const ImportRow &row, ImportSession &session, qint64 unitPrice,
                             RowAction *action)
{
    ImportStore &store = session.store();
    const QString sku = row.text(ProductCode), name = row.text(ProductName);
    const QString cacheKey = sku.isEmpty() ? u'\x1f' + name : sku;
    if (const auto it = m_productCache.constFind(cacheKey); it != m_productCache.cend())
        return *it;
    qint64 id = sku.isEmpty() ? 0 : store.productBySku(sku);
    if (!id && sku.isEmpty())
        id = store.productByName(name);
    if (!id) {
        if (session.options().strict) {
            *action = session.reject(row, sku.isEmpty() ? ProductName : ProductCode,
                                     tr("No product \"%1\" (strict: unknown products are not created).")
                                         .arg(sku.isEmpty() ? name : sku));
            return 0;
        }
        id = store.createProduct(sku, name, std::max<qint64>(unitPrice, 0));
        if (!id) {
            session.fail(store.errorText());
            return 0;
        }
    }
    m_productCache.insert(cacheKey, id);
    return id;
}

RowAction OrderKind::process(const ImportRow &row, ImportSession &session)
{
    const QString number = row.text(OrderNo);
    if (number.isEmpty())
        return session.reject(row, OrderNo, tr("No order number."));
    RowAction action = RowAction::Inserted;
    qint32 orderIndex = m_orders.value(number, -1);
    if (orderIndex >= 0 && m_pending[size_t(orderIndex)].existing) {
        ++m_skippedExisting;
        return RowAction::Skipped;
    }
    // The line's own values first: a row rejected for them must not create references.
    std::optional<qint64> quantity, unitPrice, amount;
    if (row.has(Quantity)) {
        quantity = ImportCleaner::quantity(row.cell(Quantity));
        if (!quantity || *quantity == 0)
            return session.reject(row, Quantity,
                                  tr("\"%1\" is not a whole, non-zero quantity.").arg(row.text(Quantity)));
    }
    if (row.has(UnitPrice)) {
        unitPrice = ImportCleaner::fen(row.cell(UnitPrice));
        if (!unitPrice)
            return session.reject(row, UnitPrice, tr("\"%1\" is not an amount.").arg(row.text(UnitPrice)));
    }
    if (row.has(Amount)) {
        amount = ImportCleaner::fen(row.cell(Amount));
        if (!amount)
            return session.reject(row, Amount, tr("\"%1\" is not an amount.").arg(row.text(Amount)));
    }
    if (!quantity) {
        quantity = 1;
        if (unitPrice && amount && *unitPrice != 0 && *amount % *unitPrice == 0)
            quantity = *amount / *unitPrice;
        session.filled(row, u"quantity"_s, QString::number(*quantity));
    }
    const QString dateText = row.cell(Date).typeId() == QMetaType::QString ? row.text(Date) : QString();
    if (orderIndex < 0) {
        PendingOrder order;
        order.number = number;
        if (m_existingNumbers.contains(number)) {
            order.existing = true;
            m_orders.insert(number, qint32(m_pending.size()));
            m_pending.push_back(std::move(order));
            ++m_skippedExisting;
            return RowAction::Skipped;
        }
        const CleanDate date = ImportCleaner::date(row.cell(Date));
        if (!date.isValid())
            return session.reject(row, Date,
                                  row.has(Date) ? tr("\"%1\" is not a date.").arg(row.text(Date))
                                                : tr("No order date."));
        if (date.monthOnly)
            session.warn(
                row, Date,
                tr("Only a month is given; the order is dated %1.").arg(date.date.toString(Qt::ISODate)));
        order.julianDay = qint32(date.date.toJulianDay());
        // The rep: resolved once per distinct text.
        const QString repText = row.text(Rep);
        if (const auto it = m_memberCache.constFind(repText); it != m_memberCache.cend()) {
            order.member = *it;
        } else {
            order.member = resolveMember(row, Rep, session, &action);
            if (action == RowAction::Rejected)
                return action;
            if (!repText.isEmpty())
                m_memberCache.insert(repText, order.member);
        }
        if (!row.has(CustomerCode) && !row.has(CustomerName))
            return session.reject(row, CustomerName, tr("No customer."));
        order.customer = customerFor(row, session, order.member, &action);
        if (!order.customer)
            return RowAction::Rejected;
        if (!order.member)
            order.member = session.store().customerOwner(order.customer);
        if (!order.member)
            return session.reject(row, Rep, tr("No rep, and the customer has no owner to take."));
        order.channel = channelFor(row);
        if (row.has(Status)) {
            const QString status = ImportCleaner::orderStatus(row.text(Status));
            if (status.isEmpty())
                session.warn(row, Status,
                             tr("Unknown order status \"%1\"; confirmed was used.").arg(row.text(Status)));
            else
                order.status = quint8(Statuses.indexOf(status));
        }
        order.revive = m_deadNumbers.value(number);
        orderIndex = qint32(m_pending.size());
        m_orders.insert(number, orderIndex);
        m_pending.push_back(std::move(order));
        m_lastOrder = orderIndex;
        m_lastDateText = dateText;
    } else {
        const PendingOrder &order = m_pending[size_t(orderIndex)];
        if (!dateText.isEmpty() && (orderIndex != m_lastOrder || dateText != m_lastDateText)) {
            const CleanDate date = ImportCleaner::date(row.cell(Date));
            if (date.isValid() && date.date.toJulianDay() != order.julianDay)
                session.warn(row, Date,
                             tr("Order %1 is dated by its first line; this line's date %2 was ignored.")
                                 .arg(number, date.date.toString(Qt::ISODate)));
        }
    }

    if (!row.has(ProductCode) && !row.has(ProductName))
        return session.reject(row, ProductName, tr("No product."));
    const qint64 product =
        productFor(row, session, unitPrice.value_or(amount ? *amount / *quantity : 0), &action);
    if (!product)
        return RowAction::Rejected;
    if (!unitPrice)
        unitPrice = amount ? *amount / *quantity : session.store().productPrice(product);
    if (!amount)
        amount = *quantity * *unitPrice;
    if (!row.has(UnitPrice) && !row.has(Amount) && *unitPrice == 0)
        session.warn(row, Amount, tr("No amount or price; the line is worth ¥0.00."));

    PendingOrder &order = m_pending[size_t(orderIndex)];
    order.total += *amount;
    ++order.lines;
    m_lines.append(PendingLine{orderIndex, product, *quantity, *unitPrice, *amount});
    if (session.wantsPreview())
        session.preview(
            QVariantMap{{u"row"_s, row.number()},
                        {u"action"_s, u"insert"_s},
                        {u"order_no"_s, number},
                        {u"order_date"_s, QDate::fromJulianDay(order.julianDay).toString(Qt::ISODate)},
                        {u"customer_id"_s, order.customer},
                        {u"member"_s, session.store().memberName(order.member)},
                        {u"channel"_s, m_channels.at(order.channel)},
                        {u"product_id"_s, product},
                        {u"quantity"_s, *quantity},
                        {u"unit_price_fen"_s, *unitPrice},
                        {u"amount_fen"_s, *amount}});
    return RowAction::Inserted;
}

// YYYY-MM-DD into out[0..9], without going through QDate::toString for every order.
void isoDate(qint32 julianDay, char *out)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    char buffer[11];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    std::memcpy(out, buffer, 10);
}

QByteArray isoDate(qint32 julianDay)
{
    QByteArray out(10, Qt::Uninitialized);
    isoDate(julianDay, out.data());
    return out;
}

bool OrderKind::finish(ImportSession &session)
{
    ImportStore &store = session.store();
    if (m_skippedExisting)
        session.logged(
            ImportRow(io::SourceRow(), {}, {}), RowAction::Skipped, u"sales_order"_s, 0,
            tr("%n row(s) belong to orders already in the database.", nullptr, int(m_skippedExisting)));
    sqlite3 *db = store.handle();
    const qint64 hlc = qint64(store.batchStamp().hlc);
    const QByteArray device = store.deviceIdUtf8();
    QList<QByteArray> channels;
    for (const QString &c : std::as_const(m_channels))
        channels << c.toUtf8();
    QList<QByteArray> statuses;
    for (const QString &s : Statuses)
        statuses << s.toUtf8();

    QList<qint64> orderIds(qsizetype(m_pending.size()), 0);
    QList<qint32> fresh; // orders to insert, in the order of the file
    fresh.reserve(qsizetype(m_pending.size()));
    for (qsizetype i = 0; i < qsizetype(m_pending.size()); ++i) {
        const PendingOrder &o = m_pending[size_t(i)];
        if (o.existing || o.lines == 0)
            continue;
        if (o.revive) {
            if (!store.revive(
                    "sales_order", o.revive,
                    "order_date = ?, customer_id = ?, member_id = ?, channel = ?, status = ?, total_fen = ?",
                    {QString::fromLatin1(isoDate(o.julianDay)), o.customer, o.member,
                     m_channels.at(o.channel), Statuses.at(o.status), o.total})) {
                session.fail(store.errorText());
                return false;
            }
            orderIds[i] = o.revive;
            continue;
        }
        fresh << qint32(i);
    }
    // The rollup triggers on new orders and lines queue one (month, rep) key per row: a lookup and
    // an insert for each of a million lines. They step aside for the bulk insert, within the
    // batch's transaction (a rollback or a kill brings them back with everything else), and the
    // batch queues the same keys once; then they are created again from their stored text.
    QList<QPair<QByteArray, QByteArray>> triggers; // name, CREATE TRIGGER text
    {
        SqlStatement t(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                           "('rollup_order_insert', 'rollup_line_insert')");
        while (t.next())
            triggers << qMakePair(t.text(0).toUtf8(), t.text(1).toUtf8());
        if (!t.ok()) {
            session.fail(t.error());
            return false;
        }
    }
    const auto execSql = [&](const QByteArray &sql) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        session.fail(QString::fromUtf8(message ? message : "sqlite3_exec"));
        sqlite3_free(message);
        return false;
    };
    for (const auto &trigger : std::as_const(triggers)) {
        if (!execSql("DROP TRIGGER " + trigger.first))
            return false;
    }
    {
        QSet<QPair<qint32, qint64>> keys; // (year × 12 + month, rep)
        for (const qint32 i : std::as_const(fresh)) {
            const PendingOrder &o = m_pending[size_t(i)];
            int y = 0, m = 0, d = 0;
            QDate::fromJulianDay(o.julianDay).getDate(&y, &m, &d);
            keys.insert(qMakePair(qint32(y * 12 + m - 1), o.member));
        }
        SqlStatement k(db, "INSERT OR IGNORE INTO rollup_dirty VALUES ('s', ?, ?)");
        for (const auto &key : std::as_const(keys)) {
            char month[24];
            std::snprintf(month, sizeof month, "%04d-%02d", key.first / 12, key.first % 12 + 1);
            k.bind(1, QByteArray(month, 7));
            k.bind(2, key.second);
            if (!k.exec()) {
                session.fail(k.error());
                return false;
            }
        }
    }

    // What a statement binds without copying (bindStatic): the batch's constant texts, and per
    // row slot the new uuid and date, kept until the statement has run.
    constexpr int OrderColumns = 10, LineColumns = 8, UuidSize = 36, DateSize = 10;
    QByteArray scratch(std::max(insertBatchedRows(OrderColumns) * (UuidSize + DateSize),
                                insertBatchedRows(LineColumns) * UuidSize),
                       Qt::Uninitialized);
    QString error;
    const bool ordersOk = insertBatched(
        db,
        "INSERT OR IGNORE INTO sales_order (uuid, order_no, order_date, customer_id, member_id, channel, "
        "status, total_fen, hlc, "
        "device_id)",
        OrderColumns, fresh.size(),
        [&](SqlStatement &q, int at, qsizetype i) {
            const PendingOrder &o = m_pending[size_t(fresh.at(i))];
            char *uuid = scratch.data() + (at / OrderColumns) * (UuidSize + DateSize),
                 *date = uuid + UuidSize;
            store.nextUuid(uuid);
            isoDate(o.julianDay, date);
            q.bindStatic(at + 1, uuid, UuidSize);
            q.bind(at + 2, o.number);
            q.bindStatic(at + 3, date, DateSize);
            q.bind(at + 4, o.customer);
            q.bind(at + 5, o.member);
            q.bindStatic(at + 6, channels.at(o.channel));
            q.bindStatic(at + 7, statuses.at(o.status));
            q.bind(at + 8, o.total);
            q.bind(at + 9, hlc);
            q.bindStatic(at + 10, device);
        },
        [&](qsizetype first, qsizetype last, qint64 firstId) {
            for (qsizetype i = first; i < last; ++i)
                orderIds[fresh.at(i)] = firstId + (i - first);
            store.inserted("sales_order", firstId, firstId + (last - first) - 1);
        },
        &error);
    if (!ordersOk || session.cancelled()) {
        session.fail(error);
        return false;
    }

    // Lines grouped by order (counting sort), so each order's lines are consecutive.
    QList<qint32> start(qsizetype(m_pending.size()) + 1, 0);
    for (const PendingLine &l : std::as_const(m_lines))
        ++start[l.order + 1];
    for (qsizetype i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    QList<qint32> order(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        order[start[m_lines.at(i).order]++] = qint32(i);
    const bool linesOk = insertBatched(
        db,
        "INSERT OR IGNORE INTO order_line (uuid, order_id, product_id, quantity, unit_price_fen, amount_fen, "
        "hlc, device_id)",
        LineColumns, order.size(),
        [&](SqlStatement &q, int at, qsizetype i) {
            const PendingLine &l = m_lines.at(order.at(i));
            char *uuid = scratch.data() + (at / LineColumns) * UuidSize;
            store.nextUuid(uuid);
            q.bindStatic(at + 1, uuid, UuidSize);
            q.bind(at + 2, orderIds.at(l.order));
            q.bind(at + 3, l.product);
            q.bind(at + 4, l.quantity);
            q.bind(at + 5, l.unitPrice);
            q.bind(at + 6, l.amount);
            q.bind(at + 7, hlc);
            q.bindStatic(at + 8, device);
        },
        [&](qsizetype first, qsizetype last, qint64 firstId) {
            store.inserted("order_line", firstId, firstId + (last - first) - 1);
        },
        &error);
    if (!linesOk) {
        session.fail(error);
        return false;
    }
    for (const auto &trigger : std::as_const(triggers)) {
        if (!execSql(trigger.second))
            return false;
    }
    return true;
}

} // namespace

std::unique_ptr<ImportKind> createOrderKind()
{
    return std::make_unique<OrderKind>();
}

} // namespace frontline
