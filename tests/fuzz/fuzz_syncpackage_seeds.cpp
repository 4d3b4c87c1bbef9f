// Writes the seed corpus of fuzz_syncpackage into the folder given: real packages written by
// SyncPackageWriter (with the fuzz passphrase and the cheapest key stretching), their bodies with
// their salts, manifest rows and record data, each prefixed with its mode byte (SyncFuzz.h).
//   fuzz_syncpackage_seeds tests/fuzz/corpus/syncpackage
#include "SyncFuzz.h"
#include "sync/SyncPackage.h"

#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace frontline;
using namespace Qt::StringLiterals;

namespace {

bool save(const QDir &dir, const QString &name, fuzz::SyncMode mode, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    const QByteArray content = QByteArray(1, char(mode)) + bytes;
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        return false;
    }
    return true;
}

SyncRecord record(const QString &table, int n)
{
    SyncRecord r;
    r.table = table;
    r.uuid = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    r.clock = {quint64(1700000000000ULL << 16) + quint64(n), u"device-a"_s};
    r.fields.insert(u"name"_s, u"北京华联商厦 %1"_s.arg(n));
    r.fields.insert(u"amount_fen"_s, qint64(1234500 + n));
    r.fields.insert(u"owner"_s, u"00000000-0000-4000-8000-000000000001"_s);
    r.fields.insert(u"note"_s, QCborValue(QCborValue::Null));
    if (n % 2)
        r.clocks.insert(u"name"_s, {r.clock.hlc - 5, u"device-b"_s});
    return r;
}

QByteArray package(const QString &path, SyncManifest::Kind kind, int records)
{
    SyncPackageWriter writer(fuzz::syncPassphrase(), fuzz::SyncIterations);
    if (writer.open())
        return {};
    for (int i = 1; i <= records; ++i) {
        if (!writer.add(record(i % 3 ? u"customer"_s : u"member"_s, i)))
            return {};
    }
    SyncManifest m;
    m.kind = kind;
    m.teamId = u"team-fuzz"_s;
    m.sourceDevice = u"device-a"_s;
    m.memberCode = u"R0001"_s;
    m.memberUuid = u"00000000-0000-4000-8000-000000000001"_s;
    m.created = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    m.expires = m.created.addDays(30);
    m.schemaVersion = 9;
    m.versionVector.insert(u"device-a"_s, 42);
    m.versionVector.insert(u"device-b"_s, 7);
    if (writer.finish(m, path))
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir tmp;
    if (!out.exists() || !tmp.isValid())
        return 1;
    bool ok = true;
    const struct
    {
        const char *name;
        SyncManifest::Kind kind;
        int records;
    } packages[] = {{"scope", SyncManifest::Scope, 5},
                    {"changes", SyncManifest::Changes, 1},
                    {"empty", SyncManifest::Scope, 0}};
    for (const auto &p : packages) {
        const QString name = QString::fromLatin1(p.name);
        const QByteArray bytes = package(tmp.filePath(name + u".flsync"_s), p.kind, p.records);
        if (bytes.size() <= SyncPackageHeader::Size) {
            std::fprintf(stderr, "cannot write the %s package\n", p.name);
            return 1;
        }
        ok = ok && save(out, u"raw-"_s + name, fuzz::RawPackage, bytes);
        // Salt (bytes 14..29) and body: what SealedBody seals again.
        ok = ok && save(out, u"sealed-"_s + name, fuzz::SealedBody,
                        bytes.mid(14, fuzz::SaltSize) + bytes.mid(SyncPackageHeader::Size));
    }
    ok = ok && save(out, u"manifest"_s, fuzz::ManifestRows,
                    "format=1\nkind=scope\npackage_id=5f0c\nteam_id=team-fuzz\nsource_device=device-a\n"
                    "member_code=R0001\nmember_uuid=00000000-0000-4000-8000-000000000001\nclock_from=0\n"
                    "clock_to=111406767063040042\ncreated=2026-03-01T08:00:00.000Z\n"
                    "expires=2026-03-31T08:00:00.000Z\nschema_version=9\nrecords=5\n");
    ok = ok && save(out, u"record"_s, fuzz::RecordData,
                    SyncPackageWriter::encodeRecordData(record(u"customer"_s, 1)));
    return ok ? 0 : 1;
}
