#include "Scoring.h"

#include "domain/Money.h"

#include <QLocale>

#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace frontline::performance {

using analytics::Measure;
using analytics::Metrics;
using analytics::Value;
using analytics::ValueType;

QString Indicator::label() const
{
    return Metrics::label(measure);
}

QString Scoring::directionKey(Direction d)
{
    return d == Direction::LowerBetter ? u"lower"_s : u"higher"_s;
}

std::optional<Direction> Scoring::directionFromKey(const QString &key)
{
    if (key == u"higher"_s)
        return Direction::HigherBetter;
    if (key == u"lower"_s)
        return Direction::LowerBetter;
    return std::nullopt;
}

QString Scoring::ruleKey(ScoreRule r)
{
    return r == ScoreRule::Steps ? u"steps"_s : u"linear"_s;
}

std::optional<ScoreRule> Scoring::ruleFromKey(const QString &key)
{
    if (key == u"linear"_s)
        return ScoreRule::Linear;
    if (key == u"steps"_s)
        return ScoreRule::Steps;
    return std::nullopt;
}

QString Scoring::targetSourceKey(TargetSource s)
{
    return s == TargetSource::Fixed ? u"fixed"_s : u"target"_s;
}

std::optional<TargetSource> Scoring::targetSourceFromKey(const QString &key)
{
    if (key == u"target"_s)
        return TargetSource::Target;
    if (key == u"fixed"_s)
        return TargetSource::Fixed;
    return std::nullopt;
}

std::optional<QList<Step>> Scoring::parseSteps(const QString &text)
{
    QList<Step> steps;
    if (text.trimmed().isEmpty())
        return steps;
    for (const QString &part : text.split(u',')) {
        const QStringList pair = part.trimmed().split(u':');
        bool ok1 = false, ok2 = false;
        if (pair.size() != 2)
            return std::nullopt;
        const Step s{pair.at(0).trimmed().toLongLong(&ok1), pair.at(1).trimmed().toLongLong(&ok2)};
        if (!ok1 || !ok2 || s.thresholdBp < 0 || s.points < 0)
            return std::nullopt;
        if (!steps.isEmpty() && s.thresholdBp <= steps.constLast().thresholdBp)
            return std::nullopt;
        steps << s;
    }
    return steps;
}

QString Scoring::stepsText(const QList<Step> &steps)
{
    QStringList parts;
    for (const Step &s : steps)
        parts << u"%1:%2"_s.arg(s.thresholdBp).arg(s.points);
    return parts.join(u',');
}

qint64 Scoring::mulDiv(qint64 a, qint64 b, qint64 c, bool roundHalfUp, qint64 *remainder)
{
    Q_ASSERT(a >= 0 && b >= 0 && c > 0);
    // a × b as 128 bits (hi, lo) from 32-bit halves, then long division by c one bit at a time:
    // portable (no __int128 on MSVC) and plenty fast for the few numbers a run needs.
    const quint64 ua = quint64(a), ub = quint64(b);
    const quint64 aLo = ua & 0xffffffffu, aHi = ua >> 32, bLo = ub & 0xffffffffu, bHi = ub >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    const quint64 lo = (mid << 32) | (ll & 0xffffffffu);
    const quint64 hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    const quint64 uc = quint64(c);
    quint64 qHi = 0, qLo = 0, r = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const quint64 next = bit >= 64 ? (hi >> (bit - 64)) & 1u : (lo >> bit) & 1u;
        r = (r << 1) | next; // r < c < 2^63, so this never overflows
        if (r >= uc) {
            r -= uc;
            if (bit >= 64)
                qHi |= quint64(1) << (bit - 64);
            else
                qLo |= quint64(1) << bit;
        }
    }
    if (remainder)
        *remainder = qint64(r);
    if (qHi || qLo > quint64(std::numeric_limits<qint64>::max()))
        return std::numeric_limits<qint64>::max();
    qint64 q = qint64(qLo);
    if (roundHalfUp && 2 * r >= uc)
        ++q;
    return q;
}

std::optional<qint64> Scoring::ratioBp(const Value &value, qint64 targetMilli)
{
    if (!value.isDefined() || targetMilli <= 0)
        return std::nullopt;
    qint64 num = value.numerator, den = value.denominator;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    // (num / den) / (target / 1000) × 10000 = num × 10^7 / (den × target)
    qint64 divisor = 0;
    if (qMulOverflow(den, targetMilli, &divisor))
        return std::nullopt;
    const qint64 bp = mulDiv(num < 0 ? -num : num, 10'000'000, divisor);
    return num < 0 ? -bp : bp;
}

qint64 Scoring::toMilli(const Value &value)
{
    if (!value.isDefined())
        return 0;
    qint64 num = value.numerator, den = value.denominator;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const qint64 m = mulDiv(num < 0 ? -num : num, 1000, den);
    return num < 0 ? -m : m;
}

QString Scoring::pointsText(qint64 hundredths)
{
    const qint64 a = hundredths < 0 ? -hundredths : hundredths;
    return u"%1%2.%3"_s.arg(hundredths < 0 ? u"-"_s : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QChar(u'0'));
}

QString Scoring::percentText(qint64 bp)
{
    // 1 bp = 0.01%: two decimals, trailing zeros dropped (95.5%, 100%, 33.33%).
    QString text = pointsText(bp);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text + u'%';
}

std::optional<qint64> Scoring::parsePoints(const QString &text)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.startsWith(u'-');
        t = t.mid(1);
    }
    const QStringList parts = t.split(u'.');
    if (parts.isEmpty() || parts.size() > 2 || parts.at(0).isEmpty() ||
        (parts.size() == 2 && (parts.at(1).isEmpty() || parts.at(1).size() > 2)))
        return std::nullopt;
    bool ok = false;
    const qint64 whole = parts.at(0).toLongLong(&ok);
    if (!ok || whole > 1000)
        return std::nullopt;
    qint64 fraction = 0;
    if (parts.size() == 2) {
        fraction = parts.at(1).toLongLong(&ok);
        if (!ok || fraction < 0)
            return std::nullopt;
        if (parts.at(1).size() == 1)
            fraction *= 10;
    }
    const qint64 v = whole * 100 + fraction;
    return negative ? -v : v;
}

std::optional<qint64> Scoring::parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    const std::optional<qint64> bp = parsePoints(t); // hundredths of a percent are basis points
    if (!bp || *bp < 0)
        return std::nullopt;
    return bp;
}

std::optional<qint64> Scoring::parseTarget(Measure measure, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.startsWith(u'-'))
        return std::nullopt;
    if (Metrics::type(measure) == ValueType::Fen) {
        const std::optional<qint64> fen = Money::parseYuan(t);
        if (!fen || *fen < 0 || *fen > std::numeric_limits<qint64>::max() / 1000)
            return std::nullopt;
        return *fen * 1000;
    }
    if (Metrics::type(measure) == ValueType::Ratio && t.endsWith(u'%')) {
        const std::optional<qint64> bp = parsePercent(t);
        if (!bp || *bp % 10)
            return std::nullopt; // a tenth of a percent at most (thousandths of the fraction)
        return *bp / 10;
    }
    const QStringList parts = t.split(u'.');
    if (parts.size() > 2 || parts.at(0).isEmpty() ||
        (parts.size() == 2 && (parts.at(1).isEmpty() || parts.at(1).size() > 3)))
        return std::nullopt;
    bool ok = false;
    const qint64 whole = parts.at(0).toLongLong(&ok);
    if (!ok || whole < 0 || whole > 1000000000000LL)
        return std::nullopt;
    qint64 fraction = 0;
    if (parts.size() == 2) {
        fraction = QString(parts.at(1) + u"00"_s).left(3).toLongLong(&ok);
        if (!ok || fraction < 0)
            return std::nullopt;
    }
    return whole * 1000 + fraction;
}

QString Scoring::targetText(Measure measure, qint64 targetMilli)
{
    switch (Metrics::type(measure)) {
    case ValueType::Fen:
        return Money::format(mulDiv(std::abs(targetMilli), 1, 1000) * (targetMilli < 0 ? -1 : 1));
    case ValueType::Ratio:
        return percentText(targetMilli * 10);
    case ValueType::Count:
    case ValueType::Average:
        break;
    }
    QString text = u"%1.%2"_s.arg(targetMilli / 1000).arg(std::abs(targetMilli % 1000), 3, 10, QChar(u'0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

IndicatorScore Scoring::score(const Indicator &indicator, const Value &value,
                              std::optional<qint64> targetMilli)
{
    IndicatorScore s;
    const QString what = indicator.label();
    if (!value.isDefined()) {
        s.explanation = tr("%1: no value this period, left out.").arg(what);
        return s;
    }
    if (!targetMilli || *targetMilli <= 0) {
        s.explanation = tr("%1: %2, no target, left out.").arg(what, value.display());
        return s;
    }
    const std::optional<qint64> ratio = ratioBp(value, *targetMilli);
    if (!ratio) {
        s.explanation = tr("%1: %2, no target, left out.").arg(what, value.display());
        return s;
    }
    s.scored = true;
    const QString target = targetText(indicator.measure, *targetMilli);
    QString how;
    if (indicator.direction == Direction::HigherBetter) {
        s.achievementBp = std::max<qint64>(0, *ratio);
        how = tr("%1 of target %2 = %3").arg(value.display(), target, percentText(s.achievementBp));
    } else {
        s.achievementBp = std::max<qint64>(0, 20000 - *ratio);
        how = tr("%1 against target %2 (lower is better): 200% − %3 = %4")
                  .arg(value.display(), target, percentText(*ratio), percentText(s.achievementBp));
    }
    QString rule;
    if (indicator.rule == ScoreRule::Linear) {
        s.score = std::min(s.achievementBp, indicator.capBp);
        rule = s.achievementBp > indicator.capBp
                   ? tr("linear, capped at %1").arg(percentText(indicator.capBp))
                   : tr("linear up to %1").arg(percentText(indicator.capBp));
    } else {
        const Step *reached = nullptr;
        for (const Step &step : indicator.steps) {
            if (s.achievementBp >= step.thresholdBp)
                reached = &step;
        }
        s.score = reached ? reached->points * 100 : 0;
        rule = reached ? tr("step reached: %1 and above").arg(percentText(reached->thresholdBp))
                       : tr("below the first step");
    }
    s.explanation = tr("%1: %2; %3 → %4 points").arg(what, how, rule, pointsText(s.score));
    return s;
}

qint64 Scoring::composite(const QList<QPair<int, IndicatorScore>> &weighted)
{
    qint64 sumWeights = 0, sum = 0;
    for (const auto &[weight, s] : weighted) {
        if (!s.scored || weight <= 0)
            continue;
        sumWeights += weight;
        sum += qint64(weight) * s.score;
    }
    if (sumWeights == 0)
        return 0;
    return mulDiv(sum, 1, sumWeights);
}

qint64 Scoring::adjusted(qint64 computed, qint64 adjustments)
{
    return std::clamp<qint64>(computed + adjustments, 0, 10000);
}

QList<qint64> Scoring::apportion(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty())
        return parts;
    if (total < 0) {
        parts = apportion(-total, weights);
        for (qint64 &p : parts)
            p = -p;
        return parts;
    }
    QList<qint64> w = weights;
    qint64 sum = 0;
    for (qint64 &x : w) {
        x = std::max<qint64>(0, x);
        sum += x;
    }
    if (sum == 0) {
        std::fill(w.begin(), w.end(), 1);
        sum = w.size();
    }
    QList<qint64> remainders(w.size(), 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        parts[i] = mulDiv(total, w.at(i), sum, false, &remainders[i]);
        given += parts.at(i);
    }
    QList<qsizetype> order(w.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype k = 0; given < total && k < order.size(); ++k, ++given)
        ++parts[order.at(k)];
    return parts;
}

} // namespace frontline::performance
