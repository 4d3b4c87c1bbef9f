// Importing a million order lines with full cleaning into a fresh encrypted database, next to
// the stock sqlcipher shell's .import of the same file into a bare table (same cipher settings),
// in one run: both times, the ratio, both CPU times (the fairer figure on a shared machine) and
// this process's peak memory.
//   bench_import [--lines N] [--keep DIR]
// The file has 9 columns (order no, date, rep code, customer code, product code, quantity,
// amount, channel, region), about three lines per order; reps, customers and products are all
// unknown to the database, so they are created on the fly.
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

bool generate(const QString &path, qint64 lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20250307);
    static const char *channels[] = {"微信", "门店", "电话", "线上"};
    static const char *regions[] = {"华东", "华北", "华南", "西南", "华中"};
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "单号,日期,业务员编号,客户编号,产品编码,数量,金额,渠道,区域\r\n";
    qint64 order = 0;
    int left = 0;
    QByteArray head;
    for (qint64 i = 0; i < lines; ++i) {
        if (left == 0) {
            ++order;
            left = 1 + int(random.bounded(5));
            const QDate date = QDate(2024, 1, 1).addDays(random.bounded(730));
            head = "SO" + QByteArray::number(1000000 + order) + ',' + date.toString(Qt::ISODate).toLatin1() +
                   ",R" + QByteArray::number(1000 + random.bounded(200)) + ",C" +
                   QByteArray::number(100000 + random.bounded(20000));
        }
        --left;
        const int product = int(random.bounded(2000));
        const int quantity = 1 + int(random.bounded(20));
        const qint64 price = 500 + (product * 7919) % 200000; // fen
        const qint64 amount = price * quantity;
        buffer += head + ",SKU-" + QByteArray::number(10000 + product) + ',' + QByteArray::number(quantity) +
                  ',' + QByteArray::number(amount / 100) + '.' +
                  QByteArray::number(100 + amount % 100).mid(1) + ',' + channels[random.bounded(4)] + ',' +
                  regions[random.bounded(5)] + "\r\n";
        if (buffer.size() > (1 << 20) - 256) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.error() == QFile::NoError;
}

// CPU seconds (user + system) of this process, or of its waited-for children (the shell).
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 lines = 1000000;
    if (const qsizetype i = args.indexOf(u"--lines"_s); i >= 0 && i + 1 < args.size())
        lines = args.at(i + 1).toLongLong();
    QTemporaryDir temp;
    QString dir = temp.path();
    if (const qsizetype i = args.indexOf(u"--keep"_s); i >= 0 && i + 1 < args.size()) {
        dir = args.at(i + 1);
        temp.setAutoRemove(false);
    }
    const QString csv = dir + u"/orders.csv"_s;
    std::printf("generating %lld order lines…\n", lines);
    std::fflush(stdout);
    if (!generate(csv, lines)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    std::printf("file: %.1f MB\n", QFile(csv).size() / 1e6);
    const double rssBefore = peakRssMiB();

    const QByteArray key("bench passphrase");
    const QString path = dir + u"/import.db"_s;
    double importSeconds = 0, totalSeconds = 0, cpuBefore = 0, cpuAfter = 0;
    ImportSummary summary;
    {
        Database db;
        if (const DatabaseError e = db.create(path, SecureBytes(key))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        db.close();
        QElapsedTimer total;
        total.start();
        cpuBefore = cpuSeconds(RUSAGE_SELF);
        if (const DatabaseError e = db.open(path, SecureBytes(key))) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        ImportOptions options;
        options.kind = u"orders"_s;
        QElapsedTimer timer;
        timer.start();
        summary = Importer(db, AccessScope::administrator()).run(csv, options);
        importSeconds = timer.nsecsElapsed() / 1e9;
        db.close();
        totalSeconds = total.nsecsElapsed() / 1e9;
        cpuAfter = cpuSeconds(RUSAGE_SELF);
    }
    if (!summary.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(summary.error));
        return 1;
    }
    std::printf(
        "frontline import: %.2f s (open + import + close %.2f s); read %lld, inserted %lld, rejected %lld; "
        "created %lld customers, %lld members, %lld products\n",
        importSeconds, totalSeconds, summary.read, summary.inserted, summary.rejected,
        summary.created.value(u"customer"_s), summary.created.value(u"member"_s),
        summary.created.value(u"product"_s));
    std::printf("frontline CPU (open + import + close): %.2f s\n", cpuAfter - cpuBefore);
    std::printf("peak RSS: %.0f MiB (%.0f MiB before the import, while generating)\n", peakRssMiB(),
                rssBefore);

    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    if (shell.isEmpty()) {
        std::printf("sqlcipher shell not found: no reference\n");
        return 0;
    }
    const QString reference = dir + u"/shell.db"_s;
    const QString script =
        u"PRAGMA key = '%1';\n"_s.arg(QString::fromUtf8(key)) + SqlCipherDriver::cipherPragmas().join(u'\n') +
        u"\nCREATE TABLE lines (order_no TEXT, date TEXT, rep TEXT, customer TEXT, product TEXT, "
        u"quantity TEXT, amount TEXT, channel TEXT, region TEXT);\n.mode csv\n.import "_s +
        csv + u" lines\nSELECT count(*) FROM lines;\n"_s;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(shell, {reference});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600000);
    const double shellSeconds = timer.nsecsElapsed() / 1e9;
    const double shellCpu = cpuSeconds(RUSAGE_CHILDREN);
    std::printf("sqlcipher shell .import: %.2f s, CPU %.2f s (%s rows)\n", shellSeconds, shellCpu,
                p.readAllStandardOutput().trimmed().constData());
    std::printf("ratio (frontline open + import + close / shell): %.2f; import alone / shell: %.2f\n",
                totalSeconds / shellSeconds, importSeconds / shellSeconds);
    // On a shared machine the wall times depend on the others' load; CPU time much less so.
    std::printf("CPU ratio (frontline open + import + close / shell): %.2f\n",
                (cpuAfter - cpuBefore) / shellCpu);
    return 0;
}
