// AutoImport is the GUI's side of the watched import folder (ImportFolderSettings, kept per
// database): while a database is open and its automatic import is on, it looks at the folder
// every few seconds and lets ImportFolder import what stopped changing, one round at a time on a
// worker thread. Each imported or failed file is announced (the main window shows it in the
// status bar) and imported data makes the pages refresh. It runs as the user who is logged in and
// only while their role may import the chosen kind; a change of database or user stops it and
// reads the settings again.
#pragma once

#include "import/ImportFolder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace frontline {

class Session;

class AutoImport : public QObject
{
    Q_OBJECT
public:
    explicit AutoImport(Session *session, QObject *parent = nullptr);
    ~AutoImport() override;

    // Reads the open database's settings again and starts or stops looking at the folder.
    void reload();
    // Cancels a round under way and waits for it (before the database closes).
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    bool isBusy() const { return m_watcher.isRunning(); }
    // A round now instead of at the next tick (tests, "Look now"); false when one is running or
    // the automatic import is off.
    bool lookNow();
    // What it is doing, translated, for the Import page.
    QString status() const { return m_status; }
    ImportFolderSettings settings() const { return m_settings; }

Q_SIGNALS:
    void fileProcessed(const frontline::FolderFileResult &result);
    void statusChanged(const QString &status);

private:
    void setStatus(const QString &status);
    bool ensureFolder();
    void finished();
    QString watchingText() const;

    Session *m_session;
    QTimer m_timer;
    ImportFolderSettings m_settings;
    std::unique_ptr<ImportFolder> m_folder; // kept between rounds: it remembers the last look
    QFutureWatcher<QList<FolderFileResult>> m_watcher;
    std::atomic_bool m_cancel = false;
    QString m_status;
};

} // namespace frontline
