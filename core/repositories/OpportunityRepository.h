// Opportunities through the pipeline, with the history of every stage change.
#pragma once

#include "Repository.h"

#include <optional>

namespace frontline {

struct OpportunityFilter
{
    qint64 ownerId = 0;
    qint64 customerId = 0;
    qint64 stageId = 0;
    bool openOnly = false;
    QList<qint64> owners; // any of these members (a team's subtree); empty: everyone
};

struct StageTotal
{
    PipelineStage stage;
    qint64 count = 0;
    qint64 amountFen = 0;
    qint64 weightedFen = 0; // Σ amount × probability / 100, rounded half up per opportunity
};

class OpportunityRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::OpportunityRepository)
public:
    using Repository::Repository;

    QList<PipelineStage> stages();
    std::optional<PipelineStage> stageByKey(const QString &key);
    QList<FieldError> validate(const Opportunity &opportunity) const;
    SaveResult create(Opportunity opportunity);
    // Creates many opportunities in one transaction, each with the stage changes that brought it
    // to its stage, oldest first: the first from no stage (fromStageId 0), each from the stage the
    // one before went to, the last to the opportunity's stage, at times that never go back and
    // not before createdAt (which defaults to the first change). An opportunity without a history
    // gets the single "created in its stage" row that create() writes. histories is empty or as
    // long as opportunities; a change's memberId defaults to the user. As after moveToStage(), an
    // opportunity in a closed stage has closed_on (the day of its last change unless given) and
    // one in an open stage has neither closed_on nor close_reason.
    BulkResult createMany(const QList<Opportunity> &opportunities,
                          const QList<QList<StageChange>> &histories = {});
    std::optional<Opportunity> get(qint64 id);
    QList<Opportunity> list(const OpportunityFilter &filter);
    // Moves to a stage and records the change; probability follows the stage's default.
    SaveResult moveToStage(qint64 id, qint64 stageId, const QString &reason = QString());
    QList<StageChange> history(qint64 id);
    // Tombstones the opportunity and its stage history (undo of create).
    bool remove(qint64 id);
    // Undoes remove(), stage history included.
    bool restore(qint64 id);
    QList<StageTotal> totals(const OpportunityFilter &filter);

    static qint64 weighted(qint64 amountFen, int probability);
};

} // namespace frontline
