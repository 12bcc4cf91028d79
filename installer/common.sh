# Sourced by the bash recipes: reads app.env and the version from the pom. Not run on its own.
INSTALLER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$INSTALLER_DIR/.." && pwd)"
while IFS='=' read -r key value; do
  case "$key" in ''|\#*) continue ;; esac
  printf -v "$key" '%s' "$value"
done < "$INSTALLER_DIR/app.env"
# The project's own <version> (the first one after <artifactId>helpline-logbook</artifactId>).
POM_VERSION="$(sed -n '/<artifactId>helpline-logbook<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' "$ROOT/pom.xml")"
# Installers want plain numbers: 0.1.0-SNAPSHOT -> 0.1.0.
APP_VERSION="${POM_VERSION%%-*}"
OUT="$ROOT/target/installer"
JAR="$ROOT/target/$MAIN_JAR"

# Starts a private Xvfb and exports DISPLAY when there is no display; sets XVFB_PID (empty if none started).
# The caller kills "$XVFB_PID" in its own EXIT trap.
XVFB_PID=""
ensure_display() {
  [ -n "${DISPLAY:-}" ] && return 0
  command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb) or a DISPLAY" >&2; return 1; }
  local n
  for n in $(seq 90 99); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB_PID=$!
  export DISPLAY=":$n"; sleep 1
}

# Makes the AppCDS archive of an app-image or installation APP_DIR from its class list, where it lives (a JDK 17
# archive only matches the jar path it was made with). The .deb's postinst does the same at install time.
make_cds_archive() {
  local app_dir="$1"
  local java="$app_dir/lib/runtime/bin/java" list="$app_dir/lib/app/$CDS_CLASSLIST" jsa="$app_dir/lib/app/$CDS_ARCHIVE"
  [ -x "$java" ] && [ -f "$list" ] || { echo "no runtime or class list in $app_dir" >&2; return 1; }
  rm -f "$jsa"
  "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa" \
    -cp "$app_dir/lib/app/$MAIN_JAR" >/dev/null 2>&1 || { rm -f "$jsa"; echo "AppCDS dump failed" >&2; return 1; }
  # A mismatched archive is silently ignored (-Xshare:auto), so check that the app's own classes come from it.
  "$java" -XX:SharedArchiveFile="$jsa" -Xshare:auto -XX:+UseSerialGC -Xlog:class+load -cp "$app_dir/lib/app/$MAIN_JAR" \
    "$MAIN_CLASS" --help 2>/dev/null | grep -q "$MAIN_CLASS source: shared objects file" \
    || { echo "AppCDS archive in $app_dir shares none of the app's classes (a space in the path?)" >&2; return 1; }
}
