// The value types of commissions: a plan (who it is for, when it is in force, its rate table in
// one of two modes, cap, floor and category rates) and a one-off adjustment (bonus or
// deduction). Plain data, no SQL: CommissionRepository stores them, CommissionCalculator and
// Commissions use them. Rates and attainment levels are integer basis points (300 = 3%,
// 10000 = 100% of the target); money is integer fen.
#pragma once

#include "analytics/Period.h"
#include "domain/Crm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::commission {

enum class RateMode
{
    WholeAtTier, // the whole base at the rate of the highest tier reached
    Marginal,    // each slice of the base at its own bracket's rate, like tax bands
};
QString rateModeKey(RateMode mode); // tier, marginal
std::optional<RateMode> rateModeFromKey(const QString &key);

// From this attainment level up to the next tier's, this rate. Tiers from 10000 (100%) up are
// the accelerators.
struct Tier
{
    qint64 fromBp = 0;
    qint64 rateBp = 0;
    bool isAccelerator() const { return fromBp >= 10000; }
    bool operator==(const Tier &o) const { return fromBp == o.fromBp && rateBp == o.rateBp; }
};

// Revenue in this product category is paid at this flat rate instead of the rate table.
struct CategoryRate
{
    QString category;
    qint64 rateBp = 0;
    bool operator==(const CategoryRate &o) const { return category == o.category && rateBp == o.rateBp; }
};

struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(frontline::commission::Plan)
public:
    qint64 id = 0;
    QString uuid;
    QString name;
    std::optional<Role> role; // for every member with this role, or
    qint64 memberId = 0;      // for this member (wins over the role's plan)
    QString memberCode;       // read only; fromJson() fills it for the repository to resolve
    QString memberName;       // read only
    QDate validFrom;          // in force for periods whose first day is in [validFrom, validTo]
    QDate validTo;            // invalid: open-ended
    RateMode mode = RateMode::WholeAtTier;
    QList<Tier> tiers;            // ascending by fromBp
    std::optional<qint64> capFen; // the most commission paid per statement; nullopt: no cap
    qint64 floorBp = 0;           // below this attainment nothing is paid
    QList<CategoryRate> categoryRates;
    QString notes;
    QDateTime createdAt; // UTC, read only

    // Whether the plan is in force for a period (its first day is in the validity range).
    bool appliesTo(const analytics::Period &period) const;
    // Whether computing it needs a target: some tier above 0% or a floor.
    bool needsTarget() const;
    // Problems a person can fix, by field: name, subject, valid_from, valid_to, tiers, cap, floor,
    // categories. Tiers are sorted by the caller (fromJson and the repository do).
    QList<FieldError> validate() const;

    // The plan file format, all integers in bp and fen:
    //   {"name": "…", "role": "rep" | "member": "R0001", "from": "2025-01", "to": "2025-12",
    //    "mode": "tier"|"marginal", "tiers": [{"from_bp": 0, "rate_bp": 200}, …],
    //    "cap_fen": 2000000, "floor_bp": 5000, "categories": [{"category": "…", "rate_bp": 800}],
    //    "notes": "…"}
    // "from" and "to" are anything Period::parse reads (the range is from the first day of
    // "from" to the last day of "to"). nullopt with a message when the document is malformed.
    static std::optional<Plan> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // "tier"/"marginal" in words, for people.
    static QString modeLabel(RateMode mode);
};

struct Adjustment
{
    qint64 id = 0;
    QString uuid;
    qint64 memberId = 0;
    analytics::Period period; // a month, quarter or year
    qint64 amountFen = 0;     // positive: bonus; negative: deduction
    QString reason;
    qint64 createdBy = 0;  // 0: the database owner
    QString createdByName; // read only
    QDateTime createdAt;   // UTC
    QString memberCode;    // read only
    QString memberName;    // read only

    QJsonObject toJson() const;
};

} // namespace frontline::commission
