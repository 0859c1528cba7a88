#!/usr/bin/env bash
# textkit's side of fasttext.sh: trains and evaluates textkit's fastText through the command line on
# the same fastText-format files and prints one line in the same shape:
#
#   accuracy=<on TEST> train_seconds=<wall time of `textkit classify train`> cpu_seconds=<its user +
#   system CPU time, JIT and GC threads included> fit_seconds=<the command's own "trained in" wall
#   time: reading, training, saving, without JVM start> peak_kib=<its peak RSS>
#
#   bench/classify/peers/textkit_fasttext.sh TRAIN TEST [textkit classify train options...]
#   e.g. bench/classify/peers/textkit_fasttext.sh r8.train r8.test --dim 100 --lr 0.5 --epochs 10 \
#            --word-ngrams 2 --min-count 1 --threads 1 --loss hs
#
# Needs: GNU time (apt-get install time). Builds the textkit jar first (outside the timing) if the
# sources changed. train_seconds includes the JVM's start-up and warm-up; fit_seconds does not.
# textkit's default bucket count is 200,000; give fastText `-bucket 200000` to match.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
if [ $# -lt 2 ]; then
    sed -n '2,/^set /{/^#/p}' "$0" >&2
    exit 2
fi
train=$1 test=$2
shift 2
for f in "$train" "$test"; do
    [ -f "$f" ] || { echo "textkit_fasttext.sh: no such file: $f" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "textkit_fasttext.sh: GNU time not installed (apt-get install time)" >&2; exit 1; }
"$root/textkit" --version >/dev/null

work="$(mktemp -d -t textkit-peer.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if ! /usr/bin/time -f "%e %U %S %M" -o "$work/usage" "$root/textkit" classify train --train "$train" --format fasttext \
        --output "$work/model.tkm" "$@" >"$work/train.log" 2>&1; then
    echo "textkit_fasttext.sh: textkit classify train failed:" >&2
    tail -n 20 "$work/train.log" >&2
    exit 1
fi
fit=$(sed -n 's/.* trained in \([0-9.]*\) s;.*/\1/p' "$work/train.log")
accuracy=$("$root/textkit" classify eval --model "$work/model.tkm" --test "$test" --format fasttext \
    | sed -n 's/^accuracy \([0-9.]*\),.*/\1/p')
[ -n "$accuracy" ] || { echo "textkit_fasttext.sh: textkit classify eval printed no accuracy" >&2; exit 1; }
read -r wall user system peak < <(tail -n 1 "$work/usage")
printf 'accuracy=%s train_seconds=%s cpu_seconds=%.2f fit_seconds=%s peak_kib=%s\n' "$accuracy" "$wall" \
    "$(echo "$user + $system" | bc -l)" "$fit" "$peak"
