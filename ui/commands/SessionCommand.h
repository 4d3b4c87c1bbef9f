// The base of Frontline's undo commands. A command keeps the database and the access scope the
// change was made with, and after every undo and redo tells the session which data changed, so
// that every page refreshes. The change itself is made before the command is pushed (a dialog
// needs the outcome to show field errors next to its fields), so the first redo() only sends
// the news. An undo or redo that fails (the record changed elsewhere) is reported and the
// command dropped from the stack.
#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace frontline {

class SessionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::SessionCommand)
public:
    SessionCommand(Session *session, Session::DataKinds touches, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;

    template <typename R> R repository() const { return R(*m_database, m_scope); }

private:
    void finish(bool ok, bool undoing);

    Session *m_session;
    Database *m_database;
    AccessScope m_scope;
    Session::DataKinds m_touches;
    bool m_done = true; // the change was made before the command was pushed
};

} // namespace frontline
