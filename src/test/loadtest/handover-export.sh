#!/usr/bin/env bash
# The program hand-over's export on the load-test data (10,000 applications, see docs/performance.md), in a JVM held
# to a small heap to show that it streams: prints the time, the peak resident memory and the archive's size.
# Usage: src/test/loadtest/handover-export.sh            (HANDOVER_XMX=256m by default)
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
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS %M kB, %e s wall, %U s user" \
  java -Xmx"${HANDOVER_XMX:-256m}" -jar "$jar" --pignon.export.to="$archive"
echo "export: $(echo "$(date +%s.%N) - $start" | bc) s, archive $(du -h "$archive" | cut -f1), heap -Xmx${HANDOVER_XMX:-256m}"
unzip -l "$archive" | tail -n 1
