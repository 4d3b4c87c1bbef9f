#include "CommissionCalculator.h"

#include "domain/Money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace frontline::commission {

QString CommissionLine::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Rate:
        return u"rate"_s;
    case Kind::Category:
        return u"category"_s;
    case Kind::Floor:
        return u"floor"_s;
    case Kind::NoTarget:
        return u"no_target"_s;
    case Kind::NoTier:
        return u"no_tier"_s;
    case Kind::Cap:
        return u"cap"_s;
    }
    return {};
}

qint64 CommissionCalculator::applyRate(qint64 fen, qint64 rateBp)
{
    const qint64 product = fen * rateBp;
    return product >= 0 ? (product + 5000) / 10000 : -((-product + 5000) / 10000);
}

qint64 CommissionCalculator::threshold(qint64 targetFen, qint64 levelBp)
{
    const qint64 product = targetFen * levelBp;
    return product >= 0 ? (product + 9999) / 10000 : -((-product) / 10000);
}

QString CommissionCalculator::percent(qint64 bp)
{
    const qint64 a = bp < 0 ? -bp : bp;
    return (bp < 0 ? u"-"_s : QString()) + u"%1.%2%"_s.arg(a / 100).arg(a % 100, 2, 10, QChar(u'0'));
}

namespace {

// floor(a / b) for b > 0.
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

} // namespace

std::optional<qint64> CommissionCalculator::attainmentBp(qint64 baseFen, std::optional<qint64> targetFen)
{
    if (!targetFen || *targetFen <= 0)
        return std::nullopt;
    return floorDiv(baseFen * 10000, *targetFen);
}

Calculation CommissionCalculator::compute(const Plan &plan, qint64 baseFen, std::optional<qint64> targetFen,
                                          const QMap<QString, qint64> &categoryRevenue)
{
    Calculation c;
    c.baseFen = baseFen;
    c.targetFen = targetFen;
    const bool hasTarget = targetFen && *targetFen > 0;
    c.attainmentBp = attainmentBp(baseFen, targetFen);

    const auto reached = [&](qint64 levelBp) {
        return hasTarget ? baseFen * 10000 >= *targetFen * levelBp : (levelBp == 0 && baseFen >= 0);
    };

    if (plan.needsTarget() && !hasTarget) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::NoTarget;
        line.text = tr("No revenue target for this period: the plan's tiers and floor need one, so no "
                       "commission is paid.");
        c.lines << line;
        return c;
    }
    if (plan.floorBp > 0 && !reached(plan.floorBp)) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::Floor;
        line.tierFromBp = plan.floorBp;
        line.text = tr("Attainment %1 is below the floor of %2: no commission.")
                        .arg(percent(c.attainmentBp.value_or(0)), percent(plan.floorBp));
        c.lines << line;
        return c;
    }
    for (qsizetype i = 0; i < plan.tiers.size(); ++i) {
        if (reached(plan.tiers.at(i).fromBp))
            c.tierIndex = int(i);
    }
    if (c.tierIndex >= 0)
        c.tier = plan.tiers.at(c.tierIndex);

    // Categories with their own rate fill the base from the bottom.
    qint64 stacked = 0;
    for (const CategoryRate &rate : plan.categoryRates) {
        const qint64 part = std::min(categoryRevenue.value(rate.category), baseFen - stacked);
        if (part <= 0)
            continue;
        CommissionLine line;
        line.kind = CommissionLine::Kind::Category;
        line.category = rate.category;
        line.fromFen = stacked;
        line.toFen = stacked + part;
        line.rateBp = rate.rateBp;
        line.amountFen = applyRate(part, rate.rateBp);
        line.text =
            tr("Category %1: %2 × %3 = %4")
                .arg(rate.category, Money::format(part), percent(rate.rateBp), Money::format(line.amountFen));
        c.lines << line;
        stacked += part;
    }

    const auto tierLabel = [](const Tier &t) {
        return t.isAccelerator() ? tr("accelerator from %1").arg(percent(t.fromBp))
                                 : tr("tier from %1").arg(percent(t.fromBp));
    };
    if (c.tierIndex < 0) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::NoTier;
        line.text =
            plan.tiers.isEmpty()
                ? tr("The plan has no rate table.")
                : tr("Attainment %1 is below the first tier (%2): the rate table pays nothing.")
                      .arg(percent(c.attainmentBp.value_or(0)), percent(plan.tiers.constFirst().fromBp));
        c.lines << line;
    } else if (plan.mode == RateMode::WholeAtTier) {
        const qint64 rest = baseFen - stacked;
        if (rest > 0 || stacked == 0) {
            CommissionLine line;
            line.kind = CommissionLine::Kind::Rate;
            line.fromFen = stacked;
            line.toFen = baseFen;
            line.tierFromBp = c.tier->fromBp;
            line.rateBp = c.tier->rateBp;
            line.accelerator = c.tier->isAccelerator();
            line.amountFen = applyRate(rest, line.rateBp);
            line.text = (stacked ? tr("Other revenue: %1 × %2 (%3) = %4") : tr("Base: %1 × %2 (%3) = %4"))
                            .arg(Money::format(rest), percent(line.rateBp), tierLabel(*c.tier),
                                 Money::format(line.amountFen));
            c.lines << line;
        }
    } else {
        constexpr qint64 Open = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < plan.tiers.size(); ++i) {
            const Tier &t = plan.tiers.at(i);
            const qint64 lo = hasTarget ? threshold(*targetFen, t.fromBp) : 0;
            const qint64 hi = i + 1 < plan.tiers.size()
                                  ? (hasTarget ? threshold(*targetFen, plan.tiers.at(i + 1).fromBp) : 0)
                                  : Open;
            const qint64 from = std::max(lo, stacked), to = std::min(hi, baseFen);
            if (to <= from)
                continue;
            CommissionLine line;
            line.kind = CommissionLine::Kind::Rate;
            line.fromFen = from;
            line.toFen = to;
            line.tierFromBp = t.fromBp;
            line.rateBp = t.rateBp;
            line.accelerator = t.isAccelerator();
            line.amountFen = applyRate(to - from, t.rateBp);
            line.text = tr("%1 to %2 (%3): %4 × %5 = %6")
                            .arg(Money::format(from), Money::format(to), tierLabel(t),
                                 Money::format(to - from), percent(t.rateBp), Money::format(line.amountFen));
            c.lines << line;
        }
    }

    for (const CommissionLine &line : std::as_const(c.lines))
        c.beforeCapFen += line.amountFen;
    c.commissionFen = c.beforeCapFen;
    if (plan.capFen && c.beforeCapFen > *plan.capFen) {
        CommissionLine line;
        line.kind = CommissionLine::Kind::Cap;
        line.amountFen = *plan.capFen - c.beforeCapFen;
        line.text = tr("Cap of %1: %2 above it is not paid.")
                        .arg(Money::format(*plan.capFen), Money::format(-line.amountFen));
        c.lines << line;
        c.capped = true;
        c.commissionFen = *plan.capFen;
    }
    return c;
}

} // namespace frontline::commission
