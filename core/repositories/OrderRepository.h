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
};

class OrderRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OrderRepository)
public:
    using Repository::Repository;

    static QStringList statuses();

    QList<Product> products(bool activeOnly = true);
    std::optional<Product> productBySku(const QString &sku);
    SaveResult addProduct(Product product);

    QList<FieldError> validate(const Order &order) const;
    SaveResult create(Order order);
    std::optional<Order> get(qint64 id);
    std::optional<Order> findByNumber(const QString &orderNo);
    QList<Order> list(const OrderFilter &filter, int limit = -1); // without lines
    qint64 count(const OrderFilter &filter);
    qint64 totalFen(const OrderFilter &filter);

private:
    QString filterSql(const OrderFilter &filter, QVariantList *binds) const;
};

} // namespace frontline
