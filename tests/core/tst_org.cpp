// Org editing and tasks: teams added, renamed, moved (never below themselves) and removed (only
// empty, or with their members moved in the same change); members edited; role duties written;
// each checked against the permission matrix and the access scope, audited and stamped for sync
// (same uuid, new clock, tombstones). Tasks: the opportunity link, comments (who, when, scope,
// sync package), "mine" and team filters, the home page's agenda.
#include "privacy/Privacy.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "sync/SyncPackage.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

class tst_Org : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addTeam_data();
    void addTeam();
    void renameTeam();
    void moveTeamRefusesCycles();
    void moveTeam_data();
    void moveTeam();
    void removeTeam();
    void removeTeamMovesMembers();
    void restoreTeam();
    void managerRemovesOnlyBelowOwnTeam();
    void editMember_data();
    void editMember();
    void editMemberAuditsChanges();
    void matrixDeniesManager();
    void duties();
    void taskOpportunity();
    void taskComments();
    void commentsTravelWithTasks();
    void erasureTakesTheComments();
    void taskFilters();
    void agendaOrder();

private:
    AccessScope scope(const QString &code)
    {
        return code == u"A1"_s ? AccessScope::administrator() : m_f.scopeOf(m_t->db(), code);
    }
    OrgRepository org(const QString &code = u"A1"_s) { return OrgRepository(m_t->db(), scope(code)); }
    qint64 member(const QString &code) const { return m_f.members.value(code); }
    qint64 teamOf(const QString &key) const;
    QStringList auditActions();
    QVariantList row(const QString &table, qint64 id, const QString &columns);
    qint64 opportunityOf(const QString &customer);

    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Org::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    const QString problem = m_f.build(m_t->db());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Org::cleanup()
{
    m_t.reset();
}

qint64 tst_Org::teamOf(const QString &key) const
{
    if (key == u"company"_s)
        return m_f.company;
    if (key == u"region"_s)
        return m_f.region;
    if (key == u"A"_s)
        return m_f.teamA;
    if (key == u"B"_s)
        return m_f.teamB;
    return 0;
}

QStringList tst_Org::auditActions()
{
    QStringList actions;
    for (const AuditEntry &e : AuditLog(m_t->db()).entries())
        actions << e.action + u' ' + e.target + u" | "_s + e.detail;
    return actions;
}

QVariantList tst_Org::row(const QString &table, qint64 id, const QString &columns)
{
    QSqlQuery q(m_t->connection());
    q.exec(u"SELECT %1 FROM %2 WHERE id = %3"_s.arg(columns, table).arg(id));
    QVariantList values;
    if (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i);
    }
    return values;
}

qint64 tst_Org::opportunityOf(const QString &customer)
{
    QSqlQuery q(m_t->connection());
    q.exec(u"SELECT id FROM opportunity WHERE customer_id = %1"_s.arg(m_f.customers.value(customer)));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void tst_Org::addTeam_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("parent"); // company, region, A, B or none (a root)
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin under the region") << u"A1"_s << u"region"_s << true;
    QTest::newRow("admin adds a root") << u"A1"_s << u"none"_s << true;
    QTest::newRow("manager below own team") << u"M1"_s << u"A"_s << true;
    QTest::newRow("manager beside own team") << u"M1"_s << u"region"_s << false;
    QTest::newRow("manager under another team") << u"M1"_s << u"B"_s << false;
    QTest::newRow("manager adds a root") << u"M1"_s << u"none"_s << false;
    QTest::newRow("rep") << u"R1"_s << u"A"_s << false;
    QTest::newRow("support") << u"S1"_s << u"company"_s << false;
}

void tst_Org::addTeam()
{
    QFETCH(QString, who);
    QFETCH(QString, parent);
    QFETCH(bool, allowed);
    const qsizetype before = org().teams().size();
    const SaveResult r = org(who).addTeam(Team{0, {}, teamOf(parent), u"  三组 "_s, u"team"_s});
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(org().teams().size(), before + (allowed ? 1 : 0));
    if (allowed) {
        const std::optional<Team> t = org().team(r.id);
        QVERIFY(t);
        QCOMPARE(t->name, u"三组"_s);
        QCOMPARE(t->parentId, teamOf(parent));
        QCOMPARE(t->uuid.size(), 36);
        QVERIFY(auditActions().filter(u"team:%1 "_s.arg(r.id)).isEmpty()); // not audited, like a new member
    }
}

void tst_Org::renameTeam()
{
    OrgRepository admin = org();
    const QVariantList before = row(u"team"_s, m_f.teamA, u"uuid, hlc"_s);
    // A sibling's name (case aside) and a blank name are field errors; nothing changes.
    SaveResult r = admin.renameTeam(m_f.teamA, u"二组"_s);
    QCOMPARE(r.fieldErrors.size(), 1);
    QCOMPARE(r.fieldErrors.first().field, u"name"_s);
    QCOMPARE(admin.renameTeam(m_f.teamA, u"   "_s).fieldErrors.size(), 1);
    QCOMPARE(admin.team(m_f.teamA)->name, u"一组"_s);

    // The manager renames their own team.
    r = org(u"M1"_s).renameTeam(m_f.teamA, u"精英一组"_s);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(admin.team(m_f.teamA)->name, u"精英一组"_s);
    const QVariantList after = row(u"team"_s, m_f.teamA, u"uuid, hlc"_s);
    QCOMPARE(after.at(0), before.at(0));                           // the same record for sync
    QVERIFY(after.at(1).toLongLong() > before.at(1).toLongLong()); // with a newer clock
    QSqlQuery q(m_t->connection());
    q.exec(u"SELECT count(*) FROM sync_clock WHERE tbl = 'team' AND field = 'name' AND uuid = '%1'"_s.arg(
        before.at(0).toString()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(auditActions().contains(u"org_change team:%1 精英一组 | renamed from 一组"_s.arg(m_f.teamA)));
    // Not someone else's team.
    QVERIFY(!org(u"M1"_s).renameTeam(m_f.teamB, u"我的二组"_s).ok());
    QCOMPARE(admin.team(m_f.teamB)->name, u"二组"_s);
}

void tst_Org::moveTeamRefusesCycles()
{
    OrgRepository admin = org();
    // The region below its own team A, and a team below itself: refused.
    SaveResult r = admin.moveTeam(m_f.region, m_f.teamA);
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(u"below itself"_s));
    QVERIFY(!admin.moveTeam(m_f.teamA, m_f.teamA).ok());
    QCOMPARE(admin.team(m_f.region)->parentId, m_f.company);
    // Two levels down is a cycle too.
    const qint64 sub = admin.addTeam(Team{0, {}, m_f.teamA, u"A1 小组"_s, u"team"_s}).id;
    QVERIFY(sub);
    QVERIFY(!admin.moveTeam(m_f.region, sub).ok());
    // B below A is no cycle.
    r = admin.moveTeam(m_f.teamB, m_f.teamA);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(admin.team(m_f.teamB)->parentId, m_f.teamA);
    QVERIFY(auditActions().contains(
        u"org_change team:%1 二组 | parent %2 → %3"_s.arg(m_f.teamB).arg(m_f.region).arg(m_f.teamA)));
    // Now A cannot go below B.
    QVERIFY(!admin.moveTeam(m_f.teamA, m_f.teamB).ok());
}

void tst_Org::moveTeam_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("team"); // A, B or sub (a team below A)
    QTest::addColumn<QString>("to");   // company, region, A, B, sub2 (another team below A)
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin B under company") << u"A1"_s << u"B"_s << u"company"_s << true;
    QTest::newRow("manager moves own team") << u"M1"_s << u"A"_s << u"company"_s << false;
    QTest::newRow("manager moves sub within A") << u"M1"_s << u"sub"_s << u"sub2"_s << true;
    QTest::newRow("manager moves sub out of A") << u"M1"_s << u"sub"_s << u"B"_s << false;
    QTest::newRow("manager moves B into A") << u"M1"_s << u"B"_s << u"A"_s << false;
    QTest::newRow("rep moves sub") << u"R1"_s << u"sub"_s << u"sub2"_s << false;
}

void tst_Org::moveTeam()
{
    QFETCH(QString, who);
    QFETCH(QString, team);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const qint64 sub = org().addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).id;
    const qint64 sub2 = org().addTeam(Team{0, {}, m_f.teamA, u"乙"_s, u"team"_s}).id;
    QVERIFY(sub && sub2);
    const qint64 id = team == u"sub"_s ? sub : teamOf(team);
    const qint64 parent = to == u"sub2"_s ? sub2 : teamOf(to);
    const qint64 before = org().team(id)->parentId;
    const SaveResult r = org(who).moveTeam(id, parent);
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(org().team(id)->parentId, allowed ? parent : before);
}

void tst_Org::removeTeam()
{
    OrgRepository admin = org();
    const QString uuid = admin.team(m_f.teamB)->uuid;
    // B has R3: refused without somewhere to move them.
    SaveResult r = admin.removeTeam(m_f.teamB);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"1 member"_s), qPrintable(r.error));
    QVERIFY(admin.team(m_f.teamB));
    // The region has teams below it: refused even with a destination.
    r = admin.removeTeam(m_f.region, m_f.company);
    QVERIFY(!r.ok());
    QVERIFY(admin.team(m_f.region));
    // An empty team goes; the row stays as a tombstone with its uuid, for sync.
    const qint64 empty = admin.addTeam(Team{0, {}, m_f.region, u"三组"_s, u"team"_s}).id;
    r = admin.removeTeam(empty);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!admin.team(empty));
    QCOMPARE(row(u"team"_s, empty, u"deleted, name"_s), (QVariantList{1, u"三组"_s}));
    QVERIFY(auditActions().contains(u"org_change team:%1 三组 | removed"_s.arg(empty)));
    QCOMPARE(admin.team(m_f.teamB)->uuid, uuid);
}

void tst_Org::removeTeamMovesMembers()
{
    OrgRepository admin = org();
    const QVariantList r3Before = row(u"member"_s, member(u"R3"_s), u"uuid, hlc"_s);
    const SaveResult r = admin.removeTeam(m_f.teamB, m_f.teamA);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!admin.team(m_f.teamB));
    QCOMPARE(admin.member(member(u"R3"_s))->teamId, m_f.teamA);
    const QVariantList r3After = row(u"member"_s, member(u"R3"_s), u"uuid, hlc"_s);
    QCOMPARE(r3After.at(0), r3Before.at(0));
    QVERIFY(r3After.at(1).toLongLong() > r3Before.at(1).toLongLong());
    const QStringList audit = auditActions();
    QVERIFY(audit.contains(
        u"org_change member:%1 | team %2 → %3"_s.arg(member(u"R3"_s)).arg(m_f.teamB).arg(m_f.teamA)));
    QVERIFY(audit.contains(
        u"org_change team:%1 二组 | removed; 1 member(s) moved to team %2"_s.arg(m_f.teamB).arg(m_f.teamA)));
    // The manager of A now sees R3's customer.
    QVERIFY(scope(u"M1"_s).canSeeOwner(member(u"R3"_s)));
}

void tst_Org::restoreTeam()
{
    OrgRepository admin = org();
    const qint64 sub = admin.addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).id;
    QVERIFY(admin.removeTeam(sub).ok());
    QVERIFY(!admin.restoreTeam(m_f.teamA).ok()); // not deleted
    // Back below its parent, audited.
    SaveResult r = admin.restoreTeam(sub);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(admin.team(sub)->parentId, m_f.teamA);
    QVERIFY(auditActions().contains(u"org_change team:%1 甲 | restored"_s.arg(sub)));
    // Not when a sibling has taken its name meanwhile.
    QVERIFY(admin.removeTeam(sub).ok());
    const qint64 other = admin.addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).id;
    QVERIFY(other);
    r = admin.restoreTeam(sub);
    QVERIFY(!r.ok());
    QVERIFY(!r.fieldErrors.isEmpty());
    // Not when the team it was below is gone.
    QVERIFY(admin.removeTeam(other).ok());
    const qint64 child = admin.addTeam(Team{0, {}, other, u"乙"_s, u"team"_s}).id;
    QVERIFY(!child); // below a deleted team: refused
    QVERIFY(admin.restoreTeam(other).ok());
    const qint64 grandchild = admin.addTeam(Team{0, {}, other, u"乙"_s, u"team"_s}).id;
    QVERIFY(admin.removeTeam(grandchild).ok());
    QVERIFY(admin.removeTeam(other).ok());
    r = admin.restoreTeam(grandchild);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"gone"_s), qPrintable(r.error));
    // A rep restores nothing.
    QVERIFY(!org(u"R1"_s).restoreTeam(other).ok());
    QVERIFY(!admin.team(other));
}

void tst_Org::managerRemovesOnlyBelowOwnTeam()
{
    const qint64 sub = org().addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).id;
    QVERIFY(sub);
    QVERIFY(!org(u"M1"_s).removeTeam(m_f.teamA, m_f.teamB).ok()); // their own team
    QVERIFY(!org(u"M1"_s).removeTeam(m_f.teamB, m_f.teamA).ok()); // someone else's
    QVERIFY(org().team(m_f.teamA) && org().team(m_f.teamB));
    const SaveResult r = org(u"M1"_s).removeTeam(sub);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!org().team(sub));
}

void tst_Org::editMember_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("change"); // name, manager, team:B, team:sub, inactive, admin
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin renames R3") << u"A1"_s << u"R3"_s << u"name"_s << true;
    QTest::newRow("admin makes R3 a manager") << u"A1"_s << u"R3"_s << u"manager"_s << true;
    QTest::newRow("admin makes R3 an admin") << u"A1"_s << u"R3"_s << u"admin"_s << true;
    QTest::newRow("manager renames R1") << u"M1"_s << u"R1"_s << u"name"_s << true;
    QTest::newRow("manager makes R1 a manager") << u"M1"_s << u"R1"_s << u"manager"_s << true;
    QTest::newRow("manager makes R1 an admin") << u"M1"_s << u"R1"_s << u"admin"_s << false;
    QTest::newRow("manager sets R2 inactive") << u"M1"_s << u"R2"_s << u"inactive"_s << true;
    QTest::newRow("manager moves R1 below A") << u"M1"_s << u"R1"_s << u"team:sub"_s << true;
    QTest::newRow("manager moves R1 to B") << u"M1"_s << u"R1"_s << u"team:B"_s << false;
    QTest::newRow("manager renames R3") << u"M1"_s << u"R3"_s << u"name"_s << false;
    QTest::newRow("manager renames themselves") << u"M1"_s << u"M1"_s << u"name"_s << true;
    QTest::newRow("manager deactivates themselves") << u"M1"_s << u"M1"_s << u"inactive"_s << false;
    QTest::newRow("rep renames themselves") << u"R1"_s << u"R1"_s << u"name"_s << false;
    QTest::newRow("support renames R1") << u"S1"_s << u"R1"_s << u"name"_s << false;
}

void tst_Org::editMember()
{
    QFETCH(QString, who);
    QFETCH(QString, edited);
    QFETCH(QString, change);
    QFETCH(bool, allowed);
    const qint64 sub = org().addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).id;
    QVERIFY(sub);
    const Member before = *org().member(member(edited));
    Member m = before;
    if (change == u"name"_s)
        m.name = u"新名字"_s;
    else if (change == u"manager"_s)
        m.role = Role::Manager;
    else if (change == u"admin"_s)
        m.role = Role::Admin;
    else if (change == u"inactive"_s)
        m.active = false;
    else if (change == u"team:B"_s)
        m.teamId = m_f.teamB;
    else if (change == u"team:sub"_s)
        m.teamId = sub;
    const SaveResult r = org(who).updateMember(m);
    QCOMPARE(r.ok(), allowed);
    const Member after = *org().member(member(edited));
    const Member &expected = allowed ? m : before;
    QCOMPARE(after.name, expected.name);
    QCOMPARE(after.role, expected.role);
    QCOMPARE(after.teamId, expected.teamId);
    QCOMPARE(after.active, expected.active);
    QCOMPARE(after.uuid, before.uuid);
}

void tst_Org::editMemberAuditsChanges()
{
    Member m = *org().member(member(u"R1"_s));
    m.name = u"张伟伟"_s;
    m.role = Role::Manager;
    m.phone = u"138 0000 1111"_s;
    m.email = u" Zhang@Example.CN "_s;
    const SaveResult r = org(u"M1"_s).updateMember(m);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const Member saved = *org().member(member(u"R1"_s));
    QCOMPARE(saved.phone, u"+8613800001111"_s);
    QCOMPARE(saved.email, u"zhang@example.cn"_s);
    QVERIFY2(auditActions().contains(
                 u"org_change member:%1 R1 | name 张伟 → 张伟伟; role rep → manager; phone - → "
                 u"+8613800001111; email - → zhang@example.cn"_s.arg(member(u"R1"_s))),
             qPrintable(auditActions().join(u'\n')));
    // A save that changes nothing writes nothing.
    const qsizetype entries = auditActions().size();
    QVERIFY(org(u"M1"_s).updateMember(saved).ok());
    QCOMPARE(auditActions().size(), entries);
    // Validation: a blank name.
    Member blank = saved;
    blank.name = u"  "_s;
    QCOMPARE(org().updateMember(blank).fieldErrors.size(), 1);
}

void tst_Org::matrixDeniesManager()
{
    QString error;
    QVERIFY(Permissions(m_t->db()).set(AccessScope::administrator(), Role::Manager,
                                       PermissionArea::Performance, PermissionAction::Edit, false, &error));
    QVERIFY(!org(u"M1"_s).renameTeam(m_f.teamA, u"精英一组"_s).ok());
    QVERIFY(!org(u"M1"_s).addTeam(Team{0, {}, m_f.teamA, u"甲"_s, u"team"_s}).ok());
    Member m = *org().member(member(u"R1"_s));
    m.name = u"新名字"_s;
    QVERIFY(!org(u"M1"_s).updateMember(m).ok());
    QVERIFY(!org(u"M1"_s).setDuties(Role::Rep, {u"拜访客户"_s}));
    QVERIFY(!org(u"M1"_s).canEditTeam(m_f.teamA));
    QCOMPARE(org().team(m_f.teamA)->name, u"一组"_s);
    QVERIFY(auditActions().filter(u"permission_denied"_s).size() >= 3);
}

void tst_Org::duties()
{
    const auto texts = [this](Role role) {
        QStringList list;
        for (const RoleDuty &d : org(u"R1"_s).duties(role))
            list << d.text;
        return list;
    };
    QVERIFY(!org(u"R1"_s).setDuties(Role::Rep, {u"偷懒"_s}));
    QVERIFY(!org(u"R1"_s).canEditDuties());
    QVERIFY(org(u"M1"_s).canEditDuties());
    QVERIFY(org(u"M1"_s).setDuties(Role::Rep, {u" 每周拜访 10 家客户 "_s, u""_s, u"按时回款"_s}));
    QCOMPARE(texts(Role::Rep), (QStringList{u"每周拜访 10 家客户"_s, u"按时回款"_s}));
    QVERIFY(auditActions().contains(u"org_change duties:rep | 0 → 2 line(s)"_s));
    QVERIFY(org().setDuties(Role::Rep, {u"按时回款"_s}));
    QCOMPARE(texts(Role::Rep), QStringList{u"按时回款"_s});
    QVERIFY(texts(Role::Manager).isEmpty());
    // The old lines are tombstones (sync), not gone.
    QSqlQuery q(m_t->connection());
    q.exec(u"SELECT count(*) FROM role_duty WHERE role = 'rep' AND deleted = 1"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void tst_Org::taskOpportunity()
{
    TaskRepository r1(m_t->db(), scope(u"R1"_s));
    Task t;
    t.title = u"准备报价"_s;
    t.opportunityId = opportunityOf(u"c1"_s);
    SaveResult r = r1.create(t);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const std::optional<Task> saved = r1.get(r.id);
    QVERIFY(saved);
    QCOMPARE(saved->opportunityId, opportunityOf(u"c1"_s));
    QCOMPARE(saved->customerId, m_f.customers.value(u"c1"_s)); // the opportunity's customer
    // Another rep's opportunity: not visible, a field error.
    t.opportunityId = opportunityOf(u"c3"_s);
    r = r1.create(t);
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.value(0).field, u"opportunity"_s);
    // An opportunity of another customer than the task's.
    TaskRepository admin(m_t->db(), AccessScope::administrator());
    t.assigneeId = member(u"R1"_s);
    t.customerId = m_f.customers.value(u"c1"_s);
    t.opportunityId = opportunityOf(u"c2"_s);
    r = admin.create(t);
    QCOMPARE(r.fieldErrors.value(0).field, u"opportunity"_s);
}

void tst_Org::taskComments()
{
    TaskRepository r1(m_t->db(), scope(u"R1"_s));
    TaskFilter mine;
    mine.assigneeId = member(u"R1"_s);
    const QList<Task> tasks = r1.list(mine);
    QCOMPARE(tasks.size(), 1);
    const qint64 task = tasks.first().id;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(r1.addComment(task, u"客户要求下周再联系"_s).ok());
    QVERIFY(TaskRepository(m_t->db(), scope(u"M1"_s)).addComment(task, u"好的，记得带样品"_s).ok());
    QCOMPARE(r1.addComment(task, u"   "_s).fieldErrors.size(), 1);
    const QList<TaskComment> comments = r1.comments(task);
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).body, u"客户要求下周再联系"_s);
    QCOMPARE(comments.at(0).authorName, u"张伟"_s);
    QCOMPARE(comments.at(1).authorName, u"王经理"_s);
    QCOMPARE(comments.at(1).authorId, member(u"M1"_s));
    QVERIFY(comments.at(0).createdAt >= before);
    QCOMPARE(comments.at(0).uuid.size(), 36);
    // R3 neither sees nor comments on R1's task.
    TaskRepository r3(m_t->db(), scope(u"R3"_s));
    QVERIFY(r3.comments(task).isEmpty());
    QVERIFY(!r3.addComment(task, u"路过"_s).ok());
    QCOMPARE(r1.comments(task).size(), 2);
}

void tst_Org::commentsTravelWithTasks()
{
    TaskRepository admin(m_t->db(), AccessScope::administrator());
    for (const Task &t : admin.list({})) {
        QVERIFY(admin.addComment(t.id, u"评论 "_s + t.title).ok());
    }
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(u"r1.flsync"_s);
    SyncOptions options;
    options.passphrase = SecureBytes(QByteArray("team 同步 key"));
    options.iterations = 1000;
    const SyncExportResult e = SyncService(m_t->db()).exportForMember(u"R1"_s, file, options);
    QVERIFY2(e.ok(), qPrintable(e.error.message()));
    SyncPackageReader reader;
    QVERIFY(!reader.open(file, options.passphrase));
    QStringList bodies;
    reader.records(u"task_comment"_s, [&](const SyncRecord &r) {
        bodies << r.fields.value(u"body"_s).toString();
        return true;
    });
    QCOMPARE(bodies, QStringList{u"评论 回访 北京华联商厦"_s}); // R1's task's only
}

void tst_Org::erasureTakesTheComments()
{
    TaskRepository admin(m_t->db(), AccessScope::administrator());
    for (const Task &t : admin.list({}))
        QVERIFY(admin.addComment(t.id, u"联系人手机 13800138000"_s).ok());
    const qint64 c1 = m_f.customers.value(u"c1"_s);
    QVERIFY(Privacy(m_t->db(), AccessScope::administrator()).erase(c1).ok);
    QSqlQuery q(m_t->connection());
    q.exec(u"SELECT k.body, k.deleted, t.customer_id FROM task_comment k JOIN task t ON t.id = k.task_id "
           u"ORDER BY t.customer_id"_s);
    int erased = 0, kept = 0;
    while (q.next()) {
        if (q.value(2).toLongLong() == c1) {
            QCOMPARE(q.value(0).toString(), QString());
            QCOMPARE(q.value(1).toInt(), 1);
            ++erased;
        } else {
            QCOMPARE(q.value(0).toString(), u"联系人手机 13800138000"_s);
            ++kept;
        }
    }
    QCOMPARE(erased, 1);
    QCOMPARE(kept, 2);
}

void tst_Org::taskFilters()
{
    // R1 sees only their own tasks, whatever filter they ask for.
    TaskRepository r1(m_t->db(), scope(u"R1"_s));
    TaskFilter all;
    QCOMPARE(r1.list(all).size(), 1);
    TaskFilter team;
    team.teamId = m_f.region;
    QCOMPARE(r1.list(team).size(), 1);
    TaskFilter others;
    others.assigneeId = member(u"R2"_s);
    QVERIFY(r1.list(others).isEmpty());
    QVERIFY(!r1.get(r1.list(all).first().id + 1)); // R2's task

    // The manager's team filter: A has R1 and R2, B has R3 (outside M1's scope).
    TaskRepository admin(m_t->db(), AccessScope::administrator());
    team.teamId = m_f.teamA;
    QCOMPARE(admin.list(team).size(), 2);
    team.teamId = m_f.teamB;
    QCOMPARE(admin.list(team).size(), 1);
    team.teamId = m_f.region;
    QCOMPARE(admin.list(team).size(), 3);
    TaskRepository m1(m_t->db(), scope(u"M1"_s));
    QCOMPARE(m1.list(team).size(), 2);

    // Overdue on 2025-04-02: the tasks due 04-01 only (04-02 is due today, not overdue).
    TaskFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2025, 4, 2);
    const QList<Task> late = admin.list(overdue);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().dueDate, QDate(2025, 4, 1));
}

void tst_Org::agendaOrder()
{
    TaskRepository r1(m_t->db(), scope(u"R1"_s));
    const auto add = [&](const QString &title, const QDate &due) {
        Task t;
        t.title = title;
        t.dueDate = due;
        return r1.create(t).ok();
    };
    QVERIFY(add(u"无日期"_s, QDate()));
    QVERIFY(add(u"下周"_s, QDate(2025, 4, 9)));
    QVERIFY(add(u"今天"_s, QDate(2025, 4, 2)));
    const QDate today(2025, 4, 2);
    QStringList titles;
    for (const Task &t : r1.agenda(member(u"R1"_s), 3, today))
        titles << t.title;
    // Overdue (the fixture's 04-01), today, then later; at most 3.
    QCOMPARE(titles, (QStringList{u"回访 北京华联商厦"_s, u"今天"_s, u"下周"_s}));
    QVERIFY(r1.agenda(0, 5, today).isEmpty());
    // A done task leaves the agenda.
    QVERIFY(r1.setStatus(r1.agenda(member(u"R1"_s), 1, today).first().id, u"done"_s));
    QCOMPARE(r1.agenda(member(u"R1"_s), 1, today).first().title, u"今天"_s);
}

QTEST_GUILESS_MAIN(tst_Org)
#include "tst_org.moc"
