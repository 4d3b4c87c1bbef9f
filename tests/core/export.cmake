# Tests of core/export: exports read back and imported again, reports as XLSX, the watched folder.
frontline_add_test(NAME tst_export SOURCES tst_export.cpp LABELS core export)
