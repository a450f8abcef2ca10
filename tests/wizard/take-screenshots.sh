#!/usr/bin/env bash
# Walks the --demo wizard through its six pages and saves PNGs at scale 1 and 2, and with a
# dark palette (…-dark.png), into docs/screenshots/ (or the folder given). Needs a built
# tree: BUILD=build by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${BUILD:-build}"
out="${1:-docs/screenshots}"
wizard="$build/bin/ttn-lw-migrate-wizard"
[[ -x "$wizard" ]] || { echo "build $wizard first" >&2; exit 1; }
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
"$wizard" --screenshot-dir "$out"
QT_SCALE_FACTOR=2 "$wizard" --screenshot-dir "$out"
"$wizard" --screenshot-dir "$out" --screenshot-dark   # Fusion with a dark palette
