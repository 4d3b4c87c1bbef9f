#include "OrgTreeWidget.h"

#include <QDragMoveEvent>
#include <QDropEvent>

namespace frontline {

OrgTreeWidget::OrgTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
}

qint64 OrgTreeWidget::teamOf(const QTreeWidgetItem *item)
{
    if (!item)
        return 0;
    const qint64 team = item->data(0, TeamRole).toLongLong();
    return team ? team : item->data(0, MemberTeamRole).toLongLong();
}

qint64 OrgTreeWidget::destination(const QTreeWidgetItem *dragged, const QTreeWidgetItem *target)
{
    const qint64 team = teamOf(target);
    if (!dragged || !team)
        return 0;
    if (dragged->data(0, MemberRole).toLongLong())
        return team == dragged->data(0, MemberTeamRole).toLongLong() ? 0 : team;
    const qint64 draggedTeam = dragged->data(0, TeamRole).toLongLong();
    if (!draggedTeam)
        return 0;
    const QTreeWidgetItem *parent = dragged->parent();
    if (parent && teamOf(parent) == team)
        return 0; // already there
    // Not onto itself nor anywhere below it (core refuses cycles too).
    for (const QTreeWidgetItem *item = target; item; item = item->parent()) {
        if (item == dragged)
            return 0;
    }
    return team;
}

void OrgTreeWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == this && destination(currentItem(), itemAt(event->position().toPoint()))) {
        QTreeWidget::dragMoveEvent(event);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void OrgTreeWidget::dropEvent(QDropEvent *event)
{
    // The tree is rebuilt from the database after the move; the view never moves items itself.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    // Only drags this tree accepted in dragMoveEvent() (its own items) get here.
    dropOn(currentItem(), itemAt(event->position().toPoint()));
}

bool OrgTreeWidget::dropOn(const QTreeWidgetItem *dragged, const QTreeWidgetItem *target)
{
    const qint64 team = destination(dragged, target);
    if (!team)
        return false;
    if (const qint64 memberId = dragged->data(0, MemberRole).toLongLong())
        Q_EMIT memberDropped(memberId, team);
    else
        Q_EMIT teamDropped(dragged->data(0, TeamRole).toLongLong(), team);
    return true;
}

} // namespace frontline
