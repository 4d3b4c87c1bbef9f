#include "NewPassphraseEdit.h"

#include "PasswordLineEdit.h"
#include "StatusLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

NewPassphraseEdit::NewPassphraseEdit(QWidget *parent) : QWidget(parent)
{
    m_passphrase = new PasswordLineEdit(this);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_repeat = new PasswordLineEdit(this);
    m_repeat->setObjectName(u"repeatEdit"_s);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    m_hint = new StatusLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    // The hint wraps: as a row of the form, Qt would give it the wrong height.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addLayout(form);
    layout->addWidget(m_hint);

    connect(m_passphrase, &PasswordLineEdit::textChanged, this, &NewPassphraseEdit::updateHint);
    connect(m_repeat, &PasswordLineEdit::textChanged, this, &NewPassphraseEdit::updateHint);
    // Showing one field shows both, so the user can compare what was typed.
    connect(m_passphrase->revealAction(), &QAction::toggled, m_repeat, &PasswordLineEdit::setRevealed);
    connect(m_repeat->revealAction(), &QAction::toggled, m_passphrase, &PasswordLineEdit::setRevealed);

    setFocusProxy(m_passphrase);
    retranslateUi();
}

SecureBytes NewPassphraseEdit::passphrase() const
{
    return m_passphrase->passphrase();
}

void NewPassphraseEdit::wipe()
{
    m_passphrase->wipe();
    m_repeat->wipe();
}

void NewPassphraseEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NewPassphraseEdit::retranslateUi()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    updateHint();
}

void NewPassphraseEdit::updateHint()
{
    // Lengths and comparisons only: no copy of the characters is made.
    const QString passphrase = m_passphrase->text();
    const QString repeat = m_repeat->text();
    // A repeat still being typed is not "different" as long as it is a start of the passphrase.
    const bool diverged = !passphrase.startsWith(repeat);
    if (passphrase.isEmpty()) {
        m_hint->showMessage(tr("Choose a passphrase of a few words that only you know."), StatusLabel::Hint);
    } else if (diverged) {
        m_hint->showMessage(tr("The two passphrases are different."), StatusLabel::Error);
    } else if (passphrase.size() < RecommendedLength) {
        m_hint->showMessage(
            tr("Shorter than %n characters: easy to guess. A few words make a stronger passphrase.", nullptr,
               RecommendedLength),
            StatusLabel::Warning);
    } else if (repeat.size() < passphrase.size()) {
        m_hint->showMessage(tr("Type it once more to make sure."), StatusLabel::Hint);
    } else {
        m_hint->showMessage(tr("Keep it safe: without it nobody can open the database, not even you."),
                            StatusLabel::Hint);
    }
    const bool acceptable = !passphrase.isEmpty() && passphrase == repeat;
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace frontline
