#include "Evaluations.h"

#include "Honours.h"
#include "OrgTree.h"
#include "Scorecards.h"
#include "analytics/MetricsEngine.h"
#include "analytics/Targets.h"
#include "domain/Vocabulary.h"
#include "storage/Transaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Measure;
using analytics::Metrics;
using analytics::Period;
using analytics::Value;
using analytics::ValueType;

namespace {

QString typeKey(ValueType t)
{
    switch (t) {
    case ValueType::Fen:
        return u"fen"_s;
    case ValueType::Count:
        return u"count"_s;
    case ValueType::Ratio:
        return u"ratio"_s;
    case ValueType::Average:
        return u"average"_s;
    }
    return u"count"_s;
}

ValueType typeFromKey(const QString &key)
{
    if (key == u"fen"_s)
        return ValueType::Fen;
    if (key == u"ratio"_s)
        return ValueType::Ratio;
    if (key == u"average"_s)
        return ValueType::Average;
    return ValueType::Count;
}

// What a member without rows in a breakdown has: nothing counted, or a rate without a base.
Value emptyValue(Measure m)
{
    const ValueType t = Metrics::type(m);
    if (t == ValueType::Ratio || t == ValueType::Average || m == Measure::AverageOrderValue)
        return Value{t, 0, 0, true};
    return Value{t, 0, 1, false};
}

bool isQuotient(Measure m)
{
    return emptyValue(m).quotient;
}

QDateTime utc(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.timeSpec() != Qt::UTC)
        t.setTimeSpec(Qt::UTC);
    return t;
}

// What the honour rules need beyond the indicators, read when the evaluation runs (the same data
// the indicators come from) and frozen with the lines.
QHash<qint64, HonourFacts> honourFacts(analytics::MetricsEngine &engine, const analytics::Targets &targets,
                                       const Period &period, const QList<qint64> &members)
{
    analytics::Filter filter;
    filter.members = members;
    const auto values = [&](Measure m, const Period &p) {
        QHash<qint64, qint64> byMember;
        for (const analytics::Row &row : engine.breakdown(m, p, analytics::Dimension::Rep, filter).rows)
            byMember.insert(row.id, row.value.rounded());
        return byMember;
    };
    QHash<qint64, HonourFacts> facts;
    const QHash<qint64, qint64> visits = values(Measure::Visits, period);
    const QHash<qint64, qint64> newCustomers = values(Measure::NewCustomers, period);
    const QHash<qint64, qint64> revenue = values(Measure::Revenue, period);
    QSet<qint64> reaching; // met their revenue target over the whole period: find the day
    for (const qint64 id : members) {
        HonourFacts &f = facts[id];
        f.frozen = true;
        f.visits = visits.value(id);
        f.newCustomers = newCustomers.value(id);
        if (const std::optional<qint64> t = targets.forMember(Measure::Revenue, period, id); t && *t > 0) {
            f.revenueTargetFen = *t;
            if (revenue.value(id) >= *t)
                reaching.insert(id);
        }
    }
    for (QDate day = period.from(); !reaching.isEmpty() && day <= period.to(); day = day.addDays(1)) {
        const QHash<qint64, qint64> sofar = values(Measure::Revenue, Period::range(period.from(), day));
        for (const qint64 id : QSet<qint64>(reaching)) {
            if (sofar.value(id) >= *facts[id].revenueTargetFen) {
                facts[id].targetReachedOn = day;
                reaching.remove(id);
            }
        }
    }
    if (period.kind() == Period::Month) {
        QSet<qint64> going(members.cbegin(), members.cend());
        for (int back = 0; back < 24 && !going.isEmpty(); ++back) {
            const Period month = period.shifted(-back);
            const QHash<qint64, qint64> monthRevenue = back == 0 ? revenue : values(Measure::Revenue, month);
            for (const qint64 id : QSet<qint64>(going)) {
                const std::optional<qint64> t = targets.forMember(Measure::Revenue, month, id);
                if (t && *t > 0 && monthRevenue.value(id) >= *t)
                    ++facts[id].targetStreak;
                else
                    going.remove(id);
            }
        }
    }
    return facts;
}

} // namespace

QString EvaluationInfo::statusKey() const
{
    return published ? u"published"_s : u"draft"_s;
}

const EvaluationLine *Snapshot::line(qint64 memberId) const
{
    for (const EvaluationLine &l : lines) {
        if (l.memberId == memberId)
            return &l;
    }
    return nullptr;
}

bool Evaluations::canRun() const
{
    return m_scope.role() == Role::Admin || m_scope.role() == Role::Manager;
}

bool Evaluations::lineVisible(qint64 memberId) const
{
    if (m_scope.role() == Role::Rep)
        return memberId == m_scope.memberId();
    return m_scope.canSeeOwner(memberId);
}

QString Evaluations::dataVersion()
{
    // Every change, deletions included (tombstones), stamps a newer HLC.
    qint64 newest = 0;
    QSqlQuery q = query();
    for (const QString &table : {u"sales_order"_s, u"order_line"_s, u"activity"_s, u"customer"_s, u"target"_s,
                                 u"member"_s, u"team"_s, u"scorecard_indicator"_s}) {
        if (q.exec(u"SELECT coalesce(max(hlc), 0) FROM "_s + table) && q.next())
            newest = std::max(newest, q.value(0).toLongLong());
    }
    return u"hlc:%1"_s.arg(newest);
}

QList<EvaluationInfo> Evaluations::readInfos(const QString &where, const QVariantList &binds)
{
    QList<EvaluationInfo> result;
    QSqlQuery q = query();
    q.prepare(u"SELECT e.id, e.uuid, e.period, coalesce(e.team_id, 0), t.name, e.version, e.status, "
              u"e.data_version, e.computed_at, cb.name, e.published_at, pb.name FROM evaluation e "
              u"LEFT JOIN team t ON t.id = e.team_id LEFT JOIN member cb ON cb.id = e.computed_by "
              u"LEFT JOIN member pb ON pb.id = e.published_by WHERE e.deleted = 0 AND "_s +
              where + u" ORDER BY e.period, coalesce(e.team_id, 0), e.version DESC"_s);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!exec(q))
        return result;
    while (q.next()) {
        EvaluationInfo i;
        i.id = q.value(0).toLongLong();
        i.uuid = q.value(1).toString();
        i.period = Period::parse(q.value(2).toString()).value_or(Period());
        i.teamId = q.value(3).toLongLong();
        i.teamName = q.value(4).toString();
        i.version = q.value(5).toInt();
        i.published = q.value(6).toString() == u"published"_s;
        i.dataVersion = q.value(7).toString();
        i.computedAt = utc(q.value(8));
        i.computedBy = q.value(9).toString();
        if (!q.value(10).isNull())
            i.publishedAt = utc(q.value(10));
        i.publishedBy = q.value(11).toString();
        if (m_scope.role() == Role::Rep && !i.published)
            continue;
        result << i;
    }
    return result;
}

QList<EvaluationInfo> Evaluations::versions(const Period &period, qint64 teamId)
{
    if (teamId >= 0)
        return readInfos(u"e.period = ? AND coalesce(e.team_id, 0) = ?"_s, {period.key(), teamId});
    return readInfos(u"e.period = ?"_s, {period.key()});
}

std::optional<EvaluationInfo> Evaluations::info(qint64 evaluationId)
{
    const QList<EvaluationInfo> found = readInfos(u"e.id = ?"_s, {evaluationId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<DevelopmentPlan> Evaluations::developmentPlan(qint64 memberId)
{
    if (!lineVisible(memberId))
        return std::nullopt;
    return DevelopmentPlans(m_db, m_scope).plan(memberId);
}

QStringList Evaluations::planLines(const DevelopmentPlan &plan, const EvaluationInfo &evaluation,
                                   const QDate &today)
{
    QStringList lines;
    lines << tr("Development plan: %1 → %2 (%3), %4 of %5 milestones done.")
                 .arg(Vocabulary::label(Vocabulary::CareerPosition, plan.currentPosition),
                      Vocabulary::label(Vocabulary::CareerPosition, plan.targetPosition),
                      Vocabulary::label(Vocabulary::PlanStatus, plan.status))
                 .arg(plan.milestonesDone())
                 .arg(plan.milestones.size());
    for (const PlanGoal &g : plan.goals)
        lines << (g.achieved ? tr("Goal achieved: %1") : tr("Goal open: %1")).arg(g.text);
    for (const PlanMilestone &m : plan.milestones) {
        const QString status = Vocabulary::label(Vocabulary::MilestoneStatus, m.status);
        lines << (m.isOverdue(today) ? tr("Milestone due %1: %2 — %3, overdue")
                                     : tr("Milestone due %1: %2 — %3"))
                     .arg(m.dueDate.toString(Qt::ISODate), m.title, status);
    }
    for (const PlanReview &r : plan.reviews) {
        if (r.period != evaluation.period.key())
            continue;
        const QString who = r.reviewerName.isEmpty() ? tr("the administrator") : r.reviewerName;
        const QString date = r.reviewedOn.toString(Qt::ISODate);
        if (!r.evaluationUuid.isEmpty() && r.evaluationUuid == evaluation.uuid)
            lines << tr("Review of this version by %1 on %2: %3").arg(who, date, r.comment);
        else if (r.evaluationVersion)
            lines << tr("Review of version %1 by %2 on %3: %4")
                         .arg(r.evaluationVersion)
                         .arg(who, date, r.comment);
        else
            lines << tr("Review of %1 by %2 on %3: %4").arg(r.period, who, date, r.comment);
    }
    return lines;
}

SaveResult Evaluations::reviewPlan(qint64 evaluationId, qint64 memberId, const QString &comment,
                                   const QDate &reviewedOn)
{
    const std::optional<EvaluationInfo> i = info(evaluationId);
    if (!i)
        return failed(tr("There is no such evaluation."));
    const std::optional<Snapshot> snap = snapshot(evaluationId);
    if (!snap || !snap->line(memberId))
        return failed(tr("The member has no line in this evaluation."));
    DevelopmentPlans plans(m_db, m_scope);
    const SaveResult r = plans.addReview(memberId, i->period.key(), comment, reviewedOn, i->uuid, i->version);
    if (!r.ok() && r.fieldErrors.isEmpty() && r.error.isEmpty())
        return failed(plans.lastError());
    return r;
}

std::optional<EvaluationInfo> Evaluations::find(const Period &period, qint64 teamId, int version)
{
    for (const EvaluationInfo &i : versions(period, teamId)) {
        if (version == 0 || i.version == version)
            return i;
    }
    return std::nullopt;
}

std::optional<EvaluationInfo> Evaluations::latestPublished(const Period &period, qint64 teamId)
{
    const OrgTree org(connection());
    // The team's own, else the nearest team above it, else the company's.
    std::optional<EvaluationInfo> best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const EvaluationInfo &i : versions(period, -1)) {
        if (!i.published)
            continue;
        const int distance = i.teamId == 0 ? 1000 : teamId ? org.distance(teamId, i.teamId) : -1;
        if (distance < 0)
            continue;
        // versions() lists the newest version first within a team.
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<EvaluationInfo> Evaluations::run(const Period &period, qint64 teamId)
{
    m_error.clear();
    if (!canRun()) {
        m_error = notAllowed().error;
        return std::nullopt;
    }
    if (!period.isValid()) {
        m_error = tr("Choose the period to evaluate.");
        return std::nullopt;
    }
    const OrgTree org(connection());
    if (!teamId && m_scope.role() == Role::Manager) {
        const Member *me = org.member(m_scope.memberId());
        teamId = me ? me->teamId : 0;
    }
    if (teamId && !org.teamExists(teamId)) {
        m_error = tr("There is no such team.");
        return std::nullopt;
    }
    if (m_scope.role() == Role::Manager) {
        const Member *me = org.member(m_scope.memberId());
        if (!me || !me->teamId || !org.isWithin(teamId, me->teamId)) {
            m_error = notAllowed().error;
            return std::nullopt;
        }
    }

    // Who is evaluated: active members of the team (or company) with a scorecard — their
    // position's card within their role, else their role's (Scorecards::resolve()).
    Scorecards scorecards(m_db, m_scope);
    const QList<Scorecard> allCards = scorecards.all();
    const QHash<qint64, QString> positions = scorecards.memberPositions();
    QHash<qint64, const Scorecard *> cardOf;
    for (auto it = org.members().cbegin(); it != org.members().cend(); ++it) {
        if (const Scorecard *c = Scorecards::resolve(allCards, it->role, positions.value(it.key())))
            cardOf.insert(it.key(), c);
    }
    QList<qint64> members;
    if (teamId) {
        members = org.subtreeMembers(teamId);
    } else {
        for (auto it = org.members().cbegin(); it != org.members().cend(); ++it) {
            if (it->active)
                members << it.key();
        }
        std::sort(members.begin(), members.end(),
                  [&](qint64 a, qint64 b) { return org.member(a)->code < org.member(b)->code; });
    }
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [&](qint64 id) { return !cardOf.contains(id) || !m_scope.canSeeOwner(id); }),
                  members.end());
    if (members.isEmpty()) {
        m_error = tr("Nobody to evaluate: no active member with a scorecard in this team.");
        return std::nullopt;
    }

    // Every indicator value from the metrics engine, one breakdown by rep per measure.
    analytics::MetricsEngine engine(m_db, m_scope);
    const analytics::Rollups::Result refreshed = engine.refreshRollups();
    if (!refreshed.ok) {
        m_error = refreshed.error;
        return std::nullopt;
    }
    analytics::Filter filter;
    filter.members = members;
    QHash<Measure, QHash<qint64, Value>> values;
    for (const Scorecard &card : allCards) {
        for (const Indicator &i : card.indicators) {
            if (values.contains(i.measure))
                continue;
            const analytics::Breakdown b =
                engine.breakdown(i.measure, period, analytics::Dimension::Rep, filter);
            if (!b.ok()) {
                m_error = b.error;
                return std::nullopt;
            }
            QHash<qint64, Value> byMember;
            for (const analytics::Row &row : b.rows)
                byMember.insert(row.id, row.value);
            values.insert(i.measure, byMember);
        }
    }
    const analytics::Targets targets(connection());
    const QHash<qint64, HonourFacts> facts = honourFacts(engine, targets, period, members);

    Transaction tx(connection());
    if (!tx.isActive()) {
        m_error = tx.lastError().text();
        return std::nullopt;
    }
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"SELECT coalesce(max(version), 0) FROM evaluation WHERE period = ? AND coalesce(team_id, 0) = ?"_s);
    q.addBindValue(period.key());
    q.addBindValue(teamId);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const int version = q.value(0).toInt() + 1;
    std::optional<EvaluationInfo> previous = find(period, teamId, 0);
    const QString data = dataVersion();
    q.prepare(u"INSERT INTO evaluation (uuid, period, period_start, period_end, team_id, version, status, "
              u"data_version, computed_at, computed_by, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, 'draft', "
              u"?, ?, ?, "
              u"?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(period.key());
    q.addBindValue(period.from().toString(Qt::ISODate));
    q.addBindValue(period.to().toString(Qt::ISODate));
    q.addBindValue(teamId ? QVariant(teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(version);
    q.addBindValue(data);
    q.addBindValue(nowUtc());
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return std::nullopt;
    const qint64 evaluationId = q.lastInsertId().toLongLong();

    QSqlQuery line = query();
    line.prepare(
        u"INSERT INTO evaluation_line (uuid, evaluation_id, member_id, member_code, member_name, team_id, "
        u"team_name, role, scorecard_name, computed_score, visits, new_customers, revenue_target, "
        u"target_reached_on, target_streak, hlc, device_id) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery ind = query();
    ind.prepare(u"INSERT INTO evaluation_indicator (uuid, line_id, position, metric, value_type, value_num, "
                u"value_den, "
                u"target_source, target, direction, rule, cap_bp, steps, weight, achievement_bp, score, hlc, "
                u"device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?)"_s);
    for (const qint64 id : std::as_const(members)) {
        const Member *m = org.member(id);
        const Scorecard &card = *cardOf.value(id);
        QList<QPair<int, IndicatorScore>> weighted;
        QList<IndicatorResult> results;
        for (const Indicator &i : card.indicators) {
            IndicatorResult r;
            r.indicator = i;
            r.value = values.value(i.measure).value(id, emptyValue(i.measure));
            if (i.targetSource == TargetSource::Fixed) {
                r.target = i.fixedTarget;
            } else if (const std::optional<qint64> t = targets.forMember(i.measure, period, id)) {
                r.target = *t * 1000;
            }
            r.score = Scoring::score(i, r.value, r.target);
            weighted << qMakePair(i.weight, r.score);
            results << r;
        }
        const qint64 computed = Scoring::composite(weighted);
        line.addBindValue(newUuid());
        line.addBindValue(evaluationId);
        line.addBindValue(id);
        line.addBindValue(m->code);
        line.addBindValue(m->name);
        line.addBindValue(m->teamId ? QVariant(m->teamId) : QVariant(QMetaType(QMetaType::LongLong)));
        line.addBindValue(m->teamName);
        line.addBindValue(roleKey(m->role));
        line.addBindValue(card.name);
        line.addBindValue(computed);
        const HonourFacts &f = facts[id];
        line.addBindValue(f.visits);
        line.addBindValue(f.newCustomers);
        line.addBindValue(f.revenueTargetFen ? QVariant(*f.revenueTargetFen)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
        line.addBindValue(f.targetReachedOn.isValid() ? QVariant(f.targetReachedOn.toString(Qt::ISODate))
                                                      : QVariant(QMetaType(QMetaType::QString)));
        line.addBindValue(f.targetStreak);
        line.addBindValue(qint64(s.hlc));
        line.addBindValue(s.deviceId);
        if (!exec(line))
            return std::nullopt;
        const qint64 lineId = line.lastInsertId().toLongLong();
        int position = 0;
        for (const IndicatorResult &r : std::as_const(results)) {
            ind.addBindValue(newUuid());
            ind.addBindValue(lineId);
            ind.addBindValue(++position);
            ind.addBindValue(Metrics::key(r.indicator.measure));
            ind.addBindValue(typeKey(r.value.type));
            ind.addBindValue(r.value.numerator);
            ind.addBindValue(r.value.denominator);
            ind.addBindValue(Scoring::targetSourceKey(r.indicator.targetSource));
            ind.addBindValue(r.target ? QVariant(*r.target) : QVariant(QMetaType(QMetaType::LongLong)));
            ind.addBindValue(Scoring::directionKey(r.indicator.direction));
            ind.addBindValue(Scoring::ruleKey(r.indicator.rule));
            ind.addBindValue(r.indicator.capBp);
            ind.addBindValue(Scoring::stepsText(r.indicator.steps));
            ind.addBindValue(r.indicator.weight);
            ind.addBindValue(r.score.scored ? QVariant(r.score.achievementBp)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
            ind.addBindValue(r.score.scored ? QVariant(r.score.score)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
            ind.addBindValue(qint64(s.hlc));
            ind.addBindValue(s.deviceId);
            if (!exec(ind))
                return std::nullopt;
        }
    }
    // A re-run keeps the managers' adjustments and comments of the version it replaces.
    if (previous) {
        q.prepare(
            u"INSERT INTO evaluation_adjustment (uuid, evaluation_id, member_id, points, reason, author_id, "
            u"created_at, hlc, device_id) SELECT lower(hex(randomblob(16))), ?, member_id, points, reason, "
            u"author_id, created_at, ?, ? FROM evaluation_adjustment WHERE evaluation_id = ? AND deleted = 0 "
            u"ORDER BY id"_s);
        q.addBindValue(evaluationId);
        q.addBindValue(qint64(s.hlc));
        q.addBindValue(s.deviceId);
        q.addBindValue(previous->id);
        if (!exec(q))
            return std::nullopt;
    }
    if (!tx.commit()) {
        m_error = tx.lastError().text();
        return std::nullopt;
    }
    return info(evaluationId);
}

std::optional<Snapshot> Evaluations::snapshot(qint64 evaluationId)
{
    const std::optional<EvaluationInfo> i = info(evaluationId);
    if (!i) {
        m_error = tr("There is no such evaluation.");
        return std::nullopt;
    }
    Snapshot snap;
    snap.info = *i;
    QSqlQuery q = query();
    q.prepare(u"SELECT id, member_id, member_code, member_name, coalesce(team_id, 0), team_name, role, "
              u"scorecard_name, computed_score, visits, new_customers, revenue_target, target_reached_on, "
              u"target_streak FROM evaluation_line WHERE evaluation_id = ? AND deleted = 0 "
              u"ORDER BY member_code"_s);
    q.addBindValue(evaluationId);
    if (!exec(q))
        return std::nullopt;
    QList<qint64> lineIds;
    while (q.next()) {
        EvaluationLine l;
        l.memberId = q.value(1).toLongLong();
        if (!lineVisible(l.memberId))
            continue;
        lineIds << q.value(0).toLongLong();
        l.code = q.value(2).toString();
        l.name = q.value(3).toString();
        l.teamName = q.value(5).toString();
        l.role = roleFromKey(q.value(6).toString()).value_or(Role::Rep);
        l.scorecardName = q.value(7).toString();
        l.computedScore = q.value(8).toLongLong();
        l.facts.frozen = !q.value(9).isNull();
        l.facts.visits = q.value(9).toLongLong();
        l.facts.newCustomers = q.value(10).toLongLong();
        if (!q.value(11).isNull())
            l.facts.revenueTargetFen = q.value(11).toLongLong();
        l.facts.targetReachedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        l.facts.targetStreak = q.value(13).toInt();
        snap.lines << l;
    }
    QSqlQuery ind = query();
    ind.prepare(
        u"SELECT metric, value_type, value_num, value_den, target_source, target, direction, rule, cap_bp, "
        u"steps, weight, achievement_bp, score, position FROM evaluation_indicator WHERE line_id = ? AND "
        u"deleted = 0 ORDER BY position"_s);
    QSqlQuery adj = query();
    adj.prepare(u"SELECT a.id, a.points, a.reason, m.name, a.created_at FROM evaluation_adjustment a "
                u"LEFT JOIN member m ON m.id = a.author_id WHERE a.evaluation_id = ? AND a.member_id = ? AND "
                u"a.deleted = 0 ORDER BY a.created_at, a.id"_s);
    for (qsizetype n = 0; n < snap.lines.size(); ++n) {
        EvaluationLine &l = snap.lines[n];
        ind.addBindValue(lineIds.at(n));
        if (!exec(ind))
            return std::nullopt;
        QList<QPair<int, IndicatorScore>> weighted;
        while (ind.next()) {
            IndicatorResult r;
            const std::optional<Measure> m = Metrics::measureFromKey(ind.value(0).toString());
            if (!m)
                continue;
            r.indicator.measure = *m;
            r.indicator.position = ind.value(13).toInt();
            r.value = Value{typeFromKey(ind.value(1).toString()), ind.value(2).toLongLong(),
                            ind.value(3).toLongLong(), isQuotient(*m)};
            r.indicator.targetSource =
                Scoring::targetSourceFromKey(ind.value(4).toString()).value_or(TargetSource::Target);
            if (!ind.value(5).isNull())
                r.target = ind.value(5).toLongLong();
            if (r.indicator.targetSource == TargetSource::Fixed)
                r.indicator.fixedTarget = r.target.value_or(0);
            r.indicator.direction =
                Scoring::directionFromKey(ind.value(6).toString()).value_or(Direction::HigherBetter);
            r.indicator.rule = Scoring::ruleFromKey(ind.value(7).toString()).value_or(ScoreRule::Linear);
            r.indicator.capBp = ind.value(8).toLongLong();
            r.indicator.steps = Scoring::parseSteps(ind.value(9).toString()).value_or(QList<Step>());
            r.indicator.weight = ind.value(10).toInt();
            // The explanation comes from scoring the frozen numbers again; it must agree with what
            // was stored.
            r.score = Scoring::score(r.indicator, r.value, r.target);
            const bool storedScored = !ind.value(12).isNull();
            if (storedScored != r.score.scored ||
                (storedScored && (ind.value(11).toLongLong() != r.score.achievementBp ||
                                  ind.value(12).toLongLong() != r.score.score)))
                snap.reproducible = false;
            weighted << qMakePair(r.indicator.weight, r.score);
            l.indicators << r;
        }
        if (Scoring::composite(weighted) != l.computedScore)
            snap.reproducible = false;

        qint64 scoredWeight = 0;
        for (const IndicatorResult &r : std::as_const(l.indicators)) {
            if (r.score.scored)
                scoredWeight += r.indicator.weight;
        }
        QStringList terms;
        for (IndicatorResult &r : l.indicators) {
            l.explanation << (r.score.explanation + u' ' + tr("(weight %1%)").arg(r.indicator.weight));
            if (r.score.scored && scoredWeight > 0) {
                r.contribution = Scoring::mulDiv(qint64(r.indicator.weight) * r.score.score, 1, scoredWeight);
                terms << u"%1 × %2"_s.arg(r.indicator.weight).arg(Scoring::pointsText(r.score.score));
            }
        }
        if (terms.isEmpty())
            l.explanation << tr("No indicator could be scored: %1 points.").arg(Scoring::pointsText(0));
        else
            l.explanation << tr("Composite: (%1) / %2 = %3")
                                 .arg(terms.join(u" + "_s))
                                 .arg(scoredWeight)
                                 .arg(Scoring::pointsText(l.computedScore));

        adj.addBindValue(evaluationId);
        adj.addBindValue(l.memberId);
        if (!exec(adj))
            return std::nullopt;
        while (adj.next()) {
            Adjustment a;
            a.id = adj.value(0).toLongLong();
            a.memberId = l.memberId;
            a.points = adj.value(1).toLongLong();
            a.reason = adj.value(2).toString();
            a.author = adj.value(3).toString();
            a.createdAt = utc(adj.value(4));
            l.adjustment += a.points;
            l.adjustments << a;
            const QString who = a.author.isEmpty() ? tr("the administrator") : a.author;
            l.explanation
                << (a.points == 0
                        ? tr("Comment by %1 on %2: %3").arg(who, a.createdAt.toString(Qt::ISODate), a.reason)
                        : tr("Adjustment %1%2 by %3 on %4: %5")
                              .arg(a.points > 0 ? u"+"_s : QString(), Scoring::pointsText(a.points), who,
                                   a.createdAt.toString(Qt::ISODate), a.reason));
        }
        l.score = Scoring::adjusted(l.computedScore, l.adjustment);
        l.explanation << (l.score == l.computedScore + l.adjustment
                              ? tr("Score: %1").arg(Scoring::pointsText(l.score))
                              : tr("Score: %1 (kept within 0–100)").arg(Scoring::pointsText(l.score)));
    }
    // Ranks in C++ (no window functions): 1, 2, 2, 4 by final score.
    QList<double> scores;
    for (const EvaluationLine &l : std::as_const(snap.lines))
        scores << double(l.score);
    const QList<int> ranks = analytics::MetricsEngine::competitionRanks(scores);
    for (qsizetype n = 0; n < snap.lines.size(); ++n)
        snap.lines[n].rank = ranks.at(n);
    std::stable_sort(snap.lines.begin(), snap.lines.end(),
                     [](const EvaluationLine &a, const EvaluationLine &b) { return a.rank < b.rank; });
    return snap;
}

SaveResult Evaluations::adjust(qint64 evaluationId, qint64 memberId, qint64 points, const QString &reason)
{
    SaveResult result;
    if (!canRun())
        return notAllowed();
    const std::optional<EvaluationInfo> i = info(evaluationId);
    if (!i)
        return failed(tr("There is no such evaluation."));
    if (i->published)
        return failed(
            tr("Version %1 is published and can no longer change; run the evaluation again for a new "
               "version.")
                .arg(i->version));
    if (!m_scope.canSeeOwner(memberId))
        return notAllowed();
    if (reason.trimmed().isEmpty())
        result.fieldErrors << FieldError{u"reason"_s, tr("Give the reason.")};
    if (points < -10000 || points > 10000)
        result.fieldErrors << FieldError{u"points"_s, tr("An adjustment is between −100 and +100 points.")};
    if (!result.fieldErrors.isEmpty())
        return result;
    QSqlQuery q = query();
    q.prepare(u"SELECT 1 FROM evaluation_line WHERE evaluation_id = ? AND member_id = ? AND deleted = 0"_s);
    q.addBindValue(evaluationId);
    q.addBindValue(memberId);
    if (!exec(q))
        return failed({});
    if (!q.next())
        return failed(tr("This member is not part of the evaluation."));
    const SyncStamp s = stamp();
    q.prepare(
        u"INSERT INTO evaluation_adjustment (uuid, evaluation_id, member_id, points, reason, author_id, "
        u"created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(evaluationId);
    q.addBindValue(memberId);
    q.addBindValue(points);
    q.addBindValue(reason.trimmed());
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nowUtc());
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    result.id = q.lastInsertId().toLongLong();
    return result;
}

bool Evaluations::publish(qint64 evaluationId)
{
    m_error.clear();
    if (!canRun()) {
        m_error = notAllowed().error;
        return false;
    }
    const std::optional<EvaluationInfo> i = info(evaluationId);
    if (!i) {
        m_error = tr("There is no such evaluation.");
        return false;
    }
    if (i->published) {
        m_error = tr("Version %1 is already published.").arg(i->version);
        return false;
    }
    if (m_scope.role() == Role::Manager) {
        const OrgTree org(connection());
        const Member *me = org.member(m_scope.memberId());
        if (!me || !i->teamId || !org.isWithin(i->teamId, me->teamId)) {
            m_error = notAllowed().error;
            return false;
        }
    }
    Transaction tx(connection());
    if (!tx.isActive()) {
        m_error = tx.lastError().text();
        return false;
    }
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE evaluation SET status = 'published', published_at = ?, published_by = ?, hlc = ?, "
              u"device_id = ? WHERE id = ? AND status = 'draft'"_s);
    q.addBindValue(nowUtc());
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(evaluationId);
    if (!exec(q))
        return false;
    Honours honours(m_db, m_scope);
    if (!honours.awardForEvaluation(evaluationId)) {
        m_error = honours.lastError();
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.lastError().text();
        return false;
    }
    return true;
}

} // namespace frontline::performance
