#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
# TTNMIG_SANITIZE=1 also builds build-asan/ with ASan+UBSan and runs the suite there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
BUILD_DIR="$root/build" "$root/scripts/build.sh" -DTTNMIG_WERROR=ON
cd "$root/build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
