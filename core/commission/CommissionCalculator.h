// CommissionCalculator turns a plan, a base (revenue in fen), a target and the base's split by
// product category into the commission, line by line, with the words that explain each line.
// Pure arithmetic on integers, no database: the statements, the simulation and the tests all go
// through compute().
//
// The rules, in order:
//  1. Attainment = base / target. A plan whose tiers start above 0% or that has a floor needs a
//     target: without one (or with a target of 0) nothing is paid.
//  2. Floor: when base × 10000 < target × floor_bp nothing is paid (category revenue neither).
//  3. The tier reached is the highest tier whose level L satisfies base × 10000 ≥ target × L,
//     compared exactly, so a base exactly at a threshold reaches that tier.
//  4. Revenue of a category with its own rate is paid at that flat rate (it counts towards
//     attainment). These parts fill the base from the bottom; the rest of the base is the top
//     slice, from the categories' sum up to the base, and goes through the rate table:
//       whole amount at the tier reached: the rest × the rate of the tier reached;
//       marginal brackets: tier i covers the base from T(i) to T(i+1), with
//       T(L) = target × L / 10000 rounded UP to the whole fen (so "base ≥ T(L)" is exactly rule
//       3); each bracket's slice of the rest × that bracket's rate.
//  5. Rounding, the one rule for money: each line's amount = slice × rate_bp / 10000 rounded
//     half up to the fen, once, at the end of that line. Nothing is rounded before (slices and
//     thresholds are whole fen) and nothing after (the lines are added up exactly).
//  6. Cap: when the lines add up to more than the cap, a cap line takes off the difference.
// Adjustments (bonuses, deductions) are not part of this: Commissions adds them after the cap.
#pragma once

#include "CommissionPlan.h"

#include <QMap>

namespace frontline::commission {

struct CommissionLine
{
    enum class Kind
    {
        Rate,     // the rate table: the tier reached, or one marginal bracket
        Category, // a category with its own rate
        Floor,    // attainment below the floor: nothing paid
        NoTarget, // the plan needs a target and there is none
        NoTier,   // below the first tier: the rate table pays nothing
        Cap,      // the cap takes off what is above it (amount ≤ 0)
    };
    Kind kind = Kind::Rate;
    QString category;      // Category lines
    qint64 fromFen = 0;    // the slice of the base paid on: [fromFen, toFen)
    qint64 toFen = 0;      //
    qint64 tierFromBp = 0; // Rate lines: the tier's or bracket's level
    qint64 rateBp = 0;
    bool accelerator = false; // a tier at or above 100%
    qint64 amountFen = 0;     // (toFen − fromFen) × rateBp / 10000, half up; Cap: the reduction
    QString text;             // the explanation, in the current language

    qint64 sliceFen() const { return toFen - fromFen; }
    static QString kindKey(Kind kind); // rate, category, floor, no_target, no_tier, cap
};

struct Calculation
{
    qint64 baseFen = 0;
    std::optional<qint64> targetFen;
    std::optional<qint64> attainmentBp; // floor(base × 10000 / target); nullopt without a target
    int tierIndex = -1;                 // the highest tier reached; -1: none
    std::optional<Tier> tier;           // plan.tiers[tierIndex]
    QList<CommissionLine> lines;
    qint64 beforeCapFen = 0; // the lines before the cap line
    bool capped = false;
    qint64 commissionFen = 0; // Σ lines, cap included
};

class CommissionCalculator
{
    Q_DECLARE_TR_FUNCTIONS(frontline::commission::CommissionCalculator)
public:
    // categoryRevenue: the base by product category (only the plan's categories are looked at).
    static Calculation compute(const Plan &plan, qint64 baseFen, std::optional<qint64> targetFen,
                               const QMap<QString, qint64> &categoryRevenue = {});

    // fen × rateBp / 10000 rounded half up (half away from zero for negative amounts).
    static qint64 applyRate(qint64 fen, qint64 rateBp);
    // The base at which attainment reaches levelBp: target × levelBp / 10000 rounded up.
    static qint64 threshold(qint64 targetFen, qint64 levelBp);
    // floor(base × 10000 / target) in bp; nullopt without a target above 0.
    static std::optional<qint64> attainmentBp(qint64 baseFen, std::optional<qint64> targetFen);
    // 12345 → "123.45%".
    static QString percent(qint64 bp);
};

} // namespace frontline::commission
