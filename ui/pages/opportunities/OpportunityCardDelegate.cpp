#include "OpportunityCardDelegate.h"

#include "models/StageCardsModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int Padding = 10;
constexpr int Margin = 3;
} // namespace

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(160, 4 * metrics.lineSpacing() + 2 * Padding + 2 * Margin + 6);
}

namespace {
// The title in up to two lines, the second elided: long Chinese titles ("2026年某某公司年度办公用品采购")
// need more than one line of a narrow card.
QStringList titleLines(const QString &title, const QFont &font, int width)
{
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (!first.isValid()) {
        layout.endLayout();
        return {title};
    }
    first.setLineWidth(width);
    layout.endLayout();
    const QString head = title.left(first.textLength());
    const QString rest = title.mid(first.textLength()).trimmed();
    if (rest.isEmpty())
        return {head};
    return {head, QFontMetrics(font).elidedText(rest, Qt::ElideRight, width)};
}
} // namespace

void OpportunityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    QColor border = palette.color(QPalette::Mid);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const QRect inner = card.toRect().adjusted(Padding, Padding - 2, -Padding, -Padding + 2);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();

    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(titleFont);
    const QStringList title =
        titleLines(index.data(StageCardsModel::TitleRole).toString(), titleFont, inner.width());
    for (int i = 0; i < title.size(); ++i)
        painter->drawText(QRect(inner.left(), inner.top() + i * line, inner.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter, title.at(i));

    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString customer = index.data(StageCardsModel::CustomerRole).toString();
    painter->drawText(QRect(inner.left(), inner.top() + int(title.size()) * line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(customer, Qt::ElideRight, inner.width()));

    const QRect bottom(inner.left(), inner.top() + 3 * line + 4, inner.width(), line);
    int amountWidth = bottom.width();
    // In an open stage, the probability as a small pill on the right.
    if (index.data(StageCardsModel::OpenStageRole).toBool()) {
        const QString probability = u"%1%"_s.arg(index.data(StageCardsModel::ProbabilityRole).toInt());
        const int probabilityWidth = metrics.horizontalAdvance(probability) + 10;
        const QRectF pill(bottom.right() - probabilityWidth, bottom.top(), probabilityWidth, bottom.height());
        QColor pillColor = palette.color(QPalette::Highlight);
        pillColor.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pillColor);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, probability);
        amountWidth -= probabilityWidth + 6;
    }
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(titleFont);
    painter->drawText(QRect(bottom.left(), bottom.top(), amountWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(StageCardsModel::AmountRole).toString(),
                                              Qt::ElideRight, amountWidth));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}

} // namespace frontline
