#include "DemoCommand.h"

#include "Context.h"
#include "domain/Money.h"
#include "services/DemoGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#define FRONTLINE_ISATTY _isatty
#else
#include <unistd.h>
#define FRONTLINE_ISATTY isatty
#endif

using namespace Qt::StringLiterals;

namespace frontline::cli {

QList<QCommandLineOption> DemoCommand::options() const
{
    return {
        QCommandLineOption(u"seed"_s, tr("Random seed: the same seed gives the same data (default 1)."),
                           u"N"_s),
        QCommandLineOption(u"reps"_s, tr("Number of sales reps (default 20)."), u"N"_s),
        QCommandLineOption(u"customers"_s, tr("Number of customers (default 2000)."), u"N"_s),
        QCommandLineOption(u"months"_s, tr("Months of history up to this month (default 24)."), u"N"_s),
        QCommandLineOption(u"order-lines"_s, tr("Number of order lines (default 30000)."), u"N"_s),
    };
}

int DemoCommand::run(Context &context)
{
    if (!context.arguments().isEmpty())
        return context.usageError(tr("demo takes no arguments; name the file with --db FILE."));
    DemoGenerator::Options options;
    const auto number = [&](const QString &name, auto *target) {
        if (!context.isSet(name))
            return true;
        bool ok = false;
        const qlonglong v = context.value(name).toLongLong(&ok);
        if (!ok || v < 0) {
            context.usageError(tr("--%1 takes a whole number, not \"%2\".").arg(name, context.value(name)));
            return false;
        }
        *target = std::remove_pointer_t<decltype(target)>(v);
        return true;
    };
    if (!number(u"seed"_s, &options.seed) || !number(u"reps"_s, &options.reps) ||
        !number(u"customers"_s, &options.customers) || !number(u"months"_s, &options.months) ||
        !number(u"order-lines"_s, &options.orderLines))
        return UsageError;
    if (const QString problem = DemoGenerator::checkOptions(options); !problem.isEmpty())
        return context.usageError(problem);

    const QString path = context.databasePath();
    Database db;
    if (QFileInfo::exists(path)) {
        if (!context.openDatabase(db))
            return Failure;
    } else {
        SecureBytes secret;
        QString error;
        if (!context.newPassphrase(u"FRONTLINE_PASSPHRASE"_s, u"passphrase-file"_s, &secret, &error))
            return context.fail(error);
        if (const DatabaseError e = db.create(path, secret))
            return context.fail(e.message());
    }

    // Progress on a terminal for people; nothing for scripts and logs.
    const bool showProgress = !context.json() && FRONTLINE_ISATTY(2);
    int last = -1;
    options.progress = [&](int percent, const QString &stage) {
        if (showProgress && percent != last) {
            last = percent;
            std::fprintf(stderr, "\r%3d%%  %s\x1b[K", percent, stage.toUtf8().constData());
            std::fflush(stderr);
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const DemoGenerator::Result r = DemoGenerator(options).generate(db);
    if (showProgress)
        std::fprintf(stderr, "\n");
    if (!r.ok())
        return context.fail(r.error);
    const qint64 ms = timer.elapsed();
    context.print(
        QJsonObject{{u"path"_s, QFileInfo(path).absoluteFilePath()},
                    {u"seed"_s, qint64(options.seed)},
                    {u"teams"_s, r.teams},
                    {u"members"_s, r.members},
                    {u"products"_s, r.products},
                    {u"customers"_s, r.customers},
                    {u"contacts"_s, r.contacts},
                    {u"activities"_s, r.activities},
                    {u"opportunities"_s, r.opportunities},
                    {u"stage_changes"_s, r.stageChanges},
                    {u"orders"_s, r.orders},
                    {u"order_lines"_s, r.orderLines},
                    {u"tasks"_s, r.tasks},
                    {u"targets"_s, r.targets},
                    {u"trainings"_s, r.trainings},
                    {u"plans"_s, r.plans},
                    {u"commission_plans"_s, r.commissionPlans},
                    {u"revenue_fen"_s, r.revenueFen},
                    {u"payments"_s, r.payments},
                    {u"collected_fen"_s, r.collectedFen},
                    {u"elapsed_ms"_s, ms}},
        tr("Filled %1 in %2 s: %3 members, %4 customers, %5 activities, %6 opportunities, %7 orders "
           "(%8 lines, %9), %10 payments (%11), %12 tasks, %13 targets.")
            .arg(path)
            .arg(ms / 1000.0, 0, 'f', 1)
            .arg(r.members)
            .arg(r.customers)
            .arg(r.activities)
            .arg(r.opportunities)
            .arg(r.orders)
            .arg(r.orderLines)
            .arg(Money::format(r.revenueFen))
            .arg(r.payments)
            .arg(Money::format(r.collectedFen))
            .arg(r.tasks)
            .arg(r.targets));
    return Success;
}

} // namespace frontline::cli
