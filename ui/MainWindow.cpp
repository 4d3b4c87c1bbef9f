#include "MainWindow.h"

#include "CrmActions.h"
#include "DatabaseOpener.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/PasswordDialog.h"
#include "domain/Vocabulary.h"
#include "pages/admin/AdminPage.h"
#include "pages/customers/CustomersPage.h"
#include "pages/dashboard/DashboardPage.h"
#include "pages/import/AutoImport.h"
#include "pages/import/ImportPage.h"
#include "pages/opportunities/OpportunitiesPage.h"
#include "pages/orders/OrdersPage.h"
#include "pages/payments/PaymentsPage.h"
#include "pages/performance/PerformancePage.h"
#include "pages/settings/SettingsPage.h"
#include "pages/sync/SyncPage.h"
#include "pages/tasks/TasksPage.h"
#include "pages/team/TeamPage.h"
#include "pages/visits/VisitsPage.h"
#include "security/IdleLock.h"
#include "storage/SqlCipherDriver.h"
#include "widgets/ActingAsChooser.h"
#include "widgets/EmptyState.h"
#include "widgets/LineIcon.h"
#include "widgets/Sidebar.h"

#include <frontline/Version.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString PageKey = u"mainWindow/page"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s); // saveState() needs a name
    setWindowIcon(LineIcon::icon(LineIcon::Frontline));
    m_undoStack = new QUndoStack(this);
    m_scheduledBackup = new QFutureWatcher<ScheduledBackup>(this);
    connect(m_scheduledBackup, &QFutureWatcher<ScheduledBackup>::finished, this, [this] {
        const ScheduledBackup r = m_scheduledBackup->result();
        statusBar()->showMessage(
            r.backup.ok() ? tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(r.backup.path))
                          : tr("The daily backup failed: %1").arg(r.backup.error.message()),
            15000);
    });
    m_session = new Session(m_undoStack, this);
    m_actions = new CrmActions(m_session, this);
    m_autoImport = new AutoImport(m_session, this);

    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    m_idleLock = new IdleLock(this);
    m_idleLock->setTimeoutMinutes(IdleLock::savedMinutes());
    connect(m_idleLock, &IdleLock::idle, this, [this] {
        // Not now (a dialog is open, work runs): the next check tries again.
        if (!lock(UserAccounts::LockCause::Idle))
            m_idleLock->retrySoon();
    });
    connect(m_settingsPage, &SettingsPage::idleLockMinutesChanged, m_idleLock, &IdleLock::setTimeoutMinutes);
    retranslateUi(); // also shows whether a database is open
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Pages let go of the database before it closes.
    setDatabase(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);

    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    // What reps do all day, from anywhere in the window.
    m_logVisitAction = new QAction(LineIcon::icon(LineIcon::Visits), QString(), this);
    m_logVisitAction->setObjectName(u"logVisitAction"_s);
    m_logVisitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logVisitAction, &QAction::triggered, this, [this] { m_actions->logVisit(); });
    m_newCustomerAction = new QAction(LineIcon::icon(LineIcon::Customers), QString(), this);
    m_newCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newCustomerAction, &QAction::triggered, m_actions, &CrmActions::newCustomer);
    m_newOpportunityAction = new QAction(LineIcon::icon(LineIcon::Opportunities), QString(), this);
    connect(m_newOpportunityAction, &QAction::triggered, this, [this] { m_actions->addOpportunity(); });
    m_newTaskAction = new QAction(LineIcon::icon(LineIcon::Tasks), QString(), this);
    m_newTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTaskAction, &QAction::triggered, this, [this] { m_actions->addTask(); });
    m_newOrderAction = new QAction(LineIcon::icon(LineIcon::Orders), QString(), this);
    connect(m_newOrderAction, &QAction::triggered, this, [this] { m_actions->newOrder(); });
    m_recordPaymentAction = new QAction(LineIcon::icon(LineIcon::Check), QString(), this);
    m_recordPaymentAction->setObjectName(u"recordPaymentAction"_s);
    connect(m_recordPaymentAction, &QAction::triggered, this, [this] { m_actions->recordPayment(); });

    auto *pageGroup = new QActionGroup(this);
    for (PageId page : PageCatalog::all()) {
        auto *action = new QAction(PageCatalog::icon(page), QString(), pageGroup);
        action->setCheckable(true);
        const int number = int(page) + 1; // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
        if (number <= 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number % 10)));
        connect(action, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
        m_pageActions << action;
    }

    m_logOutAction = new QAction(this);
    m_logOutAction->setObjectName(u"logOutAction"_s);
    connect(m_logOutAction, &QAction::triggered, this, &MainWindow::logOut);
    m_lockAction = new QAction(LineIcon::icon(LineIcon::Lock), QString(), this);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(UserAccounts::LockCause::Manual); });
    m_changePasswordAction = new QAction(this);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changeOwnPassword);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_logOutAction);
    m_fileMenu->addAction(m_changePasswordAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_logVisitAction);
    m_editMenu->addAction(m_newCustomerAction);
    m_editMenu->addAction(m_newOpportunityAction);
    m_editMenu->addAction(m_newTaskAction);
    m_editMenu->addAction(m_newOrderAction);
    m_editMenu->addAction(m_recordPaymentAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralWidget()
{
    m_sidebar = new Sidebar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    for (PageId page : PageCatalog::all()) {
        QWidget *widget = nullptr;
        switch (page) {
        case PageId::Settings:
            widget = m_settingsPage = new SettingsPage(m_pages);
            break;
        case PageId::Customers:
            widget = m_customersPage = new CustomersPage(m_actions, m_pages);
            break;
        case PageId::Visits:
            widget = new VisitsPage(m_actions, m_pages);
            break;
        case PageId::Opportunities:
            widget = new OpportunitiesPage(m_actions, m_pages);
            break;
        case PageId::Orders:
            widget = new OrdersPage(m_actions, m_pages);
            break;
        case PageId::Payments:
            widget = new PaymentsPage(m_actions, m_pages);
            break;
        case PageId::Team:
            widget = new TeamPage(m_actions, m_pages);
            break;
        case PageId::Tasks:
            widget = new TasksPage(m_actions, m_pages);
            break;
        case PageId::ImportExport:
            widget = new ImportPage(m_actions, m_pages);
            static_cast<ImportPage *>(widget)->setAutoImport(m_autoImport);
            break;
        case PageId::Sync:
            widget = m_syncPage = new SyncPage(m_actions, m_pages);
            break;
        case PageId::Dashboard:
            widget = new DashboardPage(m_actions, m_pages);
            break;
        case PageId::Admin:
            widget = new AdminPage(m_actions, m_pages);
            break;
        case PageId::Performance:
            widget = new PerformancePage(m_actions, m_pages);
            break;
        }
        widget->setObjectName(PageCatalog::key(page) + u"Page"_s);
        m_pages->addWidget(widget);
        m_sidebar->addRow(PageCatalog::icon(page));
    }
    m_syncPage->setRestorer([this](const QString &backupPath, const RestoreOptions &options) {
        return restoreDatabase(backupPath, options);
    });
    connect(m_sidebar, &Sidebar::currentRowChanged, this, &MainWindow::showPageAt);
    connect(this, &MainWindow::databaseChanged, m_settingsPage, &SettingsPage::setDatabase);
    m_settingsPage->setSession(m_session);
    connect(m_session, &Session::customerRequested, this, &MainWindow::showCustomer);

    // Pages get the same margins, so that each one need not choose its own.
    auto *pageArea = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pageArea);
    pageLayout->setContentsMargins(32, 24, 32, 16);
    pageLayout->addWidget(m_pages);

    m_workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(QMargins());
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_sidebar);
    workspaceLayout->addWidget(pageArea, 1);

    m_noDatabase = new EmptyState(this);
    m_noDatabase->setObjectName(u"noDatabase"_s);
    m_noDatabase->setIcon(LineIcon::icon(LineIcon::Database));
    m_chooseButton = new QPushButton(m_noDatabase);
    connect(m_chooseButton, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    m_noDatabase->addWidget(m_chooseButton);

    m_lockScreen = new EmptyState(this);
    m_lockScreen->setObjectName(u"lockScreen"_s);
    m_lockScreen->setIcon(LineIcon::icon(LineIcon::Lock));
    m_unlockButton = new QPushButton(m_lockScreen);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        if (m_access == Access::Locked)
            unlock();
        else
            logIn();
    });
    m_lockScreen->addWidget(m_unlockButton);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_noDatabase);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"databaseFileLabel"_s);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(u"schemaVersionLabel"_s);
    m_schemaLabel->setTextFormat(Qt::PlainText);
    m_actingAs = new ActingAsChooser(m_session, this);
    m_actingAs->setObjectName(u"actingAs"_s);
    statusBar()->addPermanentWidget(m_actingAs);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_userLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_session, &Session::scopeChanged, this, &MainWindow::updateAccess);
    connect(m_actions, &CrmActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &Session::problemOccurred, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_autoImport, &AutoImport::fileProcessed, this, [this](const FolderFileResult &result) {
        statusBar()->showMessage(tr("Automatic import: %1").arg(result.message()), 15000);
    });
    for (QLabel *label : {m_fileLabel, m_schemaLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Database…"));
    m_openAction->setText(tr("&Open Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_closeAction->setText(tr("&Close Database"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Frontline"));
    m_logVisitAction->setText(tr("&Log a Visit…"));
    m_logVisitAction->setToolTip(tr("Log a visit, call or message"));
    m_newCustomerAction->setText(tr("New &Customer…"));
    m_newOpportunityAction->setText(tr("New O&pportunity…"));
    m_newTaskAction->setText(tr("New &Task…"));
    m_newOrderAction->setText(tr("New &Order…"));
    m_recordPaymentAction->setText(tr("Record &Payment…"));
    updateUndoActions();
    for (PageId page : PageCatalog::all()) {
        const QString title = PageCatalog::title(page);
        m_sidebar->setRowText(int(page), title);
        m_pageActions.at(int(page))->setText(title);
    }
    m_noDatabase->setTitle(tr("No database is open"));
    m_noDatabase->setText(tr("Open one of your databases, or create a new one."));
    m_chooseButton->setText(tr("Open or Create a Database…"));
    m_lockAction->setText(tr("Loc&k"));
    m_lockAction->setToolTip(
        tr("Hide everything and close the database until its passphrase is entered again"));
    m_logOutAction->setText(tr("Log Out / Switch &User…"));
    m_changePasswordAction->setText(tr("Change My &Password…"));
    updateDatabaseState();
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
}

void MainWindow::updateDatabaseState()
{
    const bool open = m_database && m_database->isOpen();
    const bool working = open && m_access == Access::Open;
    QWidget *shown = m_noDatabase;
    if (working)
        shown = m_workspace;
    else if (m_access == Access::LoggedOut || m_access == Access::Locked)
        shown = m_lockScreen;
    m_central->setCurrentWidget(shown);
    if (m_access == Access::Locked) {
        m_lockScreen->setTitle(tr("Frontline is locked"));
        m_lockScreen->setText(
            tr("%1 is closed and its passphrase wiped from memory. Enter the passphrase to go "
               "on.")
                .arg(QFileInfo(m_lockedPath).fileName()));
        m_unlockButton->setText(tr("&Unlock…"));
    } else {
        m_lockScreen->setTitle(tr("Log in to go on"));
        m_lockScreen->setText(tr("This database has user accounts: what you may see and do depends on who "
                                 "you are."));
        m_unlockButton->setText(tr("&Log In…"));
    }
    m_closeAction->setEnabled(open || m_access == Access::Locked);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(working);
    for (QAction *action : {m_logVisitAction, m_newCustomerAction, m_newOpportunityAction, m_newTaskAction,
                            m_newOrderAction, m_recordPaymentAction})
        action->setEnabled(working);
    m_lockAction->setEnabled(open);
    m_schemaLabel->setVisible(open);
    if (m_access == Access::Locked) {
        setWindowTitle(u"Frontline"_s);
        m_fileLabel->setText(QFileInfo(m_lockedPath).fileName());
        m_fileLabel->setToolTip(QString());
        return;
    }
    if (!open) {
        setWindowTitle(u"Frontline"_s);
        m_fileLabel->setText(tr("No database open"));
        m_fileLabel->setToolTip(QString());
        return;
    }
    const QFileInfo file(m_database->path());
    // The platform adds " — Frontline" to the title.
    setWindowTitle(file.fileName());
    m_fileLabel->setText(file.fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_schemaLabel->setText(tr("Schema version %1").arg(m_database->schemaVersion()));
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (!database && !m_database)
        return;
    // Work in the background reads the database about to close.
    waitForScheduledBackup();
    m_syncPage->waitForTasks();
    m_autoImport->stop();
    std::unique_ptr<Database> previous = std::exchange(m_database, std::move(database));
    // Pages first let go of the old database, then take the new one.
    attach(nullptr, std::nullopt);
    previous.reset();
    m_lockedPath.clear();
    startSession();
}

void MainWindow::attach(Database *database, const std::optional<UserSession> &user)
{
    // Commands on the stack refer to the previous database's records, or were made by another user.
    m_undoStack->clear();
    m_session->setDatabase(nullptr);
    if (database && user)
        m_session->setDatabase(database, *user);
    else if (database)
        m_session->setDatabase(database);
    Q_EMIT databaseChanged(m_session->database());
    updateDatabaseState();
    if (m_scheduledBackups && m_database && m_database->isOpen())
        QTimer::singleShot(3000, this, [this] { startDueBackup(); }); // once the window is up
}

bool MainWindow::startDueBackup()
{
    if (!m_database || !m_database->isOpen() || m_database->isReadOnly() || m_scheduledBackup->isRunning())
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    if (!BackupScheduler(*m_database).isDue(now))
        return false;
    Database *db = m_database.get();
    statusBar()->showMessage(tr("Making the daily backup…"), 15000);
    m_scheduledBackup->setFuture(QtConcurrent::run([db, now] {
        BackupOptions options;
        options.databaseKey = true;
        ScheduledBackup r = BackupScheduler(*db).run(now, options);
        db->releaseThreadConnection();
        return r;
    }));
    return true;
}

void MainWindow::waitForScheduledBackup()
{
    m_scheduledBackup->waitForFinished();
}

void MainWindow::backUpOnExit()
{
    waitForScheduledBackup();
    if (!m_scheduledBackups || !m_database || !m_database->isOpen() || m_database->isReadOnly() ||
        !BackupScheduler(*m_database).isDueOnExit())
        return;
    QProgressDialog progress(tr("Backing up before Frontline closes…"), tr("Skip"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    BackupOptions options;
    options.databaseKey = true;
    options.cancel = cancel.get();
    options.progress = [&progress, cancel](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, cancel, done, total] {
                if (progress.wasCanceled())
                    cancel->store(true);
                else if (total > 0)
                    progress.setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    Database *db = m_database.get();
    QFutureWatcher<ScheduledBackup> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ScheduledBackup>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([db, options] {
        ScheduledBackup r = BackupScheduler(*db).run(QDateTime::currentDateTime(), options);
        db->releaseThreadConnection();
        return r;
    }));
    loop.exec();
}

RestoreResult MainWindow::restoreDatabase(const QString &backupPath, const RestoreOptions &options)
{
    RestoreResult result;
    if (!m_database || !m_database->isOpen()) {
        result.error = {DatabaseError::Other, tr("No database is open.")};
        return result;
    }
    waitForScheduledBackup();
    m_autoImport->stop();
    const QString path = m_database->path();
    // Pages let go of the database; the same Database object is closed, swapped and reopened.
    m_undoStack->clear();
    m_session->setDatabase(nullptr);
    Q_EMIT databaseChanged(nullptr);
    result = BackupRestore::restore(*m_database, path, backupPath, options);
    Database *reopened = m_database->isOpen() ? m_database.get() : nullptr;
    m_session->setDatabase(reopened);
    Q_EMIT databaseChanged(reopened);
    updateDatabaseState();
    return result;
}

void MainWindow::startSession()
{
    if (!m_database || !m_database->isOpen()) {
        m_access = Access::NoDatabase;
        m_idleLock->setActive(false);
        updateDatabaseState();
        return;
    }
    m_idleLock->setActive(true);
    if (UserAccounts(*m_database).hasAccounts()) {
        m_access = Access::LoggedOut;
        updateDatabaseState();
        logIn();
        return;
    }
    m_access = Access::Open;
    attach(m_database.get(), std::nullopt);
}

bool MainWindow::logIn()
{
    if (!m_database || m_access != Access::LoggedOut)
        return false;
    LoginDialog dialog(*m_database, this);
    dialog.setUserName(QSettings().value(u"session/lastUser"_s).toString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QSettings().setValue(u"session/lastUser"_s, dialog.session().userName());
    m_access = Access::Open;
    attach(m_database.get(), dialog.session());
    if (!m_lockedPath.isEmpty()) {
        // The first login after an unlock whose login was cancelled: the lock ends here.
        m_lockedPath.clear();
        UserAccounts(*m_database).recordUnlock(dialog.session());
    }
    return true;
}

void MainWindow::logOut()
{
    if (!m_database || m_access != Access::Open || !m_session->loginsRequired())
        return;
    m_access = Access::LoggedOut;
    attach(nullptr, std::nullopt);
    UserAccounts(*m_database).logOut(); // audited; the database has no actor any more
    logIn();
}

bool MainWindow::lock(UserAccounts::LockCause cause)
{
    if (!m_database || (m_access != Access::Open && m_access != Access::LoggedOut))
        return false;
    // A dialog holds records of the database and work in the background reads it: closing it
    // under them would lose an edit or break an import half-way.
    if (QApplication::activeModalWidget() || QThreadPool::globalInstance()->activeThreadCount() > 0)
        return false;
    UserAccounts accounts(*m_database);
    m_lockedWithLogins = accounts.hasAccounts();
    accounts.recordLock(cause); // before the database closes; a read-only file keeps no log
    m_lockedPath = m_database->path();
    attach(nullptr, std::nullopt);
    // Closing wipes the passphrase the database kept for its connections.
    m_database.reset();
    m_access = Access::Locked;
    m_idleLock->setActive(false);
    updateDatabaseState();
    return true;
}

bool MainWindow::unlock()
{
    if (m_access != Access::Locked)
        return false;
    // Without accounts the passphrase is the only proof of who is back: it is asked even when the
    // keychain remembers it.
    std::unique_ptr<Database> database = DatabaseOpener(this).open(
        m_lockedPath, m_lockedWithLogins ? DatabaseOpener::UseKeychain : DatabaseOpener::AskPassphrase);
    if (!database)
        return false;
    const QString path = m_lockedPath;
    m_database = std::move(database);
    m_lockedPath.clear();
    startSession();
    if (m_access != Access::Open && m_database) {
        // The login was cancelled: the file stays open behind the login screen.
        m_lockedPath = path;
    }
    if (m_access == Access::Open)
        UserAccounts(*m_database).recordUnlock(m_session->user());
    return m_access == Access::Open;
}

void MainWindow::changeOwnPassword()
{
    const std::optional<UserAccount> account = m_session->user().account;
    if (!m_database || !account)
        return;
    PasswordDialog dialog(*m_database, *account, PasswordDialog::ChangeOwn, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password is changed."), 8000);
}

void MainWindow::updateAccess()
{
    const bool logins = m_session->loginsRequired();
    const std::optional<UserAccount> &account = m_session->user().account;
    m_logOutAction->setEnabled(logins && m_access == Access::Open);
    m_changePasswordAction->setEnabled(account.has_value());
    m_userLabel->setVisible(m_session->isOpen() && account.has_value());
    if (account) {
        m_userLabel->setText(
            tr("%1 · %2").arg(account->memberName.isEmpty() ? account->name : account->memberName,
                              Vocabulary::label(Vocabulary::Role, roleKey(account->role))));
        m_userLabel->setToolTip(tr("Logged in as %1").arg(account->name));
    }
    m_settingsPage->setPassphraseChangeAllowed(
        m_session->isOpen() && m_session->allows(PermissionArea::Settings, PermissionAction::Edit));
    // A page the user may not enter has no row, and is left if it was shown.
    const bool admin =
        m_session->isOpen() && m_session->allows(PermissionArea::Users, PermissionAction::View);
    m_sidebar->setRowHidden(int(PageId::Admin), !admin);
    m_pageActions.at(int(PageId::Admin))->setVisible(admin);
    if (!admin && currentPage() == PageId::Admin)
        setCurrentPage(PageId::Dashboard);
}

PageId MainWindow::currentPage() const
{
    return PageId(qMax(0, m_pages->currentIndex()));
}

void MainWindow::setCurrentPage(PageId page)
{
    if (page == PageId::Admin && !m_session->allows(PermissionArea::Users, PermissionAction::View))
        return;
    m_sidebar->setCurrentRow(int(page));
}

void MainWindow::showPageAt(int row)
{
    if (row < 0 || row >= m_pages->count())
        return;
    if (PageId(row) == PageId::Admin && !m_session->allows(PermissionArea::Users, PermissionAction::View))
        return;
    m_pages->setCurrentIndex(row);
    m_pageActions.at(row)->setChecked(true);
}

QWidget *MainWindow::page(PageId page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::showCustomer(qint64 customerId)
{
    setCurrentPage(PageId::Customers);
    m_customersPage->showCustomer(customerId);
}

void MainWindow::newDatabase()
{
    if (auto database = DatabaseOpener(this).create())
        setDatabase(std::move(database));
}

void MainWindow::openDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("Frontline databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseAt(path);
}

void MainWindow::openDatabaseAt(const QString &path)
{
    // Opening the file again would only meet our own lock.
    if (m_database && QFileInfo(path) == QFileInfo(m_database->path()))
        return;
    if (auto database = DatabaseOpener(this).open(path))
        setDatabase(std::move(database));
}

void MainWindow::chooseDatabase()
{
    if (auto database = DatabaseOpener(this).choose())
        setDatabase(std::move(database));
}

void MainWindow::closeDatabase()
{
    setDatabase(nullptr);
    m_access = Access::NoDatabase;
    m_lockedPath.clear();
    updateDatabaseState();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QFileInfo file(paths.at(i));
        QString name = file.fileName();
        name.replace(u'&', u"&&"_s);
        QAction *action = m_recentMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(name));
        action->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
        action->setEnabled(file.exists());
        connect(action, &QAction::triggered, this, [this, path = paths.at(i)] { openDatabaseAt(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear Menu")), &QAction::triggered, this, &RecentDatabases::clear);
}

void MainWindow::showAbout()
{
    const QString text = u"<h3>Frontline %1</h3><p>%2</p><p>%3</p>"_s.arg(
        QStringLiteral(FRONTLINE_VERSION),
        tr("Sales management for frontline sales teams: customers, visits, orders and targets, in an "
           "encrypted database on your own computer.")
            .toHtmlEscaped(),
        tr("Qt %1 · SQLCipher %2")
            .arg(QString::fromLatin1(qVersion()), SqlCipherDriver::cipherVersion())
            .toHtmlEscaped());
    QMessageBox::about(this, tr("About Frontline"), text);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    backUpOnExit();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(QSize(1280, 800).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(StateKey).toByteArray());
    setCurrentPage(PageCatalog::fromKey(settings.value(PageKey).toString()).value_or(PageId::Dashboard));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, PageCatalog::key(currentPage()));
}

} // namespace frontline
