"""PyTorch peer of textkit's recurrent language model for bench/lm/compare.sh.

The same model and training as io.textkit.seq2seq.lm: word vectors U(+-0.1), one or more LSTM (or GRU)
layers, dropout on the word vectors, between layers and on the last layer's output, a linear output
layer (or tied to the word vectors); the training text cut into --batch parallel streams read in
segments of --bptt steps with the state carried across segments, detached; Adam (or SGD) with
gradients clipped to a global norm; held-out perplexity after every epoch over 10 parallel streams,
the best epoch's weights kept. The vocabulary is textkit's own (vocabulary.txt, written by
io.textkit.bench.LanguageModelRun), so both sides predict the same tokens.

    OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=2 /usr/bin/python3 bench/lm/torch_lm.py \
        TRAIN HELDOUT VOCABULARY [--dim 256 --hidden 512 ...]

Prints key<TAB>value lines like LanguageModelRun; progress goes to standard error.
"""
import argparse
import copy
import math
import sys
import time

import torch
import torch.nn as nn

EVALUATION_BATCH = 10
SAMPLING = [(1.0, 0, 1.0), (0.8, 40, 1.0), (0.8, 0, 0.9)]
SAMPLES_PER_SETTING = 3
MAX_SAMPLE_WORDS = 30


def read_vocabulary(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[0] != "textkit-vocabulary":
            sys.exit(f"{path}: not a textkit vocabulary file")
        words = header[2:]
        for line in f:
            words.append(line.rstrip("\n").split("\t")[0])
    return words, {w: i for i, w in enumerate(words)}


def encode(path, ids):
    unk, eos = ids["<unk>"], ids["</s>"]
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.extend(ids.get(w, unk) for w in line.split())
            out.append(eos)
    return torch.tensor(out, dtype=torch.long)


def batchify(stream, batch):
    """(columns x batch): stream b is tokens [b*n, (b+1)*n), as textkit's BpttBatches."""
    n = stream.numel() // batch
    return stream[: n * batch].view(batch, n).t().contiguous()


class RnnLm(nn.Module):
    def __init__(self, vocab, args):
        super().__init__()
        self.drop = nn.Dropout(args.dropout)
        self.embedding = nn.Embedding(vocab, args.dim)
        rnn = nn.LSTM if args.cell == "lstm" else nn.GRU
        self.rnn = rnn(args.dim, args.hidden, args.layers, dropout=args.dropout if args.layers > 1 else 0.0)
        self.output = nn.Linear(args.hidden, vocab)
        nn.init.uniform_(self.embedding.weight, -0.1, 0.1)
        if args.tied:
            self.output.weight = self.embedding.weight
        nn.init.zeros_(self.output.bias)

    def forward(self, x, state):
        h, state = self.rnn(self.drop(self.embedding(x)), state)
        return self.output(self.drop(h)), state


def detach(state):
    if state is None:
        return None
    return tuple(s.detach() for s in state) if isinstance(state, tuple) else state.detach()


def perplexity(model, data, bptt):
    model.eval()
    total, count, state = 0.0, 0, None
    with torch.no_grad():
        for i in range(0, data.size(0) - 1, bptt):
            steps = min(bptt, data.size(0) - 1 - i)
            logits, state = model(data[i:i + steps], state)
            loss = nn.functional.cross_entropy(logits.view(-1, logits.size(-1)), data[i + 1:i + 1 + steps].reshape(-1),
                                               reduction="sum")
            total += loss.item()
            count += steps * data.size(1)
    return math.exp(total / count), count


def sample(model, eos, temperature, top_k, top_p, generator):
    model.eval()
    words, last, state = [], eos, None
    with torch.no_grad():
        while len(words) < MAX_SAMPLE_WORDS:
            logits, state = model(torch.tensor([[last]]), state)
            log_probs = torch.log_softmax(logits[0, 0], dim=-1)
            ordered, order = torch.sort(log_probs, descending=True)
            keep = top_k if top_k > 0 else ordered.numel()
            weights = torch.exp((ordered[:keep] - ordered[0]) / temperature).double()
            cumulative = torch.cumsum(weights, 0)
            nucleus = int(torch.searchsorted(cumulative, top_p * cumulative[-1]).item()) + 1
            nucleus = min(nucleus, keep)
            probs = weights[:nucleus] / weights[:nucleus].sum()
            last = int(order[torch.multinomial(probs, 1, generator=generator)].item())
            if last == eos:
                break
            words.append(last)
    return words


def main():
    p = argparse.ArgumentParser()
    p.add_argument("train")
    p.add_argument("heldout")
    p.add_argument("vocabulary")
    p.add_argument("--cell", default="lstm", choices=["lstm", "gru"])
    p.add_argument("--dim", type=int, default=256)
    p.add_argument("--hidden", type=int, default=512)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.2)
    p.add_argument("--tied", action="store_true")
    p.add_argument("--bptt", type=int, default=35)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--clip", type=float, default=1.0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    words, ids = read_vocabulary(args.vocabulary)
    train = batchify(encode(args.train, ids), args.batch)
    heldout = batchify(encode(args.heldout, ids), EVALUATION_BATCH)
    print(f"torch\t{torch.__version__}")
    print(f"vocabulary\t{len(words)}")
    model = RnnLm(len(words), args)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    best, best_state = float("inf"), None
    seconds, tokens = 0.0, 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        start = time.perf_counter()
        state, loss_sum, seen = None, 0.0, 0
        segments = (train.size(0) - 1 + args.bptt - 1) // args.bptt
        for k, i in enumerate(range(0, train.size(0) - 1, args.bptt)):
            steps = min(args.bptt, train.size(0) - 1 - i)
            optimizer.zero_grad()
            logits, state = model(train[i:i + steps], state)
            loss = nn.functional.cross_entropy(logits.view(-1, logits.size(-1)), train[i + 1:i + 1 + steps].reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            optimizer.step()
            state = detach(state)
            loss_sum += loss.item() * steps * args.batch
            seen += steps * args.batch
            if (k + 1) % max(1, segments // 10) == 0:
                elapsed = time.perf_counter() - start
                print(f"epoch {epoch}  {k + 1}/{segments} segments  train ppl {math.exp(loss_sum / seen):.2f}  "
                      f"{seen / elapsed:.0f} tokens/s", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
        seconds += elapsed
        tokens += seen
        ppl, _ = perplexity(model, heldout, args.bptt)
        if ppl < best:
            best, best_state = ppl, copy.deepcopy(model.state_dict())
        print(f"epoch_{epoch}\ttrain ppl {math.exp(loss_sum / seen):.2f}, held-out ppl {ppl:.2f}, "
              f"{seen / elapsed:.0f} tokens/s, {elapsed:.1f} s", flush=True)
    model.load_state_dict(best_state)
    ppl, count = perplexity(model, heldout, args.bptt)
    print(f"heldout_perplexity\t{ppl:.2f}")
    print(f"heldout_predicted\t{count}")
    print(f"train_seconds\t{seconds:.1f}")
    print(f"train_tokens_per_second\t{tokens / seconds:.0f}")
    generator = torch.Generator().manual_seed(args.seed)
    eos = ids["</s>"]
    for temperature, top_k, top_p in SAMPLING:
        for _ in range(SAMPLES_PER_SETTING):
            sampled = sample(model, eos, temperature, top_k, top_p, generator)
            print(f"sample_t{temperature:.1f}_k{top_k}_p{top_p:.1f}\t{' '.join(words[i] for i in sampled)}")


if __name__ == "__main__":
    main()
