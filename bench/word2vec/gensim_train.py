"""Trains word2vec with gensim for bench/word2vec/compare.sh and writes word2vec text vectors.

Usage: gensim_train.py CORPUS OUTPUT.vec SG HS NEGATIVE ALPHA EPOCHS THREADS
Benchmark-only: textkit itself never runs Python.
"""
import sys

from gensim.models import Word2Vec
from gensim.models.word2vec import LineSentence

corpus, output, sg, hs, negative, alpha, epochs, threads = sys.argv[1:9]
model = Word2Vec(
    LineSentence(corpus),
    vector_size=100, window=5, min_count=5, sample=1e-3,
    sg=int(sg), hs=int(hs), negative=int(negative), alpha=float(alpha), min_alpha=float(alpha) * 1e-4,
    epochs=int(epochs), workers=int(threads), seed=1)
model.wv.save_word2vec_format(output)
