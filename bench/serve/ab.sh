#!/usr/bin/env bash
# A/B/C of the classify server's HTTP layer on one machine: the JDK HttpServer it replaced (built from
# the last commit that had it, in a temporary git worktree), the Jetty server of this checkout, and the
# Helidon 4 prototype of bench/serve/helidon/. Trains one fastText model on Kim's rt-polarity.all (as
# hostile.sh does), serves it from each with the same JVM options and classification threads on a
# free loopback port, and runs the same wrk load (bench/serve/classify.lua) with 64 connections and then
# with 1 connection, server after server (JDK, Jetty, Helidon, JDK, ...) for ROUNDS rounds, so that a
# change of machine load falls on all three alike. Then runs bench/serve/probes.py (hostile clients)
# against each, started with a bound of 100 connections where it has one. Writes the rounds, the
# medians and ratios, peak RSS and the load average beside each run to bench/results/serve-ab.md.
#
#   bench/serve/ab.sh
#
# Environment: ROUNDS (default 3), DURATION (each wrk run, default 15s), WARMUP (before each server's
# runs, default 10s), SERVER_THREADS (classification threads, default the cores), JDK_COMMIT (default:
# the parent of the first commit that added app/.../serve/ClassifyServer.java, the last with the JDK
# server), PROBES=0 (skip the probes), TEXTKIT_DATA (the shared/data folder), OUT (default
# bench/results/serve-ab.md), NOTE (what else the machine was running). Every server is started and
# stopped by this script; every client stays on 127.0.0.1 and stops by itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
command -v wrk >/dev/null || { echo "ab.sh: needs wrk (bench/setup.sh installs it)" >&2; exit 1; }
rounds="${ROUNDS:-3}"
duration="${DURATION:-15s}"
warmup="${WARMUP:-10s}"
cores="$(nproc)"
server_threads="${SERVER_THREADS:-$cores}"
out="${OUT:-$root/bench/results/serve-ab.md}"
data="${TEXTKIT_DATA:-$root/../shared/data}/sentiment/kim2014/rt-polarity.all"
[ -f "$data" ] || { echo "ab.sh: no training data at $data; set TEXTKIT_DATA" >&2; exit 1; }
load1() { cut -d' ' -f1 /proc/loadavg; }

jdk_commit="${JDK_COMMIT:-}"
if [ -z "$jdk_commit" ]; then
    first_serve="$(git -C "$root" log --format=%H --diff-filter=A -- app/src/main/java/io/textkit/app/serve/ClassifyServer.java | tail -n1)"
    [ -n "$first_serve" ] || { echo "ab.sh: cannot find the commit that replaced the JDK server; set JDK_COMMIT" >&2; exit 1; }
    jdk_commit="$(git -C "$root" rev-parse "$first_serve^")"
fi
git -C "$root" show "$jdk_commit:app/src/main/java/io/textkit/app/ClassifyServer.java" 2>/dev/null \
    | grep -q 'com.sun.net.httpserver.HttpServer' \
    || { echo "ab.sh: $jdk_commit has no JDK-server ClassifyServer; set JDK_COMMIT" >&2; exit 1; }

work="$(mktemp -d -t textkit-ab.XXXXXX)"
jdk_tree="$work/jdk-server"
server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
cleanup() {
    stop_server
    # Only this run's worktree: a global prune would touch the records of other people's worktrees.
    if [ -d "$jdk_tree" ]; then
        git -C "$root" worktree remove --force "$jdk_tree" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {  # build DIR LOG MVN_ARGS...: package without tests (never install), or show the log's end
    local dir=$1 log=$2
    shift 2
    (cd "$dir" && mvn -B -ntp -q "$@" package -DskipTests >"$log" 2>&1) || { tail -n 30 "$log" >&2; exit 1; }
}
echo "ab.sh: building the Jetty server (this checkout)..." >&2
build "$root" "$work/build-jetty.log" -pl app -am
echo "ab.sh: building the JDK server of $(git -C "$root" log -1 --format='%h %s' "$jdk_commit")..." >&2
git -C "$root" worktree add --detach "$jdk_tree" "$jdk_commit" >/dev/null 2>&1
build "$jdk_tree" "$work/build-jdk.log" -pl app -am
echo "ab.sh: building the Helidon prototype..." >&2
build "$root" "$work/build-helidon.log" -f bench/serve/helidon/pom.xml

model="$work/fasttext.tkm"
echo "ab.sh: training the fastText model..." >&2
"$root/textkit" classify train --train "$data" --format label-space-text --replace-malformed-utf8 \
    --output "$model" --epochs 5 --quiet >&2 2>"$work/train.log" || { cat "$work/train.log" >&2; exit 1; }

# The launcher's options for `classify serve` on this checkout, the same for all three, so that only the
# HTTP layer differs (the JDK-server commit's launcher had -XX:GCTimeRatio=4 instead of 1).
java=("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -XX:+UseG1GC -Xms32m -XX:-G1UseAdaptiveIHOP
    -XX:InitiatingHeapOccupancyPercent=30 -XX:GCTimeRatio=1 -Xlog:disable -Xlog:all=warning:stderr)
helidon="$root/bench/serve/helidon/target"
servers=(jdk jetty helidon)
declare -A title=([jdk]="JDK HttpServer ($(git -C "$root" log -1 --format=%h "$jdk_commit"))"
    [jetty]="Jetty 12.1.14 ($(git -C "$root" log -1 --format=%h HEAD))" [helidon]="Helidon 4.5.0 prototype")

# start_server NAME [EXTRA OPTIONS...]: starts it on a free port and sets $url once /health answers.
start_server() {
    local name=$1
    shift
    local args=(--model "$model" --port 0 --threads "$server_threads" "$@")
    case "$name" in
        jdk) "${java[@]}" -jar "$jdk_tree/app/target/textkit.jar" classify serve "${args[@]}" >"$work/server.log" 2>&1 & ;;
        jetty) "${java[@]}" -jar "$root/app/target/textkit.jar" classify serve "${args[@]}" >"$work/server.log" 2>&1 & ;;
        helidon) "${java[@]}" -cp "$helidon/classes:$helidon/lib/*:$root/app/target/textkit.jar" \
            io.textkit.bench.helidon.HelidonClassifyServer "${args[@]}" >"$work/server.log" 2>&1 & ;;
    esac
    server_pid=$!
    url=""
    for _ in $(seq 1200); do
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "ab.sh: the $name server died" >&2; exit 1; }
        url="$(sed -n 's/^serving .* on \(http:[^ ]*\) .*/\1/p' "$work/server.log")"
        [ -n "$url" ] && curl -fsS "${url}health" >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "ab.sh: the $name server did not answer /health within 120 s" >&2
    exit 1
}

# wrk CONNECTIONS: prints "requests/s|p50 ms|p99 ms|errors" from classify.lua's RESULT line.
run_wrk() {
    local c=$1 threads=$(( $1 < cores ? $1 : cores ))
    wrk -t"$threads" -c"$c" -d"$duration" --latency -s "$root/bench/serve/classify.lua" "${url}v1/classify" >"$work/wrk.txt"
    awk '/^RESULT/ {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%.0f|%.2f|%.2f|%d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000,
            v["non2xx"] + v["connect"] + v["read"] + v["write"] + v["timeout"]
    }' "$work/wrk.txt"
}

# median FORMAT: the median of the numbers on standard input (the mean of the middle two for an even count).
median() { sort -g | awk -v f="$1" '{ a[NR] = $1 } END { printf f, NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
jdk_version="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
started="$(date -u '+%Y-%m-%d %H:%M')"
: >"$work/rounds.tsv"
rows=""
for round in $(seq "$rounds"); do
    for name in "${servers[@]}"; do
        start_server "$name"
        wrk -t"$cores" -c64 -d"$warmup" -s "$root/bench/serve/classify.lua" "${url}v1/classify" >/dev/null
        l64="$(load1)"
        IFS='|' read -r r64 p50_64 p99_64 e64 <<<"$(run_wrk 64)"
        l1="$(load1)"
        IFS='|' read -r r1 p50_1 p99_1 e1 <<<"$(run_wrk 1)"
        # Peak resident memory over the server's life: the kernel's high-water mark.
        rss=$(( $(awk '/^VmHWM/ { print $2 }' "/proc/$server_pid/status") / 1024 ))
        stop_server
        echo "ab.sh: round $round, $name: 64 connections $r64 requests/s p99 $p99_64 ms; 1 connection $r1 requests/s p99 $p99_1 ms; peak RSS $rss MB" >&2
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$r64" "$p50_64" "$p99_64" "$r1" "$p50_1" "$p99_1" "$rss" "$((e64 + e1))" >>"$work/rounds.tsv"
        rows+="| $round | ${title[$name]} | $l64 | $r64 | $p50_64 | $p99_64 | $l1 | $r1 | $p50_1 | $p99_1 | $rss | $((e64 + e1)) |"$'\n'
    done
done

# col NAME COLUMN [FORMAT]: the median of one column of a server's rounds (whole numbers by default).
col() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$work/rounds.tsv" | median "${3:-%.0f}"; }
medians=""
declare -A m64 m1 mp99 mp99_1
for name in "${servers[@]}"; do
    m64[$name]="$(col "$name" 2)"; m1[$name]="$(col "$name" 5)"
    mp99[$name]="$(col "$name" 4 %.2f)"; mp99_1[$name]="$(col "$name" 7 %.2f)"
    medians+="| ${title[$name]} | ${m64[$name]} | $(col "$name" 3 %.2f) | ${mp99[$name]} | ${m1[$name]} | $(col "$name" 6 %.2f) | ${mp99_1[$name]} | $(col "$name" 8) |"$'\n'
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "n/a" }'; }
ratios="| Jetty / JDK | $(ratio "${m64[jetty]}" "${m64[jdk]}") | $(ratio "${mp99[jetty]}" "${mp99[jdk]}") | $(ratio "${m1[jetty]}" "${m1[jdk]}") | $(ratio "${mp99_1[jetty]}" "${mp99_1[jdk]}") |
| Helidon / Jetty | $(ratio "${m64[helidon]}" "${m64[jetty]}") | $(ratio "${mp99[helidon]}" "${mp99[jetty]}") | $(ratio "${m1[helidon]}" "${m1[jetty]}") | $(ratio "${mp99_1[helidon]}" "${mp99_1[jetty]}") |"

probes=""
if [ "${PROBES:-1}" != 0 ]; then
    for name in "${servers[@]}"; do
        case "$name" in
            jdk) start_server jdk ;;  # it has no connection bound to set
            *) start_server "$name" --max-connections 100 ;;
        esac
        echo "ab.sh: probing $name (about 70 s)..." >&2
        port="${url##*:}"; port="${port%/}"
        python3 "$root/bench/serve/probes.py" 127.0.0.1 "$port" 100 >"$work/probes-$name.tsv"
        stop_server
    done
    probes="## Hostile-client probes

\`bench/serve/probes.py\` against each server, started as above with \`--max-connections 100\` (the
JDK server has no such bound). Each probe's verdict is what issue 15 asks (HEAD answered with headers
only; a malformed chunk size answered 400; /health answered within 2 s while 8 connections stall
mid-headers, and those closed by a timeout within 20 s; a stopped or trickled body answered or closed
within 40 s; past the bound, a new connection not served until others close).

| probe | $(for n in "${servers[@]}"; do printf '%s | ' "${title[$n]}"; done | sed 's/ $//')
|---|$(for _ in "${servers[@]}"; do printf -- '---|'; done)
$(paste "$work/probes-jdk.tsv" "$work/probes-jetty.tsv" "$work/probes-helidon.tsv" | awk -F'\t' '{
    printf "| %s | **%s**: %s | **%s**: %s | **%s**: %s |\n", $1, $2, $3, $5, $6, $8, $9 }')
"
fi

cat >"$out" <<MD
# Serving A/B: the JDK server, Jetty and a Helidon prototype (\`bench/serve/ab.sh\`)

Run from $started UTC. Machine: $cores cores ($cpu), $jdk_version; wrk and the server share the cores.
Each server serves the same fastText model of rt-polarity (trained once, 5 epochs) with
$server_threads classification threads and the same JVM options (\`${java[*]:1}\`):
the JDK \`HttpServer\` built from $(git -C "$root" log -1 --format='%h ("%s")' "$jdk_commit") in a temporary
worktree, the Jetty server of this checkout, and the Helidon 4.5.0 prototype of \`bench/serve/helidon/\`.
Each round starts each server in turn (JDK, Jetty, Helidon), warms it with wrk -t$cores -c64 for $warmup,
then runs wrk with 64 connections (-t$cores) and with 1 connection (-t1), $duration each, POSTing one
22-word sentence to \`/v1/classify\` (\`bench/serve/classify.lua\`), and stops it. Load average: the
1-minute figure just before each run. Peak RSS: the server's VmHWM at the end of its round. ${NOTE:-}

## Medians over $rounds rounds

| server | 64 conn. requests/s | p50 ms | p99 ms | 1 conn. requests/s | p50 ms | p99 ms | peak RSS MB |
|---|---:|---:|---:|---:|---:|---:|---:|
$medians
| ratio of medians | 64 conn. requests/s | 64 conn. p99 | 1 conn. requests/s | 1 conn. p99 |
|---|---:|---:|---:|---:|
$ratios

## Every round

| round | server | load | 64 conn. requests/s | p50 ms | p99 ms | load | 1 conn. requests/s | p50 ms | p99 ms | peak RSS MB | wrk errors |
|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows
$probes
MD
echo "ab.sh: wrote $out" >&2
