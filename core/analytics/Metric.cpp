#include "Metric.h"

#include "domain/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

qint64 Value::rounded() const
{
    if (!denominator)
        return 0;
    const qint64 n = numerator < 0 ? -numerator : numerator;
    const qint64 d = denominator < 0 ? -denominator : denominator;
    const qint64 q = (2 * n + d) / (2 * d);
    return (numerator < 0) != (denominator < 0) ? -q : q;
}

Value &Value::operator+=(const Value &other)
{
    numerator += other.numerator;
    if (quotient)
        denominator += other.denominator;
    return *this;
}

QString Value::display() const
{
    if (!isDefined())
        return u"—"_s;
    switch (type) {
    case ValueType::Fen:
        return Money::format(rounded());
    case ValueType::Count:
        return QLocale().toString(numerator);
    case ValueType::Ratio:
        return QLocale().toString(100.0 * toDouble(), 'f', 1) + u'%';
    case ValueType::Average:
        return QLocale().toString(toDouble(), 'f', 1);
    }
    return {};
}

QList<Measure> Metrics::measures()
{
    return {
        Measure::Revenue,      Measure::Collected,     Measure::Orders,          Measure::AverageOrderValue,
        Measure::Quantity,     Measure::NewCustomers,  Measure::ActiveCustomers, Measure::RetentionRate,
        Measure::RepeatRate,   Measure::Visits,        Measure::Calls,           Measure::Activities,
        Measure::Satisfaction, Measure::Opportunities, Measure::OpenPipeline,    Measure::WeightedPipeline,
        Measure::WinRate};
}

QString Metrics::key(Measure m)
{
    switch (m) {
    case Measure::Revenue:
        return u"revenue"_s;
    case Measure::Orders:
        return u"orders"_s;
    case Measure::AverageOrderValue:
        return u"average_order_value"_s;
    case Measure::Quantity:
        return u"quantity"_s;
    case Measure::NewCustomers:
        return u"new_customers"_s;
    case Measure::ActiveCustomers:
        return u"active_customers"_s;
    case Measure::RetentionRate:
        return u"retention_rate"_s;
    case Measure::RepeatRate:
        return u"repeat_rate"_s;
    case Measure::Visits:
        return u"visits"_s;
    case Measure::Calls:
        return u"calls"_s;
    case Measure::Activities:
        return u"activities"_s;
    case Measure::Satisfaction:
        return u"satisfaction"_s;
    case Measure::Opportunities:
        return u"opportunities"_s;
    case Measure::OpenPipeline:
        return u"open_pipeline"_s;
    case Measure::WeightedPipeline:
        return u"weighted_pipeline"_s;
    case Measure::WinRate:
        return u"win_rate"_s;
    case Measure::Collected:
        return u"collected"_s;
    }
    return {};
}

std::optional<Measure> Metrics::measureFromKey(const QString &text)
{
    for (const Measure m : measures()) {
        if (key(m) == text)
            return m;
    }
    return std::nullopt;
}

QString Metrics::label(Measure m)
{
    switch (m) {
    case Measure::Revenue:
        return tr("Revenue");
    case Measure::Orders:
        return tr("Orders");
    case Measure::AverageOrderValue:
        return tr("Average order value");
    case Measure::Quantity:
        return tr("Quantity");
    case Measure::NewCustomers:
        return tr("New customers");
    case Measure::ActiveCustomers:
        return tr("Active customers");
    case Measure::RetentionRate:
        return tr("Retention");
    case Measure::RepeatRate:
        return tr("Repeat purchase rate");
    case Measure::Visits:
        return tr("Visits");
    case Measure::Calls:
        return tr("Calls");
    case Measure::Activities:
        return tr("Contacts");
    case Measure::Satisfaction:
        return tr("Satisfaction");
    case Measure::Opportunities:
        return tr("Opportunities");
    case Measure::OpenPipeline:
        return tr("Open pipeline");
    case Measure::WeightedPipeline:
        return tr("Weighted pipeline");
    case Measure::WinRate:
        return tr("Win rate");
    case Measure::Collected:
        return tr("Collected payments");
    }
    return {};
}

ValueType Metrics::type(Measure m)
{
    switch (m) {
    case Measure::Revenue:
    case Measure::Collected:
    case Measure::AverageOrderValue:
    case Measure::OpenPipeline:
    case Measure::WeightedPipeline:
        return ValueType::Fen;
    case Measure::RetentionRate:
    case Measure::RepeatRate:
    case Measure::WinRate:
        return ValueType::Ratio;
    case Measure::Satisfaction:
        return ValueType::Average;
    default:
        return ValueType::Count;
    }
}

bool Metrics::isAdditive(Measure m)
{
    return m != Measure::ActiveCustomers && m != Measure::RetentionRate && m != Measure::RepeatRate;
}

QList<Dimension> Metrics::dimensions()
{
    return {Dimension::None,    Dimension::Rep,      Dimension::Team,  Dimension::Region, Dimension::Channel,
            Dimension::Product, Dimension::Category, Dimension::Grade, Dimension::Status};
}

QString Metrics::key(Dimension d)
{
    switch (d) {
    case Dimension::None:
        return u"none"_s;
    case Dimension::Rep:
        return u"rep"_s;
    case Dimension::Team:
        return u"team"_s;
    case Dimension::Region:
        return u"region"_s;
    case Dimension::Channel:
        return u"channel"_s;
    case Dimension::Product:
        return u"product"_s;
    case Dimension::Category:
        return u"category"_s;
    case Dimension::Grade:
        return u"grade"_s;
    case Dimension::Status:
        return u"status"_s;
    }
    return {};
}

std::optional<Dimension> Metrics::dimensionFromKey(const QString &text)
{
    for (const Dimension d : dimensions()) {
        if (key(d) == text)
            return d;
    }
    return std::nullopt;
}

QString Metrics::label(Dimension d)
{
    switch (d) {
    case Dimension::None:
        return tr("Total");
    case Dimension::Rep:
        return tr("Rep");
    case Dimension::Team:
        return tr("Team");
    case Dimension::Region:
        return tr("Region");
    case Dimension::Channel:
        return tr("Channel");
    case Dimension::Product:
        return tr("Product");
    case Dimension::Category:
        return tr("Category");
    case Dimension::Grade:
        return tr("Grade");
    case Dimension::Status:
        return tr("Customer status");
    }
    return {};
}

QString Metrics::channelLabel(const QString &k)
{
    if (k == u"direct"_s)
        return tr("Direct");
    if (k == u"wechat"_s)
        return tr("WeChat");
    if (k == u"phone"_s)
        return tr("Phone");
    if (k == u"online"_s)
        return tr("Online");
    return k;
}

} // namespace frontline::analytics
