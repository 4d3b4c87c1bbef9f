// Commission plans and adjustments in the database, for an access scope.
//   Plans: everyone reads the role plans and the member plans of the members they see; only an
//   administrator adds or removes plans. Plans are not edited: a new plan that starts later
//   takes over from the day it starts (see planFor), and a removed plan is tombstoned.
//   Adjustments: read with the member's statement; added by an administrator, or by a manager
//   for the members of their team subtree other than themselves. Never edited: a mistake is
//   undone by a reversing entry, so the trail stays complete.
#pragma once

#include "CommissionPlan.h"
#include "repositories/Repository.h"

namespace frontline::commission {

class CommissionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::commission::CommissionRepository)
public:
    using Repository::Repository;

    bool canManagePlans() const;
    // Whether this scope may add adjustments to the member's statements.
    bool canAdjust(qint64 memberId) const;

    // Every live plan the scope may read: newest first.
    QList<Plan> plans();
    std::optional<Plan> plan(qint64 id);
    // Validates (Plan::validate, the member's code, no other plan for the same subject starting
    // on the same day) and inserts the plan with its tiers and category rates in one transaction.
    SaveResult addPlan(Plan plan);
    // Tombstones the plan with its tiers and category rates.
    bool removePlan(qint64 id);

    // The plan in force for a member with this role on the period's first day: among the plans
    // whose validity contains that day, a plan for the member wins over the role's, and of those
    // the one that starts latest. nullopt when none is.
    std::optional<Plan> planFor(qint64 memberId, Role role, const analytics::Period &period);

    // The adjustments of a member whose period lies within the given period, oldest first.
    QList<Adjustment> adjustments(qint64 memberId, const analytics::Period &period);
    SaveResult addAdjustment(Adjustment adjustment);

private:
    QList<Plan> load(const QString &where, const QVariantList &binds);
    bool sees(qint64 memberId) const;
};

} // namespace frontline::commission
