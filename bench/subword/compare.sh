#!/usr/bin/env bash
# Learns BPE at the same vocabulary sizes with textkit and with Debian's sentencepiece
# (spm_train --model_type=bpe, 0.1.97) on the shared English corpus, then encodes the whole corpus
# with each, one thread, and writes bench/results/subword.md: training time, encoding throughput,
# tokens per word and peak RSS (GNU time), with the machine, the load and the command lines.
#
#   bench/subword/compare.sh [--sizes "8000 32000"] [--lines N] [--out FILE]
#
# --lines N uses only the first N lines of the corpus (a quick run). Everything runs under
# `nice -n 15`. Encoding throughput is given three ways, because the machine is often busy and wall
# time then measures the other tenants as much as the encoder:
#   - wall: tokens / elapsed seconds of the whole command (read, encode, write ids to a file);
#   - cpu:  tokens / (user + sys) seconds of the whole command (GNU time);
#   - encode-only cpu: tokens / CPU seconds of the encoding calls alone, in-process: textkit's
#     `subword encode` measures its thread's CPU time around each batch of encode calls; for sentencepiece
#     the Python module encodes the list of lines with num_threads=1, timed by time.process_time() (its work runs on a
#     worker thread, so the calling thread's CPU time would miss it).
# Needs: spm_train, spm_encode, python3-sentencepiece, GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes="8000 32000"
lines=0
out="$root/bench/results/subword.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --lines) lines="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        *) echo "usage: $0 [--sizes \"8000 32000\"] [--lines N] [--out FILE]" >&2; exit 2 ;;
    esac
done
for tool in spm_train spm_encode /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install sentencepiece time)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import sentencepiece' || { echo "$0: python3-sentencepiece is missing" >&2; exit 1; }

corpus_gz="$root/../shared/data/corpus/english-mix.txt.gz"
[ -f "$corpus_gz" ] || corpus_gz=/work/shared/data/corpus/english-mix.txt.gz
work="$(mktemp -d -t subword-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [ "$lines" -gt 0 ]; then
    { zcat "$corpus_gz" || true; } | head -n "$lines" >"$work/corpus.txt"
else
    zcat "$corpus_gz" >"$work/corpus.txt"
fi
words=$(wc -w <"$work/corpus.txt")
corpus_lines=$(wc -l <"$work/corpus.txt")
(cd "$root" && nice -n 15 ./textkit --version >/dev/null)   # builds the jar first, outside the timings

# timed NAME COMMAND...: runs the command under GNU time into $work/NAME.time (wall user sys KB).
timed() {
    local name="$1"; shift
    /usr/bin/time -o "$work/$name.time" -f "%e %U %S %M" nice -n 15 "$@"
}
field() { awk -v f="$2" '{print $f}' "$work/$1.time"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
commands=()
for size in $sizes; do
    echo "== vocabulary size $size" >&2
    tk="$work/tk$size"
    timed "tk-learn-$size" "$root/textkit" subword learn --type bpe --vocab-size "$size" -o "$tk" "$work/corpus.txt" 2>"$work/tk-learn-$size.log"
    timed "spm-learn-$size" spm_train --input="$work/corpus.txt" --model_prefix="$work/spm$size" --vocab_size="$size" \
        --model_type=bpe --character_coverage=1.0 --num_threads=1 --minloglevel=1 2>"$work/spm-learn-$size.log"
    timed "tk-encode-$size" "$root/textkit" subword encode -m "$tk" "$work/corpus.txt" >"$work/tk$size.ids" 2>"$work/tk-encode-$size.log"
    timed "spm-encode-$size" spm_encode --model="$work/spm$size.model" --output_format=id \
        <"$work/corpus.txt" >"$work/spm$size.ids"
    tk_tokens=$(wc -w <"$work/tk$size.ids")
    spm_tokens=$(wc -w <"$work/spm$size.ids")
    tk_encode_cpu=$(sed -n 's/.*encoding alone took [0-9.]* s ([0-9,]* tokens\/s) and \([0-9.]*\) s of CPU.*/\1/p' "$work/tk-encode-$size.log")
    spm_encode_cpu=$(nice -n 15 /usr/bin/python3 - "$work/spm$size.model" "$work/corpus.txt" <<'PY'
import sys, time
import sentencepiece as spm
sp = spm.SentencePieceProcessor(model_file=sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
start = time.process_time()
sp.encode(lines, num_threads=1)
print(f"{time.process_time() - start:.3f}")
PY
)
    tk_size=$(wc -l <"$tk/vocab.txt")
    spm_size=$(wc -l <"$work/spm$size.vocab")
    for tool in tk spm; do
        if [ $tool = tk ]; then name=textkit; tokens=$tk_tokens; encode_cpu=$tk_encode_cpu; vocab=$tk_size
        else name="sentencepiece 0.1.97"; tokens=$spm_tokens; encode_cpu=$spm_encode_cpu; vocab=$spm_size; fi
        rows+=("$(awk -v name="$name" -v size="$size" -v vocab="$vocab" -v tokens="$tokens" -v words="$words" -v ecpu="$encode_cpu" \
            -v lw="$(field $tool-learn-$size 1)" -v lu="$(field $tool-learn-$size 2)" -v ls="$(field $tool-learn-$size 3)" -v lm="$(field $tool-learn-$size 4)" \
            -v ew="$(field $tool-encode-$size 1)" -v eu="$(field $tool-encode-$size 2)" -v es="$(field $tool-encode-$size 3)" -v em="$(field $tool-encode-$size 4)" \
            'BEGIN { printf "| %s | %s | %s | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.3f | %.0f |", size, name, vocab, lw, lu + ls, lm / 1024,
                tokens / ew, tokens / (eu + es), tokens / ecpu, tokens / words, em / 1024 }')")
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo "# Subword vocabularies: textkit BPE beside sentencepiece BPE"
    echo
    echo "Made by \`bench/subword/compare.sh$([ "$lines" -gt 0 ] && echo " --lines $lines")\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo
    echo "- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; $(. "$root/scripts/jdk.sh" && "$JAVA_HOME/bin/java" -version 2>&1 | head -1)."
    echo "- Load average (1, 5, 15 min): $load_before before, $load_after after. The machine is shared; wall"
    echo "  times stretch with the load, CPU times much less, so compare the CPU columns."
    echo "- Corpus: english-mix.txt, $corpus_lines lines, $words words (decompressed to a temporary file for both)."
    echo "- Commands (\`V\` the vocabulary size; each under \`nice -n 15\` and \`/usr/bin/time\`):"
    echo "  - \`textkit subword learn --type bpe --vocab-size V -o DIR corpus.txt\`"
    echo "  - \`spm_train --input=corpus.txt --model_prefix=spmV --vocab_size=V --model_type=bpe --character_coverage=1.0 --num_threads=1\`"
    echo "  - \`textkit subword encode -m DIR corpus.txt > ids\`"
    echo "  - \`spm_encode --model=spmV.model --output_format=id < corpus.txt > ids\`"
    echo "  - encode-only CPU: textkit's own count (thread CPU time around each batch of \`encode\` calls); sentencepiece's"
    echo "    Python module, \`sp.encode(lines, num_threads=1)\` over the whole corpus, timed by the process CPU clock, \`time.process_time()\`."
    echo
    echo "| size | tool | ids | learn wall s | learn CPU s | learn RSS MB | encode tokens/s (wall) | encode tokens/s (CPU) | encode-only tokens/s (CPU) | tokens/word | encode RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Training and encoding are one thread for both tools (textkit's learner is single-threaded;"
    echo "spm_train with \`--num_threads=1\`). The textkit times include the JVM's start and its compiler and"
    echo "collector threads. Tokens per word: the ids written for the whole corpus over its whitespace words."
} >"$out"
cat "$out"
