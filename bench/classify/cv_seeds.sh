#!/usr/bin/env bash
# 10-fold cross-validation repeated over several seeds, one textkit model row at a time, on MR or a UCI set.
# Each run's rows replace those of the same set, model and seed in bench/results/cv-seeds.tsv, so seeds can
# be added a few at a time; bench/results/cv-seeds.md is rendered from all the rows there.
#
#   bench/classify/cv_seeds.sh [--sets "mr"] [--models "textcnn"] [--seeds "1 2 3 4 5"]
#
# Sets: mr, uci-amazon, uci-imdb, uci-yelp (as run.sh prepares them). The seed decides the folds, the
# development split, the initial weights and the order of the examples, so each seed is an independent
# 10-fold run. One such run of TextCNN-rand on MR moves by more than half a point with the seed alone, as
# much as its distance from Kim's 76.1, and a UCI run (100 test sentences a fold) by a point or more; the
# mean over seeds, with its standard error, is the figure to hold against a paper's or a lexicon's. Models
# are run.sh's (textcnn, textcnn-nonstatic, han, ...) with run.sh's settings; the vectors of a pretrained
# model are trained once per run of this script.
#
# Needs: /usr/bin/python3 for the converter; GNU time for the peak memory (bench/setup.sh installs it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sets="mr"
models="textcnn"
seeds="1 2 3 4 5"
while [ $# -gt 0 ]; do
    case "$1" in
        --sets) sets=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        --seeds) seeds=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "GNU time not installed (bench/setup.sh)" >&2; exit 1; }
work="$(mktemp -d -t textkit-cv-seeds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/classify/common.sh
source "$root/bench/classify/common.sh"
"$root/textkit" --version >/dev/null 2>&1

rows="$root/bench/results/cv-seeds.tsv"
touch "$rows"
for set in $sets; do
    file=$(cv_data "$set")
    for model in $models; do
        for seed in $seeds; do
            # shellcheck disable=SC2046
            /usr/bin/time -f "%M" -o "$work/peak" "$root/textkit" classify cv --data "$file" --format fasttext \
                --folds 10 --seed "$seed" $(model_args "$model") > "$work/out" 2> "$work/log" \
                || { tail -5 "$work/log" >&2; exit 1; }
            read -r acc sd secs < <(sed -n 's/.*accuracy \([0-9.]*\) ± \([0-9.]*\) .*time \([0-9.]*\) s$/\1 \2 \3/p' "$work/out")
            awk -F'\t' -v s="$set" -v m="$model" -v n="$seed" '!($1 == s && $2 == m && $3 == n)' "$rows" > "$work/rows"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$model" "$seed" "$acc" "$sd" "$secs" \
                "$(( $(tail -1 "$work/peak") / 1024 ))" "$(date +%F)" >> "$work/rows"
            sort -t$'\t' -k1,1 -k2,2 -k3,3n "$work/rows" > "$rows"
            echo "$set $model seed $seed: $acc ± $sd" >&2
        done
    done
done

out="$root/bench/results/cv-seeds.md"
{
    echo "# 10-fold cross-validation seed by seed"
    echo
    echo "Rows of \`bench/classify/cv_seeds.sh\` (raw in \`cv-seeds.tsv\`), $(nproc) cores, last run with"
    echo "$("$root/textkit" --version 2>/dev/null | paste -sd" "). Each seed is an independent run of the"
    echo "10 folds (other folds, development split, initial weights and example order); accuracy is the mean over"
    echo "its folds ± their sd, 'train s' the mean training time of a fold, 'peak' the peak RSS of the command."
    echo "Settings and input as bench/classify/run.sh's rows of the same name; a pretrained model's vectors are"
    echo "trained once per run of the script. References: MR, Kim (2014) TextCNN-rand 76.1, non-static 81.5;"
    echo "UCI, the AFINN lexicon: Amazon 0.726, IMDB 0.765, Yelp 0.696."
    echo
    echo "| set | model | seed | accuracy | train s | peak MiB | date |"
    echo "|---|---|---|---|---|---|---|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s ± %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$rows"
    echo
    echo "Over the seeds (sd of the per-seed means; standard error = sd / √seeds):"
    echo
    echo "| set | model | seeds | mean | sd | standard error | lowest | highest |"
    echo "|---|---|---|---|---|---|---|---|"
    cut -f1,2 "$rows" | uniq | while IFS=$'\t' read -r set model; do
        accs=$(awk -F'\t' -v s="$set" -v m="$model" '$1 == s && $2 == m { print $4 }' "$rows" | xargs)
        n=$(wc -w <<< "$accs")
        se=$(awk -v s="$(sd $accs)" -v n="$n" 'BEGIN { printf "%.4f", s / sqrt(n) }')
        # shellcheck disable=SC2086
        echo "| $set | $model | $n | $(mean $accs) | $(sd $accs) | $se | $(printf '%s\n' $accs | sort -g | head -1) | $(printf '%s\n' $accs | sort -g | tail -1) |"
    done
} > "$out"
echo "wrote $out" >&2
