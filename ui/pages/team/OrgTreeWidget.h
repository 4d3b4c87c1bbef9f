// The org tree of the Team page: teams with their members, where a member can be dragged onto
// another team (or onto a member of it), and a team onto another team to go below it. The tree
// itself never moves the item: it reports the wish (memberDropped, teamDropped) and the page asks
// core, then reloads what core says.
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
    // What dropping an item on target (a team, or one of its members) does: a member asks for
    // the move to that team (memberDropped), a team to go below it (teamDropped). False when the
    // drop means nothing (the same team, a team onto itself or below itself, or onto its own
    // parent). A drop needs a real drag from this tree (Qt delivers internal moves only then);
    // tests call this with the items a drop would find.
    bool dropOn(const QTreeWidgetItem *dragged, const QTreeWidgetItem *target);

Q_SIGNALS:
    void memberDropped(qint64 memberId, qint64 teamId);
    void teamDropped(qint64 teamId, qint64 parentId);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The team the dragged item would go to when dropped on target; 0 when nowhere.
    static qint64 destination(const QTreeWidgetItem *dragged, const QTreeWidgetItem *target);
};

} // namespace frontline
