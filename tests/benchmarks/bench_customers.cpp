// The customer list at scale: what the Customers page asks core for on its first screen and on
// every keystroke of search-as-you-type, and what logging a visit costs — next to the stock
// sqlcipher shell running comparable SQL on the same file (its own ".timer on" figures).
//   bench_customers [--customers N] [--reps N] [--order-lines N] [--db FILE] [--keep]
// Without --db a demo database is generated in a temporary folder first.
#include "repositories/ActivityRepository.h"
#include "repositories/CustomerRepository.h"
#include "services/DemoGenerator.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline;

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
    return t.nsecsElapsed() / 1e6;
}

// Runs statements in the sqlcipher shell with .timer on; returns each statement's real time (ms).
QList<double> shellTimes(const QString &shell, const QString &path, const QByteArray &key,
                         const QStringList &sql)
{
    QString script = u"PRAGMA key = '%1';\n"_s.arg(QString::fromUtf8(key)) +
                     SqlCipherDriver::cipherPragmas().join(u'\n') +
                     u"\nPRAGMA cache_size = -32768;\nSELECT count(*) FROM sqlite_master;\n.timer on\n"_s;
    for (const QString &s : sql)
        script += s + u'\n';
    QProcess p;
    p.start(shell, {path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    QList<double> times;
    static const QRegularExpression re(u"Run Time: real ([0-9.]+)"_s);
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        times << it.next().captured(1).toDouble() * 1000.0;
    return times;
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
    const QByteArray key("bench passphrase");
    QTemporaryDir dir;
    QString path = dir.filePath(u"bench.db"_s);
    if (const qsizetype i = args.indexOf(u"--db"_s); i >= 0 && i + 1 < args.size()) {
        path = args.at(i + 1);
    } else {
        Database db;
        if (const DatabaseError e = db.create(path, SecureBytes(key))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        DemoGenerator::Options o;
        o.customers = int(arg(u"--customers"_s, 100000));
        o.reps = int(arg(u"--reps"_s, 200));
        o.orderLines = arg(u"--order-lines"_s, 200000);
        QElapsedTimer t;
        t.start();
        const DemoGenerator::Result r = DemoGenerator(o).generate(db);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("demo: %lld customers, %lld order lines in %.1f s\n", r.customers, r.orderLines,
                    t.elapsed() / 1000.0);
    }

    Database db;
    double openMs = timeMs([&] {
        if (const DatabaseError e = db.open(path, SecureBytes(key)))
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
    });
    if (!db.isOpen())
        return 1;
    CustomerRepository repo(db, AccessScope::administrator());
    std::printf("open (key derivation included): %.1f ms\n", openMs);

    // First screen: the page knows how many rows there are (ids in display order) and shows the
    // first 50 of them.
    QList<qint64> ids;
    const double firstScreen = timeMs([&] {
        ids = repo.ids({});
        repo.list({}, 50, 0);
    });
    std::printf("customers page, first screen cold (%lld ids + 50 rows): %.1f ms\n", qint64(ids.size()),
                firstScreen);
    QList<double> warm;
    for (int i = 0; i < 5; ++i)
        warm << timeMs([&] {
            repo.ids({});
            repo.list({}, 50, 0);
        });
    std::printf("customers page, first screen warm: median %.1f ms\n", median(warm));

    // Search as you type: each keystroke reruns count + first 50 rows.
    const QStringList keystrokes = {u"b"_s, u"bj"_s, u"bjh"_s, u"bjhl"_s, u"北"_s, u"北京"_s, u"北京华"_s,
                                    u"z"_s, u"zh"_s, u"zha"_s, u"zhan"_s, u"1"_s,  u"13"_s,   u"138"_s};
    QList<double> perKey;
    double worst = 0;
    QString worstKey;
    for (const QString &typed : keystrokes) {
        CustomerFilter f;
        f.search = typed;
        const double ms = timeMs([&] {
            repo.ids(f);
            repo.list(f, 50, 0);
        });
        perKey << ms;
        if (ms > worst) {
            worst = ms;
            worstKey = typed;
        }
    }
    std::printf("search as you type, %lld keystrokes: median %.1f ms, worst %.1f ms (\"%s\")\n",
                qint64(perKey.size()), median(perKey), worst, worstKey.toUtf8().constData());

    // Logging a visit (one transaction, committed to disk).
    ActivityRepository activities(db, AccessScope::administrator());
    QList<double> visits;
    for (int i = 0; i < 20; ++i) {
        Activity a;
        a.customerId = ids.at(i * 7 % ids.size());
        CustomerRepository owners(db, AccessScope::administrator());
        a.memberId = owners.get(a.customerId)->ownerId;
        a.kind = u"visit"_s;
        a.summary = u"基准测试拜访"_s;
        a.nextFollowUp = QDate::currentDate().addDays(7);
        visits << timeMs([&] { activities.create(a); });
    }
    std::printf("log a visit (commit included): median %.1f ms\n", median(visits));

    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    db.close();
    if (shell.isEmpty()) {
        std::printf("sqlcipher shell not found: no reference\n");
        return 0;
    }
    const QList<double> ref = shellTimes(
        shell, path, key,
        {u"SELECT id FROM customer WHERE deleted = 0 ORDER BY sort_key, id;"_s,
         u"SELECT id, name FROM customer WHERE deleted = 0 ORDER BY sort_key, id LIMIT 50;"_s,
         u"SELECT count(*) FROM customer WHERE id IN (SELECT docid FROM customer_search WHERE body MATCH 'zh*');"_s,
         u"INSERT INTO activity (uuid, customer_id, member_id, kind, occurred_at, summary, hlc, device_id) "
         u"SELECT lower(hex(randomblob(16))), id, owner_id, 'visit', '2026-01-01T00:00:00Z', 'ref', 1, 'ref' "
         u"FROM customer WHERE owner_id IS NOT NULL LIMIT 1;"_s});
    if (ref.size() == 4) {
        std::printf("sqlcipher shell, same file: all ids in order %.1f ms, first 50 rows %.1f ms, "
                    "search 'zh*' %.1f ms, one insert %.1f ms\n",
                    ref.at(0), ref.at(1), ref.at(2), ref.at(3));
        std::printf("ratio first screen (frontline warm / shell ids+rows): %.2f\n",
                    median(warm) / std::max(0.001, ref.at(0) + ref.at(1)));
    } else {
        std::printf("sqlcipher shell reference failed (%lld timings)\n", qint64(ref.size()));
    }
    return 0;
}
