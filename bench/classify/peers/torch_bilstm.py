#!/usr/bin/python3
"""A BiLSTM text classifier in PyTorch, the peer of textkit's TextRNN.

Run (the thread variables must equal --threads; torch 1.13 from Debian's /usr/bin/python3):
    export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
    /usr/bin/python3 bench/classify/peers/torch_bilstm.py --train sst2.train --dev sst2.dev [--test FILE] \
        --epochs 10 --threads 1
Files are fastText format (`__label__<label> <text>`, to_fasttext.py writes them); tokens are the
whitespace-separated words, the vocabulary the training file's words (others map to one unknown id).

Model: embeddings of 300, U(−0.25, 0.25) (as the CNN peer); one bidirectional LSTM layer of 150 units
per direction over the packed sequences (so the backward direction starts at each text's last real
token); max-pooling over time of the 300 concatenated states with padding masked out; a linear layer
to the labels. Adam (lr 1e-3), batches of 50, cross-entropy. Prints
`epoch=<n> seconds=<s> dev=<acc> test=<acc>` per epoch and a `final ...` summary line (see torch_peer.py).
"""
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

import torch_peer

DIM, HIDDEN = 300, 150


class BiLstm(nn.Module):
    def __init__(self, words, labels):
        super().__init__()
        self.embedding = torch_peer.embedding(words, DIM)
        self.lstm = nn.LSTM(DIM, HIDDEN, batch_first=True, bidirectional=True)
        self.output = nn.Linear(2 * HIDDEN, labels)

    def forward(self, ids, lengths):
        packed = pack_padded_sequence(self.embedding(ids), lengths, batch_first=True, enforce_sorted=False)
        states, _ = pad_packed_sequence(self.lstm(packed)[0], batch_first=True)   # batch × longest × 2·hidden
        padding = torch.arange(states.size(1))[None, :] >= lengths[:, None]
        pooled = states.masked_fill(padding[:, :, None], float("-inf")).max(dim=1).values
        return self.output(pooled)


def main():
    args = torch_peer.arguments("BiLSTM with max-pooling on fastText-format files")
    torch_peer.setup(args)
    data = torch_peer.Data(args, min_length=1)
    model = BiLstm(len(data.words), len(data.labels))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    torch_peer.run("bilstm-maxpool", args, data, model, optimizer)


if __name__ == "__main__":
    main()
