#!/usr/bin/env bash
# Start-up, peak memory and model size of ./textkit beside the peers; writes bench/results/memory-startup.md.
#
#   bench/memory-startup.sh [--sections "predict size word2vec classify"] [--runs N] [--before DIR]
#                           [--folds N] [--epochs N] [--models "textrnn rcnn"] [--variants "cbow-ns sg-hs"]
#                           [--output FILE]
#
# predict   cold `classify predict` of one sentence with a fastText model (Yelp's 1,000 UCI sentences,
#           --word-ngrams 2): ./textkit with its class cache, the same with TEXTKIT_JVM_CACHE=0, the plain
#           `java -jar` the launcher ran before, and fastText's own `fasttext predict`; the runs alternate
#           (A B C D A B C D ...), N of each (default 10), median wall and CPU (user + sys) seconds.
# size      the model files: textkit's, the fastText binary's .bin and its quantised .ftz (same settings),
#           and whether textkit's predictions on the 1,000 sentences match the dense file's.
# word2vec  `textkit embed train` beside gensim on corpus/english-mix.txt.gz (cbow-ns and sg-hs, 1 epoch,
#           2 threads, bench/word2vec/compare.sh's settings): peak RSS (GNU time) and textkit's peak heap.
# classify  10-fold CV on MR (--folds N runs the first N; --epochs N caps the epochs): peak RSS and heap.
#
# --before DIR: a checkout of an earlier textkit with its jar built (DIR/app/target/textkit.jar); its
# ./textkit runs beside this one in every section, for before/after rows.
#
# Heap columns, from the JVM's GC log (-Xlog:gc): "live" is the largest heap left after a collection
# that reclaimed the old generation (a full, mixed or remark pause), the best estimate of the peak
# live set a log gives; "after GC" is the largest heap left after any collection, an upper bound
# (young collections leave dead old objects behind).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/jdk.sh"
sections="predict size word2vec classify"
runs=10
before=""
folds=10
epochs=""
models="textrnn rcnn"
variants="cbow-ns sg-hs"
results="$root/bench/results/memory-startup.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --sections) sections=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --before) before=$(cd "$2" && pwd); shift 2 ;;
        --folds) folds=$2; shift 2 ;;
        --epochs) epochs=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        --variants) variants=$2; shift 2 ;;
        --output) results=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "GNU time not installed (bench/setup.sh)" >&2; exit 1; }
data="$root/../shared/data"
work="$(mktemp -d -t textkit-memory.XXXXXX)"
trap 'rm -rf "$work"' EXIT
out="$work/results.md"

"$root/textkit" --version >/dev/null          # build the jar outside the timings
tools=(after)
[ -n "$before" ] && tools=(before after)
launcher() { if [ "$1" = before ]; then echo "$before/textkit"; else echo "$root/textkit"; fi; }

median() { sort -g | awk '{ x[n++] = $1 } END { if (n == 0) print "-"; else printf "%.2f", n % 2 ? x[int(n / 2)] : (x[n / 2 - 1] + x[n / 2]) / 2 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

# heap LOG: "live after-GC" in MiB from a -Xlog:gc file.
heap() {
    local live any
    live=$(grep -E 'Pause (Full|Remark|Young \(Mixed\))' "$1" | grep -o -- '->[0-9]*M' | tr -d '>M-' | sort -n | tail -1)
    any=$(grep -o -- '->[0-9]*M' "$1" | tr -d '>M-' | sort -n | tail -1)
    echo "${live:--} ${any:--}"
}

# timed NAME CMD...: runs CMD under GNU time with a GC log for textkit; prints "wall peak_MiB live after-GC".
timed() {
    local name=$1
    shift
    TEXTKIT_JAVA_OPTS="${TEXTKIT_JAVA_OPTS:-} -Xlog:gc:file=$work/$name.gc" \
        /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
        echo "$name failed:" >&2; tail -5 "$work/$name.err" >&2; return 1; }
    read -r wall kib < "$work/$name.time"
    if [ -f "$work/$name.gc" ]; then
        echo "$wall $((kib / 1024)) $(heap "$work/$name.gc")"
    else
        echo "$wall $((kib / 1024)) - -"
    fi
}

{
    echo "# Memory, start-up and model size"
    echo
    echo "Produced by \`bench/memory-startup.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
    echo "The machine is shared: the load average (1 min) is given per row; wall times under load are"
    echo "inflated, CPU times (user + sys) less so."
    echo
} > "$out"

tr -d '\r' < "$data/sentiment/uci/yelp_labelled.txt" | grep -v $'^sentence\tscore$' > "$work/yelp.tsv"
cut -f1 "$work/yelp.tsv" > "$work/yelp.txt"
awk -F'\t' '{ print "__label__" $2 " " $1 }' "$work/yelp.tsv" > "$work/yelp.ft"
for tool in "${tools[@]}"; do
    "$(launcher "$tool")" classify train --train "$work/yelp.tsv" --format text-tab-label --word-ngrams 2 \
        --output "$work/yelp-$tool.tkm" --quiet 2>/dev/null
done
sentence="the food was great and the service friendly"

if [[ " $sections " == *" predict "* ]]; then
    # Builds the class cache outside the timings.
    TEXTKIT_JVM_CACHE=foreground "$root/textkit" classify predict --model "$work/yelp-after.tkm" "$sentence" >/dev/null 2>&1
    command -v fasttext >/dev/null && fasttext supervised -input "$work/yelp.ft" -output "$work/yelp-ft" \
        -wordNgrams 2 -bucket 200000 -dim 100 -minCount 1 -thread 1 -verbose 0
    commands=("after" "after-nocache")
    [ -n "$before" ] && commands+=("before")
    [ -f "$work/yelp-ft.bin" ] && commands+=("fasttext")
    for ((i = 0; i < runs; i++)); do
        for v in "${commands[@]}"; do
            case "$v" in
                after) cmd=("$root/textkit" classify predict --model "$work/yelp-after.tkm" "$sentence") ;;
                after-nocache) cmd=(env TEXTKIT_JVM_CACHE=0 "$root/textkit" classify predict --model "$work/yelp-after.tkm" "$sentence") ;;
                before) cmd=("$before/textkit" classify predict --model "$work/yelp-before.tkm" "$sentence") ;;
                fasttext) cmd=(sh -c "echo '$sentence' | fasttext predict-prob '$work/yelp-ft.bin' -") ;;
            esac
            /usr/bin/time -f "%e %U %S %M" -o "$work/t" "${cmd[@]}" > "$work/p.out" 2> "$work/p.err"
            echo "$(cat "$work/t") $(load)" >> "$work/predict-$v"
            [ -s "$work/p.err" ] && cp "$work/p.err" "$work/stderr-$v"
        done
    done
    {
        echo "## Cold \`classify predict\`, one sentence, fastText model (Yelp, --word-ngrams 2)"
        echo
        echo "$runs runs of each, alternating; medians."
        echo
        echo "| command | wall s | CPU s | peak MiB | load | stderr |"
        echo "|---|---:|---:|---:|---:|---|"
        for v in "${commands[@]}"; do
            case "$v" in
                after) label="./textkit (class cache)" ;;
                after-nocache) label="./textkit, TEXTKIT_JVM_CACHE=0" ;;
                before) label="./textkit before" ;;
                fasttext) label="fasttext predict-prob (.bin)" ;;
            esac
            f="$work/predict-$v"
            err="$( [ -f "$work/stderr-$v" ] && head -c 60 "$work/stderr-$v" | tr '\n' ' ' || echo "(empty)")"
            echo "| $label | $(awk '{ print $1 }' "$f" | median) | $(awk '{ print $2 + $3 }' "$f" | median) | $(awk '{ print $4 / 1024 }' "$f" | median) | $(awk '{ print $5 }' "$f" | median) | $err |"
        done
        echo
    } >> "$out"
fi

if [[ " $sections " == *" size "* ]]; then
    {
        echo "## Model files (Yelp's 1,000 sentences, --word-ngrams 2, dim 100, 200,000 buckets)"
        echo
        echo "| file | bytes |"
        echo "|---|---:|"
        for tool in "${tools[@]}"; do
            echo "| textkit $tool (.tkm) | $(stat -c %s "$work/yelp-$tool.tkm") |"
        done
    } >> "$out"
    if command -v fasttext >/dev/null; then
        [ -f "$work/yelp-ft.bin" ] || fasttext supervised -input "$work/yelp.ft" -output "$work/yelp-ft" \
            -wordNgrams 2 -bucket 200000 -dim 100 -minCount 1 -thread 1 -verbose 0
        fasttext quantize -input "$work/yelp.ft" -output "$work/yelp-ft" -qnorm -retrain -cutoff 100000 -verbose 0 \
            >/dev/null 2>&1 || true
        echo "| fastText .bin | $(stat -c %s "$work/yelp-ft.bin") |" >> "$out"
        [ -f "$work/yelp-ft.ftz" ] && echo "| fastText .ftz (quantize -qnorm -retrain -cutoff 100000) | $(stat -c %s "$work/yelp-ft.ftz") |" >> "$out"
    fi
    if [ -n "$before" ]; then
        "$root/textkit" classify predict --model "$work/yelp-after.tkm" -k 2 < "$work/yelp.txt" > "$work/after.pred" 2>/dev/null
        "$before/textkit" classify predict --model "$work/yelp-before.tkm" -k 2 < "$work/yelp.txt" > "$work/before.pred" 2>/dev/null
        "$root/textkit" classify predict --model "$work/yelp-before.tkm" -k 2 < "$work/yelp.txt" > "$work/old-file.pred" 2>/dev/null
        same=$(cmp -s "$work/after.pred" "$work/before.pred" && cmp -s "$work/after.pred" "$work/old-file.pred" && echo identical || echo DIFFERENT)
        echo >> "$out"
        echo "Predictions (label and probability to 4 places, both labels) on the 1,000 sentences: the new file by" >> "$out"
        echo "this textkit, the old file by the old textkit and the old file by this textkit are $same." >> "$out"
    fi
    echo >> "$out"
fi

if [[ " $sections " == *" word2vec "* ]]; then
    gzip -dc "$data/corpus/english-mix.txt.gz" > "$work/corpus.txt"
    words=$(wc -w < "$work/corpus.txt")
    {
        echo "## word2vec peak memory (corpus/english-mix.txt.gz, $words words, 1 epoch, 2 threads)"
        echo
        echo "| variant | tool | wall s | peak MiB | live MiB | after GC MiB | load |"
        echo "|---|---|---:|---:|---:|---:|---:|"
    } >> "$out"
    for variant in $variants; do
        sg=1; hs=0; neg=5; alpha=0.025
        case "$variant" in cbow-*) sg=0; alpha=0.05 ;; esac
        case "$variant" in *-hs) hs=1; neg=0 ;; esac
        for tool in "${tools[@]}" gensim; do
            if [ "$tool" = gensim ]; then
                /usr/bin/python3 -c 'import gensim' 2>/dev/null || continue
                row=$(timed "w2v-$tool-$variant" /usr/bin/python3 "$root/bench/word2vec/gensim_train.py" \
                    "$work/corpus.txt" "$work/$tool.vec" $sg $hs $neg $alpha 1 2)
            else
                row=$(timed "w2v-$tool-$variant" "$(launcher "$tool")" embed train -train "$work/corpus.txt" \
                    -output "$work/$tool.vec" -size 100 -window 5 -negative $neg -hs $hs -sample 1e-3 -min-count 5 \
                    -iter 1 -threads 2 -cbow $((1 - sg)) -alpha $alpha -quiet)
            fi
            read -r wall mib live any <<< "$row"
            echo "| $variant | $([ "$tool" = gensim ] && echo gensim || echo "textkit $tool") | $wall | $mib | $live | $any | $(load) |" >> "$out"
            echo "word2vec $variant $tool: $row" >&2
        done
    done
    echo >> "$out"
fi

if [[ " $sections " == *" classify "* ]]; then
    /usr/bin/python3 "$root/bench/classify/peers/to_fasttext.py" label-space-text \
        "$data/sentiment/kim2014/rt-polarity.all" "$work/mr.txt" latin-1 2>/dev/null
    {
        echo "## classify cv on MR ($folds of 10 folds${epochs:+, at most $epochs epochs})"
        echo
        echo "| model | tool | accuracy | wall s | peak MiB | live MiB | after GC MiB | peak / live | load |"
        echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    } >> "$out"
    for model in $models; do
        for tool in "${tools[@]}"; do
            # shellcheck disable=SC2086
            row=$(timed "cv-$tool-$model" "$(launcher "$tool")" classify cv --data "$work/mr.txt" --format fasttext \
                --model "$model" --folds 10 --run-folds "$folds" ${epochs:+--epochs $epochs})
            read -r wall mib live any <<< "$row"
            acc=$(grep -o 'accuracy [0-9.]*' "$work/cv-$tool-$model.out" | head -1 | cut -d' ' -f2)
            ratio=$(awk -v p="$mib" -v l="$live" 'BEGIN { if (l + 0 > 0) printf "%.1f", p / l; else print "-" }')
            echo "| $model | textkit $tool | ${acc:--} | $wall | $mib | $live | $any | $ratio | $(load) |" >> "$out"
            echo "classify $model $tool: $row" >&2
        done
    done
    echo >> "$out"
fi

mv "$out" "$results"
echo "wrote $results" >&2
