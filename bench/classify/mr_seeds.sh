#!/usr/bin/env bash
# 10-fold cross-validation on MR repeated over several seeds, one textkit model row at a time. Each run's
# rows replace those of the same model and seed in bench/results/mr-seeds.tsv, so seeds can be added a few
# at a time; bench/results/mr-seeds.md is rendered from all the rows there.
#
#   bench/classify/mr_seeds.sh [--seeds "1 2 3 4 5"] [--models "textcnn"]
#
# The seed decides the folds, the development split, the initial weights and the order of the examples,
# so each seed is an independent 10-fold run. One such run of TextCNN-rand moves by more than half a point
# with the seed alone, as much as its distance from Kim's 76.1; the mean over seeds, with its standard
# error, is the figure to hold against a paper's. Models are run.sh's (textcnn, textcnn-nonstatic, ...)
# with run.sh's settings; the vectors of a pretrained model are trained once for all its seeds.
#
# Needs: /usr/bin/python3 for the converter; GNU time for the peak memory (bench/setup.sh installs it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$root/../shared/data"
seeds="1 2 3 4 5"
models="textcnn"
while [ $# -gt 0 ]; do
    case "$1" in
        --seeds) seeds=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "GNU time not installed (bench/setup.sh)" >&2; exit 1; }
work="$(mktemp -d -t textkit-mr-seeds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/classify/common.sh
source "$root/bench/classify/common.sh"
"$root/textkit" --version >/dev/null 2>&1
/usr/bin/python3 "$root/bench/classify/peers/to_fasttext.py" label-space-text "$data/sentiment/kim2014/rt-polarity.all" \
    "$work/mr.txt" latin-1 2>/dev/null

rows="$root/bench/results/mr-seeds.tsv"
touch "$rows"
for model in $models; do
    for seed in $seeds; do
        # shellcheck disable=SC2046
        /usr/bin/time -f "%M" -o "$work/peak" "$root/textkit" classify cv --data "$work/mr.txt" --format fasttext \
            --folds 10 --seed "$seed" $(model_args "$model") > "$work/out" 2> "$work/log" \
            || { tail -5 "$work/log" >&2; exit 1; }
        read -r acc sd secs < <(sed -n 's/.*accuracy \([0-9.]*\) ± \([0-9.]*\) .*time \([0-9.]*\) s$/\1 \2 \3/p' "$work/out")
        awk -F'\t' -v m="$model" -v s="$seed" '!($1 == m && $2 == s)' "$rows" > "$work/rows"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$model" "$seed" "$acc" "$sd" "$secs" \
            "$(( $(tail -1 "$work/peak") / 1024 ))" "$(date +%F)" >> "$work/rows"
        sort -t$'\t' -k1,1 -k2,2n "$work/rows" > "$rows"
        echo "$model seed $seed: $acc ± $sd" >&2
    done
done

out="$root/bench/results/mr-seeds.md"
{
    echo "# MR, 10-fold cross-validation seed by seed"
    echo
    echo "Rows of \`bench/classify/mr_seeds.sh\` (raw in \`mr-seeds.tsv\`), $(nproc) cores, last run with"
    echo "$("$root/textkit" --version 2>/dev/null | paste -sd" "). Each seed is an independent run of the 10 folds"
    echo "(other folds, development split, initial weights and example order); accuracy is the mean over its"
    echo "folds ± their sd, 'train s' the mean training time of a fold, 'peak' the peak RSS of the command."
    echo "Settings as bench/classify/run.sh's rows of the same name; a pretrained model's vectors are trained"
    echo "once per run of the script. Kim (2014): TextCNN-rand 76.1, non-static 81.5."
    echo
    echo "| model | seed | accuracy | train s | peak MiB | date |"
    echo "|---|---|---|---|---|---|"
    awk -F'\t' '{ printf "| %s | %s | %s ± %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$rows"
    echo
    echo "Over the seeds (sd of the per-seed means; standard error = sd / √seeds):"
    echo
    echo "| model | seeds | mean | sd | standard error | lowest | highest |"
    echo "|---|---|---|---|---|---|---|"
    for model in $(cut -f1 "$rows" | uniq); do
        accs=$(awk -F'\t' -v m="$model" '$1 == m { print $3 }' "$rows" | xargs)
        n=$(wc -w <<< "$accs")
        se=$(awk -v s="$(sd $accs)" -v n="$n" 'BEGIN { printf "%.4f", s / sqrt(n) }')
        echo "| $model | $n | $(mean $accs) | $(sd $accs) | $se | $(printf '%s\n' $accs | sort -g | head -1) | $(printf '%s\n' $accs | sort -g | tail -1) |"
    done
} > "$out"
echo "wrote $out" >&2
