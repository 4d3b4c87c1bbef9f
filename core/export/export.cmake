# core/export: exports of every importable kind (CSV, XLSX), reports as XLSX. Included from core/CMakeLists.txt.
target_sources(frontline_core PRIVATE
    export/Exporter.cpp export/Exporter.h
    export/ReportWriter.cpp export/ReportWriter.h
)
