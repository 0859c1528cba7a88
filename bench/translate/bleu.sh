#!/usr/bin/env bash
# Multi30k test2016 BLEU of textkit's translator, through the command line a user runs: trains with
# `textkit translate train` (the development BLEU on val after each epoch chooses the model and stops
# early; test2016 chooses nothing), then scores test2016 with `textkit translate eval`, greedy and
# beam 5 (sacrebleu's corpus BLEU, 13a tokens, and chrF2), and writes bench/results/translate.md
# (OUT overrides it).
#
#   bench/translate/bleu.sh [--quick] [de-en|en-de]
#
# --quick: the same recipe at half the widths (embeddings 128, encoder 256 per direction, decoder and
# attention 256) and at most 5 epochs, about a quarter of an hour on 2 cores; it keeps its model at
# the path it prints, for `translate eval` on other test sets. Without it: TranslatorConfig.defaults()
# (bentrevett's attention-model sizes), at most 20 epochs, patience 3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
quick=0
if [ "${1:-}" = --quick ]; then quick=1; shift; fi
pair="${1:-de-en}"
case "$pair" in de-en|en-de) ;; *) echo "bleu.sh: the pair is de-en or en-de, not $pair" >&2; exit 2 ;; esac
src="${pair%-*}"; tgt="${pair#*-}"
data="${TEXTKIT_DATA:-$root/../shared/data}/parallel/multi30k/tok"
[ -f "$data/train.lc.norm.tok.$src" ] || { echo "bleu.sh: no Multi30k at $data; set TEXTKIT_DATA" >&2; exit 1; }
out="${OUT:-$root/bench/results/translate.md}"
work="${WORK:-$root/bench/results/translate-models}"
mkdir -p "$work"
if [ $quick = 1 ]; then
    name="quick-$pair"
    sizes=(--embedding 128 --hidden 256 --decoder-hidden 256 --set attentionSize=256 --epochs 5)
else
    name="full-$pair"
    sizes=(--epochs 20)
fi
model="$work/$name.tkm"
load() { cut -d' ' -f1-3 /proc/loadavg; }
before="$(load)"
started="$(date -u '+%Y-%m-%d %H:%M')"
start=$(date +%s)
/usr/bin/time -f '%M' -o "$work/$name.train-rss" "$root/textkit" translate train \
    --train-source "$data/train.lc.norm.tok.$src" --train-target "$data/train.lc.norm.tok.$tgt" \
    --dev-source "$data/val.lc.norm.tok.$src" --dev-target "$data/val.lc.norm.tok.$tgt" \
    --output "$model" --checkpoint "$work/$name.ckpt" --checkpoint-every 0 "${sizes[@]}" 2>&1 | tee "$work/$name.train.log" >&2
train_seconds=$(( $(date +%s) - start ))
echo "bleu.sh: model at $model" >&2
score() {
    "$root/textkit" translate eval --model "$model" --source "$data/test_2016_flickr.lc.norm.tok.$src" \
        --reference "$data/test_2016_flickr.lc.norm.tok.$tgt" "$@" 2>/dev/null
}
greedy="$(score --beam 1)"
beam="$(score --beam 5)"
bleu() { sed -n 's/^BLEU = \([0-9.]*\).*/\1/p' <<<"$1"; }
chrf() { sed -n 's/^chrF2 = \([0-9.]*\).*/\1/p' <<<"$1"; }
cat >"$out" <<MD
# Translation: Multi30k test2016 BLEU

Written by \`bench/translate/bleu.sh$([ $quick = 1 ] && echo ' --quick') $pair\` from $started UTC: 2 cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),
load average $before before. The development set (val, BLEU after each epoch) chose the epoch;
test2016 was scored once, after training, and chose nothing.

Training: $train_seconds s in all (epochs and development BLEU), peak RSS $(( $(cat "$work/$name.train-rss") / 1024 )) MB; its log's last lines:

\`\`\`
$(grep -v WARNING "$work/$name.train.log" | tail -8)
\`\`\`

| test2016 $pair | BLEU | chrF2 |
|---|---:|---:|
| greedy | $(bleu "$greedy") | $(chrf "$greedy") |
| beam 5 | $(bleu "$beam") | $(chrf "$beam") |

sacrebleu lines: greedy \`$(grep '^BLEU' <<<"$greedy")\`; beam 5 \`$(grep '^BLEU' <<<"$beam")\`.
MD
echo "bleu.sh: wrote $out" >&2
