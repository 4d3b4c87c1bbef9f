# Tests of core/import (the import engine).
frontline_add_test(NAME tst_importcleaner SOURCES tst_importcleaner.cpp LABELS core import)
frontline_add_test(NAME tst_import SOURCES tst_import.cpp LABELS core import)
frontline_add_test(NAME tst_importfolder SOURCES tst_importfolder.cpp LABELS core import)
