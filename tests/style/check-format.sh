#!/usr/bin/env bash
# Fails when a tracked C++ file does not match .clang-format (as KeePassXC's format check does).
# Fix with: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
root="$1"
cd "$root"
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find app ui tests -name '*.cpp' -o -name '*.h' | sort)
fi
# One clang-format process for all files (one per file took ~30 s); its warnings name the files.
mapfile -t bad < <(clang-format --dry-run --Werror "${files[@]}" 2>&1 |
    sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ ${#bad[@]} -ne 0 ]; then
    echo "check-format: ${#bad[@]} file(s) differ from .clang-format:" >&2
    printf '  %s\n' "${bad[@]}" >&2
    echo "fix with: clang-format -i <file>" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files match .clang-format"
