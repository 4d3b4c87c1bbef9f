# Tests of core/export: exports read back and imported again, reports as XLSX.
frontline_add_test(NAME tst_export SOURCES tst_export.cpp LABELS core export)
