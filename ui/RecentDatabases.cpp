#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString SettingsKey = u"recentDatabases"_s;

QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void store(const QStringList &paths)
{
    QSettings().setValue(SettingsKey, paths);
}
} // namespace

QStringList RecentDatabases::paths()
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentDatabases::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, MaximumCount));
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(normalized(path));
    store(list);
}

void RecentDatabases::clear()
{
    QSettings().remove(SettingsKey);
}

} // namespace frontline
