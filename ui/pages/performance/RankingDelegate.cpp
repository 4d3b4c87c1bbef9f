#include "RankingDelegate.h"

#include "RankingModel.h"

#include <QApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace frontline {

using performance::RankingRow;

namespace {

const QColor UpColor(0x16, 0xa3, 0x4a);
const QColor DownColor(0xdc, 0x26, 0x26);
const QColor BarColor(0x3b, 0x82, 0xf6);

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

RankingDelegate::RankingDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QPair<QColor, QColor> RankingDelegate::medalColors(const QString &medal)
{
    if (medal == u"gold"_s)
        return {QColor(0xfb, 0xd3, 0x4d), QColor(0xc9, 0x8a, 0x0b)};
    if (medal == u"silver"_s)
        return {QColor(0xe5, 0xe7, 0xeb), QColor(0x8b, 0x95, 0xa3)};
    if (medal == u"bronze"_s)
        return {QColor(0xf0, 0xb0, 0x7a), QColor(0xa8, 0x5a, 0x24)};
    return {};
}

void RankingDelegate::paintMedal(QPainter *painter, const QRectF &rect, const QString &medal,
                                 const QString &text)
{
    const auto [light, dark] = medalColors(medal);
    if (!light.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height());
    const QRectF disc(rect.center().x() - d / 2, rect.top() + (rect.height() - d) / 2, d, d);
    // Two ribbon tails behind the disc, in the medal's dark tone and a red.
    const qreal w = d * 0.22;
    const QPointF c = disc.center();
    for (const int side : {-1, 1}) {
        QPainterPath tail;
        tail.moveTo(c.x() + side * w * 0.2, c.y());
        tail.lineTo(c.x() + side * (w * 0.2 + w), c.y());
        tail.lineTo(c.x() + side * (w * 0.2 + w * 1.1), disc.bottom() + d * 0.02);
        tail.lineTo(c.x() + side * (w * 0.2 + w * 0.55), disc.bottom() - d * 0.12);
        tail.lineTo(c.x() + side * w * 0.1, disc.bottom() + d * 0.02);
        tail.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(side < 0 ? QColor(0xdc, 0x26, 0x26) : QColor(0xb9, 0x1c, 0x1c));
        painter->drawPath(tail);
    }
    const QRectF face = disc.adjusted(d * 0.06, d * 0.0, -d * 0.06, -d * 0.12);
    QLinearGradient g(face.topLeft(), face.bottomRight());
    g.setColorAt(0, light.lighter(112));
    g.setColorAt(0.55, light);
    g.setColorAt(1, dark);
    painter->setBrush(g);
    painter->setPen(QPen(dark, std::max(1.0, d * 0.06)));
    painter->drawEllipse(face);
    // An inner ring, as struck medals have.
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 150), std::max(1.0, d * 0.03)));
    painter->drawEllipse(face.adjusted(d * 0.12, d * 0.12, -d * 0.12, -d * 0.12));
    QFont f = painter->font();
    f.setBold(true);
    f.setPixelSize(std::max(8, int(face.height() * 0.48)));
    painter->setFont(f);
    painter->setPen(medal == u"silver"_s ? QColor(0x37, 0x41, 0x51) : QColor(0x45, 0x1a, 0x03));
    painter->drawText(face, Qt::AlignCenter, text);
    painter->restore();
}

void RankingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background (selection, alternating rows) as the style draws it, then our own.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    switch (index.column()) {
    case RankingModel::RankColumn:
        paintRank(painter, option, index);
        return;
    case RankingModel::ValueColumn:
        paintValue(painter, option, index);
        return;
    case RankingModel::MovementColumn:
        paintMovement(painter, option, index);
        return;
    default:
        break;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void RankingDelegate::paintRank(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString medal = index.data(RankingModel::MedalRole).toString();
    const QString rank = QString::number(index.data(RankingModel::RankRole).toInt());
    const QRectF r = QRectF(option.rect).adjusted(2, 3, -2, -3);
    if (!medal.isEmpty()) {
        paintMedal(painter, r, medal, rank);
        return;
    }
    painter->save();
    QFont f = option.font;
    f.setBold(true);
    painter->setFont(f);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect, Qt::AlignCenter, rank);
    painter->restore();
}

void RankingDelegate::paintValue(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal share = index.data(RankingModel::BarRole).toDouble();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(option.font);
    const int pad = fm.height() / 3;
    const QRect area = option.rect.adjusted(pad, 0, -pad, 0);
    const int textWidth = fm.horizontalAdvance(u"¥000,000,000.00"_s);
    // The bar takes the cell's left part, the figure the right, so they never overlap.
    const int barWidth = std::max(0, area.width() - textWidth - pad);
    const qreal barHeight = std::max(4.0, fm.height() * 0.55);
    const QRectF track(area.left(), area.center().y() - barHeight / 2 + 1, barWidth, barHeight);
    QColor trackColor = option.palette.color(QPalette::Text);
    trackColor.setAlpha(isDark(option.palette) ? 36 : 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, barHeight / 2, barHeight / 2);
    if (share > 0) {
        QColor bar = BarColor;
        const QString medal = index.data(RankingModel::MedalRole).toString();
        if (!medal.isEmpty())
            bar = medalColors(medal).second;
        QRectF fill = track;
        fill.setWidth(std::max(barHeight, track.width() * share));
        painter->setBrush(bar);
        painter->drawRoundedRect(fill, barHeight / 2, barHeight / 2);
    }
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont f = option.font;
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

void RankingDelegate::paintMovement(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto movement = RankingRow::Movement(index.data(RankingModel::MovementRole).toInt());
    const int places = index.data(RankingModel::PlacesRole).toInt();
    const QFontMetrics fm(option.font);
    const qreal s = fm.height() * 0.6; // the arrow's size
    QColor grey = option.palette.color(QPalette::Text);
    grey.setAlpha(130);
    QFont f = option.font;
    f.setBold(true);
    painter->setFont(f);
    const QFontMetrics bold(f);
    if (movement == RankingRow::Up || movement == RankingRow::Down) {
        const QColor color = movement == RankingRow::Up ? UpColor : DownColor;
        const QString number = QString::number(places);
        const qreal width = s + s * 0.35 + bold.horizontalAdvance(number);
        const qreal x = option.rect.center().x() - width / 2;
        const qreal cy = option.rect.center().y() + 1;
        QPainterPath arrow;
        if (movement == RankingRow::Up) {
            arrow.moveTo(x + s / 2, cy - s / 2);
            arrow.lineTo(x + s, cy + s / 2);
            arrow.lineTo(x, cy + s / 2);
        } else {
            arrow.moveTo(x, cy - s / 2);
            arrow.lineTo(x + s, cy - s / 2);
            arrow.lineTo(x + s / 2, cy + s / 2);
        }
        arrow.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(arrow);
        painter->setPen(color);
        painter->drawText(QRectF(x + s * 1.35, option.rect.top(), width, option.rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, number);
    } else if (movement == RankingRow::Same) {
        painter->setPen(QPen(grey, std::max(2.0, s * 0.22), Qt::SolidLine, Qt::RoundCap));
        const QPointF c = QRectF(option.rect).center();
        painter->drawLine(QPointF(c.x() - s * 0.6, c.y() + 1), QPointF(c.x() + s * 0.6, c.y() + 1));
    } else {
        // A newcomer: a small tag.
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.8);
        small.setBold(true);
        painter->setFont(small);
        const QFontMetrics sm(small);
        const QString text = tr("NEW");
        const QRectF tag(0, 0, sm.horizontalAdvance(text) + sm.height() * 0.8, sm.height() * 1.15);
        QRectF placed = tag;
        placed.moveCenter(QRectF(option.rect).center());
        QColor fill = BarColor;
        fill.setAlpha(isDark(option.palette) ? 90 : 40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(placed, placed.height() / 2, placed.height() / 2);
        painter->setPen(isDark(option.palette) ? QColor(0xbf, 0xdb, 0xfe) : QColor(0x1d, 0x4e, 0xd8));
        painter->drawText(placed, Qt::AlignCenter, text);
    }
    painter->restore();
}

QSize RankingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int h = QFontMetrics(option.font).height();
    size.setHeight(std::max(size.height(), int(h * 2.0)));
    if (index.column() == RankingModel::ValueColumn)
        size.setWidth(std::max(size.width(), h * 16));
    return size;
}

} // namespace frontline
