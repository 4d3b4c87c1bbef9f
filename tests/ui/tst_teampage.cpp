// The Team page's tabs on CrmFixture's company (一组: M1, R1, R2; 二组: R3): targets with the
// top-down split and the bottom-up sum, training with attendance and scores, the development plan
// with its milestone timeline, and dragging a member to another team through core, undoable.
// With FRONTLINE_TEST_SHOTS set, screenshots() also pictures the tabs on generated demo data.
#include "CrmUiTest.h"
#include "dialogs/MemberDialog.h"
#include "pages/team/DevelopmentPlanPanel.h"
#include "pages/team/MilestoneTimeline.h"
#include "pages/team/OrgTreeWidget.h"
#include "pages/team/TargetsPanel.h"
#include "pages/team/TeamPage.h"
#include "pages/team/TrainingPanel.h"
#include "repositories/OrgRepository.h"
#include "security/AuditLog.h"
#include "services/DemoGenerator.h"
#include "training/DevelopmentPlans.h"
#include "training/TrainingRepository.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::analytics::Measure;
using frontline::analytics::Period;
using frontline::performance::TargetPlanner;
using frontline::test::TempDatabase;

class TestTeamPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabsFollowTheTree();
    void targetsSplitTopDownAndSumBottomUp();
    void trainingAttendanceAndScores();
    void developmentPlan();
    void dragMovesAMemberUndoably();
    void aRepCannotMoveAnyone();
    void undoBarTakesADragBack();
    void teamsAddedRenamedAndDeleted();
    void dragMovesATeamUndoably();
    void newTeamFromTheButton();
    void moveToTeamFromTheContextMenu();
    void memberEditedInTheDialog();
    void managerActionsFollowTheSubtree();
    void dutiesWrittenAndShown();
    void screenshots();

private:
    qint64 member(const QString &code) const { return m_crm->fixture.members.value(code); }
    QTreeWidgetItem *treeItem(int role, qint64 id) const;
    void drop(qint64 memberId, qint64 teamId);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::CrmDatabase> m_crm;
    std::unique_ptr<MainWindow> m_window;
    TeamPage *m_page = nullptr;
};

void TestTeamPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
    Translations::install(qEnvironmentVariable("LOOK_LANG", u"en"_s));
}

void TestTeamPage::init()
{
    QSettings().clear();
    m_crm = std::make_unique<test::CrmDatabase>();
    const QString problem = m_crm->build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->setDatabase(m_crm->open());
    QVERIFY(m_window->database());
    m_window->setCurrentPage(PageId::Team);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = qobject_cast<TeamPage *>(m_window->page(PageId::Team));
    QVERIFY(m_page);
    m_page->updateNow();
}

void TestTeamPage::cleanup()
{
    m_window.reset();
    m_crm.reset();
}

QTreeWidgetItem *TestTeamPage::treeItem(int role, qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_page->tree()); *it; ++it) {
        if ((*it)->data(0, role).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

// A drop as the tree handles it at the end of a drag: the member's row dropped on the team's row,
// found under the point where the drop lands. (Qt delivers a drop of an internal move only to
// the view a real QDrag started from, which an offscreen test cannot start.)
void TestTeamPage::drop(qint64 memberId, qint64 teamId)
{
    auto *tree = qobject_cast<OrgTreeWidget *>(m_page->tree());
    QVERIFY(tree);
    // The tree is set up for it: members drag, teams take drops, moves within the view.
    QCOMPARE(tree->dragDropMode(), QAbstractItemView::InternalMove);
    QTreeWidgetItem *member = treeItem(OrgTreeWidget::MemberRole, memberId);
    QTreeWidgetItem *target = treeItem(OrgTreeWidget::TeamRole, teamId);
    QVERIFY(member && target);
    QVERIFY(member->flags() & Qt::ItemIsDragEnabled);
    QVERIFY(target->flags() & Qt::ItemIsDropEnabled);
    tree->scrollToItem(target);
    QCOMPARE(tree->itemAt(tree->visualItemRect(target).center()), target);
    QVERIFY(tree->dropOn(member, tree->itemAt(tree->visualItemRect(target).center())));
    QCoreApplication::processEvents(); // the page moves the member once the drop is over
}

void TestTeamPage::tabsFollowTheTree()
{
    QTabWidget *tabs = m_page->tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(1), u"Targets"_s);
    QCOMPARE(tabs->tabText(3), u"Development plan"_s);
    m_page->selectTeam(m_crm->fixture.teamA);
    QCOMPARE(m_page->targetsPanel()->subject().teamId, m_crm->fixture.teamA);
    QCOMPARE(m_page->targetsPanel()->subject().members.size(), 3); // M1, R1, R2
    m_page->selectMember(member(u"R3"_s));
    QCOMPARE(m_page->trainingPanel()->subject().memberId, member(u"R3"_s));
    QCOMPARE(m_page->planPanel()->subject().name, u"刘洋"_s);
}

void TestTeamPage::targetsSplitTopDownAndSumBottomUp()
{
    m_page->selectTeam(m_crm->fixture.teamA);
    m_page->tabs()->setCurrentIndex(1);
    TargetsPanel *panel = m_page->targetsPanel();
    panel->setMeasure(Measure::Revenue);
    panel->setPeriod(Period::month(QDate::currentDate().year(), QDate::currentDate().month()));
    panel->loadNow();
    QTreeWidget *table = panel->table();
    // The team's row, then its reps R1 and R2 (not the manager).
    QCOMPARE(table->topLevelItemCount(), 3);
    QCOMPARE(table->topLevelItem(1)->text(0), u"张伟"_s);
    QCOMPARE(table->topLevelItem(1)->text(1), u"—"_s);
    QVERIFY(panel->bottomUpText().contains(u"none"_s));
    // R1's own target, ¥1,000: the bottom-up sum is that.
    QString error;
    QVERIFY2(panel->setTarget(1, 100000, &error), qPrintable(error));
    panel->loadNow();
    QCOMPARE(table->topLevelItem(1)->text(1), u"¥1,000.00"_s);
    QCOMPARE(table->topLevelItem(1)->text(2), u"own target"_s);
    QVERIFY2(panel->bottomUpText().contains(u"¥1,000.00"_s), qPrintable(panel->bottomUpText()));
    // Top-down: ¥1,000.01 by weights 2:1 → 66,667 + 33,334 fen, saved as the reps' targets.
    const performance::SplitResult preview =
        panel->split(100001, TargetPlanner::SplitMethod::Weights, false,
                     {{member(u"R1"_s), 2}, {member(u"R2"_s), 1}}, false);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.parts.size(), 2);
    QCOMPARE(preview.parts.at(0).value, 66667);
    QCOMPARE(preview.parts.at(1).value, 33334);
    QCOMPARE(table->topLevelItem(1)->text(1), u"¥1,000.00"_s); // a preview writes nothing
    QVERIFY(panel
                ->split(100001, TargetPlanner::SplitMethod::Weights, false,
                        {{member(u"R1"_s), 2}, {member(u"R2"_s), 1}}, true)
                .ok());
    panel->loadNow();
    QCOMPARE(table->topLevelItem(1)->text(1), u"¥666.67"_s);
    QCOMPARE(table->topLevelItem(2)->text(1), u"¥333.34"_s);
    QVERIFY2(panel->bottomUpText().contains(u"¥1,000.01"_s), qPrintable(panel->bottomUpText()));
    // The team's own target, set from its row, shows the difference to the reps' sum.
    QVERIFY(panel->setTarget(0, 120000, &error));
    panel->loadNow();
    QCOMPARE(table->topLevelItem(0)->text(1), u"¥1,200.00"_s);
    QVERIFY2(panel->bottomUpText().contains(u"-¥199.99"_s), qPrintable(panel->bottomUpText()));
    // Attainment and status come from the engine: no orders this month → off track or at risk
    // once the month has begun, and the status column says so in words.
    QVERIFY(!table->topLevelItem(1)->text(5).isEmpty());
    test::saveShot(m_window.get(), u"team-targets"_s);
}

void TestTeamPage::trainingAttendanceAndScores()
{
    TrainingRepository admin(*m_window->database(), AccessScope::administrator());
    TrainingSession s;
    s.title = u"大客户谈判"_s;
    s.topic = u"sales_skills"_s;
    s.heldOn = QDate(2025, 3, 7);
    s.trainer = u"陈老师"_s;
    const qint64 id = admin.create(s).id;
    QVERIFY(id);
    QVERIFY(admin.setAttended(id, member(u"R2"_s), true));

    m_page->selectTeam(m_crm->fixture.teamA);
    m_page->tabs()->setCurrentIndex(2);
    TrainingPanel *panel = m_page->trainingPanel();
    panel->loadNow();
    QCOMPARE(panel->sessions()->topLevelItemCount(), 1);
    panel->selectSession(id);
    // "Put the team on the list": M1 and R1 join R2.
    QVERIFY(panel->addSubjectToSession());
    panel->loadNow();
    panel->selectSession(id);
    QCOMPARE(panel->attendance()->topLevelItemCount(), 3);
    QCOMPARE(panel->sessions()->topLevelItem(0)->text(4), u"1 of 3"_s);
    // R1's score, typed in the list: a score means they came.
    panel->recordAttendance(id, member(u"R1"_s), false, u"88"_s, 2);
    panel->recordAttendance(id, member(u"R2"_s), true, u"91"_s, 2);
    panel->loadNow();
    QCOMPARE(panel->sessions()->topLevelItem(0)->text(4), u"2 of 3"_s);
    QCOMPARE(panel->sessions()->topLevelItem(0)->text(5), u"90"_s); // 89.5 half up
    // Out-of-range scores are refused.
    panel->recordAttendance(id, member(u"R1"_s), true, u"120"_s, 2);
    QCOMPARE(admin.attendance(id).at(1).score, std::optional<int>(88)); // R1 (M1, R1, R2 by code)

    m_page->selectMember(member(u"R1"_s));
    panel->loadNow();
    QCOMPARE(panel->sessions()->topLevelItemCount(), 1);
    QVERIFY2(panel->summary().contains(u"88"_s), qPrintable(panel->summary()));
    test::saveShot(m_window.get(), u"team-training"_s);
}

void TestTeamPage::developmentPlan()
{
    m_page->selectMember(member(u"R1"_s));
    m_page->tabs()->setCurrentIndex(3);
    DevelopmentPlanPanel *panel = m_page->planPanel();
    panel->loadNow();
    QVERIFY(panel->careerPath()->text().contains(u"no development plan"_s));
    QVERIFY(panel->savePlan(u"rep"_s, u"team_lead"_s, u"active"_s, u"带新人"_s));
    QVERIFY(panel->careerPath()->text().contains(u"Senior sales rep"_s));
    QVERIFY(panel->addGoal(u"季度回款 50 万"_s));
    QVERIFY(panel->setSkill(u"谈判"_s, 2, 4));
    QVERIFY(panel->addMilestone(u"完成谈判课程"_s, QDate::currentDate().addDays(-5)));
    QVERIFY(panel->addMilestone(u"晋升答辩"_s, QDate::currentDate().addDays(60)));
    QVERIFY(!panel->addMilestone(QString(), QDate::currentDate()));
    QCOMPARE(panel->goals()->count(), 1);
    QCOMPARE(panel->skills()->topLevelItem(0)->text(1), u"●●○○○"_s);
    QCOMPARE(panel->timeline()->milestones().size(), 2);
    QVERIFY(panel->milestones()->topLevelItem(0)->text(2).contains(u"overdue"_s));
    const qint64 first = panel->timeline()->milestones().first().id;
    QVERIFY(panel->setMilestoneStatus(first, u"done"_s));
    QCOMPARE(panel->timeline()->milestones().first().status, u"done"_s);
    QVERIFY(panel->addReview(u"2025-Q1"_s, u"进步明显"_s));
    QCOMPARE(panel->reviews()->topLevelItem(0)->text(3), u"进步明显"_s);
    test::saveShot(m_window.get(), u"team-plan"_s);
    // The team's view lists each member's plan.
    m_page->selectTeam(m_crm->fixture.teamA);
    panel->loadNow();
    QCOMPARE(panel->teamPlans()->topLevelItemCount(), 3);
    bool found = false;
    for (int i = 0; i < panel->teamPlans()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = panel->teamPlans()->topLevelItem(i);
        if (item->text(0) == u"张伟"_s) {
            found = true;
            QCOMPARE(item->text(3), u"1 of 2"_s);
        }
    }
    QVERIFY(found);
}

void TestTeamPage::dragMovesAMemberUndoably()
{
    const qint64 r1 = member(u"R1"_s);
    const auto teamOf = [&] {
        return OrgRepository(*m_window->database(), AccessScope::administrator()).member(r1)->teamId;
    };
    QCOMPARE(teamOf(), m_crm->fixture.teamA);
    drop(r1, m_crm->fixture.teamB);
    QCOMPARE(teamOf(), m_crm->fixture.teamB);
    // The tree shows R1 under 二组 now.
    QCOMPARE(treeItem(OrgTreeWidget::MemberRole, r1)->parent()->data(0, OrgTreeWidget::TeamRole).toLongLong(),
             m_crm->fixture.teamB);
    QUndoStack *stack = m_window->session()->undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().contains(u"张伟"_s));
    stack->undo();
    QCOMPARE(teamOf(), m_crm->fixture.teamA);
    m_page->updateNow();
    QCOMPARE(treeItem(OrgTreeWidget::MemberRole, r1)->parent()->data(0, OrgTreeWidget::TeamRole).toLongLong(),
             m_crm->fixture.teamA);
    stack->redo();
    QCOMPARE(teamOf(), m_crm->fixture.teamB);
    int audited = 0;
    for (const AuditEntry &e : AuditLog(*m_window->database()).entries())
        audited += e.action == u"org_change"_s && e.target.startsWith(u"member:"_s) ? 1 : 0;
    QCOMPARE(audited, 3); // the move, its undo and its redo (the fixture's teams are audited too)
}

void TestTeamPage::aRepCannotMoveAnyone()
{
    m_window->session()->setActingMember(member(u"R1"_s));
    m_page->updateNow();
    drop(member(u"R1"_s), m_crm->fixture.teamB);
    QCOMPARE(
        OrgRepository(*m_window->database(), AccessScope::administrator()).member(member(u"R1"_s))->teamId,
        m_crm->fixture.teamA);
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
}

void TestTeamPage::undoBarTakesADragBack()
{
    const qint64 r1 = member(u"R1"_s);
    QVERIFY(!m_page->undoBar()->isVisible());
    drop(r1, m_crm->fixture.teamB);
    QVERIFY(m_page->undoBar()->isVisible());
    QVERIFY(m_page->undoBar()->findChild<QLabel *>()->text().contains(u"张伟"_s));
    QTest::mouseClick(m_page->undoMoveButton(), Qt::LeftButton);
    QCOMPARE(OrgRepository(*m_window->database(), AccessScope::administrator()).member(r1)->teamId,
             m_crm->fixture.teamA);
    QVERIFY(!m_page->undoBar()->isVisible());
    // Another change takes the bar away: it never undoes something else.
    drop(r1, m_crm->fixture.teamB);
    QVERIFY(m_page->undoBar()->isVisible());
    QVERIFY(m_page->renameTeam(m_crm->fixture.teamA, u"精英组"_s));
    QVERIFY(!m_page->undoBar()->isVisible());
}

void TestTeamPage::teamsAddedRenamedAndDeleted()
{
    OrgRepository admin(*m_window->database(), AccessScope::administrator());
    QVERIFY(m_page->addTeam(m_crm->fixture.region, u"三组"_s));
    qint64 added = 0;
    for (const Team &t : admin.teams())
        added = t.name == u"三组"_s ? t.id : added;
    QVERIFY(added);
    QCOMPARE(admin.team(added)->kind, u"team"_s);
    QTreeWidgetItem *item = treeItem(OrgTreeWidget::TeamRole, added);
    QVERIFY(item);
    QCOMPARE(item->parent()->data(0, OrgTreeWidget::TeamRole).toLongLong(), m_crm->fixture.region);
    QCOMPARE(m_page->tree()->currentItem(), item);

    // Renamed, and Undo names it back.
    QVERIFY(m_page->renameTeam(added, u"三组（新）"_s));
    // Cleaned by core like every name: full-width brackets become ASCII.
    QCOMPARE(treeItem(OrgTreeWidget::TeamRole, added)->text(0), u"三组(新)"_s);
    QUndoStack *stack = m_window->session()->undoStack();
    QVERIFY(stack->undoText().contains(u"三组"_s));
    stack->undo();
    m_page->updateNow();
    QCOMPARE(treeItem(OrgTreeWidget::TeamRole, added)->text(0), u"三组"_s);
    // A sibling's name is refused, with the reason in the status bar.
    QSignalSpy problems(m_window->session(), &Session::problemOccurred);
    QVERIFY(!m_page->renameTeam(added, u"二组"_s));
    QCOMPARE(problems.count(), 1);

    // An empty team is deleted; one with members only with somewhere for them to go.
    QVERIFY(m_page->removeTeam(added));
    QVERIFY(!treeItem(OrgTreeWidget::TeamRole, added));
    // Undo brings the deleted team back, and undoing its creation takes it away again.
    QVERIFY(stack->undoText().contains(u"三组"_s));
    stack->undo();
    m_page->updateNow();
    QVERIFY(treeItem(OrgTreeWidget::TeamRole, added));
    QVERIFY(admin.team(added));
    stack->undo(); // the rename was undone already: this is the creation
    m_page->updateNow();
    QVERIFY(!treeItem(OrgTreeWidget::TeamRole, added));
    QVERIFY(!admin.team(added));
    stack->redo();
    m_page->updateNow();
    QVERIFY(admin.team(added));
    QVERIFY(m_page->removeTeam(added));

    const auto teamOfMember = [&](const QString &code) {
        return treeItem(OrgTreeWidget::MemberRole, member(code))
            ->parent()
            ->data(0, OrgTreeWidget::TeamRole)
            .toLongLong();
    };
    QVERIFY(!m_page->removeTeam(m_crm->fixture.teamB));
    QVERIFY(treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.teamB));
    QVERIFY(m_page->removeTeam(m_crm->fixture.teamB, m_crm->fixture.teamA));
    QVERIFY(!treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.teamB));
    QCOMPARE(teamOfMember(u"R3"_s), m_crm->fixture.teamA);
    // Undo: the team is back with its members in it; redo deletes it again.
    stack->undo();
    m_page->updateNow();
    QVERIFY(treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.teamB));
    QCOMPARE(teamOfMember(u"R3"_s), m_crm->fixture.teamB);
    QCOMPARE(admin.member(member(u"R3"_s))->teamId, m_crm->fixture.teamB);
    stack->redo();
    m_page->updateNow();
    QVERIFY(!treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.teamB));
    QCOMPARE(teamOfMember(u"R3"_s), m_crm->fixture.teamA);
    // A team cannot go below itself.
    QVERIFY(!m_page->moveTeam(m_crm->fixture.region, m_crm->fixture.teamA));
}

void TestTeamPage::dragMovesATeamUndoably()
{
    auto *tree = qobject_cast<OrgTreeWidget *>(m_page->tree());
    const qint64 teamA = m_crm->fixture.teamA, teamB = m_crm->fixture.teamB;
    QTreeWidgetItem *b = treeItem(OrgTreeWidget::TeamRole, teamB);
    QVERIFY(b->flags() & Qt::ItemIsDragEnabled);
    // Onto its own parent, onto itself or below itself: nothing to do.
    QVERIFY(!tree->dropOn(b, treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.region)));
    QVERIFY(!tree->dropOn(b, b));
    QVERIFY(!tree->dropOn(treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.region), b));
    // Team B dropped on a member of team A goes below team A.
    QVERIFY(tree->dropOn(b, treeItem(OrgTreeWidget::MemberRole, member(u"R1"_s))));
    QCoreApplication::processEvents();
    OrgRepository admin(*m_window->database(), AccessScope::administrator());
    QCOMPARE(admin.team(teamB)->parentId, teamA);
    QCOMPARE(treeItem(OrgTreeWidget::TeamRole, teamB)->parent(), treeItem(OrgTreeWidget::TeamRole, teamA));
    QVERIFY(m_page->undoBar()->isVisible());
    QTest::mouseClick(m_page->undoBar()->findChild<QPushButton *>(), Qt::LeftButton);
    m_page->updateNow();
    QCOMPARE(admin.team(teamB)->parentId, m_crm->fixture.region);
    QVERIFY(!m_page->undoBar()->isVisible());
}

void TestTeamPage::newTeamFromTheButton()
{
    m_page->selectTeam(m_crm->fixture.teamA);
    QVERIFY(m_page->addTeamButton()->isEnabled());
    test::DialogHandler<QInputDialog> answer([](QInputDialog *dialog) {
        dialog->setTextValue(u"A 组的小组"_s);
        dialog->accept();
    });
    QTest::mouseClick(m_page->addTeamButton(), Qt::LeftButton);
    QVERIFY(answer.handled());
    const QTreeWidgetItem *current = m_page->tree()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->text(0), u"A 组的小组"_s);
    QCOMPARE(current->parent()->data(0, OrgTreeWidget::TeamRole).toLongLong(), m_crm->fixture.teamA);
}

void TestTeamPage::moveToTeamFromTheContextMenu()
{
    const qint64 r2 = member(u"R2"_s);
    std::unique_ptr<QMenu> menu(m_page->contextMenuFor(treeItem(OrgTreeWidget::MemberRole, r2)));
    QVERIFY(menu);
    auto *moveTo = menu->findChild<QMenu *>(u"moveToMenu"_s);
    QVERIFY(moveTo && moveTo->isEnabled());
    QAction *toB = nullptr;
    for (QAction *a : moveTo->actions())
        toB = a->text() == u"二组"_s ? a : toB;
    QVERIFY(toB);
    toB->trigger();
    QCOMPARE(OrgRepository(*m_window->database(), AccessScope::administrator()).member(r2)->teamId,
             m_crm->fixture.teamB);
    QCOMPARE(m_window->session()->undoStack()->count(), 1);
    // A team's menu: rename and delete.
    std::unique_ptr<QMenu> teamMenu(
        m_page->contextMenuFor(treeItem(OrgTreeWidget::TeamRole, m_crm->fixture.teamB)));
    QStringList texts;
    for (QAction *a : teamMenu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"Rename…"_s) && texts.contains(u"Delete Team…"_s),
             qPrintable(texts.join(u", "_s)));
}

void TestTeamPage::memberEditedInTheDialog()
{
    const qint64 r1 = member(u"R1"_s);
    m_page->selectMember(r1);
    QVERIFY(m_page->editMemberButton()->isEnabled());
    test::DialogHandler<MemberDialog> answer([](MemberDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        name->clear();
        test::typeText(name, u"张伟伟"_s);
        auto *role = dialog->findChild<QComboBox *>(u"roleCombo"_s);
        role->setCurrentIndex(role->findData(u"manager"_s));
        dialog->findChild<QCheckBox *>(u"activeCheck"_s)->setChecked(false);
        dialog->accept();
    });
    QTest::mouseClick(m_page->editMemberButton(), Qt::LeftButton);
    QVERIFY(answer.handled());
    OrgRepository admin(*m_window->database(), AccessScope::administrator());
    Member saved = *admin.member(r1);
    QCOMPARE(saved.name, u"张伟伟"_s);
    QCOMPARE(saved.role, Role::Manager);
    QVERIFY(!saved.active);
    QCOMPARE(treeItem(OrgTreeWidget::MemberRole, r1)->text(0), u"张伟伟 (left)"_s);
    // Undo puts everything back, through core (audited again).
    m_window->session()->undoStack()->undo();
    saved = *admin.member(r1);
    QCOMPARE(saved.name, u"张伟"_s);
    QCOMPARE(saved.role, Role::Rep);
    QVERIFY(saved.active);
    int audited = 0;
    for (const AuditEntry &e : AuditLog(*m_window->database()).entries())
        audited += e.action == u"org_change"_s && e.target.startsWith(u"member:%1"_s.arg(r1)) ? 1 : 0;
    QCOMPARE(audited, 2);

    // A blank name stays in the dialog with the error under the field.
    test::DialogHandler<MemberDialog> blank([](MemberDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->clear();
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    m_page->editMember(r1);
    QVERIFY(blank.handled());
    QCOMPARE(admin.member(r1)->name, u"张伟"_s);
}

void TestTeamPage::managerActionsFollowTheSubtree()
{
    m_window->session()->setActingMember(member(u"M1"_s));
    m_page->updateNow();
    m_page->selectTeam(m_crm->fixture.teamA);
    QVERIFY(m_page->addTeamButton()->isEnabled());
    QVERIFY(m_page->renameButton()->isEnabled());
    QVERIFY(!m_page->removeButton()->isEnabled()); // their own team
    m_page->selectMember(member(u"R1"_s));
    QVERIFY(m_page->editMemberButton()->isEnabled());
    QVERIFY(m_page->editDutiesButton()->isVisible());
    // 二组 and R3 are outside M1's subtree (and outside what they see of the tree's actions).
    m_page->selectTeam(m_crm->fixture.teamB);
    QVERIFY(!m_page->addTeamButton()->isEnabled());
    QVERIFY(!m_page->renameButton()->isEnabled());
    QVERIFY(!m_page->removeButton()->isEnabled());
    // A rep: nothing.
    m_window->session()->setActingMember(member(u"R1"_s));
    m_page->updateNow();
    m_page->selectMember(member(u"R1"_s));
    QVERIFY(!m_page->editMemberButton()->isEnabled());
    QVERIFY(!m_page->editDutiesButton()->isVisible());
    m_page->selectTeam(m_crm->fixture.teamA);
    QVERIFY(!m_page->addTeamButton()->isEnabled());
    QVERIFY(!m_page->renameTeam(m_crm->fixture.teamA, u"我的组"_s));
}

void TestTeamPage::dutiesWrittenAndShown()
{
    m_page->selectMember(member(u"R1"_s));
    QVERIFY(m_page->editDutiesButton()->isVisible());
    test::DialogHandler<DutiesDialog> answer([](DutiesDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"dutiesEdit"_s)
            ->setPlainText(u"每周拜访 10 家客户\n\n按时回款"_s);
        dialog->accept();
    });
    QTest::mouseClick(m_page->editDutiesButton(), Qt::LeftButton);
    QVERIFY(answer.handled());
    m_page->updateNow();
    m_page->selectMember(member(u"R2"_s)); // another rep: the role's duties
    auto *duties = m_page->findChild<QListWidget *>(u"dutiesList"_s);
    QCOMPARE(duties->count(), 2);
    QCOMPARE(duties->item(0)->text(), u"1.  每周拜访 10 家客户"_s);
    QCOMPARE(duties->item(1)->text(), u"2.  按时回款"_s);
}

void TestTeamPage::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FRONTLINE_TEST_SHOTS"))
        QSKIP("Set FRONTLINE_TEST_SHOTS=DIR to picture the tabs on demo data.");
    m_window.reset();
    TempDatabase demo;
    QVERIFY(demo.isValid());
    DemoGenerator::Options o;
    o.seed = 7;
    o.reps = 12;
    o.customers = 300;
    o.orderLines = 4000;
    const DemoGenerator::Result r = DemoGenerator(o).generate(demo.db());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.trainings > 0 && r.plans == 12);
    // A team's target for this month, split by last year's share, for the picture.
    OrgRepository org(demo.db(), AccessScope::administrator());
    const QList<Team> teams = org.teams();
    qint64 team = 0;
    for (const Team &t : teams)
        team = !team && t.kind == u"team"_s ? t.id : team;
    qint64 rep = 0;
    for (const Member &m : org.members())
        rep = !rep && m.teamId == team && m.role == Role::Rep ? m.id : rep;
    demo.db().close();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    auto db = std::make_unique<Database>();
    QVERIFY(!db->open(demo.path(), TempDatabase::passphrase()));
    m_window->setDatabase(std::move(db));
    m_window->setCurrentPage(PageId::Team);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = qobject_cast<TeamPage *>(m_window->page(PageId::Team));
    m_page->selectMember(rep);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-org-demo"_s);
    m_page->selectTeam(team);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-org-team-demo"_s);
    {
        // The member dialog, as a manager opens it.
        MemberDialog dialog(m_window->session(),
                            *OrgRepository(*m_window->database(), AccessScope::administrator()).member(rep));
        dialog.show();
        QTest::qWait(50);
        test::saveShot(&dialog, u"team-member-dialog"_s);
    }
    m_page->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-targets-demo"_s);
    m_page->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-training-demo"_s);
    m_page->tabs()->setCurrentIndex(3);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-plans-demo"_s);
    m_page->selectMember(rep);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-plan-demo"_s);
    m_page->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    test::saveShot(m_window.get(), u"team-member-training-demo"_s);
    m_window.reset();
}

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
