#!/usr/bin/env bash
# Cold-start benchmark without installing anything: builds the app-image in target/installer when it is missing or
# older than the jar (linux/build.sh app-image), makes its AppCDS archive where it lies, makes a throwaway logbook
# with its own CLI so the login window is what shows, and runs bench-startup.sh on it. BenchSuite calls this for
# its "startup" figure; the installed .deb is measured by try-linux.sh --bench.
#
#   installer/bench-startup-image.sh [RUNS=10]
# Needs target/helpline-logbook.jar and target/test-classes (mvn -DskipTests package), JDK 17 and Xvfb or a DISPLAY.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs="${1:-10}"
# The app-image copy with a checked AppCDS archive, in a folder named like the installed one (no spaces).
launcher="$("$INSTALLER_DIR/check-appcds.sh")"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# Fast key stretching for this throwaway logbook: the login window does not unlock anything.
JAVA_TOOL_OPTIONS="-Dhelplinelogbook.argon2.fast=true" LOGBOOK_PASSWORD="start-up benchmark only" \
  "$launcher" init --data "$work/data" --user manager >/dev/null 2>&1
"$INSTALLER_DIR/bench-startup.sh" "$launcher" "$work/data" "$runs"
