#!/usr/bin/python3
"""The PyTorch peer of textkit's translator for the speed A/B: the same architecture and sizes
(io.textkit.seq2seq.Translator with TranslatorConfig.defaults(): embeddings 256, one bidirectional
GRU layer of 512 per direction, a GRU decoder of 512 with input feeding, additive attention of 512
whose key projection is computed once per batch, tanh combination layer, label smoothing 0.1, Adam,
clipping at norm 1) trained on the same Multi30k de->en pairs in length-bucketed batches.

usage: torch_translator.py DATA_DIR STEPS [BATCH] [THREADS] [WARMUP=2] [DECODE=100]
prints: steps, target tokens, seconds, target tokens/s of wall clock and of process CPU (after the
warm-up steps); then, with the model as trained, batch-1 greedy decoding of the first DECODE
test2016 sentences (at most 2 output tokens per source token): sentences/s and output tokens/s
"""
import random
import sys
import time
from collections import Counter

import torch
import torch.nn as nn
import torch.nn.functional as F

PAD, UNK, BOS, EOS = 0, 1, 2, 3


def vocab(lines, min_count=2):
    counts = Counter(w for line in lines for w in line.split())
    words = ["<pad>", "<unk>", "<s>", "</s>"] + [w for w, c in counts.most_common() if c >= min_count]
    return {w: i for i, w in enumerate(words)}


class Translator(nn.Module):
    def __init__(self, src_size, tgt_size, emb=256, hid=512, dec=512, att=512, dropout=0.3):
        super().__init__()
        self.src_emb = nn.Embedding(src_size, emb, padding_idx=PAD)
        self.tgt_emb = nn.Embedding(tgt_size, emb, padding_idx=PAD)
        self.encoder = nn.GRU(emb, hid, bidirectional=True)
        self.bridge = nn.Linear(2 * hid, dec)
        self.cell = nn.GRUCell(emb + dec, dec)
        self.w_q = nn.Linear(dec, att, bias=False)
        self.w_k = nn.Linear(2 * hid, att, bias=False)
        self.v = nn.Linear(att, 1, bias=False)
        self.combine = nn.Linear(2 * hid + dec, dec, bias=False)
        self.out = nn.Linear(dec, tgt_size)
        self.drop = nn.Dropout(dropout)

    def forward(self, src, src_len, tgt_in):
        # src: time x batch, tgt_in: time x batch (starts with <s>)
        x = self.drop(self.src_emb(src))
        packed = nn.utils.rnn.pack_padded_sequence(x, src_len, enforce_sorted=False)
        memory, final = self.encoder(packed)
        memory, _ = nn.utils.rnn.pad_packed_sequence(memory)          # T x B x 2H
        keys = self.w_k(memory)                                         # once per batch
        mask = (src != PAD)                                             # T x B
        s = torch.tanh(self.bridge(torch.cat([final[0], final[1]], dim=1)))
        feed = torch.zeros(src.size(1), s.size(1))
        outputs = []
        emb = self.drop(self.tgt_emb(tgt_in))
        for t in range(tgt_in.size(0)):
            s = self.cell(torch.cat([emb[t], feed], dim=1), s)
            e = self.v(torch.tanh(keys + self.w_q(s).unsqueeze(0))).squeeze(2)   # T x B
            a = torch.softmax(e.masked_fill(~mask, float("-inf")), dim=0)
            c = (a.unsqueeze(2) * memory).sum(0)
            feed = self.drop(torch.tanh(self.combine(torch.cat([c, s], dim=1))))
            outputs.append(feed)
        return self.out(torch.stack(outputs))                           # T x B x V

    @torch.no_grad()
    def greedy(self, src_ids, max_len):
        """One sentence, batch 1: the argmax token at each step, until </s> or max_len tokens."""
        src = torch.tensor(src_ids).unsqueeze(1)
        memory, final = self.encoder(self.src_emb(src))
        keys = self.w_k(memory)
        s = torch.tanh(self.bridge(torch.cat([final[0], final[1]], dim=1)))
        feed = torch.zeros(1, s.size(1))
        y = torch.tensor([BOS])
        out = []
        while len(out) < max_len:
            s = self.cell(torch.cat([self.tgt_emb(y), feed], dim=1), s)
            a = torch.softmax(self.v(torch.tanh(keys + self.w_q(s).unsqueeze(0))).squeeze(2), dim=0)
            c = (a.unsqueeze(2) * memory).sum(0)
            feed = torch.tanh(self.combine(torch.cat([c, s], dim=1)))
            y = self.out(feed).argmax(1)
            out.append(y.item())
            if out[-1] == EOS:
                break
        return out


def main():
    data, steps = sys.argv[1], int(sys.argv[2])
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 128
    torch.set_num_threads(int(sys.argv[4]) if len(sys.argv) > 4 else 2)
    warmup = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    decode = int(sys.argv[6]) if len(sys.argv) > 6 else 100
    torch.manual_seed(1)
    random.seed(1)
    src_lines = open(f"{data}/train.lc.norm.tok.de", encoding="utf-8").read().splitlines()
    tgt_lines = open(f"{data}/train.lc.norm.tok.en", encoding="utf-8").read().splitlines()
    sv, tv = vocab(src_lines), vocab(tgt_lines)
    pairs = [([sv.get(w, UNK) for w in s.split()] + [EOS], [tv.get(w, UNK) for w in t.split()])
             for s, t in zip(src_lines, tgt_lines)]
    order = list(range(len(pairs)))
    random.shuffle(order)
    pool = batch * 50
    batches = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i:i + pool], key=lambda k: max(len(pairs[k][0]), len(pairs[k][1])))
        batches += [chunk[j:j + batch] for j in range(0, len(chunk), batch)]
    random.shuffle(batches)
    model = Translator(len(sv), len(tv))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    tokens = 0
    start = None
    for step in range(steps + warmup):
        if step == warmup:
            start = time.perf_counter()
            cpu = time.process_time()
            tokens = 0
        b = [pairs[k] for k in batches[step % len(batches)]]
        src_len = [len(s) for s, _ in b]
        ts = max(src_len)
        tt = max(len(t) for _, t in b) + 1
        src = torch.tensor([[s[i] if i < len(s) else PAD for s, _ in b] for i in range(ts)])
        tin = torch.tensor([[([BOS] + t)[i] if i <= len(t) else PAD for _, t in b] for i in range(tt)])
        gold = torch.tensor([[(t + [EOS])[i] if i <= len(t) else PAD for _, t in b] for i in range(tt)])
        logits = model(src, torch.tensor(src_len), tin)
        loss = F.cross_entropy(logits.view(-1, logits.size(2)), gold.view(-1), ignore_index=PAD, label_smoothing=0.1)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        tokens += sum(len(t) + 1 for _, t in b)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    print(f"vocabularies {len(sv)} de, {len(tv)} en; steps {steps} (batch {batch})  target tokens {tokens}"
          f"  seconds {seconds:.1f}  target tokens/s {tokens / seconds:.0f}  per CPU-second {tokens / cpu_seconds:.0f}")
    model.eval()
    test = open(f"{data}/test_2016_flickr.lc.norm.tok.de", encoding="utf-8").read().splitlines()[:decode]
    sources = [[sv.get(w, UNK) for w in s.split()] + [EOS] for s in test]
    start, cpu = time.perf_counter(), time.process_time()
    produced = sum(len(model.greedy(ids, 2 * len(ids))) for ids in sources)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    print(f"greedy, batch 1: {len(sources)} sentences, {produced} output tokens  seconds {seconds:.1f}"
          f"  sentences/s {len(sources) / seconds:.1f}  per CPU-second {len(sources) / cpu_seconds:.1f}"
          f"  output tokens/s {produced / seconds:.0f}")


if __name__ == "__main__":
    main()
