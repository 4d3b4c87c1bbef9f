// What imports did, afterwards: the history of batches, undoing a whole batch (its inserted rows
// become tombstones, the fields it filled get their old values back), and the fuzzy duplicate
// candidates waiting for review, with a reviewed merge that is itself a batch and so undoable.
#pragma once

#include "repositories/AccessScope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace frontline {

class Database;

struct ImportBatch
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString format;
    QString encoding;
    qint64 memberId = 0;
    QString memberName; // "" for the administrator
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // done, undone
    qint64 read = 0, inserted = 0, merged = 0, updated = 0, skipped = 0, rejected = 0, warnings = 0;
    QString created;
    QString rejectsFile;
    QDateTime undoneAt;
};

struct UndoResult
{
    bool ok = false;
    QString error;
    qint64 tombstoned = 0; // rows the batch inserted, now deleted
    qint64 restored = 0;   // fields given back their old value
    qint64 conflicts = 0;  // fields changed since by someone else, left as they are
};

struct MergeCandidate
{
    qint64 id = 0;
    qint64 customerA = 0, customerB = 0;
    QString nameA, nameB;
    double score = 0;
    QString reason;
    QString status;
};

class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportHistory)
public:
    ImportHistory(Database &db, AccessScope scope);

    // Newest first. A rep sees their own batches, everyone else all of them.
    QList<ImportBatch> batches(int limit = 100);
    std::optional<ImportBatch> batch(qint64 id);
    UndoResult undo(qint64 batchId);

    QList<MergeCandidate> candidates(bool openOnly = true);
    // Merges customer b into customer a (a keeps its values; its empty fields take b's; b's
    // phones, e-mails, contacts, orders, opportunities, activities and tasks move to a; b
    // becomes a tombstone). Recorded as a batch of kind "merge": the new batch id, 0 on failure.
    qint64 merge(qint64 a, qint64 b, QString *error = nullptr);
    bool dismiss(qint64 candidateId);

private:
    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline
