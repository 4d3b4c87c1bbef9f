// Schema migrations: numbered SQL files in resources/migrations (0001_name.sql, …), compiled
// into the core library. The database's PRAGMA user_version is the number of the last one
// applied; all pending ones run in a single transaction when a database is opened.
#pragma once

#include "DatabaseError.h"

#include <QList>
#include <QString>

namespace frontline {

class SqlCipherDriver;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Migrations)
public:
    // The migrations shipped with this build, in order; versions are 1, 2, … without gaps.
    static const QList<Migration> &builtIn();
    static int latestVersion();

    // Reads PRAGMA user_version.
    static int currentVersion(SqlCipherDriver *driver, DatabaseError *error = nullptr);

    // Applies every migration after the current version up to target (default: the latest)
    // in one transaction. Nothing is changed when one fails.
    static DatabaseError migrate(SqlCipherDriver *driver, int target = -1);
    static DatabaseError migrate(SqlCipherDriver *driver, const QList<Migration> &migrations, int target);
};

} // namespace frontline
