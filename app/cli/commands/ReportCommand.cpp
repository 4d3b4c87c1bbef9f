#include "ReportCommand.h"

#include "Context.h"
#include "analytics/Reports.h"
#include "analytics/Rollups.h"
#include "export/ReportWriter.h"
#include "privacy/Anonymizer.h"
#include "settings/SharedSettings.h"

#ifdef FRONTLINE_CLI_PDF
#include "print/DashboardPrint.h"
#include "print/ReportPrinter.h"
#endif

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace frontline::cli {

using namespace frontline::analytics;

QList<QCommandLineOption> ReportCommand::options() const
{
    return {
        QCommandLineOption(
            u"period"_s,
            tr("2025-03, 2025-Q1, 2025, 2025-W07, 2025-03-07 or FROM..TO (default: this month)."),
            u"PERIOD"_s),
        QCommandLineOption(u"by"_s, tr("rep, team, region, channel, product, category, grade or status."),
                           u"DIM"_s),
        QCommandLineOption(
            u"format"_s,
            tr("table, csv, json, xlsx or pdf (default table; --json means json; xlsx and pdf need --out)."),
            u"FORMAT"_s),
        QCommandLineOption(u"out"_s, tr("Write the report to this file instead of standard output."),
                           u"FILE"_s),
        QCommandLineOption(u"encoding"_s,
                           tr("CSV text encoding: utf-8 (with a BOM in a file, the default) or gbk."),
                           u"ENCODING"_s),
        QCommandLineOption(u"measure"_s,
                           tr("What ranking and attainment measure (default revenue): %1.").arg([] {
                               QStringList keys;
                               for (const Measure m : Metrics::measures())
                                   keys << Metrics::key(m);
                               return keys.join(u", "_s);
                           }()),
                           u"MEASURE"_s),
        QCommandLineOption(u"today"_s, tr("The day progress is measured on (default: today)."), u"DATE"_s),
        QCommandLineOption(
            u"anonymize"_s,
            tr("Mask names, phones and e-mails; codes become pseudonyms stable within this run.")),
    };
}

int ReportCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString kind = args.value(0);
    if (kind.isEmpty() || (kind != u"rebuild"_s && !Reports::kinds().contains(kind)))
        return context.usageError(tr("Use: frontline-cli report %1").arg(arguments()));

    Database db;
    if (!context.openDatabase(db))
        return Failure;

    if (kind == u"rebuild"_s) {
        if (context.isSet(u"as"_s))
            return context.fail(tr("Only the database owner can rebuild the rollups."));
        const Rollups::Result r = Rollups::rebuild(db);
        if (!r.ok)
            return context.fail(r.error);
        context.print(QJsonObject{{u"rebuilt"_s, true}, {u"elapsed_ms"_s, r.elapsedMs}},
                      tr("Rollups rebuilt in %1 ms.").arg(r.elapsedMs));
        return Success;
    }

    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;

    QString error;
    Period period = Period::containing(Period::Month, QDate::currentDate());
    if (context.isSet(u"period"_s)) {
        const std::optional<Period> parsed = Period::parse(context.value(u"period"_s), &error);
        if (!parsed)
            return context.usageError(error);
        period = *parsed;
    }
    Dimension by = Dimension::None;
    if (context.isSet(u"by"_s)) {
        const std::optional<Dimension> d = Metrics::dimensionFromKey(context.value(u"by"_s));
        if (!d || *d == Dimension::None)
            return context.usageError(tr("Unknown grouping \"%1\": use rep, team, region, channel, product, "
                                         "category, grade or status.")
                                          .arg(context.value(u"by"_s)));
        by = *d;
    }
    Measure measure = Measure::Revenue;
    if (context.isSet(u"measure"_s)) {
        const std::optional<Measure> m = Metrics::measureFromKey(context.value(u"measure"_s));
        if (!m)
            return context.usageError(tr("Unknown measure \"%1\".").arg(context.value(u"measure"_s)));
        measure = *m;
    }
    QString format = context.json() ? u"json"_s : u"table"_s;
    if (context.isSet(u"format"_s))
        format = context.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s && format != u"xlsx"_s &&
        format != u"pdf"_s)
        return context.usageError(
            tr("Unknown format \"%1\": use table, csv, json, xlsx or pdf.").arg(format));
    QByteArray encoding = "utf-8";
    if (context.isSet(u"encoding"_s)) {
        encoding = ReportWriter::csvEncoding(context.value(u"encoding"_s));
        if (encoding.isEmpty())
            return context.usageError(
                tr("Unknown encoding \"%1\": use utf-8 or gbk.").arg(context.value(u"encoding"_s)));
        if (format != u"csv"_s)
            return context.usageError(tr("--encoding is for --format csv."));
    }
    if (format == u"xlsx"_s && !context.isSet(u"out"_s))
        return context.usageError(tr("An Excel report is written to a file: add --out FILE."));
    if (format == u"pdf"_s) {
#ifdef FRONTLINE_CLI_PDF
        if (!context.isSet(u"out"_s))
            return context.usageError(tr("A PDF report is written to a file: add --out FILE."));
        if (kind == u"dashboard"_s &&
            (context.isSet(u"anonymize"_s) || context.isSet(u"member"_s) || context.isSet(u"region"_s) ||
             context.isSet(u"channel"_s) || context.isSet(u"grade"_s) || context.isSet(u"status"_s)))
            return context.usageError(tr("The dashboard's PDF is for everyone you may see or one --team; "
                                         "it takes no other filter and no --anonymize."));
        if (!PrintDocument::canPaint(&error))
            return context.fail(error);
#else
        return context.fail(tr("This frontline-cli was built without the GUI libraries "
                               "(FRONTLINE_BUILD_GUI=OFF): PDF is not available; use xlsx or csv."));
#endif
    }

    // Filters, with the options the other commands use for the same things.
    Filter filter;
    if (context.isSet(u"member"_s)) {
        const qint64 id = context.memberId(db, context.value(u"member"_s));
        if (!id)
            return Failure;
        filter.members << id;
    }
    if (context.isSet(u"team"_s)) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT id FROM team WHERE name = ? AND deleted = 0"_s);
        q.addBindValue(context.value(u"team"_s));
        if (!q.exec() || !q.next())
            return context.fail(tr("There is no team named %1.").arg(context.value(u"team"_s)));
        filter.teamId = q.value(0).toLongLong();
    }
    if (context.isSet(u"region"_s))
        filter.regions << context.value(u"region"_s);
    if (context.isSet(u"channel"_s))
        filter.channels << context.value(u"channel"_s);
    if (context.isSet(u"grade"_s))
        filter.grades << context.value(u"grade"_s);
    if (context.isSet(u"status"_s))
        filter.statuses << context.value(u"status"_s);

    // Anything leaving as a file or machine-readable output is an export.
    const bool exporting = format != u"table"_s || context.isSet(u"out"_s);
    if (!ReportWriter::authorize(db, *scope, kind, exporting, &error))
        return context.fail(error);

    MetricsEngine engine(db, *scope);
    if (context.isSet(u"today"_s)) {
        const QDate today = Context::parseDate(context.value(u"today"_s));
        if (!today.isValid())
            return context.usageError(tr("\"%1\" is not a date.").arg(context.value(u"today"_s)));
        engine.setToday(today);
    }
    const Rollups::Result refreshed = engine.refreshRollups();
    if (!refreshed.ok)
        return context.fail(refreshed.error);
    Reports reports(engine, db);
    std::optional<Report> report = reports.build(kind, period, by, measure, filter, &error);
    if (!report)
        return context.usageError(error);
    if (!engine.lastError().isEmpty())
        return context.fail(engine.lastError());
    if (context.isSet(u"anonymize"_s))
        Anonymizer().anonymize(*report);
    if (exporting && !ReportWriter::recordExport(db, *scope, *report, format,
                                                 context.isSet(u"out"_s)
                                                     ? QFileInfo(context.value(u"out"_s)).absoluteFilePath()
                                                     : u"stdout"_s,
                                                 context.isSet(u"anonymize"_s), &error))
        return context.fail(error);

#ifdef FRONTLINE_CLI_PDF
    if (format == u"pdf"_s) {
        const QString company = SharedSettings(db, *scope).companyName();
        bool written = false;
        if (kind == u"dashboard"_s) {
            const DashboardData data = DashboardData::compute(db, *scope, period, filter, engine.today());
            if (!data.error.isEmpty())
                return context.fail(data.error);
            written = DashboardPrint::writePdf(data, company, context.value(u"out"_s), &error);
        } else {
            written = ReportPrinter::writePdf(*report, company, context.value(u"out"_s), &error);
        }
        return written ? Success : context.fail(error);
    }
#endif
    if (format == u"xlsx"_s) {
        if (!ReportWriter::writeXlsx(*report, context.value(u"out"_s), &error))
            return context.fail(error);
        return Success;
    }
    QByteArray bytes;
    if (format == u"json"_s) {
        bytes = QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else if (format == u"csv"_s) {
        bool lossy = false;
        bytes = ReportWriter::csv(*report, context.isSet(u"out"_s), encoding, &lossy);
        if (lossy)
            std::fputs(qPrintable(tr("frontline-cli: some characters have no %1 equivalent and were "
                                     "written as \"?\".\n")
                                      .arg(QString::fromLatin1(encoding).toUpper())),
                       stderr);
    } else {
        QString text = report->title + u" · "_s + report->period.label() +
                       (report->subject.isEmpty() ? QString() : u" · "_s + report->subject) + u'\n';
        bytes = text.toUtf8();
        if (!context.isSet(u"out"_s))
            context.printText(text.chopped(1));
        for (const ReportTable &t : std::as_const(report->sections)) {
            QStringList headers;
            for (const ReportColumn &c : t.columns)
                headers << c.title;
            QList<QStringList> rows;
            for (qsizetype r = 0; r < t.rows.size(); ++r) {
                QStringList cells;
                for (qsizetype c = 0; c < t.columns.size(); ++c)
                    cells << t.displayText(r, c);
                rows << cells;
            }
            if (!context.isSet(u"out"_s)) {
                if (report->sections.size() > 1)
                    context.printText(u"\n"_s + t.title);
                context.printTable(headers, rows);
            } else {
                bytes += (u"\n"_s + t.title + u'\n' + headers.join(u'\t') + u'\n').toUtf8();
                for (const QStringList &row : std::as_const(rows))
                    bytes += (row.join(u'\t') + u'\n').toUtf8();
            }
        }
        if (!context.isSet(u"out"_s))
            return Success;
    }
    if (context.isSet(u"out"_s)) {
        QSaveFile file(context.value(u"out"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return context.fail(tr("Cannot write %1: %2").arg(context.value(u"out"_s), file.errorString()));
        return Success;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return Success;
}

} // namespace frontline::cli
