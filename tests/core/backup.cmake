# Tests of core/backup (online backup, rotation, schedule, restore).
frontline_add_test(NAME tst_backup SOURCES tst_backup.cpp LABELS core backup)
