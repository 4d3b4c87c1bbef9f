// libFuzzer target: the sync package reader (core/sync/SyncPackage) on arbitrary packages.
//
// Input: byte 0 modulo 4 picks what the rest is (see SyncFuzz.h):
//   RawPackage    a package file, through openBytes(): the envelope (magic, version, iterations,
//                 lengths), the key check and the MAC, all before anything is decrypted;
//   SealedBody    16 bytes of salt and a body, which the harness seals with a valid key check and
//                 MAC for that salt, so that mutations get past authentication into the
//                 SQLCipher body, its manifest and version vector;
//   ManifestRows  key=value lines for parseManifest() (what a package's manifest table holds);
//   RecordData    a record's stored CBOR for decodeRecordData().
// A holder of the team passphrase can write any body, so everything after the MAC must be as
// robust as what comes before it. Checks beyond "no crash, no leak, no undefined behaviour": a
// refusal always has a message and a code; an accepted manifest is consistent.
#include "SyncFuzz.h"
#include "sync/SyncPackage.h"

#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace frontline;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_syncpackage: invariant broken: %s\n", what);
    std::abort();
}

void checkManifest(const SyncManifest &m)
{
    if (m.teamId.isEmpty() || m.sourceDevice.isEmpty() || !m.created.isValid() || !m.expires.isValid())
        fail("an accepted manifest lacks team, source, created or expires");
    if (m.clockFrom > m.clockTo)
        fail("an accepted manifest has its clock range backwards");
}

void openPackage(const QByteArray &bytes)
{
    SyncPackageHeader header;
    const SyncPackageError headerError = SyncPackageReader::parseHeader(bytes, &header);
    // A tampered iteration count up to the reader's limit (10 million) costs seconds of key
    // stretching per input: check the header alone then, and keep the fuzzer fast.
    if (!headerError && header.iterations > 4 * fuzz::SyncIterations)
        return;
    SyncPackageReader reader;
    const SyncPackageError error = reader.openBytes(bytes, fuzz::syncPassphrase());
    if (error) {
        if (error.message().isEmpty() || error.code().isEmpty())
            fail("a refusal without a message or code");
        return;
    }
    if (headerError)
        fail("openBytes() accepted what parseHeader() refused");
    checkManifest(reader.manifest());
    for (const QString &table : {QStringLiteral("customer"), QStringLiteral("member")}) {
        reader.records(table, [&](const SyncRecord &r) {
            if (r.table != table)
                fail("records() gave a record of another table");
            return true;
        });
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % fuzz::ModeCount) {
    case fuzz::RawPackage:
        openPackage(rest);
        break;
    case fuzz::SealedBody: {
        if (rest.size() < fuzz::SaltSize)
            break;
        // The salt decides the body's key too, so it travels with the body.
        const QByteArray salt = rest.left(fuzz::SaltSize);
        openPackage(fuzz::seal(rest.mid(fuzz::SaltSize), salt, fuzz::macKey(salt)));
        break;
    }
    case fuzz::ManifestRows: {
        QHash<QString, QString> values;
        for (const QByteArray &line : rest.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        SyncManifest manifest;
        if (SyncPackageReader::parseManifest(values, &manifest))
            checkManifest(manifest);
        break;
    }
    case fuzz::RecordData: {
        SyncRecord record;
        if (!SyncPackageReader::decodeRecordData(rest, &record) &&
            (!record.fields.isEmpty() || !record.clocks.isEmpty()))
            fail("a malformed record kept fields");
        for (auto it = record.clocks.cbegin(); it != record.clocks.cend(); ++it)
            (void)(record.clockOf(it.key()) < record.clock);
        break;
    }
    default:
        break;
    }
    return 0;
}
