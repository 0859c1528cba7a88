#!/usr/bin/env bash
# `textkit classify serve` under hostile clients, and a soak. Trains a fastText model on Kim's
# rt-polarity.all (or serves MODEL), starts the server on a free loopback port, and:
#
#   bench/serve/hostile.sh              # quiet run, then the same wrk load with STALLED connections that
#                                       # stop mid-headers and SLOW clients that read one byte a second
#                                       # (bench/serve/hostile_clients.py), sampling GET /health latency
#                                       # and the server's RSS throughout
#   MODE=soak bench/serve/hostile.sh    # DURATION (default 1h) of valid and invalid requests mixed at
#                                       # half the measured peak rate (bench/serve/soak.lua); the live heap
#                                       # (after a full collection) and RSS sampled every minute
#
# Environment: DURATION (hostile: each wrk run, default 30s; soak: default 1h), STALLED and SLOW
# (default 500 each), CONNECTIONS (wrk's, default 64), SERVER_THREADS (default the cores), MODEL
# (a .tkm to serve instead of training one), TEXTKIT_DATA (the shared/data folder), OUT (default
# bench/results/serve-hostile.md or serve-soak.md), NOTE (what else the machine was running).
# Every client stays on 127.0.0.1 and stops by itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
command -v wrk >/dev/null || { echo "hostile.sh: needs wrk (bench/setup.sh installs it)" >&2; exit 1; }
mode="${MODE:-hostile}"
case "$mode" in
    hostile) duration="${DURATION:-30s}"; out="${OUT:-$root/bench/results/serve-hostile.md}" ;;
    soak) duration="${DURATION:-1h}"; out="${OUT:-$root/bench/results/serve-soak.md}" ;;
    *) echo "hostile.sh: MODE is hostile or soak, not $mode" >&2; exit 1 ;;
esac
stalled="${STALLED:-500}"
slow="${SLOW:-500}"
connections="${CONNECTIONS:-64}"
cores="$(nproc)"
server_threads="${SERVER_THREADS:-$cores}"
load() { cut -d' ' -f1-3 /proc/loadavg; }
seconds() { case "$1" in *h) echo $(( ${1%h} * 3600 ));; *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac; }

work="$(mktemp -d -t textkit-hostile.XXXXXX)"
pids=()
server_pid=""
cleanup() {
    for pid in "${pids[@]}" $server_pid; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

model="${MODEL:-}"
if [ -z "$model" ]; then
    data="${TEXTKIT_DATA:-$root/../shared/data}/sentiment/kim2014/rt-polarity.all"
    [ -f "$data" ] || { echo "hostile.sh: no training data at $data; set TEXTKIT_DATA or MODEL" >&2; exit 1; }
    model="$work/fasttext.tkm"
    "$root/textkit" classify train --train "$data" --format label-space-text --replace-malformed-utf8 \
        --output "$model" --epochs 5 --quiet >&2 2>"$work/train.log" || { cat "$work/train.log" >&2; exit 1; }
fi

"$root/textkit" classify serve --model "$model" --port 0 --threads "$server_threads" >"$work/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 600); do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "hostile.sh: the server died" >&2; exit 1; }
    url="$(sed -n 's/^serving .* on \(http:[^ ]*\) .*/\1/p' "$work/server.log")"
    [ -n "$url" ] && curl -fsS "${url}health" >/dev/null 2>&1 && break
    sleep 0.1
done
[ -n "$url" ] || { echo "hostile.sh: the server did not start" >&2; exit 1; }
port="${url##*:}"; port="${port%/}"
# The JVM's own pid: ./textkit execs java, so it is the one started.
jvm="$server_pid"

rss_mb() { echo $(( $(ps -o rss= -p "$jvm") / 1024 )); }
live_mb() { echo $(( $("$JAVA_HOME/bin/jcmd" "$jvm" GC.class_histogram | awk '$1 == "Total" { print $3 }') / 1048576 )); }

# wrk with bench/serve/classify.lua; prints "requests/s|p50 ms|p99 ms|errors".
run_wrk() {
    wrk -t"$cores" -c"$connections" -d"$1" --latency -s "$root/bench/serve/classify.lua" "${url}v1/classify" >"$work/wrk.txt"
    awk '/^RESULT/ {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        errors = v["non2xx"] + v["connect"] + v["read"] + v["write"] + v["timeout"]
        printf "%.0f|%.2f|%.2f|%d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, errors
    }' "$work/wrk.txt"
    grep -E "Socket errors|Non-2xx" "$work/wrk.txt" >&2 || true
}

# Samples GET /health on a new connection every 0.25 s into $1, and the server's RSS into $1.rss, until killed.
sample() {
    while true; do
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 10 "${url}health" >>"$1" || echo "000 10" >>"$1"
        rss_mb >>"$1.rss" 2>/dev/null || true
        sleep 0.25
    done
}
# "n median_ms p99_ms max_ms non200" of a health sample file.
health_stats() {
    awk '{ n++; if ($1 != 200) bad++; print $2 * 1000 }' "$1" | sort -n | awk -v bad="$(awk '$1 != 200' "$1" | wc -l)" '
        { a[NR] = $1 } END { printf "%d|%.1f|%.1f|%.1f|%d\n", NR, a[int((NR + 1) / 2)], a[int(NR * 0.99 + 0.5)], a[NR], bad }'
}

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
jdk="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
# CPU over one second of every other process above 5 %, from top's second sample.
others="$(top -b -n 2 -d 1 | awk -v self="$jvm" '/^top -/ { block++ } block == 2 && $1 ~ /^[0-9]+$/ && $1 != self && $9 + 0 > 5 {
    printf "%s %s%%, ", $12, $9 }' | sed 's/, $//')"

echo "hostile.sh: warming up" >&2
wrk -t"$cores" -c"$connections" -d10s -s "$root/bench/serve/classify.lua" "${url}v1/classify" >/dev/null

if [ "$mode" = hostile ]; then
    before_quiet="$(load)"
    sample "$work/quiet.health" & pids+=($!)
    IFS='|' read -r q_rps q_p50 q_p99 q_err <<<"$(run_wrk "$duration")"
    kill "${pids[-1]}"; unset 'pids[-1]'
    echo "hostile.sh: quiet: $q_rps requests/s, p99 $q_p99 ms" >&2

    hold=$(( $(seconds "$duration") + 20 ))
    python3 "$root/bench/serve/hostile_clients.py" 127.0.0.1 "$port" "$stalled" "$slow" "$hold" >"$work/hostile.txt" &
    pids+=($!)
    hostile_pid=$!
    sleep 5
    before_hostile="$(load)"
    sample "$work/hostile.health" & pids+=($!)
    sampler=$!
    IFS='|' read -r h_rps h_p50 h_p99 h_err <<<"$(run_wrk "$duration")"
    open_conns="$(ls -l /proc/"$jvm"/fd 2>/dev/null | grep -c socket || true)"
    kill "$sampler"
    wait "$hostile_pid" || true
    echo "hostile.sh: hostile: $h_rps requests/s, p99 $h_p99 ms" >&2
    IFS='|' read -r qn qmed qp99 qmax qbad <<<"$(health_stats "$work/quiet.health")"
    IFS='|' read -r hn hmed hp99 hmax hbad <<<"$(health_stats "$work/hostile.health")"
    rss_max="$(sort -n "$work/hostile.health.rss" | tail -n1)"
    ratio="$(awk -v a="$h_p99" -v b="$q_p99" 'BEGIN { printf "%.2f", a / b }')"
    cat >"$out" <<MD
# Serving under hostile clients: \`bench/serve/hostile.sh\`

Run on $(date -u '+%Y-%m-%d %H:%M') UTC. Machine: $cores cores ($cpu), $jdk; wrk, the hostile
clients and the server share the cores. Server: \`./textkit classify serve --threads $server_threads\`
(defaults otherwise) with a fastText model of rt-polarity; wrk -t$cores -c$connections, $duration per run,
one 22-word sentence per POST /v1/classify (\`bench/serve/classify.lua\`), after a 10 s warm-up.
Hostile run: $stalled connections that send a request line and one header and stop, and $slow that
pipeline GET /openapi.json and read one byte a second, both reopened when the server closes them
(\`bench/serve/hostile_clients.py\`): $(cat "$work/hostile.txt" | sed 's/^hostile clients: //').
GET /health sampled on a new connection every 0.25 s throughout each run.
Busiest other processes when the script started: ${others:-none over 5 % CPU}. ${NOTE:-}

| run | load average before | requests/s | p50 ms | p99 ms | wrk errors | /health samples | /health median ms | /health p99 ms | /health max ms | /health not 200 |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| quiet | $before_quiet | $q_rps | $q_p50 | $q_p99 | $q_err | $qn | $qmed | $qp99 | $qmax | $qbad |
| hostile | $before_hostile | $h_rps | $h_p50 | $h_p99 | $h_err | $hn | $hmed | $hp99 | $hmax | $hbad |

p99 hostile / quiet: $ratio (target ≤ 2). /health max under hostile clients: $hmax ms (target < 100).
Server RSS at most $rss_max MB during the hostile run; $open_conns sockets open at its end.
MD
else
    IFS='|' read -r peak _ _ _ <<<"$(run_wrk 20s)"
    # wrk paces in whole milliseconds: a fixed 10 ms pause per request, and as many connections as
    # that takes to reach half the peak (each connection then sends at most 100 requests/s).
    target=$(( peak / 2 ))
    delay_ms=10
    soak_conns=$(( target * delay_ms / 1000 > 0 ? target * delay_ms / 1000 : 1 ))
    echo "hostile.sh: peak $peak requests/s; soaking at about $target for $duration ($soak_conns connections, $delay_ms ms pause per request)" >&2
    before="$(load)"
    started="$(date -u '+%Y-%m-%d %H:%M')"
    : >"$work/heap.tsv"
    start=$(date +%s)
    ( while true; do
        sleep 60
        printf '%s\t%s\t%s\t%s\n' "$(( ($(date +%s) - start) / 60 ))" "$(live_mb)" "$(rss_mb)" "$(load)" >>"$work/heap.tsv"
      done ) & pids+=($!)
    DELAY_MS="$delay_ms" wrk -t"$cores" -c"$soak_conns" -d"$duration" --latency --timeout 10s -s "$root/bench/serve/soak.lua" \
        "${url}v1/classify" >"$work/soak.txt"
    kill "${pids[-1]}"; unset 'pids[-1]'
    result="$(grep '^RESULT' "$work/soak.txt")"
    get() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$result"; }
    rps="$(awk -v r="$(get requests)" -v d="$(get duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')"
    rows="$(awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$work/heap.tsv")"
    cat >"$out" <<MD
# Soak: \`MODE=soak bench/serve/hostile.sh\`

Run from $started UTC for $duration. Machine: $cores cores ($cpu), $jdk. Server:
\`./textkit classify serve --threads $server_threads\` with a fastText model of rt-polarity. Peak
(wrk -t$cores -c$connections, 20 s): $peak requests/s; the soak ran wrk -c$soak_conns paced by
a $delay_ms ms pause after each request, to about half of it, 3 requests in 4 valid and the rest invalid
(\`bench/serve/soak.lua\`). Load average before: $before. Busiest other processes when the script
started: ${others:-none over 5 % CPU}. ${NOTE:-}

| requests | requests/s | p50 ms | p99 ms | valid sent | 200s | invalid sent | 400s | other statuses | socket errors (connect/read/write/timeout) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
| $(get requests) | $rps | $(awk -v x="$(get p50_us)" 'BEGIN { printf "%.2f", x / 1000 }') | $(awk -v x="$(get p99_us)" 'BEGIN { printf "%.2f", x / 1000 }') | $(get sent_valid) | $(get got200) | $(get sent_invalid) | $(get got400) | $(get other) | $(get connect)/$(get read)/$(get write)/$(get timeout) |

(wrk counts a request as sent when it writes it, so the requests still in flight when the run stops,
at most $soak_conns, were sent and not answered.)

Live heap (after the full collection of \`jcmd GC.class_histogram\`) and RSS each minute:

| minute | live heap MB | RSS MB | load average |
|---:|---:|---:|---|
$rows
MD
fi
echo "hostile.sh: wrote $out" >&2
