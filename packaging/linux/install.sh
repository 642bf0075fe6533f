#!/usr/bin/env bash
# Add the built CarerHelp to this user's application menu (no administrator password needed), or
# take it out again. Saved answers and letters are never touched.
#   bash packaging/linux/install.sh [BUILT_FOLDER]     default: packaging/dist/CarerHelp
#   bash packaging/linux/install.sh --remove
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
id=uk.org.carerhelp.CarerHelp
share=${XDG_DATA_HOME:-$HOME/.local/share}
program=$share/$id                      # the program; answers live apart, in $share/CarerHelp
bin=$HOME/.local/bin/CarerHelp
sizes="16 24 32 48 64 128 256 512"

remove() {
  rm -rf "$program"
  rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
  rm -f "$share/icons/hicolor/scalable/apps/$id.svg"
  for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$id.png"; done
  if [ -L "$bin" ]; then rm -f "$bin"; fi
}

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  remove
  refresh
  echo "CarerHelp has been removed. Your saved answers and letters are still in $share/CarerHelp."
  exit 0
fi

built=${1:-$here/../dist/CarerHelp}
if [ ! -x "$built/CarerHelp" ]; then
  echo "No built CarerHelp in $built. Build it first: bash packaging/build_and_selftest.sh" >&2
  exit 1
fi
icons=$here/../../resources/icons
remove
mkdir -p "$program" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps" "$(dirname "$bin")"
cp -a "$built/." "$program/"
sed "s|^Exec=CarerHelp|Exec=\"$program/CarerHelp\"|" "$here/$id.desktop" >"$share/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$share/metainfo/"
cp "$icons/carerhelp.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for size in $sizes; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/carerhelp-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
ln -sfn "$program/CarerHelp" "$bin"
refresh
echo "CarerHelp is installed. Find it in your applications menu, or type CarerHelp in a terminal."
