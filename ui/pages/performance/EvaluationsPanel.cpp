#include "EvaluationsPanel.h"

#include "Format.h"
#include "performance/Scoring.h"
#include "widgets/Tables.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace performance;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QStandardItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setTextAlignment(alignment);
    return i;
}

QStandardItem *number(const QString &text)
{
    return item(text, Qt::AlignRight | Qt::AlignVCenter);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

bool canManage(const Session *session)
{
    const Role role = session->scope().role();
    return role == Role::Admin || role == Role::Manager;
}

} // namespace

EvaluationsPanel::EvaluationsPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_run = new QPushButton(this);
    m_run->setObjectName(u"runEvaluation"_s);
    m_publish = new QPushButton(this);
    m_publish->setObjectName(u"publishEvaluation"_s);
    m_adjust = new QPushButton(this);
    m_adjust->setObjectName(u"adjustEvaluation"_s);
    m_review = new QPushButton(this);
    m_review->setObjectName(u"reviewPlan"_s);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"evaluationBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"evaluationStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    m_versions = new QStandardItemModel(this);
    m_versionsView = new QTableView(this);
    m_versionsView->setObjectName(u"evaluationVersions"_s);
    m_versionsView->setModel(m_versions);
    tables::setUp(m_versionsView);
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    m_lines = new QStandardItemModel(this);
    m_linesView = new QTableView(this);
    m_linesView->setObjectName(u"evaluationLines"_s);
    m_linesView->setModel(m_lines);
    tables::setUp(m_linesView);
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    m_explanation = new QListWidget(this);
    m_explanation->setObjectName(u"evaluationExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setAlternatingRowColors(true);
    m_explanation->setSelectionMode(QAbstractItemView::NoSelection);
    m_versionsTitle = sectionTitle(this);
    m_linesTitle = sectionTitle(this);
    m_explanationTitle = sectionTitle(this);
    m_plan = new QListWidget(this);
    m_plan->setObjectName(u"evaluationPlan"_s);
    m_plan->setWordWrap(true);
    m_plan->setAlternatingRowColors(true);
    m_plan->setSelectionMode(QAbstractItemView::NoSelection);
    m_plan->setResizeMode(QListView::Adjust); // re-wrap the lines when the splitter moves
    m_planTitle = sectionTitle(this);
    m_planTitle->setObjectName(u"evaluationPlanTitle"_s);
    m_planTitle->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_publish);
    bar->addWidget(m_adjust);
    bar->addWidget(m_review);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    auto *versionsBox = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(m_versionsTitle);
    versionsLayout->addWidget(m_versionsView);
    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_linesTitle);
    linesLayout->addWidget(m_linesView);
    auto *explanationBox = new QWidget(this);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    explanationLayout->addWidget(m_explanationTitle);
    explanationLayout->addWidget(m_explanation, 3);
    explanationLayout->addWidget(m_planTitle);
    explanationLayout->addWidget(m_plan, 2);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(linesBox);
    lower->addWidget(explanationBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(versionsBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({130, 500});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &EvaluationsPanel::runEvaluation);
    connect(m_publish, &QPushButton::clicked, this, &EvaluationsPanel::publishSelected);
    connect(m_adjust, &QPushButton::clicked, this, [this] { adjustSelected(); });
    connect(m_review, &QPushButton::clicked, this, [this] { reviewSelectedPlan(); });
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationsPanel::showVersion);
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvaluationsPanel::showExplanation);
    retranslateUi();
}

EvaluationsPanel::~EvaluationsPanel()
{
    if (m_watcher && m_watcher->isRunning())
        m_watcher->waitForFinished();
}

void EvaluationsPanel::retranslateUi()
{
    m_run->setText(tr("Run evaluation"));
    m_run->setToolTip(
        tr("Compute every member's indicators and score now and freeze them as a new version."));
    m_publish->setText(tr("Publish"));
    m_publish->setToolTip(tr("Make the selected version visible to the team and award the honours."));
    m_adjust->setText(tr("Adjust or comment…"));
    m_review->setText(tr("Review plan…"));
    m_review->setToolTip(tr("Write a review of the member's development plan on this version."));
    m_versionsTitle->setText(tr("Versions"));
    m_linesTitle->setText(tr("Members"));
    m_explanationTitle->setText(tr("How the score was computed"));
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Status"), tr("Team"), tr("Computed"), tr("By"), tr("Published"), tr("Data")});
    m_lines->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Member"), tr("Team"), tr("Computed score"), tr("Adjustment"), tr("Score")});
}

bool EvaluationsPanel::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void EvaluationsPanel::reload()
{
    const int keepVersion = selectedInfo() ? selectedInfo()->version : 0;
    m_versions->removeRows(0, m_versions->rowCount());
    m_infos.clear();
    if (!session()->isOpen() || !period().isValid()) {
        showVersion();
        return;
    }
    Evaluations evaluations(*session()->database(), session()->scope());
    // The team's own versions when one is chosen, else every version of the period the scope sees.
    m_infos = evaluations.versions(period(), teamId() ? teamId() : -1);
    int select = 0;
    for (const EvaluationInfo &i : std::as_const(m_infos)) {
        QStandardItem *v = number(QString::number(i.version));
        v->setData(i.id, IdRole);
        QStandardItem *status = item(i.published ? tr("Published") : tr("Draft"));
        QFont f = status->font();
        f.setBold(i.published);
        status->setFont(f);
        if (i.published)
            status->setForeground(QColor(0x16, 0xa3, 0x4a));
        m_versions->appendRow({v, status, item(i.teamId ? i.teamName : tr("Whole company")),
                               item(dateText(i.computedAt)),
                               item(i.computedBy.isEmpty() ? tr("Administrator") : i.computedBy),
                               item(i.published ? dateText(i.publishedAt) : QString()), item(i.dataVersion)});
        if (i.version == keepVersion && select == 0)
            select = m_versions->rowCount() - 1;
    }
    tables::fitToContents(m_versionsView, {0, 1, 2, 3, 4, 5});
    if (m_versions->rowCount())
        m_versionsView->setCurrentIndex(m_versions->index(select, 0));
    else
        showVersion();
    if (m_infos.isEmpty())
        m_status->setText(session()->scope().role() == Role::Rep
                              ? tr("No evaluation of %1 has been published yet.").arg(period().label())
                              : tr("No evaluation of %1 yet: run one.").arg(period().label()));
    updateButtons();
}

std::optional<EvaluationInfo> EvaluationsPanel::selectedInfo() const
{
    const QModelIndex current = m_versionsView->currentIndex();
    if (!current.isValid() || current.row() >= m_infos.size())
        return std::nullopt;
    return m_infos.at(current.row());
}

qint64 EvaluationsPanel::selectedMember() const
{
    const QModelIndex current = m_linesView->currentIndex();
    if (!current.isValid())
        return 0;
    return m_lines->item(current.row(), 0)->data(IdRole).toLongLong();
}

void EvaluationsPanel::selectVersion(int version)
{
    for (int row = 0; row < m_infos.size(); ++row) {
        if (m_infos.at(row).version == version)
            m_versionsView->setCurrentIndex(m_versions->index(row, 0));
    }
}

void EvaluationsPanel::selectMember(qint64 memberId)
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, 0)->data(IdRole).toLongLong() == memberId)
            m_linesView->setCurrentIndex(m_lines->index(row, 1));
    }
}

void EvaluationsPanel::showVersion()
{
    const qint64 keepMember = selectedMember();
    m_lines->removeRows(0, m_lines->rowCount());
    m_snapshot.reset();
    const std::optional<EvaluationInfo> info = selectedInfo();
    if (info) {
        Evaluations evaluations(*session()->database(), session()->scope());
        m_snapshot = evaluations.snapshot(info->id);
        if (!m_snapshot)
            m_status->setText(evaluations.lastError());
    }
    int select = 0;
    if (m_snapshot) {
        for (const EvaluationLine &l : m_snapshot->lines) {
            QStandardItem *rank = number(QString::number(l.rank));
            rank->setData(l.memberId, IdRole);
            QStandardItem *score = number(Scoring::pointsText(l.score));
            QFont f = score->font();
            f.setBold(true);
            score->setFont(f);
            m_lines->appendRow(
                {rank, item(l.name), item(l.teamName), number(Scoring::pointsText(l.computedScore)),
                 number(l.adjustment
                            ? (l.adjustment > 0 ? u"+"_s : QString()) + Scoring::pointsText(l.adjustment)
                            : QString()),
                 score});
            if (l.memberId == keepMember)
                select = m_lines->rowCount() - 1;
        }
        m_status->setText(
            (m_snapshot->info.published
                 ? tr("Version %1, published %2 by %3. It no longer changes; a new run makes version %4.")
                       .arg(m_snapshot->info.version)
                       .arg(dateText(m_snapshot->info.publishedAt), m_snapshot->info.publishedBy.isEmpty()
                                                                        ? tr("the administrator")
                                                                        : m_snapshot->info.publishedBy)
                       .arg(m_infos.isEmpty() ? 1 : m_infos.constFirst().version + 1)
                 : tr("Version %1 is a draft: adjust it, then publish it for the team to see.")
                       .arg(m_snapshot->info.version)) +
            (m_snapshot->reproducible ? QString()
                                      : u' ' + tr("Scoring the frozen numbers again gives other scores.")));
    }
    tables::fitToContents(m_linesView, {0, 1, 2, 3, 4});
    if (m_lines->rowCount())
        m_linesView->setCurrentIndex(m_lines->index(select, 1));
    else
        showExplanation();
    updateButtons();
}

QStringList EvaluationsPanel::planLines() const
{
    if (!m_hasPlan)
        return {};
    QStringList lines{m_planTitle->text()};
    for (int i = 0; i < m_plan->count(); ++i)
        lines << m_plan->item(i)->text();
    return lines;
}

QStringList EvaluationsPanel::explanation() const
{
    QStringList lines;
    for (int i = 0; i < m_explanation->count(); ++i)
        lines << m_explanation->item(i)->text();
    return lines;
}

void EvaluationsPanel::showExplanation()
{
    m_explanation->clear();
    m_plan->clear();
    m_hasPlan = false;
    const qint64 member = selectedMember();
    if (!m_snapshot || !member) {
        m_planTitle->hide();
        m_plan->hide();
        updateButtons();
        return;
    }
    // The member's development plan beside the score: plans are reviewed in evaluations.
    Evaluations evaluations(*session()->database(), session()->scope());
    if (const std::optional<DevelopmentPlan> plan = evaluations.developmentPlan(member)) {
        m_hasPlan = true;
        // The path and progress as the section's title (a label wraps it), the rest as lines.
        const QStringList lines = Evaluations::planLines(*plan, m_snapshot->info, today());
        m_planTitle->setText(lines.value(0));
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_plan->addItem(lines.at(i));
    }
    m_planTitle->setVisible(m_hasPlan);
    m_plan->setVisible(m_hasPlan);
    if (const EvaluationLine *l = m_snapshot->line(member)) {
        m_explanationTitle->setText(tr("How %1's score was computed").arg(l->name));
        for (const QString &text : l->explanation)
            m_explanation->addItem(text);
        // The final line stands out.
        if (m_explanation->count()) {
            QListWidgetItem *last = m_explanation->item(m_explanation->count() - 1);
            QFont f = last->font();
            f.setBold(true);
            last->setFont(f);
        }
    }
    updateButtons();
}

void EvaluationsPanel::updateButtons()
{
    const bool manage = session()->isOpen() && canManage(session());
    const std::optional<EvaluationInfo> info = selectedInfo();
    m_run->setVisible(manage);
    m_publish->setVisible(manage);
    m_adjust->setVisible(manage);
    m_run->setEnabled(manage && !isRunning() && period().isValid());
    m_publish->setEnabled(manage && !isRunning() && info && !info->published);
    m_adjust->setEnabled(manage && !isRunning() && info && !info->published && selectedMember());
    // Reviews are written on any version, published ones too, by someone other than the member.
    m_review->setVisible(manage);
    m_review->setEnabled(manage && info && m_hasPlan && selectedMember() &&
                         selectedMember() != session()->scope().memberId());
}

bool EvaluationsPanel::reviewSelectedPlan(const QString &comment)
{
    const std::optional<EvaluationInfo> info = selectedInfo();
    const qint64 member = selectedMember();
    if (!info || !member)
        return false;
    QString text = comment;
    if (text.trimmed().isEmpty()) {
        const EvaluationLine *line = m_snapshot ? m_snapshot->line(member) : nullptr;
        bool ok = false;
        text = QInputDialog::getMultiLineText(
            this, tr("Review %1's development plan").arg(line ? line->name : QString()),
            tr("Review on version %1 of %2 (the member sees it):")
                .arg(info->version)
                .arg(info->period.label()),
            QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return false;
    }
    Evaluations evaluations(*session()->database(), session()->scope());
    const SaveResult saved = evaluations.reviewPlan(info->id, member, text);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Review the development plan"), saved.message());
        return false;
    }
    Q_EMIT message(tr("Review of the development plan saved."));
    showExplanation();
    Q_EMIT changed();
    return true;
}

void EvaluationsPanel::runEvaluation()
{
    if (isRunning() || !session()->isOpen() || !period().isValid())
        return;
    // A run for the team chosen (none: a manager's own team, an administrator's company).
    qint64 team = teamId();
    if (!team && session()->scope().role() == Role::Manager && session()->actingMember())
        team = session()->actingMember()->teamId;
    std::optional<EvaluationInfo> latest;
    for (const EvaluationInfo &i : std::as_const(m_infos)) {
        if (i.teamId == team && !latest)
            latest = i; // newest first
    }
    if (latest) {
        const auto answer = QMessageBox::question(
            this, tr("Run the evaluation again"),
            tr("%1 already has version %2. Running again computes a new version %3 from today's data; "
               "version %2 is kept as it is. Run again?")
                .arg(period().label())
                .arg(latest->version)
                .arg(latest->version + 1));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_watcher = std::make_unique<QFutureWatcher<EvaluationRun>>();
    connect(m_watcher.get(), &QFutureWatcher<EvaluationRun>::finished, this, [this] {
        const EvaluationRun result = m_watcher->result();
        m_busy->hide();
        if (!result.info) {
            m_status->setText(result.error);
            QMessageBox::warning(this, tr("Run evaluation"), result.error);
            updateButtons();
            Q_EMIT runFinished(false);
            return;
        }
        Q_EMIT message(
            tr("Evaluation of %1: version %2 computed.").arg(period().label()).arg(result.info->version));
        reload();
        selectVersion(result.info->version);
        Q_EMIT changed();
        Q_EMIT runFinished(true);
    });
    m_busy->show();
    m_status->setText(tr("Computing every member's indicators…"));
    Database *db = session()->database();
    const AccessScope scope = session()->scope();
    const analytics::Period p = period();
    m_watcher->setFuture(QtConcurrent::run([db, scope, p, team] {
        EvaluationRun run;
        {
            Evaluations evaluations(*db, scope);
            run.info = evaluations.run(p, team);
            run.error = evaluations.lastError();
        }
        db->releaseThreadConnection();
        return run;
    }));
    updateButtons();
}

bool EvaluationsPanel::publishSelected()
{
    const std::optional<EvaluationInfo> info = selectedInfo();
    if (!info || info->published)
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Publish the evaluation"),
        tr("Publish version %1 of %2? The team will see the results and the ranking, honours are awarded, "
           "and this version can no longer change.")
            .arg(info->version)
            .arg(info->period.label()));
    if (answer != QMessageBox::Yes)
        return false;
    Evaluations evaluations(*session()->database(), session()->scope());
    if (!evaluations.publish(info->id)) {
        QMessageBox::warning(this, tr("Publish the evaluation"), evaluations.lastError());
        return false;
    }
    Q_EMIT message(tr("Version %1 of %2 published.").arg(info->version).arg(info->period.label()));
    reload();
    Q_EMIT changed();
    return true;
}

bool EvaluationsPanel::adjustSelected(qint64 points, const QString &reason)
{
    const std::optional<EvaluationInfo> info = selectedInfo();
    const qint64 member = selectedMember();
    if (!info || !member || info->published)
        return false;
    QString why = reason;
    if (why.isEmpty()) {
        QDialog dialog(this);
        dialog.setObjectName(u"adjustmentDialog"_s);
        const EvaluationLine *line = m_snapshot ? m_snapshot->line(member) : nullptr;
        dialog.setWindowTitle(tr("Adjust %1's score").arg(line ? line->name : QString()));
        auto *spin = new QDoubleSpinBox(&dialog);
        spin->setObjectName(u"adjustmentPoints"_s);
        spin->setRange(-100, 100);
        spin->setDecimals(2);
        spin->setSingleStep(0.5);
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(u"adjustmentReason"_s);
        edit->setPlaceholderText(tr("Why (required; the member sees it)"));
        auto *hint = new QLabel(tr("0 points adds a comment without changing the score."), &dialog);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(edit, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        });
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("Points"), spin);
        form->addRow(tr("Reason"), edit);
        form->addRow(hint);
        form->addRow(buttons);
        dialog.resize(460, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        points = qRound64(spin->value() * 100);
        why = edit->text();
    }
    Evaluations evaluations(*session()->database(), session()->scope());
    const SaveResult saved = evaluations.adjust(info->id, member, points, why);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Adjust the score"), saved.message());
        return false;
    }
    showVersion();
    Q_EMIT changed();
    return true;
}

} // namespace frontline
