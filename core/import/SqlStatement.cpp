#include "SqlStatement.h"

#include "storage/SqliteApi.h"

namespace frontline {

qint64 sqlite3_last_insert_rowid_forward(sqlite3 *db)
{
    return sqlite3_last_insert_rowid(db);
}

int sqlite3_changes_forward(sqlite3 *db)
{
    return sqlite3_changes(db);
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqlStatement::prepare(sqlite3 *db, const char *sql)
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    m_ok = db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    if (!m_ok)
        m_error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no connection");
    return m_ok;
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqlStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindStatic(int index, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_STATIC);
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bindOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqlStatement::bindOrNull(int index, qint64 value)
{
    if (value == 0)
        bindNull(index);
    else
        bind(index, value);
}

void SqlStatement::bind(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    default:
        bind(index, value.toString());
    }
}

bool SqlStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    m_ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!m_ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return m_ok;
}

bool SqlStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    if (!m_ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant SqlStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(text(column));
    }
}

} // namespace frontline
