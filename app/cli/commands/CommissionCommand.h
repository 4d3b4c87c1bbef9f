// frontline-cli commission: statements for a period (one member's, line by line, or a team
// summary; table, JSON, CSV or XLSX), commission plans (add from a JSON file or options, list,
// show, remove), one-off bonuses and deductions, and the simulation "if I sell ¥X more".
// Everything runs in the caller's access scope (--as).
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class CommissionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::CommissionCommand)
public:
    QString name() const override { return QStringLiteral("commission"); }
    QString summary() const override
    {
        return tr("Commission statements, plans, bonuses and deductions, and what selling more would earn");
    }
    QString arguments() const override
    {
        return QStringLiteral("[statement | plan add|list|show|remove [ID] | adjust | simulate]");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
