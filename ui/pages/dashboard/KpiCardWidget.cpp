#include "KpiCardWidget.h"

#include "charts/KpiCardText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {

using namespace analytics;

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(26);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double> &values, bool highlightLast)
{
    m_values = values;
    m_highlightLast = highlightLast;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double low = std::min(0.0, *lo);
    const double span = std::max(1e-9, *hi - low);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -4, -3);
    const auto point = [&](qsizetype i) {
        return QPointF(area.left() + area.width() * double(i) / double(m_values.size() - 1),
                       area.bottom() - area.height() * (m_values.at(i) - low) / span);
    };
    QPainterPath line(point(0));
    for (qsizetype i = 1; i < m_values.size(); ++i)
        line.lineTo(point(i));
    QColor accent = palette().color(QPalette::Highlight);
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();
    QColor shade = accent;
    shade.setAlpha(40);
    p.fillPath(fill, shade);
    p.setPen(QPen(accent, 1.6));
    p.drawPath(line);
    if (m_highlightLast) {
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawEllipse(point(m_values.size() - 1), 2.8, 2.8);
    }
}

KpiCardWidget::KpiCardWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"kpiCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_title = new QLabel(this);
    m_title->setObjectName(u"kpiTitle"_s);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    m_value->setObjectName(u"kpiValue"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"kpiStatus"_s);
    m_status->setContentsMargins(6, 1, 6, 1);
    m_target = new QLabel(this);
    m_target->setObjectName(u"kpiTarget"_s);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_growth = new QLabel(this);
    m_growth->setObjectName(u"kpiGrowth"_s);
    m_growth->setTextFormat(Qt::RichText);
    // They fit the card (layOutLines: lines broken, the figure smaller): they never widen it.
    for (QLabel *l : {m_value, m_target, m_growth})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_spark = new Sparkline(this);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(QMargins());
    top->addWidget(m_title, 1);
    top->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_growth);
    layout->addStretch(1);
    layout->addWidget(m_spark);
    setMinimumWidth(180);
    updateFonts();
    clear();
}

void KpiCardWidget::clear()
{
    m_key.clear();
    m_title->setText(u" "_s);
    m_value->setText(u"—"_s);
    m_status->hide();
    m_targetParts.clear();
    m_growthParts.clear();
    m_spark->setValues({});
    layOutLines();
}

QColor KpiCardWidget::statusColor(TrackStatus status)
{
    return KpiCardText::colorOf(status);
}

void KpiCardWidget::setCard(const KpiCard &card)
{
    m_key = card.key;
    m_title->setText(card.title);
    const KpiCardText text = KpiCardText::of(card, true);
    m_value->setText(text.value);
    if (!text.status.isEmpty()) {
        m_status->setText(text.status);
        m_status->setStyleSheet(
            u"QLabel { color: white; background: %1; border-radius: 8px; }"_s.arg(text.statusColor.name()));
        m_status->show();
    } else {
        m_status->hide();
    }
    m_targetParts = text.target.isEmpty() ? QStringList() : text.target.split(u" · "_s);
    m_growthParts = text.growth;
    layOutLines();
    QList<double> values;
    for (const Value &v : card.trend)
        values << v.toDouble();
    m_spark->setValues(values);
    setToolTip(card.unavailable.isEmpty() ? tr("Click to see the records behind this figure")
                                          : card.unavailable);
}

QString KpiCardWidget::valueText() const
{
    return m_value->text();
}

QString KpiCardWidget::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void KpiCardWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && !m_key.isEmpty())
        Q_EMIT clicked(m_key);
    QFrame::mouseReleaseEvent(event);
}

void KpiCardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        updateFonts();
    QFrame::changeEvent(event);
}

void KpiCardWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    layOutLines();
}

void KpiCardWidget::layOutLines()
{
    const QMargins margins = layout()->contentsMargins();
    // A few pixels spare: the arrows may come from a fallback font.
    const int room = contentsRect().width() - margins.left() - margins.right() - 4;
    // The figure in its large type unless that is wider than the card (hundreds of millions of
    // yuan in a row of four): then smaller, down to a little above the text's size.
    QFont big = font();
    big.setWeight(QFont::DemiBold);
    for (double scale = 1.75; scale >= 1.2; scale -= 0.05) {
        big.setPointSizeF(font().pointSizeF() * scale);
        if (QFontMetrics(big).horizontalAdvance(m_value->text()) <= room)
            break;
    }
    if (m_value->font() != big)
        m_value->setFont(big);
    const QFontMetrics metrics(m_target->font());
    const QString target = m_targetParts.join(u" · "_s);
    if (m_targetParts.isEmpty())
        m_target->setText(u" "_s);
    else
        m_target->setText(metrics.horizontalAdvance(target) <= room ? target : m_targetParts.join(u'\n'));
    const QString growth = m_growthParts.join(u"&nbsp;&nbsp;"_s);
    const QString plain = QTextDocumentFragment::fromHtml(growth).toPlainText();
    m_growth->setText(m_growthParts.isEmpty()                    ? u" "_s
                      : metrics.horizontalAdvance(plain) <= room ? growth
                                                                 : m_growthParts.join(u"<br>"_s));
}

void KpiCardWidget::updateFonts()
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (QLabel *l : {m_target, m_growth, m_status})
        l->setFont(small);
    layOutLines();
}

} // namespace frontline
