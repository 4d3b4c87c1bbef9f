// The Training tab of the Team page: training sessions (for a member, the ones they are on the
// list of, with how many they came to and their average score), and for the session chosen its
// list: who came (a check box) and their assessment score (edited in place). Managers add and
// edit sessions and put the selected member or the whole team on a session's list.
#pragma once

#include "TeamPanel.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace frontline {

class TrainingPanel : public TeamPanel
{
    Q_OBJECT
public:
    explicit TrainingPanel(Session *session, QWidget *parent = nullptr);

    QTreeWidget *sessions() const { return m_sessions; }
    QTreeWidget *attendance() const { return m_attendance; }
    QString summary() const;
    void selectSession(qint64 sessionId);
    // Puts the subject's members on the chosen session's list (what the button does).
    bool addSubjectToSession();
    // What editing a row of the list does: column 1 records whether the member came, column 2
    // their score (text as typed; empty clears it).
    void recordAttendance(qint64 sessionId, qint64 memberId, bool came, const QString &text, int column);

protected:
    void load() override;
    void retranslateUi() override;

private:
    qint64 currentSession() const;
    void showAttendance();
    void attendanceEdited(QTreeWidgetItem *item, int column);

    void newSession();
    void editSession();

    QLabel *m_summary = nullptr;
    QTreeWidget *m_sessions = nullptr;
    QLabel *m_listHeading = nullptr;
    QTreeWidget *m_attendance = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_add = nullptr;
    bool m_filling = false;
};

} // namespace frontline
