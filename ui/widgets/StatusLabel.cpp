#include "StatusLabel.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>

namespace frontline {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void StatusLabel::showMessage(const QString &message, Kind kind)
{
    m_kind = kind;
    setText(message);
    updateColor();
    setVisible(!message.isEmpty());
    growDialogToFit();
}

void StatusLabel::clearMessage()
{
    clear();
    setVisible(false);
}

void StatusLabel::growDialogToFit()
{
    // Qt sizes a window for its wrapped labels when it is first shown, not when a label gets
    // more lines later.
    auto *dialog = qobject_cast<QDialog *>(window());
    QLayout *layout = dialog ? dialog->layout() : nullptr;
    if (!layout || !layout->hasHeightForWidth())
        return;
    layout->activate();
    const int needed = layout->totalHeightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

void StatusLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ParentChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColor();
}

void StatusLabel::updateColor()
{
    // Colours chosen for contrast against both light and dark window backgrounds.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = isDark(base);
    QColor color;
    switch (m_kind) {
    case Hint:
        color = base.color(QPalette::PlaceholderText);
        break;
    case Success:
        color = dark ? QColor(0x6f, 0xcf, 0x73) : QColor(0x1e, 0x7d, 0x32);
        break;
    case Warning:
        color = dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00);
        break;
    case Error:
        color = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        break;
    }
    QPalette own = palette();
    own.setColor(QPalette::WindowText, color);
    own.setColor(QPalette::Text, color);
    setPalette(own);
}

} // namespace frontline
