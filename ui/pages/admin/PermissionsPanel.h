// PermissionsPanel is the permission matrix: for each role but the administrator's (who may do
// everything) and each area, whether the role may view, edit, delete and export — a check box
// each. Only an administrator can tick them; Permissions stores and audits every change, and a
// refused change is undone on screen with the reason.
#pragma once

#include "security/Permissions.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace frontline {

class Session;
class StatusLabel;

class PermissionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PermissionsPanel(Session *session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    // The check box of one cell (for tests and keyboard users), nullptr when not shown.
    QTableWidgetItem *cell(Role role, PermissionArea area, PermissionAction action) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void cellChanged(QTableWidgetItem *item);

    Session *m_session;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    StatusLabel *m_status = nullptr;
    bool m_filling = false;
};

} // namespace frontline
