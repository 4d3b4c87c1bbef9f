// Offline sync between laptops from the command line:
//   sync export --member CODE --out FILE   (manager: a package of that member's share)
//   sync export --out FILE                 (rep: the changes the manager has not confirmed)
//   sync import FILE                       (either side; a new empty database becomes the rep's)
//   sync conflicts [--all]                 (the conflict queue)
//   sync resolve ID --take mine|theirs
//   sync history | sync status
// The team sync passphrase: $FRONTLINE_SYNC_PASSPHRASE, --sync-passphrase-file FILE, or a prompt.
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace frontline::cli {

class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(frontline::cli::SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return tr(
            "Sync with other laptops through package files: export, import, conflicts, resolve, history");
    }
    QString arguments() const override
    {
        return QStringLiteral("export|import FILE|conflicts|resolve ID|history|status");
    }
    QList<QCommandLineOption> options() const override;
    int run(Context &context) override;

private:
    int exportPackage(Context &context);
    int importPackage(Context &context);
    int conflicts(Context &context);
    int resolve(Context &context);
    int history(Context &context);
    int status(Context &context);
};

} // namespace frontline::cli
