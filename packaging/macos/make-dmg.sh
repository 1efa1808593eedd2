#!/usr/bin/env bash
# Build Threadline.app (PyInstaller BUNDLE in threadline.spec) and a .dmg, on macOS.
#   bash packaging/macos/make-dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.__version__)')
# The .icns comes from the same SVG as every other icon.
iconset=packaging/out/threadline.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "resources/icons/hicolor/${size}x${size}/apps/org.threadline.Threadline.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
  double=$((size * 2))
  cp "resources/icons/hicolor/${double}x${double}/apps/org.threadline.Threadline.png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o packaging/macos/threadline.icns
"$PY" -m PyInstaller --noconfirm --distpath packaging/out/dist --workpath packaging/out/build packaging/threadline.spec
staging=packaging/out/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R packaging/out/dist/Threadline.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Threadline $VERSION" -srcfolder "$staging" -ov -format UDZO \
  "packaging/out/Threadline-$VERSION.dmg"
echo "Built packaging/out/Threadline-$VERSION.dmg"
