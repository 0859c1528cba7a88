#!/usr/bin/env bash
# textkit's FastText against the fastText binary over several seeds on the UCI sets, 10-fold CV, with and
# without pretrained vectors, and writes bench/results/fasttext-uci-seeds.md.
#
#   bench/classify/fasttext_seeds.sh [--seeds "1 2 3 4 5"] [--sets "amazon_cells imdb yelp"]
#
# A UCI fold tests 100 sentences, so one run of the 10 folds moves by about a point with the seed alone
# (the order of the examples, the initial weights); run.sh's single row per tool cannot tell a one-point
# difference from that. Here each seed s runs textkit's `classify cv --seed s` (the folds too depend on
# s) and then the binary with `-seed s` on the very folds textkit wrote, so each seed is a paired
# comparison; the table gives every seed and the medians. Input as in run.sh: the sentences cut to their
# runs of letters and digits; settings as run.sh's fastText rows; vectors: 100-d CBOW word2vec textkit
# trains once (common.sh), read by both tools (fastText's -pretrainedVectors).
#
# Needs: fasttext, GNU time, /usr/bin/python3 (bench/setup.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peers="$root/bench/classify/peers"
seeds="1 2 3 4 5"
sets="amazon_cells imdb yelp"
while [ $# -gt 0 ]; do
    case "$1" in
        --seeds) seeds=$2; shift 2 ;;
        --sets) sets=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v fasttext >/dev/null || { echo "fasttext not installed (bench/setup.sh)" >&2; exit 1; }
work="$(mktemp -d -t textkit-ft-seeds.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$root/textkit" --version >/dev/null 2>&1

# shellcheck source=bench/classify/common.sh
source "$root/bench/classify/common.sh"
vector_file=$(vectors 100)

out="$root/bench/results/fasttext-uci-seeds.md"
{
    echo "# textkit's FastText beside the fastText binary on UCI, seed by seed"
    echo
    echo "\`bench/classify/fasttext_seeds.sh --seeds \"$seeds\"\` on $(date +%F), $(nproc) cores: 10-fold CV accuracy"
    echo "(mean over the folds) per seed, both tools on the same folds with the same seed; dim 100, lr 0.5,"
    echo "10 epochs, word bigrams, 200,000 buckets, one thread; 'pretrained' starts from the same 100-d word2vec"
    echo "vectors on both sides. AFINN lexicon: Amazon 0.726, IMDB 0.765, Yelp 0.696."
    echo
    echo "| set | vectors | seed | textkit | binary | difference |"
    echo "|---|---|---|---|---|---|"
} > "$work/table.md"
summary=""
for name in $sets; do
    file=$(cv_data "uci-${name%_cells}")
    for vectors in none pretrained; do
        tk=() ft=() tk_accs="" ft_accs=""
        if [ "$vectors" = pretrained ]; then
            tk=(--vectors "$vector_file")
            ft=(-pretrainedVectors "$vector_file")
        fi
        for seed in $seeds; do
            rm -rf "$work/folds"
            tk_acc=$("$root/textkit" classify cv --data "$file" --format fasttext --folds 10 --model fasttext \
                "${fasttext_args[@]}" --seed "$seed" "${tk[@]}" \
                --save-folds "$work/folds" 2>/dev/null | sed -n 's/.*accuracy \([0-9.]*\) ± .*/\1/p')
            accs=""
            for f in $(seq 1 10); do
                accs="$accs $("$peers/fasttext.sh" "$work/folds/fold-$f/train.txt" "$work/folds/fold-$f/test.txt" \
                    "${peer_args[@]}" -seed "$seed" "${ft[@]}" | sed 's/.*accuracy=\([^ ]*\).*/\1/')"
            done
            ft_acc=$(mean $accs)
            tk_accs="$tk_accs $tk_acc"
            ft_accs="$ft_accs $ft_acc"
            echo "| $name | $vectors | $seed | $tk_acc | $ft_acc | $(awk -v a="$tk_acc" -v b="$ft_acc" 'BEGIN { printf "%+.4f", a - b }') |" \
                >> "$work/table.md"
            echo "$name $vectors seed $seed: textkit $tk_acc, binary $ft_acc" >&2
        done
        summary="$summary| $name | $vectors | $(median $tk_accs) | $(median $ft_accs) |"$'\n'
    done
done
{
    cat "$work/table.md"
    echo
    echo "Medians over the seeds:"
    echo
    echo "| set | vectors | textkit | binary |"
    echo "|---|---|---|---|"
    printf '%s' "$summary"
} > "$out"
echo "wrote $out" >&2
