// EvaluationsPanel: the evaluations of the period and team — run one (off the user interface
// thread, with a busy bar), its versions, publishing, managers' adjustments and comments with a
// reason, and for the member chosen the line-by-line explanation of their score, read from the
// frozen snapshot, with their development plan beside it (goals, milestones, the reviews of the
// period) and a review of the plan written on the version shown. A re-run makes a new version and is
// confirmed first. A rep sees only published versions and their own line; the buttons follow what core allows
// the scope.
#pragma once

#include "PerformancePanel.h"
#include "performance/Evaluations.h"

#include <QFutureWatcher>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace frontline {

// What a run on the worker thread gives back.
struct EvaluationRun
{
    std::optional<performance::EvaluationInfo> info;
    QString error;
};

class EvaluationsPanel : public PerformancePanel
{
    Q_OBJECT
public:
    explicit EvaluationsPanel(Session *session, QWidget *parent = nullptr);
    ~EvaluationsPanel() override;

    // Tests and the page's buttons. Confirmations go through QMessageBox (tests answer them).
    void runEvaluation();
    bool publishSelected();
    // Adds an adjustment (points in hundredths; 0: a comment) to the selected member of the
    // selected draft; opens the dialog when reason is empty.
    bool adjustSelected(qint64 points = 0, const QString &reason = {});
    // Reviews the selected member's development plan on the selected version; asks for the
    // comment when it is empty.
    bool reviewSelectedPlan(const QString &comment = {});
    bool isRunning() const;
    void selectVersion(int version);
    void selectMember(qint64 memberId);

    const std::optional<performance::Snapshot> &snapshot() const { return m_snapshot; }
    QStringList explanation() const;
    QStringList planLines() const; // the selected member's development plan, as shown
    QTableView *versionsView() const { return m_versionsView; }
    QTableView *linesView() const { return m_linesView; }

    void reload() override;
    void retranslateUi() override;

Q_SIGNALS:
    void runFinished(bool ok);

private:
    void showVersion();
    void showExplanation();
    void updateButtons();
    std::optional<performance::EvaluationInfo> selectedInfo() const;
    qint64 selectedMember() const;

    QPushButton *m_run = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_adjust = nullptr;
    QPushButton *m_review = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_versionsTitle = nullptr;
    QLabel *m_linesTitle = nullptr;
    QLabel *m_explanationTitle = nullptr;
    QTableView *m_versionsView = nullptr;
    QTableView *m_linesView = nullptr;
    QListWidget *m_explanation = nullptr;
    QLabel *m_planTitle = nullptr;
    QListWidget *m_plan = nullptr;
    bool m_hasPlan = false;
    QStandardItemModel *m_versions = nullptr;
    QStandardItemModel *m_lines = nullptr;
    QList<performance::EvaluationInfo> m_infos;
    std::optional<performance::Snapshot> m_snapshot;
    std::unique_ptr<QFutureWatcher<EvaluationRun>> m_watcher;
};

} // namespace frontline
