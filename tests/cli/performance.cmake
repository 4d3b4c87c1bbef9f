# frontline-cli target, evaluate, evaluation, rank and honour.
frontline_add_test(NAME tst_cli_performance SOURCES tst_cli_performance.cpp LABELS cli performance)
add_dependencies(tst_cli_performance frontline-cli)
# frontline-cli training and plan.
frontline_add_test(NAME tst_cli_training SOURCES tst_cli_training.cpp LABELS cli performance training)
add_dependencies(tst_cli_training frontline-cli)
