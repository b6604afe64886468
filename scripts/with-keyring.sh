#!/usr/bin/env bash
# with-keyring.sh CMD [ARG...]
# Runs CMD in a private D-Bus session whose Secret Service (org.freedesktop.secrets) is a throwaway,
# unlocked gnome-keyring, and exits with CMD's status. Installs the Debian packages it needs when
# they are missing (needs root then). Used to run the real-keyring specs:
#   bash scripts/with-keyring.sh npx vitest run spec/keyring
# Facts behind each step (verified on Debian 12): keytar and @napi-rs/keyring reject within ~10 ms
# when there is no Secret Service; a login keyring made with another password stays locked and every
# write then fails, hence a fresh XDG_DATA_HOME per run; dbus-daemon's "Failed to set fd limit" as
# root in a container is harmless.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: ${0##*/} CMD [ARG...]" >&2; exit 2; }

# dbus: dbus-run-session, dbus-send. gnome-keyring: the Secret Service.
# libsecret-1-dev, pkg-config: only for building keytar from source (@napi-rs/keyring needs neither).
pkgs=(dbus gnome-keyring libsecret-1-dev pkg-config)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "with-keyring: installing ${missing[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# A fresh keyring every run: a login keyring left from another run with another password stays locked.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"

status=0
dbus-run-session -- bash -c '
  call() { dbus-send --session --print-reply=literal --dest="$1" "$2" "${@:3}" 2>/dev/null; }
  owned() { call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true; }
  # Foreground, so this shell holds its PID and stops it: the daemon does not reliably exit with the bus.
  printf %s with-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  kpid=$!
  trap "kill $kpid 2>/dev/null" EXIT
  # Wait until it owns the name (NameHasOwner never activates): a client that calls earlier makes
  # D-Bus start a second daemon that is locked and outlives the session.
  up=
  for _ in $(seq 100); do owned && { up=1; break; }; sleep 0.05; done
  [ -n "$up" ] && call org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
      org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked | grep -q false \
    || { echo "with-keyring: gnome-keyring did not come up unlocked" >&2; exit 125; }
  "$@"
' with-keyring "$@" || status=$?
exit "$status"
