// StageColumn is one stage of the pipeline board: its name, how many opportunities it holds,
// their total and weighted total, and the cards, which can be dragged to another column.
#pragma once

#include "domain/Crm.h"

#include <QFrame>

class QLabel;
class QListView;

namespace frontline {

class StageCardsModel;
struct StageTotal;

class StageColumn : public QFrame
{
    Q_OBJECT
public:
    explicit StageColumn(const PipelineStage &stage, QWidget *parent = nullptr);

    const PipelineStage &stage() const;
    StageCardsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void setOpportunities(const QList<Opportunity> &opportunities);
    void setTotal(const StageTotal &total);
    void retranslateUi();

    static QColor accent(const QString &stageKey);

private:
    StageCardsModel *m_model = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_weighted = nullptr;
    QListView *m_view = nullptr;
    qint64 m_amountFen = 0;
    qint64 m_weightedFen = 0;
};

} // namespace frontline
