#!/usr/bin/env bash
# Smoke test of the frozen Linux app, run by .ci/run after the tests:
#   builds the bundle, the tar.xz and the .deb (packaging/linux/build.sh), unpacks the tar.xz
#   into a scratch folder and, from there, expects exit status 0 from
#     --version · selftest · screenshots (4 PNGs) · sandbox serve + SIGINT · the window under
#     Xvfb (xcb, the platform desktops use) + SIGTERM;
#   checks the .deb's contents, the desktop entry and AppStream metainfo, the WiX source (wixl),
#   and fails above the size budget.
# Needs (installed by .ci/run): xvfb, xz-utils, dpkg-dev, desktop-file-utils, appstream, wixl,
# msitools and Qt's xcb libraries (packaging/linux/deb_depends.py --list).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

# Size budget (MiB). Measured 2026-12-04: folder 407, tar.xz 106. Most of it is polars (170 MiB,
# the catalogue engine this session), Qt/PySide6 (~80), numpy (42, of which 28 is OpenBLAS the
# app never calls), libpython (23), ICU data (30, Qt Core), cryptography (14, Secret Service).
# The budget leaves ~8 % headroom for dependency updates; a bigger jump should be a decision.
BUDGET_FOLDER_MB=440
BUDGET_TARBALL_MB=120

APPID=io.github.ingramdesk.IngramDesk
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' ingram_desk/__init__.py)"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

if [ -z "${SMOKE_REUSE_PACKAGES:-}" ]; then  # set it to test the last build again
  step "building the bundle and packages"
  bash packaging/linux/build.sh
fi
TARBALL="build/packages/ingram-desk-$VERSION-linux-$(uname -m).tar.xz"
DEB="build/packages/ingram-desk_${VERSION}_$(dpkg --print-architecture).deb"

tar -C "$WORK" -xJf "$TARBALL"
APP="$WORK/ingram-desk"
folder_mb=$(( $(du -sk "$APP" | cut -f1) / 1024 ))
tar_mb=$(( $(stat -c %s "$TARBALL") / 1048576 ))
step "size: folder ${folder_mb} MiB (budget ${BUDGET_FOLDER_MB}), tar.xz ${tar_mb} MiB (budget ${BUDGET_TARBALL_MB})"
[ "$folder_mb" -le "$BUDGET_FOLDER_MB" ] || fail "the bundle is ${folder_mb} MiB, over ${BUDGET_FOLDER_MB}"
[ "$tar_mb" -le "$BUDGET_TARBALL_MB" ] || fail "the tar.xz is ${tar_mb} MiB, over ${BUDGET_TARBALL_MB}"

# The frozen app must not see this checkout's or the user's state.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
mkdir -p "$HOME"
unset PYTHONPATH VIRTUAL_ENV
export QT_QPA_PLATFORM=offscreen

step "--version"
out="$("$APP/ingram-desk" --version)"
[ "$out" = "ingram-desk $VERSION" ] || fail "--version said: $out"

step "selftest"
"$APP/ingram-desk" --data-dir "$WORK/selftest" selftest || fail "selftest"

step "screenshots"
"$APP/ingram-desk" --data-dir "$WORK/shots-data" screenshots "$WORK/shots" >/dev/null || fail "screenshots"
for name in catalogue pna order orders; do
  magic="$(head -c 4 "$WORK/shots/$name.png" | od -An -tx1 | tr -d ' \n')"
  [ "$magic" = "89504e47" ] || fail "$name.png is not a PNG"
done

step "sandbox serve, then SIGINT"
"$APP/ingram-desk" --data-dir "$WORK/sandbox" sandbox serve > "$WORK/serve.out" 2> "$WORK/serve.err" &
pid=$!; PIDS+=("$pid")
for _ in $(seq 100); do grep -q "^listening on http://127.0.0.1:" "$WORK/serve.out" && break; sleep 0.2; done
grep -q "^listening on" "$WORK/serve.out" || fail "sandbox serve did not start: $(cat "$WORK/serve.err")"
url="$(sed -n 's/^listening on //p' "$WORK/serve.out")"
python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1] + '/_sandbox/orders', timeout=10)" "$url" \
  || fail "the sandbox did not answer"
kill -INT "$pid"
rc=0; wait "$pid" || rc=$?
[ "$rc" -eq 0 ] || fail "sandbox serve exited $rc after SIGINT"

step "the window under Xvfb (xcb), then SIGTERM"
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
xpid=$!; PIDS+=("$xpid")
sleep 1
started=$(date +%s.%N)
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$APP/IngramDesk" --data-dir "$WORK/gui" \
  > "$WORK/gui.out" 2> "$WORK/gui.err" &
pid=$!; PIDS+=("$pid")
for _ in $(seq 300); do
  grep -q "main window shown" "$WORK/gui/logs/gui.log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "the window did not open: $(tail -5 "$WORK/gui.err")"
  sleep 0.1
done
grep -q "main window shown" "$WORK/gui/logs/gui.log" || fail "no window after 30 s"
shown=$(date +%s.%N)
sleep 2  # the first-start sample import runs; quitting during it must still exit 0
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
[ "$rc" -eq 0 ] || fail "the window exited $rc after SIGTERM: $(tail -5 "$WORK/gui.err")"
kill "$xpid" 2>/dev/null || true
step "window shown $(python3 -c "print(f'{$shown - $started:.1f}')") s after launch (first start)"

step "the .deb"
dpkg-deb -I "$DEB" > "$WORK/deb.info"
grep -q "^ Depends: .*libxcb-icccm4.*libxcb-keysyms1" "$WORK/deb.info" || fail "Depends lacks xcb libraries"
dpkg-deb -c "$DEB" > "$WORK/deb.list"
for path in ./opt/ingram-desk/ingram-desk ./opt/ingram-desk/IngramDesk ./usr/bin/ingram-desk \
    "./usr/share/applications/$APPID.desktop" "./usr/share/metainfo/$APPID.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$APPID.svg"; do
  grep -q " $path\( \|$\)" "$WORK/deb.list" || fail ".deb lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -q "hicolor/${size}x${size}/apps/$APPID.png" "$WORK/deb.list" || fail ".deb lacks the ${size}px icon"
done
desktop-file-validate "resources/$APPID.desktop" || fail "desktop entry"
appstreamcli validate --no-net "resources/$APPID.metainfo.xml" >/dev/null || fail "AppStream metainfo"

step "the WiX source (wixl)"
bash packaging/windows/check-on-linux.sh || fail "WiX source"

step "passed"
