// Transaction is the one RAII guard for writes. The outermost guard on a connection opens a
// BEGIN IMMEDIATE transaction (it takes the write lock at once, so two writers never deadlock
// on a lock upgrade); guards created inside it become savepoints, so a service can call a
// service. A guard that is destroyed without commit() rolls back its part.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace frontline {

class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return !m_savepoint.isEmpty(); }
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_error; }

private:
    bool run(const QString &sql);

    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace frontline
