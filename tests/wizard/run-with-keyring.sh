#!/bin/sh
# run-with-keyring.sh [--no-service] TEST [ARGS…]
#
# Runs a keychain test against a real Secret Service: its own D-Bus session
# (dbus-run-session) with gnome-keyring-daemon started and unlocked inside it, in a throwaway
# home, so real entries are stored and read back without touching anybody's keyring. With
# --no-service the test runs with no session bus at all (no address, no X display to
# autolaunch one, an empty runtime folder): what a desktop without a keychain service looks
# like. TTNMIG_KEYCHAIN_MODE tells the test which of the two it got.
set -eu
mode=service
if [ "${1:-}" = "--no-service" ]; then
    mode=none
    shift
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export TTNMIG_KEYCHAIN_MODE="$mode"

if [ "$mode" = none ]; then
    "$@"
    exit $?
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring.sh: $tool is missing; run scripts/install-deps.sh" >&2
        exit 1
    fi
done
# The daemon creates the "login" keyring with this password and unlocks it; it exits with
# the session bus when the test is done.
dbus-run-session -- sh -c '
    printf %s throwaway-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' run-with-keyring "$@"
