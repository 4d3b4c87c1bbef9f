// User accounts, the permission matrix and the audit log: Argon2id parameters stored with the
// hash and raised later, the lockout over time, the forced change of an initial password,
// single-user mode until the first admin, matrix decisions, and audit rows that are written by
// each wired action and cannot be changed.
#include "analytics/Period.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "commission/Commissions.h"
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrderRepository.h"
#include "repositories/TaskRepository.h"
#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "security/UserAccounts.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "sync/SyncService.h"
#include "training/TrainingRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

namespace {
SecureBytes pw(const char *text)
{
    return SecureBytes(QByteArray(text));
}
} // namespace

class tst_Security : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultKdfMeetsTheFigure();
    void hashVerifiesAndCarriesItsParameters();
    void raisedParametersRehashOnLogin();
    void singleUserUntilTheFirstAdmin();
    void initialPasswordMustBeChanged();
    void passwordRules_data();
    void passwordRules();
    void lockoutAfterRepeatedFailures();
    void oldFailuresDoNotCount();
    void disabledAndUnknownUsers();
    void onlyAdminsManageAccounts();
    void defaultMatrix_data();
    void defaultMatrix();
    void adminEditsTheMatrix();
    void customerDeleteFollowsTheMatrix();
    void auditRowsAreWritten();
    void auditIsAppendOnly();
    void auditChainShowsTampering();
    void mergeUndoBackupAndPassphraseAreAudited();
    void logoutLockAndUnlockAreAudited();
    void lockWithoutAccountsAndFromTheLoginScreen();
    void deletesAndRestoresOfEveryKindAreAudited();
    void importSyncAndRestoreFromBackupAreAudited();
    void commissionExportIsCheckedAndAudited();

private:
    qint64 createAdmin();
    QStringList actions();
    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Security::initTestCase()
{
    // Test-only: a cheap KDF so that the many logins below stay fast. The default is checked
    // in defaultKdfMeetsTheFigure().
    PasswordHasher::setParametersForTests({1, 8 * 1024});
}

void tst_Security::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    const QString built = m_f.build(m_t->db());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    AuditLog::setActor(m_t->db(), {});
}

void tst_Security::cleanup()
{
    m_t.reset();
}

qint64 tst_Security::createAdmin()
{
    QString error;
    const qint64 id = UserAccounts(m_t->db()).create(std::nullopt, u"admin"_s, 0, pw("admin-pass-1"), &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id;
}

QStringList tst_Security::actions()
{
    QStringList list;
    for (const AuditEntry &e : AuditLog(m_t->db()).entries())
        list.prepend(e.action); // oldest first
    return list;
}

void tst_Security::defaultKdfMeetsTheFigure()
{
    // OWASP's minimum for Argon2id: t=2 with 19 MiB. Ours: t=3, 64 MiB.
    const PasswordHasher::Parameters d = PasswordHasher::defaultParameters();
    QCOMPARE(d.opsLimit, quint64(3));
    QCOMPARE(d.memLimitBytes, quint64(64) << 20);
    PasswordHasher::setParametersForTests(d);
    const QString hash = PasswordHasher::hash(pw("long enough"));
    PasswordHasher::setParametersForTests({1, 8 * 1024});
    QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=3,p=1$"_s), qPrintable(hash));
    QVERIFY(PasswordHasher::verify(hash, pw("long enough")));
}

void tst_Security::hashVerifiesAndCarriesItsParameters()
{
    const QString a = PasswordHasher::hash(pw("secret 密码 1"));
    const QString b = PasswordHasher::hash(pw("secret 密码 1"));
    QVERIFY(a != b); // a fresh salt each time
    QVERIFY(PasswordHasher::verify(a, pw("secret 密码 1")));
    QVERIFY(PasswordHasher::verify(b, pw("secret 密码 1")));
    QVERIFY(!PasswordHasher::verify(a, pw("secret 密码 2")));
    QVERIFY(!PasswordHasher::verify(a, pw("")));
    QVERIFY(!PasswordHasher::verify(u"$pbkdf2$nonsense"_s, pw("secret 密码 1")));
    const PasswordHasher::Parameters p = PasswordHasher::parametersOf(a);
    QCOMPARE(p.opsLimit, quint64(1));
    QCOMPARE(p.memLimitBytes, quint64(8 * 1024));
    QVERIFY(!PasswordHasher::needsRehash(a));
}

void tst_Security::raisedParametersRehashOnLogin()
{
    QVERIFY(createAdmin());
    QSqlQuery q(m_t->connection());
    const auto storedHash = [&] {
        q.exec(u"SELECT password_hash FROM user_account WHERE name = 'admin'"_s);
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(PasswordHasher::parametersOf(storedHash()).opsLimit, quint64(1));
    PasswordHasher::setParametersForTests({2, 16 * 1024});
    QVERIFY(PasswordHasher::needsRehash(storedHash()));
    QVERIFY(UserAccounts(m_t->db()).login(u"admin"_s, pw("admin-pass-1")).ok());
    const PasswordHasher::Parameters after = PasswordHasher::parametersOf(storedHash());
    PasswordHasher::setParametersForTests({1, 8 * 1024});
    QCOMPARE(after.opsLimit, quint64(2));
    QCOMPARE(after.memLimitBytes, quint64(16 * 1024));
    QVERIFY(UserAccounts(m_t->db()).login(u"admin"_s, pw("admin-pass-1")).ok()); // old params still verify
}

void tst_Security::singleUserUntilTheFirstAdmin()
{
    UserAccounts users(m_t->db());
    QVERIFY(!users.hasAccounts());
    QVERIFY(users.singleUserSession().singleUser());
    QCOMPARE(users.singleUserSession().scope.role(), Role::Admin);
    QString error;
    // The first account must be an administrator's: not a rep's.
    QCOMPARE(users.create(std::nullopt, u"zhang"_s, m_f.members.value(u"R1"_s), pw("password-1"), &error), 0);
    QVERIFY(!error.isEmpty());
    QVERIFY(!users.hasAccounts());
    const qint64 admin =
        users.create(std::nullopt, u"admin"_s, m_f.members.value(u"A1"_s), pw("admin-pass-1"), &error);
    QVERIFY2(admin, qPrintable(error));
    QVERIFY(users.hasAccounts());
    QVERIFY(!users.get(admin)->mustChangePassword); // its creator chose the password
    // From now on nobody adds accounts without logging in.
    QCOMPARE(users.create(std::nullopt, u"intruder"_s, 0, pw("password-1"), &error), 0);
    QVERIFY(error.contains(u"log in"_s));
}

void tst_Security::initialPasswordMustBeChanged()
{
    UserAccounts users(m_t->db());
    QVERIFY(createAdmin());
    const LoginResult admin = users.login(u"admin"_s, pw("admin-pass-1"));
    QVERIFY(admin.ok());
    QVERIFY(!admin.session.mustChangePassword());
    QString error;
    const qint64 zhang =
        users.create(admin.session, u"zhang.wei"_s, m_f.members.value(u"R1"_s), pw("initial-123"), &error);
    QVERIFY2(zhang, qPrintable(error));

    LoginResult r = users.login(u"ZHANG.WEI"_s, pw("initial-123")); // names are case-insensitive
    QVERIFY(r.ok());
    QVERIFY(r.session.mustChangePassword());
    QCOMPARE(r.session.scope.role(), Role::Rep);
    QCOMPARE(r.session.scope.memberId(), m_f.members.value(u"R1"_s));
    QVERIFY(!r.session.scope.seesEverything());

    QVERIFY(!users.changePassword(zhang, pw("wrong-current"), pw("my-own-pass"), &error));
    QVERIFY(!users.changePassword(zhang, pw("initial-123"), pw("initial-123"), &error));
    QVERIFY(error.contains(u"differ"_s));
    QVERIFY2(users.changePassword(zhang, pw("initial-123"), pw("my-own-pass"), &error), qPrintable(error));
    r = users.login(u"zhang.wei"_s, pw("my-own-pass"));
    QVERIFY(r.ok());
    QVERIFY(!r.session.mustChangePassword());
    QVERIFY(!users.login(u"zhang.wei"_s, pw("initial-123")).ok());

    // An administrator's reset is a new initial password.
    QVERIFY(users.resetPassword(admin.session, zhang, pw("reset-4567"), &error));
    r = users.login(u"zhang.wei"_s, pw("reset-4567"));
    QVERIFY(r.ok());
    QVERIFY(r.session.mustChangePassword());
}

void tst_Security::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7 characters") << u"abcdefg"_s << false;
    QTest::newRow("8 characters") << u"abcdefgh"_s << true;
    QTest::newRow("8 Chinese characters") << u"我的密码很长很长"_s << true;
    QTest::newRow("the user name") << u"Zhang.Wei"_s << false;
}

void tst_Security::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(UserAccounts::passwordProblem(u"zhang.wei"_s, SecureBytes::fromString(password)).isEmpty(),
             accepted);
}

void tst_Security::lockoutAfterRepeatedFailures()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    users.setPolicy({3, 15, 15});
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    users.setClock([&now] { return now; });

    LoginResult r = users.login(u"admin"_s, pw("guess-1"));
    QCOMPARE(r.status, LoginResult::WrongPassword);
    QCOMPARE(r.attemptsLeft, 2);
    now = now.addSecs(60);
    r = users.login(u"admin"_s, pw("guess-2"));
    QCOMPARE(r.attemptsLeft, 1);
    now = now.addSecs(60);
    r = users.login(u"admin"_s, pw("guess-3"));
    QCOMPARE(r.status, LoginResult::LockedOut);
    QCOMPARE(r.lockedUntil, now.addSecs(15 * 60));
    // While locked, even the right password is refused, and is not checked.
    now = now.addSecs(14 * 60);
    r = users.login(u"admin"_s, pw("admin-pass-1"));
    QCOMPARE(r.status, LoginResult::LockedOut);
    QVERIFY(r.message().contains(u"locked"_s));
    QVERIFY(users.find(u"admin"_s)->lockedUntil.isValid());
    // After the lock time the right password works and the count starts afresh.
    now = now.addSecs(2 * 60);
    r = users.login(u"admin"_s, pw("admin-pass-1"));
    QVERIFY(r.ok());
    QCOMPARE(users.find(u"admin"_s)->failedLogins, 0);
    r = users.login(u"admin"_s, pw("guess-4"));
    QCOMPARE(r.attemptsLeft, 2);
    QCOMPARE(actions().count(u"login_failed"_s), 5);
}

void tst_Security::oldFailuresDoNotCount()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    users.setPolicy({3, 15, 15});
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    users.setClock([&now] { return now; });
    QCOMPARE(users.login(u"admin"_s, pw("guess-1")).attemptsLeft, 2);
    now = now.addSecs(10 * 60);
    QCOMPARE(users.login(u"admin"_s, pw("guess-2")).attemptsLeft, 1);
    now = now.addSecs(16 * 60); // more than the window after the last failure
    const LoginResult r = users.login(u"admin"_s, pw("guess-3"));
    QCOMPARE(r.status, LoginResult::WrongPassword);
    QCOMPARE(r.attemptsLeft, 2);
}

void tst_Security::disabledAndUnknownUsers()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    const LoginResult admin = users.login(u"admin"_s, pw("admin-pass-1"));
    QString error;
    const qint64 li =
        users.create(admin.session, u"li"_s, m_f.members.value(u"R2"_s), pw("initial-123"), &error);
    QVERIFY(li);
    QVERIFY(!users.setActive(admin.session, admin.session.account->id, false, &error)); // not oneself
    QVERIFY(users.setActive(admin.session, li, false, &error));
    QCOMPARE(users.login(u"li"_s, pw("initial-123")).status, LoginResult::Disabled);
    QVERIFY(users.setActive(admin.session, li, true, &error));
    QVERIFY(users.login(u"li"_s, pw("initial-123")).ok());
    // An unknown name and a wrong password read the same.
    const LoginResult unknown = users.login(u"nobody"_s, pw("whatever-1"));
    QCOMPARE(unknown.status, LoginResult::UnknownUser);
    LoginResult wrong;
    wrong.status = LoginResult::WrongPassword;
    QCOMPARE(unknown.message(), wrong.message());
    // Only one account per member.
    QCOMPARE(users.create(admin.session, u"li2"_s, m_f.members.value(u"R2"_s), pw("initial-123"), &error), 0);
}

void tst_Security::onlyAdminsManageAccounts()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    const LoginResult admin = users.login(u"admin"_s, pw("admin-pass-1"));
    QString error;
    QVERIFY(users.create(admin.session, u"wang"_s, m_f.members.value(u"M1"_s), pw("initial-123"), &error));
    QVERIFY(users.create(admin.session, u"zhang"_s, m_f.members.value(u"R1"_s), pw("initial-123"), &error));
    const LoginResult manager = users.login(u"wang"_s, pw("initial-123"));
    const LoginResult rep = users.login(u"zhang"_s, pw("initial-123"));
    QVERIFY(manager.ok() && rep.ok());
    QCOMPARE(users.create(rep.session, u"x1"_s, m_f.members.value(u"R2"_s), pw("initial-123"), &error), 0);
    QCOMPARE(users.create(manager.session, u"x2"_s, m_f.members.value(u"R2"_s), pw("initial-123"), &error),
             0);
    QVERIFY(!users.resetPassword(rep.session, admin.session.account->id, pw("taken-over"), &error));
    // Given users/edit, a manager manages reps' accounts but never an administrator's.
    QVERIFY(Permissions(m_t->db()).set(admin.session.scope, Role::Manager, PermissionArea::Users,
                                       PermissionAction::Edit, true, &error));
    QVERIFY2(users.create(manager.session, u"li"_s, m_f.members.value(u"R2"_s), pw("initial-123"), &error),
             qPrintable(error));
    QVERIFY(!users.resetPassword(manager.session, admin.session.account->id, pw("taken-over"), &error));
    QCOMPARE(users.create(manager.session, u"admin2"_s, 0, pw("initial-123"), &error), 0);
}

void tst_Security::defaultMatrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    // The README's table, cell by cell where it matters.
    QTest::newRow("admin everything") << Role::Admin << u"users"_s << u"delete"_s << true;
    QTest::newRow("manager exports customers") << Role::Manager << u"customers"_s << u"export"_s << true;
    QTest::newRow("manager deletes no money") << Role::Manager << u"money"_s << u"delete"_s << false;
    QTest::newRow("manager exports money") << Role::Manager << u"money"_s << u"export"_s << true;
    QTest::newRow("manager edits no settings") << Role::Manager << u"settings"_s << u"edit"_s << false;
    QTest::newRow("manager views users") << Role::Manager << u"users"_s << u"view"_s << true;
    QTest::newRow("manager edits no users") << Role::Manager << u"users"_s << u"edit"_s << false;
    QTest::newRow("rep edits customers") << Role::Rep << u"customers"_s << u"edit"_s << true;
    QTest::newRow("rep deletes (own) customers") << Role::Rep << u"customers"_s << u"delete"_s << true;
    QTest::newRow("rep exports no customers") << Role::Rep << u"customers"_s << u"export"_s << false;
    QTest::newRow("rep views money") << Role::Rep << u"money"_s << u"view"_s << true;
    QTest::newRow("rep exports no money") << Role::Rep << u"money"_s << u"export"_s << false;
    QTest::newRow("rep exports own performance") << Role::Rep << u"performance"_s << u"export"_s << true;
    QTest::newRow("rep sees no settings") << Role::Rep << u"settings"_s << u"view"_s << false;
    QTest::newRow("rep sees no users") << Role::Rep << u"users"_s << u"view"_s << false;
    QTest::newRow("support edits customers") << Role::Support << u"customers"_s << u"edit"_s << true;
    QTest::newRow("support deletes no customers") << Role::Support << u"customers"_s << u"delete"_s << false;
    QTest::newRow("support edits no orders") << Role::Support << u"orders"_s << u"edit"_s << false;
    QTest::newRow("support exports nothing") << Role::Support << u"performance"_s << u"export"_s << false;
}

void tst_Security::defaultMatrix()
{
    QFETCH(Role, role);
    QFETCH(QString, area);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    Permissions p(m_t->db());
    QCOMPARE(p.allows(role, *Permissions::areaFromKey(area), *Permissions::actionFromKey(action)), allowed);
    // Every cell of the matrix is in the table: 4 roles × 6 areas × 4 actions.
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM role_permission"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 96);
}

void tst_Security::adminEditsTheMatrix()
{
    Permissions p(m_t->db());
    const AccessScope admin = AccessScope::administrator();
    const AccessScope manager = m_f.scopeOf(m_t->db(), u"M1"_s);
    QString error;
    QVERIFY(!p.allows(Role::Rep, PermissionArea::Customers, PermissionAction::Export));
    QVERIFY(p.set(admin, Role::Rep, PermissionArea::Customers, PermissionAction::Export, true, &error));
    QVERIFY(Permissions(m_t->db()).allows(Role::Rep, PermissionArea::Customers, PermissionAction::Export));
    QVERIFY(!p.set(manager, Role::Rep, PermissionArea::Money, PermissionAction::Export, true, &error));
    QVERIFY(error.contains(u"administrator"_s));
    QVERIFY(!p.set(admin, Role::Admin, PermissionArea::Users, PermissionAction::Edit, false, &error));
    QVERIFY(Permissions(m_t->db()).allows(Role::Admin, PermissionArea::Users, PermissionAction::Edit));
    QVERIFY(!Permissions(m_t->db()).check(m_f.scopeOf(m_t->db(), u"R1"_s), PermissionArea::Money,
                                          PermissionAction::Export, u"report:sales"_s, &error));
    QVERIFY(!error.isEmpty());
    const QList<AuditEntry> entries = AuditLog(m_t->db()).entries();
    QCOMPARE(entries.at(0).action, u"permission_denied"_s);
    QCOMPARE(entries.at(0).target, u"report:sales"_s);
    QCOMPARE(entries.at(0).outcome, u"denied"_s);
    QCOMPARE(entries.at(0).memberId, m_f.members.value(u"R1"_s));
    QCOMPARE(entries.at(1).action, u"permission_change"_s);
    QCOMPARE(entries.at(1).target, u"role:rep customers/export"_s);
    QCOMPARE(entries.at(1).detail, u"allow"_s);
}

void tst_Security::customerDeleteFollowsTheMatrix()
{
    const qint64 c1 = m_f.customers.value(u"c1"_s);
    QString error;
    QVERIFY(Permissions(m_t->db()).set(AccessScope::administrator(), Role::Rep, PermissionArea::Customers,
                                       PermissionAction::Delete, false, &error));
    CustomerRepository asRep(m_t->db(), m_f.scopeOf(m_t->db(), u"R1"_s));
    QVERIFY(!asRep.remove(c1));
    QVERIFY(asRep.lastError().contains(u"may not"_s));
    QVERIFY(!CustomerRepository(m_t->db(), AccessScope::administrator()).get(c1)->deleted);
    CustomerRepository asManager(m_t->db(), m_f.scopeOf(m_t->db(), u"M1"_s));
    QVERIFY(asManager.remove(c1));
    QVERIFY(asManager.restore(c1));
}

void tst_Security::auditRowsAreWritten()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    QVERIFY(!users.login(u"admin"_s, pw("wrong-pass")).ok());
    const LoginResult admin = users.login(u"admin"_s, pw("admin-pass-1"));
    QVERIFY(admin.ok());
    const qint64 c2 = m_f.customers.value(u"c2"_s);
    CustomerRepository repo(m_t->db(), admin.session.scope);
    QVERIFY(repo.remove(c2));
    QVERIFY(repo.restore(c2));
    QCOMPARE(actions(),
             (QStringList{u"user_change"_s, u"login_failed"_s, u"login"_s, u"delete"_s, u"restore"_s}));

    AuditFilter f;
    f.actions = {u"delete"_s};
    const QList<AuditEntry> deletes = AuditLog(m_t->db()).entries(f);
    QCOMPARE(deletes.size(), 1);
    const QString code = repo.get(c2)->code;
    QCOMPARE(deletes.at(0).target, u"customer:%1 %2"_s.arg(c2).arg(code));
    QCOMPARE(deletes.at(0).userName, u"admin"_s); // the logged-in actor
    QCOMPARE(deletes.at(0).deviceId, m_t->db().deviceId());
    QVERIFY(deletes.at(0).at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    // Entries never carry the customer's name.
    for (const AuditEntry &e : AuditLog(m_t->db()).entries())
        QVERIFY(!e.target.contains(u"宝钢"_s) && !e.detail.contains(u"宝钢"_s));
    f = AuditFilter();
    f.userName = u"ADMIN"_s;
    QCOMPARE(AuditLog(m_t->db()).entries(f).size(), 4); // the failed login names nobody yet
    f.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(AuditLog(m_t->db()).entries(f).size(), 0);
}

void tst_Security::auditIsAppendOnly()
{
    AuditLog log(m_t->db());
    QVERIFY(log.record(AuditAction::Export, u"report:sales"_s, {}, 12, u"/tmp/x.csv"_s));
    QSqlQuery q(m_t->connection());
    QVERIFY(!q.exec(u"UPDATE audit_log SET detail = 'changed'"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"INSERT OR REPLACE INTO audit_log (id, at, action, device_id, hash) "
                    "SELECT id, at, 'x', device_id, hash FROM audit_log"_s));
    const QList<AuditEntry> entries = log.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).rows, 12);
    QCOMPARE(entries.at(0).location, u"/tmp/x.csv"_s);
    QCOMPARE(entries.at(0).detail, QString());
}

void tst_Security::auditChainShowsTampering()
{
    AuditLog log(m_t->db());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.record(AuditAction::Export, u"report:%1"_s.arg(i), {}, i));
    QCOMPARE(log.verify(), 0);
    // Someone with the passphrase and the sqlcipher shell drops the trigger and edits a row.
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
    const qint64 third = log.entries().at(1).id;
    QVERIFY(q.exec(u"UPDATE audit_log SET rows = 99 WHERE id = %1"_s.arg(third)));
    QCOMPARE(log.verify(), third);
}

void tst_Security::mergeUndoBackupAndPassphraseAreAudited()
{
    QString error;
    ImportHistory history(m_t->db(), AccessScope::administrator());
    const qint64 batch = history.merge(m_f.customers.value(u"c1"_s), m_f.customers.value(u"c2"_s), &error);
    QVERIFY2(batch, qPrintable(error));
    QVERIFY(history.undo(batch).ok);
    BackupOptions options;
    options.passphrase = TempDatabase::passphrase();
    const BackupResult backup = BackupWriter::write(m_t->db(), m_t->dir() + u"/copy.fbackup"_s, options);
    QVERIFY(backup.ok());
    QVERIFY(!m_t->db().changePassphrase(pw("a new passphrase")));
    QCOMPARE(actions(), (QStringList{u"merge"_s, u"import_undo"_s, u"backup"_s, u"passphrase_change"_s}));
    const QList<AuditEntry> e = AuditLog(m_t->db()).entries();
    QCOMPARE(e.at(1).location, m_t->dir() + u"/copy.fbackup"_s);
    QCOMPARE(e.at(2).target, u"batch:%1 merge"_s.arg(batch));
    QVERIFY(
        e.at(3).target.startsWith(u"batch:%1 customer:%2 "_s.arg(batch).arg(m_f.customers.value(u"c1"_s))));
}

void tst_Security::logoutLockAndUnlockAreAudited()
{
    QVERIFY(createAdmin());
    UserAccounts users(m_t->db());
    const LoginResult admin = users.login(u"admin"_s, pw("admin-pass-1"));
    QVERIFY(admin.ok());
    // Idle lock, then the passphrase and the login again.
    QVERIFY(users.recordLock(UserAccounts::LockCause::Idle));
    QVERIFY(users.login(u"admin"_s, pw("admin-pass-1")).ok());
    QVERIFY(users.recordUnlock(admin.session));
    // File → Lock by hand, then File → Log Out.
    QVERIFY(users.recordLock(UserAccounts::LockCause::Manual));
    QVERIFY(users.logOut());
    QCOMPARE(AuditLog::actor(m_t->db()).userName, QString()); // nobody is the actor any more
    QVERIFY(!users.logOut());                                 // nobody to log out: nothing recorded
    QCOMPARE(actions(), (QStringList{u"user_change"_s, u"login"_s, u"lock"_s, u"login"_s, u"unlock"_s,
                                     u"lock"_s, u"logout"_s}));
    const QList<AuditEntry> e = AuditLog(m_t->db()).entries(); // newest first
    QCOMPARE(e.at(0).target, u"user:admin"_s);
    QCOMPARE(e.at(0).userName, u"admin"_s);
    QCOMPARE(e.at(1).detail, u"manual"_s);
    QCOMPARE(e.at(1).userName, u"admin"_s);
    QCOMPARE(e.at(1).location, m_t->path());
    QCOMPARE(e.at(2).target, u"user:admin"_s);
    QCOMPARE(e.at(2).detail, u"login"_s);
    QCOMPARE(e.at(4).detail, u"idle"_s);
    // The viewer and the CLI know the new actions.
    for (const QString &a : {u"logout"_s, u"lock"_s, u"unlock"_s}) {
        QVERIFY(AuditLog::actions().contains(a));
        QVERIFY(AuditLog::actionTitle(a) != a);
    }
    QCOMPARE(AuditLog(m_t->db()).verify(), 0);
}

void tst_Security::lockWithoutAccountsAndFromTheLoginScreen()
{
    // Single-user mode: the administrator locks; the passphrase alone unlocks.
    UserAccounts users(m_t->db());
    QVERIFY(users.recordLock(UserAccounts::LockCause::Manual));
    QVERIFY(users.recordUnlock(UserAccounts::singleUserSession()));
    QList<AuditEntry> e = AuditLog(m_t->db()).entries();
    QCOMPARE(e.size(), 2);
    QCOMPARE(e.at(0).action, u"unlock"_s);
    QCOMPARE(e.at(0).target, u"database"_s);
    QCOMPARE(e.at(0).detail, u"passphrase"_s);
    QCOMPARE(e.at(0).userName, QString());
    QCOMPARE(e.at(1).detail, u"manual"_s);
    // With accounts and nobody logged in (the login screen was up), the entry says so.
    QVERIFY(createAdmin());
    QVERIFY(users.recordLock(UserAccounts::LockCause::Idle));
    e = AuditLog(m_t->db()).entries();
    QCOMPARE(e.at(0).action, u"lock"_s);
    QCOMPARE(e.at(0).detail, u"idle nobody logged in"_s);
}

void tst_Security::deletesAndRestoresOfEveryKindAreAudited()
{
    Database &db = m_t->db();
    const AccessScope manager = m_f.scopeOf(db, u"M1"_s);
    const qint64 c1 = m_f.customers.value(u"c1"_s);
    const auto idOf = [&](const QString &table) {
        QSqlQuery q(m_t->connection());
        q.prepare(u"SELECT id FROM "_s + table + u" WHERE customer_id = ? AND deleted = 0"_s);
        q.addBindValue(c1);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 order = m_f.orders.value(u"c1"_s);
    const qint64 opportunity = idOf(u"opportunity"_s);
    const qint64 activity = idOf(u"activity"_s);
    const qint64 task = idOf(u"task"_s);
    QVERIFY(order && opportunity && activity && task);
    TrainingSession session;
    session.title = u"大客户谈判"_s;
    session.topic = u"sales_skills"_s;
    session.heldOn = QDate(2025, 3, 7);
    session.durationMin = 90;
    TrainingRepository trainings(db, AccessScope::administrator());
    const qint64 training = trainings.create(session).id;
    QVERIFY(training);

    OrderRepository orders(db, manager);
    OpportunityRepository opportunities(db, manager);
    ActivityRepository activities(db, manager);
    TaskRepository tasks(db, manager);
    QVERIFY(orders.remove(order) && orders.restore(order));
    QVERIFY(opportunities.remove(opportunity) && opportunities.restore(opportunity));
    QVERIFY(activities.remove(activity) && activities.restore(activity));
    QVERIFY(tasks.remove(task) && tasks.restore(task));
    QVERIFY(trainings.remove(training) && trainings.restore(training));
    // A rep outside the scope deletes nothing, and nothing is recorded.
    QVERIFY(!OrderRepository(db, m_f.scopeOf(db, u"R3"_s)).remove(order));

    QStringList seen;
    for (const AuditEntry &e : AuditLog(db).entries()) {
        seen.prepend(e.action + u' ' + e.target);
        if (!e.target.startsWith(u"training:"_s))
            QCOMPARE(e.memberId, m_f.members.value(u"M1"_s)); // who: the member of the scope
    }
    QCOMPARE(seen,
             (QStringList{u"delete order:%1"_s.arg(order), u"restore order:%1"_s.arg(order),
                          u"delete opportunity:%1"_s.arg(opportunity),
                          u"restore opportunity:%1"_s.arg(opportunity), u"delete activity:%1"_s.arg(activity),
                          u"restore activity:%1"_s.arg(activity), u"delete task:%1"_s.arg(task),
                          u"restore task:%1"_s.arg(task), u"delete training:%1"_s.arg(training),
                          u"restore training:%1"_s.arg(training)}));
    // The delete and its entry are one transaction: the order is back, and the log is sound.
    QVERIFY(orders.get(order));
    QCOMPARE(AuditLog(db).verify(), 0);
}

void tst_Security::importSyncAndRestoreFromBackupAreAudited()
{
    Database &db = m_t->db();
    // Import: a small CSV of customers.
    const QString csv = m_t->dir() + u"/客户.csv"_s;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("客户名称,手机\n新客户甲,13900139000\n新客户乙,13900139001\n");
    file.close();
    ImportOptions options;
    options.kind = u"customers"_s;
    const ImportSummary imported = Importer(db, AccessScope::administrator()).run(csv, options);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.inserted, qint64(2));
    // Sync: a package for R1.
    SyncOptions sync;
    sync.passphrase = pw("team 同步 key");
    sync.iterations = 1000;
    const QString package = m_t->dir() + u"/张伟.flsync"_s;
    QVERIFY(SyncService(db).exportForMember(u"R1"_s, package, sync).ok());
    // A backup, then a restore from it.
    BackupOptions backupOptions;
    backupOptions.passphrase = TempDatabase::passphrase();
    const QString backup = m_t->dir() + u"/copy.fbackup"_s;
    QVERIFY(BackupWriter::write(db, backup, backupOptions).ok());
    const RestoreResult restored = BackupRestore::restore(
        db, m_t->path(), backup, {TempDatabase::passphrase(), TempDatabase::passphrase()});
    QVERIFY2(restored.ok(), qPrintable(restored.error.message()));
    QVERIFY(db.isOpen());

    // The restored file holds the log as it was when the copy was made (the backup's own entry
    // came after it), and the restore on top.
    const QList<AuditEntry> e = AuditLog(db).entries(); // newest first
    QCOMPARE(actions(), (QStringList{u"import"_s, u"sync"_s, u"backup_restore"_s}));
    QCOMPARE(e.at(0).location, backup);
    QCOMPARE(e.at(0).outcome, u"ok"_s);
    QCOMPARE(e.at(1).target, u"sync:export R1"_s);
    QCOMPARE(e.at(1).location, package);
    QVERIFY2(e.at(2).target.startsWith(u"batch:"_s) && e.at(2).target.endsWith(u" customers"_s),
             qPrintable(e.at(2).target));
    QCOMPARE(e.at(2).rows, 2);
    QCOMPARE(AuditLog(db).verify(), 0);
}

void tst_Security::commissionExportIsCheckedAndAudited()
{
    Database &db = m_t->db();
    const std::optional<analytics::Period> march = analytics::Period::parse(u"2025-03"_s);
    QVERIFY(march);
    commission::Commissions asManager(db, m_f.scopeOf(db, u"M1"_s));
    const std::optional<commission::TeamSummary> summary = asManager.summary(*march);
    QVERIFY2(summary, qPrintable(asManager.lastError()));
    QCOMPARE(summary->statements.size(), 3); // M1, R1, R2 of team A
    const QString path = m_t->dir() + u"/提成.csv"_s;
    QVERIFY2(asManager.exportSummary(*summary, path, u"csv"_s), qPrintable(asManager.lastError()));
    QVERIFY(QFile::exists(path));
    // A rep may view money, not export it (the default matrix): refused, no file, audited.
    commission::Commissions asRep(db, m_f.scopeOf(db, u"R1"_s));
    const std::optional<commission::TeamSummary> own = asRep.summary(*march);
    QVERIFY(own);
    const QString repPath = m_t->dir() + u"/mine.csv"_s;
    QVERIFY(!asRep.exportSummary(*own, repPath, u"csv"_s));
    QVERIFY(!asRep.lastError().isEmpty());
    QVERIFY(!QFile::exists(repPath));
    // A file that cannot be written is recorded as a failed export.
    QVERIFY(!asManager.exportSummary(*summary, m_t->dir() + u"/no/such/folder/x.csv"_s, u"csv"_s));

    const QList<AuditEntry> e = AuditLog(db).entries();
    QCOMPARE(actions(), (QStringList{u"export"_s, u"permission_denied"_s, u"export"_s}));
    QCOMPARE(e.at(2).target, u"commission:2025-03"_s);
    QCOMPARE(e.at(2).rows, 3);
    QCOMPARE(e.at(2).location, path);
    QCOMPARE(e.at(2).detail, u"format=csv"_s);
    QCOMPARE(e.at(1).target, u"commission:2025-03"_s);
    QCOMPARE(e.at(0).outcome, u"failed"_s);
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
