// The import's repository: the one place the import engine writes SQL. It keeps the batch's
// bookkeeping (import_batch, the runs of inserted ids, the fields it changed, the row log) and
// the reference data an import resolves against — members, customers, products — loaded once
// into hash maps, so that no data row costs a SELECT. New referenced records are written here
// too, with the same normalisation and keys the CRM repositories use.
//
// It writes through prepared statements on the raw connection (SqlStatement) inside the
// caller's transaction: the importer holds one transaction for the whole batch.
#pragma once

#include "SqlStatement.h"
#include "repositories/Repository.h"
#include "services/CustomerMatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace frontline {

// Time-ordered UUIDs (version 7 layout: milliseconds first, then random bits) for bulk inserts:
// new keys land at the end of every uuid index instead of at random pages, which is what keeps
// a million inserts into an encrypted file fast. Still unique across devices and batches.
class OrderedUuids
{
public:
    OrderedUuids();
    QByteArray next();    // 36 characters, lower-case
    void next(char *out); // the same into out[0..35], without allocating

private:
    quint64 m_high = 0; // ms timestamp (48) | version (4) | random (12)
    quint64 m_low = 0;  // variant (2) | counter from a random start (62)
};

class ImportStore : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportStore)
public:
    ImportStore(Database &db, AccessScope scope);
    ~ImportStore();

    sqlite3 *handle() const { return m_handle; }
    // For kinds that store through another repository (targets through TargetPlanner), inside
    // the batch's transaction on the same connection.
    Database &database() const { return m_db; }
    const SyncStamp &batchStamp() const { return m_stamp; }
    QByteArray deviceIdUtf8() const { return m_device; }
    QByteArray nextUuid() { return m_uuids.next(); }
    void nextUuid(char *out) { m_uuids.next(out); } // 36 characters
    QString errorText() const { return m_error; }
    void setError(const QString &error) { m_error = error; }

    // --- the batch ---------------------------------------------------------------------
    struct BatchInfo
    {
        QString kind, fileName, filePath, format, encoding, sheet, mapping, sha256;
        qint64 fileSize = 0;
        qint64 headerRow = 0;
    };
    bool beginBatch(const BatchInfo &info);
    qint64 batchId() const { return m_batch; }
    // Every row the batch inserts is recorded here (as runs of consecutive ids).
    void inserted(const char *table, qint64 id) { inserted(table, id, id); }
    // Consecutive ids first..last (a multi-row insert).
    void inserted(const char *table, qint64 first, qint64 last);
    // A field the batch changed on a row it did not insert.
    bool changed(const QString &table, qint64 rowId, const QString &column, const QVariant &oldValue,
                 const QVariant &newValue);
    // The row log: merges, updates, skips, warnings, rejects.
    bool logRow(qint64 row, const QString &action, const QString &column, const QString &table, qint64 rowId,
                const QString &message);
    struct Counts
    {
        qint64 read = 0, inserted = 0, merged = 0, updated = 0, skipped = 0, rejected = 0, warnings = 0;
        QString created, rejectsFile;
    };
    // Writes the insert runs and the counts; the caller commits.
    bool finishBatch(const Counts &counts);

    // --- members -------------------------------------------------------------------------
    bool loadMembers();
    // By code (case-insensitive) first, then by name; 0 when unknown, -1 when the name is
    // shared by several members.
    qint64 memberId(const QString &codeOrName) const;
    QString memberName(qint64 id) const { return m_memberNames.value(id); }
    // A new rep: code when it looks like one (R0012), else the next free R code; name defaults
    // to the code.
    qint64 createMember(const QString &code, const QString &name, const QString &role = QStringLiteral("rep"),
                        qint64 teamId = 0, const QString &phone = {}, const QString &email = {},
                        const QDate &hireDate = {});
    static bool looksLikeCode(const QString &text);
    qint64 teamId(const QString &name) const { return m_teams.value(name); }

    // --- customers -------------------------------------------------------------------------
    bool loadCustomers();
    CustomerMatcher &matcher() { return m_matcher; }
    qint64 customerByCode(const QString &code) const { return m_customerCodes.value(code); }
    qint64 customerOwner(qint64 id) const { return m_customerOwners.value(id, 0); }
    bool customerExisted(qint64 id) const { return id > 0 && id <= m_maxCustomerBefore; }
    // Inserts a normalised customer (points already normalised) with its contacts, its code and
    // its search document; adds it to the matcher. The new id, 0 on failure.
    qint64 createCustomer(Customer &customer, const QList<Contact> &contacts = {});
    std::optional<Customer> loadCustomer(qint64 id);
    QList<Contact> loadContacts(qint64 customerId); // names and titles
    // Customers touched by merges, re-indexed in finishBatch().
    void touchCustomer(qint64 id) { m_touchedCustomers.insert(id); }
    bool addCustomerPoint(qint64 customerId, const ContactPoint &point);
    bool addContact(qint64 customerId, const Contact &contact);
    bool updateCustomerField(qint64 id, const QString &column, const QVariant &oldValue,
                             const QVariant &value);

    // --- products -------------------------------------------------------------------------
    bool loadProducts();
    qint64 productBySku(const QString &sku) const { return m_productSkus.value(sku.toCaseFolded()); }
    qint64 productByName(const QString &name) const;
    qint64 productPrice(qint64 id) const { return m_productPrices.value(id); }
    qint64 createProduct(const QString &sku, const QString &name, qint64 priceFen = 0,
                         const QString &category = {}, bool active = true);

    // --- pipeline stages ------------------------------------------------------------------
    bool loadStages();
    qint64 stageId(const QString &key) const { return m_stageIds.value(key); }
    int stageProbability(qint64 id) const { return m_stageProbabilities.value(id); }
    QString stageOutcome(qint64 id) const { return m_stageOutcomes.value(id); }

    // Codes, SKUs, order numbers and external ids are unique over tombstones too: a record
    // deleted (or an import undone) and imported again comes back to life in place, with its
    // new values; the change of "deleted" is recorded, so that undo deletes it again.
    bool revive(const char *table, qint64 id, const QByteArray &assignments = {},
                const QVariantList &values = {});
    qint64 deadCustomerByCode(const QString &code) const { return m_deadCustomerCodes.value(code); }

    QMap<QString, qint64> createdCounts() const { return m_created; }
    QString createdText() const;
    static QString customerCode(qint64 id);

private:
    struct Run
    {
        const char *name = nullptr; // as passed to inserted(): compared before the text
        QString table;
        qint64 first = 0, last = 0;
    };
    bool flushTouched();

    sqlite3 *m_handle = nullptr;
    SyncStamp m_stamp;
    QByteArray m_device;
    OrderedUuids m_uuids;
    QString m_error;
    qint64 m_batch = 0;
    QHash<const char *, qsizetype> m_openRun; // table → index of its current run
    QList<Run> m_runs;
    QMap<QString, qint64> m_created;

    QHash<QString, qint64> m_memberCodes;  // case-folded code → id
    QHash<QString, qint64> m_memberNames2; // name key → id (-1 ambiguous)
    QHash<qint64, QString> m_memberNames;
    QHash<QString, qint64> m_teams;
    int m_nextRepNumber = 1;

    CustomerMatcher m_matcher;
    QHash<QString, qint64> m_customerCodes;
    QHash<QString, qint64> m_deadCustomerCodes, m_deadMemberCodes, m_deadSkus;
    QHash<qint64, qint64> m_customerOwners;
    qint64 m_maxCustomerBefore = 0;
    QSet<qint64> m_touchedCustomers;

    QHash<QString, qint64> m_productSkus;  // case-folded SKU → id
    QHash<QString, qint64> m_productNames; // name key → id
    QHash<qint64, qint64> m_productPrices;
    int m_nextSkuNumber = 1;

    QHash<QString, qint64> m_stageIds;
    QHash<qint64, int> m_stageProbabilities;
    QHash<qint64, QString> m_stageOutcomes;

    std::unique_ptr<SqlStatement> m_insertCustomer, m_setCode, m_insertPoint, m_insertContact,
        m_insertContactPoint, m_insertSearch, m_insertChange, m_insertRow, m_insertProduct, m_insertMember;
};

} // namespace frontline
