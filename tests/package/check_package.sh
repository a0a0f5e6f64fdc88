#!/usr/bin/env bash
# SPDX-FileCopyrightText: ContactBridge contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# check_package.sh BUILD_DIR VERSION
# Runs CPack on an already built tree into a scratch folder, unpacks the .deb into a scratch
# root and checks it as installed. Every check runs; the test fails if any of them did.
set -euo pipefail

build=$1
version=$2
app_id=io.contactbridge.ContactBridge

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli gzip; do
    command -v "$tool" >/dev/null || {
        echo "FAIL: $tool is missing (./dev setup installs it)"
        exit 1
    }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

started=$(date +%s)
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack did not build the package"
    exit 1
fi
shopt -s nullglob
debs=("$work"/out/contactbridge_"$version"_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    ls -l "$work/out"
    echo "FAIL: expected one contactbridge_${version}_<arch>.deb, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes) in $(($(date +%s) - started)) s"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = contactbridge ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Section)" ] || fail "no Section"
depends=$(field Depends)
echo "Depends: $depends"
# Listed by hand (loaded at run time) and found by dpkg-shlibdeps (linked).
for dep in libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6network6 libqt6sql6 libqt6keychain1 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends lacks a Secret Service (gnome-keyring)"

# The files, as installed.
root=$work/root
dpkg-deb --extract "$deb" "$root"
expect=(
    usr/bin/contactbridge
    usr/bin/contactbridge-cli
    usr/bin/contactbridge-sandbox
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "usr/share/icons/hicolor/128x128/apps/$app_id.png"
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"
    usr/share/man/man1/contactbridge.1.gz
    usr/share/man/man1/contactbridge-cli.1.gz
    usr/share/man/man1/contactbridge-sandbox.1.gz
    usr/share/doc/contactbridge/copyright
    usr/share/doc/contactbridge/changelog.gz
)
for f in "${expect[@]}"; do
    [ -f "$root/$f" ] || fail "missing /$f"
done
for f in usr/bin/contactbridge usr/bin/contactbridge-cli usr/bin/contactbridge-sandbox; do
    [ -x "$root/$f" ] || fail "/$f is not executable"
done
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "files outside /usr: $outside"

# Each PNG has the size its folder names (bytes 16-23 of a PNG are width and height).
for size in 48 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $dims"
done

# Man pages: valid gzip, and the page they claim to be.
for page in contactbridge contactbridge-cli contactbridge-sandbox; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$gz" ] || continue
    title=$(echo "$page" | tr '[:lower:]' '[:upper:]')
    gzip -dc "$gz" | grep -q "^\.TH $title 1 " || fail "$page.1.gz is not the $page(1) page"
done

# The installed CLI runs against the system's libraries and reports this version.
cli_version=$("$root/usr/bin/contactbridge-cli" --version 2>&1) || fail "contactbridge-cli --version exited $?"
[ "$cli_version" = "contactbridge-cli $version" ] || fail "contactbridge-cli --version said '$cli_version'"
sandbox_version=$("$root/usr/bin/contactbridge-sandbox" --version 2>&1) || fail "contactbridge-sandbox --version failed"
grep -q "$version" <<<"$sandbox_version" || fail "contactbridge-sandbox --version said '$sandbox_version'"

# Desktop metadata: valid, and all naming the same id.
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$desktop" ]; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate reports: $out"
    grep -qx "Icon=$app_id" "$desktop" || fail "the .desktop Icon is not $app_id"
    grep -qx "Exec=contactbridge" "$desktop" || fail "the .desktop Exec is not contactbridge"
fi
if [ -f "$metainfo" ]; then
    out=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$metainfo" ||
        fail "the metainfo has no release $version"
    grep -q "@[A-Z_]*@" "$metainfo" && fail "the metainfo has an unfilled @VARIABLE@"
    # The installed tree as a whole: metainfo, desktop entry and icons found together.
    out=$(appstreamcli validate-tree --no-net "$root" 2>&1) || fail "appstreamcli validate-tree: $out"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "package OK"
