#!/usr/bin/env bash
# The developer's entry point, used by the README and by CI.
#   installer/dev.sh run    install dependencies, build, start Frontline on a demo database
#   installer/dev.sh test   install dependencies, build (warnings are errors), run every test
#   installer/dev.sh build  install dependencies and build only
#   installer/dev.sh fuzz [SECONDS [TARGET...]]  build the libFuzzer targets (clang) and run each
#                           for SECONDS (default 600); `test` runs them for 20 s each
set -euo pipefail

cd "$(dirname "$0")/.."
PRESET=${FRONTLINE_PRESET:-ci}
BUILD_DIR=build/$PRESET

step() { printf '\n==> %s\n' "$*"; }

build() {
  step "Installing dependencies"
  installer/setup.sh
  step "Configuring ($PRESET)"
  cmake --preset "$PRESET" >/dev/null
  step "Building"
  cmake --build --preset "$PRESET" -- -j"$(nproc 2>/dev/null || echo 2)"
}

case "${1:-}" in
  build)
    build
    ;;
  test)
    build
    step "Testing"
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc 2>/dev/null || echo 2)"
    step "Fuzzing the CSV, XLSX and sync package readers (${FRONTLINE_FUZZ_SECONDS:-20} s each)"
    tests/fuzz/run.sh "${FRONTLINE_FUZZ_SECONDS:-20}"
    ;;
  fuzz)
    shift
    step "Installing dependencies"
    installer/setup.sh
    step "Fuzzing"
    tests/fuzz/run.sh "${1:-600}" "${@:2}"
    ;;
  run)
    build
    shift
    step "Starting Frontline on the demo database (passphrase: demo)"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
      echo "No display: running under xvfb-run (use a desktop session to see the window)." >&2
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/bin/frontline" --demo "$@"
    fi
    exec "$BUILD_DIR/bin/frontline" --demo "$@"
    ;;
  *)
    echo "usage: installer/dev.sh run|test|build|fuzz" >&2
    exit 2
    ;;
esac
