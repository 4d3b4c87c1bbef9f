#include "LineIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

constexpr qreal Grid = 24.0;
constexpr qreal StrokeWidth = 1.6;

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QPainterPath personBody(qreal left, qreal right, qreal top, qreal bottom)
{
    const qreal middle = (left + right) / 2;
    QPainterPath body;
    body.moveTo(left, bottom);
    body.cubicTo(left, top + 2.2, middle - 3.5, top, middle, top);
    body.cubicTo(middle + 3.5, top, right, top + 2.2, right, bottom);
    return body;
}

QPolygonF gear()
{
    // Eight teeth, each a trapezoid between the root circle and the tip circle.
    QPolygonF polygon;
    const auto point = [](qreal degrees, qreal radius) {
        const qreal radians = degrees * std::numbers::pi / 180.0;
        return QPointF(12 + radius * std::cos(radians), 12 + radius * std::sin(radians));
    };
    for (int tooth = 0; tooth < 8; ++tooth) {
        const qreal centre = tooth * 45.0;
        polygon << point(centre - 15, 7.2) << point(centre - 8, 9.6) << point(centre + 8, 9.6)
                << point(centre + 15, 7.2);
    }
    return polygon;
}

void drawEye(QPainter &p)
{
    QPainterPath eye;
    eye.moveTo(2.5, 12);
    eye.quadTo(12, 2.5, 21.5, 12);
    eye.quadTo(12, 21.5, 2.5, 12);
    p.drawPath(eye);
    p.drawEllipse(QPointF(12, 12), 3, 3);
}

void drawApplicationIcon(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x6f, 0xd8));
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
    QPen pen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF({{5.5, 16.5}, {10, 12}, {13.5, 14.5}, {18.5, 8.5}}));
    p.drawPolyline(QPolygonF({{14.6, 8.2}, {18.5, 8.5}, {18.8, 12.4}}));
}

void drawShape(QPainter &p, LineIcon::Shape shape)
{
    switch (shape) {
    case LineIcon::Dashboard:
        p.drawRoundedRect(QRectF(3.5, 3.5, 7, 8), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13.5, 3.5, 7, 5), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13.5, 11.5, 7, 9), 1.5, 1.5);
        p.drawRoundedRect(QRectF(3.5, 14.5, 7, 6), 1.5, 1.5);
        break;
    case LineIcon::Customers:
        p.drawEllipse(QPointF(12, 8), 4, 4);
        p.drawPath(personBody(4.5, 19.5, 14.5, 20.5));
        break;
    case LineIcon::Visits: {
        QPainterPath pin;
        pin.moveTo(12, 21);
        pin.cubicTo(8, 16.5, 5.5, 13, 5.5, 9.5);
        pin.arcTo(QRectF(5.5, 3, 13, 13), 180, -180);
        pin.cubicTo(18.5, 13, 16, 16.5, 12, 21);
        p.drawPath(pin);
        p.drawEllipse(QPointF(12, 9.5), 2.5, 2.5);
        break;
    }
    case LineIcon::Opportunities:
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.drawEllipse(QPointF(12, 12), 4.5, 4.5);
        p.setBrush(p.pen().color());
        p.drawEllipse(QPointF(12, 12), 1, 1);
        break;
    case LineIcon::Orders:
        p.drawPolygon(QPolygonF({{6, 3.5},
                                 {18, 3.5},
                                 {18, 20.5},
                                 {16, 19},
                                 {14, 20.5},
                                 {12, 19},
                                 {10, 20.5},
                                 {8, 19},
                                 {6, 20.5}}));
        p.drawLine(QLineF(9, 8, 15, 8));
        p.drawLine(QLineF(9, 11.5, 15, 11.5));
        p.drawLine(QLineF(9, 15, 13, 15));
        break;
    case LineIcon::Team: {
        p.drawEllipse(QPointF(9, 8), 3.5, 3.5);
        p.drawPath(personBody(2.5, 15.5, 14.5, 20.5));
        p.drawEllipse(QPointF(16.5, 7.5), 2.7, 2.7);
        QPainterPath second;
        second.moveTo(16.8, 13);
        second.cubicTo(19.6, 13, 21.5, 15, 21.5, 18.5);
        p.drawPath(second);
        break;
    }
    case LineIcon::Performance:
        p.drawRoundedRect(QRectF(4.5, 12.5, 3.5, 8), 0.8, 0.8);
        p.drawRoundedRect(QRectF(10.25, 8, 3.5, 12.5), 0.8, 0.8);
        p.drawRoundedRect(QRectF(16, 3.5, 3.5, 17), 0.8, 0.8);
        break;
    case LineIcon::Tasks:
        p.drawPolyline(QPolygonF({{3.5, 7}, {5.5, 9}, {9, 5}}));
        p.drawLine(QLineF(12, 7, 20.5, 7));
        p.drawRoundedRect(QRectF(3.5, 14, 5.5, 5.5), 1, 1);
        p.drawLine(QLineF(12, 16.75, 20.5, 16.75));
        break;
    case LineIcon::ImportExport:
        p.drawLine(QLineF(8, 3.5, 8, 19.5));
        p.drawPolyline(QPolygonF({{4.5, 16}, {8, 19.5}, {11.5, 16}}));
        p.drawLine(QLineF(16, 20.5, 16, 4.5));
        p.drawPolyline(QPolygonF({{12.5, 8}, {16, 4.5}, {19.5, 8}}));
        break;
    case LineIcon::Settings:
        p.drawPolygon(gear());
        p.drawEllipse(QPointF(12, 12), 3, 3);
        break;
    case LineIcon::Eye:
        drawEye(p);
        break;
    case LineIcon::EyeOff:
        drawEye(p);
        p.drawLine(QLineF(4, 20, 20, 4));
        break;
    case LineIcon::Database: {
        p.drawEllipse(QRectF(5, 3, 14, 5));
        p.drawLine(QLineF(5, 5.5, 5, 18.5));
        p.drawLine(QLineF(19, 5.5, 19, 18.5));
        QPainterPath arcs;
        arcs.moveTo(5, 12);
        arcs.arcTo(QRectF(5, 9.5, 14, 5), 180, 180);
        arcs.moveTo(5, 18.5);
        arcs.arcTo(QRectF(5, 16, 14, 5), 180, 180);
        p.drawPath(arcs);
        break;
    }
    case LineIcon::Search:
        p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
        p.drawLine(QLineF(15, 15, 20.5, 20.5));
        break;
    case LineIcon::Add:
        p.drawLine(QLineF(12, 5, 12, 19));
        p.drawLine(QLineF(5, 12, 19, 12));
        break;
    case LineIcon::Back:
        p.drawLine(QLineF(5, 12, 19, 12));
        p.drawPolyline(QPolygonF({{11, 6}, {5, 12}, {11, 18}}));
        break;
    case LineIcon::Edit:
        p.drawPolygon(QPolygonF({{15.5, 4.5}, {19.5, 8.5}, {9, 19}, {4.5, 19.5}, {5, 15}}));
        p.drawLine(QLineF(13, 7, 17, 11));
        break;
    case LineIcon::Delete:
        p.drawLine(QLineF(4.5, 6.5, 19.5, 6.5));
        p.drawPolyline(QPolygonF({{9.5, 6.5}, {9.5, 4}, {14.5, 4}, {14.5, 6.5}}));
        p.drawPolyline(QPolygonF({{6.5, 6.5}, {7.5, 20}, {16.5, 20}, {17.5, 6.5}}));
        p.drawLine(QLineF(10.5, 10, 10.5, 16.5));
        p.drawLine(QLineF(13.5, 10, 13.5, 16.5));
        break;
    case LineIcon::Restore: {
        QPainterPath arc;
        arc.moveTo(5.5, 12);
        arc.arcTo(QRectF(5.5, 5, 14, 14), 180, -270);
        p.drawPath(arc);
        p.drawPolyline(QPolygonF({{3, 9.5}, {5.5, 12.5}, {8.5, 10}}));
        break;
    }
    case LineIcon::Board:
        p.drawRoundedRect(QRectF(3.5, 4.5, 4.5, 15), 1, 1);
        p.drawRoundedRect(QRectF(9.75, 4.5, 4.5, 10), 1, 1);
        p.drawRoundedRect(QRectF(16, 4.5, 4.5, 12.5), 1, 1);
        break;
    case LineIcon::List:
        for (const qreal y : {6.5, 12.0, 17.5}) {
            p.drawLine(QLineF(8.5, y, 20.5, y));
            p.drawPoint(QPointF(4.5, y));
        }
        break;
    case LineIcon::Check:
        p.drawPolyline(QPolygonF({{5, 12.5}, {10, 17.5}, {19.5, 7}}));
        break;
    case LineIcon::Sync: {
        QPainterPath arcs;
        arcs.moveTo(19, 9.5);
        arcs.arcTo(QRectF(4.5, 4.5, 15, 15), 20, 160);
        arcs.moveTo(5, 14.5);
        arcs.arcTo(QRectF(4.5, 4.5, 15, 15), 200, 160);
        p.drawPath(arcs);
        p.drawPolyline(QPolygonF({{16.2, 9.2}, {19.3, 9.6}, {20, 6.5}}));
        p.drawPolyline(QPolygonF({{7.8, 14.8}, {4.7, 14.4}, {4, 17.5}}));
        break;
    }
    case LineIcon::Lock: {
        p.drawRoundedRect(QRectF(5, 10.5, 14, 10), 2, 2);
        QPainterPath shackle;
        shackle.moveTo(8, 10.5);
        shackle.lineTo(8, 7.5);
        shackle.arcTo(QRectF(8, 3.5, 8, 8), 180, -180);
        shackle.lineTo(16, 10.5);
        p.drawPath(shackle);
        p.drawLine(QLineF(12, 14.5, 12, 16.5));
        break;
    }
    case LineIcon::Shield: {
        QPainterPath shield;
        shield.moveTo(12, 3);
        shield.lineTo(19.5, 6);
        shield.cubicTo(19.5, 13, 17, 18, 12, 21);
        shield.cubicTo(7, 18, 4.5, 13, 4.5, 6);
        shield.closeSubpath();
        p.drawPath(shield);
        p.drawPolyline(QPolygonF({{8.5, 12}, {11, 14.5}, {15.5, 9.5}}));
        break;
    }
    case LineIcon::Frontline:
        drawApplicationIcon(p);
        break;
    }
}

class LineIconEngine final : public QIconEngine
{
public:
    explicit LineIconEngine(LineIcon::Shape shape) : m_shape(shape) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / Grid, side / Grid);
        painter->setPen(QPen(colorFor(mode), StrokeWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        drawShape(*painter, m_shape);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new LineIconEngine(m_shape); }
    QString key() const override { return u"frontline-line-icon"_s; }

private:
    LineIcon::Shape m_shape;
};

} // namespace

QIcon LineIcon::icon(Shape shape)
{
    return QIcon(new LineIconEngine(shape));
}

} // namespace frontline
