// LazyComboBox fills its entries when they are about to be used (the list opens, or the box
// gets the keyboard) rather than whenever they may have changed: for choosers whose entries take
// a query over every customer (regions, tags), so that an edit does not pay for them.
#pragma once

#include <QComboBox>

#include <functional>

namespace frontline {

class LazyComboBox : public QComboBox
{
    Q_OBJECT
public:
    using Filler = std::function<void(QComboBox *)>;

    explicit LazyComboBox(QWidget *parent = nullptr);

    void setFiller(Filler filler);
    // The entries may be out of date: they are filled again before next use.
    void invalidate() { m_stale = true; }
    void fillNow();
    bool isStale() const { return m_stale; }

    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    Filler m_filler;
    bool m_stale = true;
};

} // namespace frontline
