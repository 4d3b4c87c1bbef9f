// The Backups tab of the Sync page: back up now (into a folder the user picks, with the
// database's passphrase or another), the schedule (daily, on exit, how many to keep), the
// backups in the folder with whether each was verified, and restoring one (verified first; the
// current database is kept aside and the restored one opens in its place).
#pragma once

#include "backup/BackupRestore.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace frontline {

class Session;
class StatusLabel;
class TaskRunner;

class BackupsView : public QWidget
{
    Q_OBJECT
public:
    // Replaces the open database with a backup and opens the result (the main window does it:
    // every page has to let go of the database first).
    using Restorer = std::function<RestoreResult(const QString &backupPath, const RestoreOptions &options)>;

    BackupsView(Session *session, TaskRunner *runner, QWidget *parent = nullptr);

    void setRestorer(Restorer restorer) { m_restorer = std::move(restorer); }
    QTableWidget *backupTable() const { return m_backups; }
    StatusLabel *message() const { return m_message; }
    QString folder() const;

    void refresh();
    void backUpNow();
    void saveSchedule();
    void verifySelected();
    void restoreSelected();

Q_SIGNALS:
    void restored();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedPath() const;
    bool permitted(int action, const QString &what);

    Session *m_session;
    TaskRunner *m_runner;
    Restorer m_restorer;
    QString m_loadedFor; // the database whose settings the fields show
    QGroupBox *m_schedule;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_daily;
    QCheckBox *m_onExit;
    QLabel *m_keepLabel;
    QSpinBox *m_keepDaily;
    QSpinBox *m_keepMonthly;
    QLabel *m_keepDailyLabel;
    QLabel *m_keepMonthlyLabel;
    QPushButton *m_save;
    QLabel *m_last;
    QLabel *m_listTitle;
    QTableWidget *m_backups;
    QPushButton *m_backUp;
    QPushButton *m_verify;
    QPushButton *m_restore;
    StatusLabel *m_message;
};

} // namespace frontline
