#include "ConflictsView.h"

#include "Format.h"
#include "Session.h"
#include "import/ImportHistory.h"
#include "widgets/StatusLabel.h"
#include "widgets/Tables.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum ConflictColumn
{
    Record,
    Field,
    Mine,
    MineBy,
    Theirs,
    TheirsBy,
    Now,
    ConflictColumns
};

enum DuplicateColumn
{
    First,
    Second,
    Why,
    DuplicateColumns
};

QString valueText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QCoreApplication::translate("frontline::ConflictsView", "(empty)");
    if (v.typeId() == QMetaType::QByteArray)
        return QCoreApplication::translate("frontline::ConflictsView", "(%n byte(s))", nullptr,
                                           int(v.toByteArray().size()));
    return v.toString();
}

QString whoWhen(const QString &who, const FieldClock &clock)
{
    const QString whoText = who == u"this database"_s
                                ? QCoreApplication::translate("frontline::ConflictsView", "this database")
                                : who;
    if (!clock.hlc)
        return whoText;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(HybridClock::physicalMs(clock.hlc), Qt::UTC);
    return u"%1 · %2"_s.arg(whoText, dateText(at));
}

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    tables::setUp(table);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection); // many at once
    return table;
}

QList<int> selectedRows(const QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

ConflictsView::ConflictsView(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_conflictsTitle = new QLabel(this);
    m_conflictsTitle->setWordWrap(true);
    m_conflicts = makeTable(ConflictColumns, u"conflictTable"_s, this);
    m_conflicts->horizontalHeader()->setSectionResizeMode(Mine, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    m_keepMine = new QPushButton(this);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepTheirs = new QPushButton(this);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_keepCurrent = new QPushButton(this);
    m_keepCurrent->setObjectName(u"keepCurrentButton"_s);
    m_message = new StatusLabel(this);
    m_message->setObjectName(u"conflictMessage"_s);

    m_duplicatesTitle = new QLabel(this);
    m_duplicatesTitle->setWordWrap(true);
    m_duplicates = makeTable(DuplicateColumns, u"duplicateTable"_s, this);
    m_duplicates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicates->horizontalHeader()->setSectionResizeMode(Why, QHeaderView::Stretch);
    m_merge = new QPushButton(this);
    m_merge->setObjectName(u"mergeButton"_s);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(u"dismissButton"_s);

    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_keepCurrent);
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_keepTheirs);
    auto *duplicateButtons = new QHBoxLayout;
    duplicateButtons->addStretch();
    duplicateButtons->addWidget(m_dismiss);
    duplicateButtons->addWidget(m_merge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_conflictsTitle);
    layout->addWidget(m_conflicts, 3);
    layout->addLayout(conflictButtons);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addWidget(m_duplicatesTitle);
    layout->addWidget(m_duplicates, 1);
    layout->addLayout(duplicateButtons);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(Keep::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(Keep::Theirs); });
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] { resolveSelected(Keep::Current); });
    connect(m_merge, &QPushButton::clicked, this, &ConflictsView::mergeSelectedDuplicate);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsView::dismissSelectedDuplicate);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &ConflictsView::updateButtons);
    connect(m_duplicates, &QTableWidget::itemSelectionChanged, this, &ConflictsView::updateButtons);
    retranslateUi();
}

void ConflictsView::refresh()
{
    m_conflicts->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_openCount = 0;
    if (!m_session->isOpen()) {
        updateButtons();
        return;
    }
    Database &db = *m_session->database();
    const QList<SyncConflict> list = SyncService(db).conflicts();
    m_openCount = int(list.size());
    m_conflicts->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const SyncConflict &c = list.at(r);
        const auto set = [&](int column, const QString &text, const QString &tip = QString()) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_conflicts->setItem(r, column, item);
        };
        set(Record, c.record.isEmpty() ? c.uuid : c.record, c.table + u' ' + c.uuid);
        set(Field, c.field, c.table + u'.' + c.field);
        set(Mine, valueText(c.mine));
        set(MineBy, whoWhen(c.mineWho, c.mineClock), HybridClock::toString(c.mineClock.hlc));
        set(Theirs, valueText(c.theirs));
        set(TheirsBy, whoWhen(c.theirsWho, c.theirsClock), HybridClock::toString(c.theirsClock.hlc));
        set(Now, c.applied == u"mine"_s ? tr("ours") : tr("theirs"));
        m_conflicts->item(r, Record)->setData(Qt::UserRole, c.id);
        m_conflicts->item(r, Now)->setData(Qt::UserRole, c.applied);
    }
    for (int column : {Record, Field, MineBy, TheirsBy, Now})
        m_conflicts->resizeColumnToContents(column);

    // New customers from packages that the duplicate rule matched (reason "sync:…").
    ImportHistory imports(db, m_session->scope());
    int row = 0;
    for (const MergeCandidate &c : imports.candidates()) {
        if (!c.reason.startsWith(u"sync:"_s))
            continue;
        m_duplicates->insertRow(row);
        m_duplicates->setItem(row, First, new QTableWidgetItem(c.nameA));
        m_duplicates->setItem(row, Second, new QTableWidgetItem(c.nameB));
        const QString reason = c.reason.mid(5);
        m_duplicates->setItem(row, Why,
                              new QTableWidgetItem(reason == u"phone"_s   ? tr("Same phone number")
                                                   : reason == u"email"_s ? tr("Same e-mail address")
                                                   : reason == u"name"_s  ? tr("Same name")
                                                                          : reason));
        m_duplicates->item(row, First)->setData(Qt::UserRole, c.id);
        m_duplicates->item(row, First)->setData(Qt::UserRole + 1, c.customerA);
        m_duplicates->item(row, Second)->setData(Qt::UserRole + 1, c.customerB);
        ++row;
    }
    for (int column : {First, Second})
        m_duplicates->resizeColumnToContents(column);
    retranslateUi();
    updateButtons();
}

void ConflictsView::resolveSelected(Keep keep)
{
    const QList<int> rows = selectedRows(m_conflicts);
    if (rows.isEmpty() || !m_session->isOpen())
        return;
    SyncService sync(*m_session->database());
    int done = 0;
    QStringList problems;
    for (int row : rows) {
        const qint64 id = m_conflicts->item(row, Record)->data(Qt::UserRole).toLongLong();
        SyncService::Take take = keep == Keep::Theirs ? SyncService::Take::Theirs : SyncService::Take::Mine;
        if (keep == Keep::Current)
            take = m_conflicts->item(row, Now)->data(Qt::UserRole).toString() == u"theirs"_s
                       ? SyncService::Take::Theirs
                       : SyncService::Take::Mine;
        QString error;
        if (sync.resolve(id, take, &error))
            ++done;
        else
            problems << error;
    }
    refresh();
    if (problems.isEmpty())
        m_message->showMessage(tr("%n conflict(s) resolved.", nullptr, done), StatusLabel::Success);
    else
        m_message->showError(tr("%n conflict(s) resolved.", nullptr, done) + u' ' + problems.join(u' '));
    if (done)
        Q_EMIT changed();
}

void ConflictsView::mergeSelectedDuplicate()
{
    const QList<int> rows = selectedRows(m_duplicates);
    if (rows.isEmpty() || !m_session->isOpen())
        return;
    const int row = rows.constFirst();
    const qint64 a = m_duplicates->item(row, First)->data(Qt::UserRole + 1).toLongLong();
    const qint64 b = m_duplicates->item(row, Second)->data(Qt::UserRole + 1).toLongLong();
    const QString nameA = m_duplicates->item(row, First)->text();
    const QString nameB = m_duplicates->item(row, Second)->text();
    if (QMessageBox::question(window(), tr("Merge Customers"),
                              tr("Merge %1 into %2? Its contacts, orders, visits and tasks move to %2. The "
                                 "merge can be undone on the Import/Export page.")
                                  .arg(nameB, nameA)) != QMessageBox::Yes)
        return;
    QString error;
    if (!ImportHistory(*m_session->database(), m_session->scope()).merge(a, b, &error)) {
        m_message->showError(error);
        return;
    }
    refresh();
    m_message->showMessage(tr("%1 merged into %2.").arg(nameB, nameA), StatusLabel::Success);
    Q_EMIT changed();
}

void ConflictsView::dismissSelectedDuplicate()
{
    const QList<int> rows = selectedRows(m_duplicates);
    if (rows.isEmpty() || !m_session->isOpen())
        return;
    const qint64 id = m_duplicates->item(rows.constFirst(), First)->data(Qt::UserRole).toLongLong();
    ImportHistory(*m_session->database(), m_session->scope()).dismiss(id);
    refresh();
}

void ConflictsView::updateButtons()
{
    const bool conflicts = m_conflicts->selectionModel()->hasSelection();
    for (QPushButton *b : {m_keepMine, m_keepTheirs, m_keepCurrent})
        b->setEnabled(conflicts);
    const bool duplicate = m_duplicates->selectionModel()->hasSelection();
    m_merge->setEnabled(duplicate);
    m_dismiss->setEnabled(duplicate);
    m_duplicatesTitle->setVisible(m_duplicates->rowCount() > 0);
    m_duplicates->setVisible(m_duplicates->rowCount() > 0);
    m_merge->setVisible(m_duplicates->rowCount() > 0);
    m_dismiss->setVisible(m_duplicates->rowCount() > 0);
}

void ConflictsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConflictsView::retranslateUi()
{
    m_conflictsTitle->setText(
        m_openCount ? tr("%n field(s) were changed on two laptops before either saw the other's change. Each "
                         "holds the later value for now; choose the one to keep (select several rows to "
                         "decide them at once).",
                         nullptr, m_openCount)
                    : tr("No conflicts: every change arrived without another one on the same field."));
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Ours"), tr("Changed by"),
                                            tr("Theirs"), tr("Changed by"), tr("Holds now")});
    m_keepMine->setText(tr("Keep &Ours"));
    m_keepTheirs->setText(tr("Keep &Theirs"));
    m_keepCurrent->setText(tr("Keep What It &Holds"));
    m_keepCurrent->setToolTip(tr("Keep the value each record holds now (the later change)."));
    m_duplicatesTitle->setText(tr("New customers recorded on two laptops that look like the same company:"));
    m_duplicates->setHorizontalHeaderLabels({tr("Customer"), tr("Looks like"), tr("Why")});
    m_merge->setText(tr("&Merge"));
    m_dismiss->setText(tr("&Not the Same"));
}

} // namespace frontline
