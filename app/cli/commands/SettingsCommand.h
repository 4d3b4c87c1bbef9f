// frontline-cli settings: the settings the whole team shares, kept in the database (the company
// name printed on reports): list them, get one, set one (settings/edit).
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::SettingsCommand)
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override
    {
        return tr("The team's shared settings (company name on reports): list, get KEY, set KEY VALUE");
    }
    QString arguments() const override { return QStringLiteral("[list|get KEY|set KEY VALUE]"); }
    int run(Context &context) override;
};

} // namespace frontline::cli
