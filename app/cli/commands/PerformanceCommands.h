// frontline-cli commands of performance management:
//   target set|list|delete|split   targets per member or team, top-down and period splits
//   evaluate                       compute and freeze a new evaluation version (and publish it)
//   evaluation list|show|adjust|publish   versions, the frozen snapshot, adjustments
//   rank                           rankings by score or any measure, with movement and medals
//   honour list|award              the honour roll
//   scorecard                      each role's KPI indicators, weights and rules
// All run in the --as member's scope; --json for scripts.
#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace frontline::cli {

// Appends the commands above (main.cpp calls this once).
void addPerformanceCommands(std::vector<std::unique_ptr<Command>> &commands);

class TargetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::TargetCommand)
public:
    QString name() const override { return QStringLiteral("target"); }
    QString summary() const override { return tr("Set, list, delete or split targets"); }
    QString arguments() const override { return QStringLiteral("set|list|delete|split"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class EvaluateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::EvaluateCommand)
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override
    {
        return tr("Compute every member's KPI score for a period and freeze it as a new version");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class EvaluationCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::EvaluationCommand)
public:
    QString name() const override { return QStringLiteral("evaluation"); }
    QString summary() const override
    {
        return tr("List evaluation versions, show a frozen snapshot, adjust or publish one, review a plan");
    }
    QString arguments() const override { return QStringLiteral("list|show|adjust|publish|review"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class RankCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::RankCommand)
public:
    QString name() const override { return QStringLiteral("rank"); }
    QString summary() const override
    {
        return tr("Rank every member by score or a measure, with movement and medals");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class HonourCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::HonourCommand)
public:
    QString name() const override { return QStringLiteral("honour"); }
    QString summary() const override { return tr("List the honour roll or award an honour by hand"); }
    QString arguments() const override { return QStringLiteral("list|award"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class ScorecardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::ScorecardCommand)
public:
    QString name() const override { return QStringLiteral("scorecard"); }
    QString summary() const override
    {
        return tr("List, show, set or remove the KPI scorecard of a role or position");
    }
    QString arguments() const override { return QStringLiteral("[list]|show|set|remove"); }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
