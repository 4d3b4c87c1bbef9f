// UserAccounts: the logins of a database — create, list, log in (with a lockout after repeated
// failures), change and reset passwords, disable and unlock. One account per member who uses the
// database; the member's role and team decide the permissions and the access scope. An account
// without a member is an administrator's (the first one, created while the database has none).
//
// A database without accounts is in single-user mode: singleUserSession() is the administrator,
// as before accounts existed. Creating the first account (which must be an administrator's)
// switches logins on for everyone.
//
// The GUI's login dialog calls hasAccounts() and login(); the main window logOut(), recordLock()
// and recordUnlock(); the users page list(), create(), resetPassword(), setActive(), unlock();
// the change-password dialog changePassword().
#pragma once

#include "repositories/AccessScope.h"
#include "security/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace frontline {

class Database;

struct UserAccount
{
    qint64 id = 0;
    QString uuid;
    QString name; // the login, case-insensitive
    qint64 memberId = 0;
    QString memberCode; // read only
    QString memberName; // read only
    Role role = Role::Admin;
    bool mustChangePassword = true;
    bool active = true;
    QDateTime createdAt;
    QDateTime passwordChangedAt;
    QDateTime lastLoginAt;
    int failedLogins = 0;  // since the last success
    QDateTime lockedUntil; // valid while (or after) a lockout
};

// Who is working: the account (none in single-user mode) and their access scope. (Not named
// Session: the GUI's Session, in the same namespace, holds one of these.)
struct UserSession
{
    std::optional<UserAccount> account;
    AccessScope scope = AccessScope::administrator();
    bool singleUser() const { return !account.has_value(); }
    bool mustChangePassword() const { return account && account->mustChangePassword; }
    QString userName() const { return account ? account->name : QString(); }
};

struct LoginResult
{
    enum Status
    {
        Ok,
        UnknownUser,
        WrongPassword,
        LockedOut,
        Disabled,
        Error
    };
    Status status = Error;
    UserSession session;   // when ok()
    QDateTime lockedUntil; // LockedOut
    int attemptsLeft = 0;  // WrongPassword: before the lockout
    QString error;         // Error
    bool ok() const { return status == Ok; }
    QString message() const; // translated, one line; the same for unknown users and wrong passwords
};

// N failures within the window lock the account for lockMinutes; a success resets the count.
struct LockoutPolicy
{
    int maxFailures = 5;
    int windowMinutes = 15;
    int lockMinutes = 15;
};

class UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(frontline::UserAccounts)
public:
    explicit UserAccounts(Database &db);

    void setPolicy(const LockoutPolicy &policy) { m_policy = policy; }
    LockoutPolicy policy() const { return m_policy; }
    // Tests: the clock used for lockouts (default: the system clock, UTC).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Whether logins are on (at least one account exists).
    bool hasAccounts();
    QList<UserAccount> list();
    std::optional<UserAccount> find(const QString &name);
    std::optional<UserAccount> get(qint64 id);

    static UserSession singleUserSession() { return UserSession{}; }
    // Checks the password (Argon2id), counts failures, locks and unlocks, upgrades the hash when
    // its parameters are below today's, records login / login_failed in the audit log and, on
    // success, makes the user the audit actor of db.
    LoginResult login(const QString &name, const SecureBytes &password);

    // The person logged in on db leaves (File → Log Out): recorded as a logout under their name,
    // and db has no audit actor any more. False, and nothing recorded, when nobody is logged in.
    bool logOut();
    enum class LockCause
    {
        Manual, // File → Lock
        Idle    // no input for the idle minutes
    };
    // The window is about to close db and lock it away: recorded for whoever is working (the
    // single-user administrator, or nobody when the login screen was up). Call it before closing.
    bool recordLock(LockCause cause);
    // Back after a lock: the passphrase opened db again, and session is who works now (with
    // accounts, the login that followed, which login() has recorded too).
    bool recordUnlock(const UserSession &session);

    // Passwords: at least 8 characters, not the login name. Empty when acceptable.
    static QString passwordProblem(const QString &name, const SecureBytes &password);

    // Creates an account. by: who does it — nobody (std::nullopt) only while there is no account,
    // and then the account must be an administrator's; otherwise an administrator, or a role with
    // users/edit creating a non-administrator. memberId 0: an administrator without a member.
    // The new user must change the password at the first login, except the very first account
    // (its creator chose the password). The new id, 0 on failure (*error).
    qint64 create(const std::optional<UserSession> &by, const QString &name, qint64 memberId,
                  const SecureBytes &password, QString *error);
    // The user's own change: the current password is checked (wrong attempts count towards the
    // lockout). Clears the forced change.
    bool changePassword(qint64 userId, const SecureBytes &current, const SecureBytes &newPassword,
                        QString *error);
    // An administrator sets a new initial password; the user must change it at the next login.
    bool resetPassword(const UserSession &by, qint64 userId, const SecureBytes &newPassword, QString *error);
    bool setActive(const UserSession &by, qint64 userId, bool active, QString *error);
    bool unlock(const UserSession &by, qint64 userId, QString *error);

private:
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    bool mayManage(const UserSession &by, const std::optional<UserAccount> &target, QString *error);
    bool storePassword(qint64 userId, const QString &hash, bool mustChange, QString *error);
    bool recordFailure(const UserAccount &account, LoginResult *result);
    void failedLogin(const QString &name, const QString &detail);

    Database &m_db;
    LockoutPolicy m_policy;
    std::function<QDateTime()> m_now;
};

} // namespace frontline
