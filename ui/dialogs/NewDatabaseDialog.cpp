#include "NewDatabaseDialog.h"

#include "DialogSize.h"
#include "storage/Database.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPassphraseEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

NewDatabaseDialog::NewDatabaseDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Database), this);

    m_pathLabel = new QLabel(this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_pathLabel->setBuddy(m_pathEdit);
    m_browseButton = new QPushButton(this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_passphraseEdit = new NewPassphraseEdit(this);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_pathLabel);
    layout->addLayout(pathRow);
    layout->addSpacing(12);
    layout->addWidget(m_passphraseEdit);
    layout->addWidget(m_error);
    layout->addWidget(m_remember);
    layout->addSpacing(8);
    layout->addStretch(); // room a longer message may need later goes here, not between rows
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &NewDatabaseDialog::updateButtons);
    connect(m_passphraseEdit, &NewPassphraseEdit::acceptableChanged, this, &NewDatabaseDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);

    m_pathEdit->setText(QDir::toNativeSeparators(suggestedPath()));
    m_passphraseEdit->setFocus();
    retranslateUi();
    setDialogWidth(this, 560);
    updateButtons();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

QString NewDatabaseDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".db"_s;
    return QFileInfo(path).absoluteFilePath();
}

void NewDatabaseDialog::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

bool NewDatabaseDialog::rememberPassphrase() const
{
    return m_remember->isChecked();
}

QString NewDatabaseDialog::suggestedPath()
{
    const QFileInfo standard(Database::defaultPath());
    QString candidate = standard.absoluteFilePath();
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = standard.absoluteDir().filePath(u"%1-%2.db"_s.arg(standard.completeBaseName()).arg(n));
    return candidate;
}

void NewDatabaseDialog::accept()
{
    const QString target = path();
    if (target.isEmpty() || !m_passphraseEdit->isAcceptable())
        return;
    SecureBytes passphrase = m_passphraseEdit->passphrase();
    m_error->clearMessage();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseError error = m_database.create(target, passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (error) {
        m_error->showError(error.message());
        return;
    }
    m_passphrase = std::move(passphrase);
    m_passphraseEdit->wipe();
    QDialog::accept();
}

void NewDatabaseDialog::browse()
{
    QFileDialog dialog(this, tr("New Database"), QFileInfo(path()).absolutePath(),
                       tr("Frontline databases (*.db)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"db"_s);
    // Creating never overwrites; an existing file is reported in this dialog instead.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.selectFile(QFileInfo(path()).fileName());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(dialog.selectedFiles().constFirst());
}

void NewDatabaseDialog::updateButtons()
{
    const bool ready = !m_pathEdit->text().trimmed().isEmpty() && m_passphraseEdit->isAcceptable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void NewDatabaseDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NewDatabaseDialog::retranslateUi()
{
    setWindowTitle(tr("New Database"));
    m_header->setTitle(tr("Create a new database"));
    m_header->setDetail(tr("Everything in it is encrypted with the passphrase you choose here."));
    m_pathLabel->setText(tr("&Save as:"));
    m_browseButton->setText(tr("&Browse…"));
    m_remember->setText(tr("&Remember on this computer"));
    m_remember->setToolTip(tr("Keeps the passphrase in the system keychain, so that Frontline opens this "
                              "database without asking."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}

} // namespace frontline
