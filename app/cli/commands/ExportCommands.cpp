#include "ExportCommands.h"

#include "Context.h"
#include "analytics/Period.h"
#include "export/Exporter.h"
#include "import/ImportFolder.h"
#include "import/ImportKind.h"
#include "security/Permissions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>

using namespace Qt::StringLiterals;

namespace frontline::cli {

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(u"out"_s, tr("The file to write."), u"FILE"_s),
        QCommandLineOption(u"format"_s, tr("csv or xlsx (default: from the file's extension)."), u"FORMAT"_s),
        QCommandLineOption(u"encoding"_s, tr("CSV text encoding: utf-8 (with a BOM, the default) or gbk."),
                           u"ENCODING"_s),
        QCommandLineOption(u"period"_s,
                           tr("Only records of this period: 2025-03, 2025-Q1, 2025 or FROM..TO (orders, "
                              "activities, opportunities, customers)."),
                           u"PERIOD"_s),
    };
}

int ExportCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    if (args.size() != 1 || !Exporter::kinds().contains(args.first()))
        return context.usageError(
            tr("Use: frontline-cli export KIND --out FILE; kinds: %1.").arg(Exporter::kinds().join(u", "_s)));
    const QString kind = args.first();
    if (!context.isSet(u"out"_s))
        return context.usageError(tr("Name the file to write with --out FILE."));
    ExportOptions options;
    options.format = context.value(u"format"_s).toLower();
    if (!options.format.isEmpty() && options.format != u"csv"_s && options.format != u"xlsx"_s)
        return context.usageError(tr("Unknown format \"%1\": use csv or xlsx.").arg(options.format));
    if (context.isSet(u"encoding"_s)) {
        options.encoding = context.value(u"encoding"_s).toLower().toLatin1();
        if (options.encoding == "utf8")
            options.encoding = "utf-8";
        if (options.encoding != "utf-8" && options.encoding != "gbk" && options.encoding != "gb18030")
            return context.usageError(
                tr("Unknown encoding \"%1\": use utf-8 or gbk.").arg(context.value(u"encoding"_s)));
    }
    if (context.isSet(u"period"_s)) {
        QString error;
        const std::optional<analytics::Period> period =
            analytics::Period::parse(context.value(u"period"_s), &error);
        if (!period)
            return context.usageError(error);
        if (!Exporter::isDated(kind))
            return context.usageError(tr("%1 have no dates to select by a period.").arg(kind));
        options.from = period->from();
        options.to = period->to();
    }

    // Writable: the export is recorded in the audit log.
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    // The permission check and the audit entry are core's (Exporter::run).
    Exporter exporter(db, *scope);
    const QString path = context.value(u"out"_s);
    const ExportResult r = exporter.run(kind, path, options);
    if (!r.ok)
        return context.fail(r.error);
    QJsonObject json{{u"kind"_s, r.kind},
                     {u"file"_s, QFileInfo(r.path).absoluteFilePath()},
                     {u"format"_s, r.format},
                     {u"rows"_s, r.rows},
                     {u"seconds"_s, r.seconds}};
    if (r.format == u"csv"_s)
        json.insert(u"encoding"_s, QString::fromLatin1(r.encoding));
    if (options.from.isValid())
        json.insert(u"from"_s, options.from.toString(Qt::ISODate));
    if (options.to.isValid())
        json.insert(u"to"_s, options.to.toString(Qt::ISODate));
    QString text = tr("%n row(s) of %1 written to %2.", nullptr, int(std::min<qint64>(r.rows, INT_MAX)))
                       .arg(kind, QDir::toNativeSeparators(r.path));
    if (r.encodingErrors) {
        json.insert(u"encoding_errors"_s, true);
        text +=
            u'\n' + tr("Some characters have no equivalent in %1 and were replaced; use utf-8 to keep them.")
                        .arg(QString::fromLatin1(r.encoding));
    }
    context.print(json, text);
    return Success;
}

namespace {

// Lock-free, so that the signal handler may set it.
std::atomic_bool g_stop = false;
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void stopWatching(int)
{
    g_stop.store(true);
}

} // namespace

QList<QCommandLineOption> WatchCommand::options() const
{
    return {
        QCommandLineOption(u"kind"_s, tr("The kind of the files (default: the mapping's)."), u"KIND"_s),
        QCommandLineOption(u"mapping"_s, tr("A saved mapping's name, or a JSON mapping file."),
                           u"NAME|FILE"_s),
        QCommandLineOption(u"once"_s, tr("Process what is there and exit (for cron or the Task Scheduler).")),
        QCommandLineOption(u"interval"_s, tr("Seconds between two looks at the folder (default 10)."),
                           u"SECONDS"_s),
        QCommandLineOption(u"saved"_s,
                           tr("Watch the folder saved in the database (the app's Automatic Import), with its "
                              "kind, mapping and interval; no DIR.")),
        QCommandLineOption(u"remember"_s,
                           tr("Save DIR, the kind, the mapping and the interval as the database's Automatic "
                              "Import, which the app then runs while the database is open.")),
        QCommandLineOption(u"forget"_s, tr("Turn the database's Automatic Import off, and exit.")),
    };
}

int WatchCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const bool saved = context.isSet(u"saved"_s);
    const bool forget = context.isSet(u"forget"_s);
    if (saved || forget ? !args.isEmpty() : args.size() != 1)
        return context.usageError(tr("Use: frontline-cli watch DIR [--kind KIND] [--mapping NAME] [--once]"));
    if (int(saved) + int(forget) + int(context.isSet(u"remember"_s)) > 1)
        return context.usageError(tr("Use one of --saved, --remember and --forget."));
    double interval = 10;
    if (context.isSet(u"interval"_s)) {
        bool ok = false;
        interval = context.value(u"interval"_s).toDouble(&ok);
        if (!ok || interval <= 0 || interval > 86400)
            return context.usageError(
                tr("\"%1\" is not a number of seconds.").arg(context.value(u"interval"_s)));
    }
    const bool once = context.isSet(u"once"_s);
    Database db;
    if (!context.openDatabase(db))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    ImportFolderSettings settings = ImportFolderSettings::load(db);
    if (forget) {
        if (settings.enabled &&
            !context.permitted(db, *scope, ImportKind::permissionArea(settings.kind), PermissionAction::Edit,
                               u"import folder:"_s + settings.kind))
            return Failure;
        settings.enabled = false;
        if (!settings.save(db))
            return context.fail(
                tr("The settings could not be saved in %1.").arg(QDir::toNativeSeparators(db.path())));
        context.print(QJsonObject{{u"enabled"_s, false}}, tr("Automatic import is off."));
        return Success;
    }
    QString dir = saved ? settings.folder : args.first();
    QString kind = context.value(u"kind"_s);
    QString mapping = context.value(u"mapping"_s);
    if (saved) {
        if (!settings.enabled || settings.folder.isEmpty())
            return context.fail(tr("This database has no Automatic Import turned on: save one in the app, or "
                                   "with watch DIR --kind KIND --remember."));
        kind = settings.kind;
        mapping = settings.mapping;
        if (!context.isSet(u"interval"_s))
            interval = settings.intervalSeconds;
    }
    ImportFolder folder(db, *scope, dir, kind, mapping);
    if (!folder.prepare())
        return context.fail(folder.errorString());
    if (context.isSet(u"remember"_s)) {
        settings.enabled = true;
        settings.folder = QFileInfo(dir).absoluteFilePath();
        settings.kind = folder.kind();
        settings.mapping = mapping;
        settings.intervalSeconds =
            int(std::clamp(std::lround(interval), long(ImportFolderSettings::MinInterval),
                           long(ImportFolderSettings::MaxInterval)));
        if (!settings.save(db))
            return context.fail(
                tr("The settings could not be saved in %1.").arg(QDir::toNativeSeparators(db.path())));
    }

    int failed = 0;
    QJsonArray files;
    const auto report = [&](const QList<FolderFileResult> &results) {
        for (const FolderFileResult &r : results) {
            if (!r.imported)
                ++failed;
            if (once)
                files.append(r.toJson());
            else if (context.json())
                context.print(r.toJson(), {});
            if (!context.json())
                context.printText(r.message());
        }
    };

    if (once) {
        QStringList waiting;
        report(folder.once(int(std::min(interval, 2.0) * 1000), &waiting));
        if (context.json())
            context.print(QJsonObject{{u"kind"_s, folder.kind()},
                                      {u"files"_s, files},
                                      {u"waiting"_s, QJsonArray::fromStringList(waiting)}},
                          {});
        else if (!waiting.isEmpty())
            context.printText(
                tr("Still being written, left for the next run: %1").arg(waiting.join(u", "_s)));
        return failed ? Failure : Success;
    }

    std::signal(SIGINT, stopWatching);
    std::signal(SIGTERM, stopWatching);
    if (!context.json())
        context.printText(
            tr("Watching %1 for %2 (Ctrl+C stops).")
                .arg(QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath()), folder.kind()));
    folder.watch(int(interval * 1000), g_stop, report);
    return Success;
}

} // namespace frontline::cli
