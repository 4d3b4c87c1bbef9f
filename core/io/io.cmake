# core/io: file readers and writers (CSV, XLSX). Included from core/CMakeLists.txt.
# Zip archives go through minizip, which libxlsxwriter links too. Do not link QuaZip into
# anything that links frontline_core: Debian's libquazip exports minizip's functions from its own
# incompatible copy, and libxlsxwriter then crashes in zipOpen (see io/ZipArchive.h).
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

target_sources(frontline_core PRIVATE
    io/CsvReader.cpp io/CsvReader.h
    io/CsvWriter.cpp io/CsvWriter.h
    io/RowSource.cpp io/RowSource.h
    io/TableWriter.h
    io/TextCodec.cpp io/TextCodec.h
    io/XlsProtocol.h
    io/XlsReader.cpp io/XlsReader.h
    io/XlsxReader.cpp io/XlsxReader.h
    io/XlsxWriter.cpp io/XlsxWriter.h
    io/ZipArchive.cpp io/ZipArchive.h
)
target_link_libraries(frontline_core PRIVATE PkgConfig::MINIZIP PkgConfig::XLSXWRITER)

# Legacy .xls (Excel 97-2003) through FreeXL, when it is there; without it, opening an .xls says
# how to install it. FreeXL never runs in Frontline's own processes: frontline_xls (the FreeXL
# code) is linked only into the frontline-xls helper (app/xls) and the fuzz harness; XlsReader
# starts the helper and reads its output (io/XlsProtocol.h), so a damaged file that crashes
# FreeXL only ends the helper.
pkg_check_modules(FREEXL IMPORTED_TARGET freexl)
if(FREEXL_FOUND)
    add_library(frontline_xls STATIC io/XlsWorkbook.cpp io/XlsWorkbook.h io/XlsProtocol.h)
    target_include_directories(frontline_xls PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(frontline_xls PUBLIC Qt6::Core frontline_options PRIVATE PkgConfig::FREEXL)
    # XlsReader: the helper is built.
    target_compile_definitions(frontline_core PRIVATE FRONTLINE_HAVE_FREEXL)
else()
    message(STATUS "FreeXL not found (Debian: libfreexl-dev): .xls files will not be read")
endif()
