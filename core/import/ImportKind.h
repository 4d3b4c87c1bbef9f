// A kind of record that can be imported (customers, orders, …) is one small class: the fields it
// accepts with their header synonyms, how to load what it resolves against, and how a cleaned
// row is stored. The engine (Importer) does everything else — reading, header detection,
// mapping, summary rows, rejects, batches, progress, dry runs — so a new kind (targets) is a
// new subclass registered in ImportKind::create().
#pragma once

#include "ImportCleaner.h"
#include "ImportTypes.h"
#include "security/Permissions.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace frontline {

class ImportStore;
class AccessScope;

// One data row as a kind sees it: cells by field index (the kind's fields() order).
class ImportRow
{
public:
    ImportRow(const io::SourceRow &source, const QList<int> &columns, const QList<QList<int>> &extra)
        : m_source(source), m_columns(columns), m_extra(extra)
    {}
    qint64 number() const { return m_source.number; }
    const io::SourceRow &source() const { return m_source; }
    bool mapped(int field) const { return m_columns.value(field, -1) >= 0; }
    int column(int field) const { return m_columns.value(field, -1); }
    // The raw cell of the field's (first) column; an invalid QVariant when absent.
    const QVariant &cell(int field) const;
    // Cleaned text (trim + NFKC); "" when absent.
    QString text(int field) const { return ImportCleaner::text(cell(field)); }
    bool has(int field) const { return !text(field).isEmpty(); }
    // Cleaned texts of every column mapped to a multiple field (phones, e-mails).
    QStringList texts(int field) const;

private:
    const io::SourceRow &m_source;
    const QList<int> &m_columns;
    const QList<QList<int>> &m_extra;
};

// What a kind may ask of the running import.
class ImportSession
{
public:
    virtual ~ImportSession() = default;
    virtual ImportStore &store() = 0;
    virtual const AccessScope &scope() const = 0;
    virtual const ImportOptions &options() const = 0;
    // Issues about the current row; field is the kind's field index (-1: the whole row).
    virtual void warn(const ImportRow &row, int field, const QString &message) = 0;
    // Rejects the row: records the reason and writes the row to the rejects file.
    virtual RowAction reject(const ImportRow &row, int field, const QString &message) = 0;
    // Skips the row on purpose (a duplicate of what is already there) and reports why, with the
    // field at fault; the kind returns RowAction::Skipped.
    virtual void skipped(const ImportRow &row, int field, const QString &message) = 0;
    // A fill rule applied (what: owner, region, status…); counted, logged, not a warning.
    virtual void filled(const ImportRow &row, const QString &what, const QString &value) = 0;
    // Logs a merge or update for the row log and history.
    virtual void logged(const ImportRow &row, RowAction action, const QString &table, qint64 id,
                        const QString &message) = 0;
    virtual bool wantsPreview() const = 0;
    virtual void preview(const QVariantMap &storedRow) = 0;
    virtual bool cancelled() const = 0;
    // The import fails as a whole (database error): the transaction is rolled back.
    virtual void fail(const QString &error) = 0;
};

class ImportKind
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportKind)
public:
    virtual ~ImportKind() = default;
    virtual QString key() const = 0; // customers, orders…
    virtual QString label() const = 0;
    virtual QList<ImportField> fields() const = 0;
    // Who may import this kind (support staff change no money; reps import no members…).
    virtual bool allowed(const AccessScope &scope, QString *why) const;
    // Labels of what the mapped columns lack (default: the required fields); non-empty stops
    // the import before it starts, with a message naming them.
    virtual QStringList missing(const QSet<QString> &mappedFields) const;
    // Loads what rows are resolved against (existing records, references) into memory.
    virtual bool begin(ImportSession &session) = 0;
    virtual RowAction process(const ImportRow &row, ImportSession &session) = 0;
    // Writes what was buffered; rows already counted must not change their action here.
    virtual bool finish(ImportSession &session) = 0;

    static std::unique_ptr<ImportKind> create(const QString &key);
    static QStringList keys();
    // The permission area an import of the kind changes (importing needs its Edit): customers
    // and what hangs on them, the order book, or the team.
    static PermissionArea permissionArea(const QString &key);

protected:
    // Shared reference resolution. Each returns the id, or 0 after rejecting/warning as the
    // options say (the row's action is then in *action when it is a reject).
    static qint64 resolveMember(const ImportRow &row, int field, ImportSession &session, RowAction *action,
                                bool fillDefault = true);
};

} // namespace frontline
