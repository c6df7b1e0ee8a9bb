#!/usr/bin/env bash
# Load test of the staff pages on loopback, as recorded in docs/performance.md:
#   1. seeds target/loadtest-data with 10,000 fictional eligible applications and an open round, unless done before
#      (ca.pignon.loadtest.LoadTestSeeder, through the modules' APIs);
#   2. builds the jar if it is missing or older than the sources, and starts it on that data, on port 8180;
#   3. signs in as the seeded manager (form login with its CSRF token; the GETs measured need only the cookie);
#   4. for each target: warms up, then runs wrk and prints p50/p90/p95/p99, requests/s and errors;
#   5. with the target "bare" (issue 19), also builds and starts src/test/loadtest/bare, a bare Spring Boot page with
#      Spring Security and a form (port 8181), measures it in the same run, and prints each page's requests/s as a share
#      of the bare page's in the same round.
#
#   src/test/loadtest/run.sh                              # every target, 60 s warm-up, 30 s measured, 20 connections
#   LOADTEST_TARGETS=ranking src/test/loadtest/run.sh     # ranking | staff | api | static, separated by spaces
#   LOADTEST_TARGETS="bare privacy home static css staff ranking" LOADTEST_ROUNDS=2 LOADTEST_WARMUP=10 \
#     LOADTEST_DURATION=15 src/test/loadtest/run.sh       # the page floor (issue 19): ratios to the bare page
#   LOADTEST_TARGETS="dashboard program myplan" src/test/loadtest/run.sh   # carrying out plans (issue 6): seeds
#     10,000 retained merchants with 50 advisors and 100,000 plan actions the first time (accompaniment.sql, psql)
#
# Settings (environment): PIGNON_DATA_DIR (target/loadtest-data), LOADTEST_PORT (8180), LOADTEST_WARMUP (60, seconds
# per target), LOADTEST_DURATION (30), LOADTEST_CONNECTIONS (20), LOADTEST_THREADS (2, wrk threads),
# LOADTEST_TARGETS ("ranking staff api static"; also bare, privacy, home, css), LOADTEST_ROUNDS (1: the targets
# measured again, in the same order, that many times), LOADTEST_BARE_PORT (8181), LOADTEST_JFR (a directory: each
# measured run of a Pignon page in the last round is recorded there with JDK Flight Recorder, <target>-<round>.jfr, settings=profile;
# summarise one with src/test/loadtest/jfr-top.py), LOADTEST_THINK_MS (0: each of the connections asks for its next page as soon as
# it has the previous one; 1000: a person who reads for 0.5 to 1.5 s between pages), LOADTEST_RANKING_PAGE_SIZE (50: the rows per page of the ranking page, to
# find its last page), LOADTEST_JAR (a jar to measure as it is; by default target/pignon-0.1.0-SNAPSHOT.jar, built
# when missing or older than the sources), LOADTEST_JAVA_OPTS (none).
# Needs java 17, curl and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=src/test/loadtest

export PIGNON_DATA_DIR=${PIGNON_DATA_DIR:-target/loadtest-data}
port=${LOADTEST_PORT:-8180}
warmup=${LOADTEST_WARMUP:-60}
duration=${LOADTEST_DURATION:-30}
connections=${LOADTEST_CONNECTIONS:-20}
threads=${LOADTEST_THREADS:-2}
export PIGNON_THINK_MS=${LOADTEST_THINK_MS:-0}
targets=${LOADTEST_TARGETS:-ranking staff api static}
rounds=${LOADTEST_ROUNDS:-1}
bare_port=${LOADTEST_BARE_PORT:-8181}
bare_jar=$here/bare/target/pignon-bare-page-0.1.0-SNAPSHOT.jar
ranking_page_size=${LOADTEST_RANKING_PAGE_SIZE:-50}
jar=${LOADTEST_JAR:-target/pignon-0.1.0-SNAPSHOT.jar}
base="http://127.0.0.1:$port"
record="$PIGNON_DATA_DIR/loadtest-seed.properties"

for tool in java curl wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  echo "SPRING_DATASOURCE_URL is set: the load test runs on its own embedded database; unset it" >&2
  exit 1
fi
if [ "$(realpath -m "$PIGNON_DATA_DIR")" = "$(realpath -m data)" ]; then
  echo "PIGNON_DATA_DIR is the developer's ./data: choose a directory of its own" >&2
  exit 1
fi
if curl -s -o /dev/null "$base/"; then
  echo "Something already answers on port $port: stop it or set LOADTEST_PORT" >&2
  exit 1
fi

# --- 1. seed ---------------------------------------------------------------------------------------------------------
if [ ! -f "$record" ]; then
  if [ -d "$PIGNON_DATA_DIR/postgres" ]; then
    echo "Removing the unfinished seeding in $PIGNON_DATA_DIR/postgres"
    rm -rf "$PIGNON_DATA_DIR/postgres"
  fi
  echo "Seeding $PIGNON_DATA_DIR (a few minutes)"
  seed_start=$(date +%s)
  ./mvnw -q -Ploadtest test-compile exec:exec
  echo "Seeded in $(($(date +%s) - seed_start)) s (Maven included)"
fi
prop() { sed -n "s/^$1=//p" "$record" | head -n 1; }
round=$(prop round.id)
applications=$(prop applications)
manager=$(prop manager.email)
password=$(prop password)

# --- 2. start the jar ------------------------------------------------------------------------------------------------
if [ -n "${LOADTEST_JAR:-}" ]; then
  [ -f "$jar" ] || { echo "LOADTEST_JAR $jar does not exist" >&2; exit 1; }
elif [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building $jar"
  ./mvnw -q -Dmaven.test.skip=true package
fi
log="$PIGNON_DATA_DIR/server.log"
# shellcheck disable=SC2086
SERVER_PORT=$port PIGNON_PUBLIC_URL="http://localhost:$port" java ${LOADTEST_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
server=$!
bare_server=
trap 'kill "$server" $bare_server 2>/dev/null; wait "$server" $bare_server 2>/dev/null || true' EXIT
echo "Pignon starting (pid $server, log $log)"
for _ in $(seq 1 180); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "Pignon stopped; see $log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "Pignon did not start in 180 s; see $log" >&2; exit 1; }

# --- 2a. the bare page (issue 19): the same parent, Spring Security, one Thymeleaf page with a form -------------------
case " $targets " in
  *" bare "*)
    if curl -s -o /dev/null "http://127.0.0.1:$bare_port/"; then
      echo "Something already answers on port $bare_port: stop it or set LOADTEST_BARE_PORT" >&2
      exit 1
    fi
    if [ ! -f "$bare_jar" ] || [ -n "$(find "$here/bare/src" "$here/bare/pom.xml" -newer "$bare_jar" -print -quit)" ]; then
      echo "Building $bare_jar"
      ./mvnw -q -B -f "$here/bare/pom.xml" -DskipTests package
    fi
    # shellcheck disable=SC2086
    SERVER_PORT=$bare_port java ${LOADTEST_JAVA_OPTS:-} -jar "$bare_jar" >"$PIGNON_DATA_DIR/bare.log" 2>&1 &
    bare_server=$!
    for _ in $(seq 1 60); do
      curl -fs -o /dev/null "http://127.0.0.1:$bare_port/" && break
      sleep 1
    done
    curl -fs -o /dev/null "http://127.0.0.1:$bare_port/" || { echo "The bare page did not start; see $PIGNON_DATA_DIR/bare.log" >&2; exit 1; }
    echo "Bare page started (pid $bare_server, port $bare_port)"
    ;;
esac

# --- 2b. the accompaniment (issue 6): 10,000 merchants retained with 50 advisors, 100,000 plan actions ---------------
accompaniment="$PIGNON_DATA_DIR/accompaniment.seeded"
psql_embedded() { # psql on the embedded PostgreSQL Pignon started (its port is on the 4th line of postmaster.pid)
  psql -X -q -h 127.0.0.1 -p "$(sed -n 4p "$PIGNON_DATA_DIR/postgres/postmaster.pid")" -U postgres -d postgres "$@"
}
case " $targets " in
  *" dashboard "*|*" program "*|*" myplan "*|*" reports "*)
    command -v psql >/dev/null || { echo "psql is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
    if [ ! -f "$accompaniment" ]; then
      echo "Seeding the accompaniment (src/test/loadtest/accompaniment.sql)"
      psql_embedded -v manager="$manager" -f "$here/accompaniment.sql"
      touch "$accompaniment"
    fi
    advisor=conseil7@charge.pignon.test
    merchant=$(psql_embedded -At -c "SELECT a.email FROM platform_account a JOIN progress_task t ON t.merchant_id = a.id
      GROUP BY a.email ORDER BY a.email LIMIT 1")
    ;;
esac

# --- 3. sign in ------------------------------------------------------------------------------------------------------
sign_in() { # prints the session cookie of $1 (the seeded password)
  local jar_file csrf location session
  jar_file=$(mktemp)
  csrf=$(curl -s -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar_file" -b "$jar_file" \
    --data-urlencode "username=$1" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$base/login")
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_file" | tail -n 1)
  rm -f "$jar_file"
  case "$location" in
    */start|*/intake/my) echo "Signed in as $1" >&2 ;;
    *) echo "Sign-in of $1 failed (redirected to '$location')" >&2; exit 1 ;;
  esac
  echo "JSESSIONID=$session"
}
manager_cookie=$(sign_in "$manager")

# --- 4. measure ------------------------------------------------------------------------------------------------------
pages() { # first, middle and last page (numbered from 0) of a list of $1 rows, $2 per page
  local last=$((($1 + $2 - 1) / $2 - 1))
  echo "0 $((last / 2)) $last"
}
paths_of() {
  local prefix=$1 list=() page
  for page in $2; do list+=("$prefix$page"); done
  echo "${list[*]}"
}
summary=()
ratios=()
machine="nproc=$(nproc), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $(java -version 2>&1 | head -n 1)"
for round_number in $(seq 1 "$rounds"); do
bare_rps=
for target in $targets; do
  export PIGNON_COOKIE="$manager_cookie"
  url=$base
  case "$target" in
    # issue 19: the bare page, and Pignon's pages of the floor as an anonymous visitor gets them (no cookie)
    bare)    PIGNON_COOKIE=; url="http://127.0.0.1:$bare_port"; paths="/"; accept=text/html ;;
    privacy) PIGNON_COOKIE=; paths="/privacy"; accept=text/html ;;
    home)    PIGNON_COOKIE=; paths="/"; accept=text/html ;;
    css)     PIGNON_COOKIE=; paths="/assets/css/pignon.css"; accept=text/css ;;
    ranking) paths=$(paths_of "/selection/rounds/$round/ranking?page=" "$(pages "$applications" "$ranking_page_size")")
             accept=text/html ;;
    staff)   paths=$(paths_of "/intake/applications?page=" "$(pages "$applications" 25)"); accept=text/html ;;
    api)     paths=$(paths_of "/api/v1/intake/applications?page=" "$(pages "$applications" 25)"); accept=application/json ;;
    # the floor: a page with the layout and no data (the same filters, session and layout as every other page)
    static)  paths="/privacy"; accept=text/html ;;
    # an advisor's caseload (about 200 merchants, 50 a page), the managers' whole program, a merchant's "Mon plan"
    dashboard) PIGNON_COOKIE=$(sign_in "$advisor"); paths="/followup?page=0 /followup?page=1 /followup?page=3"
               accept=text/html ;;
    program) paths=$(paths_of "/followup?page=" "$(pages "$applications" 50)"); accept=text/html ;;
    myplan)  PIGNON_COOKIE=$(sign_in "$merchant"); paths="/progress/my"; accept=text/html ;;
    # the City's dashboard with its default parameters, as a manager (the 10,000 dossiers of the accompaniment)
    reports) paths="/reports"; accept=text/html ;;
    *) echo "Unknown target $target (ranking, staff, api, static, dashboard, program, myplan, reports, bare, privacy, home, css)" >&2
       exit 1 ;;
  esac
  ok=true
  for path in $paths; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $PIGNON_COOKIE" -H "Accept: $accept" "$url$path")
    if [ "$status" != 200 ]; then
      echo "$target: GET $path answers $status, not 200: not measured" >&2
      ok=false
    fi
  done
  $ok || { summary+=("$target: not measured (a page does not answer 200)"); continue; }
  export PIGNON_PATHS="$paths" PIGNON_ACCEPT="$accept"
  echo
  echo "== $target (round $round_number of $rounds): $url $paths"
  echo "   warm-up ${warmup}s, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 30s -s "$here/pages.lua" "$url" | grep '^PIGNON' | sed 's/^PIGNON/   warm-up:/'
  echo "   load average before the measured run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   wrk -t$threads -c$connections -d${duration}s --timeout 30s --latency -s $here/pages.lua $url"
  recording=
  if [ -n "${LOADTEST_JFR:-}" ] && [ "$target" != bare ] && [ "$round_number" = "$rounds" ]; then
    mkdir -p "$LOADTEST_JFR"
    recording=$(realpath -m "$LOADTEST_JFR/$target-$round_number.jfr")
    jcmd "$server" JFR.start name=loadtest settings=profile filename="$recording" >/dev/null
  fi
  output=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency -s "$here/pages.lua" "$url")
  if [ -n "$recording" ]; then
    jcmd "$server" JFR.stop name=loadtest >/dev/null
    echo "   profile: $recording (src/test/loadtest/jfr-top.py $recording)"
  fi
  echo "$output" | sed 's/^/   /'
  line=$(echo "$output" | grep '^PIGNON' | sed 's/^PIGNON //')
  summary+=("round $round_number, $target: $line (load average after: $(cut -d' ' -f1-3 /proc/loadavg))")
  rps=$(echo "$line" | sed -n 's/.* rps=\([0-9.]*\).*/\1/p')
  p50=$(echo "$line" | sed -n 's/.* p50_ms=\([0-9.]*\).*/\1/p')
  p95=$(echo "$line" | sed -n 's/.* p95_ms=\([0-9.]*\).*/\1/p')
  [ "$target" = bare ] && bare_rps=$rps
  if [ -n "$bare_rps" ]; then
    ratios+=("$(awk -v r="$round_number" -v t="$target" -v rps="$rps" -v bare="$bare_rps" -v p50="$p50" -v p95="$p95" \
      'BEGIN { printf "round %s  %-8s %9.1f req/s  p50 %7.1f ms  p95 %7.1f ms  %6.1f %% of the bare page\n", r, t, rps, p50, p95, 100 * rps / bare }')")
  fi
done
done

echo
echo "== Summary ($(date -u +%Y-%m-%dT%H:%MZ); $machine; $applications applications; ${warmup}s warm-up, ${duration}s measured, -t$threads -c$connections, think time ${PIGNON_THINK_MS} ms)"
for line in "${summary[@]}"; do
  echo "$line"
done
if [ "${#ratios[@]}" -gt 0 ]; then
  echo
  echo "== Requests per second as a share of the bare page's, measured in the same round (bare first in LOADTEST_TARGETS)"
  for line in "${ratios[@]}"; do
    echo "$line"
  done
fi
