#include "Sidebar.h"

#include "LineIcon.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int IconSize = 20;
constexpr int ItemPadding = 9;  // inside a row, around icon and text (see the style sheet)
constexpr int ListPadding = 10; // between the sidebar's edge and its rows
constexpr int BrandIconSize = 28;
} // namespace

Sidebar::Sidebar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"sidebar"_s);
    setAutoFillBackground(true);

    m_brandIcon = new QLabel(this);
    m_brandIcon->setFixedSize(BrandIconSize, BrandIconSize);
    m_brandName = new QLabel(u"Frontline"_s, this); // the product name is not translated
    QFont brandFont = m_brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.3);
    brandFont.setWeight(QFont::DemiBold);
    m_brandName->setFont(brandFont);

    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(ListPadding + ItemPadding, 18, ListPadding, 14);
    brand->setSpacing(10);
    brand->addWidget(m_brandIcon);
    brand->addWidget(m_brandName, 1);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"sidebarList"_s);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(IconSize, IconSize));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QListWidget::currentRowChanged, this, &Sidebar::currentRowChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);

    updateStyle();
    updateWidth();
}

void Sidebar::addRow(const QIcon &icon)
{
    new QListWidgetItem(icon, QString(), m_list);
}

void Sidebar::setRowHidden(int row, bool hidden)
{
    m_list->setRowHidden(row, hidden);
}

int Sidebar::count() const
{
    return m_list->count();
}

void Sidebar::setRowText(int row, const QString &text)
{
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setText(text);
        item->setToolTip(text);
    }
    updateWidth();
}

QString Sidebar::rowText(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

int Sidebar::currentRow() const
{
    return m_list->currentRow();
}

void Sidebar::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

void Sidebar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Not PaletteChange: updateStyle() sets our own palette.
    if (event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    if (event->type() == QEvent::FontChange)
        updateWidth();
}

void Sidebar::updateStyle()
{
    // A shade off the window colour sets the sidebar apart in light and dark themes alike.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor background = dark ? window.lighter(125) : window.darker(106);
    const QColor hover = dark ? background.lighter(130) : background.darker(108);
    QPalette own = palette();
    own.setColor(QPalette::Window, background);
    setPalette(own);

    m_list->setStyleSheet(uR"(
        QListWidget { background: transparent; outline: none; padding: 0 %1px; }
        QListWidget::item { padding: %2px; border-radius: 6px; margin: 1px 0; }
        QListWidget::item:hover:!selected { background: %3; }
        QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }
    )"_s.arg(ListPadding)
                              .arg(ItemPadding)
                              .arg(hover.name()));
    m_brandIcon->setPixmap(
        LineIcon::icon(LineIcon::Frontline).pixmap(QSize(BrandIconSize, BrandIconSize), devicePixelRatioF()));
}

void Sidebar::updateWidth()
{
    int widest = m_brandName->sizeHint().width() + BrandIconSize + 10;
    const QFontMetrics metrics(m_list->font());
    for (int row = 0; row < m_list->count(); ++row)
        widest = qMax(widest, IconSize + 8 + metrics.horizontalAdvance(m_list->item(row)->text()));
    const int needed = widest + 2 * (ListPadding + ItemPadding) + 24; // room for a scroll bar
    setFixedWidth(qMax(MinimumWidth, needed));
}

} // namespace frontline
