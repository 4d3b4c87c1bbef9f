#include "TeamPage.h"

#include "DevelopmentPlanPanel.h"
#include "OrgTreeWidget.h"
#include "TargetsPanel.h"
#include "TrainingPanel.h"
#include "commands/TeamCommands.h"
#include "dialogs/MemberDialog.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "pages/PageCatalog.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrgRepository.h"
#include "repositories/TaskRepository.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int MemberRole = OrgTreeWidget::MemberRole;
constexpr int TeamRole = OrgTreeWidget::TeamRole;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(0, 12, 0, 4);
    return label;
}
} // namespace

TeamPage::TeamPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Organisation | Session::Customers | Session::Opportunities | Session::Tasks,
              parent)
{
    m_header = new PageHeader(this);
    m_tree = new OrgTreeWidget(this);
    m_tree->setObjectName(u"orgTree"_s);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    // Above the tree: the org editing actions for the item chosen.
    const auto toolButton = [this](LineIcon::Shape shape, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(LineIcon::icon(shape));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    m_addTeam = toolButton(LineIcon::Add, u"addTeamButton"_s);
    m_rename = toolButton(LineIcon::Edit, u"renameTeamButton"_s);
    m_remove = toolButton(LineIcon::Delete, u"removeTeamButton"_s);
    m_editMember = toolButton(LineIcon::Edit, u"editMemberButton"_s);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    for (QToolButton *b : {m_addTeam, m_rename, m_remove, m_editMember})
        bar->addWidget(b);
    bar->addStretch();
    // Under the tree after a drag: what moved, and Undo (as Edit → Undo) for a mistaken drop.
    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    static_cast<QFrame *>(m_undoBar)->setFrameShape(QFrame::StyledPanel);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setWordWrap(true);
    m_undoMove = new QPushButton(m_undoBar);
    m_undoMove->setObjectName(u"undoMoveButton"_s);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 4, 4, 4);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undoMove);
    m_undoBar->setVisible(false);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_undoBar);

    auto *detail = new QWidget(this);
    m_name = new QLabel(detail);
    m_name->setObjectName(u"memberName"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_facts = new QLabel(detail);
    m_facts->setObjectName(u"memberFacts"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownsHeading = heading(detail);
    m_owns = new QLabel(detail);
    m_owns->setObjectName(u"memberOwns"_s);
    m_owns->setTextFormat(Qt::PlainText);
    m_owns->setWordWrap(true);
    m_dutiesHeading = heading(detail);
    m_editDuties = new QPushButton(LineIcon::icon(LineIcon::Edit), QString(), detail);
    m_editDuties->setObjectName(u"editDutiesButton"_s);
    m_editDuties->setVisible(false);
    m_duties = new QListWidget(detail);
    m_duties->setObjectName(u"dutiesList"_s);
    m_duties->setWordWrap(true);
    m_duties->setFrameShape(QFrame::NoFrame);
    m_duties->setSelectionMode(QAbstractItemView::NoSelection);
    m_duties->setFocusPolicy(Qt::NoFocus);
    m_duties->setSpacing(3);
    m_roster = new QTreeWidget(detail);
    m_roster->setObjectName(u"roster"_s);
    m_roster->setRootIsDecorated(false);
    m_roster->setUniformRowHeights(true);
    m_roster->setAlternatingRowColors(true);
    m_roster->setColumnCount(5);
    m_roster->header()->setStretchLastSection(false);
    m_roster->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roster->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roster->setVisible(false);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(20, 0, 0, 0);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_ownsHeading);
    detailLayout->addWidget(m_owns);
    auto *dutiesRow = new QHBoxLayout;
    dutiesRow->addWidget(m_dutiesHeading, 1);
    dutiesRow->addWidget(m_editDuties, 0, Qt::AlignBottom);
    detailLayout->addLayout(dutiesRow);
    detailLayout->addWidget(m_duties, 1);
    detailLayout->addWidget(m_roster, 1);
    detailLayout->addStretch(); // takes the room when a team, which has no duties, is shown

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"teamTabs"_s);
    m_tabs->setDocumentMode(true);
    m_targets = new TargetsPanel(session(), m_tabs);
    m_training = new TrainingPanel(session(), m_tabs);
    m_plan = new DevelopmentPlanPanel(session(), m_tabs);
    // In scroll areas: the tabs' content must not set the main window's minimum size.
    for (QWidget *page : {detail, static_cast<QWidget *>(m_targets), static_cast<QWidget *>(m_training),
                          static_cast<QWidget *>(m_plan)}) {
        auto *area = new QScrollArea(m_tabs);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        m_tabs->addTab(area, QString());
    }
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    rightLayout->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TeamPage::showSelection);
    // After the drag has ended: the move rebuilds the tree the drag came from.
    connect(m_tree, &OrgTreeWidget::memberDropped, this, &TeamPage::moveMember, Qt::QueuedConnection);
    connect(m_tree, &OrgTreeWidget::teamDropped, this, &TeamPage::moveTeam, Qt::QueuedConnection);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        if (!item)
            return;
        m_tree->setCurrentItem(item);
        if (QMenu *menu = contextMenuFor(item)) {
            menu->exec(m_tree->viewport()->mapToGlobal(pos));
            menu->deleteLater();
        }
    });
    connect(m_addTeam, &QToolButton::clicked, this, &TeamPage::askNewTeam);
    connect(m_rename, &QToolButton::clicked, this, &TeamPage::askRename);
    connect(m_remove, &QToolButton::clicked, this, &TeamPage::askRemove);
    connect(m_editMember, &QToolButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            editMember(item->data(0, MemberRole).toLongLong());
    });
    connect(m_editDuties, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (const Member *m = item ? memberById(item->data(0, MemberRole).toLongLong()) : nullptr)
            editDuties(m->role);
    });
    connect(m_undoMove, &QPushButton::clicked, this, [this] {
        QUndoStack *stack = session()->undoStack();
        if (m_lastMove && stack->index() > 0 && stack->command(stack->index() - 1) == m_lastMove)
            stack->undo();
        m_lastMove = nullptr;
        m_undoBar->setVisible(false);
    });
    // The bar offers only the latest move: once anything else is done or undone, it goes.
    connect(session()->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        QUndoStack *stack = session()->undoStack();
        if (!m_lastMove || index == 0 || stack->command(index - 1) != m_lastMove) {
            m_lastMove = nullptr;
            m_undoBar->setVisible(false);
        }
    });
    connect(m_roster, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { selectMember(item->data(0, MemberRole).toLongLong()); });
    retranslateUi();
}

void TeamPage::refresh()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const qint64 selectedMember = current ? current->data(0, MemberRole).toLongLong() : 0;
    const qint64 selectedTeam = current ? current->data(0, TeamRole).toLongLong() : 0;
    m_tree->clear();
    m_members.clear();
    m_teams.clear();
    m_customerCounts.clear();
    m_pipeline.reset();
    if (!session()->isOpen()) {
        showSelection();
        return;
    }
    OrgRepository org = session()->repository<OrgRepository>();
    m_teams = org.teams();
    m_members = org.members();
    m_customerCounts = org.customerCounts();

    QHash<qint64, QTreeWidgetItem *> teamItems;
    // Parents come before children in teams() (ordered by parent); several passes cover any order.
    QList<Team> pending = m_teams;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Team &t = pending.at(i);
            QTreeWidgetItem *parent = t.parentId ? teamItems.value(t.parentId) : nullptr;
            if (t.parentId && !parent) {
                ++i;
                continue;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, t.name);
            item->setText(1, Vocabulary::label(Vocabulary::TeamKind, t.kind));
            item->setIcon(0, LineIcon::icon(LineIcon::Team));
            QFont font = item->font(0);
            font.setWeight(QFont::DemiBold);
            item->setFont(0, font);
            item->setData(0, TeamRole, t.id);
            // Teams take drops; a team is dragged below another one.
            item->setFlags(item->flags() | Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled);
            teamItems.insert(t.id, item);
            pending.removeAt(i);
        }
        if (pending.size() == before)
            break; // parents that do not exist: leave them out
    }
    QTreeWidgetItem *toSelect = nullptr;
    for (const Member &m : std::as_const(m_members)) {
        QTreeWidgetItem *parent = teamItems.value(m.teamId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, m.active ? m.name : tr("%1 (left)").arg(m.name));
        item->setText(1, Vocabulary::label(Vocabulary::Role, roleKey(m.role)));
        item->setIcon(0, LineIcon::icon(LineIcon::Customers));
        item->setData(0, MemberRole, m.id);
        item->setData(0, OrgTreeWidget::MemberTeamRole, m.teamId);
        // Teams take drops; members are dragged (a drop on a member means their team).
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
        if (!m.active)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        if (m.id == selectedMember ||
            (!selectedMember && !selectedTeam && m.id == session()->actingMemberId()))
            toSelect = item;
    }
    for (auto it = teamItems.cbegin(); it != teamItems.cend(); ++it) {
        if (it.key() == selectedTeam)
            toSelect = it.value();
    }
    m_tree->expandAll();
    if (!toSelect && m_tree->topLevelItemCount() > 0)
        toSelect = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(toSelect);
    showSelection();
    m_header->setSubtitle(tr("%Ln member(s) in %1 team(s)", nullptr, int(m_members.size()))
                              .arg(QLocale().toString(m_teams.size())));
}

void TeamPage::selectMember(qint64 memberId)
{
    updateNow();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, MemberRole).toLongLong() == memberId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void TeamPage::showSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 memberId = item ? item->data(0, MemberRole).toLongLong() : 0;
    const qint64 teamId = item ? item->data(0, TeamRole).toLongLong() : 0;
    updatePanels(memberId, teamId);
    updateActions();
    m_editDuties->setVisible(false);
    for (const Member &m : std::as_const(m_members)) {
        if (memberId && m.id == memberId)
            return showMember(m);
    }
    for (const Team &t : std::as_const(m_teams)) {
        if (teamId && t.id == teamId)
            return showTeam(t);
    }
    m_name->clear();
    m_facts->clear();
    m_owns->clear();
    m_duties->clear();
    m_ownsHeading->clear();
    m_dutiesHeading->clear();
}

void TeamPage::showMember(const Member &m)
{
    m_roster->setVisible(false);
    const QLocale locale;
    m_name->setText(m.name);
    QStringList facts{tr("%1 · %2").arg(Vocabulary::label(Vocabulary::Role, roleKey(m.role)), m.code)};
    if (!m.teamName.isEmpty())
        facts << tr("Team: %1").arg(m.teamName);
    if (!m.phone.isEmpty())
        facts << tr("Phone: %1").arg(m.phone);
    if (!m.email.isEmpty())
        facts << tr("E-mail: %1").arg(m.email);
    if (m.hireDate.isValid())
        facts << tr("Joined %1").arg(locale.toString(m.hireDate, QLocale::LongFormat));
    if (!m.active)
        facts << tr("No longer active");
    m_facts->setText(facts.join(u'\n'));

    m_ownsHeading->setText(tr("Holds"));
    if (!session()->scope().canSeeOwner(m.id)) {
        m_owns->setText(tr("Outside the customers you can see."));
    } else {
        OpportunityFilter open;
        open.ownerId = m.id;
        open.openOnly = true;
        qint64 amount = 0, weighted = 0;
        const QList<Opportunity> opportunities = session()->repository<OpportunityRepository>().list(open);
        for (const Opportunity &o : opportunities) {
            amount += o.amountFen;
            weighted += OpportunityRepository::weighted(o.amountFen, o.probability);
        }
        TaskFilter tasks;
        tasks.assigneeId = m.id;
        tasks.openOnly = true;
        const qsizetype openTasks = session()->repository<TaskRepository>().list(tasks).size();
        m_owns->setText(QStringList{
            tr("%Ln customer(s)", nullptr, int(m_customerCounts.value(m.id))),
            tr("%Ln open opportunity(s) worth %1, weighted %2", nullptr, int(opportunities.size()))
                .arg(Money::format(amount), Money::format(weighted)),
            tr("%Ln open task(s)", nullptr, int(openTasks))}
                            .join(u'\n'));
    }

    m_duties->setVisible(true);
    m_editDuties->setVisible(session()->repository<OrgRepository>().canEditDuties());
    m_dutiesHeading->setText(
        tr("Responsibilities of the %1").arg(Vocabulary::label(Vocabulary::Role, roleKey(m.role))));
    m_duties->clear();
    const QList<RoleDuty> duties = session()->repository<OrgRepository>().duties(m.role);
    for (int i = 0; i < duties.size(); ++i)
        m_duties->addItem(u"%1.  %2"_s.arg(i + 1).arg(duties.at(i).text));
    if (duties.isEmpty())
        m_duties->addItem(tr("No duties are written down for this role yet."));
}

void TeamPage::showTeam(const Team &team)
{
    m_name->setText(team.name);
    qint64 members = 0, customers = 0;
    const QSet<qint64> teams = subtreeOf(team.id);
    for (const Member &m : std::as_const(m_members)) {
        if (teams.contains(m.teamId) && m.active) {
            ++members;
            customers += m_customerCounts.value(m.id);
        }
    }
    m_facts->setText(Vocabulary::label(Vocabulary::TeamKind, team.kind));
    m_ownsHeading->setText(tr("Holds"));
    m_owns->setText(QStringList{tr("%Ln active member(s)", nullptr, int(members)),
                                tr("%Ln customer(s) you can see", nullptr, int(customers))}
                        .join(u'\n'));
    m_duties->clear();
    m_duties->setVisible(false);

    // Who is in it, and what each holds.
    m_dutiesHeading->setText(tr("Members"));
    m_roster->clear();
    if (!m_pipeline) {
        m_pipeline.emplace();
        OpportunityFilter open;
        open.openOnly = true;
        for (const Opportunity &o : session()->repository<OpportunityRepository>().list(open)) {
            auto &entry = (*m_pipeline)[o.ownerId];
            ++entry.first;
            entry.second += o.amountFen;
        }
    }
    const QHash<qint64, QPair<qint64, qint64>> &pipeline = *m_pipeline;
    const QLocale locale;
    for (const Member &m : std::as_const(m_members)) {
        if (!teams.contains(m.teamId) || !m.active)
            continue;
        auto *item = new QTreeWidgetItem(m_roster);
        item->setText(0, m.name);
        item->setIcon(0, LineIcon::icon(LineIcon::Customers));
        item->setText(1, Vocabulary::label(Vocabulary::Role, roleKey(m.role)));
        item->setText(2, m.teamName);
        const bool visible = session()->scope().canSeeOwner(m.id);
        item->setText(3, visible ? locale.toString(m_customerCounts.value(m.id)) : QString());
        item->setText(4, visible ? tr("%1 · %2").arg(locale.toString(pipeline.value(m.id).first),
                                                     Money::format(pipeline.value(m.id).second))
                                 : QString());
        for (int column : {3, 4})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, MemberRole, m.id);
    }
    m_roster->setVisible(true);
}

QTreeWidget *TeamPage::tree() const
{
    return m_tree;
}

void TeamPage::selectTeam(qint64 teamId)
{
    updateNow();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, TeamRole).toLongLong() == teamId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

QSet<qint64> TeamPage::subtreeOf(qint64 teamId) const
{
    QSet<qint64> teams{teamId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Team &t : std::as_const(m_teams)) {
            if (teams.contains(t.parentId) && !teams.contains(t.id)) {
                teams.insert(t.id);
                grew = true;
            }
        }
    }
    return teams;
}

void TeamPage::updatePanels(qint64 memberId, qint64 teamId)
{
    TeamSubject subject;
    if (memberId) {
        for (const Member &m : std::as_const(m_members)) {
            if (m.id == memberId) {
                subject.memberId = m.id;
                subject.name = m.name;
                subject.members = {m};
            }
        }
    } else if (teamId) {
        const QSet<qint64> teams = subtreeOf(teamId);
        subject.teamId = teamId;
        for (const Team &t : std::as_const(m_teams)) {
            if (t.id == teamId)
                subject.name = t.name;
        }
        for (const Member &m : std::as_const(m_members)) {
            if (teams.contains(m.teamId) && m.active)
                subject.members << m;
        }
    }
    for (TeamPanel *panel : {static_cast<TeamPanel *>(m_targets), static_cast<TeamPanel *>(m_training),
                             static_cast<TeamPanel *>(m_plan)})
        panel->setSubject(subject);
}

bool TeamPage::moveMember(qint64 memberId, qint64 teamId)
{
    std::optional<Member> member;
    QString teamName;
    for (const Member &m : std::as_const(m_members)) {
        if (m.id == memberId)
            member = m;
    }
    for (const Team &t : std::as_const(m_teams)) {
        if (t.id == teamId)
            teamName = t.name;
    }
    if (!member || teamName.isEmpty() || member->teamId == teamId)
        return false;
    const SaveResult r = session()->repository<OrgRepository>().moveMember(memberId, teamId);
    if (!r.ok()) {
        session()->reportProblem(tr("%1 could not be moved: %2").arg(member->name, r.message()));
        return false;
    }
    auto *command = new MoveMemberCommand(session(), *member, teamId, teamName);
    session()->undoStack()->push(command);
    m_lastMove = command;
    m_undoText->setText(tr("Moved %1 to %2.").arg(member->name, teamName));
    m_undoBar->setVisible(true);
    selectMember(memberId);
    return true;
}

const Team *TeamPage::teamById(qint64 teamId) const
{
    for (const Team &t : m_teams) {
        if (t.id == teamId)
            return &t;
    }
    return nullptr;
}

const Member *TeamPage::memberById(qint64 memberId) const
{
    for (const Member &m : m_members) {
        if (m.id == memberId)
            return &m;
    }
    return nullptr;
}

bool TeamPage::addTeam(qint64 parentId, const QString &name)
{
    Team team;
    team.parentId = parentId;
    team.name = name;
    const Team *parent = teamById(parentId);
    // Below a company comes a region, below a region a team.
    team.kind = parent && parent->kind == u"company"_s ? u"region"_s : u"team"_s;
    const SaveResult r = session()->repository<OrgRepository>().addTeam(team);
    if (!r.ok()) {
        session()->reportProblem(tr("The team could not be added: %1").arg(r.message()));
        return false;
    }
    const std::optional<Team> added = session()->repository<OrgRepository>().team(r.id);
    session()->undoStack()->push(new AddTeamCommand(session(), r.id, added ? added->name : name));
    selectTeam(r.id);
    return true;
}

bool TeamPage::renameTeam(qint64 teamId, const QString &name)
{
    const Team *team = teamById(teamId);
    if (!team)
        return false;
    const QString before = team->name;
    const SaveResult r = session()->repository<OrgRepository>().renameTeam(teamId, name);
    if (!r.ok()) {
        session()->reportProblem(tr("%1 could not be renamed: %2").arg(before, r.message()));
        return false;
    }
    const QString after = session()->repository<OrgRepository>().team(teamId)->name;
    if (after != before)
        session()->undoStack()->push(new RenameTeamCommand(session(), teamId, before, after));
    selectTeam(teamId);
    return true;
}

bool TeamPage::moveTeam(qint64 teamId, qint64 parentId)
{
    const Team *team = teamById(teamId);
    if (!team)
        return false;
    const Team before = *team;
    const Team *parent = teamById(parentId);
    if (before.parentId == parentId || !parent)
        return false;
    const QString parentName = parent->name;
    const SaveResult r = session()->repository<OrgRepository>().moveTeam(teamId, parentId);
    if (!r.ok()) {
        session()->reportProblem(tr("%1 could not be moved: %2").arg(before.name, r.message()));
        return false;
    }
    auto *command = new MoveTeamCommand(session(), before, parentId, parentName);
    session()->undoStack()->push(command);
    m_lastMove = command;
    m_undoText->setText(tr("Moved %1 below %2.").arg(before.name, parentName));
    m_undoBar->setVisible(true);
    selectTeam(teamId);
    return true;
}

bool TeamPage::removeTeam(qint64 teamId, qint64 moveMembersTo)
{
    const Team *team = teamById(teamId);
    if (!team)
        return false;
    const QString name = team->name;
    const qint64 parent = team->parentId;
    QList<qint64> members; // every member of the team, who leaves with it, to come back on undo
    for (const Member &m : std::as_const(m_members)) {
        if (m.teamId == teamId)
            members << m.id;
    }
    const SaveResult r = session()->repository<OrgRepository>().removeTeam(teamId, moveMembersTo);
    if (!r.ok()) {
        session()->reportProblem(tr("%1 could not be deleted: %2").arg(name, r.message()));
        return false;
    }
    session()->undoStack()->push(new RemoveTeamCommand(session(), teamId, name, moveMembersTo, members));
    selectTeam(moveMembersTo ? moveMembersTo : parent);
    return true;
}

void TeamPage::editMember(qint64 memberId)
{
    const Member *member = memberById(memberId);
    if (!member)
        return;
    MemberDialog dialog(session(), *member, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMember(memberId);
}

void TeamPage::editDuties(Role role)
{
    DutiesDialog dialog(session(), role, this);
    dialog.exec();
}

void TeamPage::askNewTeam()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 parent = OrgTreeWidget::teamOf(item);
    const Team *team = teamById(parent);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Team"),
                                               team ? tr("Name of the new team below %1:").arg(team->name)
                                                    : tr("Name of the new team:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        addTeam(parent, name);
}

void TeamPage::askRename()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Team *team = item ? teamById(item->data(0, TeamRole).toLongLong()) : nullptr;
    if (!team)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Team"), tr("New name of %1:").arg(team->name),
                                               QLineEdit::Normal, team->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        renameTeam(team->id, name);
}

void TeamPage::askMoveTeam()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Team *team = item ? teamById(item->data(0, TeamRole).toLongLong()) : nullptr;
    if (!team)
        return;
    // Anywhere but the team itself and below it (core refuses cycles too).
    const QSet<qint64> below = subtreeOf(team->id);
    QStringList names;
    QList<qint64> ids;
    for (const Team &t : std::as_const(m_teams)) {
        if (!below.contains(t.id) && t.id != team->parentId) {
            names << t.name;
            ids << t.id;
        }
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move Team"), tr("Move %1 below:").arg(team->name),
                                                 names, 0, false, &ok);
    if (ok && names.contains(chosen))
        moveTeam(team->id, ids.at(names.indexOf(chosen)));
}

void TeamPage::askRemove()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Team *team = item ? teamById(item->data(0, TeamRole).toLongLong()) : nullptr;
    if (!team)
        return;
    const qint64 teamId = team->id;
    const QString name = team->name;
    int members = 0;
    for (const Member &m : std::as_const(m_members))
        members += m.teamId == teamId ? 1 : 0;
    if (members == 0) {
        if (QMessageBox::question(this, tr("Delete Team"), tr("Delete the team %1?").arg(name),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            removeTeam(teamId);
        return;
    }
    // Its members go somewhere first: the user says where.
    QStringList names;
    QList<qint64> ids;
    for (const Team &t : std::as_const(m_teams)) {
        if (t.id != teamId) {
            names << t.name;
            ids << t.id;
        }
    }
    const qsizetype parentIndex = ids.indexOf(team->parentId);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Delete Team"),
        tr("%1 has %n member(s). Delete the team and move them to:", nullptr, members).arg(name), names,
        int(std::max<qsizetype>(parentIndex, 0)), false, &ok);
    if (ok && names.contains(chosen))
        removeTeam(teamId, ids.at(names.indexOf(chosen)));
}

QMenu *TeamPage::contextMenuFor(QTreeWidgetItem *item)
{
    if (!item || !session()->isOpen())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"orgMenu"_s);
    OrgRepository org = session()->repository<OrgRepository>();
    if (const qint64 teamId = item->data(0, TeamRole).toLongLong()) {
        const bool edit = org.canEditTeam(teamId);
        const bool below = org.canEditTeam(teamId, true);
        menu->addAction(LineIcon::icon(LineIcon::Add), tr("New Team Below…"), this, &TeamPage::askNewTeam)
            ->setEnabled(edit);
        menu->addAction(LineIcon::icon(LineIcon::Edit), tr("Rename…"), this, &TeamPage::askRename)
            ->setEnabled(edit);
        menu->addAction(tr("Move Below Another Team…"), this, &TeamPage::askMoveTeam)->setEnabled(below);
        menu->addSeparator();
        menu->addAction(LineIcon::icon(LineIcon::Delete), tr("Delete Team…"), this, &TeamPage::askRemove)
            ->setEnabled(below);
    } else if (const qint64 memberId = item->data(0, MemberRole).toLongLong()) {
        const Member *member = memberById(memberId);
        menu->addAction(LineIcon::icon(LineIcon::Edit), tr("Edit Member…"), this,
                        [this, memberId] { editMember(memberId); })
            ->setEnabled(org.canEditMember(memberId));
        // The keyboard's way to do what a drag does.
        QMenu *moveTo = menu->addMenu(tr("Move to Team"));
        moveTo->setObjectName(u"moveToMenu"_s);
        for (const Team &t : std::as_const(m_teams)) {
            if (member && t.id != member->teamId)
                moveTo->addAction(t.name, this, [this, memberId, id = t.id] { moveMember(memberId, id); });
        }
        moveTo->setEnabled(org.canEditMember(memberId) && member && memberId != session()->actingMemberId());
        if (member && org.canEditDuties()) {
            const Role role = member->role;
            menu->addAction(
                tr("Edit Duties of the %1…").arg(Vocabulary::label(Vocabulary::Role, roleKey(role))), this,
                [this, role] { editDuties(role); });
        }
    }
    return menu;
}

void TeamPage::updateActions()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 teamId = item ? item->data(0, TeamRole).toLongLong() : 0;
    const qint64 memberId = item ? item->data(0, MemberRole).toLongLong() : 0;
    if (!session()->isOpen()) {
        for (QToolButton *b : {m_addTeam, m_rename, m_remove, m_editMember})
            b->setEnabled(false);
        return;
    }
    OrgRepository org = session()->repository<OrgRepository>();
    const qint64 team = OrgTreeWidget::teamOf(item);
    m_addTeam->setEnabled(org.canEditTeam(team) || (!team && session()->scope().role() == Role::Admin));
    m_rename->setEnabled(teamId && org.canEditTeam(teamId));
    m_remove->setEnabled(teamId && org.canEditTeam(teamId, true));
    m_editMember->setEnabled(memberId && org.canEditMember(memberId));
}

void TeamPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TeamPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Team));
    m_tree->setHeaderLabels({tr("Team and members"), tr("Role")});
    m_addTeam->setText(tr("New Team"));
    m_addTeam->setToolTip(tr("Add a team below the one chosen"));
    m_rename->setText(tr("Rename"));
    m_remove->setText(tr("Delete"));
    m_remove->setToolTip(tr("Delete the team chosen (its members are moved first)"));
    m_editMember->setText(tr("Edit Member"));
    m_undoMove->setText(tr("Undo"));
    m_editDuties->setText(tr("Edit Duties"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Targets"));
    m_tabs->setTabText(2, tr("Training"));
    m_tabs->setTabText(3, tr("Development plan"));
    m_roster->setHeaderLabels(
        {tr("Member"), tr("Role"), tr("Team"), tr("Customers"), tr("Open opportunities")});
    if (session()->isOpen() && isVisible())
        refresh();
}

} // namespace frontline
