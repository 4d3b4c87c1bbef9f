// CrmPage is the base of the pages that show records. It listens to the session: a new
// database or user means rebuilding (choosers and data, with the new scope), changed data of a
// kind the page shows means refreshing. Both wait until the page is seen, so that an edit on one
// page never pays for reloading pages nobody is looking at.
#pragma once

#include "Session.h"

#include <QWidget>

namespace frontline {

class CrmActions;

class CrmPage : public QWidget
{
    Q_OBJECT
public:
    CrmPage(CrmActions *actions, Session::DataKinds shows, QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    CrmActions *actions() const { return m_actions; }
    // Brings a stale page up to date now (tests, and pages shown programmatically).
    void updateNow();

protected:
    // The database or the user changed: choosers and data.
    virtual void rebuild() { refresh(); }
    // The data changed.
    virtual void refresh() = 0;

    void showEvent(QShowEvent *event) override;

private:
    enum class Stale
    {
        No,
        Data,
        Scope
    };
    void markStale(Stale stale);

    CrmActions *m_actions;
    Session *m_session;
    Session::DataKinds m_shows;
    Stale m_stale = Stale::Scope;
};

} // namespace frontline
