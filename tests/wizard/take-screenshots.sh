#!/usr/bin/env bash
# Walks the --demo wizard through its eight pages (and the tts and ChirpStack sources' paths) and saves PNGs at scale 1 and 2, with a dark
# palette (…-dark.png) and with a larger system font (…-large-font.png), and in German (de/),
# into docs/screenshots/ (or the folder given). The tour is the
# developer tool ttnmig-wizard-tour (tools/wizard-tour), which starts the wizard exactly like
# ttn-lw-migrate-wizard; it needs a built tree: BUILD=build by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${BUILD:-build}"
out="${1:-docs/screenshots}"
tour="$build/bin/ttnmig-wizard-tour"
[[ -x "$tour" ]] || { echo "build $tour first" >&2; exit 1; }
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
"$tour" --screenshot-dir "$out"
QT_SCALE_FACTOR=2 "$tour" --screenshot-dir "$out"
"$tour" --screenshot-dir "$out" --dark   # Fusion with a dark palette
"$tour" --screenshot-dir "$out" --large-font   # the system font 1.4 times as large
# The path from another The Things Stack deployment (…-tts.png), up to the saved export.
"$tour" --screenshot-dir "$out" --tts-source
QT_SCALE_FACTOR=2 "$tour" --screenshot-dir "$out" --tts-source
"$tour" --screenshot-dir "$out" --tts-source --dark
# The path from ChirpStack v4 (…-chirpstack.png), up to "Disable in ChirpStack" on the next steps.
"$tour" --screenshot-dir "$out" --chirpstack-source
QT_SCALE_FACTOR=2 "$tour" --screenshot-dir "$out" --chirpstack-source
"$tour" --screenshot-dir "$out" --chirpstack-source --dark
# German, every path, into de/ (the same file names).
mkdir -p "$out/de"
german=(env LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8)
"${german[@]}" "$tour" --screenshot-dir "$out/de"
"${german[@]}" "$tour" --screenshot-dir "$out/de" --tts-source
"${german[@]}" "$tour" --screenshot-dir "$out/de" --chirpstack-source
# A 1600×1100 laptop screen at 2x (800×550 logical pixels), the window fitted as the wizard
# fits it (…-fit@2x.png): needs a real X server, so only where xvfb-run is installed.
if command -v xvfb-run > /dev/null; then
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1100x24" \
        "$tour" --screenshot-dir "$out" --fit-screen
fi
