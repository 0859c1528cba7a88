"""PyTorch peer of textkit's translator, for bench/translate: the same equations and sizes as
io.textkit.seq2seq.Translator with TranslatorConfig.defaults() (see its Javadoc):

    encoder: E_src x -> bidirectional GRU (hidden per direction), padding packed away
    s_0     = tanh(W_b [h_fwd_last ; h_bwd_first] + b_b)
    x_t     = [E_tgt y_{t-1} ; h~_{t-1}]                  (input feeding)
    s_t     = GRU cell(x_t, s_{t-1})
    e_tj    = v^T tanh(s_t W_q + m_j W_k),  alpha = softmax over the sentence's real positions
    c_t     = sum_j alpha_tj m_j
    h~_t    = tanh(W_c [c_t ; s_t])                        (no bias)
    logits  = h~_t W_o + b_o

dropout on the embeddings and on h~, cross-entropy with label smoothing, Adam, clipping by global
norm, teacher forcing 1, length-bucketed batches. It measures, on the same files textkit reads:
target tokens per second of training (after a warm-up), and batch-1 greedy decoding sentences per
second; it prints one JSON line. Run with /usr/bin/python3 (Debian's torch) and OPENBLAS_NUM_THREADS
= OMP_NUM_THREADS = the thread count (Debian's torch multiplies through OpenBLAS).

usage: torch_translator.py SRC TGT TEST_SRC TEST_TGT [--batches N] [--warmup N] [--decode N] ...
"""
import argparse
import json
import random
import sys
import time
from collections import Counter

import torch
import torch.nn as nn
import torch.nn.functional as F

PAD, UNK, BOS, EOS = 0, 1, 2, 3


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.split() for line in f]


def vocabulary(sentences, min_count):
    counts = Counter(w for s in sentences for w in s)
    words = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i + 4 for i, w in enumerate(words)}
    return index, len(words) + 4


def ids(sentence, index):
    return [index.get(w, UNK) for w in sentence]


class Model(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, emb, hidden, dec_hidden, att, dropout):
        super().__init__()
        self.src_emb = nn.Embedding(src_vocab, emb, padding_idx=PAD)
        self.encoder = nn.GRU(emb, hidden, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, dec_hidden)
        self.tgt_emb = nn.Embedding(tgt_vocab, emb, padding_idx=PAD)
        self.cell = nn.GRUCell(emb + dec_hidden, dec_hidden)
        self.w_q = nn.Linear(dec_hidden, att, bias=False)
        self.w_k = nn.Linear(2 * hidden, att, bias=False)
        self.v = nn.Linear(att, 1, bias=False)
        self.combine = nn.Linear(2 * hidden + dec_hidden, dec_hidden, bias=False)
        self.out = nn.Linear(dec_hidden, tgt_vocab)
        self.drop = nn.Dropout(dropout)
        self.dec_hidden = dec_hidden

    def encode(self, src, lengths):
        # src: time x batch
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(self.src_emb(src)), lengths, enforce_sorted=False)
        memory, final = self.encoder(packed)
        memory, _ = nn.utils.rnn.pad_packed_sequence(memory, total_length=src.size(0))
        s = torch.tanh(self.bridge(torch.cat([final[0], final[1]], dim=1)))
        keys = self.w_k(memory)                      # time x batch x att
        mask = (src != PAD)                          # time x batch
        return memory, keys, mask, s

    def step(self, y, s, feed, memory, keys, mask):
        x = torch.cat([self.drop(self.tgt_emb(y)), feed], dim=1)
        s = self.cell(x, s)
        e = self.v(torch.tanh(keys + self.w_q(s).unsqueeze(0))).squeeze(2)   # time x batch
        e = e.masked_fill(~mask, float("-inf"))
        alpha = torch.softmax(e, dim=0)
        c = (alpha.unsqueeze(2) * memory).sum(0)
        h = self.drop(torch.tanh(self.combine(torch.cat([c, s], dim=1))))
        return s, h, alpha

    def loss(self, src, lengths, tgt, smoothing):
        memory, keys, mask, s = self.encode(src, lengths)
        feed = src.new_zeros((src.size(1), self.dec_hidden), dtype=torch.float)
        y = torch.full((src.size(1),), BOS, dtype=torch.long)
        outs = []
        for t in range(tgt.size(0)):
            s, feed, _ = self.step(y, s, feed, memory, keys, mask)
            outs.append(feed)
            y = tgt[t]
        logits = self.out(torch.stack(outs))        # time x batch x vocab
        return F.cross_entropy(logits.view(-1, logits.size(2)), tgt.view(-1), ignore_index=PAD,
                               label_smoothing=smoothing)

    @torch.no_grad()
    def greedy(self, src_ids, max_len):
        src = torch.tensor(src_ids, dtype=torch.long).unsqueeze(1)
        memory, keys, mask, s = self.encode(src, torch.tensor([len(src_ids)]))
        feed = torch.zeros((1, self.dec_hidden))
        y = torch.tensor([BOS])
        out = []
        for _ in range(max_len):
            s, feed, _ = self.step(y, s, feed, memory, keys, mask)
            y = self.out(feed).argmax(1)
            if y.item() == EOS:
                break
            out.append(y.item())
        return out


def batches(pairs, size, rng):
    """Length-bucketed batches: sort by target then source length, cut, shuffle the batches."""
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][1]), len(pairs[i][0]), rng.random()))
    cut = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(cut)
    return cut


def tensors(pairs, batch):
    srcs = [pairs[i][0] for i in batch]
    tgts = [pairs[i][1] + [EOS] for i in batch]
    src = torch.full((max(map(len, srcs)), len(batch)), PAD, dtype=torch.long)
    tgt = torch.full((max(map(len, tgts)), len(batch)), PAD, dtype=torch.long)
    for b, (s, t) in enumerate(zip(srcs, tgts)):
        src[:len(s), b] = torch.tensor(s)
        tgt[:len(t), b] = torch.tensor(t)
    return src, torch.tensor([len(s) for s in srcs]), tgt, sum(len(t) for t in tgts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("src"), p.add_argument("tgt"), p.add_argument("test_src"), p.add_argument("test_tgt")
    p.add_argument("--batches", type=int, default=60, help="timed training batches")
    p.add_argument("--warmup", type=int, default=5, help="untimed batches first")
    p.add_argument("--decode", type=int, default=100, help="test sentences decoded greedily at batch 1")
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--emb", type=int, default=256)
    p.add_argument("--hidden", type=int, default=512)
    p.add_argument("--dec-hidden", type=int, default=512)
    p.add_argument("--att", type=int, default=512)
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--smoothing", type=float, default=0.1)
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)

    src_lines, tgt_lines = read_lines(a.src), read_lines(a.tgt)
    src_index, src_vocab = vocabulary(src_lines, a.min_count)
    tgt_index, tgt_vocab = vocabulary(tgt_lines, a.min_count)
    pairs = [(ids(s, src_index), ids(t, tgt_index)) for s, t in zip(src_lines, tgt_lines) if s and t]
    model = Model(src_vocab, tgt_vocab, a.emb, a.hidden, a.dec_hidden, a.att, a.dropout)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

    model.train()
    plan = batches(pairs, a.batch, rng)
    tokens, seconds, losses = 0, 0.0, []
    for n in range(a.warmup + a.batches):
        src, lengths, tgt, count = tensors(pairs, plan[n % len(plan)])
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = model.loss(src, lengths, tgt, a.smoothing)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        if n >= a.warmup:
            seconds += time.perf_counter() - start
            tokens += count
        losses.append(loss.item())

    model.eval()
    test = [ids(s, src_index) for s in read_lines(a.test_src)[:a.decode]]
    start = time.perf_counter()
    for s in test:
        model.greedy(s, max(2 * len(s), 10))
    decode_seconds = time.perf_counter() - start
    print(json.dumps({
        "peer": "pytorch " + torch.__version__, "threads": a.threads, "src_vocab": src_vocab,
        "tgt_vocab": tgt_vocab, "pairs": len(pairs), "timed_batches": a.batches,
        "train_target_tokens_per_s": tokens / seconds, "train_seconds": seconds,
        "first_loss": losses[0], "last_loss": losses[-1],
        "greedy_sentences": len(test), "greedy_sentences_per_s": len(test) / decode_seconds,
    }))


if __name__ == "__main__":
    sys.exit(main())
