// TasksPage: follow-ups and to-dos — the user's own, their team's, or those overdue — by due
// date, ticked off with the check box or Ctrl+D (and Ctrl+Z undoes it).
#pragma once

#include "pages/CrmPage.h"

class QCheckBox;
class QPushButton;
class QTableView;
class QToolButton;

namespace frontline {

class EmptyState;
class PageHeader;
class TaskTableModel;

class TasksPage : public CrmPage
{
    Q_OBJECT
public:
    enum Scope
    {
        Mine,
        Team,
        Overdue
    };

    explicit TasksPage(CrmActions *actions, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setScope(Scope scope);

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void toggleCurrent();
    void updateSummary();

    Scope m_scope = Mine;
    TaskTableModel *m_model = nullptr;
    PageHeader *m_header = nullptr;
    QToolButton *m_mine = nullptr;
    QToolButton *m_team = nullptr;
    QToolButton *m_overdue = nullptr;
    QCheckBox *m_showDone = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_view = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace frontline
