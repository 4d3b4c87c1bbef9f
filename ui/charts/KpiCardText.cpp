#include "KpiCardText.h"

#include "domain/Money.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

namespace {

QString change(const QString &label, double v, double threshold, const QString &number, bool rich)
{
    const QString color = v > threshold ? u"#2e9d5b"_s : v < -threshold ? u"#d64545"_s : QString();
    const QString arrow = v > threshold ? u"▲"_s : v < -threshold ? u"▼"_s : u"■"_s;
    if (color.isEmpty() || !rich)
        return label + u' ' + arrow + (color.isEmpty() ? QString() : u" "_s) + number;
    return label + u" <span style=\"color:%1\">%2 %3</span>"_s.arg(color, arrow, number);
}

} // namespace

QColor KpiCardText::colorOf(TrackStatus status)
{
    switch (status) {
    case TrackStatus::OnTrack:
        return QColor(0x2e, 0x9d, 0x5b);
    case TrackStatus::AtRisk:
        return QColor(0xd9, 0x8a, 0x00);
    case TrackStatus::OffTrack:
        return QColor(0xd6, 0x45, 0x45);
    case TrackStatus::NoTarget:
        break;
    }
    return {};
}

QString KpiCardText::growthText(const QString &label, const Value &value, bool rich)
{
    if (!value.isDefined())
        return label + u" —"_s;
    const double v = value.toDouble();
    return change(label, v, 0.0, QLocale().toString(std::abs(v) * 100.0, 'f', 1) + u'%', rich);
}

QString KpiCardText::pointsText(const QString &label, const Value &current, const Value &base, bool rich)
{
    if (!current.isDefined() || !base.isDefined())
        return label + u" —"_s;
    const double points = (current.toDouble() - base.toDouble()) * 100.0;
    //: A change of a rate in percentage points
    const QString number = tr("%1 pp").arg(QLocale().toString(std::abs(points), 'f', 1));
    return change(label, points, 0.05, number, rich);
}

KpiCardText KpiCardText::of(const KpiCard &card, bool rich)
{
    KpiCardText t;
    const bool isGrowth = card.key == u"growth"_s;
    if (isGrowth && card.value.isDefined()) {
        const double v = card.value.toDouble() * 100.0;
        t.value = (v > 0 ? u"+"_s : QString()) + QLocale().toString(v, 'f', 1) + u'%';
    } else {
        t.value = card.value.display();
    }
    const Attainment &a = card.attainment;
    if (a.hasTarget()) {
        t.status = Attainment::statusLabel(a.status);
        t.statusColor = colorOf(a.status);
        const QString target = Metrics::type(card.measure) == ValueType::Fen ? Money::format(a.target)
                                                                             : QLocale().toString(a.target);
        t.target = tr("Target %1 · %2 attained").arg(target, a.attainment.display());
    } else if (isGrowth) {
        t.target = tr("Revenue %1").arg(card.growth.current.display());
    } else if (card.measure == Measure::Revenue || card.measure == Measure::Collected ||
               card.measure == Measure::NewCustomers || card.measure == Measure::Visits) {
        t.target = tr("No target");
    }
    if (isGrowth) {
        t.growth << growthText(tr("vs last year"), card.growth.vsLastYear(), rich);
    } else if (card.value.type == ValueType::Ratio) {
        // A rate moves in percentage points, not in percent of itself.
        t.growth << pointsText(tr("vs last period"), card.growth.current, card.growth.previous, rich)
                 << pointsText(tr("vs last year"), card.growth.current, card.growth.lastYear, rich);
    } else {
        t.growth << growthText(tr("vs last period"), card.growth.vsPrevious(), rich)
                 << growthText(tr("vs last year"), card.growth.vsLastYear(), rich);
    }
    return t;
}

} // namespace frontline
