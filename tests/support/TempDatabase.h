// TempDatabase gives each test its own encrypted database in a temporary folder that
// disappears with it, so that no test depends on another's files or order.
#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

namespace frontline::test {

class TempDatabase
{
public:
    static constexpr const char *Passphrase = "correct horse 电池 staple";

    // Creates and opens a fresh database (QVERIFY-style failures are reported by the caller
    // through isValid()/error()).
    TempDatabase();
    ~TempDatabase();

    bool isValid() const { return !m_error; }
    DatabaseError error() const { return m_error; }
    Database &db() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    static SecureBytes passphrase() { return SecureBytes::fromString(QString::fromUtf8(Passphrase)); }

    // Closes and opens again (e.g. to check persistence).
    DatabaseError reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    DatabaseError m_error;
};

} // namespace frontline::test
