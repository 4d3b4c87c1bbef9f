// TeamPage: the organisation as a tree of teams and their members. For the member chosen: their
// role, what the role is responsible for (the written duties), and what they hold — customers,
// open opportunities, open tasks — as far as the user may see. For a team: its members with
// what each holds.
#pragma once

#include "pages/CrmPage.h"

#include <QHash>
#include <QPair>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace frontline {

class PageHeader;

class TeamPage : public CrmPage
{
    Q_OBJECT
public:
    explicit TeamPage(CrmActions *actions, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Selects a member in the tree and shows them.
    void selectMember(qint64 memberId);

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelection();
    void showMember(const Member &member);
    void showTeam(const Team &team);

    PageHeader *m_header = nullptr;
    QTreeWidget *m_tree = nullptr;
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
