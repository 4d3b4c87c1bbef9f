// Sizing for dialogs with wrapped labels. Qt sizes a new window for its size hint's width and
// then widens it to the minimum width, leaving the height the labels needed at the narrower
// width as empty space; this sizes the dialog for the width it really gets.
#pragma once

#include <QDialog>

namespace frontline {

inline void setDialogWidth(QDialog *dialog, int width)
{
    dialog->ensurePolished();
    dialog->setMinimumWidth(width);
    const int height = dialog->heightForWidth(width);
    dialog->resize(width, height > 0 ? height : dialog->sizeHint().height());
}

} // namespace frontline
