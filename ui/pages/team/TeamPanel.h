// The base of the Team page's tabs (targets, training, development plan): what the tree has
// selected — a member, or a team with the members of its subtree — and loading only when the tab
// is seen, so that clicking through the tree never pays for the tabs nobody is looking at.
#pragma once

#include "domain/Crm.h"

#include <QWidget>

namespace frontline {

class Session;

struct TeamSubject
{
    qint64 memberId = 0; // a member…
    qint64 teamId = 0;   // …or a team
    QString name;
    QList<Member> members; // the member alone, or the active members of the team's subtree
    bool isMember() const { return memberId != 0; }
    bool isEmpty() const { return !memberId && !teamId; }
};

class TeamPanel : public QWidget
{
    Q_OBJECT
public:
    TeamPanel(Session *session, QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    const TeamSubject &subject() const { return m_subject; }
    void setSubject(const TeamSubject &subject);
    // Reloads now when seen, else when next shown.
    void reload();
    // Brings the panel up to date now, seen or not (tests).
    void loadNow();
    // Whether the user's role may change performance data (targets, training, plans).
    bool canEdit() const;

protected:
    virtual void load() = 0;
    virtual void retranslateUi() = 0;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A problem for the user, below the panel's content.
    void showProblem(const QString &message);

private:
    Session *m_session;
    TeamSubject m_subject;
    bool m_stale = true;
};

} // namespace frontline
