// The arithmetic of performance, free of SQL so that every rule is tested with hand-computed
// values: scoring an indicator against its target, the composite score, and exact integer
// apportioning (a target split so that the parts add up to the whole).
//
// Units, all integers so a result never depends on floating point:
//   achievement  basis points, 10000 = 100%, rounded half up
//   score        hundredths of a point, 10000 = 100.00
//   weight       whole percent
//   target       thousandths of the metric's unit (fen × 1000 for money, a ratio as a fraction:
//                800 = 80%, satisfaction 4500 = 4.5)
//
// Rules:
//   higher is better  achievement = value / target
//   lower is better   achievement = 2 − value / target (on target: 100%; twice the target: 0)
//   linear            indicator score = achievement, at most the cap (12000 bp: 120.00 points)
//   steps             indicator score = the points of the highest step whose threshold the
//                     achievement reaches (a threshold exactly met counts), 0 below the first
//   composite         Σ weight × indicator score / Σ weight over the scored indicators (an
//                     indicator without a value or a target is left out and the weights of the
//                     others re-scaled), half up, then adjustments added, within 0–100.
#pragma once

#include "analytics/Metric.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::performance {

enum class Direction
{
    HigherBetter,
    LowerBetter
};

enum class ScoreRule
{
    Linear,
    Steps
};

enum class TargetSource
{
    Target, // the member's target for the metric (target table)
    Fixed   // the indicator's own fixed target
};

struct Step
{
    qint64 thresholdBp = 0;
    qint64 points = 0; // whole points
    bool operator==(const Step &o) const { return thresholdBp == o.thresholdBp && points == o.points; }
};

// One weighted indicator of a scorecard.
struct Indicator
{
    qint64 id = 0;
    int position = 0;
    analytics::Measure measure = analytics::Measure::Revenue;
    TargetSource targetSource = TargetSource::Target;
    qint64 fixedTarget = 0; // thousandths of the unit (TargetSource::Fixed)
    Direction direction = Direction::HigherBetter;
    ScoreRule rule = ScoreRule::Linear;
    qint64 capBp = 12000;
    QList<Step> steps; // ascending thresholds (ScoreRule::Steps)
    int weight = 0;    // percent

    QString label() const; // "Revenue attainment", "Visits", …
};

// How one indicator scored, with the words that explain it.
struct IndicatorScore
{
    bool scored = false;
    qint64 achievementBp = 0;
    qint64 score = 0;    // hundredths
    QString explanation; // one line for people
};

class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Scoring)
public:
    static QString directionKey(Direction d); // higher, lower
    static std::optional<Direction> directionFromKey(const QString &key);
    static QString ruleKey(ScoreRule r); // linear, steps
    static std::optional<ScoreRule> ruleFromKey(const QString &key);
    static QString targetSourceKey(TargetSource s); // target, fixed
    static std::optional<TargetSource> targetSourceFromKey(const QString &key);
    // "8000:60,10000:100" ↔ steps; nullopt when malformed or not ascending.
    static std::optional<QList<Step>> parseSteps(const QString &text);
    static QString stepsText(const QList<Step> &steps);

    // value / target in basis points, half up; value = num / den, target in thousandths.
    // nullopt when the value is undefined or the target is not positive.
    static std::optional<qint64> ratioBp(const analytics::Value &value, qint64 targetMilli);
    // The indicator's achievement and score for a value against a target (thousandths; nullopt:
    // none).
    static IndicatorScore score(const Indicator &indicator, const analytics::Value &value,
                                std::optional<qint64> targetMilli);
    // Σ weight × score / Σ weight (half up) over the scored parts; 0 when none is scored.
    static qint64 composite(const QList<QPair<int, IndicatorScore>> &weighted);
    // computed + adjustments, kept within 0–10000.
    static qint64 adjusted(qint64 computed, qint64 adjustments);

    // A value in thousandths of its unit (what fixed targets are written in), exact or rounded
    // half up: 4.25 satisfaction → 4250; 12 visits → 12000; a ratio 3/4 → 750.
    static qint64 toMilli(const analytics::Value &value);
    // "12.34" for 1234 hundredths; "-0.50".
    static QString pointsText(qint64 hundredths);
    // "95.5%" for 9550 bp.
    static QString percentText(qint64 bp);
    // Parses "12.5", "-3", "0.25" into hundredths.
    static std::optional<qint64> parsePoints(const QString &text);
    // A percentage as people write it ("120", "120%", "99.5%") in basis points; nullopt when
    // malformed or negative.
    static std::optional<qint64> parsePercent(const QString &text);
    // A fixed target as people write it in the metric's unit, back to thousandths (the inverse of
    // targetText()): "¥1,000.00" or "1000" for money, "80%" or "0.8" for a ratio, "4.5" or "12"
    // otherwise (at most three decimals). nullopt when malformed or negative.
    static std::optional<qint64> parseTarget(analytics::Measure measure, const QString &text);
    // How a target in thousandths reads for people, in the metric's unit: "¥1,000.00", "80%",
    // "4.5", "12".
    static QString targetText(analytics::Measure measure, qint64 targetMilli);

    // round(a × b / c) for a, b ≥ 0 and c > 0, half up, exact for any 64-bit inputs (the product
    // is kept in 128 bits); remainder (a × b mod c) through remainder when wanted.
    static qint64 mulDiv(qint64 a, qint64 b, qint64 c, bool roundHalfUp = true, qint64 *remainder = nullptr);

    // Splits total into parts proportional to weights (all ≥ 0) so that the parts add up to total
    // exactly: each part gets floor(total × w / W), and the units left over go one each to the
    // parts with the largest remainders (earlier parts first on equal remainders). All weights
    // zero: an even split. total may be negative (the parts of −total, negated).
    static QList<qint64> apportion(qint64 total, const QList<qint64> &weights);
};

} // namespace frontline::performance
