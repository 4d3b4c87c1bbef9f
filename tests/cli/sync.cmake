# CLI tests of offline sync (frontline-cli sync …). Included from tests/cli/CMakeLists.txt.
frontline_add_test(NAME tst_cli_sync SOURCES tst_cli_sync.cpp LABELS cli sync)
add_dependencies(tst_cli_sync frontline-cli)
