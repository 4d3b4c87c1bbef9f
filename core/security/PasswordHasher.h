// PasswordHasher turns a login password into a slow, salted Argon2id hash (libsodium) and checks
// a password against one. The hash is libsodium's self-describing string
// ("$argon2id$v=19$m=65536,t=3,p=1$salt$hash"): its cost parameters are stored with it, so they
// can be raised later and old hashes still verify; needsRehash() tells the caller to store a new
// hash after the next successful login.
//
// The default cost (t=3 passes over 64 MiB) is above the OWASP minimum for Argon2id (t=2,
// 19 MiB). Test suites may lower it with setParametersForTests() so that they stay fast; nothing
// else in the application calls that.
#pragma once

#include "security/SecureBytes.h"

#include <QString>

namespace frontline {

class PasswordHasher
{
public:
    struct Parameters
    {
        quint64 opsLimit = 3;                // Argon2 passes (t)
        quint64 memLimitBytes = 64ull << 20; // memory (m), bytes
    };

    static Parameters defaultParameters();
    // The parameters new hashes get: defaultParameters() unless a test lowered them.
    static Parameters parameters();
    // Test suites only: a cheaper cost so that hundreds of logins stay fast. Pass
    // defaultParameters() to go back.
    static void setParametersForTests(const Parameters &parameters);

    // An empty string when hashing failed (out of memory).
    static QString hash(const SecureBytes &password);
    static bool verify(const QString &hash, const SecureBytes &password);
    // Whether hash was made with other parameters than parameters() (or is not Argon2id).
    static bool needsRehash(const QString &hash);
    // The parameters read back from a hash string; nullopt-like zeros when it is not one.
    static Parameters parametersOf(const QString &hash);
};

} // namespace frontline
