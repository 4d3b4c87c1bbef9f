# Performance: scoring rules, exact splits, targets, evaluations with frozen snapshots,
# rankings and honours on a hand-checked data set.
frontline_add_test(NAME tst_performance SOURCES tst_performance.cpp LABELS core performance)
# Training and development: sessions, attendance and scores, development plans, team moves.
frontline_add_test(NAME tst_training SOURCES tst_training.cpp LABELS core performance training)
