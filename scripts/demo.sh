#!/usr/bin/env bash
# Installs what is missing, builds, and opens the wizard on the bundled TTN v2 emulator.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "$root/build/bin/ttn-lw-migrate-wizard" --demo "$@"
