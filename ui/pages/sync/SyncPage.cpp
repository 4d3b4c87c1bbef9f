#include "SyncPage.h"

#include "ConflictsView.h"
#include "Format.h"
#include "SyncDialogs.h"
#include "TaskRunner.h"
#include "pages/PageCatalog.h"
#include "repositories/OrgRepository.h"
#include "security/Keychain.h"
#include "widgets/LineIcon.h"
#include "widgets/PageHeader.h"
#include "widgets/StatusLabel.h"
#include "widgets/Tables.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

const QString FolderKey = u"sync/packageFolder"_s;

enum HistoryColumn
{
    When,
    Direction,
    MemberCode,
    Records,
    New,
    Updated,
    Conflicts,
    Ignored,
    File,
    HistoryColumns
};

enum StatusColumn
{
    StatusMember,
    LastSent,
    LastReceived,
    OpenConflicts,
    StatusColumns
};

bool useKeychain()
{
    return !qEnvironmentVariableIsSet("FRONTLINE_NO_KEYCHAIN");
}

QString historyTime(const QString &iso)
{
    return dateText(QDateTime::fromString(iso, Qt::ISODate));
}

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    tables::setUp(table);
    return table;
}

} // namespace

SyncPage::SyncPage(CrmActions *actions, QWidget *parent)
    : CrmPage(actions, Session::Everything, parent), m_iterations(SyncPackageWriter::DefaultIterations)
{
    m_header = new PageHeader(this);
    m_runner = new TaskRunner(this);
    m_runner->setObjectName(u"taskRunner"_s);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"syncTabs"_s);
    m_tabs->setDocumentMode(true);

    // --- Sync tab
    auto *syncTab = new QWidget(m_tabs);
    m_exportForRep = new QPushButton(LineIcon::icon(LineIcon::Team), QString(), syncTab);
    m_exportForRep->setObjectName(u"exportForRepButton"_s);
    m_exportChanges = new QPushButton(LineIcon::icon(LineIcon::Sync), QString(), syncTab);
    m_exportChanges->setObjectName(u"exportChangesButton"_s);
    m_import = new QPushButton(LineIcon::icon(LineIcon::ImportExport), QString(), syncTab);
    m_import->setObjectName(u"importPackagesButton"_s);
    m_passphraseButton = new QPushButton(syncTab);
    m_passphraseButton->setObjectName(u"teamPassphraseButton"_s);
    m_dropHint = new QLabel(syncTab);
    m_dropHint->setObjectName(u"dropHint"_s);
    m_dropHint->setWordWrap(true);
    m_dropHint->setForegroundRole(QPalette::PlaceholderText);
    m_message = new StatusLabel(syncTab);
    m_message->setObjectName(u"syncMessage"_s);
    m_message->setWordWrap(true);
    m_statusTitle = new QLabel(syncTab);
    m_statusText = new QLabel(syncTab);
    m_statusText->setObjectName(u"syncStatusText"_s);
    m_statusText->setWordWrap(true);
    m_statusText->setTextFormat(Qt::PlainText);
    m_status = makeTable(StatusColumns, u"syncStatus"_s, syncTab);
    m_status->horizontalHeader()->setStretchLastSection(true);
    m_historyTitle = new QLabel(syncTab);
    m_history = makeTable(HistoryColumns, u"syncHistory"_s, syncTab);
    m_history->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    for (QLabel *title : {m_statusTitle, m_historyTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportForRep);
    buttons->addWidget(m_exportChanges);
    buttons->addWidget(m_import);
    buttons->addStretch();
    buttons->addWidget(m_passphraseButton);
    auto *syncLayout = new QVBoxLayout(syncTab);
    syncLayout->setContentsMargins(0, 12, 0, 0);
    syncLayout->addLayout(buttons);
    syncLayout->addWidget(m_dropHint);
    syncLayout->addWidget(m_message);
    syncLayout->addSpacing(8);
    syncLayout->addWidget(m_statusTitle);
    syncLayout->addWidget(m_statusText);
    syncLayout->addWidget(m_status, 1);
    syncLayout->addSpacing(8);
    syncLayout->addWidget(m_historyTitle);
    syncLayout->addWidget(m_history, 3);

    m_conflicts = new ConflictsView(session(), m_tabs);
    m_conflicts->setObjectName(u"conflictsView"_s);
    m_backups = new BackupsView(session(), m_runner, m_tabs);
    m_backups->setObjectName(u"backupsView"_s);
    m_tabs->addTab(syncTab, LineIcon::icon(LineIcon::Sync), QString());
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_backups, LineIcon::icon(LineIcon::Database), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins()); // the main window frames every page
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_runner);

    setAcceptDrops(true);
    connect(m_exportForRep, &QPushButton::clicked, this, &SyncPage::exportForRep);
    connect(m_exportChanges, &QPushButton::clicked, this, &SyncPage::exportChanges);
    connect(m_import, &QPushButton::clicked, this, [this] { importPackages(); });
    connect(m_passphraseButton, &QPushButton::clicked, this, &SyncPage::setTeamPassphrase);
    connect(m_runner, &TaskRunner::busyChanged, this, &SyncPage::updateButtons);
    connect(m_conflicts, &ConflictsView::changed, this,
            [this] { session()->notifyChanged(Session::Everything); });
    retranslateUi();
}

SyncPage::~SyncPage()
{
    // The work holds the database; it must end before the database can close.
    m_runner->waitForDone();
}

bool SyncPage::isBusy() const
{
    return m_runner->isBusy();
}

void SyncPage::waitForTasks()
{
    m_runner->waitForDone();
}

void SyncPage::setRestorer(BackupsView::Restorer restorer)
{
    m_backups->setRestorer(std::move(restorer));
}

void SyncPage::refresh()
{
    m_history->setRowCount(0);
    m_status->setRowCount(0);
    m_state = SyncState();
    if (!session()->isOpen() || session()->database()->path() != m_passphraseFor) {
        forgetPassphrase();
        m_skipKeychain = false;
    }
    if (session()->isOpen()) {
        m_passphraseFor = session()->database()->path();
        SyncService sync(*session()->database());
        m_state = sync.state();
        const QList<SyncHistoryEntry> history = sync.history(1000);
        const QLocale locale;
        m_history->setRowCount(int(history.size()));
        for (int r = 0; r < history.size(); ++r) {
            const SyncHistoryEntry &h = history.at(r);
            const auto set = [&](int column, const QString &text, bool number = false) {
                auto *item = new QTableWidgetItem(text);
                if (number)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_history->setItem(r, column, item);
            };
            set(When, historyTime(h.at));
            set(Direction, h.direction == u"export"_s ? tr("Sent") : tr("Received"));
            m_history->item(r, Direction)->setData(Qt::UserRole, h.direction);
            set(MemberCode, h.memberCode);
            set(Records, locale.toString(h.records), true);
            set(New, locale.toString(h.inserted), true);
            set(Updated, locale.toString(h.updated), true);
            set(Conflicts, locale.toString(h.conflicts), true);
            set(Ignored, locale.toString(h.ignored), true);
            set(File, h.fileName);
        }
        for (int column = 0; column < HistoryColumns; ++column)
            if (column != File)
                m_history->resizeColumnToContents(column);
        fillStatus(m_state, history);
        if (m_state.role == SyncState::Rep) {
            const qint64 pending = sync.pendingChanges();
            m_statusText->setText(
                pending ? tr("%n change(s) made here are not at the manager yet: export your changes and "
                             "send the file to your manager.",
                             nullptr, int(pending))
                        : tr("The manager has every change made here."));
            m_statusText->setProperty("pending", pending);
        }
    }
    m_conflicts->refresh();
    m_backups->refresh();
    retranslateUi();
    updateButtons();
}

void SyncPage::fillStatus(const SyncState &state, const QList<SyncHistoryEntry> &history)
{
    m_status->setVisible(state.role == SyncState::Manager);
    if (state.role != SyncState::Manager) {
        if (state.role == SyncState::Unsynced)
            m_statusText->setText(tr("This database has not synced yet."));
        return;
    }
    m_statusText->setText(tr("Where each member stands (open conflicts: %1).").arg(state.openConflicts));
    // History is newest first: the first of each kind per member is the last.
    QStringList order;
    QHash<QString, QString> sent, received;
    for (const SyncHistoryEntry &h : history) {
        if (h.memberCode.isEmpty())
            continue;
        if (!order.contains(h.memberCode))
            order << h.memberCode;
        QHash<QString, QString> &last = h.direction == u"export"_s ? sent : received;
        if (!last.contains(h.memberCode))
            last.insert(h.memberCode, historyTime(h.at));
    }
    QHash<QString, int> conflicts;
    for (const SyncConflict &c : SyncService(*session()->database()).conflicts())
        ++conflicts[c.theirsWho];
    std::sort(order.begin(), order.end());
    QHash<QString, QString> names;
    for (const frontline::Member &m : session()->repository<OrgRepository>().members())
        names.insert(m.code, m.name);
    m_status->setRowCount(int(order.size()));
    for (int r = 0; r < order.size(); ++r) {
        const QString &code = order.at(r);
        const QString name = names.value(code);
        m_status->setItem(r, StatusMember,
                          new QTableWidgetItem(name.isEmpty() ? code : u"%1 · %2"_s.arg(name, code)));
        m_status->setItem(r, LastSent, new QTableWidgetItem(sent.value(code, tr("never"))));
        m_status->setItem(r, LastReceived, new QTableWidgetItem(received.value(code, tr("never"))));
        m_status->setItem(r, OpenConflicts, new QTableWidgetItem(QString::number(conflicts.value(code))));
    }
    for (int column = 0; column < StatusColumns; ++column)
        m_status->resizeColumnToContents(column);
}

// --- the team passphrase --------------------------------------------------------------------

bool SyncPage::teamPassphrase(SecureBytes *out, bool forNewPackage)
{
    if (!m_passphrase.isEmpty()) {
        *out = m_passphrase;
        return true;
    }
    const QString entry = Keychain::entryForSyncPassphrase(session()->database()->path());
    if (useKeychain() && !m_skipKeychain) {
        const Keychain::ReadResult saved = Keychain::read(entry, 3000);
        if (saved.status == Keychain::Ok && !saved.secret.isEmpty()) {
            m_passphrase = saved.secret;
            *out = m_passphrase;
            return true;
        }
    }
    TeamPassphraseDialog dialog(forNewPackage ? TeamPassphraseDialog::Confirm : TeamPassphraseDialog::Enter,
                                window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_passphrase = dialog.passphrase();
    rememberPassphrase(m_passphrase, dialog.remember());
    *out = m_passphrase;
    return true;
}

void SyncPage::rememberPassphrase(const SecureBytes &passphrase, bool remember)
{
    if (!remember || !useKeychain())
        return;
    QString problem;
    if (Keychain::write(Keychain::entryForSyncPassphrase(session()->database()->path()), passphrase,
                        &problem) != Keychain::Ok)
        m_message->showMessage(tr("The passphrase could not be saved in the keychain: %1").arg(problem),
                               StatusLabel::Warning);
    else
        m_skipKeychain = false;
}

void SyncPage::forgetPassphrase()
{
    m_passphrase.clear();
    m_passphraseFor.clear();
}

void SyncPage::setTeamPassphrase()
{
    if (!session()->isOpen())
        return;
    TeamPassphraseDialog dialog(TeamPassphraseDialog::Set, window());
    dialog.setRemember(useKeychain());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_passphrase = dialog.passphrase();
    m_passphraseFor = session()->database()->path();
    m_message->showMessage(tr("The team sync passphrase is set for the packages you write from now on. Tell "
                              "it to your reps in person."),
                           StatusLabel::Success);
    if (dialog.remember())
        rememberPassphrase(m_passphrase, true);
    else if (useKeychain())
        Keychain::remove(Keychain::entryForSyncPassphrase(session()->database()->path()));
}

// --- export ---------------------------------------------------------------------------------

QString SyncPage::packageFolder() const
{
    const QString saved = QSettings().value(FolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void SyncPage::setPackageFolder(const QString &path)
{
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
}

void SyncPage::exportForRep()
{
    if (!session()->isOpen() || isBusy() || m_state.role == SyncState::Rep)
        return;
    QList<ExportPackageDialog::Member> members;
    for (const frontline::Member &m : session()->repository<OrgRepository>().members(true))
        members.append({m.code, m.name});
    if (members.isEmpty()) {
        m_message->showError(tr("There is nobody to export for: add the team's members first."));
        return;
    }
    ExportPackageDialog dialog(members, packageFolder(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    runExport(dialog.memberCode(), QDir::fromNativeSeparators(dialog.path()), dialog.validDays());
}

void SyncPage::exportChanges()
{
    if (!session()->isOpen() || isBusy() || m_state.role != SyncState::Rep)
        return;
    ExportPackageDialog dialog({}, packageFolder(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    runExport(QString(), QDir::fromNativeSeparators(dialog.path()), dialog.validDays());
}

void SyncPage::runExport(const QString &memberCode, const QString &path, int validDays)
{
    SyncOptions options;
    if (!teamPassphrase(&options.passphrase, true))
        return;
    options.validDays = validDays;
    options.iterations = m_iterations;
    setPackageFolder(path);
    m_message->clearMessage();
    Database *db = session()->database();
    const QString text = memberCode.isEmpty()
                             ? tr("Writing your changes to %1…").arg(QFileInfo(path).fileName())
                             : tr("Writing the package for %1…").arg(memberCode);
    m_runner->start<SyncExportResult>(
        text, false,
        [db, memberCode, path, options](const TaskRunner::Control &) {
            SyncService sync(*db);
            SyncExportResult r = memberCode.isEmpty() ? sync.exportChanges(path, options)
                                                      : sync.exportForMember(memberCode, path, options);
            db->releaseThreadConnection();
            return r;
        },
        [this](const SyncExportResult &r) {
            if (!r.ok()) {
                m_message->showError(r.error.message());
                return;
            }
            const QString file = QDir::toNativeSeparators(r.path);
            const QString expires = dateText(r.manifest.expires);
            m_message->showMessage(
                r.manifest.kind == SyncManifest::Scope
                    ? tr("Wrote %n record(s) for %1 to %2. Give the file to the rep; it can be opened until "
                         "%3.",
                         nullptr, int(r.manifest.records))
                          .arg(r.manifest.memberCode, file, expires)
                    : tr("Wrote %n changed record(s) to %1. Give the file to your manager; it can be opened "
                         "until %2.",
                         nullptr, int(r.manifest.records))
                          .arg(file, expires),
                StatusLabel::Success);
            session()->notifyChanged(Session::Everything); // history and status
            updateNow();
        });
}

// --- import ---------------------------------------------------------------------------------

void SyncPage::importPackages(QStringList paths)
{
    if (!session()->isOpen() || isBusy())
        return;
    if (paths.isEmpty()) {
        paths = QFileDialog::getOpenFileNames(window(), tr("Import Sync Packages"), packageFolder(),
                                              tr("Sync packages (*.flsync);;All files (*)"));
        if (paths.isEmpty())
            return;
        setPackageFolder(paths.constFirst());
    }
    SyncOptions options;
    if (!teamPassphrase(&options.passphrase, false))
        return;
    m_message->clearMessage();
    Database *db = session()->database();
    m_runner->start<QList<ImportOutcome>>(
        tr("Importing %n package(s)…", nullptr, int(paths.size())), false,
        [db, paths, options](const TaskRunner::Control &) {
            QList<ImportOutcome> outcomes;
            SyncService sync(*db);
            for (const QString &path : paths)
                outcomes.append({QFileInfo(path).fileName(), sync.importPackage(path, options)});
            db->releaseThreadConnection();
            return outcomes;
        },
        [this](const QList<ImportOutcome> &outcomes) { showImported(outcomes); });
}

void SyncPage::showImported(const QList<ImportOutcome> &outcomes)
{
    QStringList lines;
    bool refused = false, conflicts = false, changed = false;
    for (const ImportOutcome &o : outcomes) {
        const SyncImportResult &r = o.result;
        if (!r.ok()) {
            refused = true;
            lines << tr("%1 was not imported: %2 Nothing was changed.").arg(o.file, r.error.message());
            if (r.error.kind() == SyncPackageError::WrongKey) {
                // Ask again next time, even if the keychain holds a passphrase.
                forgetPassphrase();
                m_skipKeychain = true;
            }
            continue;
        }
        changed = true;
        QString line = tr("%1: %2 new, %3 updated, %4 conflicts, %5 ignored.")
                           .arg(o.file)
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.conflicts)
                           .arg(r.ignored);
        if (r.becameRep)
            line += u' ' + tr("This database is now %1's.").arg(r.manifest.memberCode);
        if (r.matches)
            line += u' ' + tr("%n new customer(s) may be duplicates: see the Conflicts tab.", nullptr,
                              int(r.matches));
        for (const QString &note : r.notes)
            line += u' ' + note;
        conflicts = conflicts || r.conflicts > 0 || r.matches > 0;
        lines << line;
    }
    if (conflicts)
        lines << tr("Conflicts wait on the Conflicts tab until someone keeps one of the values.");
    m_message->showMessage(lines.join(u'\n'), refused     ? StatusLabel::Error
                                              : conflicts ? StatusLabel::Warning
                                                          : StatusLabel::Success);
    if (changed)
        session()->notifyChanged(Session::Everything);
    updateNow();
}

void SyncPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && session()->isOpen() && !isBusy()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    CrmPage::dragEnterEvent(event);
}

void SyncPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_tabs->setCurrentIndex(SyncTab);
    importPackages(paths);
}

// --- look -----------------------------------------------------------------------------------

void SyncPage::updateButtons()
{
    const bool open = session()->isOpen();
    const bool idle = !isBusy();
    const bool rep = m_state.role == SyncState::Rep;
    m_exportForRep->setVisible(!rep);
    m_passphraseButton->setVisible(!rep);
    m_exportChanges->setVisible(rep);
    for (QPushButton *b : {m_exportForRep, m_exportChanges, m_import, m_passphraseButton})
        b->setEnabled(open && idle);
}

void SyncPage::changeEvent(QEvent *event)
{
    CrmPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SyncPage::retranslateUi()
{
    m_header->setTitle(PageCatalog::title(PageId::Sync));
    switch (m_state.role) {
    case SyncState::Manager:
        m_header->setSubtitle(
            tr("The manager's database: export a package for each rep, import their changes."));
        break;
    case SyncState::Rep:
        m_header->setSubtitle(tr("%1's database: export your changes for the manager, import the manager's "
                                 "packages.")
                                  .arg(m_state.memberCode));
        break;
    case SyncState::Unsynced:
        m_header->setSubtitle(tr("On the manager's laptop, export a package for a rep; on a rep's new, empty "
                                 "database, import the package the manager wrote."));
        break;
    }
    m_exportForRep->setText(tr("&Export for a Rep…"));
    m_exportChanges->setText(tr("&Export My Changes…"));
    m_import->setText(m_state.role == SyncState::Rep ? tr("&Import the Manager's Package…")
                                                     : tr("&Import Packages…"));
    m_passphraseButton->setText(tr("Team &Passphrase…"));
    m_dropHint->setText(tr("Or drop package files (.flsync) anywhere on this page to import them."));
    m_statusTitle->setText(tr("Status"));
    m_historyTitle->setText(tr("Packages sent and received"));
    m_status->setHorizontalHeaderLabels(
        {tr("Member"), tr("Last package sent"), tr("Last changes received"), tr("Open conflicts")});
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Direction"), tr("Member"), tr("Records"), tr("New"),
                                          tr("Updated"), tr("Conflicts"), tr("Ignored"), tr("File")});
    m_tabs->setTabText(SyncTab, tr("Sync"));
    const int open = m_conflicts->openConflicts();
    m_tabs->setTabText(ConflictsTab, open ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
    m_tabs->setTabText(BackupsTab, tr("Backups"));
}

} // namespace frontline
