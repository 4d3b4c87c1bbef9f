#include "Targets.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::analytics {

QString Attainment::statusKey(TrackStatus status)
{
    switch (status) {
    case TrackStatus::NoTarget:
        return u"no_target"_s;
    case TrackStatus::OnTrack:
        return u"on_track"_s;
    case TrackStatus::AtRisk:
        return u"at_risk"_s;
    case TrackStatus::OffTrack:
        return u"off_track"_s;
    }
    return {};
}

QString Attainment::statusLabel(TrackStatus status)
{
    switch (status) {
    case TrackStatus::NoTarget:
        return Targets::tr("No target");
    case TrackStatus::OnTrack:
        return Targets::tr("On track");
    case TrackStatus::AtRisk:
        return Targets::tr("At risk");
    case TrackStatus::OffTrack:
        return Targets::tr("Off track");
    }
    return {};
}

std::optional<qint64> Targets::row(const QString &column, qint64 id, Measure measure,
                                   const Period &period) const
{
    const QString kind = period.storedKind();
    if (kind.isEmpty())
        return std::nullopt;
    // One read per metric and period brings every member's and team's row: a company's quarter
    // resolves hundreds of members through their months, and each would be a query of its own.
    const QString metric = Metrics::key(measure);
    const QString start = period.from().toString(Qt::ISODate);
    const QString slice = metric + u'|' + kind + u'|' + start;
    auto loaded = m_rows.find(slice);
    if (loaded == m_rows.end()) {
        QHash<QString, qint64> rows;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT member_id, team_id, sum(value) FROM target WHERE deleted = 0 AND metric = ? "
                  u"AND period_kind = ? AND period_start = ? GROUP BY member_id, team_id"_s);
        q.addBindValue(metric);
        q.addBindValue(kind);
        q.addBindValue(start);
        if (q.exec()) {
            while (q.next()) {
                const bool member = !q.value(0).isNull();
                rows.insert((member ? u"member_id:"_s : u"team_id:"_s) +
                                QString::number(q.value(member ? 0 : 1).toLongLong()),
                            q.value(2).toLongLong());
            }
        }
        loaded = m_rows.insert(slice, rows);
    }
    const auto it = loaded->constFind(column + u':' + QString::number(id));
    if (it == loaded->cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> Targets::resolve(const QString &column, qint64 id, Measure measure,
                                       const Period &period) const
{
    if (const std::optional<qint64> own = row(column, id, measure, period))
        return own;
    // A quarter is its three months, a year its four quarters — only when none is missing, so
    // that a partial plan never looks like a small target.
    QList<Period> parts;
    if (period.kind() == Period::Quarter) {
        for (int i = 0; i < 3; ++i)
            parts << Period::month(period.from().year(), period.from().month() + i);
    } else if (period.kind() == Period::Year) {
        for (int q = 1; q <= 4; ++q)
            parts << Period::quarter(period.from().year(), q);
    } else {
        return std::nullopt;
    }
    qint64 sum = 0;
    for (const Period &part : std::as_const(parts)) {
        const std::optional<qint64> v = resolve(column, id, measure, part);
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

std::optional<qint64> Targets::forMember(Measure measure, const Period &period, qint64 memberId) const
{
    return resolve(u"member_id"_s, memberId, measure, period);
}

std::optional<qint64> Targets::forTeam(Measure measure, const Period &period, qint64 teamId,
                                       const QList<qint64> &subtreeMembers) const
{
    if (const std::optional<qint64> own = resolve(u"team_id"_s, teamId, measure, period))
        return own;
    std::optional<qint64> sum;
    for (const qint64 member : subtreeMembers) {
        if (const std::optional<qint64> v = forMember(measure, period, member))
            sum = sum.value_or(0) + *v;
    }
    return sum;
}

Attainment Targets::evaluate(const Value &actual, std::optional<qint64> target, const Period &period,
                             const QDate &asOf)
{
    Attainment a;
    a.actual = actual;
    a.periodDays = period.days();
    a.elapsedDays = std::clamp<qint64>(period.from().daysTo(asOf) + 1, 0, a.periodDays);
    if (!target || *target <= 0 || !period.isValid())
        return a;
    a.target = *target;
    a.attainment = Value::ratio(actual.rounded(), a.target);
    // Linear progress: by the end of day k of n, k/n of the target; half up to the fen.
    a.expected = (2 * a.target * a.elapsedDays + a.periodDays) / (2 * a.periodDays);
    const qint64 have = actual.rounded();
    if (have >= a.expected)
        a.status = TrackStatus::OnTrack;
    else if ((a.expected - have) * 10 >= a.expected)
        a.status = TrackStatus::OffTrack;
    else
        a.status = TrackStatus::AtRisk;
    return a;
}

} // namespace frontline::analytics
