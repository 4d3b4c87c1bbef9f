# frontline-cli commission: plans, statements, adjustments, simulation, export, scope.
frontline_add_test(NAME tst_cli_commission SOURCES tst_cli_commission.cpp LABELS cli commission)
add_dependencies(tst_cli_commission frontline-cli)
