#include "ImportCommands.h"

#include "Context.h"
#include "import/ImportHistory.h"
#include "import/ImportKind.h"
#include "import/ImportMapping.h"
#include "import/Importer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

namespace {

QJsonObject batchJson(const ImportBatch &b)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject created;
    for (const QString &part : b.created.split(u',', Qt::SkipEmptyParts))
        created.insert(part.section(u'=', 0, 0), part.section(u'=', 1).toLongLong());
    return QJsonObject{
        {u"batch"_s, b.id},
        {u"kind"_s, b.kind},
        {u"file"_s, b.fileName},
        {u"format"_s, b.format.isEmpty() ? QJsonValue() : QJsonValue(b.format)},
        {u"encoding"_s, b.encoding.isEmpty() ? QJsonValue() : QJsonValue(b.encoding)},
        {u"who"_s, b.memberName.isEmpty() ? QJsonValue() : QJsonValue(b.memberName)},
        {u"started_at"_s, time(b.startedAt)},
        {u"finished_at"_s, time(b.finishedAt)},
        {u"status"_s, b.status},
        {u"read"_s, b.read},
        {u"inserted"_s, b.inserted},
        {u"merged"_s, b.merged},
        {u"updated"_s, b.updated},
        {u"skipped"_s, b.skipped},
        {u"rejected"_s, b.rejected},
        {u"warnings"_s, b.warnings},
        {u"created"_s, created},
        {u"rejects_file"_s, b.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(b.rejectsFile)},
        {u"undone_at"_s, time(b.undoneAt)}};
}

QString summaryText(const ImportSummary &s)
{
    QStringList lines;
    lines << ImportCommand::tr("%1 %2: %3 rows read (header on row %4%5%6)")
                 .arg(s.dryRun ? ImportCommand::tr("Dry run of") : ImportCommand::tr("Imported"), s.file)
                 .arg(s.read)
                 .arg(s.headerRow)
                 .arg(s.encoding.isEmpty() ? QString() : u", "_s + QString::fromLatin1(s.encoding))
                 .arg(s.sheet.isEmpty() ? QString() : u", "_s + ImportCommand::tr("sheet %1").arg(s.sheet));
    lines << ImportCommand::tr("  inserted %1, merged %2, updated %3, skipped %4, rejected %5; %6 warnings")
                 .arg(s.inserted)
                 .arg(s.merged)
                 .arg(s.updated)
                 .arg(s.skipped)
                 .arg(s.rejected)
                 .arg(s.warnings);
    QStringList created;
    for (auto it = s.created.cbegin(); it != s.created.cend(); ++it)
        created << u"%1 %2"_s.arg(it.value()).arg(it.key());
    if (!created.isEmpty())
        lines << ImportCommand::tr("  created: %1").arg(created.join(u", "_s));
    QStringList filled;
    for (auto it = s.filled.cbegin(); it != s.filled.cend(); ++it)
        filled << u"%1 × %2"_s.arg(it.key()).arg(it.value());
    if (!filled.isEmpty())
        lines << ImportCommand::tr("  filled in: %1").arg(filled.join(u", "_s));
    QStringList mapping;
    for (const ColumnMapping &c : s.columns)
        mapping << u"%1 → %2"_s.arg(c.header, c.field.isEmpty() ? u"-"_s : c.field);
    lines << ImportCommand::tr("  columns: %1").arg(mapping.join(u", "_s));
    int shown = 0;
    for (const ImportIssue &i : s.issues) {
        if (i.severity == ImportIssue::Skip || ++shown > 20)
            continue;
        lines << u"  %1 %2%3: %4"_s
                     .arg(i.severity == ImportIssue::Reject ? ImportCommand::tr("rejected")
                                                            : ImportCommand::tr("warning"))
                     .arg(i.row)
                     .arg(i.column.isEmpty() ? QString() : u" ["_s + i.column + u']')
                     .arg(i.message);
    }
    if (!s.rejectsFile.isEmpty())
        lines << ImportCommand::tr("  rejects: %1").arg(s.rejectsFile);
    if (s.batch)
        lines << ImportCommand::tr("  batch %1 (undo with: frontline-cli import undo %1)").arg(s.batch);
    return lines.join(u'\n');
}

} // namespace

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(u"sheet"_s, tr("The sheet of an Excel file (default: the first visible one)."),
                           u"NAME"_s),
        QCommandLineOption(u"mapping"_s, tr("A saved mapping's name, or a JSON mapping file."),
                           u"NAME|FILE"_s),
        QCommandLineOption(u"encoding"_s, tr("The text encoding of a CSV file (default: auto)."),
                           u"auto|utf-8|gbk|…"_s),
        QCommandLineOption(u"dry-run"_s, tr("Run the import and roll it back: the preview.")),
        QCommandLineOption(u"strict"_s, tr("Reject rows naming unknown members, customers or products.")),
        QCommandLineOption(u"skip-hidden"_s, tr("Skip rows hidden in the Excel sheet.")),
        QCommandLineOption(u"default-owner"_s, tr("Owner for rows that name none (member code or name)."),
                           u"CODE"_s),
        QCommandLineOption(u"rejects"_s, tr("Where to write the rejected rows (default: beside the file)."),
                           u"FILE"_s),
        QCommandLineOption(u"save-mapping"_s, tr("Save the mapping used under this name."), u"NAME"_s),
    };
}

int ImportCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    if (args.isEmpty())
        return context.usageError(tr("Use: frontline-cli import %1").arg(arguments()));
    const QString sub = args.first();
    const bool history = sub == u"history"_s || sub == u"candidates"_s;
    const bool manage = sub == u"undo"_s || sub == u"merge"_s || sub == u"dismiss"_s;
    if (!history && !manage && !ImportKind::create(sub))
        return context.usageError(
            tr("Unknown kind or subcommand '%1'; kinds: %2.").arg(sub, ImportKind::keys().join(u", "_s)));
    if (!history && !manage && args.size() != 2)
        return context.usageError(tr("Use: frontline-cli import %1 FILE").arg(sub));
    if (sub == u"undo"_s && args.size() != 2)
        return context.usageError(tr("Use: frontline-cli import undo BATCH"));
    if (sub == u"merge"_s && args.size() != 3)
        return context.usageError(tr("Use: frontline-cli import merge A B (B is merged into A)"));
    Database db;
    if (!context.openDatabase(db, history))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    ImportHistory imports(db, *scope);
    const auto areaOf = &ImportKind::permissionArea;
    PermissionArea area = areaOf(sub);
    PermissionAction action = PermissionAction::Edit;
    if (history || (!manage && context.isSet(u"dry-run"_s)))
        action = PermissionAction::View;
    else if (sub == u"merge"_s)
        action = PermissionAction::Delete; // the second customer becomes a tombstone
    else if (sub == u"undo"_s)
        area = areaOf(imports.batch(args.at(1).toLongLong()).value_or(ImportBatch{}).kind);
    if (!context.permitted(db, *scope, area, action, u"import:"_s + sub))
        return Failure;

    if (sub == u"history"_s) {
        const QList<ImportBatch> list =
            imports.batches(context.isSet(u"limit"_s) ? context.value(u"limit"_s).toInt() : 100);
        QJsonArray json;
        QList<QStringList> rows;
        for (const ImportBatch &b : list) {
            json.append(batchJson(b));
            rows << QStringList{QString::number(b.id),
                                b.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                b.kind,
                                b.fileName,
                                b.memberName,
                                QString::number(b.read),
                                QString::number(b.inserted),
                                QString::number(b.merged),
                                QString::number(b.rejected),
                                b.status};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("Batch"), tr("When"), tr("Kind"), tr("File"), tr("Who"), tr("Read"),
                                tr("Inserted"), tr("Merged"), tr("Rejected"), tr("Status")},
                               rows);
        return Success;
    }
    if (sub == u"candidates"_s) {
        QJsonArray json;
        QList<QStringList> rows;
        for (const MergeCandidate &c : imports.candidates()) {
            json.append(QJsonObject{{u"id"_s, c.id},
                                    {u"customer_a"_s, c.customerA},
                                    {u"name_a"_s, c.nameA},
                                    {u"customer_b"_s, c.customerB},
                                    {u"name_b"_s, c.nameB},
                                    {u"score"_s, c.score},
                                    {u"reason"_s, c.reason}});
            rows << QStringList{QString::number(c.customerA),     c.nameA,
                                QString::number(c.customerB),     c.nameB,
                                QString::number(c.score, 'f', 2), c.reason};
        }
        if (context.json())
            context.print(json, {});
        else
            context.printTable({tr("A"), tr("Name"), tr("B"), tr("Name"), tr("Score"), tr("Why")}, rows);
        return Success;
    }
    if (sub == u"undo"_s) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok)
            return context.usageError(tr("\"%1\" is not a batch number.").arg(args.at(1)));
        const UndoResult r = imports.undo(id);
        if (!r.ok)
            return context.fail(r.error);
        context.print(QJsonObject{{u"batch"_s, id},
                                  {u"tombstoned"_s, r.tombstoned},
                                  {u"restored"_s, r.restored},
                                  {u"conflicts"_s, r.conflicts}},
                      tr("Batch %1 undone: %2 rows deleted, %3 fields restored, %4 left as changed since.")
                          .arg(id)
                          .arg(r.tombstoned)
                          .arg(r.restored)
                          .arg(r.conflicts));
        return Success;
    }
    if (sub == u"merge"_s) {
        const qint64 a = context.customerId(db, *scope, args.at(1));
        const qint64 b = a ? context.customerId(db, *scope, args.at(2)) : 0;
        if (!a || !b)
            return Failure;
        QString error;
        const qint64 batch = imports.merge(a, b, &error);
        if (!batch)
            return context.fail(error);
        context.print(QJsonObject{{u"batch"_s, batch}, {u"into"_s, a}, {u"merged"_s, b}},
                      tr("Customer %1 merged into %2 (batch %3; undo with: frontline-cli import undo %3).")
                          .arg(b)
                          .arg(a)
                          .arg(batch));
        return Success;
    }

    ImportOptions options;
    options.kind = sub;
    options.read.sheet = context.value(u"sheet"_s);
    if (context.isSet(u"encoding"_s))
        options.read.encoding = context.value(u"encoding"_s).toLatin1();
    options.mapping = context.value(u"mapping"_s);
    options.dryRun = context.isSet(u"dry-run"_s);
    options.strict = context.isSet(u"strict"_s);
    options.skipHiddenRows = context.isSet(u"skip-hidden"_s);
    options.defaultOwner = context.value(u"default-owner"_s);
    options.rejectsPath = context.value(u"rejects"_s);
    options.previewRows = options.dryRun ? 20 : 5;
    Importer importer(db, *scope);
    const ImportSummary summary = importer.run(args.at(1), options);
    if (!summary.ok)
        return context.fail(summary.error);
    if (context.isSet(u"save-mapping"_s)) {
        QString error;
        QJsonObject profile = ImportMapping::toProfile(summary.columns);
        profile.insert(u"header_row"_s, summary.headerRow);
        if (!ImportMapping::save(db, ImportKind::create(sub)->key(), context.value(u"save-mapping"_s),
                                 profile, &error))
            return context.fail(error);
    }
    context.print(summary.toJson(), summaryText(summary));
    return Success;
}

} // namespace frontline::cli
