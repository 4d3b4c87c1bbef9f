#include "EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int IconSize = 72;
constexpr int TextWidth = 460;
} // namespace

EmptyState::EmptyState(QWidget *parent) : QWidget(parent)
{
    m_iconLabel = new QLabel(this);
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setFixedHeight(IconSize);

    m_title = new QLabel(this);
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_text = new QLabel(this);
    m_text->setObjectName(u"emptyStateText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(8);
    m_buttons->addStretch();
    m_buttons->addStretch();

    // The wrapped labels sit in a column of bounded width. Centring them with layout alignment
    // instead would break height-for-width and clip the second line.
    auto *column = new QWidget(this);
    column->setMaximumWidth(TextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(QMargins());
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_iconLabel);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(20);
    columnLayout->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addLayout(row);
    layout->addStretch(4);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateIcon();
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

void EmptyState::addWidget(QWidget *widget)
{
    m_buttons->insertWidget(m_buttons->count() - 1, widget);
}

void EmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
}

void EmptyState::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateIcon(); // the screen, and with it the pixel ratio, is known now
}

void EmptyState::updateIcon()
{
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(IconSize, IconSize), devicePixelRatioF(), QIcon::Disabled));
}

} // namespace frontline
