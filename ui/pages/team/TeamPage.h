// TeamPage: the organisation as a tree of teams and their members, editable by administrators
// and managers (of their subtree): a member dragged onto another team moves there (core checks and
// audits the move; the bar under the tree and Edit → Undo move them back); teams are added,
// renamed, moved and deleted from the buttons above the tree or its context menu; a member is
// edited in a dialog; each role's duties are written down. For the member or team chosen, tabs:
// the overview (a member's role, duties and what they hold; a team's members), targets, training
// and the development plan (each a panel of its own, see TeamPanel).
#pragma once

#include "pages/CrmPage.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QMenu;
class QUndoCommand;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace frontline {

class DevelopmentPlanPanel;
class OrgTreeWidget;
class PageHeader;
class TargetsPanel;
class TrainingPanel;

class TeamPage : public CrmPage
{
    Q_OBJECT
public:
    explicit TeamPage(CrmActions *actions, QWidget *parent = nullptr);

    QTreeWidget *tree() const;
    QTabWidget *tabs() const { return m_tabs; }
    TargetsPanel *targetsPanel() const { return m_targets; }
    TrainingPanel *trainingPanel() const { return m_training; }
    DevelopmentPlanPanel *planPanel() const { return m_plan; }
    // Selects a member in the tree and shows them.
    void selectMember(qint64 memberId);
    void selectTeam(qint64 teamId);
    // What dropping a member on a team in the tree does: the move through core, pushed on the
    // undo stack. False (the reason in the status bar) when core refuses it.
    bool moveMember(qint64 memberId, qint64 teamId);
    // The org editing actions without their questions, each through core (permission, scope,
    // audit); false (the reason in the status bar) when core refuses.
    bool addTeam(qint64 parentId, const QString &name);
    bool renameTeam(qint64 teamId, const QString &name);
    bool moveTeam(qint64 teamId, qint64 parentId);
    bool removeTeam(qint64 teamId, qint64 moveMembersTo = 0);
    // Opens the member dialog (undoable) and the role's duties dialog.
    void editMember(qint64 memberId);
    void editDuties(Role role);
    // The bar under the tree after a drag: what moved, with Undo.
    QWidget *undoBar() const { return m_undoBar; }
    QPushButton *undoMoveButton() const { return m_undoMove; }
    QToolButton *addTeamButton() const { return m_addTeam; }
    QToolButton *renameButton() const { return m_rename; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *editMemberButton() const { return m_editMember; }
    QPushButton *editDutiesButton() const { return m_editDuties; }
    // The context menu for a tree item (for tests: the menu the right click shows).
    QMenu *contextMenuFor(QTreeWidgetItem *item);

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    // The questions before the actions (names, where the members go, confirmation).
    void askNewTeam();
    void askRename();
    void askMoveTeam();
    void askRemove();
    const Team *teamById(qint64 teamId) const;
    const Member *memberById(qint64 memberId) const;
    void showSelection();
    void showMember(const Member &member);
    void showTeam(const Team &team);
    void updatePanels(qint64 memberId, qint64 teamId);
    QSet<qint64> subtreeOf(qint64 teamId) const;

    PageHeader *m_header = nullptr;
    OrgTreeWidget *m_tree = nullptr;
    QToolButton *m_addTeam = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_editMember = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoMove = nullptr;
    const QUndoCommand *m_lastMove = nullptr; // the drag the bar offers to undo
    QPushButton *m_editDuties = nullptr;
    QTabWidget *m_tabs = nullptr;
    TargetsPanel *m_targets = nullptr;
    TrainingPanel *m_training = nullptr;
    DevelopmentPlanPanel *m_plan = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_ownsHeading = nullptr;
    QLabel *m_owns = nullptr;
    QLabel *m_dutiesHeading = nullptr;
    QListWidget *m_duties = nullptr;
    QTreeWidget *m_roster = nullptr;
    QList<Member> m_members;
    QList<Team> m_teams;
    QHash<qint64, qint64> m_customerCounts;
    // Open opportunities per owner (count, amount), read when a team is first shown.
    std::optional<QHash<qint64, QPair<qint64, qint64>>> m_pipeline;
};

} // namespace frontline
