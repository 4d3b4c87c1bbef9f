# core/security: user accounts (Argon2id through libsodium), the permission matrix, the audit
# log. Included from core/CMakeLists.txt. (Bootstrap, Keychain and SecureBytes are listed there.)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
target_sources(frontline_core PRIVATE
    security/AuditLog.cpp security/AuditLog.h
    security/PasswordHasher.cpp security/PasswordHasher.h
    security/Permissions.cpp security/Permissions.h
    security/UserAccounts.cpp security/UserAccounts.h
)
target_link_libraries(frontline_core PRIVATE PkgConfig::SODIUM)
