#include "CommissionsPanel.h"

#include "domain/Money.h"
#include "widgets/Tables.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace commission;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QStandardItem *cell(const QString &text, bool right = false)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setTextAlignment(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return i;
}

QString optionalMoney(const std::optional<qint64> &fen)
{
    return fen ? Money::format(*fen) : u"—"_s;
}

QString optionalPercent(const std::optional<qint64> &bp)
{
    return bp ? CommissionCalculator::percent(*bp) : u"—"_s;
}

} // namespace

CommissionsPanel::CommissionsPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_note = new QLabel(this);
    m_note->setObjectName(u"commissionNote"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"exportCommissions"_s);
    m_adjust = new QPushButton(this);
    m_adjust->setObjectName(u"adjustCommission"_s);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"commissionTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_statementTitle = new QLabel(this);
    QFont bold = m_statementTitle->font();
    bold.setBold(true);
    m_statementTitle->setFont(bold);
    m_statement = new QListWidget(this);
    m_statement->setObjectName(u"commissionStatement"_s);
    m_statement->setWordWrap(true);
    m_statement->setAlternatingRowColors(true);
    m_statement->setSelectionMode(QAbstractItemView::NoSelection);

    // The simulation: a card with the extra revenue and what it earns.
    auto *card = new QFrame(this);
    card->setObjectName(u"simulationCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    m_simulationTitle = new QLabel(card);
    m_simulationTitle->setFont(bold);
    m_extraLabel = new QLabel(card);
    m_extra = new QLineEdit(card);
    m_extra->setObjectName(u"simulationExtra"_s);
    m_extra->setText(u"10000"_s);
    m_extra->setMaximumWidth(160);
    m_extra->setAlignment(Qt::AlignRight);
    m_delta = new QLabel(card);
    m_delta->setObjectName(u"simulationDelta"_s);
    QFont big = m_delta->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_delta->setFont(big);
    QPalette green = m_delta->palette();
    green.setColor(QPalette::WindowText, QColor(0x16, 0xa3, 0x4a));
    m_delta->setPalette(green);
    m_sentence = new QLabel(card);
    m_sentence->setObjectName(u"simulationSentence"_s);
    m_sentence->setWordWrap(true);
    auto *extraRow = new QHBoxLayout;
    extraRow->addWidget(m_extraLabel);
    extraRow->addWidget(m_extra);
    extraRow->addStretch(1);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_simulationTitle);
    cardLayout->addLayout(extraRow);
    cardLayout->addWidget(m_delta);
    cardLayout->addWidget(m_sentence);

    // The table takes the width (ten columns); the statement and the simulation sit under it.
    auto *statementBox = new QWidget(this);
    auto *statementLayout = new QVBoxLayout(statementBox);
    statementLayout->setContentsMargins(0, 0, 0, 0);
    statementLayout->addWidget(m_statementTitle);
    statementLayout->addWidget(m_statement, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(statementBox, 3);
    lowerLayout->addWidget(card, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_adjust);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_export, &QPushButton::clicked, this, [this] { exportTo(); });
    connect(m_adjust, &QPushButton::clicked, this, [this] { adjust(); });
    connect(m_extra, &QLineEdit::textChanged, this, &CommissionsPanel::updateSimulation);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommissionsPanel::showStatement);
    retranslateUi();
}

void CommissionsPanel::retranslateUi()
{
    m_export->setText(tr("Export to Excel…"));
    m_adjust->setText(tr("Bonus or deduction…"));
    m_simulationTitle->setText(tr("What if?"));
    m_extraLabel->setText(tr("Extra revenue this period (¥)"));
    QStringList headers = TeamSummary::headers();
    headers.removeAt(0); // the code is in the tooltip
    m_model->setHorizontalHeaderLabels(headers);
}

void CommissionsPanel::reload()
{
    const qint64 keep = selectedMember();
    m_model->removeRows(0, m_model->rowCount());
    m_summary.reset();
    const bool open = session()->isOpen();
    m_export->setEnabled(false);
    if (!open || !period().isValid()) {
        showStatement();
        return;
    }
    if (!Commissions::isStatementPeriod(period())) {
        m_note->setText(tr("Commission statements are for a month, a quarter or a year."));
        showStatement();
        return;
    }
    Commissions commissions(*session()->database(), session()->scope());
    m_adjust->setVisible(session()->scope().role() == Role::Admin ||
                         session()->scope().role() == Role::Manager);
    m_summary = commissions.summary(period(), teamId());
    if (!m_summary) {
        m_note->setText(commissions.lastError());
        showStatement();
        return;
    }
    int select = 0;
    bool chosen = false;
    for (const Statement &s : m_summary->statements) {
        QStandardItem *name = cell(s.name);
        name->setData(s.memberId, IdRole);
        name->setToolTip(s.code);
        QStandardItem *total = cell(Money::format(s.totalFen), true);
        QFont f = total->font();
        f.setBold(true);
        total->setFont(f);
        m_model->appendRow(
            {name, cell(s.teamName), cell(s.plan ? s.plan->name : u"—"_s),
             cell(Money::format(s.baseFen()), true), cell(optionalMoney(s.calculation.targetFen), true),
             cell(optionalPercent(s.calculation.attainmentBp), true),
             cell(s.calculation.tier ? CommissionCalculator::percent(s.calculation.tier->fromBp) : u"—"_s,
                  true),
             cell(Money::format(s.commissionFen()), true), cell(Money::format(s.adjustmentsFen), true),
             total});
        // The member shown: the one shown before, else the first with a plan.
        if (s.memberId == keep || (!keep && !chosen && s.plan)) {
            select = m_model->rowCount() - 1;
            chosen = true;
        }
    }
    // Team totals when there are several teams, then the grand total.
    const auto totalRow = [&](const QString &label, const QString &team, const TeamTotals &t) {
        QList<QStandardItem *> row{cell(label),
                                   cell(team),
                                   cell(QString()),
                                   cell(Money::format(t.baseFen), true),
                                   cell(QString()),
                                   cell(QString()),
                                   cell(QString()),
                                   cell(Money::format(t.commissionFen), true),
                                   cell(Money::format(t.adjustmentsFen), true),
                                   cell(Money::format(t.totalFen), true)};
        for (QStandardItem *i : row) {
            QFont f = i->font();
            f.setBold(true);
            i->setFont(f);
        }
        m_model->appendRow(row);
    };
    if (m_summary->teams.size() > 1)
        for (const TeamTotals &t : m_summary->teams)
            totalRow(tr("Team total"), t.teamName, t);
    if (m_summary->statements.size() > 1)
        totalRow(tr("Total"), QString(), m_summary->total);
    tables::fitToContents(m_view, {0, 1, 2, 3, 4, 5, 6, 7, 8});
    m_export->setEnabled(!m_summary->statements.isEmpty());
    m_note->setText(tr("%n statement(s) · %1 · amounts rounded half up to the fen once per line", nullptr,
                       int(m_summary->statements.size()))
                        .arg(period().label()));
    if (m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(select, 0));
    else
        showStatement();
}

qint64 CommissionsPanel::selectedMember() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->item(current.row(), 0)->data(IdRole).toLongLong();
}

void CommissionsPanel::selectMember(qint64 memberId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, 0)->data(IdRole).toLongLong() == memberId)
            m_view->setCurrentIndex(m_model->index(row, 0));
}

QStringList CommissionsPanel::statementLines() const
{
    QStringList lines;
    for (int i = 0; i < m_statement->count(); ++i)
        lines << m_statement->item(i)->text();
    return lines;
}

void CommissionsPanel::showStatement()
{
    m_statement->clear();
    const qint64 member = selectedMember();
    m_adjust->setEnabled(member != 0);
    const Statement *found = nullptr;
    if (m_summary)
        for (const Statement &s : m_summary->statements)
            if (s.memberId == member)
                found = &s;
    if (!found) {
        m_statementTitle->setText(tr("Statement"));
        updateSimulation();
        return;
    }
    m_statementTitle->setText(tr("Statement of %1 · %2").arg(found->name, period().label()));
    m_statement->addItem(tr("Base (own revenue): %1").arg(Money::format(found->baseFen())));
    m_statement->addItem(
        tr("Target: %1 · attainment %2 · tier %3")
            .arg(optionalMoney(found->calculation.targetFen),
                 optionalPercent(found->calculation.attainmentBp),
                 found->calculation.tier
                     ? tr("from %1 at %2")
                           .arg(CommissionCalculator::percent(found->calculation.tier->fromBp),
                                CommissionCalculator::percent(found->calculation.tier->rateBp))
                     : u"—"_s));
    for (const QString &line : found->explanation())
        m_statement->addItem(line);
    QListWidgetItem *last = m_statement->item(m_statement->count() - 1);
    QFont f = last->font();
    f.setBold(true);
    last->setFont(f);
    updateSimulation();
}

std::optional<Simulation> CommissionsPanel::simulate(qint64 extraFen)
{
    const qint64 member = selectedMember();
    if (!member || !session()->isOpen())
        return std::nullopt;
    Commissions commissions(*session()->database(), session()->scope());
    return commissions.simulate(member, period(), extraFen);
}

QString CommissionsPanel::simulationText() const
{
    return m_delta->text() + u'\n' + m_sentence->text();
}

void CommissionsPanel::updateSimulation()
{
    const std::optional<qint64> extra = Money::parseYuan(m_extra->text());
    const std::optional<Simulation> sim = extra && *extra >= 0 ? simulate(*extra) : std::nullopt;
    if (!sim) {
        m_delta->clear();
        m_sentence->setText(extra ? tr("Choose a member in the table.")
                                  : tr("Write an amount in yuan, e.g. 50000."));
        return;
    }
    const qint64 delta = sim->commissionDeltaFen();
    m_delta->setText(tr("+%1 commission").arg(Money::format(delta)));
    m_sentence->setText(sim->sentence());
}

bool CommissionsPanel::exportTo(QString path)
{
    if (!m_summary)
        return false;
    if (path.isEmpty()) {
        path =
            QFileDialog::getSaveFileName(this, tr("Export commission statements"),
                                         tr("commission-%1.xlsx").arg(period().key()), tr("Excel (*.xlsx)"));
        if (path.isEmpty())
            return false;
    }
    // Core checks the export permission and audits the file.
    Commissions commissions(*session()->database(), session()->scope());
    if (!commissions.exportSummary(*m_summary, path, u"xlsx"_s)) {
        QMessageBox::warning(this, tr("Export commission statements"), commissions.lastError());
        return false;
    }
    Q_EMIT message(
        tr("%n statement(s) written to %1.", nullptr, int(m_summary->statements.size())).arg(path));
    return true;
}

bool CommissionsPanel::adjust(qint64 amountFen, const QString &reason)
{
    const qint64 member = selectedMember();
    if (!member)
        return false;
    QString why = reason;
    if (why.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(u"commissionAdjustmentDialog"_s);
        dialog.setWindowTitle(tr("Bonus or deduction"));
        auto *amount = new QLineEdit(&dialog);
        amount->setObjectName(u"commissionAmount"_s);
        amount->setPlaceholderText(tr("e.g. 500 or -200"));
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(u"commissionReason"_s);
        edit->setPlaceholderText(tr("Why (required; shown on the statement)"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        const auto check = [&] {
            const std::optional<qint64> fen = Money::parseYuan(amount->text());
            buttons->button(QDialogButtonBox::Ok)
                ->setEnabled(fen && *fen != 0 && !edit->text().trimmed().isEmpty());
        };
        connect(amount, &QLineEdit::textChanged, &dialog, check);
        connect(edit, &QLineEdit::textChanged, &dialog, check);
        check();
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Amount (¥, negative to deduct)"), amount);
        form->addRow(tr("Reason"), edit);
        form->addRow(buttons);
        dialog.resize(460, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        amountFen = Money::parseYuan(amount->text()).value_or(0);
        why = edit->text();
    }
    Commissions commissions(*session()->database(), session()->scope());
    Adjustment a;
    a.memberId = member;
    a.period = period();
    a.amountFen = amountFen;
    a.reason = why.trimmed();
    const SaveResult saved = commissions.repository().addAdjustment(a);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Bonus or deduction"), saved.message());
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace frontline
