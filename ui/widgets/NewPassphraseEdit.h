// NewPassphraseEdit is where a user chooses a passphrase: typed twice, with a hint that warns
// about short ones and says when the two differ. Used to create a database and to change its
// passphrase.
#pragma once

#include "security/SecureBytes.h"

#include <QWidget>

class QLabel;

namespace frontline {

class PasswordLineEdit;
class StatusLabel;

class NewPassphraseEdit : public QWidget
{
    Q_OBJECT
public:
    // Shorter passphrases are allowed, with a warning.
    static constexpr int RecommendedLength = 8;

    explicit NewPassphraseEdit(QWidget *parent = nullptr);

    // Both fields are filled in and equal.
    bool isAcceptable() const { return m_acceptable; }
    // The passphrase typed; the fields keep it, to retry after an error.
    SecureBytes passphrase() const;
    // Empties both fields, overwriting the memory that held the text.
    void wipe();

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    PasswordLineEdit *m_passphrase = nullptr;
    PasswordLineEdit *m_repeat = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    StatusLabel *m_hint = nullptr;
    bool m_acceptable = false;
};

} // namespace frontline
