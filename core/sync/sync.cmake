# core/sync: offline sync between laptops through package files (HybridClock stays in the main
# list). Included from core/CMakeLists.txt.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_sources(frontline_core PRIVATE
    sync/SyncEvent.cpp sync/SyncEvent.h
    sync/SyncPackage.cpp sync/SyncPackage.h
    sync/SyncService.cpp sync/SyncService.h
)
target_link_libraries(frontline_core PRIVATE OpenSSL::Crypto)
