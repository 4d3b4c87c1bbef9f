// MainWindow is the shell every page lives in: the sidebar and its pages, the menus, the undo
// stack pages push their commands to, and the status bar. It owns the open database and tells
// pages when it changes; with no database open it shows a prompt to open or create one.
//
// A database with user accounts is shown only after a login (LoginDialog); logging out or
// switching user hides it again. After IdleLock's minutes without input the window locks: the
// pages let go of everything, the database is closed (its passphrase wiped from memory) and the
// lock screen asks for the passphrase — and the login, when there are accounts — to go on.
#pragma once

#include "backup/BackupRestore.h"
#include "backup/BackupScheduler.h"
#include "pages/PageCatalog.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace frontline {

class ActingAsChooser;
class AutoImport;
class CrmActions;
class CustomersPage;
class EmptyState;
class IdleLock;
class Session;
class SettingsPage;
class Sidebar;
class SyncPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_database.get(); }
    // Takes over an open database (or none), closing the one open before.
    void setDatabase(std::unique_ptr<Database> database);

    QUndoStack *undoStack() const { return m_undoStack; }
    // Who the user acts as, and the news of changed data the pages listen to.
    Session *session() const { return m_session; }
    CrmActions *actions() const { return m_actions; }
    QWidget *page(PageId page) const;
    // The automatic import of a watched folder (its settings are on the Import/Export page).
    AutoImport *autoImport() const { return m_autoImport; }

    PageId currentPage() const;
    void setCurrentPage(PageId page);

    // Scheduled backups (BackupSettings in the database: daily, when the window closes). The
    // application turns them on; tests and screenshots leave them off.
    void setScheduledBackups(bool on) { m_scheduledBackups = on; }
    // Starts the daily backup in the background when one is due; false when none was started.
    bool startDueBackup();
    // Waits for a scheduled backup that is running.
    void waitForScheduledBackup();
    // Replaces the open database with a verified backup (BackupRestore) and reopens it; every
    // page lets go of the database first and takes it again afterwards.
    RestoreResult restoreDatabase(const QString &backupPath, const RestoreOptions &options);
    enum class Access
    {
        NoDatabase, // nothing open
        Open,       // the workspace is shown
        LoggedOut,  // the database is open, waiting for a login
        Locked,     // locked after idle time: the database is closed until unlocked
    };
    Access access() const { return m_access; }
    IdleLock *idleLock() const { return m_idleLock; }

    // Asks for a login (the login dialog) when the open database has accounts; whether someone
    // logged in.
    bool logIn();
    // Logs the user out and asks for the next login (switch user).
    void logOut();
    // Locks now: hides all data, closes the database and wipes its passphrase. Refused (false)
    // while a dialog is open or work runs in the background; the idle lock tries again later.
    // Core records the lock in the audit log with its cause.
    bool lock(UserAccounts::LockCause cause = UserAccounts::LockCause::Manual);
    // Asks for the passphrase (and the login, when there are accounts) of the locked database.
    bool unlock();

Q_SIGNALS:
    // Pages drop what they show of the old database here; it is closed right after.
    void databaseChanged(frontline::Database *database);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;

    void newDatabase();
    void openDatabase();
    void openDatabaseAt(const QString &path);
    void chooseDatabase();
    void closeDatabase();
    void showAbout();
    void fillRecentMenu();
    void updateDatabaseState();
    void updateUndoActions();
    void showPageAt(int row);
    void showCustomer(qint64 customerId);
    void backUpOnExit();
    // Gives the pages the database (or none) with the user who works on it.
    void attach(Database *database, const std::optional<UserSession> &user);
    void startSession();
    void updateAccess();
    void changeOwnPassword();

    std::unique_ptr<Database> m_database;
    Access m_access = Access::NoDatabase;
    QString m_lockedPath; // the database the lock closed
    bool m_lockedWithLogins = false;
    IdleLock *m_idleLock = nullptr;
    EmptyState *m_lockScreen = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QUndoStack *m_undoStack = nullptr;
    Session *m_session = nullptr;
    CrmActions *m_actions = nullptr;
    AutoImport *m_autoImport = nullptr;

    QStackedWidget *m_central = nullptr; // the workspace, or the "no database" prompt
    QWidget *m_workspace = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    CustomersPage *m_customersPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    bool m_scheduledBackups = false;
    QFutureWatcher<ScheduledBackup> *m_scheduledBackup = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QPushButton *m_chooseButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_logVisitAction = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_newOpportunityAction = nullptr;
    QAction *m_newTaskAction = nullptr;
    QAction *m_newOrderAction = nullptr;
    QAction *m_recordPaymentAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QList<QAction *> m_pageActions;

    ActingAsChooser *m_actingAs = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
};

} // namespace frontline
