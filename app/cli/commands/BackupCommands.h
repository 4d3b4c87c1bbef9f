// Backups from the command line: backup (now, into a folder or a file, or --if-due for cron and
// Task Scheduler), backup list, backup settings, and restore.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Back the database up to an encrypted file; list backups; set the schedule");
    }
    QString arguments() const override { return QStringLiteral("[list|settings]"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;

private:
    int create(Context &context);
    int list(Context &context);
    int settings(Context &context);
};

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return tr("Replace the database with a verified backup (the current file is kept aside)");
    }
    QString arguments() const override { return QStringLiteral("FILE"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
