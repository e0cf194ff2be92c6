#!/usr/bin/env bash
# Install Briefing Desk's desktop integration for the current user (or PREFIX): the menu entry,
# the icon in every size, the AppStream metainfo and the .argosmodel MIME type, so that opening a
# language pack from the file manager offers to install it.
#   packaging/linux/install-desktop.sh [COMMAND]
# COMMAND is the briefing-app to launch (default: the one on PATH, else this checkout's .venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${PREFIX:-$HOME/.local}"
app_id=org.briefingdesk.BriefingDesk
icons="$root/briefing_app/resources/icons"
command="${1:-$(command -v briefing-app || echo "$root/.venv/bin/briefing-app")}"

install -d "$prefix/share/applications" "$prefix/share/metainfo" "$prefix/share/mime/packages"
sed "s|^Exec=briefing-app|Exec=$command|; s|^TryExec=briefing-app|TryExec=$command|" \
  "$here/$app_id.desktop" > "$prefix/share/applications/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/"
install -m 644 "$here/$app_id.mime.xml" "$prefix/share/mime/packages/$app_id.xml"
install -D -m 644 "$icons/briefing-desk.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256; do
  install -D -m 644 "$icons/briefing-desk-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "installed $app_id into $prefix (launches $command)"
