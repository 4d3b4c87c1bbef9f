// Exporting order lines at scale, XLSX and CSV, next to the reference in the same run: the same
// SELECT stepped through without writing anything (what reading the encrypted database costs).
// Memory: the peak resident set of each export alone (the peak is reset before it starts, Linux
// /proc/self/clear_refs), and the resident set sampled as the rows go, to show it stays flat.
//   bench_export [--order-lines N] [--full] [--reps N] [--customers N] [--db FILE] [--keep]
// --full: 1,000,000 order lines (default 200,000). Without --db a demo database is generated in a
// temporary folder (or at --db FILE when it does not exist yet), as bench_dashboard does.
#include "export/Exporter.h"
#include "services/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

const QByteArray Key("bench passphrase");

// A field of /proc/self/status in MiB (VmRSS, VmHWM); -1 where there is no /proc.
double statusMiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds (user + system) of this process: what the work costs on a machine shared with
// other jobs, where wall time is what the scheduler leaves.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](const QString &name, qint64 fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 lines = args.contains(u"--full"_s) ? 1000000 : arg(u"--order-lines"_s, 200000);
    const int reps = int(arg(u"--reps"_s, 200));
    const int customers = int(arg(u"--customers"_s, std::max<qint64>(2000, lines / 10)));

    QTemporaryDir dir;
    QString path = dir.filePath(u"bench.db"_s);
    if (const qsizetype i = args.indexOf(u"--db"_s); i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    if (args.contains(u"--keep"_s))
        dir.setAutoRemove(false);
    if (!QFileInfo::exists(path)) {
        Database db;
        if (const DatabaseError e = db.create(path, SecureBytes(Key))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        DemoGenerator::Options o;
        o.reps = reps;
        o.customers = customers;
        o.orderLines = lines;
        o.today = QDate(2025, 12, 15);
        std::printf("Generating %lld order lines, %d reps, %d customers…\n", lines, reps, customers);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        const DemoGenerator::Result r = DemoGenerator(o).generate(db);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("Generated in %.1f s\n", double(t.elapsed()) / 1000);
        db.close();
    }

    Database db;
    if (const DatabaseError e = db.open(path, SecureBytes(Key))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    qint64 total = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT count(*) FROM order_line WHERE deleted = 0"_s);
        q.next();
        total = q.value(0).toLongLong();
    }
    std::printf("Database: %lld order lines\n\n", total);

    // The reference: the export's own SELECT, every column read, nothing written.
    double scanSeconds = 0;
    {
        const double cpu = cpuSeconds();
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT o.order_no, o.order_date, m.code, c.name, c.code, p.sku, p.name, l.quantity, "
               u"l.unit_price_fen, l.amount_fen, o.channel, c.region, o.status FROM sales_order o "
               u"JOIN order_line l ON l.order_id = o.id AND l.deleted = 0 JOIN customer c ON c.id = "
               u"o.customer_id AND c.deleted = 0 JOIN member m ON m.id = o.member_id JOIN product p ON "
               u"p.id = l.product_id WHERE o.deleted = 0 ORDER BY o.order_date, o.id, l.id"_s);
        qint64 n = 0;
        qint64 sum = 0;
        while (q.next()) {
            ++n;
            sum += q.value(9).toLongLong() + q.value(0).toString().size() + q.value(3).toString().size();
        }
        scanSeconds = double(t.nsecsElapsed()) / 1e9;
        std::printf("%-26s %8.2f s (%.2f s CPU)  %lld rows (checksum %lld)\n", "SELECT only (reference)",
                    scanSeconds, cpuSeconds() - cpu, n, sum);
    }

    int status = 0;
    for (const QString &format : {u"xlsx"_s, u"csv"_s}) {
        const QString out = dir.filePath(u"orders."_s + format);
        ExportOptions options;
        options.format = format;
        QList<double> samples;
        options.progress = [&](qint64 rows) {
            if (rows % 100000 == 0)
                samples << statusMiB("VmRSS:");
            return true;
        };
        resetPeak();
        const double before = statusMiB("VmRSS:");
        const double cpu = cpuSeconds();
        Exporter exporter(db, AccessScope::administrator());
        const ExportResult r = exporter.run(u"orders"_s, out, options);
        const double peak = statusMiB("VmHWM:");
        const double cpuUsed = cpuSeconds() - cpu;
        if (!r.ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(format), qPrintable(r.error));
            status = 1;
            continue;
        }
        QString rss;
        for (const double s : std::as_const(samples))
            rss += QString::number(s, 'f', 0) + u' ';
        std::printf("%-26s %8.2f s (%.2f s CPU)  %lld rows, %.0f MB file, %.1fx the SELECT; RSS %.0f MB "
                    "before, peak %.0f "
                    "MB; RSS every 100k rows: %s\n",
                    qPrintable(u"export orders "_s + format), r.seconds, cpuUsed, r.rows,
                    double(QFileInfo(out).size()) / 1e6, scanSeconds > 0 ? r.seconds / scanSeconds : 0.0,
                    before, peak, qPrintable(rss.trimmed()));
        std::fflush(stdout);
    }
    return status;
}
