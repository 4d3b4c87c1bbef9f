// PlaceholderPage stands in for a page that a later version fills: the page's title, and in
// the middle what the page will be for, so the window looks complete rather than broken.
#pragma once

#include "PageCatalog.h"

#include <QWidget>

namespace frontline {

class EmptyState;
class PageHeader;

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(PageId page, QWidget *parent = nullptr);

    PageId page() const { return m_page; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PageId m_page;
    PageHeader *m_header = nullptr;
    EmptyState *m_emptyState = nullptr;
};

} // namespace frontline
