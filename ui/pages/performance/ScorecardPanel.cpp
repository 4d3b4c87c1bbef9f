#include "ScorecardPanel.h"

#include "domain/Vocabulary.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace performance;

namespace {

enum Column
{
    IndicatorColumn,
    WeightColumn,
    DirectionColumn,
    RuleColumn,
    TargetColumn,
    CapColumn,
    ColumnCount
};

QStandardItem *readOnly(const QString &text)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

} // namespace

ScorecardPanel::ScorecardPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_role = new QComboBox(this);
    m_role->setObjectName(u"scorecardRole"_s);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_total = new QLabel(this);
    m_total->setObjectName(u"scorecardTotal"_s);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"scorecardProblems"_s);
    m_problems->setWordWrap(true);
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, QColor(0xdc, 0x26, 0x26));
    m_problems->setPalette(p);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveScorecard"_s);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"scorecardTable"_s);
    m_view->setModel(m_model);
    tables::setUp(m_view);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_role);
    bar->addWidget(m_total, 1);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problems);

    connect(m_role, &QComboBox::activated, this, &ScorecardPanel::showCard);
    connect(m_save, &QPushButton::clicked, this, &ScorecardPanel::save);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            updateTotal();
    });
    retranslateUi();
}

void ScorecardPanel::retranslateUi()
{
    m_save->setText(tr("Save scorecard"));
    m_model->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Weight (%)"), tr("Better when"), tr("Rule"), tr("Target"), tr("Cap (%)")});
}

void ScorecardPanel::reload()
{
    const QVariant keep = m_role->currentData();
    m_cards.clear();
    m_role->clear();
    if (session()->isOpen())
        m_cards = session()->repository<Scorecards>().all();
    for (const Scorecard &c : std::as_const(m_cards))
        m_role->addItem(u"%1 · %2"_s.arg(Vocabulary::label(Vocabulary::Role, roleKey(c.role)), c.name),
                        roleKey(c.role));
    m_role->setCurrentIndex(std::max(0, m_role->findData(keep)));
    const bool admin = session()->isOpen() && session()->scope().role() == Role::Admin;
    m_save->setVisible(admin);
    m_view->setEditTriggers(admin ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                        QAbstractItemView::AnyKeyPressed
                                  : QAbstractItemView::NoEditTriggers);
    showCard();
}

void ScorecardPanel::showCard()
{
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    m_problems->clear();
    const int index = m_role->currentIndex();
    const bool admin = session()->isOpen() && session()->scope().role() == Role::Admin;
    if (index >= 0 && index < m_cards.size()) {
        for (const Indicator &i : m_cards.at(index).indicators) {
            auto *weight = new QStandardItem;
            weight->setData(i.weight, Qt::EditRole);
            weight->setEditable(admin);
            weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *direction = new QStandardItem;
            direction->setData(i.direction == Direction::HigherBetter ? tr("Higher") : tr("Lower"),
                               Qt::DisplayRole);
            direction->setEditable(false);
            QString rule;
            if (i.rule == ScoreRule::Linear) {
                rule = tr("Linear to target");
            } else {
                QStringList steps;
                for (const Step &s : i.steps)
                    steps << tr("≥%1 → %2").arg(Scoring::percentText(s.thresholdBp)).arg(s.points);
                rule = tr("Steps: %1").arg(steps.join(u", "_s));
            }
            const QString target = i.targetSource == TargetSource::Fixed
                                       ? Scoring::targetText(i.measure, i.fixedTarget)
                                       : tr("The member's target");
            auto *cap = new QStandardItem;
            cap->setData(double(i.capBp) / 100.0, Qt::EditRole);
            cap->setEditable(admin && i.rule == ScoreRule::Linear);
            cap->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cap->setToolTip(tr("The most an indicator scores, in percent of its target"));
            m_model->appendRow(
                {readOnly(i.label()), weight, direction, readOnly(rule), readOnly(target), cap});
        }
    }
    tables::fitToContents(
        m_view, {IndicatorColumn, WeightColumn, DirectionColumn, RuleColumn, TargetColumn, CapColumn});
    m_filling = false;
    updateTotal();
}

void ScorecardPanel::updateTotal()
{
    int total = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        total += m_model->item(row, WeightColumn)->data(Qt::EditRole).toInt();
    m_total->setText(total == 100 ? tr("Weights add up to 100%.")
                                  : tr("Weights add up to %1%; they must add up to 100%.").arg(total));
}

bool ScorecardPanel::save()
{
    const int index = m_role->currentIndex();
    if (index < 0 || index >= m_cards.size())
        return false;
    Scorecard card = m_cards.at(index);
    for (int row = 0; row < m_model->rowCount() && row < card.indicators.size(); ++row) {
        card.indicators[row].weight = m_model->item(row, WeightColumn)->data(Qt::EditRole).toInt();
        card.indicators[row].capBp =
            qRound64(m_model->item(row, CapColumn)->data(Qt::EditRole).toDouble() * 100);
    }
    Scorecards scorecards = session()->repository<Scorecards>();
    const SaveResult saved = scorecards.save(card);
    if (!saved.ok()) {
        QStringList problems;
        for (const FieldError &e : saved.fieldErrors)
            problems << e.message;
        if (!saved.error.isEmpty())
            problems << saved.error;
        m_problems->setText(problems.join(u'\n'));
        return false;
    }
    Q_EMIT message(tr("Scorecard \"%1\" saved.").arg(card.name));
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace frontline
