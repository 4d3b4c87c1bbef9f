#include "RankingPanel.h"

#include "Format.h"
#include "RankingDelegate.h"
#include "RankingModel.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;
using performance::Rankings;

namespace {

void setUpRankingView(QTableView *view, RankingModel *model, QObject *owner)
{
    view->setModel(model);
    view->setItemDelegate(new RankingDelegate(owner));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(RankingModel::ValueColumn, QHeaderView::Stretch);
}

void sizeRows(QTableView *view)
{
    const int h = view->fontMetrics().height();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(int(h * 2.2));
    view->setColumnWidth(RankingModel::RankColumn, int(h * 4));
    view->setColumnWidth(RankingModel::MemberColumn, int(h * 9));
    view->setColumnWidth(RankingModel::TeamColumn, int(h * 9));
    view->setColumnWidth(RankingModel::MovementColumn, int(h * 5));
}

// The podium of the presentation: the first three rows on steps (second, first, third from the
// left), each with its medal, name and figure.
class Podium : public QWidget
{
public:
    Podium(RankingModel *model, QWidget *parent) : QWidget(parent), m_model(model)
    {
        setObjectName(u"presentationPodium"_s);
        setMinimumHeight(200);
        connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int shown = std::min(3, m_model->rowCount());
        const qreal w = width() / 3.0;
        const qreal stepUnit = height() * 0.18;
        // Places from the left: second, first, third.
        const int order[3] = {1, 0, 2};
        for (int slot = 0; slot < 3; ++slot) {
            const int row = order[slot];
            if (row >= shown)
                continue;
            const performance::RankingRow *r = m_model->row(row);
            // Tied places stand on steps of the same height.
            const qreal stepHeight = stepUnit * (r->rank == 1 ? 2.0 : r->rank == 2 ? 1.4 : 1.0);
            const QRectF step(slot * w + w * 0.08, height() - stepHeight, w * 0.84, stepHeight);
            QColor stepColor = RankingDelegate::medalColors(r->medal).second;
            if (!stepColor.isValid())
                stepColor = QColor(0x33, 0x41, 0x55);
            stepColor.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(stepColor);
            p.drawRoundedRect(step, 8, 8);
            QFont f = font();
            f.setBold(true);
            f.setPixelSize(std::max(14, int(height() * 0.11)));
            p.setFont(f);
            p.setPen(QColor(0xf8, 0xfa, 0xfc));
            p.drawText(step, Qt::AlignCenter, r->valueText());
            // Medal and name above the step.
            const qreal medal = std::min(w * 0.3, height() - stepHeight - stepUnit * 0.9);
            const QRectF medalRect(step.center().x() - medal / 2, step.top() - stepUnit * 0.7 - medal, medal,
                                   medal);
            if (!r->medal.isEmpty())
                RankingDelegate::paintMedal(&p, medalRect, r->medal, QString::number(r->rank));
            f.setPixelSize(std::max(14, int(height() * 0.09)));
            p.setFont(f);
            p.setPen(QColor(0xf8, 0xfa, 0xfc));
            p.drawText(QRectF(step.left(), step.top() - stepUnit * 0.7, step.width(), stepUnit * 0.65),
                       Qt::AlignCenter, r->name);
        }
    }

private:
    RankingModel *m_model;
};

// The presentation: the ranking on a dark stage in large type, Esc or a click on ✕ to leave.
class PresentationView : public QWidget
{
public:
    PresentationView(RankingModel *model, const QString &title, QWidget *parent)
        : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    {
        setObjectName(u"rankingPresentation"_s);
        setAttribute(Qt::WA_DeleteOnClose);
        QPalette p = palette();
        p.setColor(QPalette::Window, QColor(0x0f, 0x17, 0x2a));
        p.setColor(QPalette::Base, QColor(0x0f, 0x17, 0x2a));
        p.setColor(QPalette::AlternateBase, QColor(0x16, 0x21, 0x3a));
        p.setColor(QPalette::Text, QColor(0xf8, 0xfa, 0xfc));
        p.setColor(QPalette::WindowText, QColor(0xf8, 0xfa, 0xfc));
        p.setColor(QPalette::Button, QColor(0x1e, 0x29, 0x3b));
        p.setColor(QPalette::ButtonText, QColor(0xf8, 0xfa, 0xfc));
        p.setColor(QPalette::Highlight, QColor(0x1e, 0x3a, 0x8a));
        p.setColor(QPalette::HighlightedText, Qt::white);
        setPalette(p);
        setAutoFillBackground(true);

        auto *heading = new QLabel(title, this);
        heading->setObjectName(u"presentationTitle"_s);
        QFont hf = heading->font();
        hf.setPointSizeF(hf.pointSizeF() * 2.6);
        hf.setBold(true);
        heading->setFont(hf);
        auto *close = new QPushButton(RankingPanel::tr("Close (Esc)"), this);
        close->setFlat(true);
        connect(close, &QPushButton::clicked, this, &QWidget::close);

        m_view = new QTableView(this);
        m_view->setObjectName(u"presentationTable"_s);
        setUpRankingView(m_view, model, this);
        m_view->setFrameShape(QFrame::NoFrame);
        m_view->setFocusPolicy(Qt::NoFocus);
        m_view->setSelectionMode(QAbstractItemView::NoSelection);
        m_view->setPalette(p);
        QFont f = m_view->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        m_view->setFont(f);
        QFont hdr = m_view->horizontalHeader()->font();
        hdr.setPointSizeF(hdr.pointSizeF() * 1.4);
        m_view->horizontalHeader()->setFont(hdr);
        sizeRows(m_view);

        auto *podium = new Podium(model, this);

        auto *top = new QHBoxLayout;
        top->addWidget(heading, 1);
        top->addWidget(close, 0, Qt::AlignTop);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(48, 32, 48, 32);
        layout->setSpacing(20);
        layout->addLayout(top);
        layout->addWidget(podium, 2);
        layout->addWidget(m_view, 5);
    }

protected:
    // On the projector every row should show: the rows share the height, within readable limits.
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        fitRows();
    }
    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        fitRows();
    }
    void fitRows()
    {
        const int rows = m_view->model()->rowCount();
        if (!rows)
            return;
        const int h = m_view->fontMetrics().height();
        const int available = m_view->viewport()->height();
        m_view->verticalHeader()->setDefaultSectionSize(
            std::clamp(available / rows, int(h * 1.4), int(h * 2.4)));
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            close();
            return;
        }
        QWidget::keyPressEvent(event);
    }

private:
    QTableView *m_view;
};

} // namespace

RankingPanel::RankingPanel(Session *session, QWidget *parent) : PerformancePanel(session, parent)
{
    m_by = new QComboBox(this);
    m_by->setObjectName(u"rankingBy"_s);
    m_by->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_note = new QLabel(this);
    m_note->setObjectName(u"rankingNote"_s);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_present = new QPushButton(this);
    m_present->setObjectName(u"presentButton"_s);
    m_model = new RankingModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"rankingTable"_s);
    setUpRankingView(m_view, m_model, this);
    QFont f = m_view->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_view->setFont(f);
    sizeRows(m_view);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_by);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_present);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_by, &QComboBox::activated, this, &RankingPanel::reload);
    connect(m_present, &QPushButton::clicked, this, [this] { present(); });
    retranslateUi();
}

void RankingPanel::fillIndicators()
{
    const QString current = by().isEmpty() ? u"score"_s : by();
    m_by->clear();
    m_by->addItem(tr("Composite score"), u"score"_s);
    for (const Measure m : Metrics::measures())
        m_by->addItem(Metrics::label(m), Metrics::key(m));
    m_by->setCurrentIndex(std::max(0, m_by->findData(current)));
}

QString RankingPanel::by() const
{
    return m_by->currentData().toString();
}

void RankingPanel::setBy(const QString &key)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(key)));
    reload();
}

void RankingPanel::retranslateUi()
{
    m_present->setText(tr("Present"));
    m_present->setToolTip(tr("Show the ranking full screen in large type, for a projector (Esc to leave)."));
    fillIndicators();
}

QString RankingPanel::title() const
{
    //: The presentation's title: %1 the period, %2 what is ranked
    return tr("Ranking · %1 · %2").arg(period().label(), m_by->currentText());
}

void RankingPanel::reload()
{
    if (!session()->isOpen() || !period().isValid()) {
        m_model->setRanking({});
        return;
    }
    Rankings rankings(*session()->database(), session()->scope());
    const performance::Ranking ranking = rankings.rank(by(), period(), teamId());
    m_model->setRanking(ranking);
    if (!ranking.ok()) {
        m_note->setText(ranking.error);
        return;
    }
    if (ranking.evaluation) {
        const QString previous = ranking.previousEvaluation
                                     ? tr("compared with %1 version %2")
                                           .arg(ranking.previousEvaluation->period.label())
                                           .arg(ranking.previousEvaluation->version)
                                     : tr("no published evaluation of the previous period to compare with");
        m_note->setText(
            tr("%n ranked · evaluation version %1, published %2 · %3", nullptr, int(ranking.rows.size()))
                .arg(ranking.evaluation->version)
                .arg(dateText(ranking.evaluation->publishedAt), previous));
    } else {
        m_note->setText(tr("%n ranked · compared with %1", nullptr, int(ranking.rows.size()))
                            .arg(period().previous().label()));
    }
}

QWidget *RankingPanel::present(bool fullScreen)
{
    auto *view = new PresentationView(m_model, title(), window());
    if (fullScreen)
        view->showFullScreen();
    else
        view->resize(1280, 800);
    return view;
}

} // namespace frontline
