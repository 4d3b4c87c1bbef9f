// Personal development plans: one per member, with the career path (current and target position
// on the ladder rep → senior rep → team lead → manager), goals, skills with their current and
// target level (1–5), milestones with due dates and a status, and the reviews a manager records
// in an evaluation period.
//
// A plan is seen by its member and by whoever sees the member (the access scope: a manager their
// subtree). Changes need the performance/edit permission and a member in scope; a review is
// someone else's view of the member (nobody reviews their own plan) and is audited.
#pragma once

#include "repositories/Repository.h"

#include <optional>

namespace frontline {

struct PlanGoal
{
    qint64 id = 0;
    int position = 0;
    QString text;
    bool achieved = false;
};

struct PlanSkill
{
    qint64 id = 0;
    QString name;
    int currentLevel = 1; // 1 novice … 5 expert
    int targetLevel = 3;
};

struct PlanMilestone
{
    qint64 id = 0;
    QString title;
    QDate dueDate;
    QString status = QStringLiteral("planned"); // Vocabulary::MilestoneStatus
    // Due and not done: planned or in progress with the due date before today.
    bool isOverdue(const QDate &today) const;
};

struct PlanReview
{
    qint64 id = 0;
    qint64 reviewerId = 0; // 0: the administrator
    QString reviewerName;  // read only
    QString period;        // 2025-03, 2025-Q1, 2025
    QString comment;
    QDate reviewedOn;
    QString evaluationUuid;    // the evaluation version it was written on; empty: the period's
    int evaluationVersion = 0; // that version's number; 0: none
};

struct DevelopmentPlan
{
    qint64 id = 0;
    QString uuid;
    qint64 memberId = 0;
    QString memberCode; // read only
    QString memberName; // read only
    QString currentPosition = QStringLiteral("rep");
    QString targetPosition = QStringLiteral("senior_rep");
    QString status = QStringLiteral("active"); // Vocabulary::PlanStatus
    QString notes;
    QList<PlanGoal> goals;           // by position
    QList<PlanSkill> skills;         // by name
    QList<PlanMilestone> milestones; // by due date
    QList<PlanReview> reviews;       // newest first

    // Milestones done out of all, for progress bars.
    int milestonesDone() const;
};

class DevelopmentPlans : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::DevelopmentPlans)
public:
    using Repository::Repository;

    static QStringList positions(); // the ladder, in order
    static QStringList statuses();
    static QStringList milestoneStatuses();
    // The steps from one position to another, both included ({from} when they are the same or
    // the target is not above).
    static QStringList careerPath(const QString &from, const QString &to);

    // The member's plan with everything in it; nullopt when there is none or it is out of scope.
    std::optional<DevelopmentPlan> plan(qint64 memberId);
    // Every plan in scope (without reviews), in member code order.
    QList<DevelopmentPlan> list();

    // Creates the member's plan or changes its path, status and notes.
    SaveResult setPlan(const DevelopmentPlan &plan);
    SaveResult addGoal(qint64 memberId, const QString &text);
    bool setGoalAchieved(qint64 goalId, bool achieved);
    // Adds the skill or, when the plan has one of that name, changes its levels.
    SaveResult setSkill(qint64 memberId, const QString &name, int currentLevel, int targetLevel);
    SaveResult addMilestone(qint64 memberId, const QString &title, const QDate &due,
                            const QString &status = QStringLiteral("planned"));
    bool setMilestoneStatus(qint64 milestoneId, const QString &status);
    // Tombstones a goal, skill or milestone (table: plan_goal, plan_skill, plan_milestone).
    bool removeItem(const QString &table, qint64 id);
    // Records a review by the scope's member in period (a period key, e.g. 2025-Q1). Audited.
    // Written on an evaluation version when evaluationUuid is given (see Evaluations::reviewPlan).
    SaveResult addReview(qint64 memberId, const QString &period, const QString &comment,
                         const QDate &reviewedOn = QDate::currentDate(), const QString &evaluationUuid = {},
                         int evaluationVersion = 0);

private:
    bool mayEdit(qint64 memberId, const QString &what);
    // The live plan of the member (0 when none); with create, a new active plan when none.
    qint64 planId(qint64 memberId, bool create = false);
    // The member a plan item belongs to (0 when the item does not exist).
    qint64 ownerOfItem(const QString &table, qint64 id);
    bool touch(const QString &table, qint64 id, const QString &column, const QVariant &value);
    SaveResult fieldError(const QString &field, const QString &message) const;
};

} // namespace frontline
