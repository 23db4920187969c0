#!/usr/bin/env bash
# macOS: "Ingram Desk.app" (PyInstaller BUNDLE, packaging/pyinstaller/ingram-desk.spec) and a
# signed, notarised .dmg. Run on a Mac with Xcode command line tools:
#
#   bash packaging/macos/build-app.sh                       # unsigned (local testing)
#   SIGN_ID="Developer ID Application: Example GmbH (TEAMID)" NOTARY_PROFILE=ingram-desk \
#     bash packaging/macos/build-app.sh                     # signed + notarised
#
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials ingram-desk --apple-id … --team-id TEAMID
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' ingram_desk/__init__.py)"
uv run pyinstaller --noconfirm --clean --distpath build/dist --workpath build/pyinstaller \
  packaging/pyinstaller/ingram-desk.spec
APP="build/dist/Ingram Desk.app"
"$APP/Contents/MacOS/ingram-desk" selftest   # the console program inside the bundle

if [ -n "${SIGN_ID:-}" ]; then
  # inside-out: every Mach-O file, then the bundle, hardened runtime + timestamp
  find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --options runtime --timestamp \
      --entitlements packaging/macos/entitlements.plist --sign "$SIGN_ID"
  codesign --force --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist --sign "$SIGN_ID" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

mkdir -p build/packages
DMG="build/packages/IngramDesk-$VERSION-macos-$(uname -m).dmg"
hdiutil create -volname "Ingram Desk" -srcfolder "$APP" -ov -format UDZO "$DMG"
if [ -n "${SIGN_ID:-}" ]; then
  codesign --sign "$SIGN_ID" --timestamp "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "${NOTARY_PROFILE:?}" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "$DMG"
