#!/usr/bin/env bash
# Stop a Keystone started by start.sh.  Usage: stop.sh [PID|DIR]  (default: $KEYSTONE_PID, else $KEYSTONE_DIR/keystone.pid)
set -euo pipefail
arg=${1:-${KEYSTONE_PID:-${KEYSTONE_DIR:-}}}
[ -n "$arg" ] || { echo "usage: stop.sh PID|DIR" >&2; exit 2; }
if [ -d "$arg" ]; then
  [ -f "$arg/keystone.pid" ] || { echo "no keystone.pid in $arg: nothing to stop" >&2; exit 0; }
  pid=$(cat "$arg/keystone.pid")
else
  pid=$arg
fi
kill -0 "$pid" 2>/dev/null || { echo "keystone pid $pid is not running" >&2; exit 0; }
kill -TERM "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done
echo "pid $pid still alive after 5 s, sending SIGKILL to its process group" >&2
kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
