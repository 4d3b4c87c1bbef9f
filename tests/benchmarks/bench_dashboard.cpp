// The dashboard and the ranking at scale, through the rollups, next to the naive answer in the
// same run: the same engine reading the base tables (a GROUP BY over the order lines), and the
// plain month × rep GROUP BY over the lines that NOTES.md uses as the reference.
//   bench_dashboard [--order-lines N] [--full] [--reps N] [--customers N] [--db FILE] [--keep]
//                   [--rollups-only]
// --full: 1,000,000 order lines (default 200,000). Without --db a demo database is generated in
// a temporary folder (or at --db FILE when it does not exist yet, kept with --keep).
// "Cold" is a freshly opened database (nothing decrypted in SQLCipher's page cache yet).
#include "analytics/MetricsEngine.h"
#include "analytics/Reports.h"
#include "analytics/Rollups.h"
#include "services/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::analytics;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

const QByteArray Key("bench passphrase");

bool open(Database &db, const QString &path)
{
    if (const DatabaseError e = db.open(path, SecureBytes(Key))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return false;
    }
    return true;
}

void row(const char *what, double fast, double naive)
{
    std::printf("%-34s %10.1f ms %12.1f ms %9.1fx\n", what, fast, naive, fast > 0 ? naive / fast : 0.0);
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
    const QDate today(2025, 12, 15);
    // --rollups-only: skip the naive figures (minutes on a million lines) while tuning.
    const bool rollupsOnly = args.contains(u"--rollups-only"_s);

    QTemporaryDir dir;
    QString path = dir.filePath(u"bench.db"_s);
    if (const qsizetype i = args.indexOf(u"--db"_s); i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
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
        o.today = today;
        std::printf("Generating %lld order lines, %d reps, %d customers…\n", lines, reps, customers);
        std::fflush(stdout);
        DemoGenerator::Result r;
        const double generate = timeMs([&] { r = DemoGenerator(o).generate(db); });
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("Generated in %.1f s; ", generate / 1000);
        Rollups::Result rr;
        const double refresh = timeMs([&] { rr = Rollups::refresh(db); });
        std::printf("rollups derived in %.1f s (%s)\n", refresh / 1000, rr.rebuilt ? "rebuild" : "refresh");
        if (!rr.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(rr.error));
            return 1;
        }
        db.close();
    }

    {
        Database db;
        if (!open(db, path))
            return 1;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT (SELECT count(*) FROM order_line), (SELECT count(*) FROM sales_order), "
               u"(SELECT count(*) FROM member WHERE role = 'rep'), (SELECT count(*) FROM rollup_sales), "
               u"(SELECT count(*) FROM rollup_customer_month)"_s);
        q.next();
        std::printf("Database: %lld order lines, %lld orders, %lld reps; rollup rows: %lld sales, %lld "
                    "customer-months\n\n",
                    q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong());
    }

    const Period month = Period::month(2025, 11), quarter = Period::quarter(2025, 3);
    const auto dashboard = [&](const Period &p, bool rollups, bool cold, Database &db) {
        MetricsEngine engine(db, AccessScope::administrator());
        engine.setToday(today);
        engine.setUseRollups(rollups);
        Dashboard d;
        const double ms = timeMs([&] { d = engine.dashboard(p); });
        Q_UNUSED(cold);
        return qMakePair(ms, d.cards.value(0).value.numerator);
    };
    std::printf("%-34s %13s %15s %10s\n", "", "rollups", "naive", "ratio");

    // Cold: a fresh open for each figure.
    const auto coldRun = [&](const Period &p, bool rollups) {
        Database db;
        if (!open(db, path))
            return qMakePair(-1.0, qint64(0));
        return dashboard(p, rollups, true, db);
    };
    const auto coldMonth = coldRun(month, true), coldQuarter = coldRun(quarter, true);
    const auto coldMonthNaive = rollupsOnly ? coldMonth : coldRun(month, false);
    const auto coldQuarterNaive = rollupsOnly ? coldQuarter : coldRun(quarter, false);
    if (coldMonth.second != coldMonthNaive.second || coldQuarter.second != coldQuarterNaive.second) {
        std::fprintf(stderr, "Rollups and base tables disagree: %lld vs %lld, %lld vs %lld\n",
                     coldMonth.second, coldMonthNaive.second, coldQuarter.second, coldQuarterNaive.second);
        return 1;
    }
    row("dashboard, month, cold", coldMonth.first, coldMonthNaive.first);
    row("dashboard, quarter, cold", coldQuarter.first, coldQuarterNaive.first);

    Database db;
    if (!open(db, path))
        return 1;
    QList<double> warmMonth, warmMonthNaive, warmQuarter, warmQuarterNaive, ranking, rankingNaive;
    for (int i = 0; i < 5; ++i) {
        warmMonth << dashboard(month, true, false, db).first;
        warmQuarter << dashboard(quarter, true, false, db).first;
    }
    for (int i = 0; i < (rollupsOnly ? 0 : 3); ++i) {
        warmMonthNaive << dashboard(month, false, false, db).first;
        warmQuarterNaive << dashboard(quarter, false, false, db).first;
    }
    // Where a warm dashboard's time goes: each card's trend (and the same period last year).
    const auto trends = [&](const Period &p, int length) {
        for (const Measure m : {Measure::Revenue, Measure::NewCustomers, Measure::RetentionRate,
                                Measure::Visits, Measure::WeightedPipeline}) {
            MetricsEngine engine(db, AccessScope::administrator());
            engine.setToday(today);
            MetricsEngine naive(db, AccessScope::administrator());
            naive.setToday(today);
            naive.setUseRollups(false);
            const QList<Period> trend = p.trailing(length) << p.lastYear();
            const double fast = timeMs([&] { engine.series(m, trend); });
            const double slow = rollupsOnly ? 0 : timeMs([&] { naive.series(m, trend); });
            row(qPrintable(u"  %1-%2 trend: %3"_s.arg(length).arg(
                    p.kind() == Period::Month ? u"month"_s : u"quarter"_s, Metrics::key(m))),
                fast, slow);
        }
    };
    row("dashboard, month, warm (median)", median(warmMonth), median(warmMonthNaive));
    trends(month, 12);
    row("dashboard, quarter, warm (median)", median(warmQuarter), median(warmQuarterNaive));
    trends(quarter, 8);

    // The ranking report: every rep ranked by revenue, with orders.
    int ranked = 0;
    for (int i = 0; i < 5; ++i) {
        for (const bool rollups : {true, false}) {
            if (!rollups && rollupsOnly)
                continue;
            MetricsEngine engine(db, AccessScope::administrator());
            engine.setUseRollups(rollups);
            Reports reports(engine);
            Report r;
            (rollups ? ranking : rankingNaive)
                << timeMs([&] { r = reports.ranking(month, Measure::Revenue, {}); });
            ranked = int(r.sections.value(0).rows.size());
        }
    }
    row(qPrintable(u"ranking of %1 reps, month (median)"_s.arg(ranked)), median(ranking),
        median(rankingNaive));

    // The reference: month × rep revenue straight from the lines, one GROUP BY.
    QList<double> plain;
    for (int i = 0; i < (rollupsOnly ? 0 : 3); ++i) {
        plain << timeMs([&] {
            QSqlQuery q(db.connection());
            q.exec(u"SELECT substr(o.order_date, 1, 7), o.member_id, sum(l.amount_fen) FROM order_line l "
                   u"JOIN sales_order o ON o.id = l.order_id WHERE l.deleted = 0 AND o.deleted = 0 "
                   u"AND o.status <> 'cancelled' GROUP BY 1, 2"_s);
            while (q.next()) {
            }
        });
    }
    std::printf("\nReference: month × rep GROUP BY over all order lines (warm, median): %.1f ms\n",
                median(plain));
    std::printf("Targets: dashboard < 100 ms warm, < 500 ms cold; ranking < 50 ms.\n");
    if (args.contains(u"--keep"_s) && !args.contains(u"--db"_s)) {
        dir.setAutoRemove(false);
        std::printf("Kept %s\n", qPrintable(path));
    }
    return 0;
}
