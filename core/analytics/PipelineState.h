// Where an opportunity stood at a moment in the past, the one rule behind the pipeline of the
// metrics engine and the rollup_pipeline rows (migration 0005): its stage then is the last
// change before the moment, its current stage when it has no history at all; it did not exist
// before it was created, nor before its first change when it has history. An open stage counts
// with the opportunity's own probability while it is still in that stage, with the stage's
// probability otherwise.
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace frontline::analytics {

struct PipelineStageInfo
{
    bool open = false;
    int probability = 0;
};

struct PipelineOpportunity
{
    qint64 id = 0;
    qint64 amountFen = 0;
    int probability = 0;
    qint64 stageId = 0;
    QString createdAt; // UTC ISO-8601, as stored
};

// (changed_at UTC ISO-8601 as stored, to stage), oldest first.
using StageHistory = QList<QPair<QString, qint64>>;

// The probability the opportunity counted with in the pipeline just before end (a UTC ISO-8601
// text compared as stored), or -1 when it was not open then. history null: use the current
// stage (the present).
inline int pipelineProbabilityAt(const PipelineOpportunity &o, const StageHistory *history,
                                 const QString &end, const QHash<qint64, PipelineStageInfo> &stages)
{
    if (o.createdAt >= end)
        return -1;
    qint64 stage = o.stageId;
    if (history && !history->isEmpty()) {
        stage = 0;
        for (const auto &change : *history) {
            if (change.first >= end)
                break;
            stage = change.second;
        }
        if (!stage)
            return -1; // not yet in the pipeline then
    }
    const PipelineStageInfo s = stages.value(stage);
    if (!s.open)
        return -1;
    return stage == o.stageId ? o.probability : s.probability;
}

} // namespace frontline::analytics
