#include "Scorecards.h"

#include "OrgTree.h"
#include "domain/Vocabulary.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>

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

QString Scorecard::key() const
{
    return position.isEmpty() ? roleKey(role) : position;
}

QStringList Scorecards::keys()
{
    return {u"rep"_s, u"senior_rep"_s, u"team_lead"_s, u"manager"_s, u"support"_s, u"admin"_s};
}

std::optional<Role> Scorecards::roleOfKey(const QString &key)
{
    if (key == u"senior_rep"_s)
        return Role::Rep;
    if (key == u"team_lead"_s)
        return Role::Manager;
    return roleFromKey(key);
}

QString Scorecards::keyLabel(const QString &key)
{
    if (Vocabulary::keys(Vocabulary::CareerPosition).contains(key))
        return Vocabulary::label(Vocabulary::CareerPosition, key);
    return Vocabulary::label(Vocabulary::Role, key);
}

Scorecard Scorecards::forKeyTemplate(const QString &key)
{
    Scorecard c;
    c.role = roleOfKey(key).value_or(Role::Rep);
    c.position = key == roleKey(c.role) ? QString() : key;
    c.name = keyLabel(key);
    return c;
}

const Scorecard *Scorecards::resolve(const QList<Scorecard> &cards, Role role, const QString &position)
{
    const Scorecard *own = nullptr;
    for (const Scorecard &c : cards) {
        if (c.role != role)
            continue;
        if (!position.isEmpty() && c.key() == position)
            return &c;
        if (c.position.isEmpty())
            own = &c;
    }
    return own;
}

QJsonObject Scorecards::toJson(const Scorecard &card)
{
    QJsonArray indicators;
    for (const Indicator &i : card.indicators) {
        indicators.append(QJsonObject{
            {u"position"_s, i.position},
            {u"metric"_s, Metrics::key(i.measure)},
            {u"label"_s, i.label()},
            {u"weight"_s, i.weight},
            {u"direction"_s, Scoring::directionKey(i.direction)},
            {u"rule"_s, Scoring::ruleKey(i.rule)},
            {u"cap_bp"_s, i.capBp},
            {u"steps"_s, Scoring::stepsText(i.steps)},
            {u"target_source"_s, Scoring::targetSourceKey(i.targetSource)},
            {u"fixed_target_milli"_s,
             i.targetSource == TargetSource::Fixed ? QJsonValue(i.fixedTarget) : QJsonValue()},
        });
    }
    return QJsonObject{{u"key"_s, card.key()},
                       {u"role"_s, roleKey(card.role)},
                       {u"position"_s, card.position.isEmpty() ? QJsonValue() : QJsonValue(card.position)},
                       {u"name"_s, card.name},
                       {u"total_weight"_s, card.totalWeight()},
                       {u"indicators"_s, indicators}};
}

std::optional<Scorecard> Scorecards::fromJson(const QJsonObject &json, QString *error)
{
    const QString key = json.value(u"key"_s).toString(json.value(u"role"_s).toString());
    if (!roleOfKey(key)) {
        *error =
            tr("\"%1\" is not a role or position a scorecard is for: use %2.").arg(key, keys().join(u", "_s));
        return std::nullopt;
    }
    Scorecard card = forKeyTemplate(key);
    if (json.contains(u"name"_s))
        card.name = json.value(u"name"_s).toString();
    int n = 0;
    for (const QJsonValue &v : json.value(u"indicators"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ++n;
        Indicator i;
        i.position = n;
        const std::optional<analytics::Measure> m = Metrics::measureFromKey(o.value(u"metric"_s).toString());
        const std::optional<Direction> d =
            Scoring::directionFromKey(o.value(u"direction"_s).toString(u"higher"_s));
        const std::optional<ScoreRule> r = Scoring::ruleFromKey(o.value(u"rule"_s).toString(u"linear"_s));
        const std::optional<TargetSource> t =
            Scoring::targetSourceFromKey(o.value(u"target_source"_s).toString(u"target"_s));
        const std::optional<QList<Step>> steps = Scoring::parseSteps(o.value(u"steps"_s).toString());
        QString problem;
        if (!m)
            problem = tr("unknown metric \"%1\"").arg(o.value(u"metric"_s).toString());
        else if (!d)
            problem = tr("direction is higher or lower");
        else if (!r)
            problem = tr("rule is linear or steps");
        else if (!t)
            problem = tr("target_source is target or fixed");
        else if (!steps)
            problem = tr("steps are THRESHOLD_BP:POINTS, ascending (8000:60,10000:100)");
        if (!problem.isEmpty()) {
            *error = tr("Indicator %1: %2.").arg(n).arg(problem);
            return std::nullopt;
        }
        i.measure = *m;
        i.direction = *d;
        i.rule = *r;
        i.targetSource = *t;
        i.steps = *steps;
        i.weight = o.value(u"weight"_s).toInt();
        i.capBp = o.value(u"cap_bp"_s).toInteger(12000);
        i.fixedTarget = o.value(u"fixed_target_milli"_s).toInteger();
        card.indicators << i;
    }
    return card;
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
    if (!q.exec(u"SELECT id, uuid, role, name, coalesce(position, '') FROM scorecard WHERE deleted = 0 "
                u"ORDER BY role, id"_s))
        return cards;
    while (q.next()) {
        Scorecard c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.role = roleFromKey(q.value(2).toString()).value_or(Role::Rep);
        c.name = q.value(3).toString();
        c.position = q.value(4).toString();
        cards << c;
    }
    for (Scorecard &c : cards)
        c.indicators = indicators(c.id);
    // In ladder order (rep, senior rep, team lead, manager, support, admin).
    std::stable_sort(cards.begin(), cards.end(), [](const Scorecard &a, const Scorecard &b) {
        return keys().indexOf(a.key()) < keys().indexOf(b.key());
    });
    return cards;
}

std::optional<Scorecard> Scorecards::forRole(Role role)
{
    return forKey(roleKey(role));
}

std::optional<Scorecard> Scorecards::forKey(const QString &key)
{
    for (const Scorecard &c : all()) {
        if (c.key() == key)
            return c;
    }
    return std::nullopt;
}

QHash<qint64, QString> Scorecards::memberPositions()
{
    QHash<qint64, QString> positions;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    // One live plan per member; the newest wins should a merge leave two.
    if (!q.exec(u"SELECT member_id, current_position FROM development_plan WHERE deleted = 0 ORDER BY id"_s))
        return positions;
    while (q.next())
        positions.insert(q.value(0).toLongLong(), q.value(1).toString());
    return positions;
}

std::optional<Scorecard> Scorecards::forMember(qint64 memberId)
{
    const OrgTree org(connection());
    const Member *m = org.member(memberId);
    if (!m)
        return std::nullopt;
    const QList<Scorecard> cards = all();
    const Scorecard *card = resolve(cards, m->role, memberPositions().value(memberId));
    return card ? std::optional<Scorecard>(*card) : std::nullopt;
}

QList<FieldError> Scorecards::validate(const Scorecard &card)
{
    QList<FieldError> errors;
    if (!keys().contains(card.key()) || roleOfKey(card.key()) != card.role)
        errors << FieldError{u"role"_s, tr("\"%1\" is not a role or position a scorecard is for: use %2.")
                                            .arg(card.key(), keys().join(u", "_s))};
    if (card.name.trimmed().isEmpty())
        errors << FieldError{u"name"_s, tr("Enter the scorecard's name.")};
    if (card.indicators.isEmpty())
        errors << FieldError{u"indicators"_s, tr("A scorecard needs at least one indicator.")};
    else if (card.totalWeight() != 100)
        errors << FieldError{u"weight"_s, tr("The weights add up to %1%, not 100%.").arg(card.totalWeight())};
    QSet<analytics::Measure> seen;
    int n = 0;
    for (const Indicator &i : card.indicators) {
        // "Indicator 2 (Visits)": the row the problem is on.
        const QString which = tr("Indicator %1 (%2)").arg(++n).arg(i.label());
        if (seen.contains(i.measure))
            errors << FieldError{u"metric"_s, tr("%1: the metric is already on the card.").arg(which)};
        seen.insert(i.measure);
        if (i.weight < 0)
            errors << FieldError{u"weight"_s, tr("%1: a weight cannot be negative.").arg(which)};
        if (i.targetSource == TargetSource::Fixed && i.fixedTarget <= 0)
            errors << FieldError{u"target"_s, tr("%1: a fixed target must be above zero.").arg(which)};
        if (i.rule == ScoreRule::Linear && i.capBp < 10000)
            errors << FieldError{u"cap"_s, tr("%1: the cap must be at least 100%.").arg(which)};
        if (i.rule == ScoreRule::Steps) {
            if (i.steps.isEmpty())
                errors << FieldError{u"steps"_s, tr("%1: a step rule needs thresholds.").arg(which)};
            qint64 last = 0;
            for (const Step &st : i.steps) {
                if (st.thresholdBp <= last) {
                    errors << FieldError{
                        u"steps"_s,
                        tr("%1: thresholds must be above zero and ascending (%2 after %3).")
                            .arg(which, Scoring::percentText(st.thresholdBp), Scoring::percentText(last))};
                    break;
                }
                if (st.points < 0) {
                    errors << FieldError{u"steps"_s, tr("%1: step points cannot be negative.").arg(which)};
                    break;
                }
                last = st.thresholdBp;
            }
        }
    }
    return errors;
}

SaveResult Scorecards::save(const Scorecard &edited)
{
    Scorecard card = edited;
    if (card.position == roleKey(card.role))
        card.position.clear();
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
    const std::optional<Scorecard> existing = forKey(card.key());
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
        q.prepare(
            u"INSERT INTO scorecard (uuid, role, position, name, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(card.uuid.isEmpty() ? newUuid() : card.uuid);
        q.addBindValue(roleKey(card.role));
        q.addBindValue(card.position.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(card.position));
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

bool Scorecards::remove(const QString &key)
{
    m_error.clear();
    if (m_scope.role() != Role::Admin) {
        m_error = notAllowed().error;
        return false;
    }
    if (key == roleKey(Role::Rep)) {
        m_error = tr("The sales rep's scorecard is the default and cannot be removed.");
        return false;
    }
    const std::optional<Scorecard> card = forKey(key);
    if (!card) {
        m_error = tr("There is no scorecard for \"%1\".").arg(key);
        return false;
    }
    Transaction tx(connection());
    if (!tx.isActive()) {
        m_error = tx.lastError().text();
        return false;
    }
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    for (const QString &sql : {u"UPDATE scorecard_indicator SET deleted = 1, hlc = ?, device_id = ? "
                               u"WHERE scorecard_id = ? AND deleted = 0"_s,
                               u"UPDATE scorecard SET deleted = 1, hlc = ?, device_id = ? WHERE id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(card->id);
        if (!exec(q))
            return false;
    }
    return tx.commit();
}

} // namespace frontline::performance
