// What a database holds, table by table, for tests that compare states (backup round trips,
// kills in the middle of a write): a checksum of every table's rows and their counts.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QSqlDatabase;

namespace frontline::test {

// Every row of every table, sorted: equal checksums mean equal contents.
QMap<QString, QByteArray> tableChecksums(const QSqlDatabase &db);
// Every table's rows, tombstoned ones included.
QMap<QString, qint64> tableRowCounts(const QSqlDatabase &db);

} // namespace frontline::test
