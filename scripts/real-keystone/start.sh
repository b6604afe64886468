#!/usr/bin/env bash
# Start a real OpenStack Keystone (Debian 12 package python3-keystone 2:22.0.2, "Zed") on
# 127.0.0.1 for stackclient's integration tests (spec/real/). Root is needed only for the one-time apt
# install. Timings, quirks and what the tests rely on: README.md beside this script.
#
# Usage: eval "$(scripts/real-keystone/start.sh [DIR])"   DIR: state dir (config, sqlite db, keys, logs);
#                                                          default: a new temp dir
#        scripts/real-keystone/stop.sh DIR                stops it (the DIR can be started again)
# Stdout carries only `export` lines; progress goes to stderr, server logs to DIR/log/.
# Running it again on the same (stopped) DIR restarts Keystone with the existing data.
# Env (all optional):
#   KEYSTONE_PORT              default 5000 if free, else any free port (an explicitly given busy port is an error)
#   KEYSTONE_TOKEN_EXPIRATION  [token] expiration in seconds, default 60 (see NOTES.md: keystoneauth1 treats
#                              tokens with < 120 s left as expired)
#   KEYSTONE_ADMIN_PASSWORD    default admin-secret;  KEYSTONE_DEMO_PASSWORD default demo-secret
#   KEYSTONE_COMPUTE_URL       default http://127.0.0.1:8774/v2.1    } catalog entries only;
#   KEYSTONE_COMPUTE_URL_R2    default http://127.0.0.1:18774/v2.1   } nothing is started there
#   KEYSTONE_DATABASE_URL      default http://127.0.0.1:8779/v1.0/$(project_id)s
#   KEYSTONE_READY_TIMEOUT     seconds to wait for GET /v3 == 200, default 60
set -euo pipefail

PY=/usr/bin/python3   # Debian's python: a pyenv/venv python3 first on PATH lacks the keystone modules
log() { echo "[real-keystone +${SECONDS}s] $*" >&2; }

DIR=${1:-$(mktemp -d /tmp/real-keystone.XXXXXX)}
mkdir -p "$DIR/log" "$DIR/fernet-keys" "$DIR/credential-keys"
DIR=$(cd "$DIR" && pwd)
chmod 700 "$DIR/fernet-keys" "$DIR/credential-keys"
if [ -f "$DIR/keystone.pid" ] && kill -0 "$(cat "$DIR/keystone.pid")" 2>/dev/null; then
  log "already running in $DIR (pid $(cat "$DIR/keystone.pid")); stop.sh $DIR first"; exit 1
fi
EXPIRATION=${KEYSTONE_TOKEN_EXPIRATION:-60}
ADMIN_PW=${KEYSTONE_ADMIN_PASSWORD:-admin-secret}
DEMO_PW=${KEYSTONE_DEMO_PASSWORD:-demo-secret}
COMPUTE_URL=${KEYSTONE_COMPUTE_URL:-http://127.0.0.1:8774/v2.1}
COMPUTE_URL_R2=${KEYSTONE_COMPUTE_URL_R2:-http://127.0.0.1:18774/v2.1}
DATABASE_URL=${KEYSTONE_DATABASE_URL:-'http://127.0.0.1:8779/v1.0/$(project_id)s'}

# --- packages (skipped when installed). python3-keystone, unlike the 'keystone' package, has no
# dbconfig/debconf questions and starts no service; it also pulls in python3-openstackclient.
missing=""
for p in python3-keystone curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  log "apt-get install$missing (about a minute)"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing \
    >"$DIR/log/apt.log" 2>&1 || { tail -20 "$DIR/log/apt.log" >&2; exit 1; }
fi

# --- port ---
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${KEYSTONE_PORT:-}" ]; then
  PORT=$KEYSTONE_PORT
  port_free "$PORT" || { log "port $PORT on 127.0.0.1 is busy"; exit 1; }
elif port_free 5000; then
  PORT=5000
else
  PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
URL=http://127.0.0.1:$PORT/v3

# --- config: everything lives in $DIR; the server finds it through OS_KEYSTONE_CONFIG_DIR ---
cat >"$DIR/keystone.conf" <<EOF
[DEFAULT]
debug = true
log_file = $DIR/log/keystone.log
use_stderr = false
[database]
# check_same_thread=false: connections leaked by keystone (see WAL below) are closed on other threads
connection = sqlite:///$DIR/keystone.db?check_same_thread=false
[identity]
# bcrypt cost 4 (the minimum) for passwords set from now on: ~25 ms per token instead of ~300 ms
password_hash_rounds = 4
[cache]
# In-process cache: ~5x faster token validation. It is per process, which is fine with the one
# server process below (with several, one could still accept a token another has revoked).
enabled = true
backend = dogpile.cache.memory
[token]
provider = fernet
expiration = $EXPIRATION
[fernet_tokens]
key_repository = $DIR/fernet-keys
[fernet_receipts]
key_repository = $DIR/fernet-keys
[credential]
key_repository = $DIR/credential-keys
EOF
export OS_KEYSTONE_CONFIG_DIR=$DIR
manage() { (cd "$DIR" && keystone-manage --config-file "$DIR/keystone.conf" "$@") >>"$DIR/log/manage.log" 2>&1 \
  || { log "keystone-manage $1 failed, see $DIR/log/manage.log"; return 1; }; }

if [ ! -f "$DIR/keystone.db" ]; then
  log "keystone-manage db_sync, fernet_setup, credential_setup"
  manage fernet_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)" & k1=$!
  manage credential_setup --keystone-user "$(id -un)" --keystone-group "$(id -gn)" & k2=$!
  manage db_sync
  wait $k1; wait $k2
  # WAL: keystone 22 leaves an open read transaction behind on each token issue (federation
  # get_enabled_service_providers returns a lazy query); with sqlite's default rollback journal
  # that blocks every later write: "database is locked", HTTP 500 after 5 s.
  $PY -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("pragma journal_mode=wal")' "$DIR/keystone.db"
fi
# bootstrap is idempotent; re-running it also points the identity endpoints at this $PORT
log "keystone-manage bootstrap"
manage bootstrap --bootstrap-username admin --bootstrap-password "$ADMIN_PW" \
  --bootstrap-project-name admin --bootstrap-role-name admin --bootstrap-service-name keystone \
  --bootstrap-region-id RegionOne --bootstrap-admin-url "$URL" \
  --bootstrap-public-url "$URL" --bootstrap-internal-url "$URL"

# --- start: keystone's WSGI app on wsgiref with a fixed pool of threads. (keystone's own
# keystone-wsgi-public script is single-threaded; a thread per connection leaks an epoll fd
# per thread, from the eventlet hub that oslo.log's lock creates when it has to wait) ---
cd "$DIR"
setsid $PY -c '
import sys
from concurrent.futures import ThreadPoolExecutor
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
class Server(WSGIServer):
    request_queue_size = 128
    pool = ThreadPoolExecutor(8)
    def process_request(self, request, client_address):
        self.pool.submit(self.handle_in_thread, request, client_address)
    def handle_in_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
class Handler(WSGIRequestHandler):
    timeout = 60  # drop a client that stalls for a minute instead of holding a thread forever
port = int(sys.argv.pop(1))  # keystone parses sys.argv itself
from keystone.server.wsgi import initialize_public_application
make_server("127.0.0.1", port, initialize_public_application(), Server, Handler).serve_forever()
' "$PORT" </dev/null >"$DIR/log/server.log" 2>&1 &
PID=$!
echo "$PID" >"$DIR/keystone.pid"
deadline=$((SECONDS + ${KEYSTONE_READY_TIMEOUT:-60}))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL" 2>/dev/null)" = 200 ]; do
  if ! kill -0 "$PID" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
    log "keystone did not become ready; tail of $DIR/log/server.log:"; tail -20 "$DIR/log/server.log" >&2
    kill "$PID" 2>/dev/null || true; exit 1
  fi
  sleep 0.2
done
log "keystone (pid $PID) ready at $URL"

# --- catalog, second region, demo project/user, application credential (once per DIR) ---
if [ ! -f "$DIR/seed.env" ]; then
  log "seeding catalog and demo user"
  OS_AUTH_URL=$URL ADMIN_PW=$ADMIN_PW DEMO_PW=$DEMO_PW COMPUTE_URL=$COMPUTE_URL COMPUTE_URL_R2=$COMPUTE_URL_R2 \
  DATABASE_URL=$DATABASE_URL $PY - >"$DIR/seed.env.tmp" 2>>"$DIR/log/seed.log" <<'EOF' \
    || { log "seeding failed, see $DIR/log/seed.log"; kill "$PID"; exit 1; }
import os, shlex
from keystoneauth1 import session, token_endpoint
from keystoneauth1.identity import v3
from keystoneclient.v3 import client
E = os.environ
def keystone(user, pw, project):
    s = session.Session(auth=v3.Password(auth_url=E['OS_AUTH_URL'], username=user, password=pw,
        project_name=project, user_domain_name='Default', project_domain_name='Default'))
    # keystoneauth1 re-authenticates whenever a token has < 120 s left (i.e. before every call
    # with a short [token] expiration), so use one token as a static token.
    return client.Client(session=session.Session(auth=token_endpoint.Token(E['OS_AUTH_URL'], s.get_token())))
ks = keystone('admin', E['ADMIN_PW'], 'admin')
ks.regions.create(id='RegionTwo', description='second region, for region filtering')
def service(name, type_, endpoints):
    s = ks.services.create(name=name, type=type_, description=name + ' (catalog entry only)')
    for region, interface, url in endpoints:
        ks.endpoints.create(service=s, url=url, interface=interface, region=region)
service('nova', 'compute', [('RegionOne', i, E['COMPUTE_URL']) for i in ('public', 'internal', 'admin')]
        + [('RegionTwo', 'public', E['COMPUTE_URL_R2'])])
service('trove', 'database', [('RegionOne', i, E['DATABASE_URL']) for i in ('public', 'internal', 'admin')])
project = ks.projects.create(name='demo', domain='default', description='demo project')
user = ks.users.create(name='demo', domain='default', password=E['DEMO_PW'], default_project=project)
ks.roles.grant([r for r in ks.roles.list() if r.name == 'member'][0], user=user, project=project)
# only its owner may create an application credential
ac = keystone('demo', E['DEMO_PW'], 'demo').application_credentials.create(
    name='demo-appcred', user=user.id, description='for tests')
admin_user = ks.users.list(name='admin')[0]
admin_project = ks.projects.list(name='admin')[0]
# a role on the Default domain, so the tests can ask for a domain-scoped token (bootstrap grants only
# the admin project and the system)
ks.roles.grant([r for r in ks.roles.list() if r.name == 'admin'][0], user=admin_user, domain='default')
for k, v in [('KEYSTONE_DEMO_USERNAME', 'demo'), ('KEYSTONE_DEMO_PASSWORD', E['DEMO_PW']),
             ('KEYSTONE_DEMO_PROJECT_NAME', 'demo'), ('KEYSTONE_DEMO_PROJECT_ID', project.id),
             ('KEYSTONE_DEMO_USER_ID', user.id),
             ('KEYSTONE_ADMIN_USER_ID', admin_user.id), ('KEYSTONE_ADMIN_PROJECT_ID', admin_project.id),
             ('KEYSTONE_APP_CRED_ID', ac.id), ('KEYSTONE_APP_CRED_NAME', ac.name),
             ('KEYSTONE_APP_CRED_SECRET', ac.secret)]:
    print("export %s=%s" % (k, shlex.quote(v)))
EOF
  mv "$DIR/seed.env.tmp" "$DIR/seed.env"
fi

# %q: the lines stay safe to eval whatever the passwords hold (the recipe quoted with bare '…')
emit() { printf 'export %s=%q\n' "$1" "$2"; }
emit OS_AUTH_URL "$URL"
emit OS_USERNAME admin
emit OS_PASSWORD "$ADMIN_PW"
emit OS_PROJECT_NAME admin
emit OS_USER_DOMAIN_NAME Default
emit OS_PROJECT_DOMAIN_NAME Default
emit OS_REGION_NAME RegionOne
emit OS_IDENTITY_API_VERSION 3
emit KEYSTONE_PID "$PID"
emit KEYSTONE_DIR "$DIR"
emit KEYSTONE_PORT "$PORT"
emit KEYSTONE_TOKEN_EXPIRATION "$EXPIRATION"
cat "$DIR/seed.env"
log "done"
