// Session is what every page works within: the open database, the user and the member they act
// as (and with it the access scope every repository gets and the permissions of their role), the
// undo stack that edits go through, and news of changed data, so that every view refreshes after
// an edit, an undo or a redo made on any page.
//
// A database with user accounts is only given to the session with the user who logged in: their
// member decides the scope and nobody picks another. A database without accounts is in
// single-user mode: the user is the administrator and may act as any member, chosen in the
// status bar and remembered per database file.
#pragma once

#include "domain/Crm.h"
#include "repositories/AccessScope.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"

#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

namespace frontline {

class Session : public QObject
{
    Q_OBJECT
public:
    enum Data
    {
        Customers = 0x01,
        Activities = 0x02,
        Opportunities = 0x04,
        Orders = 0x08,
        Tasks = 0x10,
        Organisation = 0x20,
        Everything = 0x3f,
    };
    Q_DECLARE_FLAGS(DataKinds, Data)
    Q_FLAG(DataKinds)

    explicit Session(QUndoStack *undoStack, QObject *parent = nullptr);

    Database *database() const { return m_database; }
    bool isOpen() const;
    // Takes the database the main window opened (or none) in single-user mode: acts as the
    // member remembered for its file, or as the administrator. A database with accounts is
    // refused (the session stays closed): it needs the user who logged in.
    void setDatabase(Database *database);
    // Takes the database with the user who logged in to it.
    void setDatabase(Database *database, const UserSession &user);

    // Who logged in (no account in single-user mode).
    const UserSession &user() const { return m_user; }
    // Whether the open database has user accounts (then the user cannot act as anyone else).
    bool loginsRequired() const { return m_loginsRequired; }
    // Whether the user's role may do action in area (the administrator may do everything).
    bool allows(PermissionArea area, PermissionAction action) const;
    // After accounts were created or changed: logins become required, the account of the user is
    // read again (the role of their member may have changed) and pages are told.
    void refreshUser();

    QUndoStack *undoStack() const { return m_undoStack; }

    // The member the user acts as; 0 for the administrator, who sees everything.
    qint64 actingMemberId() const { return m_scope.memberId(); }
    std::optional<Member> actingMember() const { return m_member; }
    const AccessScope &scope() const { return m_scope; }
    // Falls back to the administrator when the member does not exist or is inactive. Ignored
    // when the database has user accounts.
    void setActingMember(qint64 memberId);

    // A repository for the current scope, made when needed so that it never outlives a change
    // of user.
    template <typename R> R repository() const { return R(*m_database, m_scope); }

    void notifyChanged(DataKinds kinds);
    // Asks the main window to show a customer (from any page).
    void showCustomer(qint64 customerId);
    // A problem an undo or redo met, for the status bar.
    void reportProblem(const QString &message);

    static qint64 savedActingMember(const QString &databasePath);
    static void saveActingMember(const QString &databasePath, qint64 memberId);

Q_SIGNALS:
    // The database or the user changed: pages reload everything with the new scope (and the
    // permissions of the user's role).
    void scopeChanged();
    void dataChanged(frontline::Session::DataKinds kinds);
    void customerRequested(qint64 customerId);
    void problemOccurred(const QString &message);

private:
    void applyMember(qint64 memberId);

    QUndoStack *m_undoStack;
    Database *m_database = nullptr;
    UserSession m_user;
    bool m_loginsRequired = false;
    // Read for each user: a change of the matrix shows at the next login or refreshUser().
    mutable QHash<int, bool> m_permissions;
    AccessScope m_scope = AccessScope::administrator();
    std::optional<Member> m_member;
};

} // namespace frontline

Q_DECLARE_OPERATORS_FOR_FLAGS(frontline::Session::DataKinds)
