#!/usr/bin/env bash
# Builds the libFuzzer target with clang into build-fuzz/ and runs it over the seed corpus.
#   scripts/fuzz.sh [seconds]     (default 20; CI runs the default)
# New inputs go to build-fuzz/fuzz-corpus (not the repository); a crash or invariant
# violation leaves build-fuzz/crash-* — add it to tests/fuzz/corpus/ once fixed, so the
# normal build replays it (tst_fuzzcorpus).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-20}"
build_dir="$root/build-fuzz"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ not found, skipping the fuzz run" >&2
    exit 0
fi
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
        -DTTNMIG_FUZZ=ON -DTTNMIG_BUILD_WIZARD=OFF >/dev/null
else
    cmake "$build_dir" >/dev/null
fi
if ! cmake --build "$build_dir" --target fuzz_v2parser --parallel "$(nproc)" >"$build_dir/fuzz-build.log" 2>&1; then
    tail -n 60 "$build_dir/fuzz-build.log"
    echo "fuzz: the clang build failed (full log: $build_dir/fuzz-build.log)" >&2
    exit 1
fi
mkdir -p "$build_dir/fuzz-corpus"
cd "$build_dir"
# Leak detection stays on: libFuzzer then reports an input that makes the parser leak.
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-}" UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}" \
    ./bin/fuzz_v2parser -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -dict="$root/tests/fuzz/v2.dict" \
        "$build_dir/fuzz-corpus" "$root/tests/fuzz/corpus" >fuzz.log 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    head -n 200 fuzz.log
    echo "fuzz: FAILED (exit $status); the input is in $build_dir/crash-* (or leak-*/timeout-*)" >&2
    exit "$status"
fi
grep -E "^(INFO: seed corpus|#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)" fuzz.log || true
echo "fuzz: ${seconds}s without a crash or an invariant violation"
