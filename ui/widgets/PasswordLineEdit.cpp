#include "PasswordLineEdit.h"

#include "LineIcon.h"

#include <QAction>
#include <QEvent>
#include <QSignalBlocker>

namespace frontline {

PasswordLineEdit::PasswordLineEdit(QWidget *parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_reveal = addAction(LineIcon::icon(LineIcon::Eye), QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, &PasswordLineEdit::setRevealed);
    retranslateUi();
}

PasswordLineEdit::~PasswordLineEdit()
{
    // Receivers of textChanged() may be half destroyed by now (we die with our parent).
    const QSignalBlocker blocker(this);
    wipe();
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setChecked(revealed);
    m_reveal->setIcon(LineIcon::icon(revealed ? LineIcon::EyeOff : LineIcon::Eye));
    retranslateUi();
}

SecureBytes PasswordLineEdit::passphrase() const
{
    return SecureBytes::fromString(text());
}

SecureBytes PasswordLineEdit::takePassphrase()
{
    QString text = this->text();
    SecureBytes secret = SecureBytes::fromString(text);
    // setText() drops the field's own reference (and its undo history), so that our copy owns
    // the characters alone and wipe() may overwrite them.
    setText(QString());
    SecureBytes::wipe(text);
    return secret;
}

void PasswordLineEdit::wipe()
{
    QString text = this->text();
    setText(QString());
    SecureBytes::wipe(text);
}

void PasswordLineEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PasswordLineEdit::retranslateUi()
{
    m_reveal->setToolTip(isRevealed() ? tr("Hide the passphrase") : tr("Show the passphrase"));
    m_reveal->setText(m_reveal->toolTip());
}

} // namespace frontline
