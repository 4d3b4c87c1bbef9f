// RecentDatabases is the list of database files opened lately, newest first, kept in the user's
// settings under "recentDatabases". It holds paths only, never a passphrase.
#pragma once

#include <QStringList>

namespace frontline {

class RecentDatabases
{
public:
    static constexpr int MaximumCount = 8;

    static QStringList paths();
    // Puts path first (absolute), dropping an older entry for the same file.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace frontline
