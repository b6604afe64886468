#!/usr/bin/env bash
# The package as a consumer meets it: `npm pack`, the tarball installed into a throwaway project under /tmp, then
#  1. scripts/consumer/readme-example.ts (the README's example, on the fake cloud of `stackclient/testing`)
#     type-checked with strict, module/moduleResolution nodenext and skipLibCheck false, with no @types/* of our
#     dependencies installed: a third-party type in our declarations fails here (TS7016), as do augmentations
#     that no longer resolve (TS2339 on http.compute) and an untyped createClient;
#  2. the compiled example run;
#  3. scripts/consumer/require-stackclient.cjs run: require('stackclient') from CommonJS (Node 20.19+, 22.12+).
# Prints the tarball's size and ends with `consumer check: ok`, or exits non-zero.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "[consumer-check] $*" >&2; }
work=$(mktemp -d /tmp/stackclient-consumer.XXXXXX)
trap 'rm -rf "$work"' EXIT

cd "$repo"
pack=$(npm pack --json --pack-destination "$work" 2>"$work/pack.log") || { cat "$work/pack.log" >&2; exit 1; }
tarball="$work/$(node -e 'const [p] = JSON.parse(process.argv[1]); process.stdout.write(p.filename)' "$pack")"
node -e 'const [p] = JSON.parse(process.argv[1]);
  console.log(`[consumer-check] ${p.filename}: ${p.size} bytes packed, ${p.unpackedSize} unpacked, ${p.entryCount} files`)' "$pack"

consumer="$work/consumer"
mkdir -p "$consumer"
cp scripts/consumer/readme-example.ts scripts/consumer/require-stackclient.cjs scripts/consumer/tsconfig.json "$consumer/"
echo '{ "name": "stackclient-consumer", "private": true, "type": "module" }' >"$consumer/package.json"
types_node=$(node -p 'require("./node_modules/@types/node/package.json").version')
log "npm install the tarball and @types/node@$types_node (optional dependencies left out: no native build here)"
(cd "$consumer" && npm install --no-audit --no-fund --prefer-offline --omit=optional --loglevel=error "$tarball" "@types/node@$types_node" >&2)

log "tsc (strict, nodenext, skipLibCheck false) on readme-example.ts"
node "$repo/node_modules/typescript/bin/tsc" -p "$consumer/tsconfig.json" --listFiles >"$work/files.txt" || {
  grep -v '^/' "$work/files.txt" >&2 || true
  log "the consumer does not type-check"; exit 1
}
third_party=$(grep '/node_modules/' "$work/files.txt" | sed -E 's#.*/node_modules/((@[^/]+/)?[^/]+)/.*#\1#' |
  sort -u | grep -vxE 'stackclient|typescript|@types/node|undici-types' || true)
log "declarations loaded from other packages: ${third_party:-none}"

log "node readme-example.js"
(cd "$consumer" && node out/readme-example.js)
log "node require-stackclient.cjs"
(cd "$consumer" && node require-stackclient.cjs)
echo "consumer check: ok"
