#include "UserAccounts.h"

#include "AuditLog.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString userTarget(const QString &name)
{
    return u"user:"_s + name;
}

const QString SelectAccounts =
    u"SELECT u.id, u.uuid, u.name, u.member_id, m.code, m.name, m.role, u.must_change, u.active, "
    "u.created_at, u.password_changed_at, s.last_login_at, s.failed_count, s.locked_until, u.password_hash "
    "FROM user_account u LEFT JOIN member m ON m.id = u.member_id "
    "LEFT JOIN login_state s ON s.user_id = u.id WHERE u.deleted = 0"_s;

UserAccount readAccount(const QSqlQuery &q, QString *hash = nullptr)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.name = q.value(2).toString();
    a.memberId = q.value(3).toLongLong();
    a.memberCode = q.value(4).toString();
    a.memberName = q.value(5).toString();
    a.role = a.memberId ? roleFromKey(q.value(6).toString()).value_or(Role::Rep) : Role::Admin;
    a.mustChangePassword = q.value(7).toInt() != 0;
    a.active = q.value(8).toInt() != 0;
    a.createdAt = parseTime(q.value(9));
    a.passwordChangedAt = parseTime(q.value(10));
    a.lastLoginAt = parseTime(q.value(11));
    a.failedLogins = q.value(12).toInt();
    a.lockedUntil = parseTime(q.value(13));
    if (hash)
        *hash = q.value(14).toString();
    return a;
}

// A hash to check unknown names against, so that "no such user" takes as long as "wrong
// password" and the time does not tell which names exist.
QString dummyHash()
{
    static const QString hash = PasswordHasher::hash(SecureBytes(QByteArray("frontline-no-such-user")));
    return hash;
}
} // namespace

QString LoginResult::message() const
{
    switch (status) {
    case Ok:
        return {};
    case UnknownUser:
    case WrongPassword:
        return attemptsLeft > 0
                   ? UserAccounts::tr("Wrong user name or password (%n attempt(s) left before the account is "
                                      "locked).",
                                      nullptr, attemptsLeft)
                   : UserAccounts::tr("Wrong user name or password.");
    case LockedOut:
        return UserAccounts::tr("Too many failed logins: the account is locked until %1.")
            .arg(lockedUntil.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    case Disabled:
        return UserAccounts::tr("This account is disabled.");
    case Error:
        return error;
    }
    return error;
}

UserAccounts::UserAccounts(Database &db) : m_db(db) {}

bool UserAccounts::hasAccounts()
{
    QSqlQuery q(m_db.connectionForThread());
    return q.exec(u"SELECT 1 FROM user_account WHERE deleted = 0 LIMIT 1"_s) && q.next();
}

QList<UserAccount> UserAccounts::list()
{
    QList<UserAccount> result;
    QSqlQuery q(m_db.connectionForThread());
    q.setForwardOnly(true);
    if (!q.exec(SelectAccounts + u" ORDER BY u.name COLLATE NOCASE"_s))
        return result;
    while (q.next())
        result << readAccount(q);
    return result;
}

std::optional<UserAccount> UserAccounts::find(const QString &name)
{
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(SelectAccounts + u" AND u.name = ? COLLATE NOCASE"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAccount(q);
}

std::optional<UserAccount> UserAccounts::get(qint64 id)
{
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(SelectAccounts + u" AND u.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAccount(q);
}

QString UserAccounts::passwordProblem(const QString &name, const SecureBytes &password)
{
    const QString text = QString::fromUtf8(password.constData(), password.size());
    if (text.size() < 8)
        return tr("A password needs at least 8 characters.");
    if (text.compare(name, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    return {};
}

void UserAccounts::failedLogin(const QString &name, const QString &detail)
{
    AuditEntry e;
    e.action = AuditAction::LoginFailed;
    e.userName = name;
    e.target = name.isEmpty() ? u"user:?"_s : userTarget(name);
    e.detail = detail;
    e.outcome = AuditOutcome::Failed;
    AuditLog(m_db).record(e);
}

bool UserAccounts::recordFailure(const UserAccount &account, LoginResult *result)
{
    const QDateTime t = now();
    int count = account.failedLogins;
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(u"SELECT last_failed_at FROM login_state WHERE user_id = ?"_s);
    q.addBindValue(account.id);
    const QDateTime last = q.exec() && q.next() ? parseTime(q.value(0)) : QDateTime();
    if (!last.isValid() || last.secsTo(t) > qint64(m_policy.windowMinutes) * 60)
        count = 0; // the earlier failures are too old to count
    ++count;
    QDateTime lockedUntil;
    if (count >= m_policy.maxFailures)
        lockedUntil = t.addSecs(qint64(m_policy.lockMinutes) * 60);
    q.prepare(
        u"INSERT OR REPLACE INTO login_state (user_id, failed_count, last_failed_at, locked_until, "
        "last_login_at) VALUES (?, ?, ?, ?, (SELECT last_login_at FROM login_state WHERE user_id = ?))"_s);
    q.addBindValue(account.id);
    q.addBindValue(lockedUntil.isValid() ? 0 : count); // a lockout starts a fresh count afterwards
    q.addBindValue(timestamp(t));
    q.addBindValue(lockedUntil.isValid() ? QVariant(timestamp(lockedUntil)) : QVariant());
    q.addBindValue(account.id);
    if (!q.exec())
        return false;
    result->attemptsLeft = lockedUntil.isValid() ? 0 : m_policy.maxFailures - count;
    if (lockedUntil.isValid()) {
        result->status = LoginResult::LockedOut;
        result->lockedUntil = lockedUntil;
    }
    failedLogin(account.name, lockedUntil.isValid()
                                  ? u"failures=%1 locked_until=%2"_s.arg(count).arg(timestamp(lockedUntil))
                                  : u"failures=%1"_s.arg(count));
    return true;
}

LoginResult UserAccounts::login(const QString &name, const SecureBytes &password)
{
    LoginResult result;
    QString hash;
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(SelectAccounts + u" AND u.name = ? COLLATE NOCASE"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    if (!q.next()) {
        PasswordHasher::verify(dummyHash(), password);
        result.status = LoginResult::UnknownUser;
        // Not the name typed: people type their password into the name field by mistake.
        failedLogin(QString(), u"unknown user"_s);
        return result;
    }
    UserAccount account = readAccount(q, &hash);
    q.finish();
    if (!account.active) {
        result.status = LoginResult::Disabled;
        failedLogin(account.name, u"disabled"_s);
        return result;
    }
    if (account.lockedUntil.isValid() && account.lockedUntil > now()) {
        result.status = LoginResult::LockedOut;
        result.lockedUntil = account.lockedUntil;
        failedLogin(account.name, u"locked"_s);
        return result;
    }
    if (!PasswordHasher::verify(hash, password)) {
        result.status = LoginResult::WrongPassword;
        if (!recordFailure(account, &result)) {
            result.status = LoginResult::Error;
            result.error = tr("The failed login could not be recorded.");
        }
        return result;
    }

    std::optional<AccessScope> scope = AccessScope::administrator();
    if (account.memberId) {
        scope = AccessScope::forMember(m_db.connectionForThread(), account.memberId, &result.error);
        if (!scope) {
            result.status = LoginResult::Error;
            return result;
        }
    }
    const QDateTime t = now();
    if (!m_db.isReadOnly()) {
        q.prepare(u"INSERT OR REPLACE INTO login_state (user_id, failed_count, last_failed_at, locked_until, "
                  "last_login_at) VALUES (?, 0, NULL, NULL, ?)"_s);
        q.addBindValue(account.id);
        q.addBindValue(timestamp(t));
        q.exec();
        // Parameters raised since this password was set: store it again at today's cost.
        if (PasswordHasher::needsRehash(hash)) {
            const QString upgraded = PasswordHasher::hash(password);
            if (!upgraded.isEmpty()) {
                q.prepare(u"UPDATE user_account SET password_hash = ? WHERE id = ?"_s);
                q.addBindValue(upgraded);
                q.addBindValue(account.id);
                q.exec();
            }
        }
    }
    account.failedLogins = 0;
    account.lockedUntil = QDateTime();
    account.lastLoginAt = t;
    AuditLog::setActor(m_db, AuditActor{account.name, account.memberId});
    AuditLog(m_db).record(AuditAction::Login, userTarget(account.name),
                          account.mustChangePassword ? u"must change password"_s : QString());
    result.status = LoginResult::Ok;
    result.session.account = account;
    result.session.scope = *scope;
    return result;
}

bool UserAccounts::logOut()
{
    const AuditActor actor = AuditLog::actor(m_db);
    if (actor.userName.isEmpty())
        return false;
    const bool recorded = AuditLog(m_db).record(AuditAction::Logout, userTarget(actor.userName));
    AuditLog::setActor(m_db, AuditActor{});
    return recorded;
}

bool UserAccounts::recordLock(LockCause cause)
{
    QString detail = cause == LockCause::Idle ? u"idle"_s : u"manual"_s;
    if (AuditLog::actor(m_db).userName.isEmpty() && hasAccounts())
        detail += u" nobody logged in"_s;
    return AuditLog(m_db).record(AuditAction::Lock, u"database"_s, detail, -1, m_db.path());
}

bool UserAccounts::recordUnlock(const UserSession &session)
{
    return AuditLog(m_db, session.scope)
        .record(AuditAction::Unlock, session.account ? userTarget(session.account->name) : u"database"_s,
                session.account ? u"login"_s : u"passphrase"_s, -1, m_db.path());
}

bool UserAccounts::mayManage(const UserSession &by, const std::optional<UserAccount> &target, QString *error)
{
    if (by.scope.role() == Role::Admin)
        return true;
    if (!Permissions(m_db).check(by.scope, PermissionArea::Users, PermissionAction::Edit,
                                 target ? userTarget(target->name) : u"users"_s, error))
        return false;
    if (target && target->role == Role::Admin) {
        *error = tr("Only an administrator can change an administrator's account.");
        return false;
    }
    return true;
}

qint64 UserAccounts::create(const std::optional<UserSession> &by, const QString &rawName, qint64 memberId,
                            const SecureBytes &password, QString *error)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty() || name.contains(u' ')) {
        *error = tr("A user name is one word without spaces.");
        return 0;
    }
    if (const QString problem = passwordProblem(name, password); !problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    QSqlDatabase db = m_db.connectionForThread();
    QSqlQuery q(db);
    Role role = Role::Admin;
    if (memberId) {
        q.prepare(u"SELECT role FROM member WHERE id = ? AND deleted = 0"_s);
        q.addBindValue(memberId);
        if (!q.exec() || !q.next()) {
            *error = tr("There is no such member.");
            return 0;
        }
        role = roleFromKey(q.value(0).toString()).value_or(Role::Rep);
        // An unfinished SELECT keeps its read snapshot: a commit by a worker meanwhile (the
        // dashboard refreshing its rollups) would make the write below fail at once with "database
        // is locked" instead of waiting for the lock.
        q.finish();
    }
    const bool first = !hasAccounts();
    if (!by) {
        if (!first) {
            *error = tr("This database has user accounts: log in as an administrator to add one.");
            return 0;
        }
    } else {
        UserAccount target;
        target.name = name;
        target.role = role;
        if (!mayManage(*by, target, error))
            return 0;
    }
    if (first && role != Role::Admin) {
        *error = tr("The first account must be an administrator's.");
        return 0;
    }
    if (find(name)) {
        *error = tr("There is already a user named %1.").arg(name);
        return 0;
    }
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        *error = tr("The password could not be hashed (out of memory?).");
        return 0;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.lastError().text();
        return 0;
    }
    const SyncStamp s = m_db.stamp();
    const QString at = timestamp(now());
    q.prepare(u"INSERT INTO user_account (uuid, name, member_id, password_hash, must_change, active, "
              "password_changed_at, created_at, hlc, device_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(name);
    q.addBindValue(memberId ? QVariant(memberId) : QVariant());
    q.addBindValue(hash);
    q.addBindValue(first ? 0 : 1);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    if (!q.exec()) {
        *error = q.lastError().text().contains(u"UNIQUE"_s, Qt::CaseInsensitive)
                     ? tr("That member already has an account.")
                     : q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    AuditLog audit(m_db, by ? by->scope : AccessScope::administrator());
    if (!audit.record(AuditAction::UserChange, userTarget(name),
                      u"created role=%1 member=%2"_s.arg(roleKey(role)).arg(memberId))) {
        *error = audit.lastError();
        return 0;
    }
    if (!tx.commit()) {
        *error = tx.lastError().text();
        return 0;
    }
    return id;
}

bool UserAccounts::storePassword(qint64 userId, const QString &hash, bool mustChange, QString *error)
{
    QSqlQuery q(m_db.connectionForThread());
    const SyncStamp s = m_db.stamp();
    q.prepare(
        u"UPDATE user_account SET password_hash = ?, must_change = ?, password_changed_at = ?, hlc = ?, "
        "device_id = ? WHERE id = ?"_s);
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(timestamp(now()));
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool UserAccounts::changePassword(qint64 userId, const SecureBytes &current, const SecureBytes &newPassword,
                                  QString *error)
{
    const std::optional<UserAccount> account = get(userId);
    if (!account) {
        *error = tr("There is no such user.");
        return false;
    }
    const LoginResult check = login(account->name, current);
    if (!check.ok()) {
        *error = check.message();
        return false;
    }
    if (const QString problem = passwordProblem(account->name, newPassword); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (current == newPassword) {
        *error = tr("The new password must differ from the current one.");
        return false;
    }
    const QString hash = PasswordHasher::hash(newPassword);
    Transaction tx(m_db.connectionForThread());
    if (hash.isEmpty() || !tx.isActive() || !storePassword(userId, hash, false, error))
        return false;
    AuditLog(m_db).record(AuditAction::UserChange, userTarget(account->name), u"password changed"_s);
    return tx.commit();
}

bool UserAccounts::resetPassword(const UserSession &by, qint64 userId, const SecureBytes &newPassword,
                                 QString *error)
{
    const std::optional<UserAccount> account = get(userId);
    if (!account) {
        *error = tr("There is no such user.");
        return false;
    }
    if (!mayManage(by, account, error))
        return false;
    if (const QString problem = passwordProblem(account->name, newPassword); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString hash = PasswordHasher::hash(newPassword);
    Transaction tx(m_db.connectionForThread());
    if (hash.isEmpty() || !tx.isActive() || !storePassword(userId, hash, true, error))
        return false;
    AuditLog(m_db, by.scope).record(AuditAction::UserChange, userTarget(account->name), u"password reset"_s);
    return tx.commit();
}

bool UserAccounts::setActive(const UserSession &by, qint64 userId, bool active, QString *error)
{
    const std::optional<UserAccount> account = get(userId);
    if (!account) {
        *error = tr("There is no such user.");
        return false;
    }
    if (!mayManage(by, account, error))
        return false;
    if (!active && by.account && by.account->id == userId) {
        *error = tr("You cannot disable your own account.");
        return false;
    }
    Transaction tx(m_db.connectionForThread());
    QSqlQuery q(m_db.connectionForThread());
    const SyncStamp s = m_db.stamp();
    q.prepare(u"UPDATE user_account SET active = ?, hlc = ?, device_id = ? WHERE id = ?"_s);
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(qint64(s.hlc));
    q.addBindValue(s.deviceId);
    q.addBindValue(userId);
    if (!tx.isActive() || !q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditLog(m_db, by.scope)
        .record(AuditAction::UserChange, userTarget(account->name), active ? u"enabled"_s : u"disabled"_s);
    return tx.commit();
}

bool UserAccounts::unlock(const UserSession &by, qint64 userId, QString *error)
{
    const std::optional<UserAccount> account = get(userId);
    if (!account) {
        *error = tr("There is no such user.");
        return false;
    }
    if (!mayManage(by, account, error))
        return false;
    Transaction tx(m_db.connectionForThread());
    QSqlQuery q(m_db.connectionForThread());
    q.prepare(u"UPDATE login_state SET failed_count = 0, last_failed_at = NULL, locked_until = NULL "
              "WHERE user_id = ?"_s);
    q.addBindValue(userId);
    if (!tx.isActive() || !q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    AuditLog(m_db, by.scope).record(AuditAction::UserChange, userTarget(account->name), u"unlocked"_s);
    return tx.commit();
}

} // namespace frontline
