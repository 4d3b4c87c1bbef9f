#include "Honours.h"

#include "OrgTree.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Measure;
using analytics::Period;

QString Honour::title() const
{
    return Honours::label(kind);
}

QStringList Honours::kinds()
{
    return {u"first_to_target"_s, u"most_visits"_s,   u"new_customer_champion"_s,
            u"most_improved"_s,   u"target_streak"_s, u"manual"_s};
}

QString Honours::label(const QString &kind)
{
    if (kind == u"first_to_target"_s)
        return tr("First to target");
    if (kind == u"most_visits"_s)
        return tr("Most visits");
    if (kind == u"new_customer_champion"_s)
        return tr("New-customer champion");
    if (kind == u"most_improved"_s)
        return tr("Most improved");
    if (kind == u"target_streak"_s)
        return tr("On-target streak");
    if (kind == u"manual"_s)
        return tr("Honour");
    return kind;
}

QList<Honour> Honours::list(const Period &period, qint64 memberId)
{
    QList<Honour> result;
    const OrgTree org(connection());
    const Member *me = org.member(m_scope.memberId());
    QString sql = u"SELECT h.id, h.member_id, m.code, m.name, h.kind, h.period, h.awarded_on, h.reason, "
                  u"coalesce(h.evaluation_id, 0), b.name FROM honour h JOIN member m ON m.id = h.member_id "
                  u"LEFT JOIN member b ON b.id = h.awarded_by WHERE h.deleted = 0"_s;
    QVariantList binds;
    if (period.isValid()) {
        sql += u" AND h.period = ?"_s;
        binds << period.key();
    }
    if (memberId) {
        sql += u" AND h.member_id = ?"_s;
        binds << memberId;
    }
    QSqlQuery q = query();
    q.prepare(sql + u" ORDER BY h.period DESC, h.awarded_on DESC, h.kind, m.code"_s);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!exec(q))
        return result;
    while (q.next()) {
        Honour h;
        h.id = q.value(0).toLongLong();
        h.memberId = q.value(1).toLongLong();
        const Member *m = org.member(h.memberId);
        // Recognition is for the team to see: a rep sees their own team's honours.
        const bool visible = m_scope.role() == Role::Rep ? (m && me && m->teamId == me->teamId)
                                                         : m_scope.canSeeOwner(h.memberId);
        if (!visible)
            continue;
        h.code = q.value(2).toString();
        h.name = q.value(3).toString();
        h.teamName = m ? m->teamName : QString();
        h.kind = q.value(4).toString();
        h.period = q.value(5).toString();
        h.awardedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        h.reason = q.value(7).toString();
        h.evaluationId = q.value(8).toLongLong();
        h.awardedBy = q.value(9).toString();
        result << h;
    }
    return result;
}

SaveResult Honours::insert(const Honour &h)
{
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"INSERT INTO honour (uuid, member_id, kind, period, awarded_on, reason, evaluation_id, awarded_by, "
        u"hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(newUuid());
    q.addBindValue(h.memberId);
    q.addBindValue(h.kind);
    q.addBindValue(h.period);
    q.addBindValue(h.awardedOn.toString(Qt::ISODate));
    q.addBindValue(h.reason);
    q.addBindValue(h.evaluationId ? QVariant(h.evaluationId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_scope.memberId() ? QVariant(m_scope.memberId())
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!exec(q))
        return failed({});
    SaveResult r;
    r.id = q.lastInsertId().toLongLong();
    return r;
}

SaveResult Honours::award(qint64 memberId, const QString &kind, const Period &period, const QString &reason)
{
    if ((m_scope.role() != Role::Admin && m_scope.role() != Role::Manager) || !m_scope.canSeeOwner(memberId))
        return notAllowed();
    SaveResult result;
    if (!kinds().contains(kind))
        result.fieldErrors << FieldError{
            u"kind"_s, tr("Unknown honour \"%1\": use %2.").arg(kind, kinds().join(u", "_s))};
    if (reason.trimmed().isEmpty())
        result.fieldErrors << FieldError{u"reason"_s, tr("Give the reason.")};
    if (!period.isValid())
        result.fieldErrors << FieldError{u"period"_s, tr("Choose the period.")};
    if (!result.fieldErrors.isEmpty())
        return result;
    const OrgTree org(connection());
    if (!org.member(memberId))
        return failed(tr("There is no such member."));
    Honour h;
    h.memberId = memberId;
    h.kind = kind;
    h.period = period.key();
    h.awardedOn = m_today;
    h.reason = reason.trimmed();
    return insert(h);
}

QList<Honour> Honours::proposals(const Snapshot &snapshot)
{
    QList<Honour> out;
    const Period period = snapshot.info.period;
    if (!period.isValid() || snapshot.lines.isEmpty())
        return out;
    const auto give = [&](const EvaluationLine &l, const QString &kind, const QString &reason) {
        Honour h;
        h.memberId = l.memberId;
        h.kind = kind;
        h.period = period.key();
        h.awardedOn = m_today;
        h.reason = reason;
        h.evaluationId = snapshot.info.id;
        h.code = l.code;
        h.name = l.name;
        h.teamName = l.teamName;
        out << h;
    };
    // Every number comes from the snapshot: the facts frozen with each line, or for a line frozen
    // before them, its indicator of the measure (nullopt: not known).
    const auto frozen = [](const EvaluationLine &l, Measure m) -> std::optional<qint64> {
        if (l.facts.frozen)
            return m == Measure::Visits ? l.facts.visits : l.facts.newCustomers;
        for (const IndicatorResult &r : l.indicators) {
            if (r.indicator.measure == m)
                return r.value.rounded();
        }
        return std::nullopt;
    };
    // The most of a count: everyone at the top shares it; nothing when the top is zero.
    const auto most = [&](Measure m, const QString &kind, const QString &text) {
        qint64 top = 0;
        for (const EvaluationLine &l : snapshot.lines)
            top = std::max(top, frozen(l, m).value_or(0));
        if (top <= 0)
            return;
        for (const EvaluationLine &l : snapshot.lines) {
            if (frozen(l, m) == top)
                give(l, kind, text.arg(period.key()).arg(top));
        }
    };

    // First to target: the earliest day on which a member's running revenue met their target.
    QDate first;
    for (const EvaluationLine &l : snapshot.lines) {
        if (l.facts.targetReachedOn.isValid() && (!first.isValid() || l.facts.targetReachedOn < first))
            first = l.facts.targetReachedOn;
    }
    for (const EvaluationLine &l : snapshot.lines) {
        if (first.isValid() && l.facts.targetReachedOn == first && l.facts.revenueTargetFen)
            give(l, u"first_to_target"_s,
                 tr("First to reach the revenue target of %1, on %2.")
                     .arg(Money::format(*l.facts.revenueTargetFen), first.toString(Qt::ISODate)));
    }
    most(Measure::Visits, u"most_visits"_s, tr("Most visits in %1: %2."));
    most(Measure::NewCustomers, u"new_customer_champion"_s, tr("Most new customers in %1: %2."));

    // Most improved: against the previous period's published evaluation of the same team.
    Evaluations evaluations(m_db, AccessScope::administrator());
    if (const std::optional<EvaluationInfo> prev =
            evaluations.latestPublished(period.previous(), snapshot.info.teamId)) {
        if (const std::optional<Snapshot> before = evaluations.snapshot(prev->id)) {
            qint64 best = 0;
            QHash<qint64, qint64> rise;
            for (const EvaluationLine &l : snapshot.lines) {
                if (const EvaluationLine *b = before->line(l.memberId)) {
                    rise.insert(l.memberId, l.score - b->score);
                    best = std::max(best, l.score - b->score);
                }
            }
            for (const EvaluationLine &l : snapshot.lines) {
                const EvaluationLine *b = before->line(l.memberId);
                if (best > 0 && b && rise.value(l.memberId) == best)
                    give(l, u"most_improved"_s,
                         tr("Score up %1 points on %2 (%3 → %4).")
                             .arg(Scoring::pointsText(best), prev->period.key(),
                                  Scoring::pointsText(b->score), Scoring::pointsText(l.score)));
            }
        }
    }

    // Streak: revenue target met in each month up to this one (counted when the evaluation ran).
    if (period.kind() == Period::Month) {
        for (const EvaluationLine &l : snapshot.lines) {
            const int n = l.facts.targetStreak;
            if (n >= StreakMonths)
                give(l, u"target_streak"_s,
                     tr("On target %1 months in a row (%2 to %3).")
                         .arg(n)
                         .arg(period.shifted(-(n - 1)).key(), period.key()));
        }
    }
    return out;
}

bool Honours::awardForEvaluation(qint64 evaluationId)
{
    Evaluations evaluations(m_db, AccessScope::administrator());
    const std::optional<Snapshot> snapshot = evaluations.snapshot(evaluationId);
    if (!snapshot) {
        m_error = evaluations.lastError();
        return false;
    }
    // The rule honours of an earlier published version of the same period and team give way.
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(
        u"UPDATE honour SET deleted = 1, hlc = ?, device_id = ? WHERE deleted = 0 AND kind <> 'manual' AND "
        u"evaluation_id IN (SELECT id FROM evaluation WHERE period = ? AND coalesce(team_id, 0) = ? AND id <> ?)"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(snapshot->info.period.key());
    q.addBindValue(snapshot->info.teamId);
    q.addBindValue(evaluationId);
    if (!exec(q))
        return false;
    for (const Honour &h : proposals(*snapshot)) {
        if (!insert(h).ok())
            return false;
    }
    return true;
}

} // namespace frontline::performance
