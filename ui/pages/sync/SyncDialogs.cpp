#include "SyncDialogs.h"

#include "dialogs/DialogSize.h"
#include "storage/Database.h"
#include "widgets/DialogHeader.h"
#include "widgets/LineIcon.h"
#include "widgets/NewPassphraseEdit.h"
#include "widgets/PasswordLineEdit.h"
#include "widgets/StatusLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A line edit with a "Browse…" button beside it.
QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(QMargins());
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

// --- TeamPassphraseDialog -------------------------------------------------------------------

TeamPassphraseDialog::TeamPassphraseDialog(Mode mode, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Team Sync Passphrase"));
    m_header = new DialogHeader(LineIcon::icon(LineIcon::Sync), this);
    m_header->setTitle(mode == Set ? tr("Set the team sync passphrase")
                                   : tr("Enter the team sync passphrase"));
    QString note;
    switch (mode) {
    case Set:
        note = tr("Every package is encrypted with this passphrase. Give it to your reps in person, never "
                  "with the packages. Packages made with an earlier passphrase can no longer be opened "
                  "with the new one.");
        break;
    case Confirm:
        note = tr("The package is encrypted with the team's passphrase. Type it twice, so that a typo "
                  "does not make a package nobody can open.");
        break;
    case Enter:
        note = tr("The passphrase your manager set for the team's sync packages.");
        break;
    }
    m_note = noteLabel(note, this);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_remember = new QCheckBox(tr("&Remember in this computer's keychain"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    if (mode != Enter) {
        m_new = new NewPassphraseEdit(this);
        m_new->setObjectName(u"newPassphrase"_s);
        layout->addWidget(m_new);
        connect(m_new, &NewPassphraseEdit::acceptableChanged, m_buttons->button(QDialogButtonBox::Ok),
                &QPushButton::setEnabled);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_new->setFocus();
    } else {
        m_enter = new PasswordLineEdit(this);
        m_enter->setObjectName(u"passphraseEdit"_s);
        auto *form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_enter);
        layout->addLayout(form);
        connect(m_enter, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
        });
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_enter->setFocus();
    }
    layout->addWidget(m_error);
    layout->addWidget(m_remember);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setDialogWidth(this, 520);
}

TeamPassphraseDialog::~TeamPassphraseDialog()
{
    if (m_enter)
        m_enter->wipe();
    if (m_new)
        m_new->wipe();
}

SecureBytes TeamPassphraseDialog::passphrase() const
{
    return m_new ? m_new->passphrase() : m_enter->passphrase();
}

bool TeamPassphraseDialog::remember() const
{
    return m_remember->isChecked();
}

void TeamPassphraseDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void TeamPassphraseDialog::showError(const QString &message)
{
    m_error->showError(message);
}

// --- ExportPackageDialog --------------------------------------------------------------------

ExportPackageDialog::ExportPackageDialog(const QList<Member> &members, const QString &folder, QWidget *parent)
    : QDialog(parent), m_folder(folder)
{
    const bool forRep = !members.isEmpty();
    setWindowTitle(forRep ? tr("Export for a Rep") : tr("Export My Changes"));
    auto *header = new DialogHeader(LineIcon::icon(LineIcon::Sync), this);
    header->setTitle(forRep ? tr("A sync package for one rep") : tr("Your changes for the manager"));
    header->setDetail(forRep ? tr("Only that rep's customers and what belongs to them; nobody else's data.")
                             : tr("Everything you changed that the manager has not confirmed yet."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"fileEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"validDaysSpin"_s);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *form = new QFormLayout;
    if (forRep) {
        m_member = new QComboBox(this);
        m_member->setObjectName(u"memberCombo"_s);
        for (const Member &m : members)
            m_member->addItem(u"%1 · %2"_s.arg(m.name, m.code), m.code);
        form->addRow(tr("&Rep:"), m_member);
        connect(m_member, &QComboBox::currentIndexChanged, this, &ExportPackageDialog::suggestFile);
    }
    form->addRow(tr("&File:"), withButton(m_file, browse, this));
    form->addRow(tr("&Expires after:"), m_days);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportPackageDialog::browse);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_file, &QLineEdit::textChanged, this, &ExportPackageDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestFile();
    setDialogWidth(this, 560);
}

QString ExportPackageDialog::memberCode() const
{
    return m_member ? m_member->currentData().toString() : QString();
}

QString ExportPackageDialog::path() const
{
    return m_file->text().trimmed();
}

void ExportPackageDialog::setPath(const QString &path)
{
    m_fileEdited = true;
    m_file->setText(path);
}

int ExportPackageDialog::validDays() const
{
    return m_days->value();
}

void ExportPackageDialog::suggestFile()
{
    if (m_fileEdited)
        return;
    const QString date = QDate::currentDate().toString(u"yyyyMMdd"_s);
    const QString name =
        m_member ? u"%1-%2.flsync"_s.arg(memberCode(), date) : u"changes-%1.flsync"_s.arg(date);
    m_file->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(name)));
}

void ExportPackageDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Sync Package"), path(),
                                                        tr("Sync packages (*.flsync);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(QDir::toNativeSeparators(chosen));
}

void ExportPackageDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

// --- BackupNowDialog ------------------------------------------------------------------------

BackupNowDialog::BackupNowDialog(const QString &folder, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Back Up Now"));
    auto *header = new DialogHeader(LineIcon::icon(LineIcon::Database), this);
    header->setTitle(tr("Back up the database now"));
    header->setDetail(tr("An encrypted copy, checked before it is kept. You can go on working meanwhile."));
    m_folder = new QLineEdit(QDir::toNativeSeparators(folder), this);
    m_folder->setObjectName(u"folderEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_same = new QRadioButton(tr("With this database's &passphrase"), this);
    m_same->setObjectName(u"samePassphraseRadio"_s);
    m_same->setChecked(true);
    m_other = new QRadioButton(tr("With &another passphrase"), this);
    m_other->setObjectName(u"otherPassphraseRadio"_s);
    m_passphrase = new NewPassphraseEdit(this);
    m_passphrase->setObjectName(u"backupPassphrase"_s);
    m_passphrase->setEnabled(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Back Up"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), withButton(m_folder, browse, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_same);
    layout->addWidget(m_other);
    layout->addWidget(m_passphrase);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), this->folder());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_other, &QRadioButton::toggled, m_passphrase, &QWidget::setEnabled);
    connect(m_other, &QRadioButton::toggled, this, &BackupNowDialog::updateOk);
    connect(m_passphrase, &NewPassphraseEdit::acceptableChanged, this, &BackupNowDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupNowDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    setDialogWidth(this, 560);
}

QString BackupNowDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

bool BackupNowDialog::usesOtherPassphrase() const
{
    return m_other->isChecked();
}

SecureBytes BackupNowDialog::otherPassphrase() const
{
    return usesOtherPassphrase() ? m_passphrase->passphrase() : SecureBytes();
}

void BackupNowDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!folder().isEmpty() && (!usesOtherPassphrase() || m_passphrase->isAcceptable()));
}

// --- RestoreDialog --------------------------------------------------------------------------

RestoreDialog::RestoreDialog(Database &database, const QString &backupPath, const QString &keptAsideName,
                             QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Restore a Backup"));
    auto *header = new DialogHeader(LineIcon::icon(LineIcon::Restore), this);
    header->setTitle(tr("Replace the database with this backup?"));
    header->setDetail(QDir::toNativeSeparators(backupPath));
    auto *note = noteLabel(
        tr("The backup is checked first; if anything is wrong nothing changes. The current database "
           "is kept beside it as %1, and the restored one opens in its place.")
            .arg(keptAsideName),
        this);
    m_databasePassphrase = new PasswordLineEdit(this);
    m_databasePassphrase->setObjectName(u"databasePassphraseEdit"_s);
    m_ownPassphrase = new QCheckBox(tr("The backup has &another passphrase:"), this);
    m_ownPassphrase->setObjectName(u"ownPassphraseCheck"_s);
    m_backupPassphrase = new PasswordLineEdit(this);
    m_backupPassphrase->setObjectName(u"backupPassphraseEdit"_s);
    m_backupPassphrase->setEnabled(false);
    m_error = new StatusLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));

    auto *form = new QFormLayout;
    form->addRow(tr("This database's &passphrase:"), m_databasePassphrase);
    form->addRow(m_ownPassphrase, m_backupPassphrase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(note);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_ownPassphrase, &QCheckBox::toggled, m_backupPassphrase, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_databasePassphrase->setFocus();
    setDialogWidth(this, 600);
}

RestoreDialog::~RestoreDialog()
{
    m_databasePassphrase->wipe();
    m_backupPassphrase->wipe();
}

SecureBytes RestoreDialog::databasePassphrase() const
{
    return m_databasePassphrase->passphrase();
}

SecureBytes RestoreDialog::backupPassphrase() const
{
    return m_ownPassphrase->isChecked() ? m_backupPassphrase->passphrase() : databasePassphrase();
}

void RestoreDialog::accept()
{
    // The restored database keeps this passphrase: it must be the one the user opens it with.
    if (!m_database.hasPassphrase(databasePassphrase())) {
        m_error->showError(tr("That is not this database's passphrase."));
        m_databasePassphrase->selectAll();
        m_databasePassphrase->setFocus();
        return;
    }
    if (m_ownPassphrase->isChecked() && m_backupPassphrase->text().isEmpty()) {
        m_error->showError(tr("Enter the backup's passphrase."));
        return;
    }
    QDialog::accept();
}

} // namespace frontline
