// MainWindow is the shell every page lives in: the sidebar and its pages, the menus, the undo
// stack pages push their commands to, and the status bar. It owns the open database and tells
// pages when it changes; with no database open it shows a prompt to open or create one.
#pragma once

#include "backup/BackupRestore.h"
#include "backup/BackupScheduler.h"
#include "pages/PageCatalog.h"
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
class CrmActions;
class CustomersPage;
class EmptyState;
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

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
    Session *m_session = nullptr;
    CrmActions *m_actions = nullptr;

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
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;

    ActingAsChooser *m_actingAs = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
};

} // namespace frontline
