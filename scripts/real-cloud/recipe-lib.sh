# Sourced by the Glance, Nova and Trove recipes: the steps they share. Each recipe defines log() first.

# service_user NAME PASSWORD: the service user keystonemiddleware validates tokens with, admin on project
# `service`; idempotent (an existing user gets this run's password).
service_user() {
  local os=/usr/bin/openstack
  $os project show service >/dev/null 2>&1 || $os project create --domain default service >/dev/null
  if $os user show "$1" >/dev/null 2>&1; then $os user set --password "$2" "$1"; else $os user create --domain default --password "$2" "$1" >/dev/null; fi
  $os role add --project service --user "$1" admin >/dev/null 2>&1 || true
}

# keystone_login NAME PASSWORD: the options with which a service logs in to Keystone as its service user, as in
# [keystone_authtoken] (keystonemiddleware), [service_credentials] and Nova's [placement].
keystone_login() {
  cat <<OPTIONS
auth_url = $OS_AUTH_URL
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $2
OPTIONS
}

# wait_ready NAME PID PORT STATUS TIMEOUT LOGFILE: until GET / on the port answers STATUS; else the log's tail, the
# process killed, and exit 1 (the process died, or TIMEOUT seconds went by).
wait_ready() {
  local name=$1 pid=$2 port=$3 status=$4 deadline=$((SECONDS + $5)) logfile=$6
  until [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = "$status" ]; do
    if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "$name did not become ready; tail of $logfile:"; tail -20 "$logfile" >&2
      kill "$pid" 2>/dev/null || true; exit 1
    fi
    sleep 0.3
  done
}

# random_password PREFIX: a per-run service password (the caller exports it, so a secret scan can look for it).
random_password() {
  echo "$1-$(/usr/bin/python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"
}

# catalog_url TYPE: the catalog's RegionOne public URL for service TYPE, or nothing.
catalog_url() {
  /usr/bin/openstack endpoint list --service "$1" --interface public --region RegionOne -f value -c URL 2>/dev/null | head -1 || true
}

# port_of URL: the URL's port.
port_of() {
  echo "$1" | sed -E 's#^https?://[^:/]+:([0-9]+).*#\1#'
}

# free_port_of URL: the URL's port, which must be free on 127.0.0.1; else a log line and a non-zero status.
free_port_of() {
  local port; port=$(port_of "$1")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "port $port is busy"; return 1; fi
  echo "$port"
}
