// KPI scorecards: each role's weighted indicators (a member's KPI set is their role's card).
// The schema ships the rep's default card: revenue attainment 40%, new customers 20%, visits
// 10%, customer satisfaction 15% (against 4.5), retention 15% (against 80%), linear, capped at
// 120%. Stored like every team record (uuid, hlc, device_id, deleted); only admins change them.
//
// A card is for a key: a role (rep, manager, support, admin) or a position on the career ladder
// of the development plans (senior_rep, team_lead) within a role. A member is scored with the
// card of their plan's current position when there is one for their role, else with their
// role's card; the sales rep's card is the default (it cannot be removed). Members of a role
// without any card are not evaluated.
#pragma once

#include "Scoring.h"
#include "repositories/Repository.h"

#include <QJsonObject>

#include <optional>

namespace frontline::performance {

struct Scorecard
{
    qint64 id = 0;
    QString uuid;
    Role role = Role::Rep;
    QString position; // a career position within the role (senior_rep, team_lead); empty: the role's card
    QString name;
    QList<Indicator> indicators; // by position

    int totalWeight() const;
    QString key() const; // the position, else the role's key
};

class Scorecards : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::performance::Scorecards)
public:
    using Repository::Repository;

    // Every key a card can be written for, in ladder order: rep, senior_rep, team_lead, manager,
    // support, admin.
    static QStringList keys();
    // The role a key belongs to (senior_rep: rep, team_lead: manager); nullopt for an unknown key.
    static std::optional<Role> roleOfKey(const QString &key);
    // "Senior sales rep", "Support", … for people.
    static QString keyLabel(const QString &key);
    // A card for the key (role and position set), with a name and no indicators.
    static Scorecard forKeyTemplate(const QString &key);
    // The card a member of role with the career position (empty: none) is scored with: the
    // position's card within the role, else the role's; nullptr when neither exists.
    static const Scorecard *resolve(const QList<Scorecard> &cards, Role role, const QString &position);

    // The card as JSON ({"key", "role", "position", "name", "total_weight", "indicators": [{"metric",
    // "weight", "direction", "rule", "cap_bp", "steps", "target_source", "fixed_target_milli"}]}) and
    // back; fromJson() fills what it can read and reports what it cannot (no validation: see
    // validate()). Keys missing from an indicator take the defaults (the member's target, higher is
    // better, linear, cap 120%).
    static QJsonObject toJson(const Scorecard &card);
    static std::optional<Scorecard> fromJson(const QJsonObject &json, QString *error);

    QList<Scorecard> all();
    std::optional<Scorecard> forRole(Role role);
    std::optional<Scorecard> forKey(const QString &key);
    // Each member's career position from their development plan (members without a plan are
    // left out). Read as the database owner: a card is chosen the same way whoever evaluates.
    QHash<qint64, QString> memberPositions();
    // The card member is scored with (see resolve()); nullopt when none.
    std::optional<Scorecard> forMember(qint64 memberId);

    // A name, at least one indicator, weights adding up to 100, no metric twice, fixed targets
    // above zero, caps of at least 100%, step thresholds above zero and ascending, points not
    // negative; a known key.
    static QList<FieldError> validate(const Scorecard &card);
    // Creates the key's card or replaces its name and indicators (the old ones are tombstoned).
    SaveResult save(const Scorecard &card);
    // Tombstones the key's card and its indicators; the sales rep's card (the default) stays.
    bool remove(const QString &key);

private:
    QList<Indicator> indicators(qint64 scorecardId);
};

} // namespace frontline::performance
