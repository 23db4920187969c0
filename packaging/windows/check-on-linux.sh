#!/usr/bin/env bash
# Compiles ingram-desk.wxs with Debian's wixl (msitools) over a stand-in folder and checks the MSI's
# tables: per-user, the fixed UpgradeCode, the Start-menu shortcut to IngramDesk.exe. Proves the
# source is valid WiX 3 for what wixl supports (not remove-user-data.wxs: util extension).
#   bash packaging/windows/check-on-linux.sh      (needs: apt-get install wixl msitools)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/ingram_desk/__init__.py")"
APP="$WORK/app"
mkdir -p "$APP/_internal"
printf 'MZ stand-in\n' > "$APP/IngramDesk.exe"
printf 'MZ stand-in\n' > "$APP/ingram-desk.exe"
cp "$ROOT/resources/licenses/THIRD-PARTY.txt" "$APP/_internal/"
(cd "$WORK" && find app -type f | sort | wixl-heat -p app/ --component-group AppFiles \
  --directory-ref INSTALLDIR --var var.AppDir > files.wxs)
sed -i 's|\$(var.AppDir)|$(var.AppDir)/app|' "$WORK/files.wxs"
cp "$ROOT/resources/icons/ingram-desk.ico" "$HERE/ingram-desk.wxs" "$WORK/"
# wixl resolves sources relative to the working folder and warns (GLib) about attributes it
# ignores but WiX 3 uses: Package/@InstallPrivileges, Media/@CompressionLevel
(cd "$WORK" && wixl -a x64 -D Version="$VERSION" -D AppDir=. -D IconFile=ingram-desk.ico \
  -o check.msi ingram-desk.wxs files.wxs 2> wixl.log) || { cat "$WORK/wixl.log" >&2; exit 1; }
if grep -v "has no property named '\(InstallPrivileges\|CompressionLevel\)'" "$WORK/wixl.log" \
    | grep -q "WARNING\|CRITICAL"; then
  cat "$WORK/wixl.log" >&2; exit 1
fi
MSI="$WORK/check.msi"
fail() { echo "check-on-linux: $*" >&2; exit 1; }
table() { msiinfo export "$MSI" "$1"; }  # whole tables first: grep -q + pipefail = SIGPIPE races
upgrade="$(table Upgrade)"; property="$(table Property)"; shortcut="$(table Shortcut)"
directory="$(table Directory)"; files="$(table File)"
grep -qi "A9315497-BB52-44A3-BDE6-3D03ECBB3EE5" <<<"$upgrade" || fail "UpgradeCode"
grep -q "^MSIINSTALLPERUSER	1" <<<"$property" || fail "not per-user"
grep -q "^ALLUSERS	2" <<<"$property" || fail "ALLUSERS"
grep -q "\[INSTALLDIR\]IngramDesk.exe" <<<"$shortcut" || fail "Start-menu shortcut"
grep -q "ProgramMenuFolder" <<<"$directory" || fail "Start menu"
grep -q "IngramDesk.exe" <<<"$files" || fail "files"
echo "wixl: ingram-desk.wxs builds a per-user MSI ($(stat -c %s "$MSI") bytes with stand-in files)"
