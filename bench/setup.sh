#!/usr/bin/env bash
# Installs, from Debian's packages, what the peer comparisons and load runs need beyond the JDK and
# Maven that build textkit itself (textkit never needs any of this):
#
#   fasttext                                   bench/classify (the fastText binary beside textkit's
#                                              FastText), bench/word2vec/compare.sh
#   time (GNU time, /usr/bin/time)             peak memory of every timed run
#   wrk                                        bench/serve/load.sh
#   python3-torch, python3-gensim, python3-numpy
#                                              the PyTorch peers (bench/classify/peers, bench/lstm) and
#                                              gensim's word2vec, run with /usr/bin/python3
#
#   bench/setup.sh           # install what is missing (as root, or through sudo)
#   bench/setup.sh --check   # only say what is missing; exit status 1 if anything is
set -euo pipefail

missing=()
command -v fasttext >/dev/null || missing+=(fasttext)
[ -x /usr/bin/time ] || missing+=(time)
command -v wrk >/dev/null || missing+=(wrk)
for module in torch gensim numpy; do
    /usr/bin/python3 -c "import $module" 2>/dev/null || missing+=("python3-$module")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup.sh: every peer and tool is installed"
    exit 0
fi
echo "setup.sh: missing: ${missing[*]}"
if [ "${1:-}" = --check ]; then
    exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
echo "setup.sh: installed ${missing[*]}"
