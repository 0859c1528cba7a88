#!/usr/bin/env bash
# Seconds per training epoch, textkit beside PyTorch-CPU on the same files, threads and settings,
# alternating the two tools (A/B/A/B) so that load drifts hit both alike; prints a markdown table.
#
#   bench/classify/epoch_ab.sh [--epochs N] [--reps N] [--threads N] [--models "textcnn bilstm"]
#
#   TextCNN-rand (Kim 2014): MR, 90% of rt-polarity.all (a seeded 10% held out as dev), batch 50, Adadelta
#   BiLSTM-150, max-pool:   SST-2 sentences (kim2014/stsa.binary.train, dev stsa.binary.dev), batch 50, Adam
#
# Needs /usr/bin/python3 with torch (apt-get install python3-torch). textkit's epoch time includes its
# pass over the dev set; PyTorch's (torch_peer.py) is the training loop only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$root/../shared/data"
peers="$root/bench/classify/peers"
epochs=2 reps=2 threads=2 models="textcnn bilstm"
while [ $# -gt 0 ]; do
    case "$1" in
        --epochs) epochs=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --models) models=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "torch not installed (apt-get install python3-torch)" >&2; exit 1; }
export OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads
work="$(mktemp -d -t textkit-epochs.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$root/textkit" --version >/dev/null 2>&1

/usr/bin/python3 "$peers/to_fasttext.py" label-space-text "$data/sentiment/kim2014/rt-polarity.all" "$work/mr-all.txt" latin-1
/usr/bin/python3 - "$work/mr-all.txt" "$work/mr-train.txt" "$work/mr-dev.txt" <<'PY'
import random, sys
lines = open(sys.argv[1], encoding="utf-8").readlines()
random.Random(1).shuffle(lines)
cut = len(lines) // 10
open(sys.argv[3], "w", encoding="utf-8").writelines(lines[:cut])
open(sys.argv[2], "w", encoding="utf-8").writelines(lines[cut:])
PY
/usr/bin/python3 "$peers/to_fasttext.py" label-space-text "$data/sentiment/kim2014/stsa.binary.train" "$work/sst-train.txt"
/usr/bin/python3 "$peers/to_fasttext.py" label-space-text "$data/sentiment/kim2014/stsa.binary.dev" "$work/sst-dev.txt"

# mean_epochs LOG: mean seconds per epoch and the last dev accuracy of a textkit or PyTorch log.
textkit_epochs() {
    awk '/^epoch [0-9]+\/[0-9]+ +train loss/ { s += $(NF-1); n++; for (i = 1; i <= NF; i++) if ($i == "dev") d = $(i+1) }
         END { printf "%.1f %s\n", s / n, d }' "$1"
}
torch_epochs() {
    awk -F'[ =]' '/^epoch=/ { s += $4; n++; d = $6 } END { printf "%.1f %s\n", s / n, d }' "$1"
}

echo "| model | data | rep | textkit s/epoch | textkit dev | PyTorch s/epoch | PyTorch dev | ratio |"
echo "|---|---|---|---|---|---|---|---|"
for model in $models; do
    if [ $model = textcnn ]; then
        train="$work/mr-train.txt" dev="$work/mr-dev.txt" args=(--model textcnn) script=torch_textcnn.py name="MR 90%"
    else
        train="$work/sst-train.txt" dev="$work/sst-dev.txt" args=(--model textrnn) script=torch_bilstm.py name="SST-2 sentences"
    fi
    for rep in $(seq 1 "$reps"); do
        "$root/textkit" classify train "${args[@]}" --train "$train" --dev "$dev" --format fasttext \
            --epochs "$epochs" --output "$work/model.tkm" 2> "$work/textkit.log" > /dev/null
        /usr/bin/python3 "$peers/$script" --train "$train" --dev "$dev" --epochs "$epochs" --threads "$threads" \
            > "$work/torch.log" 2>&1
        read -r tk tkdev < <(textkit_epochs "$work/textkit.log")
        read -r pt ptdev < <(torch_epochs "$work/torch.log")
        echo "| $model | $name | $rep | $tk | $tkdev | $pt | $ptdev | $(echo "scale=2; $tk / $pt" | bc -l) |"
    done
done
echo
echo "$(nproc) cores, $threads threads each, $epochs epochs per run, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
