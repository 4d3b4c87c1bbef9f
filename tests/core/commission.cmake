# Commissions: the calculator on hand-computed cases, plans, adjustments, statements, scope.
frontline_add_test(NAME tst_commission SOURCES tst_commission.cpp LABELS core commission)
