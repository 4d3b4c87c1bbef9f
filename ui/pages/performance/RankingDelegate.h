// RankingDelegate paints the ranking table: the top three places as gold, silver and bronze
// medals (drawn, not emoji, so they look the same on every system and projector), the value
// with a bar against the leader's, and the movement as a green up or red down arrow with the
// number of places, a grey dash when unchanged, a "new" tag for newcomers. Everything scales
// with the view's font, so the presentation mode only sets a larger font.
#pragma once

#include <QStyledItemDelegate>

namespace frontline {

class RankingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RankingDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The medal colours (light, dark) for "gold", "silver", "bronze"; invalid otherwise.
    static QPair<QColor, QColor> medalColors(const QString &medal);
    static void paintMedal(QPainter *painter, const QRectF &rect, const QString &medal, const QString &text);

private:
    void paintRank(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintValue(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintMovement(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace frontline
