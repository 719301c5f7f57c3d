#!/usr/bin/env bash
# The PDFs of `npm run build` and the browser tests use Debian's Chromium (never a downloaded browser); the paper
# tests (and the build's table of contents) read PDFs with poppler-utils (pdfinfo, pdftotext). Install what is
# missing with apt-get, as root; otherwise say exactly what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Ontbreekt: ${missing[*]}. Installeren met apt-get (Debian-pakketten) …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -x "$CHROMIUM" ] && command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && exit 0
fi
echo "Nodig: Chromium op $CHROMIUM (voor de PDF's en de browsertests) en poppler-utils (pdfinfo, pdftotext)." >&2
echo "Installeer het met:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
echo "(of zet CHROMIUM_PATH naar een ander Chromium)." >&2
exit 1
