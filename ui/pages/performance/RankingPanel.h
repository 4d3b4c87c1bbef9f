// RankingPanel: everyone ranked by the composite score (the published evaluation) or by any
// measure of the metrics engine, with medals, bars and movement, and a presentation mode that
// shows the same ranking full screen in large type for a meeting room's projector.
#pragma once

#include "PerformancePanel.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace frontline {

class RankingModel;

class RankingPanel : public PerformancePanel
{
    Q_OBJECT
public:
    explicit RankingPanel(Session *session, QWidget *parent = nullptr);

    RankingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // "score" or a measure key.
    QString by() const;
    void setBy(const QString &key);
    // Opens the presentation (full screen unless told otherwise, for tests) and returns it.
    QWidget *present(bool fullScreen = true);

    void reload() override;
    void retranslateUi() override;

private:
    void fillIndicators();
    QString title() const;

    QComboBox *m_by = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_present = nullptr;
    QTableView *m_view = nullptr;
    RankingModel *m_model = nullptr;
};

} // namespace frontline
