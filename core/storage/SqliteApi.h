// The one place that includes SQLCipher's sqlite3.h. SQLITE_HAS_CODEC exposes sqlite3_key();
// the header lives in <sqlcipher/sqlite3.h> on Debian and Homebrew, <sqlite3.h> elsewhere.
#pragma once

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif
