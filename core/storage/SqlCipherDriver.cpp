#include "SqlCipherDriver.h"

#include "SqliteApi.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMutex>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <mutex>

using namespace Qt::StringLiterals;

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace frontline {

namespace {

// Mirrors what Qt's own drivers treat as NULL when binding (Qt 6's QVariant::isNull() no
// longer looks inside strings and dates).
bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

QMetaType typeFromDeclaration(const char *decl)
{
    if (!decl)
        return QMetaType();
    const QByteArray t = QByteArray(decl).toLower();
    // SQLite's type affinity rules (section 3.1 of datatype3.html), plus BOOL.
    if (t.contains("int"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains("char") || t.contains("clob") || t.contains("text"))
        return QMetaType(QMetaType::QString);
    if (t.contains("blob") || t.isEmpty())
        return QMetaType(QMetaType::QByteArray);
    if (t.contains("real") || t.contains("floa") || t.contains("doub"))
        return QMetaType(QMetaType::Double);
    if (t.contains("bool"))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

QString errorMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

} // namespace

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver), m_driver(driver)
    {
        driver->attach(this);
    }
    ~SqlCipherResult() override
    {
        if (m_driver)
            m_driver->detach(this);
        finalize();
    }

    QVariant handle() const override { return QVariant::fromValue(m_stmt); }

    // Called by the driver when the connection closes underneath us.
    void finalize()
    {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
        m_rows.clear();
        m_firstRow = 0;
        m_done = true;
    }
    void forgetDriver() { m_driver = nullptr; }

protected:
    bool reset(const QString &query) override
    {
        if (!prepare(query))
            return false;
        return exec();
    }

    bool prepare(const QString &query) override
    {
        finalize();
        setActive(false);
        setSelect(false);
        setAt(QSql::BeforeFirstRow);
        m_record = QSqlRecord();
        if (!m_driver || !m_driver->nativeHandle()) {
            setLastError(QSqlError(
                QCoreApplication::translate("frontline::SqlCipherDriver", "The database is not open."),
                QString(), QSqlError::ConnectionError));
            return false;
        }
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        const int rc =
            sqlite3_prepare_v2(m_driver->nativeHandle(), sql.constData(), int(sql.size()), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(m_driver->makeError(
                QCoreApplication::translate("frontline::SqlCipherDriver", "Unable to prepare the statement"),
                QSqlError::StatementError, rc));
            finalize();
            return false;
        }
        if (tail && !isOnlyCommentOrSpace(tail)) {
            setLastError(
                QSqlError(QCoreApplication::translate("frontline::SqlCipherDriver",
                                                      "Unable to execute multiple statements at a time"),
                          QString(), QSqlError::StatementError, u"21"_s));
            finalize();
            return false;
        }
        if (!m_stmt) {
            setLastError(
                QSqlError(QCoreApplication::translate("frontline::SqlCipherDriver", "The query is empty"),
                          QString(), QSqlError::StatementError));
            return false;
        }
        const int columns = sqlite3_column_count(m_stmt);
        for (int i = 0; i < columns; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            QSqlField field(name, typeFromDeclaration(sqlite3_column_decltype(m_stmt, i)));
            m_record.append(field);
        }
        return true;
    }

    bool exec() override
    {
        if (!m_stmt) {
            if (lastQuery().isEmpty() || !prepare(lastQuery()))
                return false;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_rows.clear();
        m_firstRow = 0;
        m_done = false;
        m_rowsAffected = -1;
        m_lastInsertId = QVariant();
        setAt(QSql::BeforeFirstRow);
        setActive(false);

        const QList<QVariant> &values = boundValues();
        const int expected = sqlite3_bind_parameter_count(m_stmt);
        if (expected != values.size()) {
            setLastError(QSqlError(
                QCoreApplication::translate("frontline::SqlCipherDriver", "Parameter count mismatch"),
                QString(), QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const int rc = bind(i + 1, values.at(i));
            if (rc != SQLITE_OK) {
                setLastError(m_driver->makeError(
                    QCoreApplication::translate("frontline::SqlCipherDriver", "Unable to bind parameters"),
                    QSqlError::StatementError, rc));
                return false;
            }
        }

        sqlite3 *db = m_driver->nativeHandle();
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            setSelect(true);
            m_rows.append(readRow());
            setActive(true);
            return true;
        }
        if (rc == SQLITE_DONE) {
            const bool select = sqlite3_column_count(m_stmt) > 0;
            setSelect(select);
            if (!select) {
                m_rowsAffected = sqlite3_changes(db);
                const qint64 rowid = sqlite3_last_insert_rowid(db);
                if (m_rowsAffected > 0 && rowid > 0)
                    m_lastInsertId = rowid;
            }
            m_done = true;
            sqlite3_reset(m_stmt); // release read locks at once
            setActive(true);
            return true;
        }
        setLastError(m_driver->makeError(
            QCoreApplication::translate("frontline::SqlCipherDriver", "Unable to execute the statement"),
            QSqlError::StatementError, rc));
        sqlite3_reset(m_stmt);
        m_done = true;
        return false;
    }

    QVariant data(int field) override
    {
        const int row = at() - m_firstRow;
        if (row < 0 || row >= m_rows.size() || field < 0 || field >= m_rows.at(row).size())
            return QVariant();
        return m_rows.at(row).at(field);
    }

    bool isNull(int field) override { return isNullValue(data(field)); }

    bool fetch(int index) override
    {
        if (!isActive() || !isSelect() || index < 0)
            return false;
        if (index >= m_firstRow && index < m_firstRow + m_rows.size()) {
            setAt(index);
            return true;
        }
        if (index < m_firstRow)
            return false; // forward-only: the row is gone
        while (m_firstRow + m_rows.size() <= index) {
            if (!step())
                return false;
        }
        setAt(index);
        return true;
    }

    bool fetchNext() override { return fetch(at() < 0 ? 0 : at() + 1); }
    bool fetchPrevious() override { return fetch(at() - 1); }
    bool fetchFirst() override { return fetch(0); }

    bool fetchLast() override
    {
        if (!isActive() || !isSelect())
            return false;
        while (step()) {
        }
        if (m_rows.isEmpty())
            return false;
        setAt(m_firstRow + int(m_rows.size()) - 1);
        return true;
    }

    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return isActive() && isSelect() ? m_record : QSqlRecord(); }
    QVariant lastInsertId() const override { return m_lastInsertId; }

    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
        m_done = true;
    }

private:
    static bool isOnlyCommentOrSpace(const char *tail)
    {
        const QByteArray rest = QByteArray(tail).trimmed();
        return rest.isEmpty() || rest.startsWith("--") || rest.startsWith("/*") || rest == ";";
    }

    int bind(int pos, const QVariant &value)
    {
        if (isNullValue(value))
            return sqlite3_bind_null(m_stmt, pos);
        switch (value.typeId()) {
        case QMetaType::Bool:
            return sqlite3_bind_int(m_stmt, pos, value.toBool() ? 1 : 0);
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Long:
        case QMetaType::LongLong:
            return sqlite3_bind_int64(m_stmt, pos, value.toLongLong());
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong v = value.toULongLong();
            if (v > qulonglong(std::numeric_limits<qint64>::max()))
                return SQLITE_RANGE;
            return sqlite3_bind_int64(m_stmt, pos, qint64(v));
        }
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, pos, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob64(m_stmt, pos, bytes.constData(), sqlite3_uint64(bytes.size()),
                                       SQLITE_TRANSIENT);
        }
        case QMetaType::QDate:
            return bindText(pos, value.toDate().toString(Qt::ISODate));
        case QMetaType::QTime:
            return bindText(pos, value.toTime().toString(Qt::ISODateWithMs));
        case QMetaType::QDateTime:
            // Timestamps are stored in UTC, ISO-8601 with a Z.
            return bindText(pos, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        case QMetaType::QUuid:
            return bindText(pos, value.toUuid().toString(QUuid::WithoutBraces));
        default:
            return bindText(pos, value.toString());
        }
    }

    int bindText(int pos, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(m_stmt, pos, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }

    QList<QVariant> readRow()
    {
        const int columns = sqlite3_column_count(m_stmt);
        QList<QVariant> row;
        row.reserve(columns);
        const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER: {
                // As Qt's own SQLite driver: integers stay exact unless asked for 32 bits.
                const qint64 v = sqlite3_column_int64(m_stmt, i);
                if (policy == QSql::LowPrecisionInt32)
                    row.append(int(v));
                else
                    row.append(v);
                break;
            }
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(m_stmt, i);
                if (policy == QSql::LowPrecisionInt32)
                    row.append(int(v));
                else if (policy == QSql::LowPrecisionInt64)
                    row.append(qint64(v));
                else
                    row.append(v);
                break;
            }
            case SQLITE_BLOB: {
                const int n = sqlite3_column_bytes(m_stmt, i);
                const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
                row.append(n > 0 ? QByteArray(p, n) : QByteArray(""));
                break;
            }
            case SQLITE_NULL:
                row.append(QVariant(m_record.field(i).metaType()));
                break;
            default: { // SQLITE_TEXT
                const int n = sqlite3_column_bytes(m_stmt, i);
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
                row.append(QString::fromUtf8(p, n));
                break;
            }
            }
        }
        return row;
    }

    // Reads one more row into the cache; false at the end or on error.
    bool step()
    {
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            if (isForwardOnly() && !m_rows.isEmpty()) {
                // Keep only the current row: forward-only queries stream in constant memory.
                m_firstRow += int(m_rows.size());
                m_rows.clear();
            }
            m_rows.append(readRow());
            return true;
        }
        if (rc != SQLITE_DONE)
            setLastError(m_driver->makeError(
                QCoreApplication::translate("frontline::SqlCipherDriver", "Unable to fetch row"),
                QSqlError::StatementError, rc));
        m_done = true;
        sqlite3_reset(m_stmt);
        return false;
    }

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QList<QVariant>> m_rows; // rows [m_firstRow, m_firstRow + size)
    int m_firstRow = 0;
    bool m_done = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

// ---------------------------------------------------------------------------

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(DriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

QStringList SqlCipherDriver::cipherPragmas()
{
    // SQLCipher 3.x uses HMAC-SHA1 and PBKDF2-HMAC-SHA1 by default and ignores the two
    // algorithm pragmas; SQLCipher 4.x defaults to SHA512, so they pin it to the same format.
    return {
        u"PRAGMA cipher_page_size = %1;"_s.arg(CipherPageSize),
        u"PRAGMA kdf_iter = %1;"_s.arg(KdfIterations),
        u"PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"_s,
        u"PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"_s,
    };
}

QString SqlCipherDriver::cipherVersion()
{
    // PRAGMA cipher_version needs a connection; an in-memory one costs nothing.
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}

QString SqlCipherDriver::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QSqlError SqlCipherDriver::makeError(const QString &text, QSqlError::ErrorType type, int rc) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
    return QSqlError(text, m_db ? errorMessage(m_db) : QString::fromUtf8(sqlite3_errstr(rc)), type,
                     QString::number(code ? code : rc));
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // QSqlResult rewrites :name to ? for us
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::openEncrypted(const QString &path, const SecureBytes &key, OpenFlags flags,
                                    int busyTimeoutMs)
{
    if (isOpen())
        close();
    int oflags = SQLITE_OPEN_NOMUTEX; // one connection per thread
    if (flags & ReadOnly)
        oflags |= SQLITE_OPEN_READONLY;
    else
        oflags |= SQLITE_OPEN_READWRITE | ((flags & Create) ? SQLITE_OPEN_CREATE : 0);

    sqlite3 *db = nullptr;
    const QByteArray fileName = path.toUtf8();
    int rc = sqlite3_open_v2(fileName.constData(), &db, oflags, nullptr);
    auto fail = [&](const QString &text, int code) {
        const int ext = db ? sqlite3_extended_errcode(db) : code;
        setLastError(QSqlError(text, db ? errorMessage(db) : QString::fromUtf8(sqlite3_errstr(code)),
                               QSqlError::ConnectionError, QString::number(ext ? ext : code)));
        if (db)
            sqlite3_close(db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(tr("Unable to open the database file"), rc);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);

    if (!key.isEmpty()) {
        rc = sqlite3_key(db, key.constData(), int(key.size()));
        if (rc != SQLITE_OK)
            return fail(tr("Unable to set the encryption key"), rc);
        for (const QString &pragma : cipherPragmas()) {
            rc = sqlite3_exec(db, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                return fail(tr("Unable to apply the cipher settings"), rc);
        }
    }
    // The key is only checked when a page is read: read the schema now, so a wrong key fails
    // here and not in the middle of the first real query.
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(tr("Unable to read the database"), rc);

    m_db = db;
    m_path = path;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password, const QString &, int,
                           const QString &connectOptions)
{
    OpenFlags flags = Create;
    int timeout = 5000;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (QString option : options) {
        option = option.trimmed();
        if (option == u"QSQLCIPHER_OPEN_READONLY"_s || option == u"QSQLITE_OPEN_READONLY"_s)
            flags = ReadOnly;
        else if (option == u"QSQLCIPHER_NO_CREATE"_s)
            flags &= ~OpenFlags(Create);
        else if (option.startsWith(u"QSQLCIPHER_BUSY_TIMEOUT="_s) ||
                 option.startsWith(u"QSQLITE_BUSY_TIMEOUT="_s))
            timeout = option.section(u'=', 1).toInt();
    }
    return openEncrypted(db, SecureBytes::fromString(password), flags, timeout);
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results)) {
        result->finalize();
        result->forgetDriver();
    }
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execute(const QString &sql)
{
    if (!m_db) {
        setLastError(QSqlError(tr("The database is not open."), QString(), QSqlError::ConnectionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Unable to execute the statement"), QSqlError::StatementError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::executeScript(const QString &sql)
{
    if (!m_db) {
        setLastError(QSqlError(tr("The database is not open."), QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const char *cursor = utf8.constData();
    while (cursor && *cursor) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, cursor, -1, &stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(makeError(tr("Unable to prepare the statement"), QSqlError::StatementError, rc));
            return false;
        }
        if (stmt) {
            do {
                rc = sqlite3_step(stmt);
            } while (rc == SQLITE_ROW);
            if (rc != SQLITE_DONE) {
                setLastError(makeError(tr("Unable to execute the statement"), QSqlError::StatementError, rc));
                sqlite3_finalize(stmt);
                return false;
            }
            sqlite3_finalize(stmt);
        }
        cursor = tail;
    }
    return true;
}

bool SqlCipherDriver::rekey(const SecureBytes &newKey)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_rekey(m_db, newKey.constData(), int(newKey.size()));
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Unable to change the encryption key"), QSqlError::UnknownError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    if (!execute(u"BEGIN"_s)) {
        setLastError(makeError(tr("Unable to begin the transaction"), QSqlError::TransactionError,
                               sqlite3_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::commitTransaction()
{
    if (!execute(u"COMMIT"_s)) {
        setLastError(makeError(tr("Unable to commit the transaction"), QSqlError::TransactionError,
                               sqlite3_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::rollbackTransaction()
{
    if (!execute(u"ROLLBACK"_s)) {
        setLastError(makeError(tr("Unable to roll back the transaction"), QSqlError::TransactionError,
                               sqlite3_errcode(m_db)));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!m_db)
        return result;
    QString sql;
    switch (type) {
    case QSql::Tables:
        sql =
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            u"ORDER BY name"_s;
        break;
    case QSql::Views:
        sql = u"SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"_s;
        break;
    case QSql::SystemTables:
        result << u"sqlite_master"_s;
        return result;
    case QSql::AllTables:
        sql = u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"_s;
        break;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            result << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (type == QSql::AllTables)
        result << u"sqlite_master"_s;
    return result;
}

namespace {
struct ColumnInfo
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue;
    int pk = 0;
};

QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &escapedTable)
{
    QList<ColumnInfo> columns;
    if (!db)
        return columns;
    const QByteArray sql = (u"PRAGMA table_info("_s + escapedTable + u')').toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            ColumnInfo c;
            c.name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
            c.type = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)));
            c.notNull = sqlite3_column_int(stmt, 3) != 0;
            if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
                c.defaultValue =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
            c.pk = sqlite3_column_int(stmt, 5);
            columns.append(c);
        }
    }
    sqlite3_finalize(stmt);
    return columns;
}
} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QString table =
        isIdentifierEscaped(tableName, TableName) ? tableName : escapeIdentifier(tableName, TableName);
    for (const ColumnInfo &c : tableInfo(m_db, table)) {
        QSqlField field(c.name, typeFromDeclaration(c.type.toUtf8().constData()), tableName);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(c.defaultValue);
        // An INTEGER PRIMARY KEY is SQLite's rowid: generated when left out.
        if (c.pk == 1 && c.type.compare(u"integer"_s, Qt::CaseInsensitive) == 0)
            field.setAutoValue(true);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    const QString table =
        isIdentifierEscaped(tableName, TableName) ? tableName : escapeIdentifier(tableName, TableName);
    QList<ColumnInfo> columns = tableInfo(m_db, table);
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pk < b.pk; });
    for (const ColumnInfo &c : std::as_const(columns)) {
        if (c.pk > 0)
            index.append(QSqlField(c.name, typeFromDeclaration(c.type.toUtf8().constData()), tableName));
    }
    if (!index.isEmpty())
        index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return u"NULL"_s;
    if (field.metaType().id() == QMetaType::QByteArray)
        return u"X'"_s + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
    return QSqlDriver::formatValue(field, trimStrings);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace frontline
