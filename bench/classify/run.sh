#!/usr/bin/env bash
# Trains every textkit classifier and the fastText binary on the issue's benchmark sets, on identical
# splits, and writes bench/results/classify.md (accuracy, training time, peak memory per row).
#
#   bench/classify/run.sh [--sets "mr sst2 sst2-sentences uci r8 polarity chinese"]
#                         [--models "fasttext fasttext-pretrained textcnn textcnn-d100 textcnn-nonstatic textrnn
#                                    textrnn-pretrained rcnn rcnn-pretrained han han-pretrained"]
#                         [--run-folds N] [--epochs N] [--fresh]
#
# Sets (from ../shared/data):
#   mr              MR (kim2014/rt-polarity.all), 10-fold CV (--run-folds N runs the first N folds)
#   sst2            SST-2 phrase level: train on sst2/train_full.tsv (GLUE's phrases) without the phrases of a
#                   held-out tenth of the training sentences, early-stop on those sentences, report
#                   kim2014/stsa.binary.dev as the untouched test set (SST-2's own test split is not in
#                   ../shared/data); peers/heldout.py draws the split (seeded, stratified) and states the rule
#   sst2-sentences  SST-2 sentence level: kim2014/stsa.binary.train without the same held-out sentences, early
#                   stopping on them, stsa.binary.dev as the test set
#   uci             UCI Amazon, IMDB, Yelp, 10-fold CV each; the raw sentences cut to their runs of letters
#                   and digits first (as the vector corpus was), so both tools and the vectors see the
#                   same words
#   r8              R8 train → test (a tenth of train held out as dev for the neural models)
#   polarity        review polarity v2.0 (the documents, straight from the tar.gz), 10-fold CV
#   chinese         the three below: chnsenticorp (Baidu's 9,600 ChnSentiCorp training reviews), hotel
#                   (ChnSentiCorp_htl_all) and takeaway (waimai_10k), each a seeded, stratified 80/10/10
#                   train/dev/test split (peers/heldout.py); only fasttext and textcnn* models run (the vectors
#                   are English), each with textkit's SmartCN word tokenizer (--tokenizer chinese) and with
#                   characters (--tokenizer characters); the fastText binary reads the very tokens, written by
#                   peers/Tokens.java with the same tokenizer
# Models: textkit's fastText, TextCNN-rand, TextRNN, RCNN, HAN, and the same started from word2vec vectors
# textkit trains here on corpus/english-mix.txt.gz and review polarity's text (CBOW, of each model's dim: 100
# for fastText, 200 for HAN, 300 for the others; see common.sh): fasttext-pretrained, textcnn-nonstatic,
# textrnn-pretrained, rcnn-pretrained, han-pretrained (not on polarity, whose documents the vectors saw).
# Each set also runs Debian's `fasttext supervised` on the folds textkit's fastText used (with
# -pretrainedVectors, the same vectors file, on fasttext-pretrained's). Neural models hold out 10% of each
# training part for early stopping (Kim 2014) and use their config defaults unless --epochs is given.
#
# Each row goes to bench/results/classify.tsv (a row replaces an earlier one of the same set and model,
# so sets and models can be run a few at a time; --fresh starts the file again), and the whole file is
# rendered to bench/results/classify.md with the settings of each row.
#
# Needs: fasttext and GNU time (apt-get install fasttext time); /usr/bin/python3 for the converter.
# Peak memory is the peak RSS of the whole command (GNU time %M); times are wall seconds of training
# as the command reports them (no JVM start-up). Runs are sequential; say the machine load when quoting.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sets="mr sst2 sst2-sentences uci r8 polarity chinese"
models="fasttext fasttext-pretrained textcnn textcnn-nonstatic textrnn textrnn-pretrained rcnn rcnn-pretrained han han-pretrained"
run_folds=10
epochs=""
fresh=0
results="$root/bench/results/classify.tsv"
while [ $# -gt 0 ]; do
    case "$1" in
        --sets) sets=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        --run-folds) run_folds=$2; shift 2 ;;
        --epochs) epochs=$2; shift 2 ;;
        --fresh) fresh=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v fasttext >/dev/null || { echo "fasttext not installed (apt-get install fasttext)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time not installed (apt-get install time)" >&2; exit 1; }
peers="$root/bench/classify/peers"
work="$(mktemp -d -t textkit-classify.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rows="$work/rows.tsv"
# shellcheck source=bench/classify/common.sh
source "$root/bench/classify/common.sh"
: > "$rows"
mkdir -p "$(dirname "$results")"
[ "$fresh" = 1 ] && : > "$results"
touch "$results"
"$root/textkit" --version >/dev/null 2>&1
# shellcheck source=scripts/jdk.sh
. "$root/scripts/jdk.sh" >/dev/null 2>&1

# row SET MODEL ACCURACY SD SECONDS_PER_EPOCH TRAIN_SECONDS PEAK_KIB FOLDS NOTE: one result, with the
# date, the epochs cap and the load average.
row() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$(date +%F)" "${epochs:-default}" \
        "$(cut -d' ' -f1 /proc/loadavg)" >> "$rows"
}

# epoch_seconds LOG: the mean of the "epoch k/n ... X s" lines of a textkit training log, or "-".
epoch_seconds() {
    awk '/^epoch [0-9]+\/[0-9]+ +train loss/ { s += $NF == "s" ? $(NF-1) : 0; n++ }
         END { if (n) printf "%.1f", s / n; else printf "-" }' "$1"
}

# cv SET FILE FORMAT-ARGS...: 10-fold CV of every model, then the fastText binary on fastText's folds.
cv() {
    local set=$1 file=$2
    shift 2
    local model log
    for model in $models; do
        log="$work/$set-$model.log"
        # shellcheck disable=SC2046
        /usr/bin/time -f "%M" -o "$work/peak" "$root/textkit" classify cv --data "$file" "$@" --folds 10 \
            --run-folds "$run_folds" --save-folds "$work/$set-$model-folds" $(model_args "$model") \
            > "$work/out" 2> "$log" || { tail -5 "$log" >&2; continue; }
        read -r acc sd secs < <(sed -n 's/.*accuracy \([0-9.]*\) ± \([0-9.]*\) .*time \([0-9.]*\) s$/\1 \2 \3/p' "$work/out")
        row "$set" "textkit $model" "$acc" "$sd" "$(epoch_seconds "$log")" "$secs" "$(tail -1 "$work/peak")" \
            "$run_folds/10" ""
    done
    if [[ " $models " == *" fasttext "* ]]; then
        binary_cv "$set" "$work/$set-fasttext-folds" "fastText binary"
    fi
    if [[ " $models " == *" fasttext-pretrained "* ]]; then
        binary_cv "$set" "$work/$set-fasttext-pretrained-folds" "fastText binary pretrained" \
            -pretrainedVectors "$(vectors 100)"
    fi
}

# binary_cv SET FOLDS NAME [OPTIONS...]: the fastText binary on the folds textkit's fastText wrote.
binary_cv() {
    local set=$1 folds=$2 name=$3
    shift 3
    local f accs="" times="" peak=0 line kib
    for f in $(seq 1 "$run_folds"); do
        line=$("$peers/fasttext.sh" "$folds/fold-$f/train.txt" "$folds/fold-$f/test.txt" "${peer_args[@]}" "$@")
        accs="$accs $(sed 's/.*accuracy=\([^ ]*\).*/\1/' <<< "$line")"
        times="$times $(sed 's/.*train_seconds=\([^ ]*\).*/\1/' <<< "$line")"
        kib=$(sed 's/.*peak_kib=\([^ ]*\).*/\1/' <<< "$line")
        peak=$(( kib > peak ? kib : peak ))
    done
    row "$set" "$name" "$(mean $accs)" "$(sd $accs)" "-" "$(mean $times)" "$peak" "$run_folds/10" \
        "wall time incl. process start"
}

# split SET TRAIN DEV TEST: train (neural: early-stop on DEV), evaluate on TEST; fastText binary beside.
# The caller may set tk_extra (more textkit options, e.g. a tokenizer), suffix (added to the row names)
# and peer_train/peer_test (the binary's files, when they are TRAIN and TEST tokenized).
tk_extra=()
suffix=""
split() {
    local set=$1 train=$2 dev=$3 test=$4 model log acc
    local ptrain=${peer_train:-$train} ptest=${peer_test:-$test}
    for model in $models; do
        log="$work/$set-$model.log"
        local dev_args=(--dev "$dev")
        [[ $model == fasttext* ]] && dev_args=()
        # shellcheck disable=SC2046
        /usr/bin/time -f "%M" -o "$work/peak" "$root/textkit" classify train --train "$train" --format fasttext \
            "${dev_args[@]}" --output "$work/model.tkm" $(model_args "$model") "${tk_extra[@]}" \
            > "$work/out" 2> "$log" || { tail -5 "$log" >&2; continue; }
        acc=$("$root/textkit" classify eval --model "$work/model.tkm" --test "$test" --format fasttext 2>/dev/null \
            | awk '/^accuracy/ { sub(/,$/, "", $2); print $2; exit }')
        row "$set" "textkit $model$suffix" "$acc" "" "$(epoch_seconds "$log")" \
            "$(sed -n 's/.*trained in \([0-9.]*\) s.*/\1/p' "$work/out")" "$(tail -1 "$work/peak")" "" ""
    done
    if [[ " $models " == *" fasttext "* ]]; then
        binary_split "$set" "$ptrain" "$ptest" "fastText binary$suffix"
    fi
    if [[ " $models " == *" fasttext-pretrained "* ]]; then
        binary_split "$set" "$train" "$test" "fastText binary pretrained" -pretrainedVectors "$(vectors 100)"
    fi
}

# binary_split SET TRAIN TEST NAME [OPTIONS...]: the fastText binary trained on TRAIN, tested on TEST.
binary_split() {
    local set=$1 train=$2 test=$3 name=$4
    shift 4
    local line
    line=$("$peers/fasttext.sh" "$train" "$test" "${peer_args[@]}" "$@")
    row "$set" "$name" "$(sed 's/.*accuracy=\([^ ]*\).*/\1/' <<< "$line")" "" "-" \
        "$(sed 's/.*train_seconds=\([^ ]*\).*/\1/' <<< "$line")" "$(sed 's/.*peak_kib=\([^ ]*\).*/\1/' <<< "$line")" \
        "" "wall time incl. process start"
}

# heldout NAME LAYOUT FILE: the seeded, stratified 80/10/10 split of FILE in $work/NAME/{train,dev,test}.txt.
heldout() { /usr/bin/python3 "$peers/heldout.py" split "$2" "$3" "$work/$1"; }

for set in ${sets//chinese/chnsenticorp hotel takeaway}; do
    echo "== $set" >&2
    case "$set" in
        mr)
            file=$(cv_data mr)
            cv mr "$file" --format fasttext ;;
        sst2|sst2-sentences)
            [ -d "$work/sst2" ] || /usr/bin/python3 "$peers/heldout.py" sst2 "$data/sentiment/kim2014/stsa.binary.train" \
                "$data/sentiment/sst2/train_full.tsv" "$data/sentiment/kim2014/stsa.binary.dev" "$work/sst2"
            level=$([ "$set" = sst2 ] && echo phrases || echo sentences)
            split "$set" "$work/sst2/$level-train.txt" "$work/sst2/dev.txt" "$work/sst2/test.txt" ;;
        uci)
            for name in uci-amazon uci-imdb uci-yelp; do
                file=$(cv_data "$name")
                cv "$name" "$file" --format fasttext
            done ;;
        r8)
            convert label-tab-text "$data/documents/r8/train.txt" "$work/r8-train.txt"
            convert label-tab-text "$data/documents/r8/test.txt" "$work/r8-test.txt"
            /usr/bin/python3 - "$work/r8-train.txt" "$work/r8-fit.txt" "$work/r8-dev.txt" <<'PY'
import random, sys
lines = open(sys.argv[1], encoding="utf-8").readlines()
random.Random(1).shuffle(lines)
cut = len(lines) // 10
open(sys.argv[3], "w", encoding="utf-8").writelines(lines[:cut])
open(sys.argv[2], "w", encoding="utf-8").writelines(lines[cut:])
PY
            split r8 "$work/r8-fit.txt" "$work/r8-dev.txt" "$work/r8-test.txt" ;;
        polarity)
            # The vectors are trained on these very documents, test folds included: no pretrained rows here.
            all_models=$models
            models=$(for m in $models; do pretrained "$m" || echo "$m"; done | xargs)
            cv polarity "$data/documents/review_polarity.tar.gz" --format folders --root txt_sentoken
            models=$all_models ;;
        chnsenticorp|hotel|takeaway)
            all_models=$models
            models=$(for m in $models; do [[ $m == fasttext || $m == textcnn* ]] && echo "$m"; done | xargs)
            case "$set" in
                chnsenticorp) heldout "$set" text-tab-label "$data/chinese/chnsenticorp/train.tsv" ;;
                hotel) heldout "$set" csv-label-text "$data/chinese/ChnSentiCorp_htl_all.csv" ;;
                takeaway) heldout "$set" csv-label-text "$data/chinese/waimai_10k.csv" ;;
            esac
            for tokenizer in chinese characters; do
                for part in train test; do
                    "$JAVA_HOME/bin/java" -cp "$root/app/target/textkit.jar" "$peers/Tokens.java" "$tokenizer" \
                        "$work/$set/$part.txt" "$work/$set/$part.$tokenizer.txt"
                done
                tk_extra=(--tokenizer "$tokenizer")
                suffix=$([ "$tokenizer" = chinese ] && echo ", SmartCN words" || echo ", characters")
                peer_train="$work/$set/train.$tokenizer.txt" peer_test="$work/$set/test.$tokenizer.txt" \
                    split "$set" "$work/$set/train.txt" "$work/$set/dev.txt" "$work/$set/test.txt"
            done
            tk_extra=()
            suffix=""
            models=$all_models ;;
        *) echo "unknown set $set" >&2; exit 2 ;;
    esac
done
# Runs of different sets may go side by side: one merge at a time.
flock "${TMPDIR:-/tmp}/textkit-classify-report.lock" /usr/bin/python3 "$root/bench/classify/report.py" "$results" \
    "$rows" "$root/bench/results/classify.md"
echo "wrote bench/results/classify.md and classify.tsv" >&2
