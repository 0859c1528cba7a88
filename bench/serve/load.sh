#!/usr/bin/env bash
# Load test of `textkit classify serve`: for each classifier kind of io.textkit.bench.ServedClassifier,
# trains a model by its recipe on Kim's rt-polarity.all, serves it on a free loopback port, and runs
# wrk (POST /v1/classify, one sentence per request, bench/serve/classify.lua) with 1, 8 and 64
# connections after a warm-up. Writes requests/s, p50, p99 and errors per kind to bench/results/serve.md,
# with the single-call latencies of io.textkit.bench.ClassifierLatencyBenchmark (JMH) before them.
#
#   bench/serve/load.sh                 # every kind
#   bench/serve/load.sh textcnn         # just these kinds
#
# Environment: DURATION (per measured run, default 15s), WARMUP (default 10s), SERVER_THREADS (the
# server's --threads, default the number of cores), JMH=0 (skip the latency benchmark), TEXTKIT_DATA
# (the shared/data folder, default ../shared/data beside the repository), OUT (default
# bench/results/serve.md), NOTE (a paragraph for the file, e.g. what else the machine was running).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

data_root="${TEXTKIT_DATA:-$root/../shared/data}"
data="$data_root/sentiment/kim2014/rt-polarity.all"
[ -f "$data" ] || { echo "load.sh: no training data at $data; set TEXTKIT_DATA to the shared/data folder" >&2; exit 1; }
duration="${DURATION:-15s}"
warmup="${WARMUP:-10s}"
cores="$(nproc)"
server_threads="${SERVER_THREADS:-$cores}"
out="${OUT:-$root/bench/results/serve.md}"
script="$root/bench/serve/classify.lua"
connections=(1 8 64)
load() { cut -d' ' -f1-3 /proc/loadavg; }

work="$(mktemp -d -t textkit-serve.XXXXXX)"
server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

echo "load.sh: building the textkit and benchmark jars..." >&2
(cd "$root" && mvn -B -ntp -q -pl app,bench -am package -DskipTests >"$work/build.log" 2>&1) \
    || { tail -n 30 "$work/build.log" >&2; exit 1; }
java=("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector)
if [ $# -gt 0 ]; then
    names="$(printf '%s\n' "$@" | tr '[:lower:]' '[:upper:]')"
else
    names="$("${java[@]}" -cp "$root/bench/target/benchmarks.jar" io.textkit.bench.ServedClassifier --kinds)"
fi
mapfile -t kinds <<<"$names"
"${java[@]}" -cp "$root/bench/target/benchmarks.jar" io.textkit.bench.ServedClassifier "$data" "$work" "${kinds[@]}" >&2

latency=""
if [ "${JMH:-1}" != 0 ]; then
    echo "load.sh: JMH ClassifierLatencyBenchmark (about 40 s per kind)..." >&2
    jmh_load="$(load)"
    "${java[@]}" -jar "$root/bench/target/benchmarks.jar" ClassifierLatencyBenchmark -f 1 -wi 3 -i 5 \
        -p kind="$(IFS=,; echo "${kinds[*]}")" \
        -jvmArgsAppend "-Dtextkit.data=$data_root" \
        -rf csv -rff "$work/jmh.csv" >"$work/jmh.txt" 2>&1 || { tail -n 30 "$work/jmh.txt" >&2; exit 1; }
    # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: kind"
    rows="$(tr -d '"\r' <"$work/jmh.csv" | awk -F, 'NR > 1 {
        sub(/.*\./, "", $1); printf "| %s | %s | %.1f ± %.1f |\n", $1, ($8 == "" ? "—" : $8), $5, $6 }')"
    latency="## Latency of one call, in process

\`ClassifierLatencyBenchmark\` (JMH, 1 fork, 3 × 2 s warm-up, 5 × 2 s measurement, one thread):
\`oneSentence\` is \`TextClassifier.probabilities\` of the same 22-token sentence, \`batchOf32\` is
\`predictAll\` of 32 sentences of the corpus in one call, \`tokenize\` the baseline (tokenization
alone). Microseconds per call, mean ± JMH's 99.9 % error; load average before the run
(1/5/15 min): $jmh_load.

| benchmark | kind | µs/call |
|---|---|---:|
$rows
"
fi

# Starts the server on a free port (--port 0) and sets $url once /health answers.
start_server() {
    "$root/textkit" classify serve --model "$1" --port 0 --threads "$server_threads" >"$work/server.log" 2>&1 &
    server_pid=$!
    url=""
    for _ in $(seq 600); do
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "load.sh: the server died" >&2; exit 1; }
        url="$(sed -n 's/^serving .* on \(http:[^ ]*\) .*/\1/p' "$work/server.log")"
        if [ -n "$url" ] && curl -fsS "${url}health" >/dev/null 2>&1; then
            return
        fi
        sleep 0.1
    done
    echo "load.sh: the server did not answer /health within 60 s" >&2
    exit 1
}

# One wrk run: prints "requests/s p50_ms p99_ms errors" from the script's RESULT line.
run_wrk() {
    local c=$1 length=$2 threads=$(( $1 < cores ? $1 : cores ))
    wrk -t"$threads" -c"$c" -d"$length" --latency -s "$script" "${url}v1/classify" >"$work/wrk.txt"
    awk '/^RESULT/ {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        errors = ""
        if (v["non2xx"] > 0) errors = errors v["non2xx"] " non-2xx; "
        if (v["connect"] + v["read"] + v["write"] > 0) errors = errors "socket connect " v["connect"] " read " v["read"] " write " v["write"] "; "
        if (v["timeout"] > 0) errors = errors v["timeout"] " timeouts; "
        if (errors == "") errors = "none"; else sub(/; $/, "", errors)
        printf "%.0f|%.2f|%.2f|%s\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, errors
    }' "$work/wrk.txt"
}

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
jdk="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
tables=""
for kind in "${kinds[@]}"; do
    model="$work/$(echo "$kind" | tr '[:upper:]' '[:lower:]').tkm"
    echo "load.sh: $kind: serving $model" >&2
    start_server "$model"
    wrk -t1 -c8 -d"$warmup" -s "$script" "${url}v1/classify" >/dev/null
    rows=""
    for c in "${connections[@]}"; do
        before="$(load)"
        IFS='|' read -r rps p50 p99 errors <<<"$(run_wrk "$c" "$duration")"
        echo "load.sh: $kind, $c connections: $rps requests/s, p50 $p50 ms, p99 $p99 ms, errors: $errors" >&2
        rows+="| $c | $rps | $p50 | $p99 | $errors | $before |"$'\n'
    done
    rss_mb=$(( $(ps -o rss= -p "$server_pid") / 1024 ))
    # The histogram runs a full collection first, so its total is the live heap.
    live_mb=$(( $("$JAVA_HOME/bin/jcmd" "$server_pid" GC.class_histogram | awk '$1 == "Total" { print $3 }') / 1048576 ))
    stop_server
    tables+="### $kind"$'\n\n'"After the runs the server's resident memory was $rss_mb MB, its live heap $live_mb MB."$'\n\n'
    tables+="| connections | requests/s | p50 ms | p99 ms | errors | load average before (1/5/15 min) |"$'\n'
    tables+="|---:|---:|---:|---:|---|---|"$'\n'"$rows"$'\n'
done

# The sections from "## Choosing the HTTP server" on are written by hand (and by hostile.sh runs):
# keep them when the tables above are rewritten.
kept=""
[ -f "$out" ] && kept="$(sed -n '/^## Choosing the HTTP server/,$p' "$out")"

cat >"$out" <<MD
# Serving: \`textkit classify serve\` under load

Written by \`bench/serve/load.sh\` on $(date -u +%Y-%m-%d) (UTC). Each model is trained by its recipe in
\`io.textkit.bench.ServedClassifier\` on Kim's \`rt-polarity.all\` (paper-sized, trained briefly:
latency depends on the model's shape, not its accuracy), served with \`./textkit classify serve
--threads $server_threads\` on 127.0.0.1, and loaded with wrk: every request POSTs one 22-word
sentence to \`/v1/classify\` (\`bench/serve/classify.lua\`), over keep-alive connections, after a
$warmup warm-up run; each row is one $duration run with wrk -t min(connections, cores). Latencies
are wrk's, measured from the client: p50 and p99 in milliseconds.

Machine: $cores cores ($cpu), $jdk; wrk runs on the same cores as the server. The
resident memory is mostly heap that the JVM's collector grew under the load (\`./textkit\` sets no
-Xmx; cap it with TEXTKIT_JAVA_OPTS), the live heap is what the model and server keep.

${NOTE:-}

$latency
## Load, over HTTP

$tables
$kept
MD
echo "load.sh: wrote $out" >&2
