#!/usr/bin/env bash
# The staff list's throughput through HAProxy with two instances and with one, in the same run (issue 12; results in
# docs/performance.md, "Several instances behind HAProxy"). On two cores the point is that nothing breaks when an
# instance leaves or comes back, not a speed-up.
#
#   1. builds the jar when missing or older than the sources;
#   2. starts the cluster (ops/cluster/run.sh: PostgreSQL 15, two instances in the prod profile, HAProxy);
#   3. seeds its database once with LOADTEST_APPLICATIONS (10,000) fictional applications and an open round, through
#      the modules' APIs (ca.pignon.loadtest.LoadTestSeeder, as the single-instance load test does);
#   4. signs in as the seeded manager through HAProxy, then measures /intake/applications (first, middle and last page)
#      with wrk through HAProxy: two instances, one (instance 2 stopped gracefully, as a rolling restart does), two
#      again (instance 2 started again); counts non-2xx answers and socket errors in each round;
#   5. stops the cluster (its data directory is kept for the next run: seeding happens once).
#
# Settings (environment): CLUSTER_DIR (target/cluster-throughput), LOADTEST_APPLICATIONS (10000), LOADTEST_WARMUP (20,
# seconds per round), LOADTEST_DURATION (30), LOADTEST_CONNECTIONS (20), LOADTEST_THREADS (2), and run.sh's ports.
# Needs java 17, curl, wrk, and Debian's postgresql-15 and haproxy.
set -euo pipefail
cd "$(dirname "$0")/../.."

export CLUSTER_DIR=${CLUSTER_DIR:-target/cluster-throughput}
export PG_PORT=${PG_PORT:-55432} HTTP_PORT=${HTTP_PORT:-8880}
applications=${LOADTEST_APPLICATIONS:-10000}
warmup=${LOADTEST_WARMUP:-20}
duration=${LOADTEST_DURATION:-30}
connections=${LOADTEST_CONNECTIONS:-20}
threads=${LOADTEST_THREADS:-2}
base="http://127.0.0.1:$HTTP_PORT"
jar=target/pignon-0.1.0-SNAPSHOT.jar
seed_dir="$CLUSTER_DIR/seed"
record="$seed_dir/loadtest-seed.properties"

for tool in java curl wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
done
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building $jar"
  ./mvnw -q -Dmaven.test.skip=true package
fi
export PIGNON_JAR=$jar
mkdir -p "$CLUSTER_DIR"
trap 'ops/cluster/run.sh stop' EXIT
ops/cluster/run.sh start

if [ ! -f "$record" ]; then
  echo "Seeding $applications applications into the cluster's database (a few minutes, once)"
  seed_start=$(date +%s)
  LOADTEST_EXTERNAL_DATABASE=yes LOADTEST_APPLICATIONS=$applications PIGNON_DATA_DIR=$seed_dir \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pignon" SPRING_DATASOURCE_USERNAME=postgres \
    ./mvnw -q -Ploadtest test-compile exec:exec
  echo "Seeded in $(($(date +%s) - seed_start)) s (Maven included)"
fi
prop() { sed -n "s/^$1=//p" "$record" | head -n 1; }
manager=$(prop manager.email)
password=$(prop password)
seeded=$(prop applications)

cookie_jar=$(mktemp)
csrf=$(curl -s -c "$cookie_jar" -b "$cookie_jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
  | sed 's/.*value="\([^"]*\)"/\1/')
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$cookie_jar" -b "$cookie_jar" \
  --data-urlencode "username=$manager" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/login")
case "$location" in */start) ;; *) echo "Sign-in of $manager failed (redirected to '$location')" >&2; exit 1 ;; esac
# the session is Spring Session's, in PostgreSQL: the same cookie works on either instance
export PIGNON_COOKIE=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$cookie_jar" | tail -n 1)
rm -f "$cookie_jar"
last=$(((seeded + 24) / 25 - 1))
export PIGNON_PATHS="/intake/applications?page=0 /intake/applications?page=$((last / 2)) /intake/applications?page=$last"
export PIGNON_ACCEPT=text/html PIGNON_THINK_MS=0
for path in $PIGNON_PATHS; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $PIGNON_COOKIE" "$base$path")
  [ "$status" = 200 ] || { echo "GET $path answers $status through HAProxy, not 200" >&2; exit 1; }
done

summary=()
measure() { # $1: the round's name
  echo
  echo "== $1: $PIGNON_PATHS"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 30s -s src/test/loadtest/pages.lua "$base" >/dev/null
  echo "   wrk -t$threads -c$connections -d${duration}s --timeout 30s --latency -s src/test/loadtest/pages.lua $base"
  output=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency -s src/test/loadtest/pages.lua "$base")
  echo "$output" | sed 's/^/   /'
  non2xx=$(echo "$output" | sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p')
  socket=$(echo "$output" | sed -n 's/.*Socket errors: \(.*\)/\1/p')
  summary+=("$1: $(echo "$output" | grep '^PIGNON' | sed 's/^PIGNON //'); non-2xx ${non2xx:-0}; socket errors: ${socket:-none}")
}
measure "two instances"
ops/cluster/run.sh stop-instance 2
sleep 3 # HAProxy checks readiness every second and takes an instance out after two failures
measure "one instance (instance 2 stopped)"
ops/cluster/run.sh start-instance 2
sleep 3 # and takes it back after two good answers
measure "two instances (instance 2 back)"

echo
echo "== Summary ($(date -u +%Y-%m-%dT%H:%MZ); nproc=$(nproc); $seeded applications; ${warmup}s warm-up, ${duration}s measured, -t$threads -c$connections, through HAProxy)"
for line in "${summary[@]}"; do
  echo "$line"
done
