// KPI scorecards: each role's weighted indicators (a member's KPI set is their role's card).
// The schema ships the rep's default card: revenue attainment 40%, new customers 20%, visits
// 10%, customer satisfaction 15% (against 4.5), retention 15% (against 80%), linear, capped at
// 120%. Stored like every team record (uuid, hlc, device_id, deleted); only admins change them.
#pragma once

#include "Scoring.h"
#include "repositories/Repository.h"

#include <optional>

namespace frontline::performance {

struct Scorecard
{
    qint64 id = 0;
    QString uuid;
    Role role = Role::Rep;
    QString name;
    QList<Indicator> indicators; // by position

    int totalWeight() const;
};

class Scorecards : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Scorecards)
public:
    using Repository::Repository;

    QList<Scorecard> all();
    std::optional<Scorecard> forRole(Role role);
    // Weights add up to 100, fixed targets are positive, steps ascend, caps are at least 100%.
    static QList<FieldError> validate(const Scorecard &card);
    // Creates the role's card or replaces its indicators (the old ones are tombstoned).
    SaveResult save(const Scorecard &card);

private:
    QList<Indicator> indicators(qint64 scorecardId);
};

} // namespace frontline::performance
