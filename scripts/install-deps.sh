#!/usr/bin/env bash
# Installs the Debian packages needed to build, test and package the project.
# Idempotent and non-interactive: it installs only what is missing, and does nothing
# (not even `apt-get update`) when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libgl-dev libqt6svg6 qtkeychain-qt6-dev
    qt6-declarative-dev       # QJSEngine: payload formatters run as The Things Stack and TTN v2 run them
    libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc # ChirpStack v4's gRPC API
    xvfb xauth
    gnome-keyring dbus-daemon # tests/wizard: a real Secret Service for the keychain tests
    clang libclang-rt-14-dev clang-format
    desktop-file-utils appstream dpkg-dev file librsvg2-bin qt6-translations-l10n
    lintian                   # tests/packaging/check_deb.sh: the .deb must be lintian-clean
    time                      # /usr/bin/time -v: peak RSS in tests/bench/run-benchmarks.sh
    openssl                   # throwaway CA and server certificate for tests/reliability/tst_tls
    python3                   # tests/independent: checkers and a TTS emulator written from TTS's source
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
