// ScorecardPanel: each role's scorecard — the weighted indicators, their direction, scoring rule,
// target and cap. Administrators (the only ones core lets change a card) edit the weights, caps
// and directions in place and save; everyone else reads.
#pragma once

#include "PerformancePanel.h"
#include "performance/Scorecards.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace frontline {

class ScorecardPanel : public PerformancePanel
{
    Q_OBJECT
public:
    explicit ScorecardPanel(Session *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // Saves the edited card (administrators); false with the problems shown otherwise.
    bool save();

    void reload() override;
    void retranslateUi() override;

private:
    void showCard();
    void updateTotal();

    QComboBox *m_role = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<performance::Scorecard> m_cards;
    bool m_filling = false;
};

} // namespace frontline
