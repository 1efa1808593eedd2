#!/usr/bin/env bash
# Build Threadline.app (PyInstaller BUNDLE in threadline.spec) and a .dmg, on macOS.
#   bash packaging/macos/make-dmg.sh       (PY=python3 by default: a Python with
#                                           Threadline and PyInstaller: pip install ".[package]")
# The version is threadline.__version__ and nothing else.
# Output: packaging/out/dist/Threadline.app and packaging/out/Threadline-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
OUT=packaging/out
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.__version__)')
APP_ID=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.APP_ID)')

# The .icns comes from the same SVG as every other icon (rendered PNGs in resources/icons);
# it is made under packaging/out, where the spec looks for it, not in the source tree.
iconset="$OUT/threadline.iconset"
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
  double=$((size * 2))
  cp "resources/icons/hicolor/${double}x${double}/apps/$APP_ID.png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o "$OUT/threadline.icns"

rm -rf "$OUT/dist" "$OUT/build"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/build" \
  packaging/threadline.spec
test -x "$OUT/dist/Threadline.app/Contents/MacOS/threadline"

staging="$OUT/dmg"
dmg="$OUT/Threadline-$VERSION.dmg"
rm -rf "$staging" "$dmg" && mkdir -p "$staging"
cp -R "$OUT/dist/Threadline.app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Threadline $VERSION" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "Built $dmg"
