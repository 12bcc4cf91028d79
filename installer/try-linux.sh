#!/usr/bin/env bash
# End-to-end check of the Linux installer, as an IT volunteer would use it, on this machine:
#   1. builds the jar (mvn), the app-image and the .deb (installer/linux/build.sh);
#   2. installs the .deb with dpkg -i, checks the launcher, menu entry and AppCDS archive are in place;
#   3. makes a fresh logbook with the INSTALLED program's CLI (init, password from LOGBOOK_PASSWORD);
#   4. starts the installed launcher with --data on it under Xvfb, waits for the login window and takes
#      docs/screenshots/installed-login.png;
#   5. with --bench, runs installer/bench-startup.sh on the installed app (docs/benchmarks.md, "Start-up");
#   6. uninstalls with dpkg -r and checks the program's files are gone and the logbook folder is untouched.
#
#   installer/try-linux.sh [--bench] [--skip-build]
# Needs root (dpkg), Debian/Ubuntu, JDK 17, Maven, fakeroot, Xvfb, ImageMagick (import). Takes about 10 minutes
# (jpackage's .deb step looks up every native library's package), so it is not part of .ci/run.
# It refuses to run where helpline-logbook is already installed: it must never remove a real installation.
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench=false build=true
for arg in "$@"; do
  case "$arg" in --bench) bench=true ;; --skip-build) build=false ;; *) echo "unknown option $arg" >&2; exit 2 ;; esac
done
[ "$(id -u)" -eq 0 ] || { echo "run as root (dpkg -i / dpkg -r)" >&2; exit 1; }
status="$(dpkg-query -W -f='${Status}' "$PACKAGE_NAME" 2>/dev/null || true)"
if [ -n "$status" ] && [ "$status" != "deinstall ok config-files" ] && [ "$status" != "unknown ok not-installed" ]; then
  echo "$PACKAGE_NAME is installed on this machine; this check installs and removes it, so it stops here." >&2
  exit 1
fi
step() { printf '\n== %s\n' "$*"; }
cd "$ROOT"

if $build; then
  step "build jar, app-image and .deb"
  mvn -B -q -DskipTests package
  installer/linux/build.sh app-image deb
fi
deb="$(ls "$OUT/${PACKAGE_NAME}_${APP_VERSION}"-*_amd64.deb | head -1)"

work="$(mktemp -d)"; xvfb_pid="" app_pid="" installed=false
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if $installed; then dpkg -r "$PACKAGE_NAME" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "install $deb"
installed=true
# xdg-desktop-menu (the menu entry) needs the system menu folders; a desktop has them, a minimal container not.
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus
# dpkg -i does not fetch dependencies (xdg-utils, libgtk-3-0 ...); apt-get -f install fetches them and finishes.
if ! dpkg -i "$deb"; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -f --no-install-recommends
fi
dpkg -s "$PACKAGE_NAME" | grep -q '^Status: install ok installed' 
app_dir="/opt/$PACKAGE_NAME"
launcher="$app_dir/bin/$APP_NAME"
desktop="$(ls /usr/share/applications/${PACKAGE_NAME}-*.desktop)"
test -x "$launcher"
grep -q '^Categories=Office' "$desktop"
test -s "$app_dir/lib/app/$CDS_ARCHIVE" || { echo "postinst made no AppCDS archive" >&2; exit 1; }
echo "launcher: $launcher"; echo "menu entry: $desktop"; du -sh "$app_dir"

step "make a logbook with the installed CLI"
data="$work/logbook"
LOGBOOK_PASSWORD="try-linux password 1" "$launcher" init --data "$data" --user manager > "$work/init.txt"
head -2 "$work/init.txt"

step "start the installed app under Xvfb"
for n in $(seq 97 -1 90); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
export DISPLAY=":$n"; sleep 1
JAVA_TOOL_OPTIONS="-Dhelplinelogbook.startupProbe=$work/shown" "$launcher" --data "$data" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 120); do [ -s "$work/shown" ] && break; sleep 0.5; done
[ -s "$work/shown" ] || { echo "no window after 60 s"; cat "$work/app.log"; exit 1; }
sleep 2   # let fonts and focus settle for the picture
mkdir -p docs/screenshots
import -window root docs/screenshots/installed-login.png
echo "screenshot: docs/screenshots/installed-login.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

if $bench; then
  step "start-up benchmark"
  installer/bench-startup.sh "$launcher" "$data" "${BENCH_RUNS:-10}" | tee "$work/bench.txt"
  cp "$work/bench.txt" "$OUT/bench-startup.txt"
fi

step "uninstall"
dpkg -r "$PACKAGE_NAME"
installed=false
if dpkg -s "$PACKAGE_NAME" 2>/dev/null | grep -q '^Status: install ok installed'; then echo "still installed" >&2; exit 1; fi
[ ! -e "$app_dir" ] || { echo "left behind:"; find "$app_dir" | head; exit 1; }
[ ! -e "$desktop" ] || { echo "menu entry left behind: $desktop" >&2; exit 1; }
test -f "$data/keyslots.json" && test -f "$data/logbook.mv.db"
echo "uninstalled: $app_dir and the menu entry are gone; the logbook folder is kept"
echo "try-linux: OK"
