#include "AdminPage.h"

#include "AuditPanel.h"
#include "PermissionsPanel.h"
#include "PrivacyNoticePanel.h"
#include "UsersPanel.h"
#include "pages/PageCatalog.h"
#include "widgets/PageHeader.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

AdminPage::AdminPage(CrmActions *actions, QWidget *parent) : CrmPage(actions, Session::Organisation, parent)
{
    m_header = new PageHeader(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_tabs->setDocumentMode(true);
    m_users = new UsersPanel(session(), m_tabs);
    m_permissions = new PermissionsPanel(session(), m_tabs);
    m_audit = new AuditPanel(session(), m_tabs);
    m_notice = new PrivacyNoticePanel(session(), m_tabs);
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_permissions, QString());
    m_tabs->addTab(m_audit, QString());
    m_tabs->addTab(m_notice, QString());
    // The log grows with what the other tabs do: read it again when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit)
            m_audit->reload();
    });
    connect(m_users, &UsersPanel::accountsChanged, this, [this] { session()->refreshUser(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void AdminPage::rebuild()
{
    m_users->reload();
    m_permissions->reload();
    m_audit->reload();
    m_notice->reload();
}

void AdminPage::refresh()
{
    m_users->reload();
}

void AdminPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AdminPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Admin));
    m_header->setSubtitle(PageCatalog::description(PageId::Admin));
    m_tabs->setTabText(0, tr("Users"));
    m_tabs->setTabText(1, tr("Permissions"));
    m_tabs->setTabText(2, tr("Audit Log"));
    m_tabs->setTabText(3, tr("Privacy Notice"));
}

} // namespace frontline
