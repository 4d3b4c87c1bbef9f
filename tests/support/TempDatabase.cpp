#include "TempDatabase.h"

using namespace Qt::StringLiterals;

namespace frontline::test {

TempDatabase::TempDatabase()
{
    m_path = m_dir.filePath(u"test.db"_s);
    m_error = m_db.create(m_path, passphrase());
}

TempDatabase::~TempDatabase()
{
    m_db.close();
}

DatabaseError TempDatabase::reopen()
{
    m_db.close();
    m_error = m_db.open(m_path, passphrase());
    return m_error;
}

} // namespace frontline::test
