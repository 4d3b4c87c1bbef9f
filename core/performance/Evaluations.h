// Evaluations: running one computes every member's indicators (through the metrics engine, in
// the caller's scope) and score (Scoring, with the member's role's scorecard) and FREEZES them:
// values, targets, rules, weights and the data version are copied into the evaluation tables,
// so later edits to orders never move a result. Running again makes a new version and keeps the
// old ones (a draft's adjustments are carried over with their reasons). A manager adds
// adjustments or comments with a reason to a draft; publishing marks a version published (it is
// then read-only, visible to the team, and honours are awarded by their rules).
//
// Visibility: admins and support see every line; a manager the lines of their subtree; a rep
// only published versions, and only their own line (the published ranking of their team comes
// from Rankings). The explanation of each line is derived from the frozen numbers when read,
// line by line, in the reader's language.
#pragma once

#include "Scoring.h"
#include "analytics/Period.h"
#include "repositories/Repository.h"
#include "training/DevelopmentPlans.h"

#include <QDateTime>

#include <optional>

namespace frontline::performance {

struct EvaluationInfo
{
    qint64 id = 0;
    QString uuid;
    analytics::Period period;
    qint64 teamId = 0; // 0: the whole company
    QString teamName;
    int version = 0;
    bool published = false;
    QString dataVersion;
    QDateTime computedAt;
    QString computedBy;
    QDateTime publishedAt;
    QString publishedBy;

    QString statusKey() const; // draft, published
};

struct IndicatorResult
{
    Indicator indicator; // the rule as it was (weight, direction, cap, steps)
    analytics::Value value;
    std::optional<qint64> target; // thousandths of the unit
    IndicatorScore score;
    qint64 contribution = 0; // hundredths this indicator adds to the composite
};

struct Adjustment
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 points = 0; // hundredths; 0 for a comment
    QString reason;
    QString author;
    QDateTime createdAt;
};

// What the honour rules read beyond the indicators, frozen when the evaluation is run, so that
// the honours given at publishing agree with the snapshot (see Honours).
struct HonourFacts
{
    bool frozen = false; // false: a line frozen before the facts were (nothing below is known)
    qint64 visits = 0;
    qint64 newCustomers = 0;
    std::optional<qint64> revenueTargetFen;
    QDate targetReachedOn; // the first day running revenue met the target; invalid: not met
    int targetStreak = 0;  // months on revenue target up to this one (months only)
};

struct EvaluationLine
{
    qint64 memberId = 0;
    QString code;
    QString name;
    QString teamName;
    Role role = Role::Rep;
    QString scorecardName;
    QList<IndicatorResult> indicators;
    qint64 computedScore = 0; // hundredths, before adjustments
    qint64 adjustment = 0;    // Σ adjustments
    qint64 score = 0;         // final, 0–10000
    int rank = 0;             // among the lines of the snapshot (1, 2, 2, 4)
    QList<Adjustment> adjustments;
    QStringList explanation; // how the score was computed, line by line
    HonourFacts facts;
};

struct Snapshot
{
    EvaluationInfo info;
    QList<EvaluationLine> lines; // by rank, then code
    // Whether scoring the frozen numbers again gives the stored scores (always, unless the rules
    // of the program changed since).
    bool reproducible = true;
    const EvaluationLine *line(qint64 memberId) const;
};

class Evaluations : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Evaluations)
public:
    using Repository::Repository;

    // Computes and freezes a new version for the period and team (0: a manager's own team, an
    // admin's whole company). nullopt with lastError() when not allowed or nothing to evaluate.
    std::optional<EvaluationInfo> run(const analytics::Period &period, qint64 teamId = 0);
    // Versions of the period (of the team when teamId ≥ 0; 0 is the company), newest first.
    QList<EvaluationInfo> versions(const analytics::Period &period, qint64 teamId = -1);
    std::optional<EvaluationInfo> info(qint64 evaluationId);
    // The version to show: the given number, else the newest (published only for reps).
    std::optional<EvaluationInfo> find(const analytics::Period &period, qint64 teamId, int version = 0);
    // The newest published version for the team, else for the nearest team above it (0: the
    // company's).
    std::optional<EvaluationInfo> latestPublished(const analytics::Period &period, qint64 teamId);
    std::optional<Snapshot> snapshot(qint64 evaluationId);
    // Adds an adjustment (points in hundredths, −10000…10000; 0: a comment) to a draft.
    SaveResult adjust(qint64 evaluationId, qint64 memberId, qint64 points, const QString &reason);
    // Publishes a draft and awards the honours of the rules (see Honours).
    bool publish(qint64 evaluationId);

    // Development plans are reviewed in evaluations. The member's plan as it stands, shown beside
    // their line (nullopt: none, or the member is not in the scope's view of the evaluation).
    std::optional<DevelopmentPlan> developmentPlan(qint64 memberId);
    // The plan explained for people, for the line view: path and status with the milestones done,
    // each goal, each milestone with its status (overdue said so on today), and the reviews of
    // the evaluation's period, those written on this version said so.
    static QStringList planLines(const DevelopmentPlan &plan, const EvaluationInfo &evaluation,
                                 const QDate &today = QDate::currentDate());
    // Records a review of the member's plan written on this evaluation version (its period,
    // uuid and version go with it). The member must have a line in it; the reviewer must be
    // allowed to edit the member's plan and not be the member (DevelopmentPlans::addReview).
    SaveResult reviewPlan(qint64 evaluationId, qint64 memberId, const QString &comment,
                          const QDate &reviewedOn = QDate::currentDate());

    // The state of the data an evaluation reads: the newest change stamp of the tables involved.
    QString dataVersion();

private:
    bool canRun() const;
    bool lineVisible(qint64 memberId) const;
    QList<EvaluationInfo> readInfos(const QString &where, const QVariantList &binds);
};

} // namespace frontline::performance
