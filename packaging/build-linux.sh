#!/usr/bin/env bash
# Build the Linux packages: a PyInstaller one-folder bundle and a .deb made from it.
#   bash packaging/build-linux.sh        (or: make package)
# Output: packaging/out/dist/threadline/ and packaging/out/threadline_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=packaging/out
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.__version__)')
APP_ID=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.APP_ID)')
ARCH=$(dpkg --print-architecture)

start=$SECONDS
rm -rf "$OUT/dist" "$OUT/build" "$OUT/deb"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/build" packaging/threadline.spec
echo "bundle: $(du -sh "$OUT/dist/threadline" | cut -f1) in $((SECONDS - start)) s"

# Debian package layout
root="$OUT/deb/threadline_${VERSION}_${ARCH}"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/threadline"
cp -a "$OUT/dist/threadline" "$root/opt/threadline"
ln -s /opt/threadline/threadline "$root/usr/bin/threadline"
install -m 644 "resources/$APP_ID.desktop" "$root/usr/share/applications/"
install -m 644 "resources/$APP_ID.metainfo.xml" "$root/usr/share/metainfo/"
install -m 644 "resources/icons/hicolor/scalable/apps/$APP_ID.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/hicolor/*/apps/"$APP_ID".png; do
  size_dir=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$root/usr/share/icons/hicolor/$size_dir/apps"
  install -m 644 "$png" "$root/usr/share/icons/hicolor/$size_dir/apps/"
done
cat > "$root/usr/share/doc/threadline/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Threadline
License: MIT
COPYRIGHT
installed_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: threadline
Version: $VERSION
Architecture: $ARCH
Maintainer: The Threadline team <team@threadline.org>
Installed-Size: $installed_kb
Depends: libc6 (>= 2.36), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-xkb1
Recommends: gnome-keyring | kwalletmanager
Section: mail
Priority: optional
Homepage: https://threadline.org/
Description: mail and replies that land in the right conversation
 Threadline is a desktop email composer whose messages land in the right
 conversation in Gmail, Outlook, Apple Mail, Thunderbird and mutt: unique
 Message-IDs, In-Reply-To and References by RFC 5322, one "Re:", Outlook's
 Thread-Index, a durable outbox, and passwords only in the system keyring.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
POSTINST
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
deb="$OUT/threadline_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null
echo "deb: $deb ($(du -h "$deb" | cut -f1)), built in $((SECONDS - start)) s"
