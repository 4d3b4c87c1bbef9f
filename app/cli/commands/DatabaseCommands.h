// The database lifecycle commands: init, info, check, passwd.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create a new encrypted database"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return tr("Show the database's path, schema version, cipher settings and row counts");
    }
    int run(Context &context) override;
};

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the database's integrity"); }
    int run(Context &context) override;
};

class PasswdCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::PasswdCommand)
public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override { return tr("Change the database's passphrase"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
