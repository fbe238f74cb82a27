#!/usr/bin/env bash
# Builds a self-contained Linux app-image of ReaderFirst with jpackage (in the JDK):
#   target/installer/ReaderFirst/bin/ReaderFirst      the launcher (opens the app; takes sub-commands too)
# The image carries its own Java runtime, so the machine it runs on needs no JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/readerfirst.jar ] || [ "${REBUILD:-0}" = 1 ]; then
  mvn -B -q -DskipTests package
fi

# jpackage wants a plain numeric version.
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)

rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input
cp target/readerfirst.jar target/jpackage-input/

jpackage \
  --type app-image \
  --name ReaderFirst \
  --app-version "$version" \
  --vendor "ReaderFirst" \
  --description "Offline writing assistant for LinkedIn: audience-first checks, grammar and drafts" \
  --input target/jpackage-input \
  --main-jar readerfirst.jar \
  --main-class org.readerfirst.Launcher \
  --icon assets/icons/readerfirst-256.png \
  --java-options "-Xmx1g" \
  --dest target/installer

echo "app-image: target/installer/ReaderFirst/bin/ReaderFirst"
