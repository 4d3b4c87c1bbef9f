// A prepared SQLite statement on the raw connection, for the import's hot paths: a million order
// lines cannot afford a QVariant per bound value. Bound text is copied (SQLITE_TRANSIENT), so
// temporaries are fine. Used only inside core/import, always within the caller's transaction.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <algorithm>

struct sqlite3;
struct sqlite3_stmt;

namespace frontline {

// sqlite3_last_insert_rowid() and sqlite3_changes() without including sqlite3.h here.
qint64 sqlite3_last_insert_rowid_forward(sqlite3 *db);
int sqlite3_changes_forward(sqlite3 *db);

class SqlStatement
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3 *db, const char *sql) { prepare(db, sql); }
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql);
    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text); // a null QString binds NULL
    void bind(int index, const QByteArray &utf8);
    // Text that stays where it is, unchanged, until the statement has run (no copy is made).
    void bindStatic(int index, const char *utf8, int size);
    void bindStatic(int index, const QByteArray &utf8)
    {
        bindStatic(index, utf8.constData(), int(utf8.size()));
    }
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);
    void bindOrNull(int index, const QString &text); // "" binds NULL
    void bindOrNull(int index, qint64 value);        // 0 binds NULL
    void bind(int index, const QVariant &value);

    // Runs a statement that returns no rows, then resets it; false on error.
    bool exec();
    // Steps to the next row; false at the end or on error (see ok()).
    bool next();
    void reset();
    bool ok() const { return m_ok; }

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
    QString m_error;
};

// Inserts count rows with multi-row VALUES statements of as many rows as SQLite's 999 bound
// variables allow. Besides fewer steps, this matters a lot on SQLCipher: a statement that may
// abort (CHECK constraints, unique indexes) keeps a statement journal of the pages it touches,
// and SQLCipher encrypts every page written to it — once per statement, not once per row.
// bindRow(statement, offset, i) binds row i from parameter offset + 1 on; inserted(first, last,
// firstId) reports the new ids (consecutive within one statement: no other writer can run inside
// the caller's transaction, and rows are never deleted, only tombstoned).
// head may say INSERT OR IGNORE: a statement that cannot abort needs no statement journal at all
// (the rows are checked beforehand; a refused row still fails the whole insert here, because the
// number of rows changed is checked).
// Rows in one statement of insertBatched(): bindRow's slot (offset / columns) is below this, so
// that a caller can keep what it binds with bindStatic() in that many slots.
constexpr int insertBatchedRows(int columns)
{
    return std::max(1, 999 / columns);
}

template <typename BindRow, typename Inserted>
bool insertBatched(sqlite3 *db, const QByteArray &head, int columns, qsizetype count, BindRow bindRow,
                   Inserted inserted, QString *error)
{
    const int perStatement = insertBatchedRows(columns);
    QByteArray tuple = "(";
    for (int c = 0; c < columns; ++c)
        tuple += c ? ",?" : "?";
    tuple += ')';
    const auto sqlFor = [&](int rows) {
        QByteArray sql = head + " VALUES ";
        for (int r = 0; r < rows; ++r) {
            if (r)
                sql += ',';
            sql += tuple;
        }
        return sql;
    };
    SqlStatement full(db, sqlFor(perStatement).constData());
    for (qsizetype begin = 0; begin < count; begin += perStatement) {
        const qsizetype end = std::min(count, begin + perStatement);
        SqlStatement tail;
        SqlStatement &statement = end - begin == perStatement ? full : tail;
        if (&statement == &tail)
            tail.prepare(db, sqlFor(int(end - begin)).constData());
        for (qsizetype i = begin; i < end; ++i)
            bindRow(statement, int((i - begin) * columns), i);
        if (!statement.exec()) {
            *error = statement.error();
            return false;
        }
        if (sqlite3_changes_forward(db) != end - begin) {
            *error = QStringLiteral("A row was refused by a constraint.");
            return false;
        }
        const qint64 last = sqlite3_last_insert_rowid_forward(db);
        inserted(begin, end, last - (end - begin) + 1);
    }
    return true;
}

} // namespace frontline
