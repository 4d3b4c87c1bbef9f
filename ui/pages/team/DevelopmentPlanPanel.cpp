#include "DevelopmentPlanPanel.h"

#include "MilestoneTimeline.h"
#include "Session.h"
#include "analytics/Period.h"
#include "domain/Vocabulary.h"
#include "widgets/ComboBoxes.h"
#include "widgets/DateEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
enum Roles
{
    IdRole = Qt::UserRole + 1,
};

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QTreeWidget *newTable(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setUniformRowHeights(true);
    t->setColumnCount(columns);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

QPushButton *smallButton(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setFlat(true);
    return b;
}

// Five dots, the first level of them filled: ●●●○○.
QString levelDots(int level)
{
    return QString(level, QChar(0x25CF)) + QString(5 - level, QChar(0x25CB));
}

// A heading with its button on the right, over the widget.
QWidget *section(QLabel *title, QPushButton *button, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(button);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(content, 1);
    return box;
}
} // namespace

DevelopmentPlanPanel::DevelopmentPlanPanel(Session *session, QWidget *parent) : TeamPanel(session, parent)
{
    setObjectName(u"developmentPlanPanel"_s);
    auto *member = new QWidget(this);
    m_path = new QLabel(member);
    m_path->setObjectName(u"careerPath"_s);
    m_path->setTextFormat(Qt::RichText);
    m_path->setWordWrap(true);
    m_status = new QLabel(member);
    m_status->setObjectName(u"planStatus"_s);
    m_editPlan = new QPushButton(member);
    m_editPlan->setObjectName(u"editPlanButton"_s);

    m_goalsHeading = heading(member);
    m_goals = new QListWidget(member);
    m_goals->setObjectName(u"planGoals"_s);
    m_goals->setWordWrap(true);
    m_addGoal = smallButton(u"addGoalButton"_s, member);
    m_skillsHeading = heading(member);
    m_skills = newTable(u"planSkills"_s, 3, member);
    m_skills->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_addSkill = smallButton(u"addSkillButton"_s, member);
    m_milestonesHeading = heading(member);
    m_timeline = new MilestoneTimeline(member);
    m_milestones = newTable(u"planMilestones"_s, 3, member);
    m_milestones->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_addMilestone = smallButton(u"addMilestoneButton"_s, member);
    m_reviewsHeading = heading(member);
    m_reviews = newTable(u"planReviews"_s, 4, member);
    m_reviews->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_reviews->setWordWrap(true);
    m_reviews->setUniformRowHeights(false);
    m_addReview = smallButton(u"addReviewButton"_s, member);

    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 1);
    top->addWidget(m_status);
    top->addWidget(m_editPlan);
    auto *grid = new QGridLayout(member);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->addLayout(top, 0, 0, 1, 2);
    auto *milestoneBar = new QHBoxLayout;
    milestoneBar->addWidget(m_milestonesHeading, 1);
    milestoneBar->addWidget(m_addMilestone);
    grid->addLayout(milestoneBar, 1, 0, 1, 2);
    grid->addWidget(m_timeline, 2, 0, 1, 2);
    grid->addWidget(m_milestones, 3, 0, 1, 2);
    grid->addWidget(section(m_goalsHeading, m_addGoal, m_goals, member), 4, 0);
    grid->addWidget(section(m_skillsHeading, m_addSkill, m_skills, member), 4, 1);
    grid->addWidget(section(m_reviewsHeading, m_addReview, m_reviews, member), 5, 0, 1, 2);
    grid->setRowStretch(3, 2);
    grid->setRowStretch(4, 3);
    grid->setRowStretch(5, 2);

    m_teamPlans = newTable(u"teamPlans"_s, 5, this);
    m_teamPlans->setAlternatingRowColors(true);
    m_teamPlans->header()->setSectionResizeMode(4, QHeaderView::Stretch);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(member);
    m_stack->addWidget(m_teamPlans);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_stack);

    retranslateUi();
    connect(m_goals, &QListWidget::itemChanged, this, &DevelopmentPlanPanel::goalToggled);
    connect(m_editPlan, &QPushButton::clicked, this, &DevelopmentPlanPanel::editPlan);
    connect(m_addGoal, &QPushButton::clicked, this, &DevelopmentPlanPanel::askGoal);
    connect(m_addSkill, &QPushButton::clicked, this, &DevelopmentPlanPanel::askSkill);
    connect(m_addMilestone, &QPushButton::clicked, this, &DevelopmentPlanPanel::askMilestone);
    connect(m_addReview, &QPushButton::clicked, this, &DevelopmentPlanPanel::askReview);
    connect(m_skills, &QTreeWidget::itemActivated, this, &DevelopmentPlanPanel::askSkill);
}

void DevelopmentPlanPanel::retranslateUi()
{
    m_editPlan->setText(tr("Edit plan…"));
    m_goalsHeading->setText(tr("Goals"));
    m_addGoal->setText(tr("Add goal…"));
    m_skillsHeading->setText(tr("Skills"));
    m_addSkill->setText(tr("Set skill…"));
    m_skills->setHeaderLabels({tr("Skill"), tr("Now"), tr("Aim")});
    m_milestonesHeading->setText(tr("Milestones"));
    m_addMilestone->setText(tr("Add milestone…"));
    m_milestones->setHeaderLabels({tr("Due"), tr("Milestone"), tr("Status")});
    m_reviewsHeading->setText(tr("Reviews in evaluations"));
    m_addReview->setText(tr("Add review…"));
    m_reviews->setHeaderLabels({tr("Period"), tr("Date"), tr("Reviewer"), tr("Comment")});
    m_teamPlans->setHeaderLabels(
        {tr("Member"), tr("Career path"), tr("Status"), tr("Milestones done"), tr("Next milestone")});
}

void DevelopmentPlanPanel::load()
{
    const TeamSubject &s = subject();
    if (s.isMember()) {
        m_stack->setCurrentIndex(0);
        showPlan(session()->repository<DevelopmentPlans>().plan(s.memberId));
    } else {
        m_stack->setCurrentIndex(1);
        showTeam();
    }
}

void DevelopmentPlanPanel::showPlan(const std::optional<DevelopmentPlan> &plan)
{
    m_filling = true;
    m_plan = plan;
    const bool editable = canEdit() && session()->scope().canSeeOwner(subject().memberId);
    for (QPushButton *b : {m_editPlan, m_addGoal, m_addSkill, m_addMilestone})
        b->setVisible(editable);
    m_addReview->setVisible(editable && subject().memberId != session()->actingMemberId());
    m_editPlan->setText(plan ? tr("Edit plan…") : tr("Start a plan…"));
    m_goals->clear();
    m_skills->clear();
    m_milestones->clear();
    m_reviews->clear();
    const QDate today = QDate::currentDate();
    if (!plan) {
        m_path->setText(tr("%1 has no development plan yet.").arg(subject().name.toHtmlEscaped()));
        m_status->clear();
        m_timeline->setMilestones({}, today);
        m_filling = false;
        return;
    }
    // The ladder from where they are to where the plan leads, the current step highlighted.
    QStringList steps;
    const QStringList path = DevelopmentPlans::careerPath(plan->currentPosition, plan->targetPosition);
    const QString highlight = palette().color(QPalette::Highlight).name();
    for (int i = 0; i < path.size(); ++i) {
        const QString label = Vocabulary::label(Vocabulary::CareerPosition, path.at(i)).toHtmlEscaped();
        steps << (i == 0 ? u"<span style='color:%1; font-weight:600'>%2</span>"_s.arg(highlight, label)
                  : i + 1 == path.size() ? u"<b>%1</b>"_s.arg(label)
                                         : label);
    }
    m_path->setText(tr("Career path: %1").arg(steps.join(u"  →  "_s)));
    m_status->setText(Vocabulary::label(Vocabulary::PlanStatus, plan->status));
    m_path->setToolTip(plan->notes);

    for (const PlanGoal &g : plan->goals) {
        auto *item = new QListWidgetItem(g.text, m_goals);
        item->setData(IdRole, g.id);
        item->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(g.achieved ? Qt::Checked : Qt::Unchecked);
    }
    for (const PlanSkill &k : plan->skills) {
        auto *item = new QTreeWidgetItem(m_skills);
        item->setText(0, k.name);
        item->setText(1, levelDots(k.currentLevel));
        item->setText(2, levelDots(k.targetLevel));
        item->setToolTip(1, tr("Level %1 of 5").arg(k.currentLevel));
        item->setToolTip(2, tr("Level %1 of 5").arg(k.targetLevel));
        item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        item->setData(0, IdRole, k.id);
        item->setData(1, IdRole, k.currentLevel);
        item->setData(2, IdRole, k.targetLevel);
    }
    m_timeline->setMilestones(plan->milestones, today);
    for (const PlanMilestone &m : plan->milestones) {
        auto *item = new QTreeWidgetItem(m_milestones);
        item->setText(0, m.dueDate.toString(Qt::ISODate));
        item->setText(1, m.title);
        item->setData(0, IdRole, m.id);
        item->setText(2, Vocabulary::label(Vocabulary::MilestoneStatus, m.status) +
                             (m.isOverdue(today) ? tr(" (overdue)") : QString()));
        item->setForeground(2, MilestoneTimeline::statusColor(m.isOverdue(today) ? u"missed"_s : m.status));
        if (editable) {
            auto *combo = new QComboBox(m_milestones);
            combos::fillKeys(combo, QString(), Vocabulary::entries(Vocabulary::MilestoneStatus));
            combos::select(combo, m.status);
            combo->setObjectName(u"milestoneStatus%1"_s.arg(m.id));
            m_milestones->setItemWidget(item, 2, combo);
            const qint64 id = m.id;
            connect(combo, &QComboBox::activated, this, [this, combo, id] {
                // The list (and this combo with it) is rebuilt after the change, not inside its signal.
                const QString status = combo->currentData().toString();
                QMetaObject::invokeMethod(
                    this, [this, id, status] { setMilestoneStatus(id, status); }, Qt::QueuedConnection);
            });
        }
    }
    for (const PlanReview &r : plan->reviews) {
        auto *item = new QTreeWidgetItem(m_reviews);
        const std::optional<analytics::Period> p = analytics::Period::parse(r.period);
        item->setText(0, p ? p->label() : r.period);
        item->setText(1, r.reviewedOn.toString(Qt::ISODate));
        item->setText(2, r.reviewerName.isEmpty() ? tr("Administrator") : r.reviewerName);
        item->setText(3, r.comment);
        item->setToolTip(3, r.comment);
    }
    if (plan->reviews.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_reviews);
        item->setText(
            3, tr("Not reviewed yet: a manager adds a review in the monthly or quarterly evaluation."));
        item->setForeground(3, palette().brush(QPalette::PlaceholderText));
    }
    m_filling = false;
}

void DevelopmentPlanPanel::showTeam()
{
    m_teamPlans->clear();
    QHash<qint64, DevelopmentPlan> plans;
    for (const DevelopmentPlan &p : session()->repository<DevelopmentPlans>().list())
        plans.insert(p.memberId, p);
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const Member &m : subject().members) {
        if (!session()->scope().canSeeOwner(m.id))
            continue;
        auto *item = new QTreeWidgetItem(m_teamPlans);
        item->setText(0, m.name);
        item->setData(0, IdRole, m.id);
        const auto it = plans.constFind(m.id);
        if (it == plans.cend()) {
            item->setText(1, tr("No plan yet"));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
            continue;
        }
        QStringList path;
        for (const QString &step : DevelopmentPlans::careerPath(it->currentPosition, it->targetPosition))
            path << Vocabulary::label(Vocabulary::CareerPosition, step);
        item->setText(1, path.join(u" → "_s));
        item->setText(2, Vocabulary::label(Vocabulary::PlanStatus, it->status));
        item->setText(
            3, tr("%1 of %2")
                   .arg(locale.toString(it->milestonesDone()), locale.toString(it->milestones.size())));
        for (const PlanMilestone &ms : it->milestones) {
            if (ms.status == u"planned"_s || ms.status == u"in_progress"_s) {
                item->setText(4, u"%1  %2"_s.arg(ms.dueDate.toString(Qt::ISODate), ms.title));
                if (ms.isOverdue(today))
                    item->setForeground(4, MilestoneTimeline::statusColor(u"missed"_s));
                break;
            }
        }
    }
}

bool DevelopmentPlanPanel::done(const SaveResult &result)
{
    if (!result.ok()) {
        showProblem(result.message());
        return false;
    }
    session()->notifyChanged(Session::Organisation);
    loadNow();
    return true;
}

bool DevelopmentPlanPanel::done(bool ok, DevelopmentPlans &plans)
{
    SaveResult r;
    if (!ok)
        r.error = plans.lastError().isEmpty() ? tr("Nothing was changed.") : plans.lastError();
    return done(r);
}

bool DevelopmentPlanPanel::addGoal(const QString &text)
{
    return done(session()->repository<DevelopmentPlans>().addGoal(subject().memberId, text));
}

bool DevelopmentPlanPanel::setSkill(const QString &name, int level, int target)
{
    return done(session()->repository<DevelopmentPlans>().setSkill(subject().memberId, name, level, target));
}

bool DevelopmentPlanPanel::addMilestone(const QString &title, const QDate &due)
{
    return done(session()->repository<DevelopmentPlans>().addMilestone(subject().memberId, title, due));
}

bool DevelopmentPlanPanel::setMilestoneStatus(qint64 milestoneId, const QString &status)
{
    DevelopmentPlans plans = session()->repository<DevelopmentPlans>();
    return done(plans.setMilestoneStatus(milestoneId, status), plans);
}

bool DevelopmentPlanPanel::addReview(const QString &period, const QString &comment)
{
    return done(session()->repository<DevelopmentPlans>().addReview(subject().memberId, period, comment));
}

bool DevelopmentPlanPanel::savePlan(const QString &current, const QString &target, const QString &status,
                                    const QString &notes)
{
    DevelopmentPlan p = m_plan.value_or(DevelopmentPlan{});
    p.memberId = subject().memberId;
    p.currentPosition = current;
    p.targetPosition = target;
    p.status = status;
    p.notes = notes;
    return done(session()->repository<DevelopmentPlans>().setPlan(p));
}

void DevelopmentPlanPanel::goalToggled(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const bool achieved = item->checkState() == Qt::Checked;
    QMetaObject::invokeMethod(
        this,
        [this, id, achieved] {
            DevelopmentPlans plans = session()->repository<DevelopmentPlans>();
            done(plans.setGoalAchieved(id, achieved), plans);
        },
        Qt::QueuedConnection);
}

void DevelopmentPlanPanel::editPlan()
{
    QDialog dialog(this);
    dialog.setObjectName(u"planDialog"_s);
    dialog.setWindowTitle(tr("Development Plan of %1").arg(subject().name));
    auto *current = new QComboBox(&dialog);
    auto *target = new QComboBox(&dialog);
    auto *status = new QComboBox(&dialog);
    combos::fillKeys(current, QString(), Vocabulary::entries(Vocabulary::CareerPosition));
    combos::fillKeys(target, QString(), Vocabulary::entries(Vocabulary::CareerPosition));
    combos::fillKeys(status, QString(), Vocabulary::entries(Vocabulary::PlanStatus));
    const DevelopmentPlan p = m_plan.value_or(DevelopmentPlan{});
    combos::select(current, p.currentPosition);
    combos::select(target, p.targetPosition);
    combos::select(status, p.status);
    auto *notes = new QPlainTextEdit(p.notes, &dialog);
    notes->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Current position:"), current);
    form->addRow(tr("Aiming for:"), target);
    form->addRow(tr("Status:"), status);
    form->addRow(tr("Notes:"), notes);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        savePlan(current->currentData().toString(), target->currentData().toString(),
                 status->currentData().toString(), notes->toPlainText());
}

void DevelopmentPlanPanel::askGoal()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Goal"), tr("Goal for %1:").arg(subject().name),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        addGoal(text);
}

void DevelopmentPlanPanel::askSkill()
{
    QDialog dialog(this);
    dialog.setObjectName(u"skillDialog"_s);
    dialog.setWindowTitle(tr("Set Skill"));
    auto *name = new QLineEdit(&dialog);
    auto *level = new QSpinBox(&dialog);
    auto *target = new QSpinBox(&dialog);
    level->setRange(1, 5);
    target->setRange(1, 5);
    target->setValue(3);
    if (const QTreeWidgetItem *item = m_skills->currentItem(); item && sender() == m_skills) {
        name->setText(item->text(0));
        level->setValue(item->data(1, IdRole).toInt());
        target->setValue(item->data(2, IdRole).toInt());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Skill:"), name);
    form->addRow(tr("Level now (1–5):"), level);
    form->addRow(tr("Level aimed at (1–5):"), target);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        setSkill(name->text(), level->value(), target->value());
}

void DevelopmentPlanPanel::askMilestone()
{
    QDialog dialog(this);
    dialog.setObjectName(u"milestoneDialog"_s);
    dialog.setWindowTitle(tr("Add Milestone"));
    auto *title = new QLineEdit(&dialog);
    QDateEdit *due = dates::newDateEdit(QDate::currentDate().addMonths(1), &dialog);
    due->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Milestone:"), title);
    form->addRow(tr("Due:"), due);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addMilestone(title->text(), due->date());
}

void DevelopmentPlanPanel::askReview()
{
    QDialog dialog(this);
    dialog.setObjectName(u"reviewDialog"_s);
    dialog.setWindowTitle(tr("Review of %1's Plan").arg(subject().name));
    auto *period = new QLineEdit(
        analytics::Period::containing(analytics::Period::Quarter, QDate::currentDate()).key(), &dialog);
    period->setPlaceholderText(tr("2025-Q1, 2025-03 or 2025"));
    auto *comment = new QPlainTextEdit(&dialog);
    comment->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Evaluation period:"), period);
    form->addRow(tr("Comment:"), comment);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addReview(period->text(), comment->toPlainText());
}

} // namespace frontline
