#include "Reports.h"

#include "domain/Vocabulary.h"
#include "repositories/CustomerRepository.h"

#include <QJsonArray>

#include <algorithm>

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
    return {u"sales"_s,     u"ranking"_s,         u"attainment"_s, u"funnel"_s,
            u"dashboard"_s, u"rep-performance"_s, u"customers"_s};
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
    if (kind == u"rep-performance"_s)
        return repPerformance(period, filter);
    if (kind == u"customers"_s)
        return customers(period, filter, error);
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
    // The biggest groups as bars (the total line left out).
    t.charts << ReportChart{ReportChart::Kind::Bar,
                            tr("Revenue by %1").arg(Metrics::label(by).toLower()),
                            Metrics::key(by),
                            {u"revenue_fen"_s},
                            std::min<qsizetype>(t.rows.size() - 1, 20)};
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
    t.charts << ReportChart{ReportChart::Kind::Bar,
                            r.title,
                            u"rep"_s,
                            {columnKey(measure)},
                            std::min<qsizetype>(t.rows.size(), 20)};
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
    const Dashboard d = m_engine.dashboard(period, filter);
    Report r = dashboard(period, d);
    if (const KpiCard *revenue = d.card(u"revenue"_s)) {
        QList<std::optional<qint64>> targets;
        for (const Period &p : revenue->trendPeriods)
            targets << m_engine.target(Measure::Revenue, p, filter);
        addTrendTargets(r, targets);
    }
    r.sections << revenueByRep(m_engine.breakdown(Measure::Revenue, period, Dimension::Rep, filter));
    return r;
}

void Reports::addTrendTargets(Report &dashboard, const QList<std::optional<qint64>> &targets)
{
    for (ReportTable &t : dashboard.sections) {
        if (t.key != u"trend"_s || t.columnIndex(u"revenue_fen"_s) < 0 ||
            std::none_of(targets.cbegin(), targets.cend(), [](const auto &v) { return v.has_value(); }))
            continue;
        t.addColumn(u"revenue_target_fen"_s, tr("Revenue target"), ColumnType::Fen);
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            const std::optional<qint64> target = targets.value(i);
            t.rows[i] << (target ? QVariant(*target) : QVariant());
        }
        for (ReportChart &c : t.charts) {
            if (c.valueKeys == QStringList{u"revenue_fen"_s})
                c.valueKeys << u"revenue_target_fen"_s;
        }
    }
}

ReportTable Reports::revenueByRep(const Breakdown &byRep)
{
    ReportTable reps;
    reps.key = u"revenue_by_rep"_s;
    reps.title = tr("Revenue by rep");
    reps.addColumn(u"rank"_s, tr("Rank"), ColumnType::Int);
    reps.addColumn(u"rep"_s, tr("Rep"), ColumnType::Text);
    reps.addColumn(u"revenue_fen"_s, Metrics::label(Measure::Revenue), ColumnType::Fen);
    reps.addColumn(u"share"_s, tr("Share of revenue"), ColumnType::Percent);
    qint64 total = 0;
    for (const Row &row : byRep.rows)
        total += row.value.numerator;
    for (qsizetype i = 0; i < byRep.rows.size(); ++i) {
        const Row &row = byRep.rows.at(i);
        reps.rows << QList<QVariant>{qint64(i + 1), row.label, row.value.numerator,
                                     cell(Value::ratio(row.value.numerator, total))};
    }
    reps.charts << ReportChart{ReportChart::Kind::Bar,
                               reps.title,
                               u"rep"_s,
                               {u"revenue_fen"_s},
                               std::min<qsizetype>(reps.rows.size(), 20)};
    return reps;
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
        // The figures in the card's own unit, so that XLSX shows ¥, counts and percentages.
        const qsizetype row = kpis.rows.size() - 1;
        kpis.setCellType(row, 3, columnType(value.type));
        kpis.setCellType(row, 5, columnType(c.growth.previous.type));
        kpis.setCellType(row, 7, columnType(c.growth.lastYear.type));
        kpis.setCellType(row, 9, columnType(Metrics::type(c.measure)));
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
    if (const qsizetype revenue = trend.columnIndex(u"revenue_fen"_s); revenue >= 0)
        trend.charts << ReportChart{
            ReportChart::Kind::Line, tr("Revenue trend"), u"period"_s, {u"revenue_fen"_s}, trend.rows.size()};
    r.sections << kpis << trend;
    r.extra = {{u"cards"_s, cards}, {u"as_of"_s, d.asOf.toString(Qt::ISODate)}};
    return r;
}

Report Reports::repPerformance(const Period &period, const Filter &filter)
{
    Report r;
    r.kind = u"rep-performance"_s;
    r.title = tr("Rep performance");
    r.period = period;
    ReportTable t;
    t.key = u"rep_performance"_s;
    t.title = r.title;
    t.addColumn(u"rep"_s, tr("Rep"), ColumnType::Text);
    t.addColumn(u"code"_s, tr("Code"), ColumnType::Text);
    t.addColumn(u"team"_s, tr("Team"), ColumnType::Text);
    t.addColumn(u"revenue_fen"_s, Metrics::label(Measure::Revenue), ColumnType::Fen);
    t.addColumn(u"orders"_s, Metrics::label(Measure::Orders), ColumnType::Int);
    t.addColumn(u"new_customers"_s, Metrics::label(Measure::NewCustomers), ColumnType::Int);
    t.addColumn(u"visits"_s, Metrics::label(Measure::Visits), ColumnType::Int);
    t.addColumn(u"satisfaction"_s, Metrics::label(Measure::Satisfaction), ColumnType::Decimal);
    t.addColumn(u"open_pipeline_fen"_s, Metrics::label(Measure::OpenPipeline), ColumnType::Fen);
    t.addColumn(u"weighted_pipeline_fen"_s, Metrics::label(Measure::WeightedPipeline), ColumnType::Fen);
    t.addColumn(u"collected_fen"_s, Metrics::label(Measure::Collected), ColumnType::Fen);
    t.addColumn(u"target_fen"_s, tr("Revenue target"), ColumnType::Fen);
    t.addColumn(u"attainment"_s, tr("Attainment"), ColumnType::Percent);

    const QList<Measure> measures{Measure::Orders,       Measure::NewCustomers, Measure::Visits,
                                  Measure::Satisfaction, Measure::OpenPipeline, Measure::WeightedPipeline,
                                  Measure::Collected};
    QList<QHash<qint64, Value>> byRep;
    for (const Measure m : measures) {
        QHash<qint64, Value> values;
        for (const Row &row : m_engine.breakdown(m, period, Dimension::Rep, filter).rows)
            values.insert(row.id, row.value);
        byRep << values;
    }
    QList<Value> totals;
    for (const Measure m : measures)
        totals << (Metrics::type(m) == ValueType::Average ? Value::average(0, 0)
                                                          : Value{Metrics::type(m), 0, 1, false});
    Value revenue = Value::fen(0);
    for (const RankRow &rep : m_engine.ranking(Measure::Revenue, period, filter)) {
        QList<QVariant> cells{rep.name, rep.code, rep.teamName, cell(rep.value)};
        revenue += rep.value;
        for (qsizetype i = 0; i < measures.size(); ++i) {
            // A rep without a figure has none of it; satisfaction without ratings stays empty.
            Value v = byRep.at(i).value(rep.memberId);
            if (!byRep.at(i).contains(rep.memberId))
                v = Metrics::type(measures.at(i)) == ValueType::Average
                        ? Value::average(0, 0)
                        : Value{Metrics::type(measures.at(i)), 0, 1, false};
            cells << cell(v);
            totals[i] += v;
        }
        Filter one = filter;
        one.members = {rep.memberId};
        const Attainment a = m_engine.attainment(Measure::Revenue, period, one);
        cells << (a.hasTarget() ? QVariant(a.target) : QVariant())
              << (a.hasTarget() ? cell(a.attainment) : QVariant());
        t.rows << cells;
    }
    t.charts << ReportChart{ReportChart::Kind::Bar,
                            tr("Revenue by rep"),
                            u"rep"_s,
                            {u"revenue_fen"_s},
                            std::min<qsizetype>(t.rows.size(), 20)};
    QList<QVariant> total{tr("Total"), QString(), QString(), cell(revenue)};
    for (const Value &v : std::as_const(totals))
        total << cell(v);
    total << QVariant() << QVariant();
    t.rows << total;
    r.sections << t;
    return r;
}

std::optional<Report> Reports::customers(const Period &period, const Filter &filter, QString *error)
{
    if (!m_db) {
        *error = tr("The customer list needs the database.");
        return std::nullopt;
    }
    if (filter.teamId || filter.members.size() > 1 || filter.regions.size() > 1 || filter.grades.size() > 1 ||
        filter.statuses.size() > 1 || !filter.channels.isEmpty() || filter.hasLineAttributes()) {
        *error = tr("The customer list is filtered by one member, region, grade or status at most.");
        return std::nullopt;
    }
    CustomerFilter which;
    which.ownerId = filter.members.value(0);
    which.region = filter.regions.value(0);
    which.grade = filter.grades.value(0);
    which.status = filter.statuses.value(0);
    CustomerRepository repository(*m_db, m_engine.scope());
    QList<CustomerValue> values = repository.values(period.from(), period.to(), which);
    if (!repository.lastError().isEmpty()) {
        *error = repository.lastError();
        return std::nullopt;
    }
    std::stable_sort(values.begin(), values.end(), [](const CustomerValue &a, const CustomerValue &b) {
        return a.revenueFen != b.revenueFen ? a.revenueFen > b.revenueFen : a.lifetimeFen > b.lifetimeFen;
    });

    Report r;
    r.kind = u"customers"_s;
    r.title = tr("Customers");
    r.period = period;
    ReportTable t;
    t.key = u"customers"_s;
    t.title = r.title;
    t.addColumn(u"customer"_s, tr("Customer"), ColumnType::Text);
    t.addColumn(u"customer_code"_s, tr("Customer code"), ColumnType::Text);
    t.addColumn(u"owner"_s, tr("Owner"), ColumnType::Text);
    t.addColumn(u"owner_code"_s, tr("Owner code"), ColumnType::Text);
    t.addColumn(u"grade"_s, tr("Grade"), ColumnType::Text);
    t.addColumn(u"status"_s, tr("Status"), ColumnType::Text);
    t.addColumn(u"status_key"_s, tr("Status key"), ColumnType::Text);
    t.addColumn(u"region"_s, tr("Region"), ColumnType::Text);
    t.addColumn(u"last_contact"_s, tr("Last contact"), ColumnType::Date);
    t.addColumn(u"orders"_s, tr("Orders in period"), ColumnType::Int);
    t.addColumn(u"revenue_fen"_s, tr("Revenue in period"), ColumnType::Fen);
    t.addColumn(u"lifetime_orders"_s, tr("Orders in all"), ColumnType::Int);
    t.addColumn(u"lifetime_value_fen"_s, tr("Lifetime value"), ColumnType::Fen);
    qint64 orders = 0, revenue = 0, lifetimeOrders = 0, lifetime = 0;
    for (const CustomerValue &v : std::as_const(values)) {
        QDateTime contact = v.lastContact;
        if (contact.isValid() && contact.timeSpec() == Qt::LocalTime)
            contact.setTimeSpec(Qt::UTC); // stored in UTC, whether it says so or not
        t.rows << QList<QVariant>{v.name,
                                  v.code,
                                  v.ownerName,
                                  v.ownerCode,
                                  v.grade,
                                  Vocabulary::label(Vocabulary::CustomerStatus, v.status),
                                  v.status,
                                  v.region,
                                  contact.isValid() ? QVariant(contact.toLocalTime().date()) : QVariant(),
                                  v.orders,
                                  v.revenueFen,
                                  v.lifetimeOrders,
                                  v.lifetimeFen};
        orders += v.orders;
        revenue += v.revenueFen;
        lifetimeOrders += v.lifetimeOrders;
        lifetime += v.lifetimeFen;
    }
    t.rows << QList<QVariant>{tr("Total"), QString(),      QString(), QString(),  QString(),
                              QString(),   QString(),      QString(), QVariant(), orders,
                              revenue,     lifetimeOrders, lifetime};
    r.sections << t;
    return r;
}

} // namespace frontline::analytics
