// The standard reports as ReportTable models, built from the metrics engine: sales summary by
// any dimension, the ranking of reps, target attainment, the funnel, the dashboard's KPI
// figures, each rep's performance and the customer list with its value (the one report that
// reads the customers themselves, through a CustomerRepository in the engine's scope). The CLI prints them;
// the export writers and the dashboard page reuse them.
#pragma once

#include "MetricsEngine.h"
#include "ReportTable.h"

#include <QCoreApplication>

#include <optional>

namespace frontline::analytics {

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::Reports)
public:
    explicit Reports(MetricsEngine &engine) : m_engine(engine) {}
    // db: for the customer list (the engine's figures need no more).
    Reports(MetricsEngine &engine, Database &db) : m_engine(engine), m_db(&db) {}

    // sales, ranking, attainment, funnel, dashboard, rep-performance, customers
    static QStringList kinds();

    // by: the grouping of sales (default rep) and attainment (rep or team); measure: what
    // sales ranks and attainment measures (default revenue).
    std::optional<Report> build(const QString &kind, const Period &period, Dimension by, Measure measure,
                                const Filter &filter, QString *error);

    // Revenue, orders, average order value, quantity and share of revenue per group.
    Report sales(const Period &period, Dimension by, const Filter &filter);
    // Every rep: rank (ties share), rep, code, team, the measure (revenue_fen by default), orders.
    Report ranking(const Period &period, Measure measure, const Filter &filter);
    Report attainment(const Period &period, Dimension by, Measure measure, const Filter &filter);
    Report funnel(const Period &period, const Filter &filter);
    Report dashboard(const Period &period, const Filter &filter);
    // The same from figures already computed (the dashboard page's, for its PDF).
    static Report dashboard(const Period &period, const Dashboard &dashboard);
    // The dashboard's extras for a workbook: the revenue target of each trend period as a
    // column of the trend (drawn as a second line), and revenue by rep (rank, rep, revenue,
    // share) with its bars. The GUI's dashboard export adds them from the figures it has.
    static void addTrendTargets(Report &dashboard, const QList<std::optional<qint64>> &targets);
    static ReportTable revenueByRep(const Breakdown &byRep);
    // Every rep of the scope (and filter): revenue, orders, new customers, visits, average
    // satisfaction, open and weighted pipeline, the revenue target and its attainment when the
    // rep has one; the total last.
    Report repPerformance(const Period &period, const Filter &filter);
    // The customers the scope sees (by the filter's single member, region, grade and status):
    // owner, grade, status, last contact, orders and revenue in the period, lifetime value;
    // by revenue in the period, then lifetime value. nullopt when no database was given.
    std::optional<Report> customers(const Period &period, const Filter &filter, QString *error);

private:
    MetricsEngine &m_engine;
    Database *m_db = nullptr;
};

} // namespace frontline::analytics
