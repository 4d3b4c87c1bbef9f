#include "Rankings.h"

#include "OrgTree.h"
#include "analytics/MetricsEngine.h"

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Measure;
using analytics::Metrics;
using analytics::Period;
using analytics::Value;

QString RankingRow::movementKey(Movement m)
{
    switch (m) {
    case New:
        return u"new"_s;
    case Up:
        return u"up"_s;
    case Down:
        return u"down"_s;
    case Same:
        return u"same"_s;
    }
    return {};
}

QString RankingRow::valueText() const
{
    return isScore ? Scoring::pointsText(value.numerator) : value.display();
}

Rankings::Rankings(Database &db, AccessScope scope) : m_db(db), m_scope(std::move(scope)) {}

QStringList Rankings::keys()
{
    QStringList k{u"score"_s};
    for (const Measure m : Metrics::measures())
        k << Metrics::key(m);
    return k;
}

QString Rankings::medalFor(int rank)
{
    switch (rank) {
    case 1:
        return u"gold"_s;
    case 2:
        return u"silver"_s;
    case 3:
        return u"bronze"_s;
    default:
        return {};
    }
}

void Rankings::assignRanks(QList<RankingRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const RankingRow &a, const RankingRow &b) {
        if (a.value.toDouble() != b.value.toDouble())
            return a.value.toDouble() > b.value.toDouble();
        return a.code < b.code;
    });
    QList<double> numbers;
    for (const RankingRow &r : std::as_const(rows))
        numbers << r.value.toDouble();
    const QList<int> ranks = analytics::MetricsEngine::competitionRanks(numbers);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].rank = ranks.at(i);
        rows[i].medal = rows.at(i).value.toDouble() > 0 ? medalFor(rows.at(i).rank) : QString();
    }
}

void Rankings::assignMovement(QList<RankingRow> &rows, const QList<RankingRow> &previous,
                              bool emptyIsNoRanking)
{
    // A previous period in which nobody has anything ranked nobody (every member tied first on
    // zero is not a place to move from): everyone is new.
    const bool anyData =
        !emptyIsNoRanking || std::any_of(previous.cbegin(), previous.cend(),
                                         [](const RankingRow &r) { return r.value.toDouble() != 0; });
    QHash<qint64, int> before;
    for (const RankingRow &r : previous) {
        if (anyData && r.rank > 0)
            before.insert(r.memberId, r.rank);
    }
    for (RankingRow &r : rows) {
        r.previousRank = before.value(r.memberId);
        if (!r.previousRank) {
            r.movement = RankingRow::New;
            r.places = 0;
        } else if (r.previousRank > r.rank) {
            r.movement = RankingRow::Up;
            r.places = r.previousRank - r.rank;
        } else if (r.previousRank < r.rank) {
            r.movement = RankingRow::Down;
            r.places = r.rank - r.previousRank;
        } else {
            r.movement = RankingRow::Same;
            r.places = 0;
        }
    }
}

QList<RankingRow> Rankings::scoreRows(const Period &period, qint64 teamId,
                                      std::optional<EvaluationInfo> *used)
{
    QList<RankingRow> rows;
    // Read as the owner, then keep what this scope may see of a published ranking.
    Evaluations evaluations(m_db, AccessScope::administrator());
    *used = evaluations.latestPublished(period, teamId);
    if (!*used)
        return rows;
    const std::optional<Snapshot> snap = evaluations.snapshot((*used)->id);
    if (!snap)
        return rows;
    const OrgTree org(m_db.connectionForThread());
    const Member *me = org.member(m_scope.memberId());
    QSet<qint64> subtree;
    if (teamId) {
        const QList<qint64> ids = org.subtreeMembers(teamId);
        subtree = QSet<qint64>(ids.cbegin(), ids.cend());
    }
    for (const EvaluationLine &l : snap->lines) {
        const Member *m = org.member(l.memberId);
        if (teamId && !subtree.contains(l.memberId))
            continue;
        const bool visible = m_scope.role() == Role::Rep ? (m && me && m->teamId == me->teamId)
                                                         : m_scope.canSeeOwner(l.memberId);
        if (!visible)
            continue;
        RankingRow r;
        r.memberId = l.memberId;
        r.code = l.code;
        r.name = l.name;
        r.teamName = l.teamName;
        r.value = Value::count(l.score);
        r.isScore = true;
        rows << r;
    }
    assignRanks(rows);
    return rows;
}

Ranking Rankings::rank(const QString &by, const Period &period, qint64 teamId)
{
    Ranking result;
    result.by = by;
    result.period = period;
    if (!period.isValid()) {
        result.error = tr("Choose the period.");
        return result;
    }
    if (!teamId && (m_scope.role() == Role::Rep || m_scope.role() == Role::Manager)) {
        // A rep's ranking is their team's; a manager's their own team's subtree.
        const OrgTree org(m_db.connectionForThread());
        if (const Member *me = org.member(m_scope.memberId()))
            teamId = me->teamId;
    }
    result.teamId = teamId;
    if (by == u"score"_s) {
        result.rows = scoreRows(period, teamId, &result.evaluation);
        if (!result.evaluation) {
            result.error = tr("No evaluation of %1 has been published yet.").arg(period.key());
            return result;
        }
        const QList<RankingRow> previous = scoreRows(period.previous(), teamId, &result.previousEvaluation);
        assignMovement(result.rows, previous, false);
        return result;
    }
    const std::optional<Measure> measure = Metrics::measureFromKey(by);
    if (!measure) {
        result.error = tr("Unknown ranking \"%1\": use %2.").arg(by, keys().join(u", "_s));
        return result;
    }
    analytics::MetricsEngine engine(m_db, m_scope);
    analytics::Filter filter;
    filter.teamId = teamId;
    const auto rows = [&](const Period &p) {
        QList<RankingRow> out;
        for (const analytics::RankRow &e : engine.ranking(*measure, p, filter)) {
            RankingRow r;
            r.memberId = e.memberId;
            r.code = e.code;
            r.name = e.name;
            r.teamName = e.teamName;
            r.value = e.value;
            out << r;
        }
        assignRanks(out);
        return out;
    };
    result.rows = rows(period);
    if (!engine.lastError().isEmpty()) {
        result.error = engine.lastError();
        return result;
    }
    // Members hired after the previous period ended had no place in it (the engine lists every
    // active rep with zero): they are new, and the others' places are counted without them.
    const Period before = period.previous();
    QList<RankingRow> previous = rows(before);
    const OrgTree org(m_db.connectionForThread());
    const qsizetype listed = previous.size();
    previous.removeIf([&](const RankingRow &r) {
        const Member *m = org.member(r.memberId);
        return m && m->hireDate.isValid() && m->hireDate > before.to();
    });
    if (previous.size() != listed)
        assignRanks(previous);
    assignMovement(result.rows, previous);
    return result;
}

} // namespace frontline::performance
