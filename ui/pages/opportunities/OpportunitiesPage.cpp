#include "OpportunitiesPage.h"

#include "CrmActions.h"
#include "Format.h"
#include "PipelineBoard.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "models/OpportunityTableModel.h"
#include "pages/PageCatalog.h"
#include "repositories/OpportunityRepository.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/FlowLayout.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/Tables.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString ViewKey = u"opportunities/view"_s;
}

OpportunitiesPage::OpportunitiesPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Opportunities | Session::Customers | Session::Organisation, parent)
{
    m_header = new PageHeader(this);
    m_boardButton = new QToolButton(this);
    m_boardButton->setObjectName(u"boardButton"_s);
    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(u"listButton"_s);
    auto *views = new QButtonGroup(this);
    for (QToolButton *b : {m_boardButton, m_listButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        views->addButton(b);
    }
    m_boardButton->setIcon(LineIcon::icon(LineIcon::Board));
    m_listButton->setIcon(LineIcon::icon(LineIcon::List));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_new = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_new->setObjectName(u"newOpportunityButton"_s);
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    for (QWidget *w : std::initializer_list<QWidget *>{m_boardButton, m_listButton, m_owner})
        filters->addWidget(w);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(filterBar, 1);
    top->addWidget(m_new, 0, Qt::AlignTop);

    m_board = new PipelineBoard(this);
    m_model = new OpportunityTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(OpportunityTableModel::SortRole);
    m_list = new QTableView(this);
    m_list->setObjectName(u"opportunityTable"_s);
    m_list->setModel(m_sorted);
    tables::setUp(m_list);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(OpportunityTableModel::Stage, Qt::AscendingOrder);
    m_list->horizontalHeader()->setSectionResizeMode(OpportunityTableModel::Title, QHeaderView::Stretch);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_boardButton, &QToolButton::clicked, this, [this] { showBoard(true); });
    connect(m_listButton, &QToolButton::clicked, this, [this] { showBoard(false); });
    connect(m_owner, &QComboBox::activated, this, &OpportunitiesPage::refresh);
    connect(m_new, &QPushButton::clicked, this, [this] { this->actions()->addOpportunity(); });
    connect(m_board, &PipelineBoard::moveRequested, actions, &CrmActions::moveOpportunity);
    connect(m_board, &PipelineBoard::customerRequested, session(), &Session::showCustomer);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Opportunity *o = m_model->opportunityAt(m_sorted->mapToSource(index).row()))
            session()->showCustomer(o->customerId);
    });

    showBoard(QSettings().value(ViewKey, u"board"_s).toString() == u"board"_s);
    retranslateUi();
}

void OpportunitiesPage::showBoard(bool board)
{
    m_stack->setCurrentWidget(board ? static_cast<QWidget *>(m_board) : m_list);
    m_boardButton->setChecked(board);
    m_listButton->setChecked(!board);
    QSettings().setValue(ViewKey, board ? u"board"_s : u"list"_s);
}

void OpportunitiesPage::rebuild()
{
    fillChoosers();
    m_new->setEnabled(session()->isOpen() && session()->scope().canWriteMoney());
    refresh();
}

void OpportunitiesPage::fillChoosers()
{
    QList<Member> owners;
    if (session()->isOpen()) {
        for (const Member &m : session()->repository<OrgRepository>().members()) {
            if (session()->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                owners << m;
        }
    }
    combos::fillMembers(m_owner, tr("All owners"), owners);
    m_owner->setVisible(owners.size() > 1);
}

void OpportunitiesPage::refresh()
{
    QList<PipelineStage> stages;
    QList<Opportunity> opportunities;
    QList<StageTotal> totals;
    if (session()->isOpen()) {
        OpportunityRepository repository = session()->repository<OpportunityRepository>();
        OpportunityFilter filter;
        filter.ownerId = m_owner->currentData().toLongLong();
        stages = repository.stages();
        opportunities = repository.list(filter);
        totals = repository.totals(filter);
    }
    m_board->setPipeline(stages, opportunities, totals);
    m_model->setOpportunities(opportunities);
    m_openCount = m_openAmount = m_openWeighted = 0;
    for (const StageTotal &t : std::as_const(totals)) {
        if (t.stage.outcome == u"open"_s) {
            m_openCount += t.count;
            m_openAmount += t.amountFen;
            m_openWeighted += t.weightedFen;
        }
    }
    m_header->setSubtitle(tr("%Ln open opportunity(s) worth %1, weighted %2", nullptr, int(m_openCount))
                              .arg(Money::format(m_openAmount), Money::format(m_openWeighted)));
}

void OpportunitiesPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void OpportunitiesPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Opportunities));
    m_header->setSubtitle(tr("%Ln open opportunity(s) worth %1, weighted %2", nullptr, int(m_openCount))
                              .arg(Money::format(m_openAmount), Money::format(m_openWeighted)));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setToolTip(tr("Drag a card to another stage to move the deal on"));
    m_listButton->setText(tr("List"));
    m_new->setText(tr("&New Opportunity…"));
    m_board->retranslateUi();
    m_model->retranslate();
    QStringList stages;
    for (const auto &entry : Vocabulary::entries(Vocabulary::Stage))
        stages << entry.second;
    const QString money = Money::format(123456789);
    tables::fitColumn(m_list, OpportunityTableModel::Customer, {u"北京博达汽车销售服务有限公司"_s});
    tables::fitColumn(m_list, OpportunityTableModel::Owner, {u"欧阳丹丹"_s});
    tables::fitColumn(m_list, OpportunityTableModel::Stage, stages);
    tables::fitColumn(m_list, OpportunityTableModel::Amount, {money});
    tables::fitColumn(m_list, OpportunityTableModel::Probability, {u"100%"_s});
    tables::fitColumn(m_list, OpportunityTableModel::Weighted, {money});
    tables::fitColumn(m_list, OpportunityTableModel::ExpectedClose, {dateText(QDate(2026, 12, 28))});
    fillChoosers();
}

} // namespace frontline
