#!/usr/bin/env bash
# The PDFs of `npm run build` and the browser tests use Debian's Chromium (never a downloaded browser); the paper
# tests (and the build's table of contents) read PDFs with poppler-utils (pdfinfo, pdftotext). With --test (what
# `npm test` runs) also Debian's nginx with its brotli module, for the test of the example nginx configuration
# (tests/http/nginx.test.ts starts it itself, on a free port; on a machine with systemd, Debian's package also starts
# the system's nginx unless a policy-rc.d forbids it, as in containers). Install what is missing with apt-get, as root;
# otherwise say exactly what to install. (--test also checks for systemd-analyze, which reads the example units.)
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
for_tests=false
[ "${1:-}" = "--test" ] && for_tests=true
missing_tools() {
  [ -x "$CHROMIUM" ] || echo chromium
  command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || echo poppler-utils
  if $for_tests; then
    [ -x /usr/sbin/nginx ] || echo nginx
    [ -f "$BROTLI_MODULE" ] || echo libnginx-mod-http-brotli-static
    command -v systemd-analyze >/dev/null 2>&1 || echo systemd
  fi
  return 0
}
mapfile -t missing < <(missing_tools)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Ontbreekt: ${missing[*]}. Installeren met apt-get (Debian-pakketten) …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$(missing_tools)" ] && exit 0
fi
echo "Nodig: Chromium op $CHROMIUM (voor de PDF's en de browsertests) en poppler-utils (pdfinfo, pdftotext)." >&2
$for_tests && echo "Voor de tests ook nginx en libnginx-mod-http-brotli-static (deploy/nginx/sociale-kaart.conf) en systemd-analyze (deploy/systemd/)." >&2
echo "Installeer het met:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
echo "(of zet CHROMIUM_PATH naar een ander Chromium)." >&2
exit 1
