#include "TargetsPanel.h"

#include "Session.h"
#include "analytics/MetricsEngine.h"
#include "domain/Money.h"
#include "pages/dashboard/KpiCardWidget.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

using analytics::Measure;
using analytics::Metrics;
using analytics::Period;
using performance::SplitResult;
using performance::TargetPlanner;
using performance::TargetRow;

namespace {
enum Roles
{
    MemberIdRole = Qt::UserRole + 1,
    TeamIdRole,
};

// The measures a target makes sense for: the additive ones and the rates the scorecards use.
QList<Measure> targetMeasures()
{
    return {Measure::Revenue, Measure::Collected,  Measure::Orders,   Measure::NewCustomers, Measure::Visits,
            Measure::Calls,   Measure::Activities, Measure::Quantity, Measure::Opportunities};
}
} // namespace

TargetsPanel::TargetsPanel(Session *session, QWidget *parent) : TeamPanel(session, parent)
{
    setObjectName(u"targetsPanel"_s);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(u"targetMetric"_s);
    for (const Measure m : targetMeasures())
        m_metric->addItem(Metrics::label(m), Metrics::key(m));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"targetPeriodKind"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"targetPeriod"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(u"targetsTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(6);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_bottomUp = new QLabel(this);
    m_bottomUp->setObjectName(u"bottomUp"_s);
    m_bottomUp->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_set = new QPushButton(this);
    m_set->setObjectName(u"setTargetButton"_s);
    m_split = new QPushButton(this);
    m_split->setObjectName(u"splitTargetButton"_s);

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_metric);
    choosers->addWidget(m_kind);
    choosers->addWidget(m_period);
    choosers->addStretch();
    choosers->addWidget(m_set);
    choosers->addWidget(m_split);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(choosers);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bottomUp);
    layout->addWidget(m_hint);

    retranslateUi();
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TargetsPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        reload();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &TargetsPanel::reload);
    connect(m_set, &QPushButton::clicked, this, &TargetsPanel::editTarget);
    connect(m_split, &QPushButton::clicked, this, &TargetsPanel::openSplit);
    connect(m_table, &QTreeWidget::itemActivated, this, &TargetsPanel::editTarget);
}

void TargetsPanel::retranslateUi()
{
    const QSignalBlocker blocker(m_kind);
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("Month"), int(Period::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Quarter));
    m_kind->addItem(tr("Year"), int(Period::Year));
    m_kind->setCurrentIndex(kind);
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, Metrics::label(*Metrics::measureFromKey(m_metric->itemData(i).toString())));
    fillPeriods();
    m_table->setHeaderLabels(
        {tr("Member or team"), tr("Target"), tr("From"), tr("Actual"), tr("Attainment"), tr("Status")});
    m_set->setText(tr("Set target…"));
    m_split->setText(tr("Split team target…"));
    m_hint->setText(tr("Double-click a row to set its target. A team's target is split among its reps "
                       "top-down; the sum of the reps' targets is the bottom-up figure."));
}

void TargetsPanel::fillPeriods()
{
    const QSignalBlocker blocker(m_period);
    const QString current = m_period->currentData().toString();
    m_period->clear();
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    const QDate today = QDate::currentDate();
    const Period now = Period::containing(kind, today);
    // Last year, this year and next: enough to plan ahead and to look back.
    Period p = Period::containing(kind, QDate(today.year() - 1, 1, 1));
    const QDate end(today.year() + 1, 12, 31);
    while (p.isValid() && p.from() <= end) {
        m_period->addItem(p.label(), p.key());
        p = p.shifted(1);
    }
    int index = m_period->findData(current);
    if (index < 0)
        index = m_period->findData(now.key());
    m_period->setCurrentIndex(std::max(0, index));
}

Measure TargetsPanel::measure() const
{
    return Metrics::measureFromKey(m_metric->currentData().toString()).value_or(Measure::Revenue);
}

Period TargetsPanel::period() const
{
    return Period::parse(m_period->currentData().toString()).value_or(Period());
}

void TargetsPanel::setMeasure(Measure measure)
{
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(Metrics::key(measure))));
}

void TargetsPanel::setPeriod(const Period &period)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(period.kind()))));
    m_period->setCurrentIndex(std::max(0, m_period->findData(period.key())));
}

QString TargetsPanel::bottomUpText() const
{
    return m_bottomUp->text();
}

QString TargetsPanel::valueText(qint64 value) const
{
    return Metrics::type(measure()) == analytics::ValueType::Fen ? Money::format(value)
                                                                 : QLocale().toString(value);
}

void TargetsPanel::load()
{
    m_table->clear();
    m_bottomUp->clear();
    const TeamSubject &s = subject();
    const bool editable = canEdit();
    m_set->setEnabled(editable && !s.isEmpty());
    m_split->setEnabled(editable && !s.isMember() && s.teamId);
    if (s.isEmpty())
        return;
    const Measure m = measure();
    const Period p = period();
    TargetPlanner planner(*session()->database(), session()->scope());
    analytics::MetricsEngine engine(*session()->database(), session()->scope());
    const auto addRow = [&](const QString &name, qint64 memberId, qint64 teamId, bool bold) {
        analytics::Filter filter;
        if (memberId)
            filter.members = {memberId};
        else
            filter.teamId = teamId;
        const QList<TargetRow> own = planner.list(p, memberId, teamId, m);
        bool hasOwn = false;
        for (const TargetRow &r : own)
            hasOwn = hasOwn || (r.period.key() == p.key() && r.memberId == memberId && r.teamId == teamId);
        const std::optional<qint64> effective = planner.effective(memberId, teamId, m, p);
        const analytics::Attainment a = engine.attainment(m, p, filter);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, name);
        item->setData(0, MemberIdRole, memberId);
        item->setData(0, TeamIdRole, teamId);
        // What attainment is measured against: the planner's target in force, else the engine's
        // (a team without its own target: the sum of its reps').
        const std::optional<qint64> target = effective       ? effective
                                             : a.hasTarget() ? std::optional(a.target)
                                                             : std::nullopt;
        item->setText(1, target ? valueText(*target) : tr("—"));
        item->setText(2, hasOwn      ? tr("own target")
                         : effective ? tr("sum of its months")
                         : target    ? tr("reps' sum")
                                     : QString());
        item->setText(3, a.actual.display());
        item->setText(4, a.hasTarget() ? a.attainment.display() : QString());
        item->setText(5, analytics::Attainment::statusLabel(a.status));
        const QColor color = KpiCardWidget::statusColor(a.status);
        if (color.isValid())
            item->setForeground(5, color);
        for (int column : {1, 3, 4})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        if (bold) {
            QFont f = item->font(0);
            f.setWeight(QFont::DemiBold);
            for (int c = 0; c < m_table->columnCount(); ++c)
                item->setFont(c, f);
        }
    };

    if (s.isMember()) {
        addRow(s.name, s.memberId, 0, false);
    } else {
        addRow(s.name, 0, s.teamId, true);
        for (const Member &member : s.members) {
            if (member.role == Role::Rep)
                addRow(member.name, member.id, 0, false);
        }
        const std::optional<qint64> sum = planner.bottomUp(s.teamId, m, p);
        const std::optional<qint64> own = planner.effective(0, s.teamId, m, p);
        QString text = tr("Sum of the reps' targets (bottom-up): %1").arg(sum ? valueText(*sum) : tr("none"));
        if (sum && own && *sum != *own)
            text += u"  ·  "_s + tr("%1 from the team's target")
                                     .arg((*sum > *own ? u"+"_s : QString()) + valueText(*sum - *own));
        m_bottomUp->setText(text);
    }
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
}

bool TargetsPanel::setTarget(int row, qint64 value, QString *error)
{
    const QTreeWidgetItem *item = m_table->topLevelItem(row);
    if (!item)
        return false;
    TargetPlanner planner(*session()->database(), session()->scope());
    TargetRow target;
    target.memberId = item->data(0, MemberIdRole).toLongLong();
    target.teamId = item->data(0, TeamIdRole).toLongLong();
    target.measure = measure();
    target.period = period();
    target.value = value;
    const SaveResult r = planner.set(target);
    if (!r.ok()) {
        if (error)
            *error = r.message();
        return false;
    }
    session()->notifyChanged(Session::Organisation);
    reload();
    return true;
}

SplitResult TargetsPanel::split(qint64 total, TargetPlanner::SplitMethod method, bool intoMonths,
                                const QHash<qint64, qint64> &weights, bool save)
{
    TargetPlanner planner(*session()->database(), session()->scope());
    const TeamSubject &s = subject();
    SplitResult r = intoMonths
                        ? planner.splitPeriod(s.memberId, s.isMember() ? 0 : s.teamId, measure(), period(),
                                              total, method, save)
                        : planner.splitTeam(s.teamId, measure(), period(), total, method, weights, save);
    if (save && r.ok()) {
        session()->notifyChanged(Session::Organisation);
        reload();
    }
    return r;
}

void TargetsPanel::editTarget()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !canEdit())
        return;
    const bool money = Metrics::type(measure()) == analytics::ValueType::Fen;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Set target"),
                              money ? tr("Target of %1 for %2, in yuan:").arg(item->text(0), period().label())
                                    : tr("Target of %1 for %2:").arg(item->text(0), period().label()),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const std::optional<qint64> value =
        money ? Money::parseYuan(text) : std::optional<qint64>(text.trimmed().toLongLong(&ok));
    QString error;
    if (!value || !ok || *value < 0)
        error = tr("\"%1\" is not a target value.").arg(text);
    else
        setTarget(m_table->indexOfTopLevelItem(item), *value, &error);
    if (!error.isEmpty())
        showProblem(error);
}

void TargetsPanel::openSplit()
{
    if (subject().isEmpty() || !canEdit())
        return;
    const bool money = Metrics::type(measure()) == analytics::ValueType::Fen;
    QDialog dialog(this);
    dialog.setObjectName(u"splitDialog"_s);
    dialog.setWindowTitle(tr("Split the target of %1 for %2").arg(subject().name, period().label()));
    auto *total = new QLineEdit(&dialog);
    total->setObjectName(u"splitTotal"_s);
    const std::optional<qint64> current = TargetPlanner(*session()->database(), session()->scope())
                                              .effective(0, subject().teamId, measure(), period());
    if (current)
        total->setText(money ? Money::format(*current, false) : QString::number(*current));
    auto *into = new QComboBox(&dialog);
    into->addItem(tr("among the reps"), false);
    if (period().kind() != Period::Month)
        into->addItem(tr("into months"), true);
    auto *method = new QComboBox(&dialog);
    auto *preview = new QTreeWidget(&dialog);
    preview->setObjectName(u"splitPreview"_s);
    preview->setRootIsDecorated(false);
    preview->setHeaderLabels({tr("Part"), tr("Weight"), tr("Target")});
    preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(money ? tr("Total (yuan):") : tr("Total:"), total);
    form->addRow(tr("Split:"), into);
    form->addRow(tr("Method:"), method);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(520, 460);

    QHash<qint64, qint64> weights;
    const auto fillMethods = [&] {
        const QSignalBlocker b(method);
        method->clear();
        method->addItem(tr("Evenly"), int(TargetPlanner::SplitMethod::Even));
        if (into->currentData().toBool()) {
            method->addItem(tr("By last year's seasonality"), int(TargetPlanner::SplitMethod::Seasonal));
        } else {
            method->addItem(tr("By weights"), int(TargetPlanner::SplitMethod::Weights));
            method->addItem(tr("By last year's share"), int(TargetPlanner::SplitMethod::LastYear));
        }
    };
    const auto totalValue = [&]() -> std::optional<qint64> {
        bool ok = true;
        const std::optional<qint64> v = money
                                            ? Money::parseYuan(total->text())
                                            : std::optional<qint64>(total->text().trimmed().toLongLong(&ok));
        return ok && v && *v >= 0 ? v : std::nullopt;
    };
    const auto update = [&] {
        preview->clear();
        const std::optional<qint64> t = totalValue();
        if (!t) {
            problem->setText(tr("Enter the total to split."));
            buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            return;
        }
        const auto m = TargetPlanner::SplitMethod(method->currentData().toInt());
        const SplitResult r = split(*t, m, into->currentData().toBool(), weights, false);
        problem->setText(r.error);
        buttons->button(QDialogButtonBox::Save)->setEnabled(r.ok());
        const QSignalBlocker b(preview);
        for (const performance::SplitPart &part : r.parts) {
            auto *item = new QTreeWidgetItem(preview);
            item->setText(0, part.name.isEmpty() ? part.code : part.name);
            item->setText(1, QString::number(part.weight));
            item->setText(2, valueText(part.value));
            item->setData(0, Qt::UserRole, part.memberId);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            if (m == TargetPlanner::SplitMethod::Weights)
                item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    };
    fillMethods();
    // Weights start even so that "by weights" shows a split before any is typed.
    for (const Member &member : subject().members)
        weights.insert(member.id, 1);
    update();
    connect(total, &QLineEdit::textChanged, &dialog, update);
    connect(into, &QComboBox::currentIndexChanged, &dialog, [&] {
        fillMethods();
        update();
    });
    connect(method, &QComboBox::currentIndexChanged, &dialog, update);
    connect(preview, &QTreeWidget::itemChanged, &dialog, [&](QTreeWidgetItem *item, int column) {
        if (column != 1)
            return;
        weights.insert(item->data(0, Qt::UserRole).toLongLong(), std::max(0LL, item->text(1).toLongLong()));
        update();
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SplitResult r = split(*totalValue(), TargetPlanner::SplitMethod(method->currentData().toInt()),
                                into->currentData().toBool(), weights, true);
    if (!r.ok())
        showProblem(r.error);
}

} // namespace frontline
