#!/usr/bin/env bash
# Trains the four word2vec variants with textkit, fastText and gensim on the same corpus with the same
# settings, scores every set of vectors with the same evaluator (textkit's, on questions-words.txt
# restricted to the 30,000 most frequent words), and writes one table to bench/results/word2vec.md.
#
#   bench/word2vec/compare.sh [--epochs N] [--corpus FILE.txt.gz] [--variants "sg-ns sg-hs cbow-ns cbow-hs"]
#                             [--tools "textkit gensim fasttext"] [--rounds N] [--results FILE.md]
#
# --rounds N repeats every variant's runs N times (tools still alternating), one row per run, so a
# table on a busy machine can show the spread; the load average is logged before each run.
# Needs: fasttext and python3-gensim from Debian (apt-get install fasttext python3-gensim time).
# Settings: 2 threads, dim 100, window 5, min-count 5, negative 5 (NS) or hierarchical softmax (HS),
# sample 1e-3, learning rate 0.025 (skip-gram) / 0.05 (CBOW) decaying linearly, as the original tool.
# Runs alternate tool by tool within each variant, so machine load drifts affect all three alike.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
epochs=5
corpus="$root/../shared/data/corpus/english-mix.txt.gz"
questions="$root/../shared/data/embeddings/questions-words.txt"
variants="sg-ns sg-hs cbow-ns cbow-hs"
tools="textkit gensim fasttext"
rounds=1
results="$root/bench/results/word2vec.md"
threads=2
while [ $# -gt 0 ]; do
    case "$1" in
        --epochs) epochs=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --variants) variants=$2; shift 2 ;;
        --tools) tools=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --results) results=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
for f in "$corpus" "$questions"; do
    [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }
done
[[ " $tools " != *" fasttext "* ]] || command -v fasttext >/dev/null || { echo "fasttext not installed (apt-get install fasttext)" >&2; exit 1; }
/usr/bin/python3 -c 'import gensim' 2>/dev/null || { echo "gensim not installed (apt-get install python3-gensim)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time not installed (apt-get install time)" >&2; exit 1; }

work="$(mktemp -d -t textkit-w2v.XXXXXX)"
trap 'rm -rf "$work"' EXIT
plain="$work/corpus.txt"
gzip -dc "$corpus" > "$plain"                      # fastText reads only plain text; all three get the same file
words=$(wc -w < "$plain")
"$root/textkit" --version >/dev/null 2>&1          # build the jar outside the timings
export OPENBLAS_NUM_THREADS=$threads OMP_NUM_THREADS=$threads

# run TOOL VARIANT: trains, then prints "seconds peak_kib" for the whole command.
run() {
    local tool=$1 variant=$2 out="$work/$1-$2"
    local sg=1 hs=0 neg=5 alpha=0.025 loss=ns
    case "$variant" in
        cbow-*) sg=0; alpha=0.05 ;;
    esac
    case "$variant" in
        *-hs) hs=1; neg=0; loss=hs ;;
    esac
    local cmd
    case "$tool" in
        textkit) cmd=("$root/textkit" embed train -train "$plain" -output "$out.vec" -size 100 -window 5
                     -negative $neg -hs $hs -sample 1e-3 -min-count 5 -iter "$epochs" -threads $threads
                     -cbow $((1 - sg)) -alpha $alpha -quiet) ;;
        fasttext) cmd=(fasttext "$([ $sg = 1 ] && echo skipgram || echo cbow)" -input "$plain" -output "$out"
                      -minn 0 -maxn 0 -dim 100 -ws 5 -neg $neg -loss $loss -t 1e-3 -minCount 5 -lr $alpha
                      -epoch "$epochs" -thread $threads -verbose 0) ;;
        # gensim with OpenBLAS's own choice of kernels for this CPU, not a core type or cache size
        # pinned by the environment (this machine's shell sets both).
        gensim) cmd=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$root/bench/word2vec/gensim_train.py" "$plain" "$out.vec" $sg $hs $neg
                    $alpha "$epochs" $threads) ;;
    esac
    /usr/bin/time -f "%e %M" -o "$out.time" "${cmd[@]}" > "$out.log" 2>&1 || {
        echo "$tool $variant failed; its output:" >&2; tail -20 "$out.log" >&2; return 1; }
    cat "$out.time"
}

# accuracy FILE.vec: overall analogy accuracy in percent, by textkit's evaluator (30k restriction).
accuracy() {
    "$root/textkit" embed eval -vectors "$1" -analogies "$questions" -restrict 30000 -quiet \
        | sed -n 's/^analogy overall: *\([0-9.]*\)%.*/\1/p'
}

mkdir -p "$(dirname "$results")"
table="$work/table.md"
{
    echo "# word2vec: textkit vs gensim vs fastText"
    echo
    echo "Produced by \`bench/word2vec/compare.sh --epochs $epochs\` on $(date -u +%Y-%m-%d): $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1),"
    echo "gensim $(/usr/bin/python3 -c 'import gensim; print(gensim.__version__)'), fastText (Debian, generic build)."
    echo
    echo "Corpus: \`$(basename "$corpus")\`, $words words. Settings: $threads threads, dim 100, window 5, min-count 5,"
    echo "negative 5 (NS) or hierarchical softmax (HS), sample 1e-3, $epochs epochs, learning rate 0.025 (SG) / 0.05 (CBOW)."
    echo "Wall time is the whole command (vocabulary, training, writing vectors); words/s/thread ="
    echo "corpus words × epochs / wall time / threads; peak memory is the maximum resident set size."
    echo "Accuracy: questions-words.txt, 30k most frequent words, 3CosAdd, case-insensitive, questions with"
    echo "unknown words skipped — every tool's vectors scored by the same evaluator (\`textkit embed eval\`)."
    echo "One run per row ($rounds per tool and variant), tools alternating within each variant; identical runs vary by up to 20% here."
    echo
    echo "| variant | tool | wall s | words/s/thread | peak MiB | analogy % |"
    echo "|---|---|---:|---:|---:|---:|"
} > "$table"
for variant in $variants; do
    for round in $(seq "$rounds"); do
        for tool in $tools; do
            echo "$variant $tool round $round: load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
            read -r seconds kib < <(run "$tool" "$variant")
            acc=$(accuracy "$work/$tool-$variant.vec")
            wps=$(awk -v w="$words" -v e="$epochs" -v s="$seconds" -v t=$threads 'BEGIN { printf "%.0f", w * e / s / t }')
            echo "| $variant | $tool | $seconds | $wps | $((kib / 1024)) | $acc |" >> "$table"
            echo "$variant $tool: ${seconds}s, $wps words/s/thread, $((kib / 1024)) MiB, analogy $acc%" >&2
        done
    done
done
mv "$table" "$results"
echo "wrote $results" >&2
