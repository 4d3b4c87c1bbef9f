// DashboardData is everything the dashboard page shows for one period and team, computed in one
// go by the metrics engine — off the UI thread, on the worker's own connection — so that the
// page only draws: the KPI cards, the revenue trend with its targets and last year's figures, the
// breakdowns by rep, channel and region, and the funnel.
#pragma once

#include "analytics/MetricsEngine.h"

#include <QDate>

#include <atomic>
#include <optional>

namespace frontline {

class Database;

struct DashboardData
{
    analytics::Period period;
    qint64 teamId = 0;         // 0: the whole scope
    analytics::Filter filter;  // team, region and channel chosen
    QList<qint64> teamMembers; // the team's subtree (drill-down filters); empty with no team
    analytics::Dashboard dashboard;
    QList<analytics::Period> trendPeriods; // oldest first, ending with the period
    QList<analytics::Value> revenue;       // for each trend period
    QList<analytics::Value> lastYear;      // the same periods a year earlier
    QList<std::optional<qint64>> targets;  // the revenue target of each trend period, if any
    analytics::Breakdown byRep;
    analytics::Breakdown collectedByRep; // collected payments (回款) by rep: the rep chart's other measure
    QString collectedUnavailable;        // why the filter gives no collected figures (a channel)
    analytics::Breakdown byChannel;
    analytics::Breakdown byRegion;
    analytics::Funnel funnel;
    QString funnelUnavailable; // why the filter gives no funnel (a channel)
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString error;

    // Computes it all for scope. Returns early (cancelled set) when cancel turns true.
    static DashboardData compute(Database &db, const AccessScope &scope, const analytics::Period &period,
                                 qint64 teamId, const QDate &today, const std::atomic_bool *cancel = nullptr);
    // The same with regions and channels too (filter.teamId is the team).
    static DashboardData compute(Database &db, const AccessScope &scope, const analytics::Period &period,
                                 const analytics::Filter &filter, const QDate &today,
                                 const std::atomic_bool *cancel = nullptr);
};

} // namespace frontline
