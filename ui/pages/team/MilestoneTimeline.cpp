#include "MilestoneTimeline.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace frontline {

MilestoneTimeline::MilestoneTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"milestoneTimeline"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MilestoneTimeline::setMilestones(const QList<PlanMilestone> &milestones, const QDate &today)
{
    m_milestones = milestones;
    m_today = today;
    updateGeometry();
    update();
}

QColor MilestoneTimeline::statusColor(const QString &status)
{
    if (status == u"done"_s)
        return QColor(0x2e, 0x9d, 0x5b);
    if (status == u"in_progress"_s)
        return QColor(0xd9, 0x8a, 0x00);
    if (status == u"missed"_s)
        return QColor(0xd6, 0x45, 0x45);
    return QColor(0x3b, 0x7d, 0xd8); // planned
}

QSize MilestoneTimeline::sizeHint() const
{
    const int line = fontMetrics().lineSpacing();
    return {400, 24 + 3 * line + 12};
}

QSize MilestoneTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void MilestoneTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.lineSpacing();
    const int y = 16;
    const int left = 16, right = width() - 16;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    p.setPen(QPen(muted, 2));
    p.drawLine(left, y, right, y);
    if (m_milestones.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRect(left, y + 8, right - left, line), Qt::AlignCenter, tr("No milestones yet."));
        return;
    }
    // Spread evenly in due-date order: dates can bunch up, and every title needs its room.
    const int n = int(m_milestones.size());
    const int slot = n > 1 ? (right - left) / n : right - left;
    const QLocale locale;
    for (int i = 0; i < n; ++i) {
        const PlanMilestone &m = m_milestones.at(i);
        const int x = left + slot * i + slot / 2;
        const QColor c = statusColor(m.status);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(x, y), 6.5, 6.5);
        if (m.status == u"done"_s) {
            p.setPen(QPen(Qt::white, 1.8));
            QPainterPath tick;
            tick.moveTo(x - 3, y);
            tick.lineTo(x - 1, y + 2.5);
            tick.lineTo(x + 3.5, y - 2.5);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
        }
        if (m.isOverdue(m_today)) {
            p.setPen(QPen(statusColor(u"missed"_s), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(x, y), 10, 10);
        }
        const QRect textBox(x - slot / 2 + 4, y + 12, slot - 8, line);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(textBox, Qt::AlignHCenter | Qt::AlignTop,
                   fm.elidedText(m.title, Qt::ElideRight, textBox.width()));
        p.setPen(m.isOverdue(m_today) ? statusColor(u"missed"_s) : muted);
        p.drawText(textBox.translated(0, line), Qt::AlignHCenter | Qt::AlignTop,
                   locale.toString(m.dueDate, QLocale::ShortFormat));
    }
    // Today, when it falls between the first and the last due date.
    for (int i = 0; i + 1 < n; ++i) {
        if (m_milestones.at(i).dueDate <= m_today && m_today < m_milestones.at(i + 1).dueDate) {
            const int x = left + slot * i + slot; // between the two dots
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            p.drawLine(x, y - 10, x, y + 10);
        }
    }
}

} // namespace frontline
