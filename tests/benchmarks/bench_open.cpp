// Time to open a Frontline database (key derivation included) against the stock sqlcipher
// shell opening the same file with the same cipher settings, measured side by side.
//   bench_open [--runs N]
#include "storage/Database.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.db"_s);
    const SecureBytes passphrase("benchmark passphrase");
    {
        Database db;
        if (const DatabaseError e = db.create(path, passphrase)) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(e.message()));
            return 1;
        }
    }

    QList<double> frontline;
    for (int i = 0; i < runs; ++i) {
        Database db;
        QElapsedTimer t;
        t.start();
        const DatabaseError e = db.open(path, passphrase);
        frontline << t.nsecsElapsed() / 1e6;
        if (e) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(e.message()));
            return 1;
        }
    }
    std::printf("SQLCipher %s, kdf_iter %d, %d runs\n", qPrintable(SqlCipherDriver::cipherVersion()),
                SqlCipherDriver::KdfIterations, runs);
    std::printf("frontline Database::open (key, verify, version check, pragmas): median %.1f ms\n",
                median(frontline));

    const QString shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    if (shell.isEmpty()) {
        std::printf("sqlcipher shell not found: no reference\n");
        return 0;
    }
    QString script = u"PRAGMA key = 'benchmark passphrase';\n"_s +
                     SqlCipherDriver::cipherPragmas().join(u'\n') +
                     u"\nSELECT count(*) FROM sqlite_master;\n"_s;
    QList<double> reference;
    QList<double> spawnOnly;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(shell, {path});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished();
        reference << t.nsecsElapsed() / 1e6;
        // The same process with no key derivation, to subtract process start-up.
        QProcess q;
        t.restart();
        q.start(shell, {u":memory:"_s});
        q.write("SELECT 1;\n");
        q.closeWriteChannel();
        q.waitForFinished();
        spawnOnly << t.nsecsElapsed() / 1e6;
    }
    const double shellOpen = median(reference) - median(spawnOnly);
    std::printf("sqlcipher shell open + first read (process start-up subtracted): median %.1f ms "
                "(raw %.1f ms, start-up %.1f ms)\n",
                shellOpen, median(reference), median(spawnOnly));
    std::printf("ratio frontline / sqlcipher shell: %.2f\n",
                shellOpen > 0 ? median(frontline) / shellOpen : 0.0);
    return 0;
}
