// Targets as the engine reads them (the performance issue owns editing and splitting them), and
// attainment: actual against target, with the on-track status from linear expected progress
// through the period — on track when actual ≥ expected to date, off track when 10% or more
// behind expected, at risk in between.
#pragma once

#include "Metric.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace frontline::analytics {

enum class TrackStatus
{
    NoTarget,
    OnTrack,
    AtRisk,
    OffTrack
};

struct Attainment
{
    TrackStatus status = TrackStatus::NoTarget;
    qint64 target = 0; // fen for money, else a count
    Value actual;
    Value attainment;    // actual / target (ratio)
    qint64 expected = 0; // target × elapsed days / period days, half up
    qint64 elapsedDays = 0;
    qint64 periodDays = 0;

    bool hasTarget() const { return status != TrackStatus::NoTarget; }
    static QString statusKey(TrackStatus status); // no_target, on_track, at_risk, off_track
    static QString statusLabel(TrackStatus status);
};

class Targets
{
    Q_DECLARE_TR_FUNCTIONS(frontline::analytics::Targets)
public:
    // Reads are cached for the life of the object: make one per question, not one per session.
    explicit Targets(const QSqlDatabase &db) : m_db(db) {}

    // A member's target for a month, quarter or year: its own row, else (quarter, year) the sum
    // of its parts when every part has one. Weeks, days and custom ranges have none.
    std::optional<qint64> forMember(Measure measure, const Period &period, qint64 memberId) const;
    // A team's: its own row, else the sum of the targets of the members of its subtree
    // (bottom-up), when at least one has one.
    std::optional<qint64> forTeam(Measure measure, const Period &period, qint64 teamId,
                                  const QList<qint64> &subtreeMembers) const;

    // Attainment of actual against target as of asOf (periods already over count in full).
    static Attainment evaluate(const Value &actual, std::optional<qint64> target, const Period &period,
                               const QDate &asOf);

private:
    std::optional<qint64> row(const QString &column, qint64 id, Measure measure, const Period &period) const;
    std::optional<qint64> resolve(const QString &column, qint64 id, Measure measure,
                                  const Period &period) const;

    QSqlDatabase m_db;
    // Rows read so far: "metric|kind|start" → "member_id:ID" / "team_id:ID" → value.
    mutable QHash<QString, QHash<QString, qint64>> m_rows;
};

} // namespace frontline::analytics
