#include "DashboardData.h"

#include "repositories/OrgRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

QList<qint64> subtreeMembers(Database &db, const AccessScope &scope, qint64 teamId)
{
    OrgRepository org(db, scope);
    QMultiHash<qint64, qint64> children;
    for (const Team &t : org.teams())
        children.insert(t.parentId, t.id);
    QSet<qint64> teams{teamId};
    QList<qint64> queue{teamId};
    while (!queue.isEmpty()) {
        const qint64 t = queue.takeFirst();
        for (auto it = children.constFind(t); it != children.cend() && it.key() == t; ++it) {
            if (!teams.contains(it.value())) {
                teams.insert(it.value());
                queue << it.value();
            }
        }
    }
    QList<qint64> members;
    for (const Member &m : org.members())
        if (teams.contains(m.teamId))
            members << m.id;
    return members;
}

} // namespace

DashboardData DashboardData::compute(Database &db, const AccessScope &scope, const Period &period,
                                     qint64 teamId, const QDate &today, const std::atomic_bool *cancel)
{
    Filter filter;
    filter.teamId = teamId;
    return compute(db, scope, period, filter, today, cancel);
}

DashboardData DashboardData::compute(Database &db, const AccessScope &scope, const Period &period,
                                     const Filter &filter, const QDate &today, const std::atomic_bool *cancel)
{
    const qint64 teamId = filter.teamId;
    QElapsedTimer timer;
    timer.start();
    DashboardData d;
    d.period = period;
    d.teamId = teamId;
    const auto stop = [&] {
        if (cancel && cancel->load()) {
            d.cancelled = true;
            return true;
        }
        return false;
    };
    MetricsEngine engine(db, scope);
    engine.setToday(today);
    // Brings the rollups up to date with the latest edits; when it cannot (a read-only file),
    // the engine answers from the base tables.
    engine.refreshRollups();
    d.filter = filter;
    if (teamId)
        d.teamMembers = subtreeMembers(db, scope, teamId);

    d.dashboard = engine.dashboard(period, filter);
    if (stop())
        return d;
    if (const KpiCard *revenue = d.dashboard.card(u"revenue"_s)) {
        d.trendPeriods = revenue->trendPeriods;
        d.revenue = revenue->trend;
    }
    QList<Period> lastYear;
    for (const Period &p : std::as_const(d.trendPeriods)) {
        lastYear << p.lastYear();
        d.targets << engine.target(Measure::Revenue, p, filter);
    }
    d.lastYear = engine.series(Measure::Revenue, lastYear, filter);
    if (stop())
        return d;
    d.byRep = engine.breakdown(Measure::Revenue, period, Dimension::Rep, filter);
    d.collectedUnavailable = MetricsEngine::unsupportedReason(Measure::Collected, filter);
    if (d.collectedUnavailable.isEmpty())
        d.collectedByRep = engine.breakdown(Measure::Collected, period, Dimension::Rep, filter);
    d.byChannel = engine.breakdown(Measure::Revenue, period, Dimension::Channel, filter);
    d.byRegion = engine.breakdown(Measure::Revenue, period, Dimension::Region, filter);
    if (stop())
        return d;
    // Opportunities have no channel: no funnel rather than one that ignores the filter.
    d.funnelUnavailable = MetricsEngine::unsupportedReason(Measure::Opportunities, filter);
    if (d.funnelUnavailable.isEmpty())
        d.funnel = engine.funnel(period, filter);
    if (!engine.lastError().isEmpty())
        d.error = engine.lastError();
    d.elapsedMs = timer.elapsed();
    return d;
}

} // namespace frontline
