// CommissionsPanel: the commission statements of the period — the team summary (base, target,
// attainment, tier, commission, adjustments, total, with team totals), the statement of the
// member chosen line by line, export to Excel (core's writer), bonuses and deductions with a
// reason, and the simulation: "if I sell ¥X more, I earn ¥Y more". A rep sees only their own
// statement; a manager their subtree's (core's Commissions decides).
#pragma once

#include "PerformancePanel.h"
#include "commission/Commissions.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace frontline {

class CommissionsPanel : public PerformancePanel
{
    Q_OBJECT
public:
    explicit CommissionsPanel(Session *session, QWidget *parent = nullptr);

    const std::optional<commission::TeamSummary> &summary() const { return m_summary; }
    QTableView *view() const { return m_view; }
    QStringList statementLines() const;
    void selectMember(qint64 memberId);
    qint64 selectedMember() const;
    // The simulation for the selected member with extra revenue in fen; nullopt when none.
    std::optional<commission::Simulation> simulate(qint64 extraFen);
    QString simulationText() const;
    // Writes the summary to path (XLSX); false with a message box otherwise. Empty path: asks.
    bool exportTo(QString path = {});
    // A bonus (positive) or deduction; opens the dialog when reason is empty.
    bool adjust(qint64 amountFen = 0, const QString &reason = {});

    void reload() override;
    void retranslateUi() override;

private:
    void showStatement();
    void updateSimulation();

    QLabel *m_note = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_adjust = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_statementTitle = nullptr;
    QListWidget *m_statement = nullptr;
    QLabel *m_simulationTitle = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLineEdit *m_extra = nullptr;
    QLabel *m_delta = nullptr;
    QLabel *m_sentence = nullptr;
    std::optional<commission::TeamSummary> m_summary;
};

} // namespace frontline
