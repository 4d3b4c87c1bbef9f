// frontline-cli export and watch: data out of the database, and files dropped into a folder in.
//   export KIND --out FILE [--format csv|xlsx] [--encoding utf-8|gbk] [--period PERIOD]
//   watch DIR [--kind KIND] [--mapping PROFILE] [--once] [--interval SECONDS] [--remember]
//   watch --saved [--once]   (the database's Automatic Import, as the app runs it); watch --forget
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export customers, contacts, orders… to CSV or Excel, ready to import again");
    }
    QString arguments() const override { return QStringLiteral("KIND"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class WatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::WatchCommand)
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override
    {
        return tr("Import the files dropped into a folder, then move them to done/ or failed/");
    }
    QString arguments() const override { return QStringLiteral("DIR"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
