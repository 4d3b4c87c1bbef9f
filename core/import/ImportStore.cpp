#include "ImportStore.h"

#include "ImportCleaner.h"
#include "repositories/CustomerRepository.h"
#include "services/TextNormalizer.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqliteApi.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>

#include <cstring>

using namespace Qt::StringLiterals;

namespace frontline {

// --- OrderedUuids -----------------------------------------------------------------------------

OrderedUuids::OrderedUuids()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator *random = QRandomGenerator::system();
    m_high = (ms << 16) | 0x7000 | (random->generate64() & 0x0fff);
    // Start the counter low in its range so that it never wraps within a batch.
    m_low = 0x8000000000000000ULL | (random->generate64() & 0x1fffffffffffffffULL);
}

QByteArray OrderedUuids::next()
{
    QByteArray out(36, Qt::Uninitialized);
    next(out.data());
    return out;
}

void OrderedUuids::next(char *out)
{
    ++m_low;
    static const char hex[] = "0123456789abcdef";
    char *p = out;
    int nibble = 0;
    const auto put = [&](quint64 value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
                *p++ = '-';
            *p++ = hex[(value >> (i * 4)) & 0xf];
            ++nibble;
        }
    };
    put(m_high, 16);
    put(m_low, 16);
}

// --- ImportStore --------------------------------------------------------------------------------

namespace {
const char *InsertCustomerSql =
    "INSERT OR IGNORE INTO customer (uuid, code, kind, name, short_name, name_key, sort_key, industry, "
    "region, city, "
    "address, wechat, source, owner_id, status, grade, tags, notes, created_at, updated_at, hlc, device_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

QString tagsColumn(const QStringList &tags)
{
    QStringList clean;
    for (const QString &t : tags) {
        const QString tag = TextNormalizer::clean(t).remove(u',');
        if (!tag.isEmpty() && !clean.contains(tag))
            clean << tag;
    }
    return clean.isEmpty() ? u""_s : u',' + clean.join(u',') + u',';
}

const QStringList CustomerColumns{u"kind"_s,    u"short_name"_s, u"industry"_s, u"region"_s,   u"city"_s,
                                  u"address"_s, u"wechat"_s,     u"source"_s,   u"owner_id"_s, u"status"_s,
                                  u"grade"_s,   u"tags"_s,       u"notes"_s,    u"code"_s};
} // namespace

// The bulk statements say OR IGNORE so that they cannot abort and need no statement journal
// (which SQLCipher would encrypt page by page); a refused row is still an error, found here.
static bool wrote(sqlite3 *db, SqlStatement &q, QString *error)
{
    if (!q.exec()) {
        *error = q.error();
        return false;
    }
    if (sqlite3_changes(db) != 1) {
        *error = ImportStore::tr("The database refused a row (a duplicate code or number).");
        return false;
    }
    return true;
}

ImportStore::ImportStore(Database &db, AccessScope scope) : Repository(db, std::move(scope))
{
    const QSqlDatabase connection = this->connection();
    auto *driver = qobject_cast<SqlCipherDriver *>(connection.driver());
    m_handle = driver ? driver->nativeHandle() : nullptr;
    m_stamp = stamp();
    m_device = m_stamp.deviceId.toUtf8();
}

ImportStore::~ImportStore() = default;

QString ImportStore::customerCode(qint64 id)
{
    return u"C%1"_s.arg(id, 6, 10, QChar(u'0'));
}

bool ImportStore::beginBatch(const BatchInfo &info)
{
    SqlStatement q(
        m_handle,
        "INSERT INTO import_batch (kind, file_name, file_path, file_size, file_sha256, format, encoding, "
        "sheet, header_row, mapping, member_id, started_at, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'done')");
    q.bind(1, info.kind);
    q.bind(2, info.fileName);
    q.bindOrNull(3, info.filePath);
    q.bind(4, info.fileSize);
    q.bindOrNull(5, info.sha256);
    q.bindOrNull(6, info.format);
    q.bindOrNull(7, info.encoding);
    q.bindOrNull(8, info.sheet);
    q.bindOrNull(9, info.headerRow);
    q.bindOrNull(10, info.mapping);
    q.bindOrNull(11, m_scope.memberId());
    q.bind(12, nowUtc());
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    m_batch = sqlite3_last_insert_rowid(m_handle);
    m_insertChange = std::make_unique<SqlStatement>(
        m_handle,
        "INSERT INTO import_change (batch_id, table_name, row_id, column_name, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    m_insertRow = std::make_unique<SqlStatement>(
        m_handle,
        "INSERT INTO import_row (batch_id, row_number, action, column_name, table_name, row_id, message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    return true;
}

void ImportStore::inserted(const char *table, qint64 first, qint64 last)
{
    // A handful of tables, each named by the same literal every time: a linear search on the
    // open runs comparing pointers first beats hashing or comparing text per row.
    for (qsizetype i = m_runs.size() - 1; i >= 0; --i) {
        Run &run = m_runs[i];
        if (run.name == table || std::strcmp(run.name, table) == 0) {
            if (first == run.last + 1) {
                run.last = last;
                return;
            }
            break;
        }
    }
    m_runs.append(Run{table, QString::fromLatin1(table), first, last});
}

bool ImportStore::changed(const QString &table, qint64 rowId, const QString &column, const QVariant &oldValue,
                          const QVariant &newValue)
{
    if (!m_insertChange)
        return true; // no batch: a preview without bookkeeping
    SqlStatement &q = *m_insertChange;
    q.bind(1, m_batch);
    q.bind(2, table);
    q.bind(3, rowId);
    q.bind(4, column);
    q.bind(5, oldValue);
    q.bind(6, newValue);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    return true;
}

bool ImportStore::logRow(qint64 row, const QString &action, const QString &column, const QString &table,
                         qint64 rowId, const QString &message)
{
    if (!m_insertRow)
        return true;
    SqlStatement &q = *m_insertRow;
    q.bind(1, m_batch);
    q.bind(2, row);
    q.bind(3, action);
    q.bindOrNull(4, column);
    q.bindOrNull(5, table);
    q.bindOrNull(6, rowId);
    q.bind(7, message);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    return true;
}

QString ImportStore::createdText() const
{
    QStringList parts;
    for (auto it = m_created.cbegin(); it != m_created.cend(); ++it)
        parts << u"%1=%2"_s.arg(it.key()).arg(it.value());
    return parts.join(u',');
}

bool ImportStore::flushTouched()
{
    if (m_touchedCustomers.isEmpty())
        return true;
    QList<qint64> ids(m_touchedCustomers.cbegin(), m_touchedCustomers.cend());
    std::sort(ids.begin(), ids.end());
    m_touchedCustomers.clear();
    CustomerRepository customers(m_db, AccessScope::administrator());
    if (!customers.reindexMany(ids)) {
        m_error = customers.lastError();
        return false;
    }
    return true;
}

bool ImportStore::finishBatch(const Counts &c)
{
    if (!flushTouched())
        return false;
    if (!m_batch)
        return true;
    SqlStatement runs(
        m_handle, "INSERT INTO import_insert (batch_id, table_name, first_id, last_id) VALUES (?, ?, ?, ?)");
    for (const Run &run : std::as_const(m_runs)) {
        runs.bind(1, m_batch);
        runs.bind(2, run.table);
        runs.bind(3, run.first);
        runs.bind(4, run.last);
        if (!runs.exec()) {
            m_error = runs.error();
            return false;
        }
    }
    SqlStatement q(
        m_handle,
        "UPDATE import_batch SET finished_at = ?, read_rows = ?, inserted_rows = ?, merged_rows = ?, "
        "updated_rows = ?, skipped_rows = ?, rejected_rows = ?, warnings = ?, created = ?, "
        "rejects_file = ? WHERE id = ?");
    q.bind(1, nowUtc());
    q.bind(2, c.read);
    q.bind(3, c.inserted);
    q.bind(4, c.merged);
    q.bind(5, c.updated);
    q.bind(6, c.skipped);
    q.bind(7, c.rejected);
    q.bind(8, c.warnings);
    q.bind(9, c.created.isNull() ? u""_s : c.created);
    q.bindOrNull(10, c.rejectsFile);
    q.bind(11, m_batch);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    return true;
}

bool ImportStore::revive(const char *table, qint64 id, const QByteArray &assignments,
                         const QVariantList &values)
{
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET deleted = 0, hlc = ?, device_id = ?" +
                           (assignments.isEmpty() ? QByteArray() : ", " + assignments) + " WHERE id = ?";
    SqlStatement q(m_handle, sql.constData());
    int i = 1;
    q.bind(i++, qint64(m_stamp.hlc));
    q.bind(i++, m_device);
    for (const QVariant &v : values)
        q.bind(i++, v);
    q.bind(i, id);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    return changed(QString::fromLatin1(table), id, u"deleted"_s, 1, 0);
}

// --- members -------------------------------------------------------------------------------

bool ImportStore::looksLikeCode(const QString &text)
{
    static const QRegularExpression code(u"^[A-Za-z]{1,3}-?\\d{2,8}$"_s);
    return code.match(text).hasMatch();
}

bool ImportStore::loadMembers()
{
    m_memberCodes.clear();
    m_memberNames2.clear();
    m_memberNames.clear();
    SqlStatement q(m_handle, "SELECT id, code, name FROM member WHERE deleted = 0");
    static const QRegularExpression rep(u"^R(\\d+)$"_s);
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QString code = q.text(1), name = q.text(2);
        m_memberCodes.insert(code.toCaseFolded(), id);
        const QString key = ImportCleaner::key(name);
        if (!key.isEmpty())
            m_memberNames2.insert(key, m_memberNames2.contains(key) ? -1 : id);
        m_memberNames.insert(id, name);
        const QRegularExpressionMatch m = rep.match(code);
        if (m.hasMatch())
            m_nextRepNumber = std::max(m_nextRepNumber, m.captured(1).toInt() + 1);
    }
    SqlStatement dead(m_handle, "SELECT id, code FROM member WHERE deleted = 1");
    while (dead.next())
        m_deadMemberCodes.insert(dead.text(1).toCaseFolded(), dead.int64(0));
    SqlStatement t(m_handle, "SELECT id, name FROM team WHERE deleted = 0");
    while (t.next())
        m_teams.insert(t.text(1), t.int64(0));
    return q.ok();
}

qint64 ImportStore::memberId(const QString &codeOrName) const
{
    if (codeOrName.isEmpty())
        return 0;
    if (const qint64 id = m_memberCodes.value(codeOrName.toCaseFolded()))
        return id;
    return m_memberNames2.value(ImportCleaner::key(codeOrName));
}

qint64 ImportStore::createMember(const QString &codeIn, const QString &nameIn, const QString &role,
                                 qint64 teamId, const QString &phone, const QString &email,
                                 const QDate &hireDate)
{
    QString code = codeIn;
    if (code.isEmpty() || m_memberCodes.contains(code.toCaseFolded())) {
        do {
            code = u"R%1"_s.arg(m_nextRepNumber++, 4, 10, QChar(u'0'));
        } while (m_memberCodes.contains(code.toCaseFolded()) ||
                 m_deadMemberCodes.contains(code.toCaseFolded()));
    }
    const QString name = nameIn.isEmpty() ? code : nameIn;
    if (const qint64 dead = m_deadMemberCodes.take(code.toCaseFolded())) {
        if (!revive("member", dead, "name = ?, role = ?", {name, role}))
            return 0;
        m_memberCodes.insert(code.toCaseFolded(), dead);
        const QString key = ImportCleaner::key(name);
        if (!key.isEmpty() && !m_memberNames2.contains(key))
            m_memberNames2.insert(key, dead);
        m_memberNames.insert(dead, name);
        ++m_created[u"member"_s];
        return dead;
    }
    if (!m_insertMember)
        m_insertMember =
            std::make_unique<SqlStatement>(m_handle, "INSERT OR IGNORE INTO member (uuid, code, name, role, "
                                                     "team_id, phone, email, hire_date, active, hlc, "
                                                     "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    SqlStatement &q = *m_insertMember;
    q.bind(1, nextUuid());
    q.bind(2, code);
    q.bind(3, name);
    q.bind(4, role);
    q.bindOrNull(5, teamId);
    q.bindOrNull(6, phone);
    q.bindOrNull(7, email);
    q.bindOrNull(8, hireDate.isValid() ? hireDate.toString(Qt::ISODate) : QString());
    q.bind(9, qint64(m_stamp.hlc));
    q.bind(10, m_device);
    if (!wrote(m_handle, q, &m_error))
        return 0;
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    inserted("member", id);
    m_memberCodes.insert(code.toCaseFolded(), id);
    const QString key = ImportCleaner::key(name);
    if (!key.isEmpty() && !m_memberNames2.contains(key))
        m_memberNames2.insert(key, id);
    m_memberNames.insert(id, name);
    ++m_created[u"member"_s];
    return id;
}

// --- customers ------------------------------------------------------------------------------

bool ImportStore::loadCustomers()
{
    m_matcher.clear();
    m_customerCodes.clear();
    m_customerOwners.clear();
    SqlStatement q(m_handle, "SELECT id, code, name_key, owner_id FROM customer WHERE deleted = 0");
    while (q.next()) {
        const qint64 id = q.int64(0);
        MatchKeys keys;
        keys.nameKey = q.text(2);
        m_matcher.add(id, keys);
        if (!q.isNull(1))
            m_customerCodes.insert(q.text(1), id);
        m_customerOwners.insert(id, q.int64(3));
        m_maxCustomerBefore = std::max(m_maxCustomerBefore, id);
    }
    if (!q.ok()) {
        m_error = q.error();
        return false;
    }
    SqlStatement dead(m_handle, "SELECT id, code FROM customer WHERE deleted = 1 AND code IS NOT NULL");
    while (dead.next())
        m_deadCustomerCodes.insert(dead.text(1), dead.int64(0));
    SqlStatement p(m_handle, "SELECT p.customer_id, p.kind, p.normalized FROM contact_point p "
                             "JOIN customer c ON c.id = p.customer_id "
                             "WHERE p.deleted = 0 AND p.valid = 1 AND c.deleted = 0");
    while (p.next()) {
        MatchKeys keys;
        (p.text(1) == u"phone"_s ? keys.phones : keys.emails) << p.text(2);
        m_matcher.add(p.int64(0), keys);
    }
    return p.ok();
}

qint64 ImportStore::createCustomer(Customer &c, const QList<Contact> &contacts)
{
    if (!m_insertCustomer) {
        m_insertCustomer = std::make_unique<SqlStatement>(m_handle, InsertCustomerSql);
        m_setCode =
            std::make_unique<SqlStatement>(m_handle, "UPDATE OR IGNORE customer SET code = ? WHERE id = ?");
        m_insertPoint = std::make_unique<SqlStatement>(
            m_handle, "INSERT OR IGNORE INTO contact_point (uuid, customer_id, contact_id, kind, raw, "
                      "normalized, valid, hlc, "
                      "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_insertContact = std::make_unique<SqlStatement>(
            m_handle, "INSERT INTO contact (uuid, customer_id, name, title, wechat, notes, hlc, device_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        m_insertSearch = std::make_unique<SqlStatement>(
            m_handle, "INSERT INTO customer_search (docid, body) VALUES (?, ?)");
    }
    const QString now = nowUtc();
    const QString created = c.createdAt.isValid() ? c.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
    c.uuid = QString::fromLatin1(nextUuid());
    SqlStatement &q = *m_insertCustomer;
    q.bind(1, c.uuid);
    q.bindOrNull(2, c.code);
    q.bind(3, c.kind);
    q.bind(4, c.name);
    q.bindOrNull(5, c.shortName);
    const QString nameKey = TextNormalizer::nameKey(c.name);
    q.bind(6, nameKey);
    q.bindBlob(7, TextNormalizer::sortKey(c.name));
    q.bindOrNull(8, c.industry);
    q.bindOrNull(9, c.region);
    q.bindOrNull(10, c.city);
    q.bindOrNull(11, c.address);
    q.bindOrNull(12, c.wechat);
    q.bindOrNull(13, c.source);
    q.bindOrNull(14, c.ownerId);
    q.bind(15, c.status);
    q.bindOrNull(16, c.grade);
    q.bind(17, tagsColumn(c.tags));
    q.bindOrNull(18, c.notes);
    q.bind(19, created);
    q.bind(20, now);
    q.bind(21, qint64(m_stamp.hlc));
    q.bind(22, m_device);
    if (!wrote(m_handle, q, &m_error))
        return 0;
    c.id = sqlite3_last_insert_rowid(m_handle);
    inserted("customer", c.id);
    if (c.code.isEmpty()) {
        c.code = customerCode(c.id);
        m_setCode->bind(1, c.code);
        m_setCode->bind(2, c.id);
        if (!wrote(m_handle, *m_setCode, &m_error))
            return 0;
    }
    for (const ContactPoint &p : std::as_const(c.points)) {
        if (!addCustomerPoint(c.id, p))
            return 0;
    }
    QList<Contact> people = contacts;
    for (Contact &person : people) {
        SqlStatement &k = *m_insertContact;
        k.bind(1, nextUuid());
        k.bind(2, c.id);
        k.bind(3, person.name);
        k.bindOrNull(4, person.title);
        k.bindOrNull(5, person.wechat);
        k.bindOrNull(6, person.notes);
        k.bind(7, qint64(m_stamp.hlc));
        k.bind(8, m_device);
        if (!k.exec()) {
            m_error = k.error();
            return 0;
        }
        person.id = sqlite3_last_insert_rowid(m_handle);
        inserted("contact", person.id);
    }
    m_insertSearch->bind(1, c.id);
    m_insertSearch->bind(2, CustomerRepository::searchDocument(c, people));
    if (!m_insertSearch->exec()) {
        m_error = m_insertSearch->error();
        return 0;
    }
    m_customerCodes.insert(c.code, c.id);
    m_customerOwners.insert(c.id, c.ownerId);
    m_matcher.add(c.id, MatchKeys::of(c));
    ++m_created[u"customer"_s];
    return c.id;
}

bool ImportStore::addCustomerPoint(qint64 customerId, const ContactPoint &p)
{
    if (!m_insertPoint)
        m_insertPoint = std::make_unique<SqlStatement>(
            m_handle, "INSERT OR IGNORE INTO contact_point (uuid, customer_id, contact_id, kind, raw, "
                      "normalized, valid, hlc, "
                      "device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqlStatement &q = *m_insertPoint;
    q.bind(1, nextUuid());
    q.bind(2, customerId);
    q.bindNull(3);
    q.bind(4, p.kind);
    q.bind(5, p.raw);
    q.bind(6, p.normalized);
    q.bind(7, qint64(p.valid ? 1 : 0));
    q.bind(8, qint64(m_stamp.hlc));
    q.bind(9, m_device);
    if (!wrote(m_handle, q, &m_error))
        return false;
    inserted("contact_point", sqlite3_last_insert_rowid(m_handle));
    if (customerExisted(customerId)) {
        MatchKeys keys;
        if (p.valid)
            (p.kind == u"phone"_s ? keys.phones : keys.emails) << p.normalized;
        m_matcher.add(customerId, keys);
        touchCustomer(customerId);
    }
    return true;
}

bool ImportStore::addContact(qint64 customerId, const Contact &contact)
{
    SqlStatement q(m_handle,
                   "INSERT INTO contact (uuid, customer_id, name, title, wechat, notes, hlc, device_id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, nextUuid());
    q.bind(2, customerId);
    q.bind(3, contact.name);
    q.bindOrNull(4, contact.title);
    q.bindOrNull(5, contact.wechat);
    q.bindOrNull(6, contact.notes);
    q.bind(7, qint64(m_stamp.hlc));
    q.bind(8, m_device);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    inserted("contact", sqlite3_last_insert_rowid(m_handle));
    touchCustomer(customerId);
    return true;
}

bool ImportStore::updateCustomerField(qint64 id, const QString &column, const QVariant &oldValue,
                                      const QVariant &value)
{
    if (!CustomerColumns.contains(column))
        return false; // never a column name from the file
    const QByteArray sql = "UPDATE customer SET " + column.toLatin1() +
                           " = ?, updated_at = ?, hlc = ?, device_id = ? WHERE id = ?";
    SqlStatement q(m_handle, sql.constData());
    q.bind(1, value);
    q.bind(2, nowUtc());
    q.bind(3, qint64(m_stamp.hlc));
    q.bind(4, m_device);
    q.bind(5, id);
    if (!q.exec()) {
        m_error = q.error();
        return false;
    }
    touchCustomer(id);
    if (column == u"owner_id"_s)
        m_customerOwners.insert(id, value.toLongLong());
    return changed(u"customer"_s, id, column, oldValue, value);
}

std::optional<Customer> ImportStore::loadCustomer(qint64 id)
{
    CustomerRepository customers(m_db, AccessScope::administrator());
    return customers.get(id);
}

QList<Contact> ImportStore::loadContacts(qint64 customerId)
{
    QList<Contact> people;
    SqlStatement q(m_handle, "SELECT id, name, title FROM contact WHERE customer_id = ? AND deleted = 0");
    q.bind(1, customerId);
    while (q.next()) {
        Contact c;
        c.id = q.int64(0);
        c.customerId = customerId;
        c.name = q.text(1);
        c.title = q.text(2);
        people << c;
    }
    return people;
}

// --- products --------------------------------------------------------------------------------

bool ImportStore::loadProducts()
{
    SqlStatement q(m_handle, "SELECT id, sku, name, unit_price_fen FROM product WHERE deleted = 0");
    SqlStatement dead(m_handle, "SELECT id, sku FROM product WHERE deleted = 1");
    while (dead.next())
        m_deadSkus.insert(dead.text(1).toCaseFolded(), dead.int64(0));
    static const QRegularExpression generated(u"^P(\\d+)$"_s);
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QString sku = q.text(1);
        m_productSkus.insert(sku.toCaseFolded(), id);
        const QString key = ImportCleaner::key(q.text(2));
        if (!key.isEmpty() && !m_productNames.contains(key))
            m_productNames.insert(key, id);
        m_productPrices.insert(id, q.int64(3));
        const QRegularExpressionMatch m = generated.match(sku);
        if (m.hasMatch())
            m_nextSkuNumber = std::max(m_nextSkuNumber, m.captured(1).toInt() + 1);
    }
    return q.ok();
}

qint64 ImportStore::productByName(const QString &name) const
{
    const QString key = ImportCleaner::key(name);
    return key.isEmpty() ? 0 : m_productNames.value(key);
}

qint64 ImportStore::createProduct(const QString &skuIn, const QString &name, qint64 priceFen,
                                  const QString &category, bool active)
{
    QString sku = skuIn;
    if (sku.isEmpty()) {
        do {
            sku = u"P%1"_s.arg(m_nextSkuNumber++, 5, 10, QChar(u'0'));
        } while (m_productSkus.contains(sku.toCaseFolded()) || m_deadSkus.contains(sku.toCaseFolded()));
    }
    if (const qint64 dead = m_deadSkus.take(sku.toCaseFolded())) {
        if (!revive("product", dead, "name = ?, unit_price_fen = ?", {name.isEmpty() ? sku : name, priceFen}))
            return 0;
        m_productSkus.insert(sku.toCaseFolded(), dead);
        m_productPrices.insert(dead, priceFen);
        ++m_created[u"product"_s];
        return dead;
    }
    if (!m_insertProduct)
        m_insertProduct =
            std::make_unique<SqlStatement>(m_handle, "INSERT OR IGNORE INTO product (uuid, sku, name, "
                                                     "category, unit_price_fen, active, hlc, device_id) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    SqlStatement &q = *m_insertProduct;
    q.bind(1, nextUuid());
    q.bind(2, sku);
    q.bind(3, name.isEmpty() ? sku : name);
    q.bind(4, category.isNull() ? u""_s : category);
    q.bind(5, priceFen);
    q.bind(6, qint64(active ? 1 : 0));
    q.bind(7, qint64(m_stamp.hlc));
    q.bind(8, m_device);
    if (!wrote(m_handle, q, &m_error))
        return 0;
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    inserted("product", id);
    m_productSkus.insert(sku.toCaseFolded(), id);
    const QString key = ImportCleaner::key(name.isEmpty() ? sku : name);
    if (!key.isEmpty() && !m_productNames.contains(key))
        m_productNames.insert(key, id);
    m_productPrices.insert(id, priceFen);
    ++m_created[u"product"_s];
    return id;
}

// --- stages -----------------------------------------------------------------------------------

bool ImportStore::loadStages()
{
    SqlStatement q(m_handle, "SELECT id, key, probability, outcome FROM pipeline_stage WHERE deleted = 0");
    while (q.next()) {
        m_stageIds.insert(q.text(1), q.int64(0));
        m_stageProbabilities.insert(q.int64(0), int(q.int64(2)));
        m_stageOutcomes.insert(q.int64(0), q.text(3));
    }
    return q.ok();
}

} // namespace frontline
