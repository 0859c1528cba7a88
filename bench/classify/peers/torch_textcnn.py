#!/usr/bin/python3
"""Kim (2014) CNN-rand in PyTorch, the peer of textkit's TextCNN.

Run (the thread variables must equal --threads; torch 1.13 from Debian's /usr/bin/python3):
    export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
    /usr/bin/python3 bench/classify/peers/torch_textcnn.py --train mr.train --dev mr.dev [--test mr.test] \
        --epochs 10 --threads 1
Files are fastText format (`__label__<label> <text>`, to_fasttext.py writes them); tokens are the
whitespace-separated words, the vocabulary the training file's words (others map to one unknown id).

Model, as Kim's code: embeddings of 300, U(−0.25, 0.25), trained (CNN-rand); each sentence padded
with 4 zero vectors before its first word and at least 4 after its last; convolutions of widths 3,
4 and 5 with 100 feature maps each, U(±0.01) with zero bias, ReLU, max over time (the max also sees
padding positions, as in his code); dropout 0.5; a linear layer starting at zero. Kim bounds the
class weight vectors, as trained under his non-inverted dropout, to L2 norm s = 3 and scales them by
0.5 at test time; PyTorch's dropout is inverted, so its weights are his test-time ones and the bound
is 0.5·3 = 1.5. Adadelta (lr 1.0, rho 0.95, eps 1e-6), batches of 50, cross-entropy. Prints
`epoch=<n> seconds=<s> dev=<acc> test=<acc>` per epoch and a `final ...` summary line (see
torch_peer.py).
"""
import torch
from torch import nn

import torch_peer

WIDTHS, MAPS, DIM, DROPOUT, KIM_NORM = (3, 4, 5), 100, 300, 0.5, 3.0
MAX_NORM = (1 - DROPOUT) * KIM_NORM
PAD_BEFORE = max(WIDTHS) - 1


class TextCnn(nn.Module):
    def __init__(self, words, labels):
        super().__init__()
        self.embedding = torch_peer.embedding(words, DIM)
        self.convolutions = nn.ModuleList(nn.Conv1d(DIM, MAPS, width) for width in WIDTHS)
        for conv in self.convolutions:
            nn.init.uniform_(conv.weight, -0.01, 0.01)
            nn.init.zeros_(conv.bias)
        self.dropout = nn.Dropout(DROPOUT)
        self.output = nn.Linear(MAPS * len(WIDTHS), labels)
        nn.init.zeros_(self.output.weight)
        nn.init.zeros_(self.output.bias)

    def forward(self, ids, lengths):
        ids = nn.functional.pad(ids, (PAD_BEFORE, PAD_BEFORE), value=torch_peer.PAD)
        x = self.embedding(ids).transpose(1, 2)                      # batch × dim × time
        pooled = [torch.relu(conv(x)).max(dim=2).values for conv in self.convolutions]
        return self.output(self.dropout(torch.cat(pooled, dim=1)))

    def constrain(self):
        """Kim's max-norm: each output row w_k with ‖w_k‖ > 1.5 becomes 1.5·w_k/‖w_k‖."""
        with torch.no_grad():
            self.output.weight.copy_(torch.renorm(self.output.weight, p=2, dim=0, maxnorm=MAX_NORM))


def main():
    args = torch_peer.arguments("Kim 2014 CNN-rand on fastText-format files")
    torch_peer.setup(args)
    data = torch_peer.Data(args, min_length=1)
    model = TextCnn(len(data.words), len(data.labels))
    optimizer = torch.optim.Adadelta(model.parameters(), lr=1.0, rho=0.95, eps=1e-6)
    torch_peer.run("textcnn-rand", args, data, model, optimizer, after_step=model.constrain)


if __name__ == "__main__":
    main()
