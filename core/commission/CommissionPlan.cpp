#include "CommissionPlan.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::commission {

using analytics::Period;

QString rateModeKey(RateMode mode)
{
    return mode == RateMode::Marginal ? u"marginal"_s : u"tier"_s;
}

std::optional<RateMode> rateModeFromKey(const QString &key)
{
    if (key == u"tier"_s)
        return RateMode::WholeAtTier;
    if (key == u"marginal"_s)
        return RateMode::Marginal;
    return std::nullopt;
}

QString Plan::modeLabel(RateMode mode)
{
    return mode == RateMode::Marginal ? tr("Marginal brackets") : tr("Whole amount at the tier reached");
}

bool Plan::appliesTo(const Period &period) const
{
    const QDate day = period.from();
    return validFrom.isValid() && day >= validFrom && (!validTo.isValid() || day <= validTo);
}

bool Plan::needsTarget() const
{
    if (floorBp > 0)
        return true;
    return std::any_of(tiers.cbegin(), tiers.cend(), [](const Tier &t) { return t.fromBp > 0; });
}

QList<FieldError> Plan::validate() const
{
    QList<FieldError> errors;
    if (name.trimmed().isEmpty())
        errors << FieldError{u"name"_s, tr("Give the plan a name.")};
    if (role.has_value() == (memberId != 0 || !memberCode.isEmpty()))
        errors << FieldError{u"subject"_s, tr("A plan is for either a role or one member.")};
    if (!validFrom.isValid())
        errors << FieldError{u"valid_from"_s, tr("Enter the first period the plan is valid for.")};
    if (validTo.isValid() && validFrom.isValid() && validTo < validFrom)
        errors << FieldError{u"valid_to"_s, tr("The plan ends before it starts.")};
    if (tiers.isEmpty())
        errors << FieldError{u"tiers"_s, tr("Enter at least one tier (level and rate).")};
    QSet<qint64> levels;
    for (const Tier &t : tiers) {
        if (t.fromBp < 0 || t.rateBp < 0) {
            errors << FieldError{u"tiers"_s, tr("Levels and rates cannot be negative.")};
            break;
        }
        if (levels.contains(t.fromBp)) {
            errors << FieldError{u"tiers"_s, tr("Two tiers start at the same level (%1 bp).").arg(t.fromBp)};
            break;
        }
        levels.insert(t.fromBp);
    }
    if (capFen && *capFen < 0)
        errors << FieldError{u"cap"_s, tr("The cap cannot be negative.")};
    if (floorBp < 0)
        errors << FieldError{u"floor"_s, tr("The floor cannot be negative.")};
    QSet<QString> categories;
    for (const CategoryRate &c : categoryRates) {
        if (c.category.trimmed().isEmpty() || c.rateBp < 0 || categories.contains(c.category)) {
            errors << FieldError{
                u"categories"_s,
                tr("Each category rate needs a category named once and a rate of 0 or more.")};
            break;
        }
        categories.insert(c.category);
    }
    return errors;
}

namespace {

// An integer from JSON: a number without a fraction.
std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    const qint64 i = v.toInteger();
    if (double(i) != d)
        return std::nullopt;
    return i;
}

} // namespace

std::optional<Plan> Plan::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Plan>();
    };
    static const QSet<QString> known = {u"name"_s,     u"role"_s,       u"member"_s, u"from"_s,
                                        u"to"_s,       u"mode"_s,       u"tiers"_s,  u"cap_fen"_s,
                                        u"floor_bp"_s, u"categories"_s, u"notes"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("Unknown plan field \"%1\".").arg(it.key()));
    }
    Plan plan;
    plan.name = json.value(u"name"_s).toString();
    if (json.contains(u"role"_s)) {
        plan.role = roleFromKey(json.value(u"role"_s).toString());
        if (!plan.role)
            return fail(tr("Unknown role \"%1\": use admin, manager, rep or support.")
                            .arg(json.value(u"role"_s).toString()));
    }
    plan.memberCode = json.value(u"member"_s).toString();
    QString periodError;
    if (json.contains(u"from"_s)) {
        const std::optional<Period> from = Period::parse(json.value(u"from"_s).toString(), &periodError);
        if (!from)
            return fail(periodError);
        plan.validFrom = from->from();
    }
    if (json.contains(u"to"_s) && !json.value(u"to"_s).isNull()) {
        const std::optional<Period> to = Period::parse(json.value(u"to"_s).toString(), &periodError);
        if (!to)
            return fail(periodError);
        plan.validTo = to->to();
    }
    const std::optional<RateMode> mode = rateModeFromKey(json.value(u"mode"_s).toString(u"tier"_s));
    if (!mode)
        return fail(tr("Unknown mode \"%1\": use tier or marginal.").arg(json.value(u"mode"_s).toString()));
    plan.mode = *mode;
    for (const QJsonValue &v : json.value(u"tiers"_s).toArray()) {
        const std::optional<qint64> from = integer(v.toObject().value(u"from_bp"_s));
        const std::optional<qint64> rate = integer(v.toObject().value(u"rate_bp"_s));
        if (!from || !rate)
            return fail(tr("Each tier needs whole numbers from_bp and rate_bp."));
        plan.tiers << Tier{*from, *rate};
    }
    std::sort(plan.tiers.begin(), plan.tiers.end(),
              [](const Tier &a, const Tier &b) { return a.fromBp < b.fromBp; });
    if (json.contains(u"cap_fen"_s) && !json.value(u"cap_fen"_s).isNull()) {
        plan.capFen = integer(json.value(u"cap_fen"_s));
        if (!plan.capFen)
            return fail(tr("cap_fen must be a whole number of fen."));
    }
    if (json.contains(u"floor_bp"_s)) {
        const std::optional<qint64> floor = integer(json.value(u"floor_bp"_s));
        if (!floor)
            return fail(tr("floor_bp must be a whole number of basis points."));
        plan.floorBp = *floor;
    }
    for (const QJsonValue &v : json.value(u"categories"_s).toArray()) {
        const std::optional<qint64> rate = integer(v.toObject().value(u"rate_bp"_s));
        if (!rate)
            return fail(tr("Each category rate needs a category and a whole number rate_bp."));
        plan.categoryRates << CategoryRate{v.toObject().value(u"category"_s).toString(), *rate};
    }
    plan.notes = json.value(u"notes"_s).toString();
    return plan;
}

QJsonObject Plan::toJson() const
{
    QJsonArray tierArray, categoryArray;
    for (const Tier &t : tiers)
        tierArray.append(QJsonObject{
            {u"from_bp"_s, t.fromBp}, {u"rate_bp"_s, t.rateBp}, {u"accelerator"_s, t.isAccelerator()}});
    for (const CategoryRate &c : categoryRates)
        categoryArray.append(QJsonObject{{u"category"_s, c.category}, {u"rate_bp"_s, c.rateBp}});
    QJsonObject o{
        {u"id"_s, id},
        {u"uuid"_s, uuid},
        {u"name"_s, name},
        {u"role"_s, role ? QJsonValue(roleKey(*role)) : QJsonValue()},
        {u"member"_s, memberCode.isEmpty() ? QJsonValue() : QJsonValue(memberCode)},
        {u"member_name"_s, memberName.isEmpty() ? QJsonValue() : QJsonValue(memberName)},
        {u"valid_from"_s, validFrom.toString(Qt::ISODate)},
        {u"valid_to"_s, validTo.isValid() ? QJsonValue(validTo.toString(Qt::ISODate)) : QJsonValue()},
        {u"mode"_s, rateModeKey(mode)},
        {u"tiers"_s, tierArray},
        {u"cap_fen"_s, capFen ? QJsonValue(*capFen) : QJsonValue()},
        {u"floor_bp"_s, floorBp},
        {u"categories"_s, categoryArray},
        {u"notes"_s, notes.isEmpty() ? QJsonValue() : QJsonValue(notes)},
    };
    return o;
}

QJsonObject Adjustment::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, uuid},
        {u"member"_s, memberCode},
        {u"member_name"_s, memberName},
        {u"period"_s, period.key()},
        {u"amount_fen"_s, amountFen},
        {u"reason"_s, reason},
        {u"created_by"_s, createdByName.isEmpty() ? QJsonValue() : QJsonValue(createdByName)},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace frontline::commission
