# Tests of core/io (readers and writers).
frontline_add_test(NAME tst_csvreader SOURCES tst_csvreader.cpp LABELS core io)
frontline_add_test(NAME tst_xlsxreader SOURCES tst_xlsxreader.cpp LABELS core io)
frontline_add_test(NAME tst_xlsreader SOURCES tst_xlsreader.cpp LABELS core io import)
frontline_add_test(NAME tst_tablewriter SOURCES tst_tablewriter.cpp LABELS core io)
