#!/usr/bin/env bash
# Trains and tests Debian's fastText binary on fastText-format files and prints one line:
#
#   accuracy=<P@1 on TEST, 4 digits> train_seconds=<wall time of `fasttext supervised`>
#   cpu_seconds=<its user + system CPU time> peak_kib=<its peak RSS>
#
#   bench/classify/peers/fasttext.sh TRAIN TEST [fasttext supervised options...]
#   e.g. bench/classify/peers/fasttext.sh r8.train r8.test -dim 100 -lr 0.5 -epoch 10 -wordNgrams 2 \
#            -minCount 1 -bucket 200000 -thread 1 -loss hs
#
# Needs: fasttext and GNU time (apt-get install fasttext time). Files: `__label__<label> <text>` per
# line (to_fasttext.py writes them). With one label per example P@1 is the accuracy. The times cover
# the whole `fasttext supervised` process (reading, training, saving the model), from GNU time (%e,
# %U + %S, %M in KiB); on a loaded machine wall time exceeds CPU time, so report both. The model
# lives in a temporary folder, removed on exit.
set -euo pipefail
if [ $# -lt 2 ]; then
    sed -n '2,/^set /{/^#/p}' "$0" >&2
    exit 2
fi
train=$1 test=$2
shift 2
for f in "$train" "$test"; do
    [ -f "$f" ] || { echo "fasttext.sh: no such file: $f" >&2; exit 1; }
done
command -v fasttext >/dev/null || { echo "fasttext.sh: fasttext not installed (apt-get install fasttext)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "fasttext.sh: GNU time not installed (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d -t fasttext-peer.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if ! /usr/bin/time -f "%e %U %S %M" -o "$work/usage" fasttext supervised -input "$train" -output "$work/model" -verbose 0 "$@" \
        >"$work/train.log" 2>&1; then
    echo "fasttext.sh: fasttext supervised failed:" >&2
    tail -n 20 "$work/train.log" >&2
    exit 1
fi
# `fasttext test` prints P@1 to three digits only, so count the hits of `fasttext predict` (k = 1) here.
fasttext predict "$work/model.bin" "$test" 1 >"$work/predicted"
accuracy=$(awk 'NR == FNR { predicted[FNR] = $1; next }
                { for (i = 1; i <= NF && $i ~ /^__label__/; i++) if ($i == predicted[FNR]) { hits++; break }; n++ }
                END { if (n) printf "%.4f", hits / n }' "$work/predicted" "$test")
[ -n "$accuracy" ] || { echo "fasttext.sh: no test examples in $test" >&2; exit 1; }
read -r wall user system peak < <(tail -n 1 "$work/usage")
printf 'accuracy=%s train_seconds=%s cpu_seconds=%.2f peak_kib=%s\n' "$accuracy" "$wall" \
    "$(echo "$user + $system" | bc -l)" "$peak"
