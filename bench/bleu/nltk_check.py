#!/usr/bin/python3
"""Prints NLTK's corpus BLEU for the committed test case that NltkBleuAgreementTest scores with
textkit's Bleu, so the two can be compared on the same tokens.

Run from the repository root:  /usr/bin/python3 bench/bleu/nltk_check.py
The case file holds one sentence a line: the hypothesis, then its references, separated by
" ||| ", tokens separated by spaces. NLTK's corpus_bleu is used with its defaults: orders 1-4,
uniform weights, no smoothing, each sentence's closest reference length for the brevity penalty.
"""
import os
import sys

import nltk
from nltk.translate.bleu_score import corpus_bleu

CASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seq2seq", "src", "test",
                    "resources", "io", "textkit", "seq2seq", "eval", "nltk-case.txt")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else CASE
    hypotheses, references = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split(" ||| ")
            hypotheses.append(parts[0].split())
            references.append([r.split() for r in parts[1:]])
    print(f"nltk {nltk.__version__}, {len(hypotheses)} sentences")
    print(f"corpus_bleu = {corpus_bleu(references, hypotheses)!r}")


if __name__ == "__main__":
    main()
