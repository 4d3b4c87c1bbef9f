#include "ChangePassphraseDialog.h"

#include "DialogSize.h"
#include "storage/Database.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPassphraseEdit.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

ChangePassphraseDialog::ChangePassphraseDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Database), this);
    m_header->setDetail(QDir::toNativeSeparators(database.path()));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_currentEdit = new PasswordLineEdit(this);
    m_currentEdit->setObjectName(u"currentPassphraseEdit"_s);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_currentEdit);
    auto *currentForm = new QFormLayout;
    currentForm->addRow(m_currentLabel, m_currentEdit);
    m_passphraseEdit = new NewPassphraseEdit(this);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addLayout(currentForm);
    layout->addSpacing(4);
    layout->addWidget(m_passphraseEdit);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addStretch(); // room a longer message may need later goes here, not between rows
    layout->addWidget(m_buttons);

    connect(m_passphraseEdit, &NewPassphraseEdit::acceptableChanged, this,
            &ChangePassphraseDialog::updateButton);
    connect(m_currentEdit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    m_currentEdit->setFocus();
    retranslateUi();
    setDialogWidth(this, 520);
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_passphraseEdit->isAcceptable() && !m_currentEdit->text().isEmpty());
}

void ChangePassphraseDialog::accept()
{
    if (!m_passphraseEdit->isAcceptable() || m_currentEdit->text().isEmpty())
        return;
    SecureBytes passphrase = m_passphraseEdit->passphrase();
    m_error->clearMessage();
    // Every page is re-encrypted: a moment for a small file, longer for a large one.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseError error = m_database.changePassphrase(m_currentEdit->passphrase(), passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (error) {
        m_error->showError(error.message());
        if (error.kind() == DatabaseError::WrongPassphrase) {
            m_currentEdit->wipe();
            m_currentEdit->setFocus();
        }
        return;
    }
    m_passphrase = std::move(passphrase);
    m_currentEdit->wipe();
    m_passphraseEdit->wipe();
    QDialog::accept();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change Passphrase"));
    m_header->setTitle(tr("Change the passphrase"));
    m_currentLabel->setText(tr("C&urrent passphrase:"));
    m_note->setText(tr("The whole database is encrypted again with the new passphrase. Copies and backups "
                       "made before keep the old one."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
}

} // namespace frontline
