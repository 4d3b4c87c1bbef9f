#include "PassphraseDialog.h"

#include "DialogSize.h"
#include "storage/Database.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

PassphraseDialog::PassphraseDialog(Database &database, const QString &path, QWidget *parent)
    : QDialog(parent), m_database(database), m_path(path)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Database), this);
    m_header->setDetail(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));

    m_passphraseEdit = new PasswordLineEdit(this);
    m_passphraseEdit->setObjectName(u"passphraseEdit"_s);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphraseEdit);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphraseEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_remember);
    layout->addSpacing(8);
    layout->addStretch(); // room a longer message may need later goes here, not between rows
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_passphraseEdit, &PasswordLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    m_passphraseEdit->setFocus();
    retranslateUi();
    setDialogWidth(this, 480);
}

PassphraseDialog::~PassphraseDialog() = default;

bool PassphraseDialog::rememberPassphrase() const
{
    return m_remember->isChecked();
}

void PassphraseDialog::setRememberPassphrase(bool remember)
{
    m_remember->setChecked(remember);
}

void PassphraseDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void PassphraseDialog::accept()
{
    SecureBytes passphrase = m_passphraseEdit->takePassphrase();
    if (passphrase.isEmpty())
        return;
    m_error->clearMessage();
    // Deriving the key takes a noticeable moment by design (256,000 PBKDF2 rounds).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseError error = m_database.open(m_path, passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (error) {
        showError(error.message());
        m_passphraseEdit->setFocus();
        return;
    }
    m_passphrase = std::move(passphrase);
    QDialog::accept();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Open Database"));
    m_header->setTitle(tr("Enter the passphrase for %1").arg(QFileInfo(m_path).fileName()));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_remember->setText(tr("&Remember on this computer"));
    m_remember->setToolTip(tr("Keeps the passphrase in the system keychain, so that Frontline opens this "
                              "database without asking."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
}

} // namespace frontline
