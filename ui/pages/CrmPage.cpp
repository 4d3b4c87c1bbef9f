#include "CrmPage.h"

#include "CrmActions.h"

namespace frontline {

CrmPage::CrmPage(CrmActions *actions, Session::DataKinds shows, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_session(actions->session()), m_shows(shows)
{
    connect(m_session, &Session::scopeChanged, this, [this] {
        // Without a database every page empties at once, so that none holds on to a closed one.
        if (!m_session->isOpen()) {
            m_stale = Stale::Scope;
            updateNow();
            return;
        }
        markStale(Stale::Scope);
    });
    connect(m_session, &Session::dataChanged, this, [this](Session::DataKinds kinds) {
        if (kinds & m_shows)
            markStale(Stale::Data);
    });
}

void CrmPage::markStale(Stale stale)
{
    if (stale > m_stale)
        m_stale = stale;
    if (isVisible())
        updateNow();
}

void CrmPage::updateNow()
{
    const Stale stale = m_stale;
    m_stale = Stale::No;
    if (stale == Stale::Scope)
        rebuild();
    else if (stale == Stale::Data)
        refresh();
}

void CrmPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateNow();
}

} // namespace frontline
