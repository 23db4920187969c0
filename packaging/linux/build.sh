#!/usr/bin/env bash
# Linux packages from the PyInstaller folder: a tar.xz (unpack anywhere, run ./ingram-desk/IngramDesk)
# and a .deb (installs to /opt/ingram-desk, /usr/bin/ingram-desk, the desktop entry, AppStream
# metainfo and hicolor icons; Depends from packaging/linux/deb_depends.py, checked by ldd).
#
#   bash packaging/linux/build.sh            # builds the folder with PyInstaller first
#   SKIP_FREEZE=1 bash packaging/linux/build.sh
#
# Output in build/packages/. Needs: uv, dpkg-deb, xz, ldd (all present on Debian/Ubuntu).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DIST="$ROOT/build/dist"
OUT="$ROOT/build/packages"
APPID=io.github.ingramdesk.IngramDesk
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' ingram_desk/__init__.py)"
DEBARCH="$(dpkg --print-architecture)"
ARCH="$(uname -m)"

if [ -z "${SKIP_FREEZE:-}" ]; then
  uv run pyinstaller --noconfirm --clean --log-level WARN --distpath "$DIST" \
    --workpath "$ROOT/build/pyinstaller" packaging/pyinstaller/ingram-desk.spec
fi
APP="$DIST/ingram-desk"
[ -x "$APP/ingram-desk" ] && [ -x "$APP/IngramDesk" ] || { echo "no bundle in $APP" >&2; exit 1; }
mkdir -p "$OUT"

# tar.xz: the folder as it is (xz -6 on every core; the .deb uses zstd, much faster to pack)
TARBALL="$OUT/ingram-desk-$VERSION-linux-$ARCH.tar.xz"
tar -C "$DIST" --owner=0 --group=0 -cf - ingram-desk | xz -T0 -6 > "$TARBALL"

# .deb
DEPENDS="$(python3 packaging/linux/deb_depends.py "$APP")"
RECOMMENDS="$(python3 -c 'import sys; sys.path.insert(0, "packaging/linux"); import deb_depends as d; print(", ".join(d.RECOMMENDS))')"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/DEBIAN" "$STAGE/usr/share/doc/ingram-desk"
cp -a "$APP" "$STAGE/opt/ingram-desk"
ln -s /opt/ingram-desk/ingram-desk "$STAGE/usr/bin/ingram-desk"
install -m 0644 "resources/$APPID.desktop" "$STAGE/usr/share/applications/$APPID.desktop"
install -m 0644 "resources/$APPID.metainfo.xml" "$STAGE/usr/share/metainfo/$APPID.metainfo.xml"
for png in resources/icons/ingram-desk-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APPID.png"
done
install -D -m 0644 resources/icons/ingram-desk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APPID.svg"
install -m 0644 resources/licenses/* "$STAGE/usr/share/doc/ingram-desk/"
SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: ingram-desk
Version: $VERSION
Architecture: $DEBARCH
Maintainer: Ingram Desk developers <ingram-desk@invalid>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: misc
Priority: optional
Description: purchasing workstation for resellers buying from Ingram Micro
 Catalogue from Ingram's price files, live price and availability, orders
 that are never sent twice, and order tracking. Includes a demo sandbox.
CONTROL
DEB="$OUT/ingram-desk_${VERSION}_${DEBARCH}.deb"
dpkg-deb --root-owner-group -Zzstd -z9 --build "$STAGE" "$DEB" >/dev/null
echo "$TARBALL"
echo "$DEB"
