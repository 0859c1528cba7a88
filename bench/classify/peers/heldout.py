#!/usr/bin/python3
"""Seeded, stratified held-out splits for the classification benchmark, so that no reported accuracy
comes from data that chose an epoch, a setting or a model.

Usage:
    /usr/bin/python3 heldout.py sst2 KIM_TRAIN GLUE_PHRASES KIM_DEV OUT_DIR [SEED]
    /usr/bin/python3 heldout.py split LAYOUT IN OUT_DIR [SEED]

sst2: SST-2's test split is not in ../shared/data, so stsa.binary.dev (Kim 2014's copy of the SST
dev sentences) becomes the untouched test set and a development set is held out of the training
sentences instead: 10% of kim2014/stsa.binary.train, drawn per label (stratified) with
random.Random(SEED). Writes, in fastText's format:
    OUT_DIR/sentences-train.txt  stsa.binary.train without the held-out sentences
    OUT_DIR/phrases-train.txt    sst2/train_full.tsv (GLUE's phrases of the training sentences)
                                 without every phrase that occurs in a held-out sentence
    OUT_DIR/dev.txt              the held-out sentences (early stopping only)
    OUT_DIR/test.txt             stsa.binary.dev (reported only)
The phrase rule: text is compared as its lower-cased, space-separated tokens, Kim's -lrb-/-rrb- read
as GLUE's ( and ); a phrase is dropped when its token sequence equals a contiguous run of tokens of
any held-out sentence. That drops the held-out sentences themselves, every phrase of their parse
trees, and also any other phrase that happens to read the same (a word such as "film" that also
occurs in a held-out sentence), so no training line is text the development set contains. A test
sentence found among the training phrases stops the script.

split: LAYOUT is csv-label-text (SophonPlus's label,review CSV files) or text-tab-label
(ChnSentiCorp's train.tsv). Deals each label's examples, shuffled with random.Random(SEED), into
80% train, 10% dev, 10% test (rounded per label), and writes OUT_DIR/{train,dev,test}.txt in
fastText's format with the text as it is (runs of white space made one space), for textkit's
tokenizers to read. Rows whose text is empty (one in the hotel set) are skipped and counted.

SEED is 1 by default. Counts go to standard error. Benchmark-only: textkit itself never runs Python.
"""
import csv
import os
import random
import sys

FRACTION = 0.1


def norm(text):
    return " ".join(text.lower().replace("-lrb-", "(").replace("-rrb-", ")").split())


def stratified(examples, fractions, seed):
    """Splits (label, text) pairs into len(fractions) + 1 shuffled parts; part i takes fractions[i] of each label."""
    rng = random.Random(seed)
    parts = [[] for _ in range(len(fractions) + 1)]
    for label in sorted({label for label, _ in examples}):
        group = [e for e in examples if e[0] == label]
        rng.shuffle(group)
        start = 0
        for i, fraction in enumerate(fractions):
            size = round(len(group) * fraction)
            parts[i] += group[start:start + size]
            start += size
        parts[-1] += group[start:]
    for part in parts:
        rng.shuffle(part)  # files sorted by label would feed the fastText binary, which reads in order, one class at a time
    return parts


def write(path, examples):
    with open(path, "w", encoding="utf-8") as out:
        for label, text in examples:
            out.write(f"__label__{label} {' '.join(text.split())}\n")
    print(f"{path}: {len(examples)} examples", file=sys.stderr)


def label_space_text(path):
    return [tuple(line.rstrip("\n").split(" ", 1)) for line in open(path, encoding="utf-8") if line.strip()]


def sst2(kim_train, glue_phrases, kim_dev, out, seed):
    sentences = label_space_text(kim_train)
    test = label_space_text(kim_dev)
    with open(glue_phrases, encoding="utf-8") as f:
        rows = [line.rstrip("\n").rsplit("\t", 1) for line in f][1:]
    phrases = [(label, text) for text, label in rows]
    dev, train = stratified(sentences, [FRACTION], seed)
    runs = set()
    for _, text in dev:
        tokens = norm(text).split()
        for i in range(len(tokens)):
            for j in range(i + 1, len(tokens) + 1):
                runs.add(" ".join(tokens[i:j]))
    kept = [p for p in phrases if norm(p[1]) not in runs]
    leaked = {norm(t) for _, t in test} & {norm(t) for _, t in phrases}
    if leaked:
        sys.exit(f"{len(leaked)} test sentences are among the training phrases, e.g. {sorted(leaked)[0]!r}")
    print(f"held out {len(dev)} of {len(sentences)} training sentences; dropped {len(phrases) - len(kept)} of "
          f"{len(phrases)} phrases that occur in them", file=sys.stderr)
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "sentences-train.txt"), train)
    write(os.path.join(out, "phrases-train.txt"), kept)
    write(os.path.join(out, "dev.txt"), dev)
    write(os.path.join(out, "test.txt"), test)


def split(layout, source, out, seed):
    with open(source, encoding="utf-8", newline="") as f:
        if layout == "csv-label-text":
            rows = list(csv.reader(f))
            if rows[0] != ["label", "review"]:
                sys.exit(f"{source}: expected the header label,review, got {rows[0]}")
            examples = [(label, text) for label, text in rows[1:]]
        elif layout == "text-tab-label":
            examples = [tuple(reversed(line.rstrip("\r\n").rsplit("\t", 1))) for line in f if line.strip()]
        else:
            sys.exit(__doc__)
    bad = [e for e in examples if len(e) != 2 or not e[0].strip()]
    if bad:
        sys.exit(f"{source}: {len(bad)} rows without a label and text, e.g. {bad[0]!r}")
    empty = [e for e in examples if not e[1].strip()]
    if empty:
        print(f"{source}: skipped {len(empty)} rows with an empty text", file=sys.stderr)
        examples = [e for e in examples if e[1].strip()]
    dev, test, train = stratified(examples, [FRACTION, FRACTION], seed)
    os.makedirs(out, exist_ok=True)
    for name, part in (("train", train), ("dev", dev), ("test", test)):
        write(os.path.join(out, f"{name}.txt"), part)


def main():
    args = sys.argv[1:]
    if args[:1] == ["sst2"] and len(args) in (5, 6):
        sst2(*args[1:5], int(args[5]) if len(args) == 6 else 1)
    elif args[:1] == ["split"] and len(args) in (4, 5):
        split(*args[1:4], int(args[4]) if len(args) == 5 else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
