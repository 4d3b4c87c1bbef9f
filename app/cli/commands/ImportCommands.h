// frontline-cli import: files into the database, and what imports did afterwards.
//   import KIND FILE [--sheet NAME] [--mapping NAME|FILE] [--encoding auto|utf-8|gbk|…] [--dry-run]
//                    [--strict] [--skip-hidden] [--default-owner CODE] [--rejects FILE]
//                    [--save-mapping NAME]
//   import history            the batches, newest first
//   import undo BATCH         undo a whole batch
//   import candidates         fuzzy duplicate customers waiting for review
//   import merge A B          merge customer B into A (a batch of its own, undoable)
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import a CSV or Excel file; history, undo, duplicate review");
    }
    QString arguments() const override
    {
        return QStringLiteral("KIND FILE|history|undo BATCH|candidates|merge A B");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;
};

} // namespace frontline::cli
