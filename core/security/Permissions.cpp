#include "Permissions.h"

#include "AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QString cellKey(const QString &role, const QString &area, const QString &action)
{
    return role + u'/' + area + u'/' + action;
}
} // namespace

Permissions::Permissions(Database &db) : m_db(db) {}

QList<PermissionArea> Permissions::areas()
{
    return {PermissionArea::Customers,   PermissionArea::Orders,   PermissionArea::Money,
            PermissionArea::Performance, PermissionArea::Settings, PermissionArea::Users};
}

QList<PermissionAction> Permissions::actions()
{
    return {PermissionAction::View, PermissionAction::Edit, PermissionAction::Delete,
            PermissionAction::Export};
}

QList<Role> Permissions::roles()
{
    return {Role::Admin, Role::Manager, Role::Rep, Role::Support};
}

QString Permissions::areaKey(PermissionArea area)
{
    switch (area) {
    case PermissionArea::Customers:
        return u"customers"_s;
    case PermissionArea::Orders:
        return u"orders"_s;
    case PermissionArea::Money:
        return u"money"_s;
    case PermissionArea::Performance:
        return u"performance"_s;
    case PermissionArea::Settings:
        return u"settings"_s;
    case PermissionArea::Users:
        return u"users"_s;
    }
    return {};
}

QString Permissions::actionKey(PermissionAction action)
{
    switch (action) {
    case PermissionAction::View:
        return u"view"_s;
    case PermissionAction::Edit:
        return u"edit"_s;
    case PermissionAction::Delete:
        return u"delete"_s;
    case PermissionAction::Export:
        return u"export"_s;
    }
    return {};
}

std::optional<PermissionArea> Permissions::areaFromKey(const QString &key)
{
    for (const PermissionArea a : areas()) {
        if (areaKey(a) == key)
            return a;
    }
    return std::nullopt;
}

std::optional<PermissionAction> Permissions::actionFromKey(const QString &key)
{
    for (const PermissionAction a : actions()) {
        if (actionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString Permissions::areaTitle(PermissionArea area)
{
    switch (area) {
    case PermissionArea::Customers:
        return tr("Customers");
    case PermissionArea::Orders:
        return tr("Orders");
    case PermissionArea::Money:
        return tr("Money");
    case PermissionArea::Performance:
        return tr("Performance");
    case PermissionArea::Settings:
        return tr("Settings");
    case PermissionArea::Users:
        return tr("Users");
    }
    return {};
}

QString Permissions::actionTitle(PermissionAction action)
{
    switch (action) {
    case PermissionAction::View:
        return tr("View");
    case PermissionAction::Edit:
        return tr("Edit");
    case PermissionAction::Delete:
        return tr("Delete");
    case PermissionAction::Export:
        return tr("Export");
    }
    return {};
}

bool Permissions::load()
{
    if (m_loaded)
        return true;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT role, area, action, allowed FROM role_permission WHERE deleted = 0"_s))
        return false;
    while (q.next())
        m_cells.insert(cellKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                       q.value(3).toInt() != 0);
    m_loaded = true;
    return true;
}

bool Permissions::allows(Role role, PermissionArea area, PermissionAction action)
{
    if (role == Role::Admin)
        return true;
    if (!load())
        return false; // no matrix, no permission
    return m_cells.value(cellKey(roleKey(role), areaKey(area), actionKey(action)), false);
}

bool Permissions::check(const AccessScope &scope, PermissionArea area, PermissionAction action,
                        const QString &what, QString *error)
{
    if (allows(scope, area, action))
        return true;
    if (error)
        *error = tr("Your role (%1) may not %2 %3.")
                     .arg(roleKey(scope.role()), actionTitle(action).toLower(), areaTitle(area).toLower());
    if (!m_db.isReadOnly())
        AuditLog(m_db, scope)
            .record(AuditAction::Denied, what.isEmpty() ? areaKey(area) : what,
                    areaKey(area) + u'/' + actionKey(action), -1, {}, AuditOutcome::Denied);
    return false;
}

bool Permissions::set(const AccessScope &by, Role role, PermissionArea area, PermissionAction action,
                      bool allowed, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (by.role() != Role::Admin)
        return fail(tr("Only an administrator can change permissions."));
    if (role == Role::Admin)
        return fail(tr("The administrator's permissions cannot be changed."));
    const QSqlDatabase db = m_db.connectionForThread();
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.lastError().text());
    const SyncStamp s = m_db.stamp();
    QSqlQuery q(db);
    q.prepare(u"UPDATE role_permission SET allowed = ?, hlc = ?, device_id = ? "
              "WHERE role = ? AND area = ? AND action = ?"_s);
    q.addBindValue(allowed ? 1 : 0);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(roleKey(role));
    q.addBindValue(areaKey(area));
    q.addBindValue(actionKey(action));
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("The permission matrix has no such cell."));
    AuditLog audit(m_db, by);
    if (!audit.record(AuditAction::PermissionChange,
                      u"role:%1 %2/%3"_s.arg(roleKey(role), areaKey(area), actionKey(action)),
                      allowed ? u"allow"_s : u"deny"_s))
        return fail(audit.lastError());
    if (!tx.commit())
        return fail(tx.lastError().text());
    m_cells.insert(cellKey(roleKey(role), areaKey(area), actionKey(action)), allowed);
    return true;
}

} // namespace frontline
