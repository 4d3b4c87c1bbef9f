// Setting and splitting targets (the target table of the analytics schema, which the metrics
// engine reads for attainment and on-track status). A target belongs to a member or a team, for
// a month, quarter or year and any metric of the engine; values are fen for money, counts
// otherwise.
//   top-down   a team's target split among its reps evenly, by weights, or in proportion to
//              their share of the metric a year earlier (from the metrics engine)
//   bottom-up  a team's figure as the sum of its reps' targets
//   periods    a quarter or year is the sum of its months unless it has its own row; or it is
//              split into months evenly or by last year's seasonality (from the engine)
// Splits are exact: the parts add up to the whole (largest remainder, see Scoring::apportion).
// Only admins and managers (within their subtree) change targets. Reads go through the scope
// too: a rep reads only their own targets, a manager those of their team's subtree (its teams
// and members); asking for a member or team outside that is refused (lastError()), never
// answered with an empty list.
#pragma once

#include "analytics/Metric.h"
#include "repositories/Repository.h"

#include <optional>

namespace frontline::performance {

struct TargetRow
{
    qint64 id = 0;
    qint64 memberId = 0; // either a member…
    qint64 teamId = 0;   // …or a team
    QString subjectCode; // the member's code or the team's name
    QString subjectName;
    analytics::Measure measure = analytics::Measure::Revenue;
    analytics::Period period; // month, quarter or year
    qint64 value = 0;
};

struct SplitPart
{
    qint64 memberId = 0;      // split among reps
    QString code;             // member code, or the month's key (2025-02)
    QString name;             // member name, or the month for people
    analytics::Period period; // the part's period
    qint64 weight = 0;        // what the split was proportional to
    qint64 value = 0;
};

struct SplitResult
{
    qint64 total = 0;
    QString method;
    QList<SplitPart> parts;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class TargetPlanner : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::TargetPlanner)
public:
    enum class SplitMethod
    {
        Even,
        Weights,  // the weights given (team → reps)
        LastYear, // each rep's share of the metric a year earlier (team → reps)
        Seasonal  // each month's share of the subject's metric a year earlier (period → months)
    };
    static QString methodKey(SplitMethod m); // even, weights, last-year, seasonal
    static std::optional<SplitMethod> methodFromKey(const QString &key);

    using Repository::Repository;

    // Creates or replaces the target of row's member or team for its measure and period.
    SaveResult set(const TargetRow &row);
    // Tombstones the target; false (lastError()) when there is none or it is out of reach.
    bool remove(qint64 memberId, qint64 teamId, analytics::Measure measure, const analytics::Period &period);
    // Whether the scope may read the targets of the member or team (both 0: everything in scope);
    // false with lastError() saying why.
    bool mayRead(qint64 memberId, qint64 teamId) const;
    // Stored targets whose period lies within period (all periods when invalid), of the member, of
    // the team (and, with subtree, of its teams and members), of the measure when given; in scope.
    // A member or team out of scope: empty, with lastError().
    QList<TargetRow> list(const analytics::Period &period, qint64 memberId = 0, qint64 teamId = 0,
                          std::optional<analytics::Measure> measure = std::nullopt);
    // The target in force: the subject's own row, else the sum of its months (quarter) or quarters
    // (year) when none is missing. Out of scope: nullopt with lastError().
    std::optional<qint64> effective(qint64 memberId, qint64 teamId, analytics::Measure measure,
                                    const analytics::Period &period);
    // Bottom-up: the sum of the effective targets of the team's active reps (none: nullopt). Out
    // of scope: nullopt with lastError().
    std::optional<qint64> bottomUp(qint64 teamId, analytics::Measure measure,
                                   const analytics::Period &period);

    // Splits total among the active reps of the team's subtree; weights by member id for
    // SplitMethod::Weights (missing: 0). With save, each rep's target is set in one transaction.
    SplitResult splitTeam(qint64 teamId, analytics::Measure measure, const analytics::Period &period,
                          qint64 total, SplitMethod method, const QHash<qint64, qint64> &weights = {},
                          bool save = false);
    // Splits a quarter's or year's total into its months (Even or Seasonal) for a member or team.
    SplitResult splitPeriod(qint64 memberId, qint64 teamId, analytics::Measure measure,
                            const analytics::Period &period, qint64 total, SplitMethod method,
                            bool save = false);

private:
    bool canPlan(qint64 memberId, qint64 teamId) const;
    bool saveParts(const SplitResult &split, qint64 memberId, qint64 teamId, analytics::Measure measure);
};

} // namespace frontline::performance
