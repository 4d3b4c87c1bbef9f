#include "StageColumn.h"

#include "OpportunityCardDelegate.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "models/StageCardsModel.h"
#include "repositories/OpportunityRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
// The coloured bar on top of a column.
class AccentBar : public QWidget
{
public:
    AccentBar(const QColor &color, QWidget *parent) : QWidget(parent), m_color(color) { setFixedHeight(4); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawRoundedRect(rect(), 2, 2);
    }

private:
    QColor m_color;
};
} // namespace

QColor StageColumn::accent(const QString &stageKey)
{
    if (stageKey == u"lead"_s)
        return QColor(0x8a, 0x94, 0xa6);
    if (stageKey == u"qualified"_s)
        return QColor(0x1f, 0x6f, 0xd8);
    if (stageKey == u"proposal"_s)
        return QColor(0x7b, 0x4f, 0xd6);
    if (stageKey == u"negotiation"_s)
        return QColor(0xe0, 0x8a, 0x00);
    if (stageKey == u"won"_s)
        return QColor(0x2e, 0x9d, 0x4f);
    if (stageKey == u"lost"_s)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x60, 0x60, 0x60);
}

StageColumn::StageColumn(const PipelineStage &stage, QWidget *parent) : QFrame(parent)
{
    setObjectName(stage.key + u"Column"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette own = palette();
    own.setColor(QPalette::Window, own.color(QPalette::AlternateBase));
    setPalette(own);
    setMinimumWidth(150);

    m_model = new StageCardsModel(stage, this);
    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_amount = new QLabel(this);
    m_amount->setObjectName(u"amountLabel"_s);
    m_amount->setFont(nameFont);
    m_weighted = new QLabel(this);
    m_weighted->setObjectName(u"weightedLabel"_s);
    m_weighted->setForegroundRole(QPalette::PlaceholderText);
    QFont smaller = m_weighted->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    m_weighted->setFont(smaller);

    m_view = new QListView(this);
    m_view->setObjectName(stage.key + u"Cards"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OpportunityCardDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QPalette viewPalette = m_view->palette();
    viewPalette.setColor(QPalette::Base, own.color(QPalette::AlternateBase));
    m_view->setPalette(viewPalette);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_name);
    titleRow->addStretch();
    titleRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(new AccentBar(accent(stage.key), this));
    layout->addSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_amount);
    layout->addWidget(m_weighted);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

const PipelineStage &StageColumn::stage() const
{
    return m_model->stage();
}

void StageColumn::setOpportunities(const QList<Opportunity> &opportunities)
{
    m_model->setOpportunities(opportunities);
}

void StageColumn::setTotal(const StageTotal &total)
{
    m_amountFen = total.amountFen;
    m_weightedFen = total.weightedFen;
    m_count->setText(QLocale().toString(total.count));
    retranslateUi();
}

void StageColumn::retranslateUi()
{
    const PipelineStage &s = stage();
    m_name->setText(Vocabulary::label(Vocabulary::Stage, s.key));
    m_name->setToolTip(
        tr("%1: %2% likely to close").arg(Vocabulary::label(Vocabulary::Stage, s.key)).arg(s.probability));
    m_amount->setText(Money::format(m_amountFen));
    m_amount->setToolTip(tr("The total of the opportunities in this stage"));
    m_weighted->setText(tr("Weighted %1").arg(Money::format(m_weightedFen)));
    m_weighted->setToolTip(tr("Each amount times its probability"));
}

} // namespace frontline
