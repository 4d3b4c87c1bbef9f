#include "Scorecards.h"

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Metrics;

int Scorecard::totalWeight() const
{
    int sum = 0;
    for (const Indicator &i : indicators)
        sum += i.weight;
    return sum;
}

QList<Indicator> Scorecards::indicators(qint64 scorecardId)
{
    QList<Indicator> result;
    QSqlQuery q = query();
    q.prepare(
        u"SELECT id, position, metric, target_source, coalesce(fixed_target, 0), direction, rule, cap_bp, "
        u"steps, weight FROM scorecard_indicator WHERE scorecard_id = ? AND deleted = 0 ORDER BY position"_s);
    q.addBindValue(scorecardId);
    if (!exec(q))
        return result;
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.position = q.value(1).toInt();
        const std::optional<analytics::Measure> m = Metrics::measureFromKey(q.value(2).toString());
        if (!m)
            continue;
        i.measure = *m;
        i.targetSource = Scoring::targetSourceFromKey(q.value(3).toString()).value_or(TargetSource::Target);
        i.fixedTarget = q.value(4).toLongLong();
        i.direction = Scoring::directionFromKey(q.value(5).toString()).value_or(Direction::HigherBetter);
        i.rule = Scoring::ruleFromKey(q.value(6).toString()).value_or(ScoreRule::Linear);
        i.capBp = q.value(7).toLongLong();
        i.steps = Scoring::parseSteps(q.value(8).toString()).value_or(QList<Step>());
        i.weight = q.value(9).toInt();
        result << i;
    }
    return result;
}

QList<Scorecard> Scorecards::all()
{
    QList<Scorecard> cards;
    QSqlQuery q = query();
    if (!q.exec(u"SELECT id, uuid, role, name FROM scorecard WHERE deleted = 0 ORDER BY role, id"_s))
        return cards;
    while (q.next()) {
        Scorecard c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.role = roleFromKey(q.value(2).toString()).value_or(Role::Rep);
        c.name = q.value(3).toString();
        cards << c;
    }
    for (Scorecard &c : cards)
        c.indicators = indicators(c.id);
    return cards;
}

std::optional<Scorecard> Scorecards::forRole(Role role)
{
    for (const Scorecard &c : all()) {
        if (c.role == role)
            return c;
    }
    return std::nullopt;
}

QList<FieldError> Scorecards::validate(const Scorecard &card)
{
    QList<FieldError> errors;
    if (card.name.trimmed().isEmpty())
        errors << FieldError{u"name"_s, tr("Enter the scorecard's name.")};
    if (card.indicators.isEmpty())
        errors << FieldError{u"indicators"_s, tr("A scorecard needs at least one indicator.")};
    else if (card.totalWeight() != 100)
        errors << FieldError{u"weight"_s, tr("The weights add up to %1%, not 100%.").arg(card.totalWeight())};
    for (const Indicator &i : card.indicators) {
        if (i.weight < 0)
            errors << FieldError{u"weight"_s, tr("%1: a weight cannot be negative.").arg(i.label())};
        if (i.targetSource == TargetSource::Fixed && i.fixedTarget <= 0)
            errors << FieldError{u"target"_s, tr("%1: a fixed target must be above zero.").arg(i.label())};
        if (i.rule == ScoreRule::Linear && i.capBp < 10000)
            errors << FieldError{u"cap"_s, tr("%1: the cap must be at least 100%.").arg(i.label())};
        if (i.rule == ScoreRule::Steps && i.steps.isEmpty())
            errors << FieldError{u"steps"_s, tr("%1: a step rule needs steps.").arg(i.label())};
    }
    return errors;
}

SaveResult Scorecards::save(const Scorecard &card)
{
    if (m_scope.role() != Role::Admin)
        return notAllowed();
    SaveResult result;
    result.fieldErrors = validate(card);
    if (!result.fieldErrors.isEmpty())
        return result;
    Transaction tx(connection());
    if (!tx.isActive())
        return failed(tx.lastError().text());
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    const std::optional<Scorecard> existing = forRole(card.role);
    if (existing) {
        result.id = existing->id;
        q.prepare(u"UPDATE scorecard SET name = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
        q.addBindValue(card.name.trimmed());
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(result.id);
        if (!exec(q))
            return failed({});
        q.prepare(u"UPDATE scorecard_indicator SET deleted = 1, hlc = ?, device_id = ? "
                  u"WHERE scorecard_id = ? AND deleted = 0"_s);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(result.id);
        if (!exec(q))
            return failed({});
    } else {
        q.prepare(u"INSERT INTO scorecard (uuid, role, name, hlc, device_id) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(card.uuid.isEmpty() ? newUuid() : card.uuid);
        q.addBindValue(roleKey(card.role));
        q.addBindValue(card.name.trimmed());
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return failed({});
        result.id = q.lastInsertId().toLongLong();
    }
    q.prepare(u"INSERT INTO scorecard_indicator (uuid, scorecard_id, position, metric, target_source, "
              u"fixed_target, "
              u"direction, rule, cap_bp, steps, weight, hlc, device_id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?)"_s);
    int position = 0;
    for (const Indicator &i : card.indicators) {
        q.addBindValue(newUuid());
        q.addBindValue(result.id);
        q.addBindValue(++position);
        q.addBindValue(Metrics::key(i.measure));
        q.addBindValue(Scoring::targetSourceKey(i.targetSource));
        q.addBindValue(i.targetSource == TargetSource::Fixed ? QVariant(i.fixedTarget)
                                                             : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(Scoring::directionKey(i.direction));
        q.addBindValue(Scoring::ruleKey(i.rule));
        q.addBindValue(i.capBp);
        q.addBindValue(Scoring::stepsText(i.steps));
        q.addBindValue(i.weight);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        if (!exec(q))
            return failed({});
    }
    if (!tx.commit())
        return failed(tx.lastError().text());
    return result;
}

} // namespace frontline::performance
