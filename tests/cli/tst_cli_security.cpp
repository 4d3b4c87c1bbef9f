// Logins, roles and privacy from the command line, the way a script drives them: single-user
// mode until the first administrator, --user with FRONTLINE_PASSWORD, the forced change of an
// initial password, the lockout and unlock, permissions on exports, the audit command with its
// filters and CSV export, consent, erasure, the privacy notice, and anonymised reports.
#include "support/CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using frontline::test::CliRun;
using frontline::test::CliRunner;

class tst_CliSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void singleUserUntilTheFirstAdmin();
    void initialPasswordMustBeChanged();
    void lockoutAndUnlock();
    void exportsFollowThePermissions();
    void auditFiltersAndExports();
    void consentAndErasure();
    void privacyNotice();
    void anonymizedReport();

private:
    // Runs frontline-cli on m_db with FRONTLINE_PASSWORD (and FRONTLINE_NEW_PASSWORD) set.
    CliRun cli(QStringList args, const QString &password = QString(), const QString &newPassword = QString());
    CliRun as(const QString &user, const QString &password, QStringList args)
    {
        return cli(args << u"--user"_s << user, password);
    }
    QTemporaryDir m_dir;
    QString m_db;
};

CliRun tst_CliSecurity::cli(QStringList args, const QString &password, const QString &newPassword)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {u"FRONTLINE_DB"_s, u"FRONTLINE_USER"_s, u"FRONTLINE_PASSWORD"_s, u"FRONTLINE_NEW_PASSWORD"_s})
        env.remove(name);
    env.insert(u"FRONTLINE_PASSPHRASE"_s, u"s3cret 口令"_s);
    env.insert(u"FRONTLINE_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"FRONTLINE_LANGUAGE"_s, u"en"_s);
    if (!password.isEmpty())
        env.insert(u"FRONTLINE_PASSWORD"_s, password);
    if (!newPassword.isEmpty())
        env.insert(u"FRONTLINE_NEW_PASSWORD"_s, newPassword);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(CliRunner::executable(), args << u"--db"_s << m_db);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CliSecurity::initTestCase()
{
    m_db = m_dir.filePath(u"team.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"张伟"_s}).exitCode, 0); // R0001
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"李娜"_s}).exitCode, 0); // R0002
    QCOMPARE(cli({u"member"_s, u"add"_s, u"--name"_s, u"王芳"_s}).exitCode, 0); // R0003
    QCOMPARE(cli({u"customer"_s, u"add"_s, u"--name"_s, u"北京华联商厦"_s, u"--phone"_s, u"13800138000"_s,
                  u"--owner"_s, u"R0001"_s})
                 .exitCode,
             0);
    QCOMPARE(
        cli({u"customer"_s, u"add"_s, u"--name"_s, u"上海宝钢贸易"_s, u"--owner"_s, u"R0002"_s}).exitCode, 0);
}

void tst_CliSecurity::singleUserUntilTheFirstAdmin()
{
    // No accounts yet: single-user mode, no --user.
    CliRun r = cli({u"customer"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.array().size(), 2);
    r = cli({u"customer"_s, u"list"_s, u"--user"_s, u"admin"_s}, u"whatever-1"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("single-user mode"), r.err.constData());
    // The first account: an administrator's, no login needed.
    r = cli({u"user"_s, u"add"_s, u"zhang"_s, u"--member"_s, u"R0001"_s}, {}, u"zhang-pass-1"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("administrator"), r.err.constData());
    r = cli({u"user"_s, u"add"_s, u"admin"_s, u"--json"_s}, {}, u"admin-pass-1"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(r.object().value(u"must_change_password"_s).toBool(), false);
    // From now on every command logs in.
    r = cli({u"customer"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("--user NAME"), r.err.constData());
    r = as(u"admin"_s, u"wrong-pass"_s, {u"customer"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Wrong user name or password"), r.err.constData());
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"customer"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 2);
    r = cli({u"user"_s, u"add"_s, u"intruder"_s}, {}, u"intruder-1"_s);
    QCOMPARE(r.exitCode, 1);
}

void tst_CliSecurity::initialPasswordMustBeChanged()
{
    CliRun r = cli({u"user"_s, u"add"_s, u"zhang"_s, u"--member"_s, u"R0001"_s, u"--user"_s, u"admin"_s},
                   u"admin-pass-1"_s, u"initial-123"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(u"zhang"_s, u"initial-123"_s, {u"customer"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("change your initial password"), r.err.constData());
    r = cli({u"user"_s, u"passwd"_s, u"--user"_s, u"zhang"_s}, u"initial-123"_s, u"zhang-own-1"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A rep logged in sees their own customers only, and cannot act as someone else.
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"customer"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(u"name"_s).toString(), u"北京华联商厦"_s);
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"customer"_s, u"list"_s, u"--as"_s, u"R0002"_s});
    QCOMPARE(r.exitCode, 1);
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"user"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1); // users/view is not a rep's
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"user"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 2);
}

void tst_CliSecurity::lockoutAndUnlock()
{
    QCOMPARE(cli({u"user"_s, u"add"_s, u"li"_s, u"--member"_s, u"R0002"_s, u"--user"_s, u"admin"_s},
                 u"admin-pass-1"_s, u"li-initial-1"_s)
                 .exitCode,
             0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(as(u"li"_s, u"guess-%1-x"_s.arg(i), {u"customer"_s, u"list"_s}).exitCode, 1);
    CliRun r = as(u"li"_s, u"li-initial-1"_s, {u"customer"_s, u"list"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("locked until"), r.err.constData());
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"user"_s, u"unlock"_s, u"li"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"user"_s, u"passwd"_s, u"--user"_s, u"li"_s}, u"li-initial-1"_s, u"li-own-pass"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void tst_CliSecurity::exportsFollowThePermissions()
{
    const QString out = m_dir.filePath(u"sales.csv"_s);
    CliRun r =
        as(u"zhang"_s, u"zhang-own-1"_s,
           {u"report"_s, u"sales"_s, u"--period"_s, u"2026"_s, u"--format"_s, u"csv"_s, u"--out"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("may not export money"), r.err.constData());
    QVERIFY(!QFile::exists(out));
    // Viewing in the terminal is not an export.
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"report"_s, u"sales"_s, u"--period"_s, u"2026"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(u"zhang"_s, u"zhang-own-1"_s,
           {u"permission"_s, u"set"_s, u"rep"_s, u"money"_s, u"export"_s, u"allow"_s});
    QCOMPARE(r.exitCode, 1);
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"permission"_s, u"set"_s, u"rep"_s, u"money"_s, u"export"_s, u"allow"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(u"zhang"_s, u"zhang-own-1"_s,
           {u"report"_s, u"sales"_s, u"--period"_s, u"2026"_s, u"--format"_s, u"csv"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(out));
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"permission"_s, u"list"_s, u"--role"_s, u"rep"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue &v : r.array()) {
        if (v.toObject().value(u"area"_s).toString() == u"money"_s) {
            found = true;
            QVERIFY(v.toObject().value(u"export"_s).toBool());
            QVERIFY(!v.toObject().value(u"delete"_s).toBool());
        }
    }
    QVERIFY(found);
    // Imports and backups ask too: a rep may not import members nor back up the database.
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"import"_s, u"members"_s, out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("may not edit users"), r.err.constData());
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"backup"_s, u"--out"_s, m_dir.filePath(u"rep.fbackup"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(u"rep.fbackup"_s)));
}

void tst_CliSecurity::auditFiltersAndExports()
{
    CliRun r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"--action"_s, u"export"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 1);
    const QJsonObject e = r.array().at(0).toObject();
    QCOMPARE(e.value(u"user"_s).toString(), u"zhang"_s);
    QCOMPARE(e.value(u"target"_s).toString(), u"report:sales"_s);
    QVERIFY(e.value(u"location"_s).toString().endsWith(u"sales.csv"_s));
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"audit"_s, u"--action"_s, u"permission_denied"_s, u"--actor"_s, u"zhang"_s, u"--json"_s});
    QVERIFY(r.array().size() >= 3); // sales export, users list, member import, backup
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"--action"_s, u"login_failed"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 7); // one wrong admin password; five guesses for li, then one while locked
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"--to"_s, u"2000-01-01"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    const QString csv = m_dir.filePath(u"audit.csv"_s);
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"audit"_s, u"--action"_s, u"user_change"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xfeff)).trimmed().split(u"\r\n"_s);
    QCOMPARE(lines.at(0), u"id,at,user,member_id,action,target,rows,location,detail,outcome,device_id"_s);
    QVERIFY(lines.size() >= 6); // admin, zhang, li created; two changes, one unlock…
    // The export of the audit log is itself audited, and the log checks out.
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"audit"_s, u"--action"_s, u"export"_s, u"--limit"_s, u"1"_s, u"--json"_s});
    QCOMPARE(r.array().at(0).toObject().value(u"target"_s).toString(), u"audit"_s);
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"verify"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"--action"_s, u"nonsense"_s});
    QCOMPARE(r.exitCode, 2);
}

void tst_CliSecurity::consentAndErasure()
{
    CliRun r = as(u"zhang"_s, u"zhang-own-1"_s,
                  {u"customer"_s, u"consent"_s, u"C000001"_s, u"yes"_s, u"--method"_s, u"wechat"_s,
                   u"--date"_s, u"2026-11-01"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"consent"_s).toBool(), true);
    QCOMPARE(r.object().value(u"method"_s).toString(), u"wechat"_s);
    r = as(u"zhang"_s, u"zhang-own-1"_s,
           {u"customer"_s, u"consent"_s, u"C000001"_s, u"withdraw"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"consent"_s).toBool(), false);
    QVERIFY(!r.object().value(u"withdrawn_at"_s).toString().isEmpty());
    // Erasure: not a rep's decision, and never without --yes.
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"customer"_s, u"erase"_s, u"C000001"_s, u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"customer"_s, u"erase"_s, u"C000001"_s});
    QCOMPARE(r.exitCode, 2);
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"customer"_s, u"erase"_s, u"C000001"_s, u"--yes"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(u"contact_points"_s).toInteger(), 1);
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"customer"_s, u"list"_s, u"--search"_s, u"13800138000"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 0);
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"customer"_s, u"list"_s, u"--deleted"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    QVERIFY(!r.out.contains("华联") && !r.out.contains("13800138000"));
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"audit"_s, u"--action"_s, u"erase"_s, u"--json"_s});
    QCOMPARE(r.array().size(), 1);
    QVERIFY(r.array().at(0).toObject().value(u"target"_s).toString().endsWith(u"C000001"_s));
    // Delete and restore, audited too.
    QCOMPARE(as(u"li"_s, u"li-own-pass"_s, {u"customer"_s, u"delete"_s, u"C000002"_s}).exitCode, 0);
    QCOMPARE(as(u"li"_s, u"li-own-pass"_s, {u"customer"_s, u"restore"_s, u"C000002"_s}).exitCode, 0);
    r = as(u"admin"_s, u"admin-pass-1"_s,
           {u"audit"_s, u"--action"_s, u"delete"_s, u"--action"_s, u"restore"_s, u"--actor"_s, u"li"_s,
            u"--json"_s});
    QCOMPARE(r.array().size(), 2);
}

void tst_CliSecurity::privacyNotice()
{
    CliRun r = as(u"zhang"_s, u"zhang-own-1"_s, {u"privacy"_s, u"notice"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.object().value(u"default"_s).toBool());
    const QString file = m_dir.filePath(u"notice.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"本公司隐私声明（2026 版）"_s.toUtf8());
    f.close();
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"privacy"_s, u"notice"_s, u"--set"_s, file});
    QCOMPARE(r.exitCode, 1);
    r = as(u"admin"_s, u"admin-pass-1"_s, {u"privacy"_s, u"notice"_s, u"--set"_s, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as(u"zhang"_s, u"zhang-own-1"_s, {u"privacy"_s, u"notice"_s});
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), u"本公司隐私声明（2026 版）"_s);
}

void tst_CliSecurity::anonymizedReport()
{
    // A separate single-user database with a small demo company.
    const QString main = m_db;
    m_db = m_dir.filePath(u"demo.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    CliRun r = cli({u"demo"_s, u"--reps"_s, u"3"_s, u"--customers"_s, u"20"_s, u"--months"_s, u"2"_s,
                    u"--order-lines"_s, u"60"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList args{u"report"_s,   u"ranking"_s,
                           u"--period"_s, QString::number(QDate::currentDate().year()),
                           u"--format"_s, u"json"_s};
    const CliRun plain = cli(args);
    const CliRun first = cli(args + QStringList{u"--anonymize"_s});
    const CliRun second = cli(args + QStringList{u"--anonymize"_s});
    m_db = main;
    QVERIFY2(plain.exitCode == 0 && first.exitCode == 0, first.err.constData());
    const QJsonArray rows = plain.object().value(u"rows"_s).toArray(),
                     masked = first.object().value(u"rows"_s).toArray();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(masked.size(), rows.size());
    const QRegularExpression token(u"^M-[0-9A-HJKMNP-TV-Z]{10}$"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject p = rows.at(i).toObject(), m = masked.at(i).toObject();
        QCOMPARE(m.value(u"rep"_s).toString(), p.value(u"rep"_s).toString().left(1) + u"**"_s);
        QVERIFY(token.match(m.value(u"code"_s).toString()).hasMatch());
        QCOMPARE(m.value(u"revenue_fen"_s).toInteger(), p.value(u"revenue_fen"_s).toInteger());
        // A new run, a new key: the pseudonyms differ from the first run's.
        QVERIFY(second.object().value(u"rows"_s).toArray().at(i).toObject().value(u"code"_s) !=
                m.value(u"code"_s));
        QVERIFY(!first.out.contains(p.value(u"rep"_s).toString().toUtf8()));
    }
}

QTEST_GUILESS_MAIN(tst_CliSecurity)
#include "tst_cli_security.moc"
