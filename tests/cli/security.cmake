# frontline-cli user, permission, audit, privacy and the login of every command.
frontline_add_test(NAME tst_cli_security SOURCES tst_cli_security.cpp LABELS cli security)
add_dependencies(tst_cli_security frontline-cli)
