#!/usr/bin/env bash
# Fuzzes every Jazzer target of the fuzz module for DURATION seconds each (default 300), one JVM per
# target, one target at a time, then prints a Markdown table per target: seconds, executions, exec/s,
# the corpus libFuzzer kept, the edges covered, and the finding if any. The corpus carries over between runs in
# fuzz/.cifuzz-corpus/, so a second run starts where the first stopped.
# Usage: DURATION=600 bench/fuzz.sh [CLASS#METHOD ...]        (results: bench/results/fuzz.md)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/jdk.sh
duration=${DURATION:-300}
mvn -B -ntp -q -pl fuzz -am package -DskipTests
rm -rf fuzz/target/fuzz-logs
status=0
fuzz/run.sh "$duration" "$@" || status=$?

echo
echo "| target | seconds | executions | exec/s | corpus (inputs / bytes) | cov | finding |"
echo "|---|---:|---:|---:|---:|---:|---|"
for log in fuzz/target/fuzz-logs/*.log; do
    target=$(basename "$log" .log)
    done_line=$(grep -aE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    runs=$(sed -E 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\1/' <<<"$done_line")
    secs=$(sed -E 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\2/' <<<"$done_line")
    rate=$(grep -aE '^stat::average_exec_per_sec' "$log" | awk '{print $2}' | tail -1 || true)
    corpus=$(grep -aoE 'corp: [0-9]+/[0-9]+[bKM]b?' "$log" | tail -1 | sed 's/corp: //' || true)
    cov=$(grep -a DONE "$log" | tail -1 | grep -oE 'cov: [0-9]+' | sed 's/cov: //' || true)
    finding=$(grep -a -m1 -oE 'finding in .*' "$log" | sed -E 's/^finding in [^:]+: //' | cut -c1-160 || true)
    echo "| $target | ${secs:--} | ${runs:--} | ${rate:--} | ${corpus:--} | ${cov:--} | ${finding:-none} |"
done
exit $status
