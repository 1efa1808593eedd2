#!/usr/bin/env bash
# Mount the .dmg built by make-dmg.sh read-only, check the bundle's version, start the
# app in it with --smoke-test (main window shown, then quit), and detach it.
#   bash packaging/macos/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-python3}
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.__version__)')
dmg="packaging/out/Threadline-$VERSION.dmg"
[[ -f "$dmg" ]] || { echo "no $dmg: run packaging/macos/make-dmg.sh first" >&2; exit 1; }

scratch=$(mktemp -d)
mountpoint="$scratch/volume"
mkdir "$mountpoint"
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$mountpoint" "$dmg" >/dev/null
trap 'hdiutil detach "$mountpoint" -force >/dev/null || true; rm -rf "$scratch"' EXIT

app="$mountpoint/Threadline.app"
test -L "$mountpoint/Applications"
bundle_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")
[[ "$bundle_version" == "$VERSION" ]] || { echo "Info.plist says $bundle_version, not $VERSION" >&2; exit 1; }
got=$("$app/Contents/MacOS/threadline" --version)
[[ "$got" == "Threadline $VERSION" ]] || { echo "threadline --version said: $got" >&2; exit 1; }
"$app/Contents/MacOS/threadline" --profile "$scratch/profile" --smoke-test
said=$("$app/Contents/MacOS/threadline" --profile "$scratch/profile" --lang de --smoke-test)
[[ "$said" == *"catalogues: threadline_de.qm, qtbase_de.qm"* ]] || { echo "in German: $said" >&2; exit 1; }
test -d "$scratch/profile"
echo "smoke test passed: $got from $dmg"
