#!/usr/bin/env bash
# Records the AppCDS class list: starts the app on JAVA with a fresh, initialised logbook folder (so the LOGIN
# window shows, as on a desk), under Xvfb, signs in there (ui/StartupProbe presses Sign in) and lets it exit once
# the main window with the form is drawn, so the classes of the sign-in (H2, Jdbi, the key slots, the prewarm) and
# of the main window are archived too, not only those of the login window (issue 17).
#   record-classlist.sh JAVA JAR OUT.classlist
# Skipped when OUT is newer than JAR. Uses $DISPLAY if set, else its own Xvfb.
set -euo pipefail
source "$(dirname "$0")/../common.sh"
java="$1" jar="$2" out="$3"
[ -f "$out" ] && [ "$out" -nt "$jar" ] && exit 0
work="$(mktemp -d)"
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
ensure_display
# Fast key stretching only for this throwaway folder; the classes loaded are the same.
export LOGBOOK_PASSWORD="class list recording only"
"$java" -Dhelplinelogbook.argon2.fast=true -cp "$jar" \
  org.helplinelogbook.Launcher init --data "$work/data" --user manager >/dev/null
timeout 180 "$java" -Xshare:off -XX:DumpLoadedClassList="$work/classlist" \
  -Dhelplinelogbook.startupProbe="$work/shown" -Dhelplinelogbook.startupProbe.exit=true \
  -Dhelplinelogbook.startupProbe.signIn=manager \
  -cp "$jar" org.helplinelogbook.Launcher --data "$work/data" >/dev/null 2>&1 || true
unset LOGBOOK_PASSWORD
grep -q STARTUP_SHOWN "$work/shown" 2>/dev/null || { echo "record-classlist: the window never showed" >&2; exit 1; }
grep -q FORM_SHOWN "$work/shown" || echo "record-classlist: the sign-in did not reach the form; the list covers the login window only" >&2
mv "$work/classlist" "$out"
echo "class list: $(wc -l < "$out") classes -> $out"
