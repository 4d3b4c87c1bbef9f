// The Targets tab of the Team page: the targets of a member, or of a team and each of its reps,
// for a metric and a month, quarter or year — each with where it comes from (its own row, the sum
// of its months, the reps' sum), the actual figure, attainment and the on-track status from the
// metrics engine. Managers set a target and split a team's target top-down among its reps
// (evenly, by weights, by last year's share) or a quarter's or year's into months (evenly or by
// last year's seasonality); the team's bottom-up sum is shown next to its own target.
#pragma once

#include "TeamPanel.h"
#include "analytics/Metric.h"
#include "analytics/Period.h"
#include "performance/TargetPlanner.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace frontline {

class TargetsPanel : public TeamPanel
{
    Q_OBJECT
public:
    explicit TargetsPanel(Session *session, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    analytics::Measure measure() const;
    analytics::Period period() const;
    void setMeasure(analytics::Measure measure);
    void setPeriod(const analytics::Period &period);
    QString bottomUpText() const;

    // What the buttons do, without their dialogs (tests and scripts): set the target of a row of
    // the table (the value in fen for money, else a count), split the team's target.
    bool setTarget(int row, qint64 value, QString *error = nullptr);
    performance::SplitResult split(qint64 total, performance::TargetPlanner::SplitMethod method,
                                   bool intoMonths, const QHash<qint64, qint64> &weights, bool save);

protected:
    void load() override;
    void retranslateUi() override;

private:
    void fillPeriods();
    void editTarget();
    void openSplit();
    QString valueText(qint64 value) const;

    QComboBox *m_metric = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_bottomUp = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_split = nullptr;
};

} // namespace frontline
