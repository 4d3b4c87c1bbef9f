#include "SyncPackage.h"

#include "storage/SqlCipherDriver.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

const QByteArray Magic("FLSYNC\r\n", 8);
constexpr quint16 FormatVersion = 1;
constexpr quint32 MinIterations = 1000;
constexpr quint32 MaxIterations = 10000000;
const QByteArray KeyCheckLabel("frontline sync key check");
QAtomicInt packageConnections;

struct Keys
{
    SecureBytes sqlKey; // "x'…'" raw key for SQLCipher
    QByteArray macKey;
    ~Keys() { SecureBytes::wipe(macKey); }
};

bool deriveKeys(const SecureBytes &passphrase, const QByteArray &salt, quint32 iterations, Keys *keys)
{
    QByteArray out(64, '\0');
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          int(iterations), EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return false;
    QByteArray raw = "x'" + out.left(32).toHex() + "'";
    keys->sqlKey = SecureBytes(raw);
    SecureBytes::wipe(raw);
    keys->macKey = out.mid(32);
    SecureBytes::wipe(out);
    return true;
}

QByteArray hmac(const QByteArray &key, const QByteArray &a, const QByteArray &b = {})
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(a);
    mac.addData(b);
    return mac.result();
}

// Compares without an early exit, so timing says nothing about where MACs differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray headerPrefix(const SyncPackageHeader &h)
{
    QByteArray bytes = Magic;
    char buf[8];
    qToBigEndian<quint16>(h.format, buf);
    bytes.append(buf, 2);
    qToBigEndian<quint32>(h.iterations, buf);
    bytes.append(buf, 4);
    bytes.append(h.salt);
    bytes.append(h.keyCheck);
    qToBigEndian<quint64>(h.bodyLength, buf);
    bytes.append(buf, 8);
    return bytes; // 70 bytes
}

QCborValue clockValue(const FieldClock &c)
{
    return QCborArray{qint64(c.hlc), c.device};
}

FieldClock clockFrom(const QCborValue &v)
{
    const QCborArray a = v.toArray();
    return {quint64(a.at(0).toInteger()), a.at(1).toString()};
}

const char *BodySchema = R"(
CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE version_vector (device_id TEXT PRIMARY KEY NOT NULL, hlc INTEGER NOT NULL);
CREATE TABLE record (
    seq       INTEGER PRIMARY KEY,
    tbl       TEXT NOT NULL,
    uuid      TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    data      BLOB NOT NULL
);
CREATE INDEX record_tbl ON record (tbl, seq);
)";

} // namespace

QString SyncManifest::kindName(Kind kind)
{
    return kind == Scope ? u"scope"_s : u"changes"_s;
}

QString SyncPackageError::code() const
{
    switch (m_kind) {
    case NoError:
        return {};
    case NotFound:
        return u"not_found"_s;
    case NotAPackage:
        return u"not_a_package"_s;
    case Truncated:
        return u"truncated"_s;
    case Tampered:
        return u"tampered"_s;
    case WrongKey:
        return u"wrong_key"_s;
    case NewerFormat:
        return u"newer_format"_s;
    case ForeignTeam:
        return u"foreign_team"_s;
    case Expired:
        return u"expired"_s;
    case WrongMember:
        return u"wrong_member"_s;
    case WrongRole:
        return u"wrong_role"_s;
    case IoError:
        return u"io_error"_s;
    }
    return u"error"_s;
}

// ---------------------------------------------------------------------------------------------
// Writer

struct SyncPackageWriter::Private
{
    SecureBytes passphrase;
    quint32 iterations = 0;
    QByteArray salt;
    Keys keys;
    QTemporaryDir dir;
    QString bodyPath;
    QString connection;
    QSqlQuery insert;
    qint64 count = 0;
    quint64 minClock = std::numeric_limits<quint64>::max();
    quint64 maxClock = 0;

    void closeConnection()
    {
        insert = QSqlQuery();
        if (!connection.isEmpty()) {
            QSqlDatabase::database(connection, false).close();
            QSqlDatabase::removeDatabase(connection);
            connection.clear();
        }
    }
};

SyncPackageWriter::SyncPackageWriter(const SecureBytes &passphrase, quint32 iterations) : d(new Private)
{
    d->passphrase = passphrase;
    d->iterations = std::clamp(iterations, MinIterations, MaxIterations);
}

SyncPackageWriter::~SyncPackageWriter()
{
    d->closeConnection();
}

SyncPackageError SyncPackageWriter::open()
{
    if (d->passphrase.isEmpty())
        return {SyncPackageError::WrongKey, tr("A sync passphrase is required.")};
    if (!d->dir.isValid())
        return {SyncPackageError::IoError, tr("Cannot create a temporary folder for the package.")};
    d->salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(d->salt.data()), 4);
    if (!deriveKeys(d->passphrase, d->salt, d->iterations, &d->keys))
        return {SyncPackageError::IoError, tr("Cannot derive the package key.")};
    d->bodyPath = d->dir.filePath(u"body.db"_s);
    auto *driver = new SqlCipherDriver;
    if (!driver->openEncrypted(d->bodyPath, d->keys.sqlKey, SqlCipherDriver::Create)) {
        const QString why = driver->lastError().text();
        delete driver;
        return {SyncPackageError::IoError, tr("Cannot create the package: %1").arg(why)};
    }
    // The body is rewritten whole into the envelope; a crash leaves only the temporary folder.
    if (!driver->execute(u"PRAGMA journal_mode = MEMORY"_s) ||
        !driver->execute(u"PRAGMA synchronous = OFF"_s) ||
        !driver->executeScript(QString::fromUtf8(BodySchema)) || !driver->execute(u"BEGIN"_s)) {
        const QString why = driver->lastError().text();
        delete driver;
        return {SyncPackageError::IoError, tr("Cannot create the package: %1").arg(why)};
    }
    d->connection = u"frontline-syncpackage-%1"_s.arg(packageConnections.fetchAndAddRelaxed(1));
    const QSqlDatabase db = QSqlDatabase::addDatabase(driver, d->connection);
    d->insert = QSqlQuery(db);
    d->insert.prepare(u"INSERT INTO record (tbl, uuid, hlc, device_id, data) VALUES (?, ?, ?, ?, ?)"_s);
    return {};
}

QByteArray SyncPackageWriter::encodeRecordData(const SyncRecord &record)
{
    QCborMap data;
    data.insert(u"f"_s, record.fields);
    if (!record.clocks.isEmpty()) {
        QCborMap clocks;
        for (auto it = record.clocks.cbegin(); it != record.clocks.cend(); ++it)
            clocks.insert(it.key(), clockValue(it.value()));
        data.insert(u"c"_s, clocks);
    }
    return data.toCborValue().toCbor();
}

bool SyncPackageWriter::add(const SyncRecord &record)
{
    if (d->connection.isEmpty())
        return false;
    d->insert.addBindValue(record.table);
    d->insert.addBindValue(record.uuid);
    d->insert.addBindValue(qint64(record.clock.hlc));
    d->insert.addBindValue(record.clock.device);
    d->insert.addBindValue(encodeRecordData(record));
    if (!d->insert.exec())
        return false;
    ++d->count;
    d->minClock = std::min(d->minClock, record.clock.hlc);
    d->maxClock = std::max(d->maxClock, record.clock.hlc);
    return true;
}

SyncPackageError SyncPackageWriter::finish(SyncManifest &manifest, const QString &destination)
{
    const QString name = QDir::toNativeSeparators(destination);
    if (d->connection.isEmpty())
        return {SyncPackageError::IoError, tr("The package was not opened.")};
    if (QFileInfo::exists(destination))
        return {SyncPackageError::IoError,
                tr("%1 already exists; a package never overwrites a file.").arg(name)};
    manifest.records = d->count;
    if (d->count) {
        if (!manifest.clockFrom)
            manifest.clockFrom = d->minClock > 0 ? d->minClock - 1 : 0;
        manifest.clockTo = std::max(manifest.clockTo, d->maxClock);
    }
    if (manifest.packageId.isEmpty())
        manifest.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::database(d->connection, false);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO manifest (key, value) VALUES (?, ?)"_s);
        const QList<std::pair<QString, QString>> values{
            {u"format"_s, QString::number(manifest.format)},
            {u"kind"_s, SyncManifest::kindName(manifest.kind)},
            {u"package_id"_s, manifest.packageId},
            {u"team_id"_s, manifest.teamId},
            {u"source_device"_s, manifest.sourceDevice},
            {u"member_code"_s, manifest.memberCode},
            {u"member_uuid"_s, manifest.memberUuid},
            {u"clock_from"_s, QString::number(manifest.clockFrom)},
            {u"clock_to"_s, QString::number(manifest.clockTo)},
            {u"created"_s, manifest.created.toUTC().toString(Qt::ISODateWithMs)},
            {u"expires"_s, manifest.expires.toUTC().toString(Qt::ISODateWithMs)},
            {u"schema_version"_s, QString::number(manifest.schemaVersion)},
            {u"records"_s, QString::number(manifest.records)},
        };
        bool ok = true;
        for (const auto &[key, value] : values) {
            q.addBindValue(key);
            q.addBindValue(value);
            ok = ok && q.exec();
        }
        q.prepare(u"INSERT INTO version_vector (device_id, hlc) VALUES (?, ?)"_s);
        for (auto it = manifest.versionVector.cbegin(); it != manifest.versionVector.cend(); ++it) {
            q.addBindValue(it.key());
            q.addBindValue(qint64(it.value()));
            ok = ok && q.exec();
        }
        ok = ok && q.exec(u"COMMIT"_s);
        if (!ok)
            return {SyncPackageError::IoError, tr("Cannot write the package: %1").arg(q.lastError().text())};
    }
    d->closeConnection();

    QFile body(d->bodyPath);
    if (!body.open(QIODevice::ReadOnly))
        return {SyncPackageError::IoError, tr("Cannot read the package body: %1").arg(body.errorString())};
    const QByteArray bodyBytes = body.readAll();
    body.close();

    SyncPackageHeader h;
    h.format = FormatVersion;
    h.iterations = d->iterations;
    h.salt = d->salt;
    h.keyCheck = hmac(d->keys.macKey, KeyCheckLabel);
    h.bodyLength = quint64(bodyBytes.size());
    const QByteArray prefix = headerPrefix(h);
    const QByteArray mac = hmac(d->keys.macKey, prefix, bodyBytes);

    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(folder))
        return {SyncPackageError::IoError,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder))};
    const QString part = destination + u".part"_s;
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {SyncPackageError::IoError, tr("Cannot write %1: %2").arg(name, out.errorString())};
    const bool written = out.write(prefix) == prefix.size() && out.write(mac) == mac.size() &&
                         out.write(bodyBytes) == bodyBytes.size() && out.flush();
    out.close();
    if (!written || !QFile::rename(part, destination)) {
        QFile::remove(part);
        return {SyncPackageError::IoError, tr("Cannot write %1.").arg(name)};
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Reader

struct SyncPackageReader::Private
{
    QTemporaryDir dir;
    QString connection;
    SyncManifest manifest;
    SyncPackageError recordError;

    void closeConnection()
    {
        if (!connection.isEmpty()) {
            QSqlDatabase::database(connection, false).close();
            QSqlDatabase::removeDatabase(connection);
            connection.clear();
        }
    }
};

SyncPackageReader::SyncPackageReader() : d(new Private) {}

SyncPackageReader::~SyncPackageReader()
{
    d->closeConnection();
}

const SyncManifest &SyncPackageReader::manifest() const
{
    return d->manifest;
}

SyncPackageError SyncPackageReader::parseHeader(const QByteArray &bytes, SyncPackageHeader *header)
{
    const qsizetype magicPart = std::min<qsizetype>(bytes.size(), Magic.size());
    if (bytes.isEmpty() || bytes.left(magicPart) != Magic.left(magicPart))
        return {SyncPackageError::NotAPackage, tr("This file is not a Frontline sync package.")};
    if (bytes.size() < SyncPackageHeader::Size)
        return {SyncPackageError::Truncated,
                tr("The sync package is incomplete (cut off while copying?). Ask for it again.")};
    const char *p = bytes.constData();
    header->format = qFromBigEndian<quint16>(p + 8);
    header->iterations = qFromBigEndian<quint32>(p + 10);
    header->salt = bytes.mid(14, 16);
    header->keyCheck = bytes.mid(30, 32);
    header->bodyLength = qFromBigEndian<quint64>(p + 62);
    header->mac = bytes.mid(70, 32);
    if (header->format > FormatVersion)
        return {SyncPackageError::NewerFormat,
                tr("This sync package was written by a newer Frontline; update Frontline to read it.")};
    if (header->format == 0 || header->iterations < MinIterations || header->iterations > MaxIterations)
        return {SyncPackageError::Tampered,
                tr("The sync package is damaged or has been altered; it was not used.")};
    const quint64 available = quint64(bytes.size() - SyncPackageHeader::Size);
    if (available < header->bodyLength)
        return {SyncPackageError::Truncated,
                tr("The sync package is incomplete (cut off while copying?). Ask for it again.")};
    if (available > header->bodyLength)
        return {SyncPackageError::Tampered,
                tr("The sync package is damaged or has been altered; it was not used.")};
    return {};
}

bool SyncPackageReader::parseManifest(const QHash<QString, QString> &values, SyncManifest *m)
{
    bool ok = true;
    const auto number = [&](const QString &key) {
        bool good = false;
        const quint64 v = values.value(key).toULongLong(&good);
        ok = ok && good;
        return v;
    };
    m->format = int(number(u"format"_s));
    const QString kind = values.value(u"kind"_s);
    if (kind == u"scope"_s)
        m->kind = SyncManifest::Scope;
    else if (kind == u"changes"_s)
        m->kind = SyncManifest::Changes;
    else
        ok = false;
    m->packageId = values.value(u"package_id"_s);
    m->teamId = values.value(u"team_id"_s);
    m->sourceDevice = values.value(u"source_device"_s);
    m->memberCode = values.value(u"member_code"_s);
    m->memberUuid = values.value(u"member_uuid"_s);
    m->clockFrom = number(u"clock_from"_s);
    m->clockTo = number(u"clock_to"_s);
    m->created = QDateTime::fromString(values.value(u"created"_s), Qt::ISODateWithMs);
    m->expires = QDateTime::fromString(values.value(u"expires"_s), Qt::ISODateWithMs);
    m->schemaVersion = int(number(u"schema_version"_s));
    m->records = qint64(number(u"records"_s));
    return ok && !m->teamId.isEmpty() && !m->sourceDevice.isEmpty() && m->created.isValid() &&
           m->expires.isValid() && m->clockFrom <= m->clockTo;
}

SyncPackageError SyncPackageReader::open(const QString &path, const SecureBytes &passphrase)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return {SyncPackageError::NotFound, tr("There is no file %1.").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return {SyncPackageError::IoError, tr("Cannot read %1: %2").arg(name, file.errorString())};
    return openBytes(file.readAll(), passphrase);
}

SyncPackageError SyncPackageReader::openBytes(const QByteArray &bytes, const SecureBytes &passphrase)
{
    d->closeConnection();
    SyncPackageHeader h;
    if (SyncPackageError error = parseHeader(bytes, &h))
        return error;
    Keys keys;
    if (passphrase.isEmpty() || !deriveKeys(passphrase, h.salt, h.iterations, &keys) ||
        !sameBytes(hmac(keys.macKey, KeyCheckLabel), h.keyCheck))
        return {SyncPackageError::WrongKey,
                tr("The sync passphrase does not open this package (wrong passphrase, or a package of "
                   "another team).")};
    const QByteArray body = bytes.mid(SyncPackageHeader::Size);
    if (!sameBytes(hmac(keys.macKey, bytes.left(70), body), h.mac))
        return {SyncPackageError::Tampered,
                tr("The sync package is damaged or has been altered; it was not used.")};

    const SyncPackageError damaged(SyncPackageError::Tampered,
                                   tr("The sync package is damaged or has been altered; it was not used."));
    if (!d->dir.isValid())
        return {SyncPackageError::IoError, tr("Cannot create a temporary folder for the package.")};
    const QString bodyPath = d->dir.filePath(u"body-%1.db"_s.arg(packageConnections.fetchAndAddRelaxed(1)));
    {
        QFile out(bodyPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size())
            return {SyncPackageError::IoError, tr("Cannot unpack the package: %1").arg(out.errorString())};
    }
    auto *driver = new SqlCipherDriver;
    if (!driver->openEncrypted(bodyPath, keys.sqlKey, SqlCipherDriver::ReadOnly)) {
        delete driver;
        return damaged;
    }
    d->connection = u"frontline-syncpackage-%1"_s.arg(packageConnections.fetchAndAddRelaxed(1));
    QSqlQuery q(QSqlDatabase::addDatabase(driver, d->connection));
    QHash<QString, QString> values;
    if (!q.exec(u"SELECT key, value FROM manifest"_s))
        return damaged;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    SyncManifest m;
    if (!parseManifest(values, &m))
        return damaged;
    if (m.format > FormatVersion)
        return {SyncPackageError::NewerFormat,
                tr("This sync package was written by a newer Frontline; update Frontline to read it.")};
    if (!q.exec(u"SELECT device_id, hlc FROM version_vector"_s))
        return damaged;
    while (q.next())
        m.versionVector.insert(q.value(0).toString(), quint64(q.value(1).toLongLong()));
    d->manifest = m;
    return {};
}

bool SyncPackageReader::decodeRecordData(const QByteArray &bytes, SyncRecord *record)
{
    record->fields.clear();
    record->clocks.clear();
    // On a parse error Qt hands back what it decoded so far, which may be a map whose last key
    // has no value; looking anything up in it reads past its end. Nothing of it is used.
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap())
        return false;
    const QCborMap data = root.toMap();
    const QCborValue fields = data.value(u"f"_s);
    const QCborValue clocks = data.value(u"c"_s);
    if (!(fields.isMap() || fields.isUndefined()) || !(clocks.isMap() || clocks.isUndefined()))
        return false;
    QHash<QString, FieldClock> fieldClocks;
    const QCborMap clockMap = clocks.toMap();
    for (auto it = clockMap.cbegin(); it != clockMap.cend(); ++it) {
        if (!it.key().isString())
            return false;
        fieldClocks.insert(it.key().toString(), clockFrom(it.value()));
    }
    record->fields = fields.toMap();
    record->clocks = std::move(fieldClocks);
    return true;
}

SyncPackageError SyncPackageReader::recordError() const
{
    return d->recordError;
}

bool SyncPackageReader::records(const QString &table,
                                const std::function<bool(const SyncRecord &)> &visit) const
{
    if (d->connection.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(d->connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT uuid, hlc, device_id, data FROM record WHERE tbl = ? ORDER BY seq"_s);
    q.addBindValue(table);
    if (!q.exec())
        return false;
    while (q.next()) {
        SyncRecord r;
        r.table = table;
        r.uuid = q.value(0).toString();
        r.clock = {quint64(q.value(1).toLongLong()), q.value(2).toString()};
        if (!decodeRecordData(q.value(3).toByteArray(), &r)) {
            d->recordError = {
                SyncPackageError::Tampered,
                tr("The sync package is damaged: a %1 record cannot be read; it was not used.").arg(table)};
            return false;
        }
        if (!visit(r))
            return true;
    }
    return q.lastError().type() == QSqlError::NoError;
}

} // namespace frontline
