#!/usr/bin/env bash
# Tests ./textkit's class cache and JVM options (run by ./run-tests after the Maven build): a prediction
# prints exactly its result on stdout and nothing on stderr whether the cache is off, being built,
# built, damaged or a CDS archive (the JDK 21-23 path); concurrent first runs leave one valid cache;
# help and --version run without the Vector API; SIGINT stops `embed train` with exit code 130, no partial
# output and an earlier output file unchanged. Uses a copy of the jar, so the real cache is untouched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/jdk.sh"
work="$(mktemp -d -t textkit-launcher-test.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# A self-contained copy: the launcher, jdk.sh and the jar (newer than any source, so no rebuild).
mkdir -p "$work/tk/scripts" "$work/tk/app/target"
cp "$root/textkit" "$work/tk/"
cp "$root/scripts/jdk.sh" "$work/tk/scripts/"
cp "$root/app/target/textkit.jar" "$work/tk/app/target/"
tk="$work/tk/textkit"
cache_dir="$work/tk/app/target/jvm-cache"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

printf 'good\tthe food was great\nbad\tthe food was awful\ngood\tgreat service\nbad\tawful service\n' > "$work/train.tsv"
"$tk" classify train --train "$work/train.tsv" --format text-tab-label --output "$work/model.tkm" --quiet \
    --word-ngrams 2 --epochs 5 > /dev/null 2>&1
TEXTKIT_JVM_CACHE=0 "$tk" classify predict --model "$work/model.tkm" "great food" > "$work/expected" 2> "$work/err"
[ -s "$work/expected" ] || fail "no prediction without the cache"
[ -s "$work/err" ] && fail "stderr without the cache: $(cat "$work/err")"

# check NAME [ENV...]: one prediction, compared with the expected output; stderr must be empty.
check() {
    local name=$1
    shift
    env "$@" "$tk" classify predict --model "$work/model.tkm" "great food" > "$work/$name.out" 2> "$work/$name.err" \
        || fail "$name: exit status $?"
    cmp -s "$work/expected" "$work/$name.out" || fail "$name: stdout differs: $(cat "$work/$name.out")"
    [ -s "$work/$name.err" ] && fail "$name: stderr: $(head -c 300 "$work/$name.err")"
    return 0
}

# wait_for_cache: the background build ends by removing its lock.
wait_for_cache() {
    for _ in $(seq 120); do
        ls "$cache_dir"/*.lock > /dev/null 2>&1 || return 0
        sleep 1
    done
    fail "the cache build did not finish in 2 minutes"
}

# has_cache KIND...: whether a finished cache of one of these kinds (aot, jsa) exists.
has_cache() {
    local kind
    for kind in "$@"; do
        [ -n "$(find "$cache_dir" -maxdepth 1 -name "plain-*.$kind" 2>/dev/null)" ] && return 0
    done
    return 1
}

check first-run
wait_for_cache
has_cache aot jsa || fail "no cache after the first run"
check cached

for cache in "$cache_dir"/plain-*; do
    head -c 4096 "$cache" > "$cache.cut" && mv "$cache.cut" "$cache"
done
check damaged-cache

rm -rf "$cache_dir"
check cds-first TEXTKIT_JVM_CACHE=cds
wait_for_cache
has_cache jsa || fail "no CDS archive with TEXTKIT_JVM_CACHE=cds"
check cds-cached TEXTKIT_JVM_CACHE=cds

rm -rf "$cache_dir"
for i in 1 2 3 4; do
    check "concurrent-$i" &
done
wait
wait_for_cache
[ "$(ls "$cache_dir" | wc -l)" = 1 ] || fail "concurrent first runs left: $(ls "$cache_dir")"
check after-concurrent

rm -rf "$cache_dir"
check foreground TEXTKIT_JVM_CACHE=foreground
has_cache aot jsa || fail "no cache after a foreground build"

# Texts from stdin: another cache (C2 kept for long inputs), the same output.
echo "great food" | "$tk" classify predict --model "$work/model.tkm" > "$work/stdin.out" 2> "$work/stdin.err"
cmp -s "$work/expected" "$work/stdin.out" || fail "stdin: stdout differs: $(cat "$work/stdin.out")"
[ -s "$work/stdin.err" ] && fail "stdin: stderr: $(cat "$work/stdin.err")"

"$tk" --version > "$work/version" 2> "$work/version.err"
grep -q "Vector API not enabled" "$work/version" || fail "--version: $(cat "$work/version")"
[ -s "$work/version.err" ] && fail "--version stderr: $(cat "$work/version.err")"

# Ctrl-C: SIGINT to `embed train` while it trains (a real signal, the JVM's own handler) ends it with
# 130 within a few seconds, saying so, leaving the earlier output as it was and no temporary file beside it.
sigint="$work/sigint"
mkdir -p "$sigint"
awk 'BEGIN { srand(1); for (i = 0; i < 20000; i++) { line = "w" int(rand() * 500);
    for (w = 1; w < 10; w++) line = line " w" int(rand() * 500); print line } }' > "$sigint/corpus.txt"
echo "earlier output" > "$sigint/v.vec"
# Job control gives the background JVM the default SIGINT disposition, which a non-interactive shell
# would otherwise set to ignore; the JVM then installs its own handler.
set -m
TEXTKIT_JVM_CACHE=0 "$tk" embed train -train "$sigint/corpus.txt" -output "$sigint/v.vec" \
    -save-model "$sigint/m.tkm" -size 20 -min-count 1 -iter 1000000 -threads 1 -quiet \
    > "$work/sigint.out" 2> "$work/sigint.err" &
trainer=$!
set +m
# Signalled once training proper runs: its worker threads are named word2vec-N (Linux's /proc shows them).
for _ in $(seq 600); do
    grep -qs '^word2vec-' /proc/"$trainer"/task/*/comm && break
    sleep 0.1
done
grep -qs '^word2vec-' /proc/"$trainer"/task/*/comm || fail "SIGINT: training did not start within a minute"
kill -INT "$trainer"
sent=$(date +%s)
code=0
wait "$trainer" || code=$?
took=$(($(date +%s) - sent))
[ "$code" = 130 ] || fail "SIGINT: exit status $code, not 130: $(head -c 300 "$work/sigint.err")"
[ "$took" -le 5 ] || fail "SIGINT: took ${took} s to stop"
[ "$(cat "$sigint/v.vec")" = "earlier output" ] || fail "SIGINT: the earlier output changed"
leftover="$(ls -A "$sigint" | grep -v -x -e corpus.txt -e v.vec || true)"
[ -z "$leftover" ] || fail "SIGINT: files left behind: $leftover"
grep -q "interrupted while" "$work/sigint.err" || fail "SIGINT: stderr: $(head -c 300 "$work/sigint.err")"

if [ $failures -gt 0 ]; then
    echo "launcher-test: $failures failures" >&2
    exit 1
fi
echo "launcher-test: all passed"
