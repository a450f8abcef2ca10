#!/usr/bin/env bash
# Builds the Debian package from an already built tree and checks it like a user would meet
# it: file list, control fields, lintian (no error, no warning), desktop and AppStream
# validation, and the programs running from the unpacked package (not from the build tree).
#   check_deb.sh <cpack> <build-dir> <version> <binary,binary,...>
set -euo pipefail
cpack=$1 build=$2 version=$3
IFS=, read -r -a binaries <<<"$4"
id=io.github.ttn_lw_migrate_wizard
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Build the package into the temporary directory (never into the build tree).
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
    exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { fail "cpack made no .deb"; exit 1; }
case "$(basename "$deb")" in
    "ttn-lw-migrate-wizard_${version}_"*.deb) pass "package file $(basename "$deb")" ;;
    *) fail "unexpected package file name $(basename "$deb")" ;;
esac

# 2. The file list.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||' >"$work/contents"
expect_file() {
    if grep -qx "$1" "$work/contents"; then pass "contains /$1"; else fail "missing /$1"; fi
}
for exe in "${binaries[@]}"; do
    expect_file "usr/bin/$exe"
done
expect_file "usr/share/man/man1/ttn-lw-migrate.1.gz"
expect_file "usr/share/doc/ttn-lw-migrate-wizard/copyright"
expect_file "usr/share/doc/ttn-lw-migrate-wizard/changelog.gz"
wizard=false
for exe in "${binaries[@]}"; do [ "$exe" = ttn-lw-migrate-wizard ] && wizard=true; done
if $wizard; then
    expect_file "usr/share/applications/$id.desktop"
    expect_file "usr/share/metainfo/$id.metainfo.xml"
    expect_file "usr/share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 32 48 64 128 256; do
        expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
fi
if grep -q -e '^usr/include' -e '\.a$' -e '^usr/lib/.*cmake' "$work/contents"; then
    fail "development files in the package: $(grep -e '^usr/include' -e '\.a$' "$work/contents" | head -3)"
fi

# 3. The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = ttn-lw-migrate-wizard ] && pass "Package" || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] && pass "Version $version" || fail "Version is $(field Version)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] && pass "Architecture" || fail "Architecture"
[ -n "$(field Maintainer)" ] && pass "Maintainer" || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
required=(libqt6core6 libqt6network6 qt6-qpa-plugins libc6)
$wizard && required+=(libqt6gui6 libqt6widgets6 libqt6svg6)
for pkg in "${required[@]}"; do
    if grep -Eq "(^|[ ,])$pkg( |,|\$)" <<<"$depends"; then pass "Depends on $pkg"; else fail "Depends lacks $pkg"; fi
done
dpkg-deb -I "$deb" >"$work/info"
grep -q "Description:" "$work/info" && pass "Description" || fail "no Description"

# 3b. Lintian, Debian's own package checker: any E: (error) or W: (warning) line fails.
if ! command -v lintian >/dev/null 2>&1; then
    fail "lintian is not installed (scripts/install-deps.sh installs it)"
else
    lintian --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1 || true
    if grep -E '^[EW]: ' "$work/lintian" >"$work/lintian-bad"; then
        fail "lintian: $(cat "$work/lintian-bad")"
    else
        pass "lintian: no error, no warning"
    fi
fi

# 4. Unpack and validate the desktop integration as installed.
root="$work/root"
dpkg-deb -x "$deb" "$root"
if $wizard; then
    if out=$(desktop-file-validate "$root/usr/share/applications/$id.desktop" 2>&1) \
        && ! grep -Eq '(error|warning|hint):' <<<"$out"; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
    if out=$(appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml" 2>&1); then
        pass "appstreamcli validate"
    else
        fail "appstreamcli validate: $out"
    fi
    if out=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
        pass "appstreamcli validate-tree"
    else
        fail "appstreamcli validate-tree: $out"
    fi
    for png in "$root"/usr/share/icons/hicolor/*x*/apps/$id.png; do
        size=$(basename "$(dirname "$(dirname "$png")")")
        if file "$png" | grep -q "PNG image data, ${size/x/ x },"; then :; else fail "$png is not a ${size} PNG"; fi
    done
fi
if gzip -t "$root/usr/share/man/man1/ttn-lw-migrate.1.gz" \
    && zcat "$root/usr/share/man/man1/ttn-lw-migrate.1.gz" | grep -q "^\.TH TTN-LW-MIGRATE 1 .*$version"; then
    pass "man page"
else
    fail "man page is not a gzipped ttn-lw-migrate(1) for $version"
fi

# 5. The programs from the package: no path into the build tree, and --version works.
for exe in "${binaries[@]}"; do
    bin="$root/usr/bin/$exe"
    [ -x "$bin" ] || continue
    if readelf -d "$bin" | grep -Eq "R(UN)?PATH.*$build"; then fail "$exe has an RPATH into the build tree"; fi
    [ "$exe" = ttnv2-emulator ] && continue   # a test tool: no --version promised
    if out=$(cd "$work" && timeout 20 "$bin" --version 2>&1) && grep -q "$version" <<<"$out"; then
        pass "$exe --version: $(head -n 1 <<<"$out")"
    else
        fail "$exe --version printed: $out"
    fi
done

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
