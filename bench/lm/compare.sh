#!/usr/bin/env bash
# The recurrent language model beside a PyTorch LSTM language model of the same size, on the same
# words: trains io.textkit.seq2seq.lm (through io.textkit.bench.LanguageModelRun) and then
# bench/lm/torch_lm.py on a slice of ../shared/data/corpus/english-mix.txt.gz, one after the other,
# each under GNU time, and writes held-out perplexity, training tokens/s, peak RSS and sampled
# sentences of both to bench/results/lm.md.
#
#   bench/lm/compare.sh                 # build, slice the corpus, train both, write the report
#   KEEP=DIR bench/lm/compare.sh        # the same, keeping the texts and both sides' outputs in DIR
#   bench/lm/compare.sh --report DIR    # only write the report again from a run kept in DIR
#
# The slice, by a fixed rule: the corpus's lines are already shuffled with a fixed seed, so the
# training text is its first lines up to TRAIN_WORDS words, and the held-out text its last lines up to
# HELDOUT_WORDS words (disjoint for any sizes that fit). The vocabulary is the MAX_VOCAB most frequent
# training words with <unk> and </s>; textkit writes it and PyTorch reads it, so both predict the
# same tokens. Model: LSTM, word vectors 256, hidden 512, one layer, dropout 0.2, bptt 35, batch 32,
# Adam lr 2e-3, gradients clipped to norm 1, EPOCHS epochs, seed 1; both on THREADS threads.
#
# Environment: TRAIN_WORDS (default 2000000), HELDOUT_WORDS (200000), EPOCHS (1), MAX_VOCAB (10000),
# THREADS (2), JAVA_HEAP (the JVM's -Xmx, default 2g), TEXTKIT_DATA (the shared/data folder, default
# ../shared/data beside the repository), OUT (default bench/results/lm.md), NOTE (a paragraph for the
# file, e.g. what else the machine was running).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/scripts/jdk.sh"
[ -x /usr/bin/time ] || { echo "compare.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
data_root="${TEXTKIT_DATA:-$root/../shared/data}"
corpus="$data_root/corpus/english-mix.txt.gz"
[ -f "$corpus" ] || { echo "compare.sh: no corpus at $corpus; set TEXTKIT_DATA to the shared/data folder" >&2; exit 1; }
train_words="${TRAIN_WORDS:-2000000}"
heldout_words="${HELDOUT_WORDS:-200000}"
epochs="${EPOCHS:-1}"
max_vocab="${MAX_VOCAB:-10000}"
threads="${THREADS:-2}"
heap="${JAVA_HEAP:-2g}"
out="${OUT:-$root/bench/results/lm.md}"
load() { cut -d' ' -f1-3 /proc/loadavg; }

report_only=""
if [ "${1:-}" = --report ]; then
    work="${2:?compare.sh: --report needs the folder a KEEP=DIR run kept}"
    [ -f "$work/settings" ] || { echo "compare.sh: $work holds no kept run (no settings file)" >&2; exit 1; }
    report_only=1
elif [ -n "${KEEP:-}" ]; then
    work="$KEEP"
    mkdir -p "$work"
else
    work="$(mktemp -d -t textkit-lm.XXXXXX)"
    trap 'rm -rf "$work"' EXIT
fi
trap 'exit 130' INT TERM

if [ -z "$report_only" ]; then
    printf 'epochs=%s\nthreads=%s\nheap=%s\n' "$epochs" "$threads" "$heap" > "$work/settings"
    echo "compare.sh: building the benchmark jar..." >&2
    (cd "$root" && mvn -B -ntp -q -pl bench -am package -DskipTests >"$work/build.log" 2>&1) \
        || { tail -n 30 "$work/build.log" >&2; exit 1; }

    gzip -dc "$corpus" > "$work/corpus.txt"
    awk -v n="$train_words" '{ print; w += NF; if (w >= n) exit }' "$work/corpus.txt" > "$work/train.txt"
    # awk stops reading early, so tac may die of SIGPIPE: that is the expected end, not a failure.
    { tac "$work/corpus.txt" || true; } | awk -v n="$heldout_words" '{ print; w += NF; if (w >= n) exit }' | tac > "$work/heldout.txt"
    corpus_lines=$(wc -l < "$work/corpus.txt")
    [ $(($(wc -l < "$work/train.txt") + $(wc -l < "$work/heldout.txt"))) -le "$corpus_lines" ] \
        || { echo "compare.sh: the training and held-out slices overlap; lower TRAIN_WORDS or HELDOUT_WORDS" >&2; exit 1; }
    rm "$work/corpus.txt"

    # measure NAME COMMAND...: runs COMMAND under GNU time; its stdout to $work/NAME.out, stderr (progress and
    # time's report) to $work/NAME.err, the load average before it to $work/NAME.load.
    measure() {
        local name=$1
        shift
        load > "$work/$name.load"
        echo "compare.sh: $name (load $(load))..." >&2
        OPENBLAS_NUM_THREADS=$threads OMP_NUM_THREADS=$threads /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.err" \
            || { tail -n 30 "$work/$name.err" >&2; exit 1; }
    }

    measure textkit "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -Xmx"$heap" \
        -Dtextkit.matmul.threads="$threads" -cp "$root/bench/target/benchmarks.jar" io.textkit.bench.LanguageModelRun \
        "$work/train.txt" "$work/heldout.txt" "$work" "epochs=$epochs" "maxVocabulary=$max_vocab" "patience=$epochs" \
        dim=256 hidden=512 layers=1 dropout=0.2 bptt=35 batchSize=32 learningRate=0.002 clipNorm=1 seed=1
    measure pytorch /usr/bin/python3 "$root/bench/lm/torch_lm.py" "$work/train.txt" "$work/heldout.txt" \
        "$work/vocabulary.txt" --epochs "$epochs" --dim 256 --hidden 512 --layers 1 --dropout 0.2 --bptt 35 --batch 32 \
        --lr 0.002 --clip 1 --threads "$threads" --seed 1
fi

. "$work/settings"
train_lines=$(wc -l < "$work/train.txt")
train_words=$(wc -w < "$work/train.txt")
heldout_lines=$(wc -l < "$work/heldout.txt")
heldout_words=$(wc -w < "$work/heldout.txt")

value() { awk -F'\t' -v k="$2" '$1 == k { print $2; exit }' "$work/$1.out"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$1.err"; }
wall() { awk '/Elapsed \(wall clock\)/ { print $NF }' "$work/$1.err"; }
cpu() { awk -F': ' '/User time|System time/ { s += $2 } /Percent of CPU/ { p = $2 } END { printf "%.0f (%s)", s, p }' "$work/$1.err"; }
samples() { awk -F'\t' '$1 ~ /^sample_/ { sub(/^sample_/, "", $1); printf "- `%s` %s\n", $1, ($2 == "" ? "(empty: `</s>` first)" : $2) }' "$work/$1.out"; }
epochs_of() { awk -F'\t' '$1 ~ /^epoch_/ { printf "- %s: %s\n", $1, $2 }' "$work/$1.out"; }

{
    echo "# Recurrent language model: textkit beside PyTorch"
    echo
    echo "Generated by \`bench/lm/compare.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $(nproc) vCPUs,"
    echo "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;"
    echo "JDK $TEXTKIT_JAVA_VERSION (-Xmx$heap), PyTorch $(value pytorch torch) (CPU), $threads threads each."
    echo "Load average (1, 5, 15 min) before textkit: $(cat "$work/textkit.load"); before PyTorch:"
    echo "$(cat "$work/pytorch.load"); after both: $(load)."
    [ -n "${NOTE:-}" ] && { echo; echo "$NOTE"; }
    echo
    echo "Data: the first $(value textkit train_tokens) tokens ($train_lines lines, $train_words words)"
    echo "of \`corpus/english-mix.txt.gz\` to train and its last $(value textkit heldout_tokens) tokens ($heldout_lines lines,"
    echo "$heldout_words words) held out, tokens counting the \`</s>\` that ends each line; vocabulary"
    echo "the $(value textkit vocabulary) most frequent training words with \`<unk>\` and \`</s>\`, the same file on both sides."
    echo "Model: LSTM, word vectors 256, hidden 512, 1 layer, dropout 0.2, bptt 35, batch 32, Adam lr 2e-3,"
    echo "clip 1, $epochs epoch(s), seed 1. Perplexity over 10 parallel held-out streams, the state carried."
    echo
    echo "| | held-out perplexity | predicted tokens | training tokens/s | training s | wall (all) | CPU s (all, share) | peak RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for side in textkit pytorch; do
        echo "| $side | $(value $side heldout_perplexity) | $(value $side heldout_predicted) | $(value $side train_tokens_per_second) | $(value $side train_seconds) | $(wall $side) | $(cpu $side) | $(rss_mb $side) |"
    done
    echo
    echo "Wall and CPU (all) cover the whole process: start-up, reading the text, training, the held-out"
    echo "passes and sampling; CPU is user + system seconds and the share of one core GNU time saw (200% is"
    echo "both cores), which on a shared machine says how much of the wall time the process actually ran."
    echo "Peak RSS is GNU time's maximum resident set size (the JVM's heap grows up to -Xmx before it collects)."
    echo
    for side in textkit pytorch; do
        echo "## $side"
        echo
        epochs_of $side
        echo
        echo "Sampled sentences from the zero state after \`</s>\` (temperature t, top-k k with 0 for all,"
        echo "top-p p), at most 30 words:"
        echo
        samples $side
        echo
    done
} > "$out"
echo "compare.sh: wrote $out" >&2
cat "$out"
