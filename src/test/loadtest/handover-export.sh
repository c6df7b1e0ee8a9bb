#!/usr/bin/env bash
# The program hand-over's export on the load-test data (10,000 applications, see docs/performance.md), in a JVM held
# to a small heap to show that it streams: prints the time, the peak resident memory and the archive's size.
# Usage: src/test/loadtest/handover-export.sh            (HANDOVER_XMX=256m by default)
#        HANDOVER_FILES=2048 HANDOVER_FILE_KB=512 src/test/loadtest/handover-export.sh
#          first adds that many uploaded files of random bytes (here 1 GB) to the load-test data, once
#          (handover-files.sql, psql on the embedded PostgreSQL of a Pignon started for the purpose)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PIGNON_DATA_DIR="${PIGNON_DATA_DIR:-target/loadtest-data}"
record="$PIGNON_DATA_DIR/loadtest-seed.properties"
jar="target/pignon-0.1.0-SNAPSHOT.jar"
archive="${HANDOVER_ARCHIVE:-target/handover-export.zip}"
if [ ! -f "$record" ]; then
  echo "Seeding $PIGNON_DATA_DIR (a few minutes)"
  ./mvnw -q -Ploadtest test-compile exec:exec
fi
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -q -Dmaven.test.skip=true package
fi
if [ -n "${HANDOVER_FILES:-}" ] && [ ! -f "$PIGNON_DATA_DIR/handover-files.done" ]; then
  command -v psql >/dev/null || { echo "psql is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
  java -jar "$jar" --server.port=8189 > target/handover-files.log 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do curl -s -o /dev/null http://127.0.0.1:8189/ && break; sleep 1; done
  psql -X -q -h 127.0.0.1 -p "$(sed -n 4p "$PIGNON_DATA_DIR/postgres/postmaster.pid")" -U postgres -d postgres \
    -v files="$HANDOVER_FILES" -v kb="${HANDOVER_FILE_KB:-512}" -f src/test/loadtest/handover-files.sql
  kill "$pid"; wait "$pid" || true
  touch "$PIGNON_DATA_DIR/handover-files.done"
fi
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS %M kB, %e s wall, %U s user" \
  java -Xmx"${HANDOVER_XMX:-256m}" -jar "$jar" --pignon.export.to="$archive"
echo "export: $(echo "$(date +%s.%N) - $start" | bc) s, archive $(du -h "$archive" | cut -f1), heap -Xmx${HANDOVER_XMX:-256m}"
unzip -l "$archive" | tail -n 1
