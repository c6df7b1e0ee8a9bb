#!/usr/bin/env bash
# A Pignon cluster on one machine, all on loopback: Debian's PostgreSQL 15 with its own data directory, two Pignon
# instances in the prod profile, HAProxy in front (docs/operations.md, "A cluster on one machine").
#
#   ops/cluster/run.sh start      starts everything, waits until both instances are ready
#   ops/cluster/run.sh stop       stops everything (HAProxy, the instances, PostgreSQL) and keeps the data directory
#   ops/cluster/run.sh kill N     kills instance N (1 or 2) with SIGKILL, as a crash would
#   ops/cluster/run.sh stop-instance N / start-instance N   stops instance N gracefully / starts it again (and waits)
#   ops/cluster/run.sh status     what runs
#
# Settings (environment): CLUSTER_DIR (default target/cluster), PG_PORT (55432), HTTP_PORT (8880, HAProxy),
# INSTANCE_PORTS ("8881 8882"), MANAGEMENT_PORTS ("9881 9882"), PIGNON_JAR (default: the jar in target/; build it with
# ./mvnw -B package -DskipTests) or PIGNON_CLASSPATH (a classpath to run ca.pignon.PignonApplication from, as the
# tests do), JAVA_OPTS (default -Xmx512m), and any of Pignon's variables (SPRING_MAIL_HOST, PIGNON_ADMIN_EMAIL…),
# passed to both instances. PostgreSQL trusts loopback connections: this cluster is a rehearsal, never production.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLUSTER_DIR=${CLUSTER_DIR:-target/cluster}
PG_PORT=${PG_PORT:-55432}
HTTP_PORT=${HTTP_PORT:-8880}
read -r -a INSTANCE_PORTS <<< "${INSTANCE_PORTS:-8881 8882}"
read -r -a MANAGEMENT_PORTS <<< "${MANAGEMENT_PORTS:-9881 9882}"
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
HAPROXY=${HAPROXY:-/usr/sbin/haproxy}
mkdir -p "$CLUSTER_DIR"
CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd)

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user (Debian's package creates it).
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local data=$CLUSTER_DIR/pg
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" -ne 0 ] || chown postgres "$CLUSTER_DIR" "$data"
    as_postgres "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$CLUSTER_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $CLUSTER_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'pignon'" | grep -q 1 \
    || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres pignon
}

start_instance() {
  local n=$1 port=${INSTANCE_PORTS[$(($1 - 1))]} management=${MANAGEMENT_PORTS[$(($1 - 1))]}
  local command
  if [ -n "${PIGNON_CLASSPATH:-}" ]; then
    command=(java $JAVA_OPTS -cp "$PIGNON_CLASSPATH" ca.pignon.PignonApplication)
  else
    local jar=${PIGNON_JAR:-$(ls target/pignon-*.jar 2>/dev/null | grep -v -- '-plain' | head -1)}
    [ -n "$jar" ] || { echo "No jar: ./mvnw -B package -DskipTests, or set PIGNON_JAR" >&2; exit 1; }
    command=(java $JAVA_OPTS -jar "$jar")
  fi
  SPRING_PROFILES_ACTIVE=prod SERVER_PORT=$port MANAGEMENT_SERVER_PORT=$management SERVER_ADDRESS=127.0.0.1 \
    MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pignon" SPRING_DATASOURCE_USERNAME=postgres \
    SERVER_FORWARD_HEADERS_STRATEGY=native SERVER_SERVLET_SESSION_COOKIE_SECURE=false \
    PIGNON_PUBLIC_URL=${PIGNON_PUBLIC_URL:-http://127.0.0.1:$HTTP_PORT} \
    nohup "${command[@]}" > "$CLUSTER_DIR/pignon-$n.log" 2>&1 &
  echo $! > "$CLUSTER_DIR/pignon-$n.pid"
}

wait_ready() {
  local n=$1 management=${MANAGEMENT_PORTS[$(($1 - 1))]}
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$management/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$(cat "$CLUSTER_DIR/pignon-$n.pid")" 2>/dev/null; then
      echo "Instance $n stopped; its log: $CLUSTER_DIR/pignon-$n.log" >&2; tail -30 "$CLUSTER_DIR/pignon-$n.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "Instance $n not ready after 120 s; its log: $CLUSTER_DIR/pignon-$n.log" >&2
  exit 1
}

start_haproxy() {
  cat > "$CLUSTER_DIR/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  option forwardfor
  option redispatch
  retries 2
frontend pignon
  bind 127.0.0.1:$HTTP_PORT
  # the instances trust what this proxy says of the client: never what the client says of itself
  http-request del-header X-Forwarded-For
  http-request set-header X-Forwarded-Proto http
  http-request set-header X-Forwarded-Port %[dst_port]
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  default-server inter 1s fall 2 rise 2
  server pignon1 127.0.0.1:${INSTANCE_PORTS[0]} check port ${MANAGEMENT_PORTS[0]}
  server pignon2 127.0.0.1:${INSTANCE_PORTS[1]} check port ${MANAGEMENT_PORTS[1]}
CFG
  "$HAPROXY" -f "$CLUSTER_DIR/haproxy.cfg" -D -p "$CLUSTER_DIR/haproxy.pid"
}

stop_pid() {
  local file=$1 signal=${2:-TERM}
  if [ -f "$file" ]; then
    local pid; pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
      kill -s "$signal" "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
  fi
}

case "${1:-}" in
  start)
    start_postgres
    start_instance 1
    start_instance 2
    wait_ready 1
    wait_ready 2
    start_haproxy
    echo "Pignon on http://127.0.0.1:$HTTP_PORT (instances ${INSTANCE_PORTS[*]}, PostgreSQL on $PG_PORT)"
    ;;
  stop)
    stop_pid "$CLUSTER_DIR/haproxy.pid"
    stop_pid "$CLUSTER_DIR/pignon-1.pid"
    stop_pid "$CLUSTER_DIR/pignon-2.pid"
    if [ -s "$CLUSTER_DIR/pg/PG_VERSION" ]; then
      as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  kill)
    stop_pid "$CLUSTER_DIR/pignon-${2:?instance number}.pid" KILL
    ;;
  stop-instance)
    # a rolling restart's first half: HAProxy sees the instance's readiness fail and sends nothing more to it
    stop_pid "$CLUSTER_DIR/pignon-${2:?instance number}.pid"
    ;;
  start-instance)
    start_instance "${2:?instance number}"
    wait_ready "$2"
    ;;
  status)
    for f in "$CLUSTER_DIR"/*.pid; do [ -e "$f" ] && echo "$(basename "$f" .pid): $(cat "$f")"; done
    as_postgres "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg" status || true
    ;;
  *)
    echo "usage: $0 start|stop|kill N|stop-instance N|start-instance N|status" >&2
    exit 2
    ;;
esac
