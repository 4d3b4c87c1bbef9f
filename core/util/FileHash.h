// SHA-256 of a file's bytes, in lower-case hex, through OpenSSL (which uses the CPU's SHA
// instructions: a 70 MB import file hashes in a few hundredths of a second, against a few
// tenths for QCryptographicHash). Used for import batches and backups.
#pragma once

#include <QString>

namespace frontline {

// "" when the file cannot be read.
QString sha256OfFile(const QString &path);

} // namespace frontline
