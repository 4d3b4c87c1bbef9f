#include "PipelineCommands.h"

#include "domain/Vocabulary.h"
#include "repositories/OpportunityRepository.h"

namespace frontline {

MoveStageCommand::MoveStageCommand(Session *session, const Opportunity &opportunity,
                                   const PipelineStage &from, const PipelineStage &to)
    : SessionCommand(
          session, Session::Opportunities | Session::Customers,
          tr("Move %1 to %2").arg(opportunity.title, Vocabulary::label(Vocabulary::Stage, to.key))),
      m_id(opportunity.id), m_from(from.id), m_to(to.id)
{}

bool MoveStageCommand::apply()
{
    return moveTo(m_to);
}

bool MoveStageCommand::revert()
{
    return moveTo(m_from);
}

bool MoveStageCommand::moveTo(qint64 stageId)
{
    return repository<OpportunityRepository>().moveToStage(m_id, stageId).ok();
}

CreateOpportunityCommand::CreateOpportunityCommand(Session *session, const Opportunity &opportunity)
    : SessionCommand(session, Session::Opportunities | Session::Customers,
                     tr("New opportunity %1").arg(opportunity.title)),
      m_id(opportunity.id)
{}

bool CreateOpportunityCommand::apply()
{
    return repository<OpportunityRepository>().restore(m_id);
}

bool CreateOpportunityCommand::revert()
{
    return repository<OpportunityRepository>().remove(m_id);
}

} // namespace frontline
