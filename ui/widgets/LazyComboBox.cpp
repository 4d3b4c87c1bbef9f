#include "LazyComboBox.h"

namespace frontline {

LazyComboBox::LazyComboBox(QWidget *parent) : QComboBox(parent) {}

void LazyComboBox::setFiller(Filler filler)
{
    m_filler = std::move(filler);
    m_stale = true;
}

void LazyComboBox::fillNow()
{
    m_stale = false;
    if (m_filler)
        m_filler(this);
}

void LazyComboBox::showPopup()
{
    if (m_stale)
        fillNow();
    QComboBox::showPopup();
}

void LazyComboBox::focusInEvent(QFocusEvent *event)
{
    if (m_stale)
        fillNow();
    QComboBox::focusInEvent(event);
}

} // namespace frontline
