#!/usr/bin/python3
"""Writes a labelled text file as fastText's format, lower-cased, so every tool reads identical input.

Usage:
    /usr/bin/python3 to_fasttext.py [--words] LAYOUT IN OUT [ENCODING]
    LAYOUT: label-tab-text (R8), text-tab-label (AG News), label-space-text (Kim 2014's sets)
    ENCODING: of IN, utf-8 by default (Kim 2014's rt-polarity.all is latin-1); OUT is UTF-8
    --words: keep only the runs of letters and digits of raw text (UCI's sentences), as the word2vec
             benchmark corpus was made, so both tools and the pretrained vectors see the same words

Each output line is `__label__<label> <text>` with the text lower-cased and its runs of whitespace
(tabs included) collapsed to one space; spaces inside a label become `_`, since a fastText label is
one token. textkit's whitespace tokenizer lower-cases anyway; fastText does not, so lower-casing
here is what makes both see the same tokens. A line that does not fit the layout stops the
conversion with its file and line number. Benchmark-only: textkit itself never runs Python.
"""
import re
import sys

LAYOUTS = ("label-tab-text", "text-tab-label", "label-space-text")


def split(layout, line):
    if layout == "label-tab-text":
        label, sep, text = line.partition("\t")
    elif layout == "text-tab-label":
        text, sep, label = line.rpartition("\t")
    else:
        label, sep, text = line.partition(" ")
    return (label.strip(), text) if sep else (None, None)


def main():
    args = sys.argv[1:]
    words_only = args[:1] == ["--words"]
    if words_only:
        args = args[1:]
    if len(args) not in (3, 4) or args[0] not in LAYOUTS:
        sys.exit(__doc__)
    layout, source, target = args[:3]
    encoding = args[3] if len(args) == 4 else "utf-8"
    written = 0
    with open(source, encoding=encoding) as lines, open(target, "w", encoding="utf-8") as out:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            label, text = split(layout, line)
            if text is None:
                words = []
            elif words_only:
                words = re.findall(r"[^\W_]+", text.lower())
            else:
                words = text.lower().split()
            if not label or not words:
                sys.exit(f"{source}:{number}: expected {layout}, got {line[:80]!r}")
            out.write(f"__label__{label.replace(' ', '_')} {' '.join(words)}\n")
            written += 1
    print(f"{target}: {written} examples", file=sys.stderr)


if __name__ == "__main__":
    main()
