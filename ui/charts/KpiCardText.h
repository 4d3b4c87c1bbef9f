// KpiCardText: what a KPI card says — the figure, the on-track badge and its colour, the target
// line and the growth line — written once for the dashboard's cards on screen (rich text with
// coloured arrows) and on paper (plain text). Shares the card widget's translation context.
#pragma once

#include "analytics/MetricsEngine.h"

#include <QColor>
#include <QCoreApplication>

namespace frontline {

struct KpiCardText
{
    Q_DECLARE_TR_FUNCTIONS(frontline::KpiCardWidget)
public:
    QString value;  // "¥1,234.50", "+3.1%", "42"
    QString status; // "On track"…; empty without a target
    QColor statusColor;
    QString target;     // "Target ¥80,000.00 · 95.2% attained", "No target"…
    QStringList growth; // "vs last period ▲ 3.1%", "vs last year ▼ 2.0%"

    // rich: coloured arrows as HTML for a QLabel; otherwise plain text.
    static KpiCardText of(const analytics::KpiCard &card, bool rich);
    // The colour of an on-track status (green, amber, red; none without a target).
    static QColor colorOf(analytics::TrackStatus status);
    static QString growthText(const QString &label, const analytics::Value &change, bool rich);
    static QString pointsText(const QString &label, const analytics::Value &current,
                              const analytics::Value &base, bool rich);
};

} // namespace frontline
