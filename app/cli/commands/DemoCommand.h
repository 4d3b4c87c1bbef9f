// frontline-cli demo: fills a database (created when missing) with believable demo data.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Fill a new or empty database with a believable demo company and its history");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
