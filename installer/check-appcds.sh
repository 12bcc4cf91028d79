#!/usr/bin/env bash
# Packaging check (run by .ci/run after the tests): builds the app-image when the jar is newer
# (linux/build.sh app-image), copies it to target/installer/bench-image/helpline-logbook/ (named like the installed
# /opt/helpline-logbook: on JDK 17 a space in the jar's path switches AppCDS off), makes its AppCDS archive there as
# the .deb's postinst does, and fails unless the app's own classes come from that archive. Without it the app
# starts ~1.7x slower than a JavaFX hello-world, and nothing else would say so (-Xshare:auto is silent).
# Prints the app-image copy's launcher. Needs target/helpline-logbook.jar (mvn package), JDK 17, Xvfb or a DISPLAY.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -f "$JAR" ] || { echo "missing $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
image="$OUT/$APP_NAME"
if [ ! -x "$image/bin/$APP_NAME" ] || [ "$JAR" -nt "$image/lib/app/$MAIN_JAR" ]; then
  "$INSTALLER_DIR/linux/build.sh" app-image >&2
fi
copy="$OUT/bench-image/$PACKAGE_NAME"
rm -rf "$OUT/bench-image" && mkdir -p "$OUT/bench-image" && cp -a "$image" "$copy"
make_cds_archive "$copy"
echo "AppCDS: the app's classes load from $copy/lib/app/$CDS_ARCHIVE" >&2
echo "$copy/bin/$APP_NAME"
