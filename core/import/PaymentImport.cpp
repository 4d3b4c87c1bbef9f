// Payments (回款): one row is money received from a customer, as ERP and bank exports list it
// (用友/金蝶 收款单, 回款明细, a bank statement). The customer must already be there — a
// payment never creates one — and an order named by number must be that customer's; without a
// customer the order's customer is taken. The rep is the file's, else the order's, else the
// customer's owner. A receipt number already recorded, or met earlier in the file, skips the
// row, and so does a row without a number that matches a payment recorded without one (same
// customer, day, amount and order; each recorded payment matches one row): importing the same
// export twice must not count the money twice. Written row by row
// through one prepared statement, with the batch's sync stamp; undo tombstones the batch.
#include "ImportKind.h"
#include "ImportKinds.h"
#include "ImportStore.h"
#include "domain/Money.h"
#include "repositories/AccessScope.h"
#include "services/TextNormalizer.h"
#include "storage/SqliteApi.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum Field
{
    PaymentNo,
    CustomerName,
    CustomerCode,
    OrderNo,
    Date,
    Amount,
    Method,
    Rep,
    Notes,
};

struct KnownOrder
{
    qint64 id = 0;
    qint64 customer = 0;
    qint64 member = 0;
    bool cancelled = false;
    QString customerName;
};

QString unnumberedKey(qint64 customer, const QString &day, qint64 amountFen, qint64 order)
{
    return u"%1|%2|%3|%4"_s.arg(customer).arg(day).arg(amountFen).arg(order);
}

class PaymentKind : public ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::PaymentImport)
public:
    QString key() const override { return u"payments"_s; }
    QString label() const override { return tr("payments"); }
    QList<ImportField> fields() const override;
    bool allowed(const AccessScope &scope, QString *why) const override
    {
        if (scope.canWriteMoney())
            return true;
        *why = tr("Support staff do not import payments.");
        return false;
    }
    QStringList missing(const QSet<QString> &mapped) const override
    {
        QStringList labels = ImportKind::missing(mapped);
        if (!mapped.contains(u"customer"_s) && !mapped.contains(u"customer_code"_s) &&
            !mapped.contains(u"order_no"_s))
            labels << tr("customer or order number");
        return labels;
    }
    bool begin(ImportSession &session) override;
    RowAction process(const ImportRow &row, ImportSession &session) override;
    bool finish(ImportSession &) override { return true; }

private:
    qint64 customerFor(const ImportRow &row, ImportSession &session, RowAction *action);

    QHash<QString, KnownOrder> m_orders; // order number → order
    QSet<QString> m_numbers;             // receipt numbers recorded, and those of this file
    // Payments recorded without a receipt number, by customer|day|amount|order → how many: a row
    // without a number that matches one is the same payment read again (a re-import), as many
    // times as there are such payments; identical rows beyond that are new payments.
    QHash<QString, int> m_unnumbered;
    QHash<QString, qint64> m_memberCache;
    QByteArray m_createdAt;
    SqlStatement m_insert;
};

QList<ImportField> PaymentKind::fields() const
{
    return {
        {u"payment_no"_s,
         tr("receipt number"),
         {u"回款单号"_s, u"收款单号"_s, u"单据编号"_s, u"单据号"_s, u"流水号"_s, u"银行流水号"_s, u"凭证号"_s,
          u"Receipt No"_s, u"Receipt Number"_s, u"Payment No"_s, u"Payment Number"_s, u"Reference"_s,
          u"Payment Reference"_s}},
        {u"customer"_s,
         tr("customer"),
         {u"客户名称"_s, u"客户"_s, u"付款单位"_s, u"付款方"_s, u"付款人"_s, u"交款单位"_s, u"Account Name"_s,
          u"Customer"_s, u"Customer Name"_s, u"Payer"_s}},
        {u"customer_code"_s,
         tr("customer code"),
         {u"客户编号"_s, u"客户编码"_s, u"客户代码"_s, u"Customer Code"_s, u"Customer ID"_s,
          u"Account Number"_s}},
        {u"order_no"_s,
         tr("order number"),
         {u"订单编号"_s, u"订单号"_s, u"销售订单"_s, u"关联订单"_s, u"销售订单号"_s, u"源单编号"_s,
          u"Order No"_s, u"Order Number"_s, u"Sales Order"_s, u"SO Number"_s}},
        {u"date"_s,
         tr("payment date"),
         {u"回款日期"_s, u"收款日期"_s, u"到账日期"_s, u"日期"_s, u"单据日期"_s, u"Payment Date"_s,
          u"Date Received"_s, u"Date"_s},
         true},
        {u"amount"_s,
         tr("amount"),
         {u"回款金额"_s, u"收款金额"_s, u"到账金额"_s, u"金额"_s, u"实收金额"_s, u"Amount"_s,
          u"Amount Received"_s, u"Payment Amount"_s},
         true},
        {u"method"_s,
         tr("payment method"),
         {u"付款方式"_s, u"收款方式"_s, u"结算方式"_s, u"支付方式"_s, u"Payment Method"_s, u"Method"_s}},
        {u"rep"_s,
         tr("rep"),
         {u"业务员"_s, u"负责人"_s, u"销售"_s, u"销售员"_s, u"经办人"_s, u"Owner"_s, u"Salesperson"_s,
          u"Sales Rep"_s, u"Rep"_s}},
        {u"notes"_s, tr("notes"), {u"备注"_s, u"摘要"_s, u"说明"_s, u"Notes"_s, u"Memo"_s, u"Description"_s}},
    };
}

bool PaymentKind::begin(ImportSession &session)
{
    ImportStore &store = session.store();
    if (!store.loadMembers() || !store.loadCustomers())
        return false;
    SqlStatement orders(
        store.handle(),
        "SELECT o.order_no, o.id, o.customer_id, o.member_id, o.status, c.name FROM sales_order o "
        "JOIN customer c ON c.id = o.customer_id WHERE o.deleted = 0");
    while (orders.next())
        m_orders.insert(orders.text(0), KnownOrder{orders.int64(1), orders.int64(2), orders.int64(3),
                                                   orders.text(4) == u"cancelled"_s, orders.text(5)});
    if (!orders.ok()) {
        store.setError(orders.error());
        return false;
    }
    // Across the whole database, whoever recorded them (as PaymentRepository checks).
    SqlStatement numbers(store.handle(),
                         "SELECT payment_no FROM payment WHERE deleted = 0 AND payment_no IS NOT NULL");
    while (numbers.next())
        m_numbers.insert(numbers.text(0));
    if (!numbers.ok()) {
        store.setError(numbers.error());
        return false;
    }
    SqlStatement unnumbered(store.handle(), "SELECT customer_id, paid_on, amount_fen, coalesce(order_id, 0) "
                                            "FROM payment WHERE deleted = 0 AND payment_no IS NULL");
    while (unnumbered.next())
        ++m_unnumbered[unnumberedKey(unnumbered.int64(0), unnumbered.text(1), unnumbered.int64(2),
                                     unnumbered.int64(3))];
    if (!unnumbered.ok()) {
        store.setError(unnumbered.error());
        return false;
    }
    m_createdAt = Repository::nowUtc().toUtf8();
    m_insert.prepare(store.handle(),
                     "INSERT INTO payment (uuid, payment_no, paid_on, customer_id, order_id, member_id, "
                     "amount_fen, method, notes, created_at, hlc, device_id) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return true;
}

qint64 PaymentKind::customerFor(const ImportRow &row, ImportSession &session, RowAction *action)
{
    ImportStore &store = session.store();
    const QString code = row.text(CustomerCode), name = row.text(CustomerName);
    qint64 id = code.isEmpty() ? 0 : store.customerByCode(code);
    if (!id && !name.isEmpty()) {
        MatchKeys keys;
        keys.nameKey = TextNormalizer::nameKey(name);
        id = store.matcher().find(keys).value(0);
    }
    const int field = name.isEmpty() ? CustomerCode : CustomerName;
    if (!id) {
        *action = session.reject(row, field,
                                 tr("No customer \"%1\": payments do not create customers; import or add "
                                    "the customer first.")
                                     .arg(name.isEmpty() ? code : name));
        return 0;
    }
    if (!session.scope().canSeeOwner(store.customerOwner(id))) {
        *action = session.reject(row, field,
                                 tr("The customer \"%1\" belongs to someone outside your team.")
                                     .arg(name.isEmpty() ? code : name));
        return 0;
    }
    return id;
}

RowAction PaymentKind::process(const ImportRow &row, ImportSession &session)
{
    ImportStore &store = session.store();
    // A receipt already recorded first: a re-import skips every row it imported before.
    const QString number = TextNormalizer::clean(row.text(PaymentNo));
    if (!number.isEmpty() && m_numbers.contains(number)) {
        session.skipped(row, PaymentNo,
                        tr("Receipt %1 is already recorded; skipped as a duplicate.").arg(number));
        return RowAction::Skipped;
    }
    if (!row.has(Amount))
        return session.reject(row, Amount, tr("No amount."));
    const std::optional<qint64> amount = ImportCleaner::fen(row.cell(Amount));
    if (!amount)
        return session.reject(row, Amount, tr("\"%1\" is not an amount.").arg(row.text(Amount)));
    if (*amount == 0)
        return session.reject(row, Amount, tr("The amount is zero (a refund is negative)."));
    const CleanDate date = ImportCleaner::date(row.cell(Date));
    if (!date.isValid())
        return session.reject(row, Date,
                              row.has(Date) ? tr("\"%1\" is not a date.").arg(row.text(Date))
                                            : tr("No payment date."));
    if (date.monthOnly)
        session.warn(
            row, Date,
            tr("Only a month is given; the payment is dated %1.").arg(date.date.toString(Qt::ISODate)));

    RowAction action = RowAction::Inserted;
    const QString orderNo = row.text(OrderNo);
    const KnownOrder *order = nullptr;
    if (!orderNo.isEmpty()) {
        const auto it = m_orders.constFind(orderNo);
        if (it == m_orders.cend())
            return session.reject(row, OrderNo, tr("No order %1; import the orders first.").arg(orderNo));
        order = &*it;
    }
    qint64 customer = 0;
    if (row.has(CustomerName) || row.has(CustomerCode)) {
        customer = customerFor(row, session, &action);
        if (!customer)
            return action;
        if (order && order->customer != customer)
            return session.reject(
                row, OrderNo,
                tr("Order %1 is %2's, not %3's.")
                    .arg(orderNo, order->customerName,
                         row.has(CustomerName) ? row.text(CustomerName) : row.text(CustomerCode)));
    } else if (order) {
        customer = order->customer;
        if (!session.scope().canSeeOwner(store.customerOwner(customer)))
            return session.reject(row, OrderNo,
                                  tr("Order %1 belongs to a customer outside your team.").arg(orderNo));
    } else {
        return session.reject(row, CustomerName, tr("No customer and no order number."));
    }
    if (order && order->cancelled)
        return session.reject(row, OrderNo, tr("Order %1 is cancelled.").arg(orderNo));
    if (number.isEmpty()) {
        const auto same = m_unnumbered.find(
            unnumberedKey(customer, date.date.toString(Qt::ISODate), *amount, order ? order->id : 0));
        if (same != m_unnumbered.end() && *same > 0) {
            --*same;
            session.skipped(row, Amount,
                            tr("A payment of %1 from this customer on %2 without a receipt number is already "
                               "recorded; skipped as a duplicate.")
                                .arg(Money::format(*amount), date.date.toString(Qt::ISODate)));
            return RowAction::Skipped;
        }
    }

    QString method = u"transfer"_s;
    if (row.has(Method)) {
        method = ImportCleaner::paymentMethod(row.text(Method));
        if (method.isEmpty()) {
            method = u"other"_s;
            session.warn(row, Method,
                         tr("Unknown payment method \"%1\"; recorded as other.").arg(row.text(Method)));
        }
    }

    // The rep last: a row rejected above must not create a member.
    qint64 member = 0;
    if (row.has(Rep)) {
        const QString repText = row.text(Rep);
        if (const auto it = m_memberCache.constFind(repText); it != m_memberCache.cend()) {
            member = *it;
        } else {
            member = resolveMember(row, Rep, session, &action, false);
            if (action == RowAction::Rejected)
                return action;
            if (member)
                m_memberCache.insert(repText, member);
        }
    }
    if (!member && order) {
        member = order->member;
        session.filled(row, u"rep"_s, store.memberName(member));
    }
    if (!member) {
        member = store.customerOwner(customer);
        if (member)
            session.filled(row, u"rep"_s, store.memberName(member));
    }
    if (!member)
        return session.reject(row, Rep, tr("No rep, and the customer has no owner to take."));
    if (!session.scope().canSeeOwner(member))
        return session.reject(row, Rep,
                              tr("%1 is outside your team; the payment cannot be credited to them.")
                                  .arg(store.memberName(member)));

    const QString notes = row.cell(Notes).toString().trimmed();
    m_insert.bind(1, store.nextUuid());
    m_insert.bindOrNull(2, number);
    m_insert.bind(3, date.date.toString(Qt::ISODate));
    m_insert.bind(4, customer);
    m_insert.bindOrNull(5, order ? order->id : qint64(0));
    m_insert.bind(6, member);
    m_insert.bind(7, *amount);
    m_insert.bind(8, method);
    m_insert.bindOrNull(9, notes);
    m_insert.bind(10, m_createdAt);
    m_insert.bind(11, qint64(store.batchStamp().hlc));
    m_insert.bind(12, store.deviceIdUtf8());
    if (!m_insert.exec()) {
        session.fail(m_insert.error());
        return RowAction::Rejected;
    }
    store.inserted("payment", sqlite3_last_insert_rowid(store.handle()));
    if (!number.isEmpty())
        m_numbers.insert(number);
    if (session.wantsPreview())
        session.preview(QVariantMap{{u"row"_s, row.number()},
                                    {u"action"_s, u"insert"_s},
                                    {u"payment_no"_s, number},
                                    {u"paid_on"_s, date.date.toString(Qt::ISODate)},
                                    {u"customer_id"_s, customer},
                                    {u"order_no"_s, order ? orderNo : QString()},
                                    {u"member"_s, store.memberName(member)},
                                    {u"amount_fen"_s, *amount},
                                    {u"method"_s, method}});
    return RowAction::Inserted;
}

} // namespace

std::unique_ptr<ImportKind> createPaymentKind()
{
    return std::make_unique<PaymentKind>();
}

} // namespace frontline
