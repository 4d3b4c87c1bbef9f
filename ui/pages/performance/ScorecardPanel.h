// ScorecardPanel: the KPI scorecard of each role or career position (rep, senior rep, team lead,
// manager, support, admin) — its weighted indicators with their metric, direction, scoring rule
// (linear to the target with a cap, or thresholds), target and weight. Administrators (the only
// ones core lets change a card) add and remove indicators, edit every field in place, create a
// card for a position that has none, remove one, and save; the weights' total and core's
// validation are shown live. Everyone else reads.
#pragma once

#include "PerformancePanel.h"
#include "performance/Scorecards.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace frontline {

class ScorecardPanel : public PerformancePanel
{
    Q_OBJECT
public:
    enum Column
    {
        IndicatorColumn,  // the metric's key (EditRole), shown by its label
        WeightColumn,     // whole percent
        DirectionColumn,  // higher or lower
        RuleColumn,       // linear or steps
        TargetColumn,     // a fixed target as typed in the metric's unit; empty: the member's target
        CapColumn,        // percent (linear)
        ThresholdsColumn, // "80:60, 100:100": percent of target : points (steps)
        ColumnCount
    };

    explicit ScorecardPanel(Session *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // The role or position whose card is shown (Scorecards::keys()).
    QString key() const;
    void setKey(const QString &key);
    // Adds an indicator row (the first metric not on the card yet, weight 0) and returns its row.
    int addIndicator();
    void removeIndicator(int row);
    // The card as edited, and what keeps it from being saved (unreadable targets or thresholds,
    // then core's validation), one line each.
    performance::Scorecard edited(QStringList *problems = nullptr) const;
    // Saves the edited card (administrators); false with the problems shown otherwise.
    bool save();
    // Removes the shown card after asking (not the rep's, the default).
    bool removeCard();

    void reload() override;
    void retranslateUi() override;

private:
    void showCard();
    void appendRow(const performance::Indicator &indicator);
    void updateRow(int row);
    void updateTotal();
    bool isAdmin() const;

    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_fallback = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_removeCard = nullptr;
    QPushButton *m_save = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<performance::Scorecard> m_cards;
    bool m_filling = false;
};

} // namespace frontline
