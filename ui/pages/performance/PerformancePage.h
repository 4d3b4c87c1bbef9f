// PerformancePage: how the team performs and is rewarded, for a month, quarter or year and a
// team — the ranking (the centrepiece, with a presentation mode for the projector), the
// scorecards, the evaluation runs with their frozen snapshots, the honour roll and the
// commission statements with the simulation. Everything comes from core's performance and
// commission classes in the session's scope; the page shows what core allows and nothing more.
#pragma once

#include "analytics/Period.h"
#include "pages/CrmPage.h"

class QComboBox;
class QTabWidget;
class QToolButton;

namespace frontline {

class CommissionsPanel;
class EvaluationsPanel;
class HonoursPanel;
class PageHeader;
class PerformancePanel;
class RankingPanel;
class ScorecardPanel;

class PerformancePage : public CrmPage
{
    Q_OBJECT
public:
    enum Tab
    {
        RankingTab,
        EvaluationsTab,
        HonoursTab,
        CommissionsTab,
        ScorecardTab
    };

    explicit PerformancePage(CrmActions *actions, QWidget *parent = nullptr);

    RankingPanel *ranking() const { return m_ranking; }
    ScorecardPanel *scorecard() const { return m_scorecard; }
    EvaluationsPanel *evaluations() const { return m_evaluations; }
    HonoursPanel *honours() const { return m_honours; }
    CommissionsPanel *commissions() const { return m_commissions; }
    QTabWidget *tabs() const { return m_tabs; }

    analytics::Period period() const;
    qint64 teamId() const;
    void setPeriod(const analytics::Period &period);
    void setTeam(qint64 teamId);
    void setCurrentTab(Tab tab);
    // "Today" for the period chooser (tests pin it); default the current date.
    void setToday(const QDate &today);

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPeriods();
    void fillTeams();
    void load();
    QList<PerformancePanel *> panels() const;

    PageHeader *m_header = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_team = nullptr;
    QToolButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    RankingPanel *m_ranking = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    EvaluationsPanel *m_evaluations = nullptr;
    HonoursPanel *m_honours = nullptr;
    CommissionsPanel *m_commissions = nullptr;
    QDate m_today;
    bool m_filling = false;
};

} // namespace frontline
