#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it when missing, as root;
# otherwise say exactly what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt: installeren met apt-get (Debian-pakket chromium) …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "De browsertests hebben Chromium nodig op $CHROMIUM." >&2
echo "Installeer het met:  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "(of zet CHROMIUM_PATH naar een ander Chromium)." >&2
exit 1
