// frontline-cli report: the analytics reports (sales, ranking, attainment, funnel, dashboard)
// for a period, grouped and filtered, in the caller's access scope, as a text table, CSV or
// JSON; and "report rebuild", which re-derives the analytics rollups from scratch.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr(
            "Sales, ranking, attainment, funnel and dashboard figures for a period; rebuild the rollups");
    }
    QString arguments() const override
    {
        return QStringLiteral("sales|ranking|attainment|funnel|dashboard|rep-performance|customers|rebuild");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
