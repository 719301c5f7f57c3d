#!/usr/bin/env bash
# Does a production install work? The committed code (git archive HEAD) in a temporary folder, installed as an
# operator does (npm ci --omit=dev: no devDependencies), then `npm start` until the CMS and the site both answer and
# the build made its PDFs, and `npm run backup` makes an archive. Fails, showing the end of npm start's output, when
# anything that npm start or the CMS needs at run time is only a devDependency. Run by .ci/run; by hand:
# bash scripts/check-production-install.sh (measured on a busy 2-core machine: npm ci 36-73 s, npm start until
# both answer 2.5-5 min, removing the temporary install afterwards up to 3 min of disk time).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/skt-productie-XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
fail() {
  echo "Productie-installatie: MISLUKT: $1" >&2
  [ -f "$work/start.log" ] && { echo "--- einde van de uitvoer van npm start ---" >&2; tail -n 60 "$work/start.log" >&2; }
  exit 1
}

git archive HEAD | tar -x -C "$work"
cd "$work"
echo "Productie-installatie: npm ci --omit=dev in $work …"
npm ci --omit=dev --no-audit --no-fund --prefer-offline --loglevel=error >"$work/npm-ci.log" 2>&1 || { cat "$work/npm-ci.log" >&2; fail "npm ci --omit=dev"; }
# The check means something only when the test tools really are missing.
[ ! -e node_modules/vitest ] || fail "node_modules/vitest bestaat: --omit=dev liet de devDependencies toch staan"
installed=$(date +%s)

cms_port=$(free_port)
site_port=$(free_port)
echo "Productie-installatie: npm start (CMS op $cms_port, site op $site_port) …"
CMS_PORT=$cms_port SITE_PORT=$site_port setsid npm start >"$work/start.log" 2>&1 </dev/null &
pid=$!

answers() { node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$1"; }
deadline=$((SECONDS + 900))
until answers "http://127.0.0.1:$site_port/" && answers "http://127.0.0.1:$cms_port/api/kernen?limit=1"; do
  kill -0 "$pid" 2>/dev/null || fail "npm start stopte voordat de site en het CMS antwoordden"
  [ $SECONDS -lt $deadline ] || fail "de site en het CMS antwoordden niet binnen 15 minuten"
  sleep 2
done
answers "http://127.0.0.1:$cms_port/admin/login" || fail "het beheer (/admin/login) antwoordt niet"
ls dist/pdf/*.pdf >/dev/null 2>&1 || fail "de build maakte geen PDF's (dist/pdf/)"
# What the nightly backup (deploy/systemd/sociale-kaart-backup.service) runs, on the running installation.
npm run backup -- --uit "$work/backup.tar.gz" >"$work/backup.log" 2>&1 || { cat "$work/backup.log" >&2; fail "npm run backup"; }
[ -s "$work/backup.tar.gz" ] || fail "npm run backup maakte geen archief"
done_at=$(date +%s)
echo "Productie-installatie: gelukt. npm ci --omit=dev $((installed - started)) s, npm start tot site en CMS antwoordden en de back-up $((done_at - installed)) s."
