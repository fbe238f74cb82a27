#!/usr/bin/env bash
# Packages ReaderFirst with jpackage (in the JDK 17+). One script for every system; run it on the
# system the package is for (jpackage builds only for the system it runs on):
#
#   installer/package.sh app-image   Linux, Windows, macOS: a folder with the app and its own Java
#   installer/package.sh deb         Debian/Ubuntu .deb (needs fakeroot and dpkg-deb)
#   installer/package.sh rpm         Fedora/openSUSE .rpm (needs rpmbuild)
#   installer/package.sh msi         Windows installer (needs the WiX Toolset 3 on the PATH)
#   installer/package.sh dmg         macOS disk image
#
# Output goes to target/installer/. The jar, the bash completion and the man pages are built first
# when missing (REBUILD=1 forces it).
# VERSION overrides the version taken from pom.xml; DEST overrides the output folder.
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
name=ReaderFirst
dest="${DEST:-target/installer}"

if [ ! -f target/readerfirst.jar ] || [ ! -f target/completion/readerfirst ] || [ "${REBUILD:-0}" = 1 ]; then
  mvn -B -q -DskipTests package
fi

# jpackage wants a plain numeric version.
version="${VERSION:-$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)}"

input=target/jpackage-input
rm -rf "$input" "$dest/$name" "$dest"/*."$type" 2>/dev/null || true
mkdir -p "$input" "$dest"
cp target/readerfirst.jar "$input/"
# The command line's bash completion and man pages (AsciiDoc), as the build wrote them: they land
# beside the jar, in the app's lib/app folder.
cp -r target/completion target/man "$input/"

common=(
  --name "$name"
  --app-version "$version"
  --vendor "ReaderFirst"
  --copyright "ReaderFirst contributors, MIT licence"
  --description "Offline writing assistant for LinkedIn: audience-first checks, grammar and drafts"
  --input "$input"
  --main-jar readerfirst.jar
  --main-class org.readerfirst.Launcher
  # The serial collector keeps a few MB of its own where G1 keeps about fifty; a small starting heap
  # and a low free share let the heap shrink to what is live once LanguageTool has loaded; a young
  # generation of 16 MB (by default a third of the heap, about 65 MB once LanguageTool is in) still
  # takes a keystroke's grammar check in about one collection of 3 ms or less. The cap keeps a huge paste
  # from taking the machine. `java -jar` starts the window with the same (Relaunch.WINDOW_OPTIONS).
  --java-options "-Xmx1g -Xms32m -Xmn16m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20"
  --dest "$dest"
)

# On Linux, hand the C library's freed memory back to the system every few seconds: loading
# LanguageTool frees tens of MB that glibc would otherwise keep. Java 17.0.9 and later have the
# option (experimental there); an older JDK would refuse to start with it, so ask the JDK first.
trim=(-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000)
if [ "$(uname -s)" = Linux ] && java "${trim[@]}" -version >/dev/null 2>&1; then
  common+=(--java-options "${trim[*]}")
fi

case "$type" in
  app-image|deb|rpm)
    platform=(--icon assets/icons/readerfirst-256.png)
    if [ "$type" != app-image ]; then
      platform+=(
        --license-file LICENSE
        --linux-shortcut
        --linux-menu-group "Office;TextTools"
        --linux-app-category editors
        --linux-package-name readerfirst
      )
      if [ "$type" = deb ]; then
        # GTK 3 draws JavaFX's windows. Finnish spelling and base forms: the app works without
        # them and says so.
        platform+=(--linux-package-deps "libgtk-3-0, libvoikko1, voikko-fi")
      else
        platform+=(--linux-package-deps "libvoikko1, voikko-fi")
      fi
    fi
    ;;
  msi|exe)
    platform=(--icon assets/icons/readerfirst.ico --win-menu --win-menu-group ReaderFirst --win-shortcut
              --win-dir-chooser --win-per-user-install --license-file LICENSE)
    ;;
  dmg|pkg)
    # macOS wants an .icns: made from the PNG set with the system's iconutil.
    iconset=target/ReaderFirst.iconset
    rm -rf "$iconset" && mkdir -p "$iconset"
    for s in 16 32 128 256 512; do
      cp "assets/icons/readerfirst-$s.png" "$iconset/icon_${s}x${s}.png"
    done
    iconutil -c icns "$iconset" -o target/ReaderFirst.icns
    platform=(--icon target/ReaderFirst.icns --mac-package-name ReaderFirst --license-file LICENSE)
    ;;
  *)
    echo "package.sh: unknown type '$type' (app-image, deb, rpm, msi, exe, dmg or pkg)" >&2
    exit 2
    ;;
esac

jpackage --type "$type" "${common[@]}" "${platform[@]}"

if [ "$type" = app-image ]; then
  case "$(uname -s)" in
    Darwin) echo "app-image: $dest/$name.app" ;;
    MINGW*|MSYS*|CYGWIN*) echo "app-image: $dest/$name/$name.exe" ;;
    *) echo "app-image: $dest/$name/bin/$name" ;;
  esac
else
  ls "$dest"/*."$type"
fi
