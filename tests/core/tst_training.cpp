// Training and development: session validation, attendance and assessment scores with their
// averages, development plans (career path, goals, skills, milestones, reviews), who sees and
// changes what (access scope and permissions), the audit of scores, reviews and team moves, and
// what a rep's sync package carries.
#include "repositories/OrgRepository.h"
#include "security/AuditLog.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"
#include "sync/SyncPackage.h"
#include "sync/SyncService.h"
#include "training/DevelopmentPlans.h"
#include "training/TrainingRepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::CrmFixture;
using frontline::test::TempDatabase;

class tst_Training : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sessionValidation_data();
    void sessionValidation();
    void averageScoreRoundsHalfUp_data();
    void averageScoreRoundsHalfUp();
    void scoresAreCheckedAndAudited();
    void attendanceIsOnePerMember();
    void repSeesOwnTrainingsOnly();
    void managerSeesSubtree();
    void repMayNotEdit();
    void removeAndRestore();
    void careerPath_data();
    void careerPath();
    void planItems();
    void milestoneOverdue_data();
    void milestoneOverdue();
    void reviewPeriods_data();
    void reviewPeriods();
    void reviewIsSomeoneElsesAndAudited();
    void planScope();
    void moveMember_data();
    void moveMember();
    void repPackageCarriesOwnPlanAndAttendance();

private:
    AccessScope scope(const QString &code) { return m_f.scopeOf(m_t->db(), code); }
    qint64 member(const QString &code) const { return m_f.members.value(code); }
    qint64 addSession(const QString &title, const QDate &day, const QStringList &attendees);
    QStringList auditActions();

    std::unique_ptr<TempDatabase> m_t;
    CrmFixture m_f;
};

void tst_Training::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->isValid());
    m_f = CrmFixture();
    const QString problem = m_f.build(m_t->db());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Training::cleanup()
{
    m_t.reset();
}

qint64 tst_Training::addSession(const QString &title, const QDate &day, const QStringList &attendees)
{
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    TrainingSession s;
    s.title = title;
    s.topic = u"sales_skills"_s;
    s.heldOn = day;
    s.trainer = u"陈老师"_s;
    s.durationMin = 90;
    const SaveResult r = repo.create(s);
    if (!r.ok())
        return 0;
    for (const QString &code : attendees) {
        if (!repo.setAttended(r.id, member(code), true))
            return 0;
    }
    return r.id;
}

QStringList tst_Training::auditActions()
{
    QStringList actions;
    for (const AuditEntry &e : AuditLog(m_t->db()).entries())
        actions << e.action + u' ' + e.target;
    return actions;
}

void tst_Training::sessionValidation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("field"); // the field at fault, empty when valid

    const QDate d(2025, 3, 7);
    QTest::newRow("valid") << u"产品知识培训"_s << u"product_knowledge"_s << d << 120 << QString();
    QTest::newRow("blank title") << u"  "_s << u"other"_s << d << 60 << u"title"_s;
    QTest::newRow("unknown topic") << u"培训"_s << u"cooking"_s << d << 60 << u"topic"_s;
    QTest::newRow("no date") << u"培训"_s << u"other"_s << QDate() << 60 << u"date"_s;
    QTest::newRow("negative minutes") << u"培训"_s << u"other"_s << d << -1 << u"duration"_s;
    QTest::newRow("a whole day") << u"培训"_s << u"other"_s << d << 1440 << QString();
    QTest::newRow("more than a day") << u"培训"_s << u"other"_s << d << 1441 << u"duration"_s;
}

void tst_Training::sessionValidation()
{
    QFETCH(QString, title);
    QFETCH(QString, topic);
    QFETCH(QDate, day);
    QFETCH(int, minutes);
    QFETCH(QString, field);
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    TrainingSession s;
    s.title = title;
    s.topic = topic;
    s.heldOn = day;
    s.durationMin = minutes;
    const SaveResult r = repo.create(s);
    if (field.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const std::optional<TrainingSession> saved = repo.session(r.id);
        QVERIFY(saved);
        QCOMPARE(saved->title, title.trimmed());
        QCOMPARE(saved->heldOn, day);
        QCOMPARE(saved->durationMin, minutes);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.fieldErrors.size(), 1);
        QCOMPARE(r.fieldErrors.first().field, field);
    }
}

void tst_Training::averageScoreRoundsHalfUp_data()
{
    QTest::addColumn<QList<int>>("scores"); // for R1, R2, M1 in turn
    QTest::addColumn<int>("average");
    QTest::addColumn<int>("scored");
    QTest::newRow("none") << QList<int>{} << -1 << 0;
    QTest::newRow("one") << QList<int>{70} << 70 << 1;
    QTest::newRow("85.5 rounds up") << QList<int>{80, 91} << 86 << 2;
    QTest::newRow("0.5 rounds up") << QList<int>{0, 1} << 1 << 2;
    QTest::newRow("99 exactly") << QList<int>{100, 99, 98} << 99 << 3;
    QTest::newRow("66.67 rounds up") << QList<int>{100, 100, 0} << 67 << 3;
    QTest::newRow("33.33 rounds down") << QList<int>{100, 0, 0} << 33 << 3;
}

void tst_Training::averageScoreRoundsHalfUp()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, average);
    QFETCH(int, scored);
    const qint64 id = addSession(u"谈判技巧"_s, QDate(2025, 3, 10), {u"R1"_s, u"R2"_s, u"M1"_s, u"R3"_s});
    QVERIFY(id);
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    const QStringList codes{u"R1"_s, u"R2"_s, u"M1"_s};
    for (int i = 0; i < scores.size(); ++i)
        QVERIFY2(repo.setScore(id, member(codes.at(i)), scores.at(i)), qPrintable(repo.lastError()));
    const std::optional<TrainingSession> s = repo.session(id);
    QVERIFY(s);
    QCOMPARE(s->invited, 4);
    QCOMPARE(s->attended, 4);
    QCOMPARE(s->scored, scored);
    QCOMPARE(s->averageScore, average);
}

void tst_Training::scoresAreCheckedAndAudited()
{
    const qint64 id = addSession(u"客户沟通"_s, QDate(2025, 4, 2), {});
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    QVERIFY(!repo.setScore(id, member(u"R1"_s), 101));
    QVERIFY(!repo.setScore(id, member(u"R1"_s), -1));
    QVERIFY(repo.attendance(id).isEmpty());
    // A score puts the member on the list as having come.
    QVERIFY(repo.setScore(id, member(u"R1"_s), 88));
    QList<TrainingAttendance> list = repo.attendance(id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().memberCode, u"R1"_s);
    QVERIFY(list.first().attended);
    QCOMPARE(list.first().score, std::optional<int>(88));
    QVERIFY(repo.setScore(id, member(u"R1"_s), std::nullopt));
    QCOMPARE(repo.attendance(id).first().score, std::nullopt);
    const QStringList audit = auditActions();
    QCOMPARE(audit.count(u"assessment member:%1 R1"_s.arg(member(u"R1"_s))), 2);
}

void tst_Training::attendanceIsOnePerMember()
{
    const qint64 id = addSession(u"新品发布"_s, QDate(2025, 5, 6), {u"R1"_s});
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    QVERIFY(repo.setAttended(id, member(u"R1"_s), false));
    QVERIFY(repo.setAttended(id, member(u"R1"_s), true));
    QCOMPARE(repo.attendance(id).size(), 1);
    QVERIFY(repo.removeAttendee(id, member(u"R1"_s)));
    QVERIFY(repo.attendance(id).isEmpty());
    QVERIFY(!repo.removeAttendee(id, member(u"R1"_s)));
    QVERIFY(!repo.setAttended(id + 100, member(u"R1"_s), true)); // no such session
}

void tst_Training::repSeesOwnTrainingsOnly()
{
    const qint64 both = addSession(u"产品知识"_s, QDate(2025, 3, 1), {u"R1"_s, u"R2"_s});
    const qint64 other = addSession(u"二组培训"_s, QDate(2025, 3, 2), {u"R3"_s});
    QVERIFY(both && other);
    TrainingRepository admin(m_t->db(), AccessScope::administrator());
    QVERIFY(admin.setScore(both, member(u"R2"_s), 95));
    TrainingRepository r1(m_t->db(), scope(u"R1"_s));
    const QList<TrainingSession> seen = r1.list();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().id, both);
    QCOMPARE(seen.first().invited, 1); // only their own attendance counts for them
    QCOMPARE(seen.first().averageScore, -1);
    QVERIFY(!r1.session(other));
    const QList<TrainingAttendance> list = r1.attendance(both);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().memberCode, u"R1"_s); // not R2's score
    QVERIFY(r1.forMember(member(u"R2"_s)).isEmpty());
    QCOMPARE(r1.forMember(member(u"R1"_s)).size(), 1);
}

void tst_Training::managerSeesSubtree()
{
    const qint64 a = addSession(u"一组培训"_s, QDate(2025, 3, 1), {u"R1"_s});
    const qint64 b = addSession(u"二组培训"_s, QDate(2025, 3, 2), {u"R3"_s});
    const qint64 c = addSession(u"全员培训"_s, QDate(2025, 3, 3), {u"R2"_s, u"R3"_s});
    TrainingRepository m1(m_t->db(), scope(u"M1"_s));
    QList<qint64> ids;
    for (const TrainingSession &s : m1.list())
        ids << s.id;
    QCOMPARE(ids, (QList<qint64>{c, a})); // newest first, not team B's own
    QCOMPARE(m1.attendance(c).size(), 1); // R2 only
    QVERIFY(m1.setAttended(c, member(u"R1"_s), true));
    QVERIFY(!m1.setAttended(b, member(u"R3"_s), false)); // R3 is outside team A
    QVERIFY(!m1.setScore(c, member(u"R3"_s), 60));
    // A session the manager organises is theirs before anyone is on it.
    TrainingSession own;
    own.title = u"一组周会培训"_s;
    own.heldOn = QDate(2025, 3, 9);
    const SaveResult r = m1.create(own);
    QVERIFY(r.ok());
    QVERIFY(m1.session(r.id));
    QVERIFY(!TrainingRepository(m_t->db(), scope(u"R3"_s)).session(r.id));
}

void tst_Training::repMayNotEdit()
{
    TrainingRepository r1(m_t->db(), scope(u"R1"_s));
    TrainingSession s;
    s.title = u"自学"_s;
    s.heldOn = QDate(2025, 3, 1);
    const SaveResult r = r1.create(s);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(auditActions().contains(u"permission_denied training"_s));
    const qint64 id = addSession(u"产品知识"_s, QDate(2025, 3, 1), {u"R1"_s});
    QVERIFY(!r1.setScore(id, member(u"R1"_s), 100)); // not their own score either
    QCOMPARE(TrainingRepository(m_t->db(), AccessScope::administrator()).attendance(id).first().score,
             std::nullopt);
    DevelopmentPlans plans(m_t->db(), scope(u"R1"_s));
    QVERIFY(!plans.addGoal(member(u"R1"_s), u"成为高级销售"_s).ok());
}

void tst_Training::removeAndRestore()
{
    const qint64 id = addSession(u"产品知识"_s, QDate(2025, 3, 1), {u"R1"_s, u"R2"_s});
    TrainingRepository repo(m_t->db(), AccessScope::administrator());
    QVERIFY(repo.remove(id));
    QVERIFY(!repo.session(id));
    QVERIFY(repo.forMember(member(u"R1"_s)).isEmpty());
    QVERIFY(repo.restore(id));
    QCOMPARE(repo.attendance(id).size(), 2);
}

void tst_Training::careerPath_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("path");
    QTest::newRow("one step") << u"rep"_s << u"senior_rep"_s << QStringList{u"rep"_s, u"senior_rep"_s};
    QTest::newRow("to team lead") << u"rep"_s << u"team_lead"_s
                                  << QStringList{u"rep"_s, u"senior_rep"_s, u"team_lead"_s};
    QTest::newRow("whole ladder") << u"rep"_s << u"manager"_s
                                  << QStringList{u"rep"_s, u"senior_rep"_s, u"team_lead"_s, u"manager"_s};
    QTest::newRow("stay") << u"team_lead"_s << u"team_lead"_s << QStringList{u"team_lead"_s};
    QTest::newRow("down is no path") << u"manager"_s << u"rep"_s << QStringList{u"manager"_s};
}

void tst_Training::careerPath()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, path);
    QCOMPARE(DevelopmentPlans::careerPath(from, to), path);
}

void tst_Training::planItems()
{
    DevelopmentPlans plans(m_t->db(), scope(u"M1"_s));
    const qint64 r1 = member(u"R1"_s);
    QVERIFY(!plans.plan(r1));
    // The first item makes an active plan rep → senior rep.
    QVERIFY(plans.addGoal(r1, u"季度回款 50 万"_s).ok());
    std::optional<DevelopmentPlan> p = plans.plan(r1);
    QVERIFY(p);
    QCOMPARE(p->status, u"active"_s);
    QCOMPARE(p->currentPosition, u"rep"_s);
    QCOMPARE(p->targetPosition, u"senior_rep"_s);
    DevelopmentPlan changed = *p;
    changed.targetPosition = u"team_lead"_s;
    changed.notes = u"带新人"_s;
    QVERIFY(plans.setPlan(changed).ok());
    changed.status = u"sleeping"_s;
    QCOMPARE(plans.setPlan(changed).fieldErrors.first().field, u"status"_s);
    changed.status = u"active"_s;
    changed.targetPosition = u"ceo"_s;
    QCOMPARE(plans.setPlan(changed).fieldErrors.first().field, u"target"_s);

    QVERIFY(plans.addGoal(r1, u"独立完成大客户谈判"_s).ok());
    QVERIFY(!plans.addGoal(r1, u"   "_s).ok());
    QVERIFY(plans.setSkill(r1, u"谈判"_s, 2, 4).ok());
    QVERIFY(plans.setSkill(r1, u"产品知识"_s, 3, 5).ok());
    QVERIFY(plans.setSkill(r1, u"谈判"_s, 3, 4).ok()); // same name: changed, not added
    QVERIFY(!plans.setSkill(r1, u"演讲"_s, 0, 4).ok());
    QVERIFY(!plans.setSkill(r1, u"演讲"_s, 2, 6).ok());
    QVERIFY(plans.addMilestone(r1, u"完成谈判课程"_s, QDate(2025, 6, 30)).ok());
    QVERIFY(plans.addMilestone(r1, u"带教一名新人"_s, QDate(2025, 4, 15), u"in_progress"_s).ok());
    QVERIFY(!plans.addMilestone(r1, u"晋升答辩"_s, QDate()).ok());
    QVERIFY(!plans.addMilestone(r1, u"晋升答辩"_s, QDate(2025, 9, 1), u"someday"_s).ok());

    p = plans.plan(r1);
    QVERIFY(p);
    QCOMPARE(p->targetPosition, u"team_lead"_s);
    QCOMPARE(p->notes, u"带新人"_s);
    QCOMPARE(p->goals.size(), 2);
    QCOMPARE(p->goals.at(0).text, u"季度回款 50 万"_s);
    QCOMPARE(p->goals.at(1).position, 2);
    QCOMPARE(p->skills.size(), 2);
    const auto skill = std::find_if(p->skills.cbegin(), p->skills.cend(),
                                    [](const PlanSkill &s) { return s.name == u"谈判"_s; });
    QVERIFY(skill != p->skills.cend());
    QCOMPARE(skill->currentLevel, 3);
    QCOMPARE(skill->targetLevel, 4);
    QCOMPARE(p->milestones.size(), 2);
    QCOMPARE(p->milestones.at(0).title, u"带教一名新人"_s); // by due date
    QCOMPARE(p->milestonesDone(), 0);
    QVERIFY(plans.setMilestoneStatus(p->milestones.at(0).id, u"done"_s));
    QVERIFY(!plans.setMilestoneStatus(p->milestones.at(0).id, u"finished"_s));
    QVERIFY(plans.setGoalAchieved(p->goals.at(0).id, true));
    QVERIFY(plans.removeItem(u"plan_skill"_s, skill->id));
    QVERIFY(!plans.removeItem(u"member"_s, r1));
    p = plans.plan(r1);
    QCOMPARE(p->milestonesDone(), 1);
    QVERIFY(p->goals.at(0).achieved);
    QCOMPARE(p->skills.size(), 1);
    QCOMPARE(plans.list().size(), 1);
}

void tst_Training::milestoneOverdue_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("overdue");
    const QDate today(2025, 5, 10);
    QTest::newRow("planned, past") << u"planned"_s << today.addDays(-1) << true;
    QTest::newRow("in progress, past") << u"in_progress"_s << today.addDays(-30) << true;
    QTest::newRow("planned, due today") << u"planned"_s << today << false;
    QTest::newRow("planned, future") << u"planned"_s << today.addDays(1) << false;
    QTest::newRow("done, past") << u"done"_s << today.addDays(-1) << false;
    QTest::newRow("missed, past") << u"missed"_s << today.addDays(-1) << false;
}

void tst_Training::milestoneOverdue()
{
    QFETCH(QString, status);
    QFETCH(QDate, due);
    QFETCH(bool, overdue);
    PlanMilestone m;
    m.status = status;
    m.dueDate = due;
    QCOMPARE(m.isOverdue(QDate(2025, 5, 10)), overdue);
}

void tst_Training::reviewPeriods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("month") << u"2025-03"_s << u"2025-03"_s;
    QTest::newRow("quarter") << u"2025-Q1"_s << u"2025-Q1"_s;
    QTest::newRow("year") << u"2025"_s << u"2025"_s;
    QTest::newRow("a day") << u"2025-03-07"_s << QString();
    QTest::newRow("nonsense") << u"soon"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Training::reviewPeriods()
{
    QFETCH(QString, period);
    QFETCH(QString, stored);
    DevelopmentPlans plans(m_t->db(), scope(u"M1"_s));
    const qint64 r2 = member(u"R2"_s);
    QVERIFY(plans.addGoal(r2, u"提升回款率"_s).ok());
    const SaveResult r = plans.addReview(r2, period, u"进步明显"_s, QDate(2025, 4, 3));
    if (stored.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.fieldErrors.first().field, u"period"_s);
        QVERIFY(plans.plan(r2)->reviews.isEmpty());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const DevelopmentPlan p = *plans.plan(r2);
        QCOMPARE(p.reviews.size(), 1);
        QCOMPARE(p.reviews.first().period, stored);
        QCOMPARE(p.reviews.first().reviewerName, u"王经理"_s);
        QCOMPARE(p.reviews.first().reviewedOn, QDate(2025, 4, 3));
    }
}

void tst_Training::reviewIsSomeoneElsesAndAudited()
{
    DevelopmentPlans admin(m_t->db(), AccessScope::administrator());
    QVERIFY(admin.addGoal(member(u"M1"_s), u"带好一组"_s).ok());
    DevelopmentPlans m1(m_t->db(), scope(u"M1"_s));
    QVERIFY(!m1.addReview(member(u"M1"_s), u"2025-Q1"_s, u"自评"_s).ok());
    QVERIFY(!m1.addReview(member(u"R1"_s), u"2025-Q1"_s, u"没有计划"_s).ok()); // R1 has no plan yet
    QVERIFY(admin.addReview(member(u"M1"_s), u"2025-Q1"_s, u"团队目标完成"_s).ok());
    QVERIFY(!m1.addReview(member(u"R3"_s), u"2025-Q1"_s, u"不是我的人"_s).ok());
    QVERIFY(auditActions().contains(u"plan_review member:%1 M1"_s.arg(member(u"M1"_s))));
}

void tst_Training::planScope()
{
    DevelopmentPlans admin(m_t->db(), AccessScope::administrator());
    for (const QString &code : {u"R1"_s, u"R2"_s, u"R3"_s})
        QVERIFY(admin.addGoal(member(code), u"目标 "_s + code).ok());
    const auto codes = [&](const QString &who) {
        QStringList list;
        for (const DevelopmentPlan &p : DevelopmentPlans(m_t->db(), scope(who)).list())
            list << p.memberCode;
        return list;
    };
    QCOMPARE(codes(u"R1"_s), QStringList{u"R1"_s});
    QCOMPARE(codes(u"M1"_s), (QStringList{u"R1"_s, u"R2"_s}));
    QCOMPARE(codes(u"S1"_s), (QStringList{u"R1"_s, u"R2"_s, u"R3"_s}));
    QVERIFY(!DevelopmentPlans(m_t->db(), scope(u"R1"_s)).plan(member(u"R2"_s)));
}

void tst_Training::moveMember_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("moved");
    QTest::addColumn<QString>("to"); // A or B
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin moves R3 to A") << u"A1"_s << u"R3"_s << u"A"_s << true;
    QTest::newRow("admin moves R1 to B") << u"A1"_s << u"R1"_s << u"B"_s << true;
    QTest::newRow("manager moves R3 (not theirs)") << u"M1"_s << u"R3"_s << u"A"_s << false;
    QTest::newRow("manager moves R1 out of subtree") << u"M1"_s << u"R1"_s << u"B"_s << false;
    QTest::newRow("manager moves R1 within A") << u"M1"_s << u"R1"_s << u"A"_s << true;
    QTest::newRow("manager moves themselves") << u"M1"_s << u"M1"_s << u"B"_s << false;
    QTest::newRow("rep moves themselves") << u"R1"_s << u"R1"_s << u"B"_s << false;
    QTest::newRow("support moves a rep") << u"S1"_s << u"R3"_s << u"A"_s << false;
}

void tst_Training::moveMember()
{
    QFETCH(QString, who);
    QFETCH(QString, moved);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const qint64 team = to == u"A"_s ? m_f.teamA : m_f.teamB;
    OrgRepository org(m_t->db(), who == u"A1"_s ? AccessScope::administrator() : scope(who));
    const qint64 before =
        OrgRepository(m_t->db(), AccessScope::administrator()).member(member(moved))->teamId;
    const SaveResult r = org.moveMember(member(moved), team);
    QCOMPARE(r.ok(), allowed);
    const qint64 after = OrgRepository(m_t->db(), AccessScope::administrator()).member(member(moved))->teamId;
    QCOMPARE(after, allowed ? team : before);
    const bool audited = auditActions().contains(u"org_change member:%1 %2"_s.arg(member(moved)).arg(moved));
    QCOMPARE(audited, allowed && before != team);
}

void tst_Training::repPackageCarriesOwnPlanAndAttendance()
{
    DevelopmentPlans plans(m_t->db(), scope(u"M1"_s));
    QVERIFY(plans.addGoal(member(u"R1"_s), u"R1 的目标"_s).ok());
    QVERIFY(plans.addMilestone(member(u"R1"_s), u"R1 的里程碑"_s, QDate(2025, 6, 1)).ok());
    QVERIFY(plans.addReview(member(u"R1"_s), u"2025-Q1"_s, u"R1 的评语"_s).ok());
    QVERIFY(plans.addGoal(member(u"R2"_s), u"R2 的目标"_s).ok());
    const qint64 shared = addSession(u"共同培训"_s, QDate(2025, 3, 1), {u"R1"_s, u"R2"_s});
    const qint64 others = addSession(u"R2 的培训"_s, QDate(2025, 3, 2), {u"R2"_s});
    QVERIFY(shared && others);

    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(u"r1.flsync"_s);
    SyncOptions options;
    options.passphrase = SecureBytes(QByteArray("team 同步 key"));
    options.iterations = 1000;
    const SyncExportResult e = SyncService(m_t->db()).exportForMember(u"R1"_s, file, options);
    QVERIFY2(e.ok(), qPrintable(e.error.message()));
    SyncPackageReader reader;
    QVERIFY(!reader.open(file, options.passphrase));
    const auto texts = [&](const QString &table, const QString &field) {
        QStringList list;
        reader.records(table, [&](const SyncRecord &r) {
            list << r.fields.value(field).toString();
            return true;
        });
        list.sort();
        return list;
    };
    QCOMPARE(texts(u"plan_goal"_s, u"text"_s), QStringList{u"R1 的目标"_s});
    QCOMPARE(texts(u"plan_milestone"_s, u"title"_s), QStringList{u"R1 的里程碑"_s});
    QCOMPARE(texts(u"plan_review"_s, u"comment"_s), QStringList{u"R1 的评语"_s});
    QCOMPARE(texts(u"development_plan"_s, u"status"_s).size(), 1);
    QCOMPARE(texts(u"training_session"_s, u"title"_s), QStringList{u"共同培训"_s});
    QCOMPARE(texts(u"training_attendance"_s, u"attended"_s).size(), 1); // R1's own row only
    // The reviewer (M1) travels with the review so the reference resolves on the rep's side.
    QVERIFY(texts(u"member"_s, u"code"_s).contains(u"M1"_s));
}

QTEST_GUILESS_MAIN(tst_Training)
#include "tst_training.moc"
