# Tests of core/sync (packages, merge, conflicts, convergence of replicas).
frontline_add_test(NAME tst_sync SOURCES tst_sync.cpp LABELS core sync)
