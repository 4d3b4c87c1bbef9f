#include "Reports.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

namespace {

ColumnType columnType(ValueType t)
{
    switch (t) {
    case ValueType::Fen:
        return ColumnType::Fen;
    case ValueType::Count:
        return ColumnType::Int;
    case ValueType::Ratio:
        return ColumnType::Percent;
    case ValueType::Average:
        return ColumnType::Decimal;
    }
    return ColumnType::Text;
}

QVariant cell(const Value &v)
{
    if (!v.isDefined())
        return {};
    switch (v.type) {
    case ValueType::Fen:
        return v.rounded();
    case ValueType::Count:
        return v.numerator;
    case ValueType::Ratio:
    case ValueType::Average:
        return v.toDouble();
    }
    return {};
}

QString columnKey(Measure m)
{
    return Metrics::key(m) + (Metrics::type(m) == ValueType::Fen ? u"_fen"_s : QString());
}

QString unitKey(ValueType t)
{
    switch (t) {
    case ValueType::Fen:
        return u"fen"_s;
    case ValueType::Count:
        return u"count"_s;
    case ValueType::Ratio:
        return u"ratio"_s;
    case ValueType::Average:
        return u"average"_s;
    }
    return {};
}

QJsonValue json(const Value &v)
{
    const QVariant c = cell(v);
    if (!c.isValid())
        return QJsonValue::Null;
    return c.typeId() == QMetaType::Double ? QJsonValue(c.toDouble()) : QJsonValue(c.toLongLong());
}

} // namespace

QStringList Reports::kinds()
{
    return {u"sales"_s, u"ranking"_s, u"attainment"_s, u"funnel"_s, u"dashboard"_s};
}

std::optional<Report> Reports::build(const QString &kind, const Period &period, Dimension by, Measure measure,
                                     const Filter &filter, QString *error)
{
    if (kind == u"sales"_s)
        return sales(period, by == Dimension::None ? Dimension::Rep : by, filter);
    if (kind == u"ranking"_s)
        return ranking(period, measure, filter);
    if (kind == u"attainment"_s) {
        if (by != Dimension::None && by != Dimension::Rep && by != Dimension::Team) {
            *error = tr("Attainment is by rep or by team.");
            return std::nullopt;
        }
        return attainment(period, by == Dimension::None ? Dimension::Rep : by, measure, filter);
    }
    if (kind == u"funnel"_s)
        return funnel(period, filter);
    if (kind == u"dashboard"_s)
        return dashboard(period, filter);
    *error = tr("Unknown report \"%1\": use %2.").arg(kind, kinds().join(u", "_s));
    return std::nullopt;
}

Report Reports::sales(const Period &period, Dimension by, const Filter &filter)
{
    Report r;
    r.kind = u"sales"_s;
    r.title = tr("Sales by %1").arg(Metrics::label(by).toLower());
    r.period = period;
    ReportTable t;
    t.key = u"sales"_s;
    t.title = r.title;
    t.addColumn(Metrics::key(by), Metrics::label(by), ColumnType::Text);
    if (by == Dimension::Rep || by == Dimension::Product)
        t.addColumn(u"code"_s, by == Dimension::Rep ? tr("Code") : tr("SKU"), ColumnType::Text);
    t.addColumn(u"revenue_fen"_s, Metrics::label(Measure::Revenue), ColumnType::Fen);
    t.addColumn(u"orders"_s, Metrics::label(Measure::Orders), ColumnType::Int);
    t.addColumn(u"average_order_value_fen"_s, Metrics::label(Measure::AverageOrderValue), ColumnType::Fen);
    t.addColumn(u"quantity"_s, Metrics::label(Measure::Quantity), ColumnType::Int);
    t.addColumn(u"share"_s, tr("Share of revenue"), ColumnType::Percent);
    const Breakdown revenue = m_engine.breakdown(Measure::Revenue, period, by, filter);
    const Breakdown orders = m_engine.breakdown(Measure::Orders, period, by, filter);
    const Breakdown quantity = m_engine.breakdown(Measure::Quantity, period, by, filter);
    const auto find = [](const Breakdown &b, const QString &key) {
        for (const Row &row : b.rows) {
            if (row.key == key)
                return row.value;
        }
        return Value();
    };
    for (const Row &row : revenue.rows) {
        QList<QVariant> cells{row.label};
        if (by == Dimension::Rep || by == Dimension::Product)
            cells << row.code;
        const Value n = find(orders, row.key);
        cells << row.value.rounded() << n.numerator
              << Value::fenPer(row.value.numerator, n.numerator).rounded()
              << find(quantity, row.key).numerator
              << cell(Value::ratio(row.value.numerator, revenue.total.numerator));
        if (!Value::fenPer(row.value.numerator, n.numerator).isDefined())
            cells[cells.size() - 3] = QVariant();
        t.rows << cells;
    }
    // The total line: for orders by product, an order with several products counts once.
    QList<QVariant> totalRow{tr("Total")};
    if (by == Dimension::Rep || by == Dimension::Product)
        totalRow << QString();
    totalRow << revenue.total.rounded() << orders.total.numerator
             << cell(Value::fenPer(revenue.total.numerator, orders.total.numerator))
             << quantity.total.numerator
             << cell(Value::ratio(revenue.total.numerator, revenue.total.numerator));
    t.rows << totalRow;
    r.sections << t;
    return r;
}

Report Reports::ranking(const Period &period, Measure measure, const Filter &filter)
{
    Report r;
    r.kind = u"ranking"_s;
    r.title = tr("Ranking by %1").arg(Metrics::label(measure).toLower());
    r.period = period;
    ReportTable t;
    t.key = u"ranking"_s;
    t.title = r.title;
    t.addColumn(u"rank"_s, tr("Rank"), ColumnType::Int);
    t.addColumn(u"rep"_s, tr("Rep"), ColumnType::Text);
    t.addColumn(u"code"_s, tr("Code"), ColumnType::Text);
    t.addColumn(u"team"_s, tr("Team"), ColumnType::Text);
    t.addColumn(columnKey(measure), Metrics::label(measure), columnType(Metrics::type(measure)));
    if (measure != Measure::Orders)
        t.addColumn(u"orders"_s, Metrics::label(Measure::Orders), ColumnType::Int);
    const QList<RankRow> rows = m_engine.ranking(measure, period, filter);
    const Breakdown orders = measure != Measure::Orders
                                 ? m_engine.breakdown(Measure::Orders, period, Dimension::Rep, filter)
                                 : Breakdown();
    QHash<qint64, qint64> orderCounts;
    for (const Row &row : orders.rows)
        orderCounts.insert(row.id, row.value.numerator);
    for (const RankRow &row : rows) {
        QList<QVariant> cells{qint64(row.rank), row.name, row.code, row.teamName, cell(row.value)};
        if (measure != Measure::Orders)
            cells << orderCounts.value(row.memberId, 0);
        t.rows << cells;
    }
    r.sections << t;
    return r;
}

Report Reports::attainment(const Period &period, Dimension by, Measure measure, const Filter &filter)
{
    Report r;
    r.kind = u"attainment"_s;
    r.title = tr("Attainment of %1 targets").arg(Metrics::label(measure).toLower());
    r.period = period;
    ReportTable t;
    t.key = u"attainment"_s;
    t.title = r.title;
    const ColumnType type = columnType(Metrics::type(measure));
    const QString suffix = type == ColumnType::Fen ? u"_fen"_s : QString();
    t.addColumn(Metrics::key(by), Metrics::label(by), ColumnType::Text);
    if (by == Dimension::Rep)
        t.addColumn(u"code"_s, tr("Code"), ColumnType::Text);
    t.addColumn(u"target"_s + suffix, tr("Target"), type);
    t.addColumn(u"actual"_s + suffix, tr("Actual"), type);
    t.addColumn(u"attainment"_s, tr("Attainment"), ColumnType::Percent);
    t.addColumn(u"expected"_s + suffix, tr("Expected to date"), type);
    t.addColumn(u"status"_s, tr("Status"), ColumnType::Text);
    t.addColumn(u"status_key"_s, tr("Status key"), ColumnType::Text);
    const auto add = [&](const QString &name, const QString &code, const Attainment &a) {
        QList<QVariant> cells{name};
        if (by == Dimension::Rep)
            cells << code;
        cells << (a.hasTarget() ? QVariant(a.target) : QVariant()) << cell(a.actual)
              << (a.hasTarget() ? cell(a.attainment) : QVariant())
              << (a.hasTarget() ? QVariant(a.expected) : QVariant()) << Attainment::statusLabel(a.status)
              << Attainment::statusKey(a.status);
        t.rows << cells;
    };
    if (by == Dimension::Team) {
        const Breakdown teams = m_engine.breakdown(measure, period, Dimension::Team, filter);
        for (const Row &row : teams.rows) {
            Filter f = filter;
            f.teamId = row.id;
            add(row.label, QString(), m_engine.attainment(measure, period, f));
        }
    } else {
        for (const RankRow &rep : m_engine.ranking(measure, period, filter)) {
            Filter f = filter;
            f.members = {rep.memberId};
            add(rep.name, rep.code, m_engine.attainment(measure, period, f));
        }
    }
    r.sections << t;
    return r;
}

Report Reports::funnel(const Period &period, const Filter &filter)
{
    const Funnel f = m_engine.funnel(period, filter);
    Report r;
    r.kind = u"funnel"_s;
    r.title = tr("Funnel");
    r.period = period;
    ReportTable t;
    t.key = u"funnel"_s;
    t.title = r.title;
    t.addColumn(u"stage"_s, tr("Stage"), ColumnType::Text);
    t.addColumn(u"stage_key"_s, tr("Stage key"), ColumnType::Text);
    t.addColumn(u"reached"_s, tr("Reached"), ColumnType::Int);
    t.addColumn(u"conversion"_s, tr("Conversion to next"), ColumnType::Percent);
    t.addColumn(u"average_days"_s, tr("Average days in stage"), ColumnType::Decimal);
    t.addColumn(u"open"_s, tr("Open now"), ColumnType::Int);
    t.addColumn(u"open_amount_fen"_s, tr("Open amount"), ColumnType::Fen);
    t.addColumn(u"weighted_fen"_s, tr("Weighted"), ColumnType::Fen);
    for (const FunnelStage &s : f.stages)
        t.rows << QList<QVariant>{
            s.name, s.key,           s.reached,    cell(s.conversion), cell(s.averageDays),
            s.open, s.openAmountFen, s.weightedFen};
    r.sections << t;
    r.extra = {
        {u"created"_s, f.created}, {u"won"_s, f.won}, {u"lost"_s, f.lost}, {u"win_rate"_s, json(f.winRate)}};
    return r;
}

Report Reports::dashboard(const Period &period, const Filter &filter)
{
    return dashboard(period, m_engine.dashboard(period, filter));
}

Report Reports::dashboard(const Period &period, const Dashboard &d)
{
    Report r;
    r.kind = u"dashboard"_s;
    r.title = tr("Dashboard");
    r.period = period;
    r.subject = d.subject;
    ReportTable kpis;
    kpis.key = u"kpis"_s;
    kpis.title = tr("Key figures");
    kpis.addColumn(u"kpi"_s, tr("KPI"), ColumnType::Text);
    kpis.addColumn(u"title"_s, tr("Title"), ColumnType::Text);
    kpis.addColumn(u"unit"_s, tr("Unit"), ColumnType::Text);
    kpis.addColumn(u"value"_s, tr("Value"), ColumnType::Decimal);
    kpis.addColumn(u"display"_s, tr("Shown as"), ColumnType::Text);
    kpis.addColumn(u"previous"_s, tr("Previous period"), ColumnType::Decimal);
    kpis.addColumn(u"vs_previous"_s, tr("vs previous"), ColumnType::Percent);
    kpis.addColumn(u"last_year"_s, tr("Last year"), ColumnType::Decimal);
    kpis.addColumn(u"vs_last_year"_s, tr("vs last year"), ColumnType::Percent);
    kpis.addColumn(u"target"_s, tr("Target"), ColumnType::Decimal);
    kpis.addColumn(u"attainment"_s, tr("Attainment"), ColumnType::Percent);
    kpis.addColumn(u"status"_s, tr("Status"), ColumnType::Text);
    ReportTable trend;
    trend.key = u"trend"_s;
    trend.title = tr("Trend");
    trend.addColumn(u"period"_s, tr("Period"), ColumnType::Text);
    QJsonArray cards;
    for (const KpiCard &c : d.cards) {
        const bool isGrowth = c.key == u"growth"_s;
        const Value value = c.value;
        kpis.rows << QList<QVariant>{c.key,
                                     c.title,
                                     unitKey(value.type),
                                     cell(value),
                                     value.display(),
                                     isGrowth ? cell(c.growth.previous) : cell(c.growth.previous),
                                     cell(c.growth.vsPrevious()),
                                     cell(c.growth.lastYear),
                                     cell(c.growth.vsLastYear()),
                                     c.attainment.hasTarget() ? QVariant(c.attainment.target) : QVariant(),
                                     c.attainment.hasTarget() ? cell(c.attainment.attainment) : QVariant(),
                                     Attainment::statusKey(c.attainment.status)};
        trend.addColumn(c.key + (value.type == ValueType::Fen ? u"_fen"_s : QString()), c.title,
                        columnType(isGrowth ? ValueType::Ratio : Metrics::type(c.measure)));
        QJsonArray points;
        for (qsizetype i = 0; i < c.trend.size(); ++i)
            points << QJsonObject{{u"period"_s, c.trendPeriods.value(i).key()},
                                  {u"value"_s, json(c.trend.at(i))}};
        QJsonObject card{{u"key"_s, c.key},
                         {u"title"_s, c.title},
                         {u"unit"_s, unitKey(value.type)},
                         {u"value"_s, json(value)},
                         {u"display"_s, value.display()},
                         {u"previous"_s, json(c.growth.previous)},
                         {u"vs_previous"_s, json(c.growth.vsPrevious())},
                         {u"last_year"_s, json(c.growth.lastYear)},
                         {u"vs_last_year"_s, json(c.growth.vsLastYear())},
                         {u"status"_s, Attainment::statusKey(c.attainment.status)},
                         {u"trend"_s, points}};
        if (c.attainment.hasTarget()) {
            card.insert(u"target"_s, c.attainment.target);
            card.insert(u"attainment"_s, json(c.attainment.attainment));
            card.insert(u"expected"_s, c.attainment.expected);
        }
        cards << card;
    }
    if (!d.cards.isEmpty()) {
        const QList<Period> periods = d.cards.constFirst().trendPeriods;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            QList<QVariant> row{periods.at(i).key()};
            for (const KpiCard &c : d.cards)
                row << cell(c.trend.value(i));
            trend.rows << row;
        }
    }
    r.sections << kpis << trend;
    r.extra = {{u"cards"_s, cards}, {u"as_of"_s, d.asOf.toString(Qt::ISODate)}};
    return r;
}

} // namespace frontline::analytics
