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
    io/XlsReader.cpp io/XlsReader.h
    io/XlsxReader.cpp io/XlsxReader.h
    io/XlsxWriter.cpp io/XlsxWriter.h
    io/ZipArchive.cpp io/ZipArchive.h
)
target_link_libraries(frontline_core PRIVATE PkgConfig::MINIZIP PkgConfig::XLSXWRITER)

# Legacy .xls (Excel 97-2003) through FreeXL, when it is there; without it, opening an .xls says
# how to install it.
pkg_check_modules(FREEXL IMPORTED_TARGET freexl)
if(FREEXL_FOUND)
    target_link_libraries(frontline_core PRIVATE PkgConfig::FREEXL)
    target_compile_definitions(frontline_core PRIVATE FRONTLINE_HAVE_FREEXL)
else()
    message(STATUS "FreeXL not found (Debian: libfreexl-dev): .xls files will not be read")
endif()
