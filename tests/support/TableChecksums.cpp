#include "TableChecksums.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace frontline::test {

QMap<QString, QByteArray> tableChecksums(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> sums;
    for (const QString &table : db.tables(QSql::Tables)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            continue;
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(u'\x1f');
        }
        rows.sort();
        sums.insert(table, QCryptographicHash::hash(rows.join(u'\x1e').toUtf8(), QCryptographicHash::Sha256));
    }
    return sums;
}

QMap<QString, qint64> tableRowCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : db.tables(QSql::Tables)) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) && q.next())
            counts.insert(table, q.value(0).toLongLong());
    }
    return counts;
}

} // namespace frontline::test
