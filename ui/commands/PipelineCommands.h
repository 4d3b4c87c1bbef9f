// Undoable changes to the pipeline: moving an opportunity to another stage (undone by moving it
// back; the stage history records both moves) and creating one (undone by removing it with its
// history, redone by restoring both).
#pragma once

#include "SessionCommand.h"

namespace frontline {

class MoveStageCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::MoveStageCommand)
public:
    MoveStageCommand(Session *session, const Opportunity &opportunity, const PipelineStage &from,
                     const PipelineStage &to);

protected:
    bool apply() override;
    bool revert() override;

private:
    bool moveTo(qint64 stageId);

    qint64 m_id;
    qint64 m_from;
    qint64 m_to;
};

class CreateOpportunityCommand : public SessionCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CreateOpportunityCommand)
public:
    CreateOpportunityCommand(Session *session, const Opportunity &opportunity);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};

} // namespace frontline
