// AdminPage is where an administrator (or a role allowed to view users) looks after the
// database's people and rules: the user accounts, the permission matrix, the audit log and the
// privacy notice, one tab each. The main window shows the page only to users whose role may view
// users; every change goes through core (UserAccounts, Permissions, AuditLog, Privacy), which
// checks the role again and audits it.
#pragma once

#include "pages/CrmPage.h"

class QTabWidget;

namespace frontline {

class AuditPanel;
class PageHeader;
class PermissionsPanel;
class PrivacyNoticePanel;
class UsersPanel;

class AdminPage : public CrmPage
{
    Q_OBJECT
public:
    explicit AdminPage(CrmActions *actions, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UsersPanel *usersPanel() const { return m_users; }
    PermissionsPanel *permissionsPanel() const { return m_permissions; }
    AuditPanel *auditPanel() const { return m_audit; }
    PrivacyNoticePanel *noticePanel() const { return m_notice; }

protected:
    void rebuild() override;
    void refresh() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    UsersPanel *m_users = nullptr;
    PermissionsPanel *m_permissions = nullptr;
    AuditPanel *m_audit = nullptr;
    PrivacyNoticePanel *m_notice = nullptr;
};

} // namespace frontline
