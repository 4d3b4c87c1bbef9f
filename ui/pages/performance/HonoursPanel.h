// HonoursPanel: the honour roll (荣誉榜) of the period — each honour as a painted badge with the
// member, the reason and the date — and awarding one by hand with a reason (administrators and
// managers for their subtree; core decides).
#pragma once

#include "PerformancePanel.h"
#include "performance/Honours.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace frontline {

class HonoursPanel : public PerformancePanel
{
    Q_OBJECT
public:
    explicit HonoursPanel(Session *session, QWidget *parent = nullptr);

    const QList<performance::Honour> &honours() const { return m_honours; }
    QTableView *view() const { return m_view; }
    // By hand; opens the dialog when reason is empty.
    bool award(qint64 memberId = 0, const QString &reason = {});

    void reload() override;
    void retranslateUi() override;

private:
    QLabel *m_note = nullptr;
    QPushButton *m_award = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<performance::Honour> m_honours;
};

} // namespace frontline
