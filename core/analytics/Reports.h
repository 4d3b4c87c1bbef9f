// The standard reports as ReportTable models, built from the metrics engine: sales summary by
// any dimension, the ranking of reps, target attainment, the funnel and the dashboard's KPI
// figures. The CLI prints them; the export writers and the dashboard page reuse them.
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

    static QStringList kinds(); // sales, ranking, attainment, funnel, dashboard

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

private:
    MetricsEngine &m_engine;
};

} // namespace frontline::analytics
