// The Sync & backup page. Sync: on the manager's database, a package for a rep, importing the
// reps' packages (chosen or dropped on the page), the history of packages and where each member
// stands; on a rep's database, "export my changes" and importing the manager's package. The
// team sync passphrase comes from the keychain or is asked for (and may be remembered there);
// the manager sets it. Conflicts and backups have a tab each (ConflictsView, BackupsView).
// Packages and backups are written and read off the UI thread.
#pragma once

#include "pages/CrmPage.h"
#include "pages/sync/BackupsView.h"
#include "security/SecureBytes.h"
#include "sync/SyncService.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace frontline {

class ConflictsView;
class PageHeader;
class StatusLabel;
class TaskRunner;

class SyncPage : public CrmPage
{
    Q_OBJECT
public:
    explicit SyncPage(CrmActions *actions, QWidget *parent = nullptr);
    ~SyncPage() override;

    enum Tab
    {
        SyncTab,
        ConflictsTab,
        BackupsTab
    };

    QTabWidget *tabs() const { return m_tabs; }
    TaskRunner *runner() const { return m_runner; }
    bool isBusy() const;
    // Waits for the package or backup being written or read (before the database closes).
    void waitForTasks();
    StatusLabel *message() const { return m_message; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *statusTable() const { return m_status; }
    ConflictsView *conflictsView() const { return m_conflicts; }
    BackupsView *backupsView() const { return m_backups; }
    void setRestorer(BackupsView::Restorer restorer);
    // PBKDF2 rounds of packages written here (tests use few; real packages the default).
    void setPackageIterations(quint32 iterations) { m_iterations = iterations; }

    void exportForRep();
    void exportChanges();
    // Imports the files one after the other; asks for them when none are given.
    void importPackages(QStringList paths = {});
    void setTeamPassphrase();

protected:
    void refresh() override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct ImportOutcome
    {
        QString file;
        SyncImportResult result;
    };

    bool teamPassphrase(SecureBytes *out, bool forNewPackage);
    void rememberPassphrase(const SecureBytes &passphrase, bool remember);
    void forgetPassphrase();
    void runExport(const QString &memberCode, const QString &path, int validDays);
    void showImported(const QList<ImportOutcome> &outcomes);
    void fillStatus(const SyncState &state, const QList<SyncHistoryEntry> &history);
    QString packageFolder() const;
    void setPackageFolder(const QString &path);
    void retranslateUi();
    void updateButtons();

    PageHeader *m_header;
    QTabWidget *m_tabs;
    TaskRunner *m_runner;
    QPushButton *m_exportForRep;
    QPushButton *m_exportChanges;
    QPushButton *m_import;
    QPushButton *m_passphraseButton;
    QLabel *m_dropHint;
    StatusLabel *m_message;
    QLabel *m_statusTitle;
    QLabel *m_statusText;
    QTableWidget *m_status;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    ConflictsView *m_conflicts;
    BackupsView *m_backups;

    SyncState m_state;
    SecureBytes m_passphrase;    // the team's, for this database while it is open
    bool m_skipKeychain = false; // the keychain's passphrase was just refused
    QString m_passphraseFor;     // the database m_passphrase belongs to
    quint32 m_iterations;
};

} // namespace frontline
