"""What torch_textcnn.py and torch_bilstm.py share: reading fastText-format files, the vocabulary,
padded batches, the command line, and the train/evaluate loop with its output lines.

Output, one line per epoch and a summary:
    epoch=<n> seconds=<training time of the epoch> dev=<accuracy> test=<accuracy or NA>
    final model=<name> epochs=<n> train_seconds=<sum of epoch times> best_dev=<acc> best_epoch=<n>
          test_at_best_dev=<acc or NA> peak_kib=<peak RSS of this process>
Benchmark-only: textkit itself never runs Python.
"""
import argparse
import os
import random
import resource
import sys
import time

import torch

PAD, UNK = 0, 1


def read_fasttext(path):
    """(label, tokens) per line of `__label__<label> <text>`; the first label counts, tokens split on whitespace."""
    examples = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            words = line.split()
            if not words:
                continue
            labels = [w for w in words if w.startswith("__label__")]
            tokens = [w for w in words if not w.startswith("__label__")]
            if not labels:
                sys.exit(f"{path}:{number}: no __label__ token")
            examples.append((labels[0][len("__label__"):], tokens))
    return examples


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--train", required=True, help="fastText-format training file")
    parser.add_argument("--dev", required=True, help="fastText-format development file")
    parser.add_argument("--test", help="fastText-format test file (optional)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads; export "
                        "OMP_NUM_THREADS and OPENBLAS_NUM_THREADS to the same number")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


class Data:
    """The three splits as id lists, the vocabulary of the training words (ids 0 and 1: padding and
    unknown) and the label ids in order of first appearance in the training file."""

    def __init__(self, args, min_length):
        train = read_fasttext(args.train)
        self.labels = list(dict.fromkeys(label for label, _ in train))
        self.words = {"<pad>": PAD, "<unk>": UNK}
        for _, tokens in train:
            for token in tokens:
                self.words.setdefault(token, len(self.words))
        self.min_length = min_length
        self.train = self.encode(train, args.train)
        self.dev = self.encode(read_fasttext(args.dev), args.dev)
        self.test = self.encode(read_fasttext(args.test), args.test) if args.test else None

    def encode(self, examples, path):
        label_ids = {label: i for i, label in enumerate(self.labels)}
        encoded = []
        for label, tokens in examples:
            if label not in label_ids:
                sys.exit(f"{path}: label {label!r} is not in the training file")
            encoded.append((label_ids[label], [self.words.get(t, UNK) for t in tokens]))
        return encoded

    def batches(self, examples, size, shuffle):
        """(ids [batch, time] padded with PAD to max(longest, min_length), lengths, labels) per batch."""
        order = list(range(len(examples)))
        if shuffle:
            random.shuffle(order)
        for start in range(0, len(order), size):
            chosen = [examples[i] for i in order[start:start + size]]
            lengths = [max(1, len(ids)) for _, ids in chosen]
            width = max(max(lengths), self.min_length)
            ids = torch.full((len(chosen), width), PAD, dtype=torch.long)
            for row, (_, tokens) in enumerate(chosen):
                ids[row, :len(tokens)] = torch.tensor(tokens, dtype=torch.long)
            yield ids, torch.tensor(lengths), torch.tensor([label for label, _ in chosen])


def embedding(words, dim):
    """Kim's random embeddings: U(−0.25, 0.25), trained, the padding row zero and kept at zero."""
    table = torch.nn.Embedding(words, dim, padding_idx=PAD)
    torch.nn.init.uniform_(table.weight, -0.25, 0.25)
    with torch.no_grad():
        table.weight[PAD].zero_()
    return table


def accuracy(model, data, examples):
    model.eval()
    hits = 0
    with torch.no_grad():
        for ids, lengths, labels in data.batches(examples, 500, shuffle=False):
            hits += (model(ids, lengths).argmax(1) == labels).sum().item()
    return hits / len(examples)


def run(name, args, data, model, optimizer, after_step=lambda: None):
    """Trains with cross-entropy for args.epochs, printing the per-epoch and the summary lines."""
    loss_function = torch.nn.CrossEntropyLoss()
    best = (-1.0, 0, None)
    total = 0.0
    for epoch in range(1, args.epochs + 1):
        model.train()
        start = time.perf_counter()
        for ids, lengths, labels in data.batches(data.train, args.batch, shuffle=True):
            optimizer.zero_grad()
            loss_function(model(ids, lengths), labels).backward()
            optimizer.step()
            after_step()
        seconds = time.perf_counter() - start
        total += seconds
        dev = accuracy(model, data, data.dev)
        test = accuracy(model, data, data.test) if data.test else None
        print(f"epoch={epoch} seconds={seconds:.2f} dev={dev:.4f} test={fmt(test)}", flush=True)
        if dev > best[0]:
            best = (dev, epoch, test)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"final model={name} epochs={args.epochs} train_seconds={total:.2f} best_dev={best[0]:.4f} "
          f"best_epoch={best[1]} test_at_best_dev={fmt(best[2])} peak_kib={peak}", flush=True)


def setup(args):
    """Seeds and thread count; warns when the BLAS/OpenMP thread variables disagree with --threads."""
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        if os.environ.get(variable) != str(args.threads):
            print(f"note: {variable} is {os.environ.get(variable)!r}; export it as {args.threads} to match --threads",
                  file=sys.stderr)


def fmt(value):
    return "NA" if value is None else f"{value:.4f}"
