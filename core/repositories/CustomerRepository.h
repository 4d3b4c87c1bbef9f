// Customers and their contacts, contact points and search index, within an access scope.
#pragma once

#include "Repository.h"
#include "services/CustomerMatcher.h"

#include <optional>

namespace frontline {

struct CustomerFilter
{
    QString search; // as typed: Chinese, pinyin, initials, phone digits, code
    qint64 ownerId = 0;
    QString status;
    QString grade;
    QString region;
    QString source;
    QString tag;
    bool deleted = false; // true: the "recently deleted" view
    // When set, only these customers (still within the scope): the customers behind a figure.
    std::optional<QList<qint64>> only;
};

struct TimelineEntry
{
    QString kind;  // activity, order, stage
    qint64 id = 0; // of the activity, order or stage change
    QString when;  // YYYY-MM-DD or UTC ISO-8601
    QString type;  // activity kind, order status, stage key
    QString title; // summary, order number, opportunity title
    QString who;
    qint64 amountFen = 0;
};

// A customer's worth (the customer list report): orders and revenue of a period, the lifetime
// value (every order but cancelled ones, as revenue counts them) and the last contact (the latest
// activity of any kind).
struct CustomerValue
{
    qint64 id = 0;
    QString code, name;
    qint64 ownerId = 0;
    QString ownerCode, ownerName;
    QString grade, status, region;
    QDateTime lastContact; // UTC; invalid when nobody has been in touch
    qint64 orders = 0;     // in the period
    qint64 revenueFen = 0; // in the period
    qint64 lifetimeOrders = 0;
    qint64 lifetimeFen = 0;
};

class CustomerRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(frontline::CustomerRepository)
public:
    using Repository::Repository;

    static QStringList kinds();
    static QStringList statuses();
    static QStringList sources();
    static QStringList grades();

    std::optional<Customer> get(qint64 id);
    std::optional<Customer> findByCode(const QString &code);
    // Customers in pinyin order of their names; with limit < 0 all of them.
    QList<Customer> list(const CustomerFilter &filter, int limit = -1, int offset = 0);
    // Just the ids, in the same order: what a lazy list view needs to know its size at once.
    QList<qint64> ids(const CustomerFilter &filter);
    qint64 count(const CustomerFilter &filter);
    // The customers of the filter (in pinyin order) with their value for the days from..to.
    QList<CustomerValue> values(const QDate &from, const QDate &to, const CustomerFilter &filter = {});

    QList<FieldError> validate(const Customer &customer) const;
    SaveResult create(Customer customer);
    SaveResult update(const Customer &customer);
    bool remove(qint64 id);
    bool restore(qint64 id);

    // Customers that share a name, phone or e-mail key with keys (outside the scope too, but
    // then without their name: a rep learns that the customer exists, not whose it is).
    QList<DuplicateMatch> findDuplicates(const MatchKeys &keys, qint64 excludeId = 0);

    // Creates many customers in one transaction (a savepoint inside the caller's), with what
    // create() does for each: normalisation, validation, the scope check, codes, contact points,
    // name and sort keys, the search index. Statements are prepared once, which is what makes
    // imports and demo data of 100,000 customers fast. Unlike create(), createdAt and updatedAt
    // are kept when given (an import knows when a customer was first recorded).
    BulkResult createMany(const QList<Customer> &customers);
    // The same with the people at each customer, as addContacts() adds them: contacts is empty or
    // as long as customers, contacts[i] being the people at customers[i] (their customerId is
    // not read). Each customer is indexed once, its people included. The people's ids come back
    // through contactIds, one list per customer.
    BulkResult createMany(const QList<Customer> &customers, const QList<QList<Contact>> &contacts,
                          QList<QList<qint64>> *contactIds = nullptr);

    QList<Contact> contacts(qint64 customerId);
    SaveResult addContact(Contact contact);
    // addContact() for many contacts in one transaction; each customer is re-indexed once.
    BulkResult addContacts(const QList<Contact> &contacts);
    QList<TimelineEntry> timeline(qint64 customerId, int limit = 200);

    // The search-index document of a customer and the people at it, exactly as the repository
    // writes it (names, then the customer's points, then each contact's): bulk writers outside
    // the repository (the importer) index new customers without reading them back.
    static QString searchDocument(const Customer &customer, const QList<Contact> &contacts = {});
    // Rebuilds the search documents of these customers (after bulk changes to their fields or
    // contact points, or tombstones), statements prepared once. No scope check: for callers
    // that already checked it.
    bool reindexMany(const QList<qint64> &customerIds);

    // The distinct regions and tags in scope, for filter choosers.
    QStringList regions();
    QStringList tags();

private:
    // The delete or restore of a customer in the audit log (in the caller's transaction).
    bool audit(QLatin1String action, qint64 id);
    // The FROM and WHERE of a filtered query. Counts and id lists skip the member join (names
    // only): without it SQLite answers from indexes instead of reading every row.
    enum class Names
    {
        Joined,
        Skipped
    };
    QString filterSql(const CustomerFilter &filter, QVariantList *binds, Names names = Names::Joined) const;
    bool writePoints(qint64 customerId, const QList<ContactPoint> &points, const SyncStamp &s);
    bool reindex(qint64 customerId);
    struct IndexStatements;
    bool reindex(qint64 customerId, IndexStatements &statements);
    Customer read(const QSqlQuery &q) const;
    void normalize(Customer &customer) const;
    // normalize() and validate() a customer about to be created; the owner defaults to the user.
    QList<FieldError> prepareNew(Customer &customer) const;
    // Inserts a contact (name already cleaned) and its points with prepared statements; adds the
    // points' search words to searchWords. The new id, 0 on failure.
    qint64 insertContact(QSqlQuery &contactInsert, QSqlQuery &pointInsert, const Contact &contact,
                         const SyncStamp &stamp, QStringList *searchWords = nullptr);
};

} // namespace frontline
