#include "PlaceholderPage.h"

#include "widgets/EmptyState.h"
#include "widgets/PageHeader.h"

#include <QEvent>
#include <QVBoxLayout>

namespace frontline {

PlaceholderPage::PlaceholderPage(PageId page, QWidget *parent) : QWidget(parent), m_page(page)
{
    m_header = new PageHeader(this);
    m_emptyState = new EmptyState(this);
    m_emptyState->setIcon(PageCatalog::icon(page));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins()); // the main window sets the page margins
    layout->addWidget(m_header);
    layout->addWidget(m_emptyState, 1);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(m_page));
    m_emptyState->setTitle(PageCatalog::description(m_page));
    m_emptyState->setText(tr("This page arrives in a later version of Frontline."));
}

} // namespace frontline
