#include "BackupsView.h"

#include "Format.h"
#include "Session.h"
#include "SyncDialogs.h"
#include "TaskRunner.h"
#include "backup/BackupFile.h"
#include "backup/BackupScheduler.h"
#include "backup/BackupWriter.h"
#include "security/Permissions.h"
#include "widgets/LineIcon.h"
#include "widgets/StatusLabel.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

enum Column
{
    File,
    Made,
    Size,
    Schema,
    Status,
    ColumnCount
};

} // namespace

BackupsView::BackupsView(Session *session, TaskRunner *runner, QWidget *parent)
    : QWidget(parent), m_session(session), m_runner(runner)
{
    m_schedule = new QGroupBox(this);
    m_folderLabel = new QLabel(m_schedule);
    m_folder = new QLineEdit(m_schedule);
    m_folder->setObjectName(u"backupFolderEdit"_s);
    m_browse = new QPushButton(m_schedule);
    m_daily = new QCheckBox(m_schedule);
    m_daily->setObjectName(u"dailyCheck"_s);
    m_onExit = new QCheckBox(m_schedule);
    m_onExit->setObjectName(u"onExitCheck"_s);
    m_keepLabel = new QLabel(m_schedule);
    m_keepDaily = new QSpinBox(m_schedule);
    m_keepDaily->setObjectName(u"keepDailySpin"_s);
    m_keepDaily->setRange(1, 10000);
    m_keepMonthly = new QSpinBox(m_schedule);
    m_keepMonthly->setObjectName(u"keepMonthlySpin"_s);
    m_keepMonthly->setRange(0, 10000);
    m_keepDailyLabel = new QLabel(m_schedule);
    m_keepMonthlyLabel = new QLabel(m_schedule);
    m_save = new QPushButton(m_schedule);
    m_save->setObjectName(u"saveScheduleButton"_s);
    m_last = new QLabel(m_schedule);
    m_last->setObjectName(u"lastBackupLabel"_s);
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);

    auto *grid = new QGridLayout(m_schedule);
    grid->addWidget(m_folderLabel, 0, 0);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    grid->addLayout(folderRow, 0, 1, 1, 2);
    auto *when = new QHBoxLayout;
    when->addWidget(m_daily);
    when->addSpacing(24);
    when->addWidget(m_onExit);
    when->addStretch();
    grid->addLayout(when, 1, 1, 1, 2);
    grid->addWidget(m_keepLabel, 2, 0);
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_keepDaily);
    keep->addWidget(m_keepDailyLabel);
    keep->addSpacing(24);
    keep->addWidget(m_keepMonthly);
    keep->addWidget(m_keepMonthlyLabel);
    keep->addStretch();
    grid->addLayout(keep, 2, 1);
    grid->addWidget(m_save, 2, 2, Qt::AlignRight);
    grid->addWidget(m_last, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    m_listTitle = new QLabel(this);
    m_listTitle->setTextFormat(Qt::PlainText);
    m_backUp = new QPushButton(LineIcon::icon(LineIcon::Database), QString(), this);
    m_backUp->setObjectName(u"backUpNowButton"_s);
    m_verify = new QPushButton(LineIcon::icon(LineIcon::Check), QString(), this);
    m_verify->setObjectName(u"verifyButton"_s);
    m_restore = new QPushButton(LineIcon::icon(LineIcon::Restore), QString(), this);
    m_restore->setObjectName(u"restoreButton"_s);
    m_backups = new QTableWidget(0, ColumnCount, this);
    m_backups->setObjectName(u"backupTable"_s);
    tables::setUp(m_backups);
    m_backups->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_message = new StatusLabel(this);
    m_message->setObjectName(u"backupMessage"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listTitle, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_backUp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_schedule);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_backups, 1);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(window(), tr("Backup Folder"), folder());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_save, &QPushButton::clicked, this, &BackupsView::saveSchedule);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupsView::refresh); // list that folder
    connect(m_backUp, &QPushButton::clicked, this, &BackupsView::backUpNow);
    connect(m_verify, &QPushButton::clicked, this, &BackupsView::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsView::restoreSelected);
    connect(m_backups, &QTableWidget::itemSelectionChanged, this, &BackupsView::updateButtons);
    connect(m_runner, &TaskRunner::busyChanged, this, &BackupsView::updateButtons);
    retranslateUi();
}

QString BackupsView::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

bool BackupsView::permitted(int action, const QString &what)
{
    QString error;
    if (Permissions(*m_session->database())
            .check(m_session->scope(), PermissionArea::Settings, PermissionAction(action), what, &error))
        return true;
    m_message->showError(error);
    return false;
}

void BackupsView::refresh()
{
    m_backups->setRowCount(0);
    if (!m_session->isOpen()) {
        m_loadedFor.clear();
        updateButtons();
        return;
    }
    Database &db = *m_session->database();
    const BackupSettings s = BackupSettings::load(db);
    // The settings are shown once per database; afterwards the user's edits stay until saved.
    if (m_loadedFor != db.path()) {
        m_loadedFor = db.path();
        m_folder->setText(QDir::toNativeSeparators(s.effectiveFolder(db.path())));
        m_daily->setChecked(s.daily);
        m_onExit->setChecked(s.onExit);
        m_keepDaily->setValue(s.keepDaily);
        m_keepMonthly->setValue(s.keepMonthly);
    }
    const QString folder = this->folder();
    const BackupScheduler scheduler(db);
    const QDateTime now = QDateTime::currentDateTime();
    m_last->setText(
        (s.lastBackupAt.isValid()
             ? tr("Last scheduled backup: %1, %2.").arg(dateText(s.lastBackupAt), s.lastBackupFile)
             : tr("No scheduled backup yet.")) +
        u' ' + scheduler.dueReason(now));

    const QList<BackupEntry> entries = BackupCatalog::list(folder);
    m_backups->setRowCount(int(entries.size()));
    const QLocale locale;
    for (int r = 0; r < entries.size(); ++r) {
        const BackupEntry &e = entries.at(r);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column == Size || column == Schema)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_backups->setItem(r, column, item);
        };
        set(File, e.fileName);
        m_backups->item(r, File)->setData(Qt::UserRole, e.path);
        m_backups->item(r, File)->setToolTip(QDir::toNativeSeparators(e.path));
        set(Made, dateText(e.createdAt));
        set(Size, locale.formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat));
        set(Schema, e.schemaVersion >= 0 ? QString::number(e.schemaVersion) : tr("encrypted"));
        set(Status, BackupCatalog::verificationText(e.verification));
        m_backups->item(r, Status)->setData(Qt::UserRole, BackupEntry::verificationCode(e.verification));
    }
    for (int column : {Made, Size, Schema, Status})
        m_backups->resizeColumnToContents(column);
    m_listTitle->setText(
        entries.isEmpty() ? tr("No backups in this folder yet.")
                          : tr("%n backup(s) in this folder, newest first.", nullptr, int(entries.size())));
    updateButtons();
}

void BackupsView::saveSchedule()
{
    if (!m_session->isOpen() || !permitted(int(PermissionAction::Edit), u"backup settings"_s))
        return;
    Database &db = *m_session->database();
    BackupSettings s = BackupSettings::load(db);
    const QString chosen = QFileInfo(folder()).absoluteFilePath();
    // The default folder stays "the default" (it follows the database when the file moves).
    s.folder =
        folder().isEmpty() || chosen == QFileInfo(BackupSettings::defaultFolder(db.path())).absoluteFilePath()
            ? QString()
            : chosen;
    s.daily = m_daily->isChecked();
    s.onExit = m_onExit->isChecked();
    s.keepDaily = m_keepDaily->value();
    s.keepMonthly = m_keepMonthly->value();
    if (!s.save(db)) {
        m_message->showError(tr("The backup settings could not be saved."));
        return;
    }
    m_loadedFor.clear();
    refresh();
    m_message->showMessage(tr("Backup settings saved."), StatusLabel::Success);
}

void BackupsView::backUpNow()
{
    if (!m_session->isOpen() || m_runner->isBusy() || !permitted(int(PermissionAction::Export), u"backup"_s))
        return;
    BackupNowDialog dialog(folder(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Database *db = m_session->database();
    const QString target = dialog.folder();
    BackupOptions options;
    options.databaseKey = !dialog.usesOtherPassphrase();
    options.passphrase = dialog.otherPassphrase();
    // Into the scheduled folder with the usual key, it counts as the scheduled backup and rotates.
    const BackupSettings settings = BackupSettings::load(*db);
    const bool scheduled =
        options.databaseKey && QFileInfo(target).absoluteFilePath() ==
                                   QFileInfo(settings.effectiveFolder(db->path())).absoluteFilePath();
    m_message->clearMessage();
    m_runner->start<ScheduledBackup>(
        tr("Backing up %1…").arg(QFileInfo(db->path()).fileName()), true,
        [db, target, options, scheduled](const TaskRunner::Control &control) {
            BackupOptions o = options;
            o.cancel = control.cancelFlag();
            o.progress = [control](qint64 done, qint64 total) { return control.progress(done, total); };
            const QDateTime now = QDateTime::currentDateTime();
            ScheduledBackup result;
            if (scheduled)
                result = BackupScheduler(*db).run(now, o);
            else
                result.backup = BackupWriter::write(
                    *db, BackupFile::freePath(target, BackupFile::databaseName(db->path()), now), o);
            db->releaseThreadConnection();
            return result;
        },
        [this, target](const ScheduledBackup &result) {
            const BackupResult &r = result.backup;
            if (r.cancelled) {
                m_message->showMessage(tr("The backup was cancelled; nothing was written."),
                                       StatusLabel::Warning);
                return;
            }
            if (!r.ok()) {
                m_message->showError(r.error.message());
                return;
            }
            m_folder->setText(QDir::toNativeSeparators(target));
            refresh();
            QString text =
                tr("Backed up to %1 (%2, verified).")
                    .arg(QDir::toNativeSeparators(r.path),
                         QLocale().formattedDataSize(r.bytes, 1, QLocale::DataSizeTraditionalFormat));
            if (!result.removed.isEmpty())
                text += u' ' + tr("%n old backup(s) removed by the keep settings.", nullptr,
                                  int(result.removed.size()));
            m_message->showMessage(text, StatusLabel::Success);
        });
}

void BackupsView::verifySelected()
{
    const QString path = selectedPath();
    if (path.isEmpty() || m_runner->isBusy())
        return;
    bool ok = false;
    QString text = QInputDialog::getText(window(), tr("Verify Backup"),
                                         tr("Passphrase of %1:").arg(QFileInfo(path).fileName()),
                                         QLineEdit::Password, QString(), &ok);
    if (!ok || text.isEmpty())
        return;
    const SecureBytes passphrase = SecureBytes::fromString(text);
    SecureBytes::wipe(text);
    m_message->clearMessage();
    m_runner->start<BackupCheck>(
        tr("Verifying %1…").arg(QFileInfo(path).fileName()), false,
        [path, passphrase](const TaskRunner::Control &) {
            for (BackupEntry entry : BackupCatalog::list(QFileInfo(path).absolutePath()))
                if (entry.path == path)
                    return BackupCatalog::verify(entry, passphrase);
            return BackupVerifier::verify(path, passphrase);
        },
        [this, path](const BackupCheck &check) {
            refresh();
            if (check.ok())
                m_message->showMessage(tr("%1 opens with that passphrase and passed the integrity check.")
                                           .arg(QFileInfo(path).fileName()),
                                       StatusLabel::Success);
            else
                m_message->showError(check.error.message());
        });
}

void BackupsView::restoreSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty() || !m_session->isOpen() || m_runner->isBusy() || !m_restorer ||
        !permitted(int(PermissionAction::Edit), u"restore"_s))
        return;
    Database *db = m_session->database();
    const QString aside =
        QFileInfo(BackupRestore::asideName(db->path(), QDateTime::currentDateTime())).fileName();
    RestoreDialog dialog(*db, path, aside, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    RestoreOptions options;
    options.databasePassphrase = dialog.databasePassphrase();
    options.backupPassphrase = dialog.backupPassphrase();
    m_message->clearMessage();
    // Verified first, off the UI thread: a wrong passphrase or a damaged file changes nothing.
    m_runner->start<BackupCheck>(
        tr("Checking %1…").arg(QFileInfo(path).fileName()), false,
        [path, passphrase = options.backupPassphrase](const TaskRunner::Control &) {
            return BackupVerifier::verify(path, passphrase);
        },
        [this, path, options](const BackupCheck &check) {
            if (!check.ok()) {
                m_message->showError(check.error.message() + u' ' + tr("Nothing was changed."));
                return;
            }
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const RestoreResult r = m_restorer(path, options);
            QGuiApplication::restoreOverrideCursor();
            refresh();
            if (!r.ok()) {
                m_message->showError(r.error.message());
                return;
            }
            QString text = tr("Restored from %1.").arg(QFileInfo(path).fileName());
            if (!r.keptAside.isEmpty())
                text += u' ' +
                        tr("The previous database is kept as %1.").arg(QDir::toNativeSeparators(r.keptAside));
            m_message->showMessage(text, StatusLabel::Success);
            Q_EMIT restored();
        });
}

QString BackupsView::selectedPath() const
{
    const QModelIndexList rows = m_backups->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return m_backups->item(rows.constFirst().row(), File)->data(Qt::UserRole).toString();
}

void BackupsView::updateButtons()
{
    const bool open = m_session->isOpen();
    const bool idle = !m_runner->isBusy();
    const bool selected = !selectedPath().isEmpty();
    m_backUp->setEnabled(open && idle);
    m_verify->setEnabled(idle && selected);
    m_restore->setEnabled(open && idle && selected);
    m_save->setEnabled(open);
}

void BackupsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BackupsView::retranslateUi()
{
    m_schedule->setTitle(tr("Scheduled backups"));
    m_folderLabel->setText(tr("Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_daily->setText(tr("&Daily"));
    m_daily->setToolTip(tr("One backup a day, when Frontline is next open that day."));
    m_onExit->setText(tr("When Frontline &closes"));
    m_keepLabel->setText(tr("Keep:"));
    m_keepDailyLabel->setText(tr("daily"));
    m_keepMonthlyLabel->setText(tr("monthly"));
    m_save->setText(tr("&Save Settings"));
    m_backUp->setText(tr("&Back Up Now…"));
    m_verify->setText(tr("&Verify…"));
    m_restore->setText(tr("&Restore…"));
    m_backups->setHorizontalHeaderLabels({tr("File"), tr("Made"), tr("Size"), tr("Schema"), tr("Status")});
}

} // namespace frontline
