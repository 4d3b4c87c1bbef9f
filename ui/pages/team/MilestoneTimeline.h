// A development plan's milestones on a line through time: a dot per milestone at its due date,
// coloured by status (planned blue, in progress amber, done green, missed red; an overdue one is
// red-ringed), today marked, and the title and date under each dot.
#pragma once

#include "training/DevelopmentPlans.h"

#include <QWidget>

namespace frontline {

class MilestoneTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit MilestoneTimeline(QWidget *parent = nullptr);

    void setMilestones(const QList<PlanMilestone> &milestones, const QDate &today = QDate::currentDate());
    const QList<PlanMilestone> &milestones() const { return m_milestones; }
    static QColor statusColor(const QString &status);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<PlanMilestone> m_milestones;
    QDate m_today;
};

} // namespace frontline
