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

qint64 OrgTreeWidget::draggedMember() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, MemberRole).toLongLong() : 0;
}

void OrgTreeWidget::dragMoveEvent(QDragMoveEvent *event)
{
    const qint64 team = teamOf(itemAt(event->position().toPoint()));
    const QTreeWidgetItem *dragged = currentItem();
    if (event->source() == this && draggedMember() && team &&
        team != dragged->data(0, MemberTeamRole).toLongLong()) {
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

bool OrgTreeWidget::dropOn(const QTreeWidgetItem *member, const QTreeWidgetItem *target)
{
    const qint64 memberId = member ? member->data(0, MemberRole).toLongLong() : 0;
    const qint64 team = teamOf(target);
    if (!memberId || !team || team == member->data(0, MemberTeamRole).toLongLong())
        return false;
    Q_EMIT memberDropped(memberId, team);
    return true;
}

} // namespace frontline
