#include "FlowLayout.h"

#include <QWidget>

namespace frontline {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setContentsMargins(QMargins());
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::setRowAlignment(Qt::Alignment alignment)
{
    m_rowAlignment = alignment;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0, height = 0, visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = qMax(height, hint.height());
        ++visible;
    }
    const QMargins margins = contentsMargins();
    return QSize(width + qMax(0, visible - 1) * spacing() + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    // Rows first, then their places: a row's height is its tallest item, and the row is moved
    // to the right edge when so aligned.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = qMin(item->sizeHint().width(), area.width());
        if (x > 0 && x + width > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        rows.last().append(item);
        x += width + gap;
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int rowWidth = -gap, rowHeight = 0;
        for (const QLayoutItem *item : row) {
            rowWidth += qMin(item->sizeHint().width(), area.width()) + gap;
            rowHeight = qMax(rowHeight, item->sizeHint().height());
        }
        int left = area.x();
        if (m_rowAlignment & Qt::AlignRight)
            left += qMax(0, area.width() - rowWidth);
        for (QLayoutItem *item : row) {
            const QSize hint(qMin(item->sizeHint().width(), area.width()), item->sizeHint().height());
            if (apply)
                item->setGeometry(QRect(QPoint(left, y + (rowHeight - hint.height()) / 2), hint));
            left += hint.width() + gap;
        }
        y += rowHeight + gap;
    }
    const QMargins margins = contentsMargins();
    return y - gap - area.y() + margins.top() + margins.bottom();
}

} // namespace frontline
