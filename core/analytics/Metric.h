// The vocabulary of the metrics engine: what can be measured, by what it can be grouped, how a
// selection is filtered, and the exact values it answers with (money stays integer fen; rates
// and averages are kept as numerator and denominator so nothing is rounded before display).
#pragma once

#include "Period.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::analytics {

enum class Measure
{
    Revenue,           // Σ line amounts of orders that are not cancelled (fen)
    Orders,            // orders that are not cancelled
    AverageOrderValue, // revenue / orders (fen, half up)
    Quantity,          // Σ line quantities
    NewCustomers,      // customers whose first order falls in the period
    ActiveCustomers,   // customers with an order in the period
    RetentionRate,     // of the customers who bought in the previous period, the share who bought again
    RepeatRate,        // of the active customers, the share with two orders or more
    Visits,            // activities of kind visit
    Calls,             // activities of kind call
    Activities,        // activities of every kind
    Satisfaction,      // average satisfaction (1–5) of the activities that have one
    Opportunities,     // opportunities created in the period
    OpenPipeline,      // amount of the opportunities open at the end of the period (or today) (fen)
    WeightedPipeline,  // Σ amount × probability / 100, each opportunity rounded half up (fen)
    WinRate,           // won / (won + lost) of the opportunities closed in the period
    Collected,         // Σ payments received in the period, refunds negative (fen), by the credited rep
};

enum class Dimension
{
    None,
    Rep,      // the order's rep (activity's member, opportunity's owner)
    Team,     // rolled up through the team tree: a team counts its whole subtree
    Region,   // the customer's region
    Channel,  // the order's channel
    Product,  // order lines by product
    Category, // order lines by product category
    Grade,    // the customer's grade
    Status,   // the customer's status
};

enum class ValueType
{
    Fen,     // money; numerator / denominator rounded half up
    Count,   // an integer
    Ratio,   // a share: shown as a percentage
    Average, // a plain average (satisfaction, days)
};

// An exact value. Money and counts have denominator 1; averages and rates carry both parts, so
// a team's rate is Σ numerators / Σ denominators, never an average of averages. A zero
// denominator means "not defined" (no orders, no customers last period…).
struct Value
{
    ValueType type = ValueType::Count;
    qint64 numerator = 0;
    qint64 denominator = 1;
    bool quotient = false; // numerator / denominator (sums add both parts)

    static Value fen(qint64 v) { return {ValueType::Fen, v, 1, false}; }
    static Value count(qint64 v) { return {ValueType::Count, v, 1, false}; }
    static Value ratio(qint64 num, qint64 den) { return {ValueType::Ratio, num, den, true}; }
    static Value average(qint64 num, qint64 den) { return {ValueType::Average, num, den, true}; }
    // Money per something: the average order value (revenue fen / orders).
    static Value fenPer(qint64 fen, qint64 per) { return {ValueType::Fen, fen, per, true}; }

    bool isDefined() const { return denominator != 0; }
    double toDouble() const { return denominator ? double(numerator) / double(denominator) : 0.0; }
    // numerator / denominator rounded half away from zero (fen of an average order value).
    qint64 rounded() const;
    Value &operator+=(const Value &other);
    bool operator==(const Value &o) const
    {
        return type == o.type && numerator == o.numerator && denominator == o.denominator &&
               quotient == o.quotient;
    }
    // For people: "¥1,234.50", "12.3%", "4.2", "17"; "—" when not defined.
    QString display() const;
};

// What to count: empty lists mean "all". teamId: the team's whole subtree of members.
struct Filter
{
    QList<qint64> members;
    qint64 teamId = 0;
    QStringList regions;
    QStringList channels;
    QStringList grades;
    QStringList statuses;
    QStringList categories;
    QList<qint64> products;

    bool hasCustomerAttributes() const
    {
        return !regions.isEmpty() || !grades.isEmpty() || !statuses.isEmpty();
    }
    bool hasLineAttributes() const { return !categories.isEmpty() || !products.isEmpty(); }
};

class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::Metrics)
public:
    static QList<Measure> measures();
    static QString key(Measure measure); // revenue, orders, average_order_value, …
    static std::optional<Measure> measureFromKey(const QString &key);
    static QString label(Measure measure);
    static ValueType type(Measure measure);
    // Whether a group's value is the sum of its parts' (true for all but distinct-customer
    // measures, whose customers may buy from several reps).
    static bool isAdditive(Measure measure);

    static QList<Dimension> dimensions();
    static QString
    key(Dimension dimension); // none, rep, team, region, channel, product, category, grade, status
    static std::optional<Dimension> dimensionFromKey(const QString &key);
    static QString label(Dimension dimension);
    // Words for a stored channel key (direct, wechat, phone, online).
    static QString channelLabel(const QString &key);
};

} // namespace frontline::analytics
