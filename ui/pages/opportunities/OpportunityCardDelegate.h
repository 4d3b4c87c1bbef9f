// OpportunityCardDelegate paints an opportunity as a card on the pipeline board: the title, the
// customer, the amount and the probability, in a rounded box that shows selection and focus.
#pragma once

#include <QStyledItemDelegate>

namespace frontline {

class OpportunityCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace frontline
