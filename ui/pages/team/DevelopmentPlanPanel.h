// The Development plan tab of the Team page. For a member: the career path (current and target
// position on the ladder), the plan's status, goals (ticked when achieved), skills with their
// current and target level, the milestones on a timeline coloured by status, and the reviews
// managers recorded in evaluation periods. For a team: each member's plan at a glance.
// Changes go through core (DevelopmentPlans: permission, scope, audit of reviews).
#pragma once

#include "TeamPanel.h"
#include "training/DevelopmentPlans.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace frontline {

class MilestoneTimeline;

class DevelopmentPlanPanel : public TeamPanel
{
    Q_OBJECT
public:
    explicit DevelopmentPlanPanel(Session *session, QWidget *parent = nullptr);

    QLabel *careerPath() const { return m_path; }
    QListWidget *goals() const { return m_goals; }
    QTreeWidget *skills() const { return m_skills; }
    QTreeWidget *milestones() const { return m_milestones; }
    QTreeWidget *reviews() const { return m_reviews; }
    QTreeWidget *teamPlans() const { return m_teamPlans; }
    MilestoneTimeline *timeline() const { return m_timeline; }

    // What the buttons do after their dialogs (tests); each reports a problem and returns false.
    bool addGoal(const QString &text);
    bool setSkill(const QString &name, int level, int target);
    bool addMilestone(const QString &title, const QDate &due);
    bool setMilestoneStatus(qint64 milestoneId, const QString &status);
    bool addReview(const QString &period, const QString &comment);
    bool savePlan(const QString &current, const QString &target, const QString &status, const QString &notes);

protected:
    void load() override;
    void retranslateUi() override;

private:
    void showPlan(const std::optional<DevelopmentPlan> &plan);
    void showTeam();
    bool done(const SaveResult &result);
    bool done(bool ok, DevelopmentPlans &plans);
    void goalToggled(QListWidgetItem *item);
    void editPlan();
    void askGoal();
    void askSkill();
    void askMilestone();
    void askReview();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_editPlan = nullptr;
    QLabel *m_goalsHeading = nullptr;
    QListWidget *m_goals = nullptr;
    QPushButton *m_addGoal = nullptr;
    QLabel *m_skillsHeading = nullptr;
    QTreeWidget *m_skills = nullptr;
    QPushButton *m_addSkill = nullptr;
    QLabel *m_milestonesHeading = nullptr;
    MilestoneTimeline *m_timeline = nullptr;
    QTreeWidget *m_milestones = nullptr;
    QPushButton *m_addMilestone = nullptr;
    QLabel *m_reviewsHeading = nullptr;
    QTreeWidget *m_reviews = nullptr;
    QPushButton *m_addReview = nullptr;
    QTreeWidget *m_teamPlans = nullptr;
    std::optional<DevelopmentPlan> m_plan;
    bool m_filling = false;
};

} // namespace frontline
