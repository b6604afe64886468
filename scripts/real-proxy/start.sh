#!/usr/bin/env bash
# A real forward proxy (tinyproxy, from Debian) on 127.0.0.1 for tests: plain HTTP forwarding and HTTPS via CONNECT
# to any port, an access log to read what passed, and optional basic auth.
#   eval "$(scripts/real-proxy/start.sh DIR [USER:PASSWORD])"
# Stdout carries only `export` lines: PROXY_URL (with credentials when given), PROXY_HOSTPORT, PROXY_PID, PROXY_LOG.
# Installs tinyproxy when missing (root, apt). Stop with stop.sh DIR (by PID).
set -euo pipefail
DIR=${1:?usage: start.sh DIR [USER:PASSWORD]}; AUTH=${2:-}
log() { echo "[real-proxy] $*" >&2; }
if ! command -v tinyproxy >/dev/null; then
  log "apt-get install tinyproxy"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tinyproxy) >&2
fi
mkdir -p "$DIR"; DIR=$(cd "$DIR" && pwd)
PORT=$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null \
  || /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
{
  echo "Port $PORT"; echo "Listen 127.0.0.1"; echo "Timeout 60"; echo "MaxClients 200"
  echo "LogFile \"$DIR/access.log\""; echo "LogLevel Info"; echo "PidFile \"$DIR/tinyproxy.pid\""
  echo "Allow 127.0.0.1"; echo "DisableViaHeader Yes"
  # No ConnectPort line: CONNECT is allowed to every port (loopback test servers use random ports).
  [ -n "$AUTH" ] && echo "BasicAuth ${AUTH%%:*} ${AUTH#*:}"
} > "$DIR/tinyproxy.conf"
: > "$DIR/access.log"
tinyproxy -d -c "$DIR/tinyproxy.conf" >>"$DIR/stdout.log" 2>&1 &
PID=$!
for i in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
kill -0 $PID 2>/dev/null || { log "tinyproxy did not start: $(tail -3 "$DIR/stdout.log")"; exit 1; }
echo $PID > "$DIR/proxy.pid"
CRED=""; [ -n "$AUTH" ] && CRED="$AUTH@"
echo "export PROXY_URL='http://${CRED}127.0.0.1:$PORT'"
echo "export PROXY_HOSTPORT='127.0.0.1:$PORT'"
echo "export PROXY_PID=$PID"
echo "export PROXY_LOG='$DIR/access.log'"
log "tinyproxy on 127.0.0.1:$PORT (pid $PID), log $DIR/access.log"
