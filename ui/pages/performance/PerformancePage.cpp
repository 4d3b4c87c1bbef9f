#include "PerformancePage.h"

#include "CommissionsPanel.h"
#include "CrmActions.h"
#include "EvaluationsPanel.h"
#include "HonoursPanel.h"
#include "RankingPanel.h"
#include "ScorecardPanel.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/PageHeader.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline {

using analytics::Period;

PerformancePage::PerformancePage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Orders | Session::Customers | Session::Activities | Session::Organisation,
              parent)
{
    m_header = new PageHeader(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"periodKind"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodChooser"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamChooser"_s);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setAutoRaise(true);

    Session *s = session();
    m_ranking = new RankingPanel(s, this);
    m_ranking->setObjectName(u"rankingPanel"_s);
    m_evaluations = new EvaluationsPanel(s, this);
    m_evaluations->setObjectName(u"evaluationsPanel"_s);
    m_honours = new HonoursPanel(s, this);
    m_honours->setObjectName(u"honoursPanel"_s);
    m_commissions = new CommissionsPanel(s, this);
    m_commissions->setObjectName(u"commissionsPanel"_s);
    m_scorecard = new ScorecardPanel(s, this);
    m_scorecard->setObjectName(u"scorecardPanel"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"performanceTabs"_s);
    m_tabs->setDocumentMode(true);
    for (PerformancePanel *p : panels())
        m_tabs->addTab(p, QString());

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addWidget(m_team);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_kind, &QComboBox::activated, this, [this] {
        fillPeriods();
        load();
    });
    connect(m_period, &QComboBox::activated, this, &PerformancePage::load);
    connect(m_team, &QComboBox::activated, this, &PerformancePage::load);
    connect(m_refresh, &QToolButton::clicked, this, &PerformancePage::load);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *panel = qobject_cast<PerformancePanel *>(m_tabs->currentWidget()))
            panel->freshen();
    });
    for (PerformancePanel *p : panels()) {
        // What one tab writes (a run, a publication, an honour, an adjustment) the others show.
        connect(p, &PerformancePanel::changed, this, [this, p] {
            for (PerformancePanel *other : panels())
                if (other != p)
                    other->markStale();
        });
        connect(p, &PerformancePanel::message, actions, &CrmActions::message);
    }
    retranslateUi();
}

QList<PerformancePanel *> PerformancePage::panels() const
{
    return {m_ranking, m_evaluations, m_honours, m_commissions, m_scorecard};
}

void PerformancePage::retranslateUi()
{
    m_header->setTitle(tr("Performance"));
    m_header->setSubtitle(tr("Rankings, evaluations, honours and commissions"));
    m_tabs->setTabText(RankingTab, tr("Ranking"));
    m_tabs->setTabText(EvaluationsTab, tr("Evaluations"));
    m_tabs->setTabText(HonoursTab, tr("Honour roll"));
    m_tabs->setTabText(CommissionsTab, tr("Commissions"));
    m_tabs->setTabText(ScorecardTab, tr("Scorecards"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read again with the latest data"));
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItems({tr("Month"), tr("Quarter"), tr("Year")});
    m_kind->setCurrentIndex(kind);
    for (PerformancePanel *p : panels())
        p->retranslateUi();
}

void PerformancePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    CrmPage::changeEvent(event);
}

Period PerformancePage::period() const
{
    return Period::parse(m_period->currentData().toString()).value_or(Period());
}

qint64 PerformancePage::teamId() const
{
    return m_team->currentData().toLongLong();
}

void PerformancePage::setToday(const QDate &today)
{
    m_today = today;
    for (PerformancePanel *p : panels())
        p->setToday(today);
    fillPeriods();
}

void PerformancePage::setPeriod(const Period &period)
{
    m_filling = true;
    m_kind->setCurrentIndex(period.kind() == Period::Quarter ? 1 : period.kind() == Period::Year ? 2 : 0);
    fillPeriods();
    int index = m_period->findData(period.key());
    if (index < 0) {
        m_period->insertItem(0, period.label(), period.key());
        index = 0;
    }
    m_period->setCurrentIndex(index);
    m_filling = false;
    load();
}

void PerformancePage::setTeam(qint64 teamId)
{
    m_team->setCurrentIndex(std::max(0, m_team->findData(teamId)));
    load();
}

void PerformancePage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PerformancePage::rebuild()
{
    fillTeams();
    fillPeriods();
    load();
}

void PerformancePage::refresh()
{
    load();
}

void PerformancePage::fillPeriods()
{
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QString current = m_period->currentData().toString();
    m_period->clear();
    QList<Period> periods;
    switch (m_kind->currentIndex()) {
    case 1:
        periods = Period::containing(Period::Quarter, today).trailing(8);
        break;
    case 2:
        periods = Period::containing(Period::Year, today).trailing(5);
        break;
    default:
        periods = Period::containing(Period::Month, today).trailing(24);
        break;
    }
    std::reverse(periods.begin(), periods.end()); // newest first
    for (const Period &p : std::as_const(periods))
        m_period->addItem(p.label(), p.key());
    const int keep = m_period->findData(current);
    // Evaluations and commissions are about finished periods: the last one by default.
    m_period->setCurrentIndex(keep >= 0 ? keep : std::min(1, m_period->count() - 1));
}

void PerformancePage::fillTeams()
{
    if (!session()->isOpen() || session()->scope().role() == Role::Rep) {
        m_team->clear();
        m_team->addItem(tr("Everyone I can see"), qint64(0));
        m_team->hide();
        return;
    }
    // A manager chooses among the teams of their own subtree.
    qint64 root = 0;
    if (session()->scope().role() == Role::Manager && session()->actingMember())
        root = session()->actingMember()->teamId;
    combos::fillTeamTree(m_team, tr("Everyone I can see"), session()->repository<OrgRepository>().teams(),
                         root);
    m_team->setVisible(m_team->count() > 1);
}

void PerformancePage::load()
{
    if (m_filling)
        return;
    const Period p = period();
    for (PerformancePanel *panel : panels())
        panel->showPeriod(p, teamId(), panel == m_tabs->currentWidget());
}

} // namespace frontline
