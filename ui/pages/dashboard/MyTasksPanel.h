// MyTasksPanel: the home page's short list of the user's own open tasks — overdue first, then
// due today, then the next ones — with how many are overdue and due today. A task opens with its
// comments. Only the acting member's tasks, read through core's TaskRepository in the session's
// scope; hidden for the administrator, who has no tasks of their own.
#pragma once

#include <QDate>
#include <QFrame>

class QLabel;
class QTreeWidget;

namespace frontline {

class CrmActions;
class Session;

class MyTasksPanel : public QFrame
{
    Q_OBJECT
public:
    MyTasksPanel(Session *session, CrmActions *actions, QWidget *parent = nullptr);

    // "Today" for what is overdue (tests pin it); default the current date.
    void setToday(const QDate &today);
    void reload();
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    static constexpr int MaxRows = 5;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();

    Session *m_session;
    CrmActions *m_actions;
    QDate m_today;
    bool m_stale = true;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace frontline
