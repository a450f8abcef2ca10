#!/usr/bin/env bash
# Renders the PNG sizes of the app icon from the SVG. Run it after editing the SVG and
# commit the PNGs: the build installs them as they are, so it needs no SVG renderer.
# Needs rsvg-convert (Debian: librsvg2-bin, listed in scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.ttn_lw_migrate_wizard
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "png/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png "$id.svg" --output "png/${size}x${size}/$id.png"
done
