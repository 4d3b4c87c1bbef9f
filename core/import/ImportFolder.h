// A watched import folder: files dropped into it are imported with a saved mapping profile and
// moved to done/ (imported: the batch is recorded as any import's, the rejects file and a short
// .log beside the file) or failed/ (the import failed as a whole: nothing was stored; the .log
// says why). Usable from cron or the Windows Task Scheduler (one round, then exit) or polling.
//
// A file is imported only once it has looked the same (size and modification time) on two looks
// in a row, so a file still being copied or written is left for the next round. Hidden files,
// Office lock files (~$…), files of other types and the subfolders are left alone.
//
// The same class serves `frontline-cli watch` (one round for cron, or a loop until stopped) and
// the GUI's automatic import (a round now and then on a worker thread, cancellable when the
// database closes): no widgets, every outcome in the returned results.
#pragma once

#include "import/ImportTypes.h"
#include "repositories/AccessScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <atomic>
#include <functional>

namespace frontline {

class Database;

struct FolderFileResult
{
    Q_DECLARE_TR_FUNCTIONS(frontline::FolderFileResult)
public:
    QString file; // the name in the watched folder
    QString movedTo;
    QString logFile;
    bool imported = false; // false: moved to failed/
    ImportSummary summary;

    // What happened, as `watch --json` prints it for each file.
    QJsonObject toJson() const;
    // One translated line: "week1.csv: batch 3, 3 read, 2 inserted, 1 rejected → …/done/week1.csv".
    QString message() const;
};

// The GUI's automatic import of a folder, per database and kept in its local meta table like
// the backup schedule: the folder is a path on this computer, so it never travels with sync.
struct ImportFolderSettings
{
    bool enabled = false;
    QString folder;
    QString kind;    // customers, orders… (ImportKind::keys())
    QString mapping; // a saved mapping profile of the kind; "" detects the columns from the headers
    int intervalSeconds = 30;

    static constexpr int MinInterval = 5;
    static constexpr int MaxInterval = 3600;

    static ImportFolderSettings load(const Database &db);
    bool save(Database &db) const;
};

class ImportFolder
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportFolder)
public:
    static QStringList suffixes(); // csv, tsv, txt, xlsx, xls

    // kind: "" to take it from the profile (a saved profile's kind, or "kind" in a JSON file).
    ImportFolder(Database &db, AccessScope scope, QString dir, QString kind, QString mapping);

    // Checks the folder, creates done/ and failed/, resolves the kind and the profile, and checks
    // that the scope's role may import the kind (a denial is audited). False with errorString()
    // when the folder cannot be watched.
    bool prepare();
    QString kind() const { return m_kind; }
    QString errorString() const { return m_error; }
    QString doneDir() const;
    QString failedDir() const;

    // Looks at the files without importing any (the first of the two looks).
    void look();
    // One round: imports and moves every file that looks as it did at the previous look; the
    // others are remembered for the next round. Files that are left are in *waiting.
    QList<FolderFileResult> round(QStringList *waiting = nullptr);
    // For cron: look, wait settleMs, round.
    QList<FolderFileResult> once(int settleMs, QStringList *waiting = nullptr);
    // Until stop is set: look, then a round every intervalMs, each round's results to report
    // (called only when a file was imported or failed).
    void watch(int intervalMs, const std::atomic_bool &stop,
               const std::function<void(const QList<FolderFileResult> &)> &report);

    // While *cancel is true a round starts no file and the import under way is cancelled: that
    // file stays in the folder (nothing of it stored) and is not among the results.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Seen &o) const { return size == o.size && modified == o.modified; }
    };
    QHash<QString, Seen> candidates() const;
    FolderFileResult importFile(const QString &name);

    Database &m_db;
    AccessScope m_scope;
    QString m_dir;
    QString m_kind;
    QString m_mapping;
    QString m_error;
    QHash<QString, Seen> m_lastLook;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace frontline
