// Permissions: what each role may do per area (view, edit, delete, export of customers, orders,
// money, performance, settings, users), stored in role_permission and editable by an
// administrator. Services and commands ask check() before they act; the access scope still
// limits which rows an allowed action reaches (a rep who may delete customers deletes only
// their own).
//
// The administrator's row is fixed (everything allowed) so that nobody can lock the database's
// owner out; only an administrator changes the matrix. Denials and changes are audited.
#pragma once

#include "repositories/AccessScope.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace frontline {

class Database;

enum class PermissionArea
{
    Customers,
    Orders,
    Money,
    Performance,
    Settings,
    Users
};

enum class PermissionAction
{
    View,
    Edit,
    Delete,
    Export
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Permissions)
public:
    explicit Permissions(Database &db);

    static QList<PermissionArea> areas();
    static QList<PermissionAction> actions();
    static QList<Role> roles();
    static QString areaKey(PermissionArea area);
    static QString actionKey(PermissionAction action);
    static std::optional<PermissionArea> areaFromKey(const QString &key);
    static std::optional<PermissionAction> actionFromKey(const QString &key);
    static QString areaTitle(PermissionArea area);       // translated
    static QString actionTitle(PermissionAction action); // translated

    // What the matrix says (read once per Permissions object).
    bool allows(Role role, PermissionArea area, PermissionAction action);
    bool allows(const AccessScope &scope, PermissionArea area, PermissionAction action)
    {
        return allows(scope.role(), area, action);
    }
    // allows(), and when not: a translated reason in *error and a permission_denied audit entry
    // naming what was attempted (what, e.g. "report:sales").
    bool check(const AccessScope &scope, PermissionArea area, PermissionAction action,
               const QString &what = QString(), QString *error = nullptr);

    // Changes one cell. Only an administrator may, and not for the administrator role.
    bool set(const AccessScope &by, Role role, PermissionArea area, PermissionAction action, bool allowed,
             QString *error = nullptr);

private:
    bool load();

    Database &m_db;
    bool m_loaded = false;
    QHash<QString, bool> m_cells; // "rep/customers/view" → allowed
};

} // namespace frontline
