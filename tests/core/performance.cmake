# Performance: scoring rules, exact splits, targets, evaluations with frozen snapshots,
# rankings and honours on a hand-checked data set.
frontline_add_test(NAME tst_performance SOURCES tst_performance.cpp LABELS core performance)
