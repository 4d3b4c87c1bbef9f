#include "Session.h"

#include "repositories/OrgRepository.h"

#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString ActingKey = u"session/actingAs"_s;

QString fileKey(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

Session::Session(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack) {}

bool Session::isOpen() const
{
    return m_database && m_database->isOpen();
}

namespace {
int permissionKey(PermissionArea area, PermissionAction action)
{
    return int(area) * 16 + int(action);
}
} // namespace

void Session::setDatabase(Database *database)
{
    m_user = UserAccounts::singleUserSession();
    m_loginsRequired = database && database->isOpen() && UserAccounts(*database).hasAccounts();
    // Nobody gets a database with accounts without logging in.
    m_database = m_loginsRequired ? nullptr : database;
    applyMember(isOpen() ? savedActingMember(database->path()) : 0);
    m_permissions.clear();
    Q_EMIT scopeChanged();
}

void Session::setDatabase(Database *database, const UserSession &user)
{
    m_database = database;
    m_user = user;
    m_loginsRequired = isOpen() && UserAccounts(*database).hasAccounts();
    m_scope = user.scope;
    m_member.reset();
    if (isOpen() && m_scope.memberId() > 0)
        m_member = OrgRepository(*m_database, m_scope).member(m_scope.memberId());
    m_permissions.clear();
    Q_EMIT scopeChanged();
}

bool Session::allows(PermissionArea area, PermissionAction action) const
{
    if (!isOpen())
        return false;
    if (m_scope.role() == Role::Admin)
        return true;
    const int key = permissionKey(area, action);
    if (m_permissions.isEmpty()) {
        Permissions matrix(*m_database);
        for (PermissionArea a : Permissions::areas()) {
            for (PermissionAction x : Permissions::actions())
                m_permissions.insert(permissionKey(a, x), matrix.allows(m_scope.role(), a, x));
        }
    }
    return m_permissions.value(key, false);
}

void Session::refreshUser()
{
    if (!isOpen())
        return;
    m_loginsRequired = UserAccounts(*m_database).hasAccounts();
    if (m_user.account) {
        if (const std::optional<UserAccount> account = UserAccounts(*m_database).get(m_user.account->id))
            m_user.account = account;
    } else if (m_loginsRequired && actingMemberId() > 0) {
        // The chooser is gone once accounts exist: the administrator who made them is themselves.
        applyMember(0);
        saveActingMember(m_database->path(), 0);
        m_undoStack->clear();
    }
    m_permissions.clear();
    Q_EMIT scopeChanged();
}

void Session::setActingMember(qint64 memberId)
{
    if (!isOpen() || memberId == actingMemberId() || m_loginsRequired)
        return;
    applyMember(memberId);
    saveActingMember(m_database->path(), actingMemberId());
    // The commands on the stack were made by someone else, with what they were allowed to do.
    m_undoStack->clear();
    Q_EMIT scopeChanged();
}

void Session::applyMember(qint64 memberId)
{
    m_scope = AccessScope::administrator();
    m_member.reset();
    if (!isOpen() || memberId <= 0)
        return;
    if (const std::optional<AccessScope> scope = AccessScope::forMember(m_database->connection(), memberId)) {
        m_scope = *scope;
        m_member = OrgRepository(*m_database, m_scope).member(memberId);
    }
}

void Session::notifyChanged(DataKinds kinds)
{
    Q_EMIT dataChanged(kinds);
}

void Session::showCustomer(qint64 customerId)
{
    Q_EMIT customerRequested(customerId);
}

void Session::reportProblem(const QString &message)
{
    Q_EMIT problemOccurred(message);
}

qint64 Session::savedActingMember(const QString &databasePath)
{
    return QSettings().value(ActingKey).toMap().value(fileKey(databasePath)).toLongLong();
}

void Session::saveActingMember(const QString &databasePath, qint64 memberId)
{
    QSettings settings;
    QVariantMap map = settings.value(ActingKey).toMap();
    if (memberId > 0)
        map.insert(fileKey(databasePath), memberId);
    else
        map.remove(fileKey(databasePath));
    settings.setValue(ActingKey, map);
}

} // namespace frontline
