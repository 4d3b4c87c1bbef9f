// KpiCardWidget is one card of the dashboard: what is measured, its value for the period, how it
// stands against its target (attainment with an on-track colour), how it moved against the last
// period and the same period last year, and a small trend line. Clicking it drills down.
#pragma once

#include "analytics/MetricsEngine.h"

#include <QFrame>

class QLabel;

namespace frontline {

class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(const QList<double> &values, bool highlightLast = true);
    QList<double> values() const { return m_values; }
    QSize sizeHint() const override { return {120, 30}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    bool m_highlightLast = true;
};

class KpiCardWidget : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCardWidget(QWidget *parent = nullptr);

    void setCard(const analytics::KpiCard &card);
    void clear();
    QString key() const { return m_key; }
    QString valueText() const;
    QString statusText() const;

    // The colour of an on-track status (green, amber, red; none without a target).
    static QColor statusColor(analytics::TrackStatus status);

Q_SIGNALS:
    void clicked(const QString &key);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFonts();
    // The target and growth lines on one line each when the card is wide enough, else broken
    // between their parts (a row of four cards at 1280 px in English), never clipped.
    void layOutLines();

    QString m_key;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_growth = nullptr;
    Sparkline *m_spark = nullptr;
    QStringList m_targetParts; // "Target ¥80,000.00", "95.2% attained"
    QStringList m_growthParts; // rich text, one per comparison
};

} // namespace frontline
