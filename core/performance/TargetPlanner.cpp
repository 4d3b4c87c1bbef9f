#include "TargetPlanner.h"

#include "OrgTree.h"
#include "Scoring.h"
#include "analytics/MetricsEngine.h"
#include "analytics/Targets.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Measure;
using analytics::Metrics;
using analytics::Period;

namespace {

QList<Period> monthsOf(const Period &p)
{
    QList<Period> months;
    for (QDate d = p.from(); d <= p.to(); d = d.addMonths(1))
        months << Period::month(d.year(), d.month());
    return months;
}

} // namespace

QString TargetPlanner::methodKey(SplitMethod m)
{
    switch (m) {
    case SplitMethod::Even:
        return u"even"_s;
    case SplitMethod::Weights:
        return u"weights"_s;
    case SplitMethod::LastYear:
        return u"last-year"_s;
    case SplitMethod::Seasonal:
        return u"seasonal"_s;
    }
    return {};
}

std::optional<TargetPlanner::SplitMethod> TargetPlanner::methodFromKey(const QString &key)
{
    for (SplitMethod m :
         {SplitMethod::Even, SplitMethod::Weights, SplitMethod::LastYear, SplitMethod::Seasonal}) {
        if (methodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

bool TargetPlanner::canPlan(qint64 memberId, qint64 teamId) const
{
    if (m_scope.role() == Role::Admin)
        return true;
    if (m_scope.role() != Role::Manager)
        return false;
    if (memberId)
        return m_scope.canSeeOwner(memberId);
    const OrgTree org(connection());
    const Member *me = org.member(m_scope.memberId());
    return me && me->teamId && org.isWithin(teamId, me->teamId);
}

bool TargetPlanner::mayRead(qint64 memberId, qint64 teamId) const
{
    m_error.clear();
    if (m_scope.seesEverything() || (!memberId && !teamId))
        return true;
    const OrgTree org(connection());
    if (memberId) {
        if (m_scope.canSeeOwner(memberId))
            return true;
        const Member *m = org.member(memberId);
        m_error = tr("The targets of %1 are outside what you may see.")
                      .arg(m ? m->code : QString::number(memberId));
        return false;
    }
    const Member *me = org.member(m_scope.memberId());
    if (m_scope.role() == Role::Manager && me && me->teamId && org.isWithin(teamId, me->teamId))
        return true;
    m_error =
        m_scope.role() == Role::Rep
            ? tr("A rep sees only their own targets, not those of the team %1.").arg(org.teamName(teamId))
            : tr("The targets of the team %1 are outside what you may see.").arg(org.teamName(teamId));
    return false;
}

SaveResult TargetPlanner::set(const TargetRow &row)
{
    const QString kind = row.period.storedKind();
    SaveResult result;
    if (kind.isEmpty() || !row.period.isValid())
        result.fieldErrors << FieldError{u"period"_s, tr("Targets are for a month, a quarter or a year.")};
    if ((row.memberId == 0) == (row.teamId == 0))
        result.fieldErrors << FieldError{u"subject"_s, tr("A target belongs to one member or one team.")};
    if (row.value < 0)
        result.fieldErrors << FieldError{u"value"_s, tr("A target cannot be negative.")};
    if (!result.fieldErrors.isEmpty())
        return result;
    if (!canPlan(row.memberId, row.teamId))
        return notAllowed();
    const QString column = row.memberId ? u"member_id"_s : u"team_id"_s;
    const qint64 subject = row.memberId ? row.memberId : row.teamId;
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"SELECT id FROM target WHERE deleted = 0 AND "_s + column +
              u" = ? AND metric = ? AND period_kind = ? AND period_start = ?"_s);
    q.addBindValue(subject);
    q.addBindValue(Metrics::key(row.measure));
    q.addBindValue(kind);
    q.addBindValue(row.period.from().toString(Qt::ISODate));
    if (!exec(q))
        return failed({});
    if (q.next()) {
        result.id = q.value(0).toLongLong();
        QSqlQuery u = query();
        u.prepare(u"UPDATE target SET value = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
        u.addBindValue(row.value);
        u.addBindValue(qint64(s.hlc));
        u.addBindValue(s.deviceId);
        u.addBindValue(result.id);
        if (!exec(u))
            return failed({});
        return result;
    }
    QSqlQuery i = query();
    i.prepare(u"INSERT INTO target (uuid, member_id, team_id, metric, period_kind, period_start, value, hlc, "
              u"device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    i.addBindValue(newUuid());
    i.addBindValue(row.memberId ? QVariant(row.memberId) : QVariant(QMetaType(QMetaType::LongLong)));
    i.addBindValue(row.teamId ? QVariant(row.teamId) : QVariant(QMetaType(QMetaType::LongLong)));
    i.addBindValue(Metrics::key(row.measure));
    i.addBindValue(kind);
    i.addBindValue(row.period.from().toString(Qt::ISODate));
    i.addBindValue(row.value);
    i.addBindValue(qint64(s.hlc));
    i.addBindValue(s.deviceId);
    if (!exec(i))
        return failed({});
    result.id = i.lastInsertId().toLongLong();
    return result;
}

bool TargetPlanner::remove(qint64 memberId, qint64 teamId, Measure measure, const Period &period)
{
    if (!canPlan(memberId, teamId)) {
        m_error = notAllowed().error;
        return false;
    }
    const SyncStamp s = stamp();
    QSqlQuery q = query();
    q.prepare(u"UPDATE target SET deleted = 1, hlc = ?, device_id = ? WHERE deleted = 0 AND "_s +
              (memberId ? u"member_id"_s : u"team_id"_s) +
              u" = ? AND metric = ? AND period_kind = ? AND period_start = ?"_s);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(memberId ? memberId : teamId);
    q.addBindValue(Metrics::key(measure));
    q.addBindValue(period.storedKind());
    q.addBindValue(period.from().toString(Qt::ISODate));
    if (!exec(q))
        return false;
    if (q.numRowsAffected() < 1) {
        m_error = tr("There is no such target.");
        return false;
    }
    return true;
}

QList<TargetRow> TargetPlanner::list(const Period &period, qint64 memberId, qint64 teamId,
                                     std::optional<Measure> measure)
{
    QList<TargetRow> rows;
    if (!mayRead(memberId, teamId))
        return rows;
    const OrgTree org(connection());
    const Member *me = org.member(m_scope.memberId());
    // Team rows a manager sees: their team and the teams below it (a rep sees none).
    const qint64 myTeam = me && m_scope.role() == Role::Manager ? me->teamId : 0;
    QSet<qint64> teams, members;
    if (teamId) {
        teams = org.subtreeTeams(teamId);
        for (const qint64 id : org.subtreeMembers(teamId))
            members.insert(id);
    }
    QSqlQuery q = query();
    q.setForwardOnly(true);
    QString sql =
        u"SELECT id, coalesce(member_id, 0), coalesce(team_id, 0), metric, period_kind, period_start, "
        u"value FROM target WHERE deleted = 0"_s;
    QVariantList binds;
    if (period.isValid()) {
        sql += u" AND period_start BETWEEN ? AND ?"_s;
        binds << period.from().toString(Qt::ISODate) << period.to().toString(Qt::ISODate);
    }
    if (measure) {
        sql += u" AND metric = ?"_s;
        binds << Metrics::key(*measure);
    }
    q.prepare(sql + u" ORDER BY period_start, metric, team_id, member_id"_s);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!exec(q))
        return rows;
    while (q.next()) {
        TargetRow r;
        r.id = q.value(0).toLongLong();
        r.memberId = q.value(1).toLongLong();
        r.teamId = q.value(2).toLongLong();
        const std::optional<Measure> metric = Metrics::measureFromKey(q.value(3).toString());
        if (!metric)
            continue;
        r.measure = *metric;
        r.period =
            Period::fromStored(q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate));
        if (period.isValid() && r.period.to() > period.to())
            continue;
        r.value = q.value(6).toLongLong();
        if (memberId && r.memberId != memberId)
            continue;
        if (teamId && !(teams.contains(r.teamId) || members.contains(r.memberId)))
            continue;
        if (r.memberId) {
            const Member *m = org.member(r.memberId);
            if (!m || !m_scope.canSeeOwner(r.memberId))
                continue;
            r.subjectCode = m->code;
            r.subjectName = m->name;
        } else {
            if (!m_scope.seesEverything() && !(myTeam && org.isWithin(r.teamId, myTeam)))
                continue;
            r.subjectCode = org.teamName(r.teamId);
            r.subjectName = r.subjectCode;
        }
        rows << r;
    }
    return rows;
}

std::optional<qint64> TargetPlanner::effective(qint64 memberId, qint64 teamId, Measure measure,
                                               const Period &period)
{
    if (!mayRead(memberId, teamId))
        return std::nullopt;
    const analytics::Targets targets(connection());
    if (memberId)
        return targets.forMember(measure, period, memberId);
    // The team's own row (or its months), without falling back to the reps: bottomUp() is that.
    return targets.forTeam(measure, period, teamId, {});
}

std::optional<qint64> TargetPlanner::bottomUp(qint64 teamId, Measure measure, const Period &period)
{
    if (!mayRead(0, teamId))
        return std::nullopt;
    const OrgTree org(connection());
    const analytics::Targets targets(connection());
    std::optional<qint64> sum;
    for (const qint64 id : org.subtreeMembers(teamId, {Role::Rep})) {
        if (!m_scope.canSeeOwner(id))
            continue;
        if (const std::optional<qint64> v = targets.forMember(measure, period, id))
            sum = sum.value_or(0) + *v;
    }
    return sum;
}

bool TargetPlanner::saveParts(const SplitResult &split, qint64 memberId, qint64 teamId, Measure measure)
{
    Transaction tx(connection());
    if (!tx.isActive()) {
        m_error = tx.lastError().text();
        return false;
    }
    for (const SplitPart &p : split.parts) {
        TargetRow row;
        row.memberId = p.memberId ? p.memberId : memberId;
        row.teamId = p.memberId ? 0 : teamId;
        row.measure = measure;
        row.period = p.period;
        row.value = p.value;
        const SaveResult r = set(row);
        if (!r.ok()) {
            m_error = r.message();
            return false;
        }
    }
    return tx.commit();
}

SplitResult TargetPlanner::splitTeam(qint64 teamId, Measure measure, const Period &period, qint64 total,
                                     SplitMethod method, const QHash<qint64, qint64> &weights, bool save)
{
    SplitResult split;
    split.total = total;
    split.method = methodKey(method);
    if (period.storedKind().isEmpty()) {
        split.error = tr("Targets are for a month, a quarter or a year.");
        return split;
    }
    if (!Metrics::isAdditive(measure)) {
        split.error = tr("%1 is not a sum of its parts and cannot be split.").arg(Metrics::label(measure));
        return split;
    }
    if (!mayRead(0, teamId)) {
        split.error = m_error;
        return split;
    }
    if (!canPlan(0, teamId)) {
        split.error = notAllowed().error;
        return split;
    }
    const OrgTree org(connection());
    const QList<qint64> reps = org.subtreeMembers(teamId, {Role::Rep});
    if (reps.isEmpty()) {
        split.error = tr("The team %1 has no active reps.").arg(org.teamName(teamId));
        return split;
    }
    QHash<qint64, qint64> lastYear;
    if (method == SplitMethod::LastYear) {
        // The engine's own figures, in the planner's scope: the same numbers the reports show.
        analytics::MetricsEngine engine(m_db, m_scope);
        analytics::Filter filter;
        filter.teamId = teamId;
        const analytics::Breakdown b =
            engine.breakdown(measure, period.lastYear(), analytics::Dimension::Rep, filter);
        if (!b.ok()) {
            split.error = b.error;
            return split;
        }
        for (const analytics::Row &row : b.rows)
            lastYear.insert(row.id, std::max<qint64>(0, row.value.rounded()));
    }
    QList<qint64> w;
    for (const qint64 id : reps) {
        switch (method) {
        case SplitMethod::Even:
        case SplitMethod::Seasonal:
            w << 1;
            break;
        case SplitMethod::Weights:
            w << std::max<qint64>(0, weights.value(id));
            break;
        case SplitMethod::LastYear:
            w << lastYear.value(id);
            break;
        }
    }
    if (method == SplitMethod::Weights &&
        std::all_of(w.cbegin(), w.cend(), [](qint64 x) { return x == 0; })) {
        split.error = tr("Give a weight to at least one rep.");
        return split;
    }
    const QList<qint64> values = Scoring::apportion(total, w);
    for (qsizetype i = 0; i < reps.size(); ++i) {
        const Member *m = org.member(reps.at(i));
        split.parts << SplitPart{m->id, m->code, m->name, period, w.at(i), values.at(i)};
    }
    if (save && !saveParts(split, 0, 0, measure))
        split.error = m_error;
    return split;
}

SplitResult TargetPlanner::splitPeriod(qint64 memberId, qint64 teamId, Measure measure, const Period &period,
                                       qint64 total, SplitMethod method, bool save)
{
    SplitResult split;
    split.total = total;
    split.method = methodKey(method);
    if (period.kind() != Period::Quarter && period.kind() != Period::Year) {
        split.error = tr("Only a quarter or a year is split into months.");
        return split;
    }
    if (method != SplitMethod::Even && method != SplitMethod::Seasonal) {
        split.error = tr("Split a period evenly or by seasonality.");
        return split;
    }
    if (!Metrics::isAdditive(measure)) {
        split.error = tr("%1 is not a sum of its parts and cannot be split.").arg(Metrics::label(measure));
        return split;
    }
    if ((memberId == 0) == (teamId == 0)) {
        split.error = tr("A target belongs to one member or one team.");
        return split;
    }
    if (!mayRead(memberId, teamId)) {
        split.error = m_error;
        return split;
    }
    if (!canPlan(memberId, teamId)) {
        split.error = notAllowed().error;
        return split;
    }
    const QList<Period> months = monthsOf(period);
    QList<qint64> w(months.size(), 1);
    if (method == SplitMethod::Seasonal) {
        analytics::MetricsEngine engine(m_db, m_scope);
        analytics::Filter filter;
        if (memberId)
            filter.members << memberId;
        else
            filter.teamId = teamId;
        QList<Period> lastYear;
        for (const Period &m : months)
            lastYear << m.lastYear();
        const QList<analytics::Value> history = engine.series(measure, lastYear, filter);
        for (qsizetype i = 0; i < w.size() && i < history.size(); ++i)
            w[i] = std::max<qint64>(0, history.at(i).rounded());
        // No history at all: apportion() splits evenly.
    }
    const QList<qint64> values = Scoring::apportion(total, w);
    for (qsizetype i = 0; i < months.size(); ++i)
        split.parts << SplitPart{0,       months.at(i).key(), months.at(i).label(), months.at(i),
                                 w.at(i), values.at(i)};
    if (save && !saveParts(split, memberId, teamId, measure))
        split.error = m_error;
    return split;
}

} // namespace frontline::performance
