#include "ScorecardPanel.h"

#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace performance;
using analytics::Measure;
using analytics::Metrics;

namespace {

// "80" for 8000 bp: a percentage as typed in the thresholds column.
QString percentNumber(qint64 bp)
{
    return Scoring::percentText(bp).chopped(1);
}

QString thresholdsText(const QList<Step> &steps)
{
    QStringList parts;
    for (const Step &s : steps)
        parts << u"%1:%2"_s.arg(percentNumber(s.thresholdBp)).arg(s.points);
    return parts.join(u", "_s);
}

// "80:60, 100:100" → steps (in the order typed: core checks that they ascend); nullopt when a
// part is not PERCENT:POINTS.
std::optional<QList<Step>> parseThresholds(const QString &text)
{
    QList<Step> steps;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(u':');
        bool ok = false;
        const std::optional<qint64> threshold = Scoring::parsePercent(pair.value(0));
        const qint64 points = pair.value(1).trimmed().toLongLong(&ok);
        if (pair.size() != 2 || !threshold || !ok)
            return std::nullopt;
        steps << Step{*threshold, points};
    }
    return steps;
}

QString directionLabel(const QString &key)
{
    return key == u"lower"_s ? ScorecardPanel::tr("Lower is better") : ScorecardPanel::tr("Higher is better");
}

QString ruleLabel(const QString &key)
{
    return key == u"steps"_s ? ScorecardPanel::tr("Thresholds") : ScorecardPanel::tr("Linear to target");
}

QString metricLabel(const QString &key)
{
    const std::optional<Measure> m = Metrics::measureFromKey(key);
    return m ? Metrics::label(*m) : key;
}

// Paints the keys the model holds as words, and edits the metric, direction and rule with a
// list to choose from (the engine's metrics; higher or lower; linear or thresholds).
class ScorecardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QList<QPair<QString, QString>> choices(int column) // key, label
    {
        QList<QPair<QString, QString>> list;
        switch (column) {
        case ScorecardPanel::IndicatorColumn:
            for (const Measure m : Metrics::measures())
                list << qMakePair(Metrics::key(m), Metrics::label(m));
            break;
        case ScorecardPanel::DirectionColumn:
            for (const QString &k : {u"higher"_s, u"lower"_s})
                list << qMakePair(k, directionLabel(k));
            break;
        case ScorecardPanel::RuleColumn:
            for (const QString &k : {u"linear"_s, u"steps"_s})
                list << qMakePair(k, ruleLabel(k));
            break;
        default:
            break;
        }
        return list;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const QList<QPair<QString, QString>> list = choices(index.column());
        if (list.isEmpty()) {
            QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                if (index.column() == ScorecardPanel::TargetColumn)
                    line->setPlaceholderText(ScorecardPanel::tr("The member's target"));
                if (index.column() == ScorecardPanel::ThresholdsColumn)
                    line->setPlaceholderText(ScorecardPanel::tr("80:60, 100:100"));
            }
            return editor;
        }
        auto *combo = new QComboBox(parent);
        for (const auto &[key, label] : list)
            combo->addItem(label, key);
        // A choice is made when it is picked: no need to leave the cell.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ScorecardDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString value = index.data(Qt::EditRole).toString();
        const bool steps =
            index.siblingAtColumn(ScorecardPanel::RuleColumn).data(Qt::EditRole).toString() == u"steps"_s;
        QColor dim = option->palette.color(QPalette::Text);
        dim.setAlpha(120);
        switch (index.column()) {
        case ScorecardPanel::IndicatorColumn:
            option->text = metricLabel(value);
            break;
        case ScorecardPanel::WeightColumn:
            option->text = u"%1%"_s.arg(index.data(Qt::EditRole).toInt());
            break;
        case ScorecardPanel::DirectionColumn:
            option->text = directionLabel(value);
            break;
        case ScorecardPanel::RuleColumn:
            option->text = ruleLabel(value);
            break;
        case ScorecardPanel::TargetColumn:
            if (value.trimmed().isEmpty()) {
                option->text = ScorecardPanel::tr("The member's target");
                option->palette.setColor(QPalette::Text, dim);
            }
            break;
        case ScorecardPanel::CapColumn:
            option->text =
                steps ? u"—"_s : Scoring::percentText(qRound64(index.data(Qt::EditRole).toDouble() * 100));
            break;
        case ScorecardPanel::ThresholdsColumn:
            if (!steps) {
                option->text = u"—"_s;
            } else if (const std::optional<QList<Step>> parsed = parseThresholds(value);
                       parsed && !parsed->isEmpty()) {
                QStringList parts;
                for (const Step &s : *parsed)
                    parts << ScorecardPanel::tr("≥%1 → %2")
                                 .arg(Scoring::percentText(s.thresholdBp))
                                 .arg(s.points);
                option->text = parts.join(u" · "_s);
            }
            break;
        default:
            break;
        }
    }
};

} // namespace

ScorecardPanel::ScorecardPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_role = new QComboBox(this);
    m_role->setObjectName(u"scorecardRole"_s);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"scorecardName"_s);
    m_name->setMaximumWidth(260);
    m_total = new QLabel(this);
    m_total->setObjectName(u"scorecardTotal"_s);
    m_fallback = new QLabel(this);
    m_fallback->setObjectName(u"scorecardFallback"_s);
    m_fallback->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"scorecardProblems"_s);
    m_problems->setWordWrap(true);
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
    m_problems->setPalette(p);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addIndicator"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"removeIndicator"_s);
    m_removeCard = new QPushButton(this);
    m_removeCard->setObjectName(u"removeScorecard"_s);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveScorecard"_s);
    m_save->setDefault(true);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"scorecardTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);
    m_view->setItemDelegate(new ScorecardDelegate(m_view));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_role);
    bar->addWidget(m_name, 1);
    bar->addStretch();
    bar->addWidget(m_removeCard);
    bar->addWidget(m_save);
    auto *rows = new QHBoxLayout;
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    rows->addSpacing(12);
    rows->addWidget(m_total, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_fallback);
    layout->addLayout(rows);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problems);

    connect(m_role, &QComboBox::activated, this, &ScorecardPanel::showCard);
    connect(m_save, &QPushButton::clicked, this, &ScorecardPanel::save);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addIndicator();
        m_view->setCurrentIndex(m_model->index(row, IndicatorColumn));
        m_view->edit(m_model->index(row, IndicatorColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            removeIndicator(m_view->currentIndex().row());
    });
    connect(m_removeCard, &QPushButton::clicked, this, &ScorecardPanel::removeCard);
    connect(m_name, &QLineEdit::textEdited, this, &ScorecardPanel::updateTotal);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_filling)
            return;
        if (item->column() == RuleColumn)
            updateRow(item->row());
        updateTotal();
    });
    retranslateUi();
}

void ScorecardPanel::retranslateUi()
{
    m_save->setText(tr("Save scorecard"));
    m_add->setText(tr("Add indicator"));
    m_remove->setText(tr("Remove indicator"));
    m_removeCard->setText(tr("Remove card"));
    m_name->setPlaceholderText(tr("Name of the card"));
    m_model->setHorizontalHeaderLabels({tr("Indicator"), tr("Weight"), tr("Better when"), tr("Rule"),
                                        tr("Target"), tr("Cap"), tr("Thresholds (% of target : points)")});
    m_model->horizontalHeaderItem(CapColumn)->setToolTip(
        tr("The most a linear indicator scores, in percent of its target (at least 100%)"));
    m_model->horizontalHeaderItem(ThresholdsColumn)
        ->setToolTip(tr("The points of the highest threshold reached, e.g. 80:60, 100:100, 120:120"));
    m_model->horizontalHeaderItem(TargetColumn)
        ->setToolTip(tr("A fixed target in the metric's unit (¥1,000.00, 80%, 4.5); empty: each member's own "
                        "target"));
    if (session()->isOpen() && m_role->count() > 0)
        reload(); // the role names and the words of the rows
}

bool ScorecardPanel::isAdmin() const
{
    return session()->isOpen() && session()->scope().role() == Role::Admin;
}

QString ScorecardPanel::key() const
{
    return m_role->currentData().toString();
}

void ScorecardPanel::setKey(const QString &key)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(key)));
    showCard();
}

void ScorecardPanel::reload()
{
    const QString keep = m_role->currentData().toString();
    m_cards.clear();
    m_role->clear();
    if (session()->isOpen())
        m_cards = session()->repository<Scorecards>().all();
    const bool admin = isAdmin();
    // Administrators see every role and position (to write a card for one); the others the cards.
    for (const QString &k : Scorecards::keys()) {
        const auto card =
            std::find_if(m_cards.cbegin(), m_cards.cend(), [&](const Scorecard &c) { return c.key() == k; });
        // The card's own name when it says more than the role (the schema's rep card is named
        // "Sales rep" in English: in Chinese the role's word says it).
        const bool named = card != m_cards.cend() && card->name != Scorecards::keyLabel(k) &&
                           !(k == u"rep"_s && card->name == u"Sales rep"_s);
        if (named)
            m_role->addItem(u"%1 · %2"_s.arg(Scorecards::keyLabel(k), card->name), k);
        else if (card != m_cards.cend())
            m_role->addItem(Scorecards::keyLabel(k), k);
        else if (admin)
            m_role->addItem(tr("%1 · no card").arg(Scorecards::keyLabel(k)), k);
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(keep)));
    m_view->setEditTriggers(admin ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                  : QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(admin ? QAbstractItemView::SelectItems : QAbstractItemView::SelectRows);
    for (QWidget *w : std::initializer_list<QWidget *>{m_save, m_add, m_remove, m_removeCard})
        w->setVisible(admin);
    m_name->setReadOnly(!admin);
    showCard();
}

void ScorecardPanel::showCard()
{
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    m_problems->clear();
    const QString k = key();
    const auto it =
        std::find_if(m_cards.cbegin(), m_cards.cend(), [&](const Scorecard &c) { return c.key() == k; });
    const bool exists = it != m_cards.cend();
    m_name->setText(exists ? it->name : Scorecards::keyLabel(k));
    if (exists) {
        for (const Indicator &i : it->indicators)
            appendRow(i);
        m_fallback->clear();
    } else if (!k.isEmpty()) {
        // Who this key's members are scored with until it has a card of its own.
        const std::optional<Role> role = Scorecards::roleOfKey(k);
        const Scorecard *used = role ? Scorecards::resolve(m_cards, *role, QString()) : nullptr;
        m_fallback->setText(
            used ? tr("No card of its own: its members are scored with the card of %1. Add indicators and "
                      "save to give it one.")
                       .arg(Scorecards::keyLabel(used->key()))
                 : tr("No card: members of this role are not evaluated. Add indicators and save "
                      "to evaluate them."));
    }
    m_fallback->setVisible(!m_fallback->text().isEmpty());
    m_removeCard->setEnabled(exists && k != roleKey(Role::Rep));
    // Widths for every choice a cell can hold, not just the rows shown (rows are added here).
    QStringList metrics;
    for (const Measure m : Metrics::measures())
        metrics << Metrics::label(m);
    tables::fitColumn(m_view, IndicatorColumn, metrics);
    tables::fitColumn(m_view, WeightColumn, {u"100%"_s});
    tables::fitColumn(m_view, DirectionColumn, {directionLabel(u"higher"_s), directionLabel(u"lower"_s)});
    tables::fitColumn(m_view, RuleColumn, {ruleLabel(u"linear"_s), ruleLabel(u"steps"_s)});
    tables::fitColumn(m_view, TargetColumn, {tr("The member's target"), u"¥100,000.00"_s});
    tables::fitColumn(m_view, CapColumn, {u"1000%"_s});
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_filling = false;
    updateTotal();
}

void ScorecardPanel::appendRow(const Indicator &i)
{
    const bool admin = isAdmin();
    const auto item = [admin](const QVariant &value) {
        auto *it = new QStandardItem;
        it->setData(value, Qt::EditRole);
        it->setEditable(admin);
        return it;
    };
    QStandardItem *weight = item(i.weight);
    weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QStandardItem *cap = item(double(i.capBp) / 100.0);
    cap->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_model->appendRow(
        {item(Metrics::key(i.measure)), weight, item(Scoring::directionKey(i.direction)),
         item(Scoring::ruleKey(i.rule)),
         item(i.targetSource == TargetSource::Fixed ? Scoring::targetText(i.measure, i.fixedTarget)
                                                    : QString()),
         cap, item(thresholdsText(i.steps))});
    updateRow(m_model->rowCount() - 1);
}

void ScorecardPanel::updateRow(int row)
{
    const bool admin = isAdmin();
    const bool steps = m_model->item(row, RuleColumn)->data(Qt::EditRole).toString() == u"steps"_s;
    const bool filling = m_filling;
    m_filling = true;
    m_model->item(row, CapColumn)->setEditable(admin && !steps);
    m_model->item(row, ThresholdsColumn)->setEditable(admin && steps);
    if (steps && m_model->item(row, ThresholdsColumn)->data(Qt::EditRole).toString().trimmed().isEmpty())
        m_model->item(row, ThresholdsColumn)->setData(u"80:60, 100:100, 120:120"_s, Qt::EditRole);
    m_filling = filling;
}

int ScorecardPanel::addIndicator()
{
    Indicator i;
    i.weight = 0;
    QSet<QString> used;
    for (int row = 0; row < m_model->rowCount(); ++row)
        used.insert(m_model->item(row, IndicatorColumn)->data(Qt::EditRole).toString());
    for (const Measure m : Metrics::measures()) {
        if (!used.contains(Metrics::key(m))) {
            i.measure = m;
            break;
        }
    }
    m_filling = true;
    appendRow(i);
    m_filling = false;
    updateTotal();
    return m_model->rowCount() - 1;
}

void ScorecardPanel::removeIndicator(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_model->removeRow(row);
    updateTotal();
}

Scorecard ScorecardPanel::edited(QStringList *problems) const
{
    const QString k = key();
    Scorecard card = Scorecards::forKeyTemplate(k);
    for (const Scorecard &c : m_cards) {
        if (c.key() == k)
            card = c;
    }
    card.name = m_name->text().trimmed();
    card.indicators.clear();
    QStringList unread;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto value = [&](int column) { return m_model->item(row, column)->data(Qt::EditRole); };
        Indicator i;
        i.position = row + 1;
        i.measure = Metrics::measureFromKey(value(IndicatorColumn).toString()).value_or(Measure::Revenue);
        i.weight = value(WeightColumn).toInt();
        i.direction =
            Scoring::directionFromKey(value(DirectionColumn).toString()).value_or(Direction::HigherBetter);
        i.rule = Scoring::ruleFromKey(value(RuleColumn).toString()).value_or(ScoreRule::Linear);
        i.capBp = qRound64(value(CapColumn).toDouble() * 100);
        const QString which = tr("Indicator %1 (%2)").arg(row + 1).arg(Metrics::label(i.measure));
        const QString target = value(TargetColumn).toString().trimmed();
        if (!target.isEmpty()) {
            i.targetSource = TargetSource::Fixed;
            if (const std::optional<qint64> t = Scoring::parseTarget(i.measure, target))
                i.fixedTarget = *t;
            else
                unread << tr("%1: \"%2\" is not a target (e.g. ¥1,000.00, 80%, 4.5).").arg(which, target);
        }
        if (i.rule == ScoreRule::Steps) {
            if (const std::optional<QList<Step>> steps = parseThresholds(value(ThresholdsColumn).toString()))
                i.steps = *steps;
            else
                unread << tr("%1: write the thresholds as percent:points, e.g. 80:60, 100:100.").arg(which);
        }
        card.indicators << i;
    }
    if (problems) {
        *problems = unread;
        for (const FieldError &e : Scorecards::validate(card))
            *problems << e.message;
    }
    return card;
}

void ScorecardPanel::updateTotal()
{
    int total = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        total += m_model->item(row, WeightColumn)->data(Qt::EditRole).toInt();
    m_total->setText(total == 100 ? tr("Weights add up to 100%.")
                                  : tr("Weights add up to %1%; they must add up to 100%.").arg(total));
    QPalette p = m_total->palette();
    p.setColor(QPalette::WindowText,
               total == 100 ? palette().color(QPalette::WindowText) : QColor(0xdc, 0x26, 0x26));
    m_total->setPalette(p);
    // Live, while an administrator edits: what core would refuse.
    if (isAdmin() && m_model->rowCount() > 0) {
        QStringList problems;
        edited(&problems);
        m_problems->setText(problems.join(u'\n'));
    } else {
        m_problems->clear();
    }
    m_save->setEnabled(m_model->rowCount() > 0);
}

bool ScorecardPanel::save()
{
    if (key().isEmpty())
        return false;
    QStringList problems;
    const Scorecard card = edited(&problems);
    if (problems.isEmpty()) {
        Scorecards scorecards = session()->repository<Scorecards>();
        const SaveResult saved = scorecards.save(card);
        for (const FieldError &e : saved.fieldErrors)
            problems << e.message;
        if (!saved.ok() && !saved.error.isEmpty())
            problems << saved.error;
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        return false;
    }
    Q_EMIT message(tr("Scorecard \"%1\" saved.").arg(card.name));
    reload();
    Q_EMIT changed();
    return true;
}

bool ScorecardPanel::removeCard()
{
    const QString k = key();
    const auto it =
        std::find_if(m_cards.cbegin(), m_cards.cend(), [&](const Scorecard &c) { return c.key() == k; });
    if (it == m_cards.cend())
        return false;
    const QString name = it->name;
    if (QMessageBox::question(
            this, tr("Remove card"),
            tr("Remove the scorecard \"%1\"? Its members are then scored with their role's card; "
               "published evaluations keep the scores they froze.")
                .arg(name)) != QMessageBox::Yes)
        return false;
    Scorecards scorecards = session()->repository<Scorecards>();
    if (!scorecards.remove(k)) {
        m_problems->setText(scorecards.lastError());
        return false;
    }
    Q_EMIT message(tr("Scorecard \"%1\" removed.").arg(name));
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace frontline
