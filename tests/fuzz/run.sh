#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own configuration (build/fuzz) and runs each
# for a fixed time, starting from the seeds in tests/fuzz/corpus/<target>/.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]   SECONDS per target (default 25); TARGET: csv xlsx xls syncpackage
#
# Exits non-zero when a fuzzer finds a crash, a leak, undefined behaviour, a broken invariant or
# an input that takes longer than 25 s (a hang); the input that did it is written to
# build/fuzz/artifacts/<target>/ and can be replayed with build/fuzz/bin/fuzz_<target> FILE.
# What each run finds is kept in build/fuzz/corpus/<target>/ and reused by the next run; the
# seeds in the repository are never written to.
set -euo pipefail

cd "$(dirname "$0")/../.."
EACH=${1:-25}
shift || true
TARGETS=("$@")
# xls is not in the default set: FreeXL 1.0.6 (Debian 12) over-reads a stack buffer (and leaks) within seconds
# on mutated files (an upstream bug the harness cannot work around), so the default run would
# always fail on it; run it by name (tests/fuzz/run.sh 60 xls) to check a newer FreeXL. fuzz_xls
# runs the parsing code in-process, but Frontline itself reads .xls files in a child process (the
# frontline-xls helper, with lowered resource limits), so such a crash ends only the helper and
# the import fails with a message (tests/core/tst_xlsreader.cpp).
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(csv xlsx syncpackage)
BUILD=${FRONTLINE_FUZZ_BUILD_DIR:-build/fuzz}
SEEDS=tests/fuzz/corpus

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (installer/setup.sh installs it)" >&2; exit 1; }
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

echo "fuzz: configuring and building in $BUILD"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFRONTLINE_BUILD_FUZZ=ON -DFRONTLINE_BUILD_GUI=OFF -DFRONTLINE_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$BUILD" --target "${TARGETS[@]/#/fuzz_}" -- -j"$(nproc 2>/dev/null || echo 2)"

failed=()
for t in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus/$t"
  artifacts="$BUILD/artifacts/$t/"
  mkdir -p "$corpus" "$artifacts"
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  echo "fuzz: $t for ${EACH}s"
  # New inputs go to the first folder; the seeds are only read.
  if ! "$BUILD/bin/fuzz_$t" -max_total_time="$EACH" -timeout=25 -rss_limit_mb=2048 -malloc_limit_mb=512 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" "$corpus" "$SEEDS/$t" \
      >"$BUILD/fuzz_$t.log" 2>&1; then
    tail -n 60 "$BUILD/fuzz_$t.log" >&2
    echo "fuzz: $t FAILED; the input is in $artifacts (replay: $BUILD/bin/fuzz_$t FILE)" >&2
    failed+=("$t")
  else
    awk -v t="$t" '/^stat::number_of_executed_units/ {n=$2} /^stat::new_units_added/ {u=$2}
      /^stat::peak_rss_mb/ {r=$2} END {printf "fuzz: %s ok: %d inputs run, %d new ones kept, peak %d MB\n", t, n, u, r}' \
      "$BUILD/fuzz_$t.log"
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: failed: ${failed[*]}" >&2; exit 1; }
