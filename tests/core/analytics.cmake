# Analytics: metrics on a hand-checked data set, periods, rollups against recomputation.
frontline_add_test(NAME tst_metrics SOURCES tst_metrics.cpp LABELS core analytics)
frontline_add_test(NAME tst_metrics_period SOURCES tst_metrics_period.cpp LABELS core analytics)
frontline_add_test(NAME tst_rollups SOURCES tst_rollups.cpp LABELS core analytics)
