#include "SessionCommand.h"

namespace frontline {

SessionCommand::SessionCommand(Session *session, Session::DataKinds touches, const QString &text)
    : QUndoCommand(text), m_session(session), m_database(session->database()), m_scope(session->scope()),
      m_touches(touches)
{}

void SessionCommand::redo()
{
    if (m_done) {
        m_done = false;
        m_session->notifyChanged(m_touches);
        return;
    }
    finish(apply(), false);
}

void SessionCommand::undo()
{
    finish(revert(), true);
}

void SessionCommand::finish(bool ok, bool undoing)
{
    if (!ok) {
        m_session->reportProblem(undoing ? tr("“%1” could not be undone.").arg(text())
                                         : tr("“%1” could not be redone.").arg(text()));
        setObsolete(true);
    }
    m_session->notifyChanged(m_touches);
}

} // namespace frontline
