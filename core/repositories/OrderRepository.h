// Products and orders with their lines. An order's total is the sum of its lines, kept by
// this repository; money is integer fen throughout.
#pragma once

#include "Repository.h"

#include <optional>

namespace frontline {

struct OrderFilter
{
    qint64 memberId = 0;
    qint64 customerId = 0;
    QString channel;
    QString status;
    QDate from;
    QDate to;
    QList<qint64> members; // any of these reps (a team's subtree); empty: every rep
    QString region;        // the customer's region
};

class OrderRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OrderRepository)
public:
    using Repository::Repository;

    static QStringList statuses();
    // The sales channels the orders in scope use (direct, wechat, …), sorted.
    QStringList channels();

    QList<Product> products(bool activeOnly = true);
    std::optional<Product> productBySku(const QString &sku);
    SaveResult addProduct(Product product);

    QList<FieldError> validate(const Order &order) const;
    SaveResult create(Order order);
    // create() for many orders with their lines in one transaction: the same checks (numbers
    // unique in the file and among themselves), line amounts and order totals.
    BulkResult createMany(const QList<Order> &orders);
    // Replaces the header and the lines of an existing order; its total follows its lines.
    SaveResult update(const Order &order);
    // Tombstones the order and its lines (undo of create).
    bool remove(qint64 id);
    // Undoes remove(), lines included.
    bool restore(qint64 id);
    std::optional<Order> get(qint64 id);
    std::optional<Order> findByNumber(const QString &orderNo);
    // Newest first, without lines; limit rows after skipping offset (a page of a long list).
    QList<Order> list(const OrderFilter &filter, int limit = -1, int offset = 0);
    qint64 count(const OrderFilter &filter);
    qint64 totalFen(const OrderFilter &filter);

private:
    // The FROM and WHERE of a filtered query. Counts and id lists skip the member join (names
    // only): without it SQLite answers from indexes instead of reading every row.
    enum class Names
    {
        Joined,
        Skipped
    };
    QString filterSql(const OrderFilter &filter, QVariantList *binds, Names names = Names::Joined) const;
    // Line amounts (quantity × unit price unless given) and the order's total.
    static void computeTotals(Order &order);
    // Inserts a checked order and its lines with prepared statements; the new id, 0 on failure.
    qint64 insertOrder(QSqlQuery &orderInsert, QSqlQuery &lineInsert, const Order &order,
                       const SyncStamp &stamp);
};

} // namespace frontline
