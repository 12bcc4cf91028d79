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
