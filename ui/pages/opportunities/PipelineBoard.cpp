#include "PipelineBoard.h"

#include "StageColumn.h"
#include "domain/Vocabulary.h"
#include "models/StageCardsModel.h"
#include "repositories/OpportunityRepository.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace frontline {

PipelineBoard::PipelineBoard(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(u"pipelineBoard"_s);
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(this);
    m_layout = new QHBoxLayout(m_content);
    m_layout->setContentsMargins(QMargins());
    m_layout->setSpacing(8);
    setWidget(m_content);
}

StageColumn *PipelineBoard::column(const QString &stageKey) const
{
    for (StageColumn *c : m_columns) {
        if (c->stage().key == stageKey)
            return c;
    }
    return nullptr;
}

void PipelineBoard::setPipeline(const QList<PipelineStage> &stages, const QList<Opportunity> &opportunities,
                                const QList<StageTotal> &totals)
{
    bool same = stages.size() == m_columns.size();
    for (int i = 0; same && i < stages.size(); ++i)
        same = m_columns.at(i)->stage().id == stages.at(i).id;
    if (!same) {
        qDeleteAll(m_columns);
        m_columns.clear();
        for (const PipelineStage &stage : stages) {
            auto *c = new StageColumn(stage, m_content);
            m_layout->addWidget(c, 1);
            m_columns << c;
            // Queued: the drop finishes before the board is refilled under it.
            connect(
                c->model(), &StageCardsModel::moveRequested, this,
                [this](qint64 id, qint64, qint64 to) { Q_EMIT moveRequested(id, to); }, Qt::QueuedConnection);
            connect(c->view(), &QListView::activated, this, [this, c](const QModelIndex &index) {
                if (const Opportunity *o = c->model()->opportunityAt(index.row()))
                    Q_EMIT customerRequested(o->customerId);
            });
            connect(c->view(), &QListView::customContextMenuRequested, this,
                    [this, c](const QPoint &position) { showCardMenu(c, position); });
        }
    }
    for (StageColumn *c : std::as_const(m_columns)) {
        QList<Opportunity> cards;
        for (const Opportunity &o : opportunities) {
            if (o.stageId == c->stage().id)
                cards << o;
        }
        c->setOpportunities(cards);
        for (const StageTotal &t : totals) {
            if (t.stage.id == c->stage().id)
                c->setTotal(t);
        }
    }
}

void PipelineBoard::showCardMenu(StageColumn *column, const QPoint &position)
{
    const QModelIndex index = column->view()->indexAt(position);
    const Opportunity *o = column->model()->opportunityAt(index.row());
    if (!o)
        return;
    const qint64 id = o->id, customerId = o->customerId;
    QMenu menu(this);
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    for (StageColumn *target : std::as_const(m_columns)) {
        QAction *action = moveTo->addAction(Vocabulary::label(Vocabulary::Stage, target->stage().key));
        action->setEnabled(target != column);
        const qint64 stageId = target->stage().id;
        connect(action, &QAction::triggered, this,
                [this, id, stageId] { Q_EMIT moveRequested(id, stageId); });
    }
    connect(menu.addAction(tr("Open &Customer")), &QAction::triggered, this,
            [this, customerId] { Q_EMIT customerRequested(customerId); });
    menu.exec(column->view()->viewport()->mapToGlobal(position));
}

void PipelineBoard::retranslateUi()
{
    for (StageColumn *c : std::as_const(m_columns))
        c->retranslateUi();
}

} // namespace frontline
