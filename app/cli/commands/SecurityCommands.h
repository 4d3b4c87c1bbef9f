// Commands for users, roles, the audit log and privacy:
//   user list|add NAME [--member CODE]|passwd [NAME]|disable NAME|enable NAME|unlock NAME
//   permission list [--role ROLE] | permission set ROLE AREA ACTION allow|deny
//   audit [--from DATE] [--to DATE] [--action A]… [--actor NAME] [--format table|csv|json] [--out FILE]
//   audit verify
//   privacy notice [--set FILE]
// and the privacy subcommands of 'customer' (consent, erase, delete, restore), which
// CustomerCommand hands to runCustomerPrivacy().
#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace frontline {
class AccessScope;
class Database;
} // namespace frontline

namespace frontline::cli {

void addSecurityCommands(std::vector<std::unique_ptr<Command>> &commands);

// customer consent ID yes|no|withdraw [--method M] [--date D] · customer erase ID --yes ·
// customer delete ID · customer restore ID
QStringList customerPrivacySubcommands();
QList<QCommandLineOption> customerPrivacyOptions();
int runCustomerPrivacy(const QString &sub, Context &context, Database &db, const AccessScope &scope);

class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override
    {
        return tr("User accounts: list, add, change password, disable, unlock");
    }
    QString arguments() const override
    {
        return QStringLiteral("list|add NAME|passwd [NAME]|disable NAME|enable NAME|unlock NAME");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class PermissionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::PermissionCommand)
public:
    QString name() const override { return QStringLiteral("permission"); }
    QString summary() const override { return tr("The permission matrix per role: list, or set one cell"); }
    QString arguments() const override { return QStringLiteral("list|set ROLE AREA ACTION allow|deny"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return tr("The audit log: view, filter, export, verify"); }
    QString arguments() const override { return QStringLiteral("[verify]"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class PrivacyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::PrivacyCommand)
public:
    QString name() const override { return QStringLiteral("privacy"); }
    QString summary() const override { return tr("The privacy notice: show it, or set it from a file"); }
    QString arguments() const override { return QStringLiteral("notice"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
