#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
# In CI (CI=true) or with TTNMIG_SANITIZE=1 it also runs the suite in an ASan+UBSan build.
# The normal suite runs last, so the output ends with ctest's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"

# --- sanitizer / fuzz section (reliability) ---
# build-asan: core, CLI, emulator and their tests with ASan+UBSan (the wizard is left out to
# keep CI short; its logic is in the core, which is covered), LeakSanitizer on (OpenSSL's own
# exit-time leftovers suppressed in tests/reliability/lsan.supp). -O0 -g1 halves
# the compile time of -O2 -g and keeps file:line in every report. Then a short libFuzzer run
# over the v2 parser (scripts/fuzz.sh; skipped without clang). docs/reliability.md has more.
if [ "${TTNMIG_SANITIZE:-0}" = 1 ] || [ "${CI:-}" = true ]; then
    BUILD_TYPE=RelWithDebInfo BUILD_DIR="$root/build-asan" "$root/scripts/build.sh" \
        -DTTNMIG_WERROR=ON -DTTNMIG_SANITIZE=ON -DTTNMIG_BUILD_WIZARD=OFF \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -g1 -DNDEBUG"
    (cd "$root/build-asan" &&
        ASAN_OPTIONS=abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$root/tests/reliability/lsan.supp:print_suppressions=0" \
        ctest --output-on-failure --parallel "$(nproc)" -LE "bench|packaging" "$@")
    "$root/scripts/fuzz.sh" "${TTNMIG_FUZZ_SECONDS:-20}"
fi
# --- end of sanitizer / fuzz section ---

BUILD_DIR="$root/build" "$root/scripts/build.sh" -DTTNMIG_WERROR=ON
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
