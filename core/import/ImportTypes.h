// The vocabulary of an import shared by the engine, the kinds, the CLI and the GUI wizard: what
// the user asks for (ImportOptions), what a kind accepts (ImportField), what happened to each
// row (ImportIssue) and the outcome of a whole run (ImportSummary).
#pragma once

#include "io/RowSource.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>

namespace frontline {

// A field a kind accepts, with the headers that name it in the files people have.
struct ImportField
{
    QString key;          // stored in mappings: "name", "phone", "order_no"…
    QString label;        // translated, for the wizard and messages
    QStringList synonyms; // header texts (any case, width or spacing) that map to this field
    bool required = false;
    bool multiple = false; // several columns may feed it (phones, e-mails)
};

// What happened to one row of the file. Every data row ends in exactly one of these.
enum class RowAction
{
    Inserted, // became a new record (or a new line of a new order)
    Merged,   // was the same record as one already there; filled its empty fields
    Updated,  // changed a record imported before (opportunity stage, amount…)
    Skipped,  // summary row, hidden row, or nothing new (re-import)
    Rejected, // cannot be used; written to the rejects file with the reason
};

struct ImportIssue
{
    enum Severity
    {
        Warning, // the row is used; something in it was dropped, filled or kept raw
        Skip,    // the row was skipped on purpose
        Reject,  // the row cannot be used
    };
    qint64 row = 0;  // the row number the user sees (Excel row, CSV line)
    QString column;  // the header of the column at fault ("" for the whole row)
    QString field;   // the field key
    QString message; // translated
    Severity severity = Warning;
};

// How one column of the file is used.
struct ColumnMapping
{
    int column = -1;
    QString header; // as in the file
    QString field;  // "" when the column is ignored
};

struct ImportOptions
{
    QString kind;         // ImportKind::keys(): customers, orders, … targets, payments
    io::ReadOptions read; // encoding, delimiter, sheet
    // A saved profile's name, or a JSON file ({"columns": {"header": "field"}, "header_row": N,
    // "fill": {...}, "values": {...}}); empty: detect from the headers.
    QString mapping;
    QJsonObject mappingJson; // an explicit mapping (the wizard), used before mapping
    bool dryRun = false;     // run everything and roll back (the preview)
    bool strict = false;     // unknown referenced records are rejects instead of being created
    bool skipHiddenRows = false;
    // Fill rules for missing values; each fill is reported as a warning.
    QString defaultOwner;                           // member code or name; "" = the importing user
    QString defaultRegion = QStringLiteral("未知"); // region when a customer has none
    QString defaultStatus;                          // customer status when none ("" = lead)
    int previewRows = 20;
    // Where the rejects go; "" = beside the input: NAME.rejects.EXT (never over the input).
    QString rejectsPath;
    // Called now and then with the share done (0..1) and the rows read; false cancels.
    std::function<bool(double progress, qint64 rows)> progress;
    const std::atomic_bool *cancel = nullptr; // true cancels (from another thread)
};

struct ImportSummary
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why the import failed as a whole (translated)

    QString kind;
    QString file;
    QString format; // csv, xlsx
    QByteArray encoding;
    QString sheet;
    qint64 headerRow = 0; // 0: no header row found
    QList<ColumnMapping> columns;
    bool dryRun = false;

    qint64 read = 0; // data rows read (after the header; blank rows are not rows)
    qint64 inserted = 0;
    qint64 merged = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    QMap<QString, qint64> created; // referenced records created: customer, member, product
    QMap<QString, qint64> filled;  // fill rules applied: owner, region, status
    QString rejectsFile;
    qint64 batch = 0; // import_batch id; 0 for a dry run or a failure
    double seconds = 0;

    QList<ImportIssue> issues;      // the first ones (see Importer::MaxIssues)
    QList<QVariantMap> previewRows; // the first rows as they are stored

    QJsonObject toJson() const;
    // read == inserted + merged + updated + skipped + rejected
    bool balanced() const { return read == inserted + merged + updated + skipped + rejected; }
};

} // namespace frontline
