#include "TeamPanel.h"

#include "Session.h"
#include "security/Permissions.h"

#include <QEvent>

namespace frontline {

TeamPanel::TeamPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session) {}

void TeamPanel::setSubject(const TeamSubject &subject)
{
    m_subject = subject;
    reload();
}

void TeamPanel::reload()
{
    m_stale = true;
    if (isVisible())
        loadNow();
}

void TeamPanel::loadNow()
{
    m_stale = false;
    if (m_session->isOpen())
        load();
}

bool TeamPanel::canEdit() const
{
    return m_session->isOpen() &&
           Permissions(*m_session->database())
               .allows(m_session->scope(), PermissionArea::Performance, PermissionAction::Edit);
}

void TeamPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        loadNow();
}

void TeamPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
}

void TeamPanel::showProblem(const QString &message)
{
    m_session->reportProblem(message);
}

} // namespace frontline
