#include "RatingWidget.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <cmath>
#include <numbers>

namespace frontline {

namespace {
constexpr int Gap = 4;

QPainterPath starPath(const QRectF &rect)
{
    QPainterPath path;
    const QPointF centre = rect.center();
    const qreal outer = rect.width() / 2, inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const qreal r = i % 2 ? inner : outer;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}
} // namespace

RatingWidget::RatingWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void RatingWidget::setValue(int value)
{
    value = qBound(0, value, Maximum);
    if (value == m_value)
        return;
    m_value = value;
    update();
    Q_EMIT valueChanged(value);
}

int RatingWidget::starSize() const
{
    return fontMetrics().height() + 6;
}

QRect RatingWidget::starRect(int index) const
{
    const int size = starSize();
    return QRect(3 + index * (size + Gap), (height() - size) / 2, size, size);
}

QSize RatingWidget::sizeHint() const
{
    const int size = starSize();
    return QSize(6 + Maximum * size + (Maximum - 1) * Gap, size + 6);
}

void RatingWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor gold(0xf2, 0xa9, 0x00);
    const QColor empty = palette().color(QPalette::Disabled, QPalette::WindowText);
    for (int i = 0; i < Maximum; ++i) {
        const QPainterPath star = starPath(QRectF(starRect(i)).adjusted(1, 1, -1, -1));
        const bool filled = i < m_value;
        painter.setPen(QPen(filled ? gold.darker(110) : empty, 1.2));
        painter.setBrush(filled ? gold : Qt::NoBrush);
        painter.drawPath(star);
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void RatingWidget::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_0 + Maximum && event->modifiers() == Qt::NoModifier) {
        setValue(key - Qt::Key_0);
    } else if (key == Qt::Key_Right || key == Qt::Key_Plus || key == Qt::Key_Up) {
        setValue(m_value + 1);
    } else if (key == Qt::Key_Left || key == Qt::Key_Minus || key == Qt::Key_Down) {
        setValue(m_value - 1);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RatingWidget::mousePressEvent(QMouseEvent *event)
{
    for (int i = 0; i < Maximum; ++i) {
        if (starRect(i).contains(event->position().toPoint())) {
            setValue(m_value == i + 1 ? 0 : i + 1);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace frontline
