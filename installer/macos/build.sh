#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of Helpline Logbook with jpackage and a jlink runtime of only the needed JDK
# modules (installer/app.env). Run on a Mac (Apple silicon builds an arm64 app, Intel an x64 one: build on each
# kind, or ship the kind the office has), from the repository root:
#
#   mvn -B -DskipTests package
#   installer/macos/build.sh                 # unsigned: for trying only, Gatekeeper will refuse to open it
#   MAC_SIGN_ID="Developer ID Application: Example Org (TEAMID1234)" \
#   NOTARY_PROFILE=helpline-notary installer/macos/build.sh      # signed and notarised: for real desks
#
# Needs: JDK 17 for macOS (jlink, jpackage), Xcode command line tools. Signing needs a "Developer ID
# Application" certificate in the login keychain; notarisation needs a stored notarytool profile, made once with
#   xcrun notarytool store-credentials helpline-notary --apple-id ID --team-id TEAMID1234 --password APP_PASSWORD
# Output: target/installer/Helpline Logbook-<version>.dmg. Install: open the .dmg, drag the app to Applications.
# Uninstall: drag "Helpline Logbook" from Applications to the Bin; the logbook in
# ~/Library/Application Support/Helpline Logbook stays.
set -euo pipefail
source "$(dirname "$0")/../common.sh"
[ -f "$JAR" ] || { echo "missing $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
mkdir -p "$OUT"
rm -rf "$OUT/runtime" "$OUT/input" "$OUT/$APP_NAME.app"
"${JDK_BIN}jlink" --add-modules "$MODULES" --include-locales="$LOCALES" --strip-debug --no-header-files \
  --no-man-pages --generate-cds-archive --output "$OUT/runtime"
mkdir -p "$OUT/input" && cp "$JAR" "$OUT/input/"
# The class list is shipped for a later AppCDS step; the archive is not made on macOS yet (docs/installing.md).
[ -f "$OUT/$CDS_CLASSLIST" ] && cp "$OUT/$CDS_CLASSLIST" "$OUT/input/"

sign=()
if [ -n "${MAC_SIGN_ID:-}" ]; then
  # jpackage signs the runtime, the launcher and the app with the hardened runtime that notarisation requires.
  sign=(--mac-sign --mac-signing-key-user-name "${MAC_SIGN_ID#Developer ID Application: }")
fi
"${JDK_BIN}jpackage" --type dmg --name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
  --description "$DESCRIPTION" --copyright "$COPYRIGHT" --icon "$INSTALLER_DIR/icon/helpline-logbook.icns" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$OUT/runtime" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$CDS_ARCHIVE" --java-options "-Xshare:auto" \
  --java-options "-XX:+UseSerialGC" --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-Xms384m" --java-options "-Xmn160m" \
  --mac-package-identifier org.helplinelogbook.app --mac-package-name "$APP_NAME" \
  --mac-app-category public.app-category.business ${sign[@]+"${sign[@]}"} --dest "$OUT"
dmg="$OUT/$APP_NAME-$APP_VERSION.dmg"

if [ -n "${MAC_SIGN_ID:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --force --sign "$MAC_SIGN_ID" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature -v "$dmg"
else
  echo "NOT signed or notarised: for trying only (set MAC_SIGN_ID and NOTARY_PROFILE for desks)" >&2
fi
ls -l "$dmg"
