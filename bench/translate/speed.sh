#!/usr/bin/env bash
# Training speed of textkit's translator beside PyTorch training the same architecture (embeddings
# 256, bidirectional GRU 512, GRU decoder 512 with input feeding, additive attention 512; see
# torch_translator.py) on the same Multi30k de->en pairs, A/B in one run on the same machine.
# Prints target tokens per second of wall clock and per CPU-second of each process; the second is
# what a shared, busy machine disturbs least.
#
#   bench/translate/speed.sh [steps=200] [threads=2] [decode=100]
#
# Then each decodes the first `decode` test2016 sentences one at a time with the model it trained
# (greedy; textkit also beam 5), at most 2 output tokens per source token.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
steps=${1:-200}
threads=${2:-2}
decode=${3:-100}
data="$root/../shared/data/parallel/multi30k/tok"
. "$root/scripts/jdk.sh"
(cd "$root" && mvn -B -ntp -q -pl bench -am package -DskipTests)
echo "== textkit ($threads threads)"
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -Xmx3g -Dtextkit.matmul.threads="$threads" \
    -cp "$root/bench/target/benchmarks.jar" io.textkit.bench.TranslatorSpeed "$data" "$steps" 5 "$decode" 2>&1 \
    | grep -v 'incubator modules'
echo "== PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)') ($threads threads)"
OPENBLAS_NUM_THREADS="$threads" OMP_NUM_THREADS="$threads" /usr/bin/python3 "$root/bench/translate/torch_translator.py" "$data" "$steps" 128 "$threads" 2 "$decode"
