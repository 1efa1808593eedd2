#!/usr/bin/env bash
# Validate, install and smoke-test the .deb built by build-linux.sh, then remove it.
#   bash packaging/test-deb.sh        (or: make package-test, which builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
VERSION=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.__version__)')
APP_ID=$("$PY" -c 'import sys; sys.path.insert(0, "app"); import threadline; print(threadline.APP_ID)')
deb="packaging/out/threadline_${VERSION}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || { echo "no $deb: run packaging/build-linux.sh first" >&2; exit 1; }

desktop-file-validate "resources/$APP_ID.desktop"
appstreamcli validate --no-net "resources/$APP_ID.metainfo.xml"

sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq threadline >/dev/null' EXIT

test "$(readlink -f /usr/bin/threadline)" = /opt/threadline/threadline
test -f "/usr/share/applications/$APP_ID.desktop"
test -f "/usr/share/metainfo/$APP_ID.metainfo.xml"
test -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
test -f "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq threadline >/dev/null' EXIT
t0=$EPOCHREALTIME
got=$(/usr/bin/threadline --version)
t1=$EPOCHREALTIME
[[ "$got" == "Threadline $VERSION" ]] || { echo "installed threadline --version said: $got" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen dbus-run-session -- /usr/bin/threadline --profile "$scratch/profile" --smoke-test
t2=$EPOCHREALTIME
# the installed CLI works against a real store too, and the demo (bundled aiosmtpd) starts
/usr/bin/threadline --profile "$scratch/profile" threads >/dev/null
TMPDIR="$scratch" QT_QPA_PLATFORM=offscreen dbus-run-session -- /usr/bin/threadline --demo --smoke-test
# the bundle carries the catalogues: ours and Qt's own (standard dialogs, message box buttons)
for lang in de fr ar; do
  said=$(QT_QPA_PLATFORM=offscreen dbus-run-session -- /usr/bin/threadline --profile "$scratch/profile" \
    --lang "$lang" --smoke-test)
  [[ "$said" == *"catalogues: threadline_$lang.qm, qtbase_$lang.qm"* ]] \
    || { echo "the installed app in $lang said: $said" >&2; exit 1; }
done
/usr/bin/threadline --profile "$scratch/profile" accounts add ann@example.org --host 127.0.0.1 \
  --port 2525 --security none --no-auth >/dev/null
/usr/bin/threadline --profile "$scratch/profile" send --to bob@example.net --subject Frozen \
  --body "from the bundle" --dry-run | grep -q '^Subject: Frozen'
test "$(/usr/bin/threadline --profile "$scratch/profile" outbox)" = "The outbox is empty."
echo "installed: $got"
awk -v a="$t0" -v b="$t1" -v c="$t2" \
  'BEGIN { printf "frozen --version: %.2f s; smoke start (main window shown, then quit): %.2f s\n", b - a, c - b }' 
echo "bundle size: $(du -sh /opt/threadline | cut -f1); .deb size: $(du -h "$deb" | cut -f1)"
echo "package test passed"
