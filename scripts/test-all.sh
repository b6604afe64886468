#!/usr/bin/env bash
# The README's test command (`npm test`): every suite, against real things.
#  1. Debian packages for the real cloud (Keystone, Glance, Nova, Trove; python3-troveclient for the `openstack
#     database` commands the CLI parity specs run) and the real Secret Service (installed when missing; needs root),
#     and keytar installed again and loaded when its build failed at `npm install` time (no libsecret then);
#  2. the package built (CLI tests run dist/bin/stackclient.js);
#  3. a real cloud on 127.0.0.1 (scripts/real-cloud/start.sh: Keystone, Glance, the Nova and Trove APIs, on free
#     ports, so it runs beside another cloud on this machine), a real forward proxy with basic auth
#     (tinyproxy, scripts/real-proxy/start.sh) and a real Redis (scripts/real-redis/start.sh), stopped on exit;
#  4. vitest inside a private D-Bus session with an unlocked gnome-keyring (scripts/with-keyring.sh),
#     with DEBUG=stackclient:* so the whole debug output can be searched for secrets afterwards;
#  5. a last line `N passed, N failed, N skipped` summing every test.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "[test-all +${SECONDS}s] $*" >&2; }

pkgs=(python3-keystone python3-glance python3-nova python3-trove python3-troveclient curl dbus gnome-keyring libsecret-1-dev pkg-config
  python3-openstackclient openssh-client tinyproxy redis-server)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then log "missing Debian packages: ${missing[*]} (run as root, or install them)"; exit 1; fi
  log "apt-get install ${missing[*]}"
  apt_started=$SECONDS
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  log "Debian packages installed in $((SECONDS - apt_started)) s"
fi
# On a fresh machine `npm install` ran before libsecret was here: keytar's build failed and npm removed the optional
# package, so `npm rebuild` has nothing to rebuild. Install the locked version again now that libsecret is here (its
# install script is allowed by package.json's allowScripts), and stop unless it loads: the keytar suites need it.
keytar_loads() { node -e "require('keytar')" 2>/dev/null; }
if ! keytar_loads; then
  keytar_version=$(node -p "require('./package-lock.json').packages['node_modules/keytar'].version")
  if [ -d node_modules/keytar ]; then
    log "building keytar@$keytar_version against libsecret"
    npm rebuild keytar --foreground-scripts >&2 || true
  fi
  if ! keytar_loads; then
    log "installing keytar@$keytar_version against libsecret (npm removed it when libsecret was missing)"
    npm install --no-audit --no-fund --no-save --foreground-scripts "keytar@$keytar_version" >&2 || true
  fi
  keytar_loads || { log "keytar@$keytar_version does not load (see the build log above); the keytar suites need it"; exit 1; }
fi

log "npm run build"
npm run build --silent >&2

work=$(mktemp -d /tmp/stackclient-test.XXXXXX)
cleanup() {
  bash scripts/real-cloud/stop.sh "$work/cloud" >/dev/null 2>&1 || true
  bash scripts/real-proxy/stop.sh "$work/proxy" >/dev/null 2>&1 || true
  bash scripts/real-redis/stop.sh "$work/redis" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

log "starting the real cloud (Keystone, Glance, Nova API, Trove API)"
# Tokens live 20 s: the spec/real expiry specs wait for one to expire. Nova and Trove validate tokens with it all the same
# (keystonemiddleware re-authenticates its service user when needed).
cloud_started=$SECONDS
cloud_env=$(KEYSTONE_TOKEN_EXPIRATION=${KEYSTONE_TOKEN_EXPIRATION:-20} bash scripts/real-cloud/start.sh "$work/cloud")
eval "$cloud_env"
log "the real cloud started in $((SECONDS - cloud_started)) s (Keystone :$KEYSTONE_PORT, Glance $GLANCE_URL, Nova $NOVA_URL, Trove $TROVE_URL)"
export STACKCLIENT_REAL_KEYSTONE=1 STACKCLIENT_REAL_CLOUD=1

log "starting a real forward proxy (tinyproxy, basic auth)"
# A random password per run: specs prove it never reaches a log, an error or a curl line.
proxy_password="px-$(node -e 'console.log(require("crypto").randomBytes(9).toString("base64url"))')"
eval "$(bash scripts/real-proxy/start.sh "$work/proxy" "stackclient:$proxy_password")"
export STACKCLIENT_REAL_PROXY_URL="$PROXY_URL" STACKCLIENT_REAL_PROXY_LOG="$PROXY_LOG"
log "starting a real Redis"
eval "$(bash scripts/real-redis/start.sh "$work/redis")"
export STACKCLIENT_REAL_REDIS=1

log "vitest (inside a private Secret Service session)"
status=0
DEBUG='stackclient:*' DEBUG_HIDE_DATE=1 XDG_CONFIG_HOME="$work/config" \
  bash scripts/with-keyring.sh npx vitest run --reporter=default --reporter=json --outputFile.json="$work/results.json" \
  2>"$work/debug.log" || status=$?
# vitest's own stderr lines (not the stackclient:* debug lines) are worth seeing
grep -v 'stackclient:' "$work/debug.log" | tail -n 200 >&2 || true

log "searching the debug output ($(wc -c <"$work/debug.log") bytes) for secrets"
leaks=$(node scripts/find-secrets.mjs "$work/debug.log" "$OS_PASSWORD" "$KEYSTONE_DEMO_PASSWORD" "$KEYSTONE_APP_CRED_SECRET" "$proxy_password" \
  "$GLANCE_SERVICE_PASSWORD" "$NOVA_SERVICE_PASSWORD" "$TROVE_SERVICE_PASSWORD" \
  "$(printf 'stackclient:%s' "$proxy_password" | base64 -w0)") || { echo "$leaks" >&2; status=1; }

node scripts/summarize-results.mjs "$work/results.json" "$status"
