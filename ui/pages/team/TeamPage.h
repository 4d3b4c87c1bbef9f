// TeamPage: the organisation as a tree of teams and their members; a member dragged onto another
// team moves there (core checks and audits the move; Undo moves them back). For the member or
// team chosen, tabs: the overview (a member's role, duties and what they hold; a team's members),
// targets, training and the development plan (each a panel of its own, see TeamPanel).
#pragma once

#include "pages/CrmPage.h"

#include <QHash>
#include <QPair>
#include <QSet>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QTabWidget;
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

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelection();
    void showMember(const Member &member);
    void showTeam(const Team &team);
    void updatePanels(qint64 memberId, qint64 teamId);
    QSet<qint64> subtreeOf(qint64 teamId) const;

    PageHeader *m_header = nullptr;
    OrgTreeWidget *m_tree = nullptr;
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
