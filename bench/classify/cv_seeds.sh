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
# model are trained once per run of this script. The model pytorch-textcnn is the PyTorch peer of Kim's code
# (peers/torch_textcnn.py) on the very folds and development splits textkit's textcnn row has with that seed
# (~1 hour for MR on 2 cores): the same recipe in another program, to tell the recipe's level on the data
# from textkit's. The model textcnn-25 is textkit's TextCNN-rand run as that code runs, through all 25
# epochs (no early stopping), keeping the best development epoch.
#
# Needs: /usr/bin/python3 for the converter (and Debian's python3-torch for pytorch-textcnn); GNU time for
# the peak memory (bench/setup.sh installs both).
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

# textkit_cv FILE MODEL SEED: one 10-fold run of a textkit model row; prints accuracy, sd over the folds,
# mean training seconds of a fold and the command's peak RSS in MiB.
textkit_cv() {
    # shellcheck disable=SC2046
    /usr/bin/time -f "%M" -o "$work/peak" "$root/textkit" classify cv --data "$1" --format fasttext \
        --folds 10 --seed "$3" $(model_args "$2") > "$work/out" 2> "$work/log" \
        || { tail -5 "$work/log" >&2; return 1; }
    local summary
    summary=$(sed -n 's/.*accuracy \([0-9.]*\) ± \([0-9.]*\) .*time \([0-9.]*\) s$/\1 \2 \3/p' "$work/out")
    [ -n "$summary" ] || { echo "no summary line in classify cv's output:" >&2; tail -3 "$work/out" >&2; return 1; }
    echo "$summary $(( $(tail -1 "$work/peak") / 1024 ))"
}

# torch_cv FILE SEED: the PyTorch peer of Kim's CNN-rand on the folds and development splits of textkit's
# textcnn row with SEED (written by `classify cv --save-folds` during a one-epoch run), 25 epochs as Kim's
# code, the test accuracy at the best development epoch; two folds at a time, one thread each. Prints what
# textkit_cv prints; the seconds are one thread's training loop while the other lane runs, the peak the
# largest of a fold's processes.
torch_cv() {
    local folds="$work/folds-$2" lane pids=() pid f
    "$root/textkit" classify cv --data "$1" --format fasttext --folds 10 --seed "$2" --model textcnn --epochs 1 \
        --save-folds "$folds" > /dev/null 2> "$work/log" || { tail -5 "$work/log" >&2; return 1; }
    for lane in "1 3 5 7 9" "2 4 6 8 10"; do
        (
            for f in $lane; do
                OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$root/bench/classify/peers/torch_textcnn.py" \
                    --train "$folds/fold-$f/train.txt" --dev "$folds/fold-$f/dev.txt" --test "$folds/fold-$f/test.txt" \
                    --epochs 25 --threads 1 --seed "$2" > "$folds/peer-$f.out" 2>&1 || exit 1
            done
        ) &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || { tail -5 "$folds"/peer-*.out >&2; return 1; }
    done
    sed -n 's/^final .* train_seconds=\([0-9.]*\) .* test_at_best_dev=\([0-9.]*\) peak_kib=\([0-9]*\)$/\1 \2 \3/p' \
        "$folds"/peer-*.out > "$work/peer"
    [ "$(wc -l < "$work/peer")" = 10 ] || { echo "the peer did not finish all 10 folds" >&2; return 1; }
    # shellcheck disable=SC2046
    echo "$(mean $(cut -d' ' -f2 "$work/peer"))" "$(sd $(cut -d' ' -f2 "$work/peer"))" \
        "$(awk '{ s += $1 } END { printf "%.1f", s / NR }' "$work/peer")" \
        "$(( $(cut -d' ' -f3 "$work/peer" | sort -n | tail -1) / 1024 ))"
}

rows="$root/bench/results/cv-seeds.tsv"
touch "$rows"
for set in $sets; do
    file=$(cv_data "$set")
    for model in $models; do
        for seed in $seeds; do
            if [ "$model" = pytorch-textcnn ]; then
                result=$(torch_cv "$file" "$seed")
            else
                result=$(textkit_cv "$file" "$model" "$seed")
            fi
            read -r acc sd secs peak <<< "$result"
            awk -F'\t' -v s="$set" -v m="$model" -v n="$seed" '!($1 == s && $2 == m && $3 == n)' "$rows" > "$work/rows"
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$model" "$seed" "$acc" "$sd" "$secs" "$peak" \
                "$(date +%F)" >> "$work/rows"
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
    echo "trained once per run of the script. pytorch-textcnn is peers/torch_textcnn.py (Kim's code in PyTorch) on"
    echo "the folds and development splits of the textcnn row with the same seed, 25 epochs, test accuracy at the"
    echo "best development epoch; its 'train s' is one thread's while another fold ran beside it. textcnn-25 is"
    echo "textcnn run through all 25 epochs as Kim's code, keeping the best development epoch (--patience 25)."
    echo "References: MR, Kim (2014) TextCNN-rand 76.1, non-static 81.5;"
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
