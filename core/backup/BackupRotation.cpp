#include "BackupRotation.h"

#include "BackupFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace frontline {

QList<bool> BackupRotation::keep(const QList<QDateTime> &localTimes, const RotationPolicy &policy)
{
    QList<bool> kept(localTimes.size(), false);
    QList<qsizetype> order(localTimes.size());
    std::iota(order.begin(), order.end(), 0);
    // Newest first; the first one seen of a day or month is then the newest of it.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return localTimes.at(a).toLocalTime() > localTimes.at(b).toLocalTime();
    });
    const int keepDaily = std::max(1, policy.keepDaily); // never delete the latest backup
    const int keepMonthly = std::max(0, policy.keepMonthly);
    QSet<qint64> days, months;
    for (const qsizetype i : std::as_const(order)) {
        const QDate date = localTimes.at(i).toLocalTime().date();
        const qint64 day = date.toJulianDay();
        const qint64 month = qint64(date.year()) * 12 + date.month() - 1;
        if (!days.contains(day) && days.size() < keepDaily) {
            days.insert(day);
            kept[i] = true;
        }
        if (!months.contains(month) && months.size() < keepMonthly) {
            months.insert(month);
            kept[i] = true;
        }
    }
    return kept;
}

QStringList BackupRotation::apply(const QString &folder, const QString &databaseName,
                                  const RotationPolicy &policy, bool dryRun, const QString &alwaysKeep)
{
    const QDir dir(folder);
    QStringList paths;
    QList<QDateTime> times;
    for (const QString &name : dir.entryList({u"*"_s + BackupFile::suffix()}, QDir::Files)) {
        const BackupFile::Name parsed = BackupFile::parseFileName(name);
        if (!parsed.valid || parsed.databaseName != databaseName)
            continue;
        paths << dir.filePath(name);
        // Two in one second: the later sequence number is the newer.
        times << parsed.localTime.addMSecs(parsed.sequence);
    }
    const QList<bool> kept = keep(times, policy);
    QStringList removed;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (kept.at(i) || (!alwaysKeep.isEmpty() && QFileInfo(paths.at(i)) == QFileInfo(alwaysKeep)))
            continue;
        if (dryRun || QFile::remove(paths.at(i))) {
            if (!dryRun)
                QFile::remove(BackupFile::manifestPath(paths.at(i)));
            removed << paths.at(i);
        }
    }
    return removed;
}

} // namespace frontline
