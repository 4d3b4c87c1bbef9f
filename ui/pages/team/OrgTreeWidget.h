// The org tree of the Team page: teams with their members, where a member can be dragged onto
// another team (or onto a member of it). The tree itself never moves the item: it reports the
// wish (memberDropped) and the page asks core, then reloads what core says.
#pragma once

#include <QTreeWidget>

namespace frontline {

class OrgTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    enum Roles
    {
        MemberRole = Qt::UserRole + 1,
        TeamRole,
        MemberTeamRole, // a member item's team
    };

    explicit OrgTreeWidget(QWidget *parent = nullptr);

    // The team an item stands for: a team item's own, a member item's team; 0 for none.
    static qint64 teamOf(const QTreeWidgetItem *item);
    // What dropping the member's item on target (a team, or one of its members) does: asks for
    // the move (memberDropped). False when the drop means nothing (not a member, same team).
    // A drop needs a real drag from this tree (Qt delivers internal moves only then); tests
    // call this with the items a drop would find.
    bool dropOn(const QTreeWidgetItem *member, const QTreeWidgetItem *target);

Q_SIGNALS:
    void memberDropped(qint64 memberId, qint64 teamId);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The member being dragged (the current item) and the team under pos, or 0s.
    qint64 draggedMember() const;
};

} // namespace frontline
