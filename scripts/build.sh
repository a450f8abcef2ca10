#!/usr/bin/env bash
# Configures and builds into build/ (executables in build/bin/). Extra arguments go to cmake.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
generator=()
if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
# CI builds optimised code without debug info: on a 2-core machine debug info costs a fifth
# of the compile and most of the link time of ~40 test executables, and CI never debugs.
type_flags=(-DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}")
if [ "${CI:-}" = true ] && [ -z "${BUILD_TYPE:-}" ]; then
    type_flags=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O2)
fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build_dir" "${generator[@]}" "${type_flags[@]}" "$@"
else
    cmake "$build_dir" "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
