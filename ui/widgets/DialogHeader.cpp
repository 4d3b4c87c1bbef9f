#include "DialogHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
constexpr int IconSize = 40;
} // namespace

DialogHeader::DialogHeader(const QIcon &icon, QWidget *parent) : QWidget(parent)
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_title->setObjectName(u"dialogTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"dialogDetail"_s);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    text->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(14);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void DialogHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void DialogHeader::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace frontline
