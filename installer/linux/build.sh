#!/usr/bin/env bash
# Builds the Linux packages of Helpline Logbook with jpackage and a jlink runtime holding only the JDK modules the
# app needs (installer/app.env). JavaFX comes inside the shaded jar, on the class path, so no JavaFX SDK is needed.
#
#   installer/linux/build.sh [app-image] [deb] [rpm]      (default: app-image deb)
#
# Needs: JDK 17 (jlink, jpackage), target/helpline-logbook.jar (mvn -B -DskipTests package), fakeroot and
# dpkg-deb for .deb, rpmbuild (package "rpm") for .rpm, and Xvfb the first time (to record the AppCDS class list).
# Output: target/installer/{runtime, Helpline Logbook/ (app-image), helpline-logbook_<v>-1_amd64.deb, *.rpm}
set -euo pipefail
source "$(dirname "$0")/../common.sh"
types=("$@"); [ ${#types[@]} -eq 0 ] && types=(app-image deb)
[ -f "$JAR" ] || { echo "missing $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
mkdir -p "$OUT"

# 1. The runtime: only the needed modules, with the JDK's own CDS archive for them (--generate-cds-archive).
if [ ! -x "$OUT/runtime/bin/java" ] || [ "$INSTALLER_DIR/app.env" -nt "$OUT/runtime/release" ]; then
  rm -rf "$OUT/runtime"
  "${JDK_BIN}jlink" --add-modules "$MODULES" --include-locales="$LOCALES" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$OUT/runtime"
fi

# 2. The AppCDS class list: the classes loaded from start to the login window, recorded on the real app.
#    The archive itself is made from it where the app is installed (postinst), because a JDK 17 archive
#    only matches the jar at the path it was made with.
"$INSTALLER_DIR/linux/record-classlist.sh" "$OUT/runtime/bin/java" "$JAR" "$OUT/$CDS_CLASSLIST"

# 3. jpackage input: the jar and the class list only.
rm -rf "$OUT/input" && mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/$MAIN_JAR"
cp "$OUT/$CDS_CLASSLIST" "$OUT/input/$CDS_CLASSLIST"

common=(--name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "$COPYRIGHT" --icon "$INSTALLER_DIR/icon/helpline-logbook.png"
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime"
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$CDS_ARCHIVE" --java-options "-Xshare:auto"
  --java-options "-XX:+UseSerialGC" --java-options "-XX:TieredStopAtLevel=1"
  --java-options "-Xms384m" --java-options "-Xmn160m"
  --dest "$OUT")
# The heap is set, not left to the JVM's share of the machine's memory: on an 8 GB laptop that share gave a young
# generation of 42 MB, smaller than the sign-in's Argon2id (64 MiB of blocks alive until it ends), and the
# collections that copied them mid-way added 100-200 ms to every sign-in (docs/benchmarks.md, fifth round).
# 160 MB young holds the derivation and the main window being built beside it; 384 MB is what a 24 GB machine gets.
linux=(--install-dir /opt --linux-package-name "$PACKAGE_NAME" --linux-menu-group "Office" --linux-shortcut
  --linux-app-category "misc" --linux-package-deps "libgtk-3-0" --resource-dir "$INSTALLER_DIR/linux/resources")

for type in "${types[@]}"; do
  case "$type" in
    app-image)
      rm -rf "$OUT/$APP_NAME"
      "${JDK_BIN}jpackage" --type app-image "${common[@]}"
      echo "app-image: $OUT/$APP_NAME" ;;
    deb)
      rm -f "$OUT/${PACKAGE_NAME}_"*.deb
      "${JDK_BIN}jpackage" --type deb "${common[@]}" "${linux[@]}" --linux-deb-maintainer "it@helpline.invalid"
      ls "$OUT/${PACKAGE_NAME}_"*.deb ;;
    rpm)
      command -v rpmbuild >/dev/null || { echo "rpm needs rpmbuild (apt-get install rpm / dnf install rpm-build)" >&2; exit 1; }
      rm -f "$OUT/${PACKAGE_NAME}-"*.rpm
      "${JDK_BIN}jpackage" --type rpm "${common[@]}" "${linux[@]}" --linux-rpm-license-type "Proprietary"
      ls "$OUT/${PACKAGE_NAME}-"*.rpm ;;
    *) echo "unknown type $type (app-image, deb, rpm)" >&2; exit 2 ;;
  esac
done
