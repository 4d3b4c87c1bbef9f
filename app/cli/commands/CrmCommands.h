// Small CRM commands for scripting: customer, team, member, activity, opportunity, order, task,
// payment.
// Each takes a subcommand (list, show, add), filters that make sense, --json, and --as CODE to
// run inside a member's access scope.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline {
class Database;
class AccessScope;
} // namespace frontline

namespace frontline::cli {

// Shared shape: "NAME list|add …"; run() opens the database, resolves the scope and
// dispatches to the subcommand.
class CrmCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::CrmCommand)
public:
    int run(Context &context) override;

protected:
    virtual QStringList subcommands() const = 0;
    virtual int runSubcommand(const QString &sub, Context &context, Database &db,
                              const AccessScope &scope) = 0;
    virtual bool writes(const QString &sub) const { return sub == QStringLiteral("add"); }
};

class CustomerCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::CustomerCommand)
public:
    QString name() const override { return QStringLiteral("customer"); }
    QString summary() const override { return tr("List, show or add customers"); }
    QString arguments() const override
    {
        return QStringLiteral("list|show ID|add|consent ID yes|no|withdraw|erase ID|delete ID|restore ID");
    }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    bool writes(const QString &sub) const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
};

class TeamCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::TeamCommand)
public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override { return tr("List, add, rename, move or remove teams"); }
    QString arguments() const override
    {
        return QStringLiteral("list|add NAME|rename TEAM NAME|move TEAM PARENT|remove TEAM");
    }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
    bool writes(const QString &sub) const override { return sub != QStringLiteral("list"); }
};

class MemberCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::MemberCommand)
public:
    QString name() const override { return QStringLiteral("member"); }
    QString summary() const override { return tr("List, add or edit team members, or a role's duties"); }
    QString arguments() const override { return QStringLiteral("list|add|edit CODE|duties ROLE"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
    bool writes(const QString &sub) const override { return sub != QStringLiteral("list"); }
};

class ActivityCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::ActivityCommand)
public:
    QString name() const override { return QStringLiteral("activity"); }
    QString summary() const override { return tr("List or log visits, calls and other contacts"); }
    QString arguments() const override { return QStringLiteral("list|add"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
};

class OpportunityCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::OpportunityCommand)
public:
    QString name() const override { return QStringLiteral("opportunity"); }
    QString summary() const override { return tr("List or add opportunities, or move one to another stage"); }
    QString arguments() const override { return QStringLiteral("list|add|move ID"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
    bool writes(const QString &sub) const override { return sub != QStringLiteral("list"); }
};

class OrderCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::OrderCommand)
public:
    QString name() const override { return QStringLiteral("order"); }
    QString summary() const override { return tr("List orders or show one with its lines"); }
    QString arguments() const override { return QStringLiteral("list|show ID"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
};

class TaskCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::TaskCommand)
public:
    QString name() const override { return QStringLiteral("task"); }
    QString summary() const override { return tr("List, show, add, complete or comment on tasks"); }
    QString arguments() const override { return QStringLiteral("list|show ID|add|done ID|comment ID TEXT"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
    bool writes(const QString &sub) const override
    {
        return sub != QStringLiteral("list") && sub != QStringLiteral("show");
    }
};

class PaymentCommand : public CrmCommand
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::PaymentCommand)
public:
    QString name() const override { return QStringLiteral("payment"); }
    QString summary() const override
    {
        return tr("Record, list, delete or restore collected payments, or show what customers owe");
    }
    QString arguments() const override { return QStringLiteral("add|list|delete ID|restore ID|balances"); }
    QList<QCommandLineOption> options() const override;

protected:
    QStringList subcommands() const override;
    bool writes(const QString &sub) const override;
    int runSubcommand(const QString &sub, Context &context, Database &db, const AccessScope &scope) override;
};

} // namespace frontline::cli
