#!/usr/bin/env bash
# Cold-start benchmark: time from starting the process to the first drawn frame of the first window, for
#   A  the installed app (its launcher, its jlink runtime, its AppCDS archive and java options) on a logbook
#      folder that holds a logbook, so the LOGIN window is what shows;
#   B  a JavaFX hello-world (src/test/java/.../bench/HelloFx.java) on the same runtime, default JDK CDS only;
#   C  the same jar as A on the same runtime with no AppCDS archive and no options (what A would be without them).
# Each program writes "STARTUP_SHOWN <epoch ms>" (-Dhelplinelogbook.startupProbe) and exits; the script reads the
# clock just before starting it. Runs alternate A B C A B C ... so drift hits all three alike.
#
#   installer/bench-startup.sh LAUNCHER DATA_DIR [RUNS=10]
# LAUNCHER is an installed app or an app-image (installer/bench-startup-image.sh makes one and a logbook for it).
# Needs target/test-classes; uses $DISPLAY if set, else its own Xvfb. With BENCH_SAMPLES=DIR it also leaves the
# samples (ms, one per line) in DIR/a, DIR/b and DIR/c for BenchSuite.
set -euo pipefail
source "$(dirname "$0")/common.sh"
launcher="$1" data="$2" runs="${3:-10}"
app_dir="$(cd "$(dirname "$launcher")/.." && pwd)"
java="$app_dir/lib/runtime/bin/java"
jar="$app_dir/lib/app/$MAIN_JAR"
[ -d "$ROOT/target/test-classes/org/helplinelogbook/bench" ] || { echo "no target/test-classes: run mvn -DskipTests package" >&2; exit 1; }
work="$(mktemp -d)"
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
ensure_display
# An app-image has no AppCDS archive until one is made where it lies (an installation's postinst makes its own).
[ -f "$app_dir/lib/app/$CDS_ARCHIVE" ] || make_cds_archive "$app_dir"

once() { # name command... ; prints ms from start to first frame
  local probe="$work/probe" start end
  rm -f "$probe"
  start=$(date +%s%3N)
  JAVA_TOOL_OPTIONS="-Dhelplinelogbook.startupProbe=$probe -Dhelplinelogbook.startupProbe.exit=true" \
    timeout 60 "$@" >/dev/null 2>&1 || true
  [ -s "$probe" ] || { echo "no window from: $*" >&2; return 1; }
  end=$(cut -d' ' -f2 "$probe" | head -1)
  echo $((end - start))
}
run_a() { once "$launcher" --data "$data"; }
run_b() { once "$java" -cp "$ROOT/target/test-classes:$jar" org.helplinelogbook.bench.HelloFx; }
run_c() { once "$java" -cp "$jar" "$MAIN_CLASS" --data "$data"; }

run_a >/dev/null; run_b >/dev/null; run_c >/dev/null   # warm-up: file cache, font cache
: > "$work/a"; : > "$work/b"; : > "$work/c"
for i in $(seq "$runs"); do
  run_a >> "$work/a"; run_b >> "$work/b"; run_c >> "$work/c"
done
stats() { sort -n "$1" | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
  printf "min %5d  median %7.1f  max %5d ms  (n=%d)\n", v[1], m, v[NR], NR}'; }
median() { sort -n "$1" | awk '{v[NR]=$1} END {print NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
if [ -n "${BENCH_SAMPLES:-}" ]; then mkdir -p "$BENCH_SAMPLES" && cp "$work/a" "$work/b" "$work/c" "$BENCH_SAMPLES/"; fi
echo "A installed app, login window : $(stats "$work/a")"
echo "B JavaFX hello-world          : $(stats "$work/b")"
echo "C same jar, no AppCDS/options : $(stats "$work/c")"
awk -v a="$(median "$work/a")" -v b="$(median "$work/b")" -v c="$(median "$work/c")" \
  'BEGIN {printf "A/B median ratio %.2f   C/B %.2f\n", a / b, c / b}'
