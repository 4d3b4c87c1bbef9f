// The import engine: a file (or any RowSource) in, one batch out. It finds the header row, maps
// the columns, skips blank, hidden and summary rows, hands every data row to the kind, writes
// rejects to a file in the input's own format and encoding, and keeps the whole batch in one
// transaction — all of it or nothing, also when the process dies half-way. A dry run is the same
// code path rolled back (the preview). Progress and cancellation make it safe to run off the UI
// thread (it uses that thread's own connection).
//
// Access scope: the import runs as the given scope. A rep's imported customers are the rep's
// own; an owner named in the file is kept only when the scope may assign to that member (a
// manager's subtree, anyone for an administrator), otherwise the importing user becomes the
// owner and a warning says so. Reps and support staff create no members; support staff import
// no orders or opportunities (money).
#pragma once

#include "ImportTypes.h"
#include "repositories/AccessScope.h"

#include <QCoreApplication>

namespace frontline {

class Database;

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Importer)
public:
    // Issues kept in the summary (all of them go to the batch's row log and the rejects file).
    static constexpr int MaxIssues = 1000;

    Importer(Database &db, AccessScope scope);

    ImportSummary run(const QString &path, const ImportOptions &options);
    // With a source the caller opened (tests, the wizard's preview of an already open file).
    // fileName names the batch; path, when given, is where the rejects file goes beside.
    ImportSummary run(io::RowSource &source, const QString &fileName, const ImportOptions &options,
                      const QString &path = QString());

private:
    Database &m_db;
    AccessScope m_scope;
};

} // namespace frontline
