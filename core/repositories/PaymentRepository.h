// Collected payments (回款): money received from customers, in fen, credited to a rep, optionally
// against an order. A payment is visible and writable with its customer (the scope's owner
// condition on the customer's owner); like orders, support may read but not write money.
// What each customer still owes (billed − collected) comes from here too.
#pragma once

#include "Repository.h"

#include <optional>

namespace frontline {

struct PaymentFilter
{
    qint64 memberId = 0;   // credited to this rep
    QList<qint64> members; // credited to any of these reps (a team's subtree); empty: every rep
    qint64 customerId = 0;
    qint64 orderId = 0;
    QString method;
    QDate from;
    QDate to;
    QString region; // the customer's region
};

// A customer's account: what their orders came to (cancelled ones left out), what they paid,
// and what is still outstanding (negative: paid in advance).
struct CustomerBalance
{
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 billedFen = 0;
    qint64 collectedFen = 0;
    qint64 outstandingFen() const { return billedFen - collectedFen; }
    QDate lastOrder;
    QDate lastPayment;
};

class PaymentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::PaymentRepository)
public:
    using Repository::Repository;

    // transfer, cash, wechat, alipay, card, cheque, draft (bank acceptance), other
    static QStringList methods();
    static QString methodLabel(const QString &method);

    QList<FieldError> validate(const Payment &payment) const;
    // Records a payment. The rep defaults to the order's rep, else the customer's owner; an order
    // must be the customer's; a receipt number must not be in use.
    SaveResult create(Payment payment);
    // create() for many payments in one transaction (imports): all or nothing.
    BulkResult createMany(const QList<Payment> &payments);
    // Changes a payment's date, amount, method, number, order and notes (not its customer).
    SaveResult update(const Payment &payment);
    // Tombstones the payment (audited); restore() undoes it.
    bool remove(qint64 id);
    bool restore(qint64 id);
    std::optional<Payment> get(qint64 id);
    std::optional<Payment> findByNumber(const QString &paymentNo);
    // Newest first; limit rows after skipping offset (a page of a long list).
    QList<Payment> list(const PaymentFilter &filter, int limit = -1, int offset = 0);
    qint64 count(const PaymentFilter &filter);
    qint64 totalFen(const PaymentFilter &filter);
    // Collected against one order (0 when it is not visible).
    qint64 collectedForOrder(qint64 orderId);
    // Customers in scope whose balance is not zero, the largest outstanding first; members: of
    // these owners only (a team), customerId: one customer (also when its balance is zero).
    QList<CustomerBalance> balances(const QList<qint64> &members = {}, qint64 customerId = 0, int limit = -1);

private:
    // The member a new payment is credited to, its customer's owner and its order checked;
    // errors for the fields at fault, or notAllowed() in error.
    SaveResult resolve(Payment &payment);
    QString filterSql(const PaymentFilter &filter, QVariantList *binds) const;
};

} // namespace frontline
