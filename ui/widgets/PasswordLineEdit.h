// PasswordLineEdit is a passphrase field: masked by default, with an eye button to show what
// was typed. takePassphrase() moves the text into SecureBytes and leaves no copy in the field
// (its undo history included); whatever is left is wiped when the field is destroyed.
#pragma once

#include "security/SecureBytes.h"

#include <QLineEdit>

namespace frontline {

class PasswordLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);
    ~PasswordLineEdit() override;

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    // The checkable eye button at the end of the field.
    QAction *revealAction() const { return m_reveal; }

    // The text as SecureBytes; the field keeps it (to retry after an error).
    SecureBytes passphrase() const;
    SecureBytes takePassphrase();
    // Empties the field, overwriting the memory that held the text.
    void wipe();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAction *m_reveal = nullptr;
};

} // namespace frontline
