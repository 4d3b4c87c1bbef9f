#include "StartDialog.h"

#include "RecentDatabases.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int IconSize = 28;
constexpr int Margin = 8;

// Two lines per database: the file name, and under it the folder in a muted tone.
class RecentDatabaseDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool enabled = opt.state & QStyle::State_Enabled;
        const bool selected = opt.state & QStyle::State_Selected;
        const QIcon::Mode mode = !enabled ? QIcon::Disabled : selected ? QIcon::Selected : QIcon::Normal;
        const QRect iconRect(opt.rect.left() + Margin, opt.rect.center().y() - IconSize / 2, IconSize,
                             IconSize);
        opt.icon.paint(painter, iconRect, Qt::AlignCenter, mode);

        const QRect textRect = opt.rect.adjusted(IconSize + 2 * Margin + 4, Margin / 2, -Margin, -Margin / 2);
        const QPalette::ColorGroup group = enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor textColor =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor mutedColor = textColor;
        mutedColor.setAlphaF(0.65f);

        QFont nameFont = opt.font;
        nameFont.setWeight(QFont::DemiBold);
        const QFontMetrics nameMetrics(nameFont);
        const QFontMetrics detailMetrics(opt.font);
        // Each line gets half the row, so that a taller fallback font (Chinese in a Latin
        // font) keeps its descenders.
        const int middle = textRect.center().y() + 1;
        const QRect nameRect(textRect.left(), textRect.top(), textRect.width(), middle - textRect.top());
        const QRect detailRect(textRect.left(), middle, textRect.width(), textRect.bottom() - middle);

        painter->save();
        painter->setFont(nameFont);
        painter->setPen(textColor);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignBottom,
                          nameMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
        painter->setFont(opt.font);
        painter->setPen(mutedColor);
        const QString detail = index.data(Qt::ToolTipRole).toString();
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignTop,
                          detailMetrics.elidedText(detail, Qt::ElideMiddle, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QFont nameFont = option.font;
        nameFont.setWeight(QFont::DemiBold);
        const int textHeight = QFontMetrics(nameFont).lineSpacing() + option.fontMetrics.lineSpacing() + 4;
        size.setHeight(qMax(IconSize, textHeight) + 2 * Margin);
        return size;
    }
};

} // namespace

StartDialog::StartDialog(QWidget *parent) : QDialog(parent)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Frontline), this);

    m_recentLabel = new QLabel(this);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(u"recentList"_s);
    m_recentList->setItemDelegate(new RecentDatabaseDelegate(m_recentList));
    m_recentList->setIconSize(QSize(IconSize, IconSize));
    m_recentList->setUniformItemSizes(true);
    m_recentLabel->setBuddy(m_recentList);
    m_noRecentLabel = new QLabel(this);
    m_noRecentLabel->setWordWrap(true);
    m_noRecentLabel->setAlignment(Qt::AlignCenter);
    m_noRecentLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noRecentLabel->setMinimumHeight(120);

    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(u"createButton"_s);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_createButton);
    buttonRow->addWidget(m_browseButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recentList, 1);
    layout->addWidget(m_noRecentLabel, 1);
    layout->addSpacing(8);
    layout->addLayout(buttonRow);

    connect(m_recentList, &QListWidget::itemActivated, this, &StartDialog::openItem);
    connect(m_recentList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Open)
            ->setEnabled(current && (current->flags() & Qt::ItemIsEnabled));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &StartDialog::create);
    connect(m_browseButton, &QPushButton::clicked, this, &StartDialog::browse);

    resize(600, 460);
    fillRecentList();
    retranslateUi();
}

void StartDialog::fillRecentList()
{
    const QIcon icon = LineIcon::icon(LineIcon::Database);
    for (const QString &path : RecentDatabases::paths()) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(icon, info.fileName(), m_recentList);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(info.absolutePath()));
        // A file on a drive that is not plugged in stays listed, greyed out.
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    const bool empty = m_recentList->count() == 0;
    m_recentLabel->setVisible(!empty);
    m_recentList->setVisible(!empty);
    m_noRecentLabel->setVisible(empty);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    for (int row = 0; row < m_recentList->count(); ++row) {
        if (m_recentList->item(row)->flags() & Qt::ItemIsEnabled) {
            m_recentList->setCurrentRow(row);
            break;
        }
    }
    if (empty)
        m_createButton->setDefault(true);
}

void StartDialog::openItem(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    m_choice = OpenDatabase;
    m_path = item->data(PathRole).toString();
    accept();
}

void StartDialog::openSelected()
{
    openItem(m_recentList->currentItem());
}

void StartDialog::browse()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("Frontline databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_choice = OpenDatabase;
    m_path = path;
    accept();
}

void StartDialog::create()
{
    m_choice = CreateDatabase;
    m_path.clear();
    accept();
}

void StartDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StartDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Frontline"));
    m_header->setTitle(tr("Welcome to Frontline"));
    m_header->setDetail(tr("Your customers, visits and orders, in an encrypted database on this computer."));
    m_recentLabel->setText(tr("&Recent databases:"));
    m_noRecentLabel->setText(
        tr("No database has been opened on this computer yet.\nCreate a new one, or browse "
           "for a database you were given."));
    m_createButton->setText(tr("&New Database…"));
    m_browseButton->setText(tr("&Browse…"));
    for (int row = 0; row < m_recentList->count(); ++row) {
        QListWidgetItem *item = m_recentList->item(row);
        if (!(item->flags() & Qt::ItemIsEnabled))
            item->setToolTip(
                tr("Not found: %1").arg(QDir::toNativeSeparators(item->data(PathRole).toString())));
    }
}

} // namespace frontline
