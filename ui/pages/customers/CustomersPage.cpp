#include "CustomersPage.h"

#include "CrmActions.h"
#include "CustomerDetailView.h"
#include "Format.h"
#include "domain/Vocabulary.h"
#include "models/CustomerTableModel.h"
#include "pages/PageCatalog.h"
#include "repositories/OrgRepository.h"
#include "widgets/ComboBoxes.h"
#include "widgets/EmptyState.h"
#include "widgets/FlowLayout.h"
#include "widgets/LazyComboBox.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/Tables.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString HeaderKey = u"customers/header"_s;

// What a first look shows; the rest is a right-click on the header away.
bool shownAtFirst(int column)
{
    switch (column) {
    case CustomerTableModel::Industry:
    case CustomerTableModel::Source:
    case CustomerTableModel::Email:
    case CustomerTableModel::Tags:
    case CustomerTableModel::Created:
        return false;
    default:
        return true;
    }
}
} // namespace

CustomersPage::CustomersPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions,
              Session::Customers | Session::Activities | Session::Opportunities | Session::Orders |
                  Session::Tasks | Session::Organisation,
              parent)
{
    m_model = new CustomerTableModel(this);
    m_header = new PageHeader(this);

    // The search line and the page's main action.
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(LineIcon::icon(LineIcon::Search), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    m_deletedToggle = new QToolButton(this);
    m_deletedToggle->setObjectName(u"deletedToggle"_s);
    m_deletedToggle->setCheckable(true);
    m_deletedToggle->setIcon(LineIcon::icon(LineIcon::Delete));
    m_deletedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_restore = new QPushButton(LineIcon::icon(LineIcon::Restore), QString(), this);
    m_restore->setObjectName(u"restoreButton"_s);
    m_newCustomer = new QPushButton(LineIcon::icon(LineIcon::Add), QString(), this);
    m_newCustomer->setObjectName(u"newCustomerButton"_s);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_search, 1);
    top->addWidget(m_deletedToggle);
    top->addWidget(m_restore);
    top->addWidget(m_newCustomer);

    // The filters.
    const auto filterCombo = [this](const QString &name, QComboBox *combo = nullptr) {
        if (!combo)
            combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(220);
        connect(combo, &QComboBox::activated, this, &CustomersPage::applyFilter);
        return combo;
    };
    m_owner = filterCombo(u"ownerFilter"_s);
    m_status = filterCombo(u"statusFilter"_s);
    m_grade = filterCombo(u"gradeFilter"_s);
    m_region = new LazyComboBox(this);
    filterCombo(u"regionFilter"_s, m_region);
    m_region->setFiller([this](QComboBox *combo) { fillRegions(combo); });
    m_source = filterCombo(u"sourceFilter"_s);
    m_tag = new LazyComboBox(this);
    filterCombo(u"tagFilter"_s, m_tag);
    m_tag->setFiller([this](QComboBox *combo) { fillTags(combo); });
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setObjectName(u"clearFilters"_s);
    m_clearFilters->setAutoRaise(true);
    // The filters wrap onto a second row in a narrow window.
    auto *filterBar = new QWidget(this);
    auto *filters = new FlowLayout(filterBar);
    for (QComboBox *combo :
         std::initializer_list<QComboBox *>{m_owner, m_status, m_grade, m_region, m_source, m_tag})
        filters->addWidget(combo);
    filters->addWidget(m_clearFilters);

    // The table, or a word on why it is empty.
    m_view = new QTableView(this);
    m_view->setObjectName(u"customerTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->setSortingEnabled(false); // the repository keeps pinyin order
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    restoreHeader();
    m_view->installEventFilter(this);

    m_empty = new EmptyState(this);
    m_empty->setObjectName(u"customersEmpty"_s);
    m_empty->setIcon(LineIcon::icon(LineIcon::Customers));
    m_emptyButton = new QPushButton(m_empty);
    m_empty->addWidget(m_emptyButton);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_view);
    m_tableStack->addWidget(m_empty);

    m_listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(QMargins());
    listLayout->setSpacing(8);
    listLayout->addWidget(m_header);
    listLayout->addLayout(top);
    listLayout->addWidget(filterBar);
    listLayout->addWidget(m_tableStack, 1);

    m_detail = new CustomerDetailView(actions, this);
    m_detail->setObjectName(u"customerDetail"_s);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        if (m_model->rowCount() == 1)
            openIndex(m_model->index(0, 0));
    });
    connect(m_deletedToggle, &QToolButton::toggled, this, &CustomersPage::applyFilter);
    connect(m_clearFilters, &QToolButton::clicked, this, &CustomersPage::clearFilters);
    connect(m_newCustomer, &QPushButton::clicked, actions, &CrmActions::newCustomer);
    connect(m_restore, &QPushButton::clicked, this, &CustomersPage::deleteOrRestoreCurrent);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_deletedToggle->isChecked() || !m_search->text().isEmpty() || m_model->filter().ownerId ||
            !m_model->filter().status.isEmpty() || !m_model->filter().grade.isEmpty() ||
            !m_model->filter().region.isEmpty() || !m_model->filter().source.isEmpty() ||
            !m_model->filter().tag.isEmpty())
            clearFilters();
        else
            this->actions()->newCustomer();
    });
    connect(m_view, &QTableView::activated, this, &CustomersPage::openIndex);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::updateButtons);
    connect(m_model, &CustomerTableModel::countChanged, this, &CustomersPage::updateSummary);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomersPage::showColumnMenu);
    connect(header, &QHeaderView::sectionMoved, this, &CustomersPage::saveHeader);
    connect(header, &QHeaderView::sectionResized, this, &CustomersPage::saveHeader);
    connect(m_detail, &CustomerDetailView::backRequested, this, &CustomersPage::showList);
    connect(m_detail, &CustomerDetailView::customerGone, this, &CustomersPage::showList);

    retranslateUi();
}

bool CustomersPage::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

void CustomersPage::rebuild()
{
    fillChoosers();
    // Regions and tags take a pass over every customer: they are read when first opened, not on
    // the way to the first screen (a second at 100,000 customers on a cold cache).
    m_region->invalidate();
    m_tag->invalidate();
    m_model->setSource(session()->database(), session()->scope());
    applyFilter();
    if (isShowingDetail())
        m_detail->reload();
}

void CustomersPage::refresh()
{
    const qint64 current = currentId();
    // Regions and tags take a query over every customer: they are read again when next opened.
    m_region->invalidate();
    m_tag->invalidate();
    m_model->refresh();
    selectId(current);
    if (isShowingDetail())
        m_detail->reload();
}

void CustomersPage::fillChoosers()
{
    QList<Member> owners;
    if (session()->isOpen()) {
        for (const Member &m : session()->repository<OrgRepository>().members()) {
            if (session()->scope().canSeeOwner(m.id) && (m.role == Role::Rep || m.role == Role::Manager))
                owners << m;
        }
    }
    combos::fillMembers(m_owner, tr("All owners"), owners);
    // A rep owns all they see: nothing to choose.
    m_owner->setVisible(owners.size() > 1);
    combos::fillKeys(m_status, tr("Any status"), Vocabulary::entries(Vocabulary::CustomerStatus));
    QList<QPair<QString, QString>> grades;
    for (const QString &g : CustomerRepository::grades())
        grades << qMakePair(g, tr("Grade %1").arg(g));
    combos::fillKeys(m_grade, tr("Any grade"), grades);
    combos::fillKeys(m_source, tr("Any source"), Vocabulary::entries(Vocabulary::Source));
    // Regions and tags keep what they hold; only their "any" entry follows the language.
    if (m_region->count() == 0)
        m_region->addItem(QString(), QString());
    m_region->setItemText(0, tr("All regions"));
    if (m_tag->count() == 0)
        m_tag->addItem(QString(), QString());
    m_tag->setItemText(0, tr("Any tag"));
}

void CustomersPage::fillRegions(QComboBox *combo)
{
    const QStringList regions =
        session()->isOpen() ? session()->repository<CustomerRepository>().regions() : QStringList();
    combos::fillStrings(combo, tr("All regions"), regions);
}

void CustomersPage::fillTags(QComboBox *combo)
{
    const QStringList tags =
        session()->isOpen() ? session()->repository<CustomerRepository>().tags() : QStringList();
    combos::fillStrings(combo, tr("Any tag"), tags);
    combo->setVisible(!tags.isEmpty() || combo->currentIndex() > 0);
}

void CustomersPage::applyFilter()
{
    m_searchTimer->stop();
    CustomerFilter filter;
    filter.search = m_search->text().trimmed();
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.status = m_status->currentData().toString();
    filter.grade = m_grade->currentData().toString();
    filter.region = m_region->currentData().toString();
    filter.source = m_source->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.deleted = m_deletedToggle->isChecked();
    const qint64 current = currentId();
    m_model->setFilter(filter);
    selectId(current);
    updateButtons();
}

void CustomersPage::clearFilters()
{
    m_search->clear();
    for (QComboBox *combo :
         std::initializer_list<QComboBox *>{m_owner, m_status, m_grade, m_region, m_source, m_tag})
        combo->setCurrentIndex(0);
    m_deletedToggle->setChecked(false);
    applyFilter();
}

void CustomersPage::updateSummary()
{
    const int count = m_model->rowCount();
    const CustomerFilter &f = m_model->filter();
    const bool filtered = !f.search.isEmpty() || f.ownerId || !f.status.isEmpty() || !f.grade.isEmpty() ||
                          !f.region.isEmpty() || !f.source.isEmpty() || !f.tag.isEmpty();
    if (f.deleted)
        m_header->setSubtitle(tr("%Ln deleted customer(s), waiting to be restored", nullptr, count));
    else if (filtered)
        m_header->setSubtitle(tr("%Ln customer(s) match", nullptr, count));
    else
        m_header->setSubtitle(tr("%Ln customer(s)", nullptr, count));
    m_clearFilters->setVisible(filtered || f.deleted);

    const bool empty = count == 0 && session()->isOpen();
    m_tableStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (!empty)
        return;
    if (f.deleted) {
        m_empty->setTitle(tr("Nothing was deleted"));
        m_empty->setText(tr("Customers you delete wait here, to be restored."));
        m_emptyButton->setText(tr("Show All Customers"));
    } else if (filtered) {
        m_empty->setTitle(tr("No customer matches"));
        m_empty->setText(
            tr("Search by name, full pinyin (beijing), initials (bjhl) or phone digits, or clear "
               "the filters."));
        m_emptyButton->setText(tr("Clear Filters"));
    } else {
        m_empty->setTitle(tr("No customers yet"));
        m_empty->setText(tr("Add your first customer, or import them from Excel."));
        m_emptyButton->setText(tr("New Customer…"));
    }
}

void CustomersPage::updateButtons()
{
    const bool deleted = m_deletedToggle->isChecked();
    m_restore->setVisible(deleted);
    m_restore->setEnabled(deleted && currentId() != 0);
    m_newCustomer->setVisible(!deleted);
    m_newCustomer->setEnabled(session()->isOpen());
}

qint64 CustomersPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CustomersPage::selectId(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CustomersPage::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_deletedToggle->isChecked()) {
        m_view->setCurrentIndex(index);
        return;
    }
    showCustomer(m_model->idAt(index.row()));
}

void CustomersPage::showCustomer(qint64 customerId)
{
    updateNow();
    if (m_deletedToggle->isChecked()) {
        m_deletedToggle->setChecked(false);
        applyFilter();
    }
    if (!m_detail->showCustomer(customerId))
        return;
    selectId(customerId);
    m_stack->setCurrentWidget(m_detail);
    // The keyboard goes with the user: arrows through the timeline, Esc back to the list.
    m_detail->timeline()->setFocus();
}

void CustomersPage::showList()
{
    const qint64 id = m_detail->customerId();
    m_stack->setCurrentWidget(m_listPage);
    selectId(id);
    m_view->setFocus();
}

void CustomersPage::deleteOrRestoreCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const int row = m_view->currentIndex().row();
    const bool done =
        m_deletedToggle->isChecked() ? actions()->restoreCustomer(id) : actions()->deleteCustomer(id);
    if (done && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Down from the search goes into the list; Delete in the list deletes (Ctrl+Z undoes).
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_view && key->matches(QKeySequence::Delete)) {
            deleteOrRestoreCurrent();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::Resize && m_fitPending)
        QTimer::singleShot(0, this, &CustomersPage::fitColumnsToWidth);
    return CrmPage::eventFilter(watched, event);
}

void CustomersPage::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnMenu"_s);
    int visible = 0;
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    // In the order the user arranged them.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu.addAction(CustomerTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name always stays, and so does the last column shown.
        action->setEnabled(column != CustomerTableModel::Name && !(visible == 1 && action->isChecked()));
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveHeader();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this] {
        QSettings().remove(HeaderKey);
        restoreHeader();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

void CustomersPage::saveHeader() const
{
    if (!m_restoringHeader)
        QSettings().setValue(HeaderKey, m_view->horizontalHeader()->saveState());
}

void CustomersPage::restoreHeader()
{
    m_restoringHeader = true;
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(QSettings().value(HeaderKey).toByteArray())) {
        const auto labels = [](Vocabulary::Domain domain) {
            QStringList texts;
            for (const auto &entry : Vocabulary::entries(domain))
                texts << entry.second;
            return texts;
        };
        const QString date = dateText(QDate(2026, 12, 28));
        const QHash<int, QStringList> samples = {
            {CustomerTableModel::Name, {u"北京博达汽车销售服务有限公司"_s}},
            {CustomerTableModel::Code, {u"C000000"_s}},
            {CustomerTableModel::Owner, {u"欧阳丹丹"_s}},
            {CustomerTableModel::Status, labels(Vocabulary::CustomerStatus)},
            {CustomerTableModel::Grade, {u"A"_s}},
            {CustomerTableModel::Region, {u"华东大区"_s}},
            {CustomerTableModel::City, {u"呼和浩特"_s}},
            {CustomerTableModel::Industry, {u"信息技术服务业"_s}},
            {CustomerTableModel::Source, labels(Vocabulary::Source)},
            {CustomerTableModel::Phone, {u"(021)36293895"_s}},
            {CustomerTableModel::Email, {u"purchasing@example.com"_s}},
            {CustomerTableModel::Tags, {u"重点客户, 年度框架"_s}},
            {CustomerTableModel::Created, {date}},
            {CustomerTableModel::Updated, {date}},
        };
        m_naturalWidths.clear();
        for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
            header->moveSection(header->visualIndex(column), column);
            header->setSectionHidden(column, false); // a hidden section has no size to set
            tables::fitColumn(m_view, column, samples.value(column));
            m_naturalWidths << header->sectionSize(column);
            header->setSectionHidden(column, !shownAtFirst(column));
        }
        m_fitPending = true;
        if (m_view->isVisible())
            fitColumnsToWidth();
    }
    m_restoringHeader = false;
}

void CustomersPage::fitColumnsToWidth()
{
    // Only at the size the user sees: before the window shows, widgets have sizes of no meaning.
    // Room for the vertical scroll bar is kept: the list of customers is nearly always longer than
    // the window, and the bar may not be there yet.
    QScrollBar *bar = m_view->verticalScrollBar();
    const int width = m_view->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width());
    if (!m_fitPending || width <= 0 || !m_view->isVisible())
        return;
    m_fitPending = false;
    const bool restoring = std::exchange(m_restoringHeader, true);
    QHeaderView *header = m_view->horizontalHeader();
    // What the columns need, not what they have: the last one stretches over any room left.
    const auto used = [this, header] {
        int sum = 0;
        for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
            sum += header->isSectionHidden(column) ? 0 : m_naturalWidths.value(column);
        return sum;
    };
    for (int column : {CustomerTableModel::Email, CustomerTableModel::Industry, CustomerTableModel::Source,
                       CustomerTableModel::Created, CustomerTableModel::Tags}) {
        header->setSectionHidden(column, false);
        if (used() > width) {
            header->setSectionHidden(column, true);
            break;
        }
        // Before the last column ("Updated"), so that the dates stay at the end.
        const int from = header->visualIndex(column), to = header->visualIndex(CustomerTableModel::Updated);
        header->moveSection(from, from < to ? to - 1 : to);
    }
    const int extra = width - used();
    if (extra > 0)
        header->resizeSection(CustomerTableModel::Name,
                              header->sectionSize(CustomerTableModel::Name) + qMin(extra / 2, 160));
    m_restoringHeader = restoring;
}

void CustomersPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CustomersPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Customers));
    m_search->setPlaceholderText(tr("Search by name, pinyin, initials or phone number"));
    m_deletedToggle->setText(tr("Recently Deleted"));
    m_deletedToggle->setToolTip(tr("Customers deleted from this list, to restore"));
    m_restore->setText(tr("&Restore"));
    m_newCustomer->setText(tr("&New Customer…"));
    m_clearFilters->setText(tr("Clear filters"));
    m_view->horizontalHeader()->setToolTip(tr("Right-click to choose columns; drag to rearrange them."));
    m_model->retranslate();
    fillChoosers();
    updateSummary();
    updateButtons();
}

} // namespace frontline
