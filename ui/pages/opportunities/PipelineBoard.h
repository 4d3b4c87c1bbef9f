// PipelineBoard shows the pipeline as columns, one per stage, with the opportunities as cards.
// Dragging a card to another column, or "Move to" in its context menu, asks for the move
// (moveRequested); the page makes it through the undo stack and the board is refilled from
// the database.
#pragma once

#include "domain/Crm.h"

#include <QScrollArea>

class QHBoxLayout;

namespace frontline {

class StageColumn;
struct StageTotal;

class PipelineBoard : public QScrollArea
{
    Q_OBJECT
public:
    explicit PipelineBoard(QWidget *parent = nullptr);

    void setPipeline(const QList<PipelineStage> &stages, const QList<Opportunity> &opportunities,
                     const QList<StageTotal> &totals);
    QList<StageColumn *> columns() const { return m_columns; }
    StageColumn *column(const QString &stageKey) const;
    void retranslateUi();

Q_SIGNALS:
    void moveRequested(qint64 opportunityId, qint64 toStageId);
    void customerRequested(qint64 customerId);

private:
    void showCardMenu(StageColumn *column, const QPoint &position);

    QWidget *m_content = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QList<StageColumn *> m_columns;
};

} // namespace frontline
