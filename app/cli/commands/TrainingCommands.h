// frontline-cli commands of training and development:
//   training list|show|add|edit|attend|score|remove   sessions, attendance, assessment scores
//   plan list|show|set|goal|achieve|skill|milestone|review|remove   personal development plans
// All run in the --as member's scope; --json for scripts.
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace frontline {
struct DevelopmentPlan;
}

namespace frontline::cli {

// A development plan as plan show --json prints it (also beside an evaluation's line).
QJsonObject planJson(const DevelopmentPlan &plan, const QDate &today);

// Appends the commands above (main.cpp calls this once).
void addTrainingCommands(std::vector<std::unique_ptr<Command>> &commands);

class TrainingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::TrainingCommand)
public:
    QString name() const override { return QStringLiteral("training"); }
    QString summary() const override
    {
        return tr("Training sessions: list, show, add, edit, attendance and assessment scores");
    }
    QString arguments() const override
    {
        return QStringLiteral("list|show ID|add|edit ID|attend ID|score ID|remove ID");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::PlanCommand)
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return tr("Personal development plans: career path, goals, skills, milestones, reviews");
    }
    QString arguments() const override
    {
        return QStringLiteral("list|show|set|goal|achieve ID|skill|milestone [ID]|review|remove KIND ID");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
