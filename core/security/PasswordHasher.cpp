#include "PasswordHasher.h"

#include <QRegularExpression>

#include <atomic>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
std::atomic<quint64> g_ops{0};
std::atomic<quint64> g_mem{0};

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

PasswordHasher::Parameters PasswordHasher::defaultParameters()
{
    return Parameters{};
}

PasswordHasher::Parameters PasswordHasher::parameters()
{
    const quint64 ops = g_ops.load(), mem = g_mem.load();
    return ops && mem ? Parameters{ops, mem} : defaultParameters();
}

void PasswordHasher::setParametersForTests(const Parameters &p)
{
    g_ops = std::max<quint64>(p.opsLimit, crypto_pwhash_argon2id_OPSLIMIT_MIN);
    g_mem = std::max<quint64>(p.memLimitBytes, crypto_pwhash_argon2id_MEMLIMIT_MIN);
}

QString PasswordHasher::hash(const SecureBytes &password)
{
    if (!initSodium())
        return {};
    const Parameters p = parameters();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), quint64(password.size()), p.opsLimit,
                              size_t(p.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const SecureBytes &password)
{
    if (!initSodium() || !hash.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(), quint64(password.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!initSodium() || !hash.startsWith(u"$argon2id$"_s))
        return true;
    const Parameters p = parameters();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), p.opsLimit, size_t(p.memLimitBytes)) != 0;
}

PasswordHasher::Parameters PasswordHasher::parametersOf(const QString &hash)
{
    static const QRegularExpression pattern(u"^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),p=\\d+\\$"_s);
    const QRegularExpressionMatch m = pattern.match(hash);
    if (!m.hasMatch())
        return Parameters{0, 0};
    return Parameters{m.captured(2).toULongLong(), m.captured(1).toULongLong() * 1024};
}

} // namespace frontline
