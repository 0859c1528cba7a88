"""PyTorch counterpart of LstmBenchmark.biLstmMaxPoolForwardBackward: forward and backward of
nn.LSTM(300, 150, bidirectional=True) over a (T=20, B=50, 300) batch, max-pooled over time, summed.

Run with the system Python that has torch, on two threads:
    OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=2 /usr/bin/python3 bench/lstm/torch_lstm_step.py
Prints the median, min and max milliseconds per pass over --repeats timed rounds.
"""
import argparse
import statistics
import time

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=10, help="timed rounds")
    parser.add_argument("--passes", type=int, default=20, help="passes per timed round")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    lstm = torch.nn.LSTM(300, 150, bidirectional=True)
    x = torch.rand(20, 50, 300) * 2 - 1

    def one_pass():
        out, _ = lstm(x)
        loss = out.max(dim=0).values.sum()
        loss.backward()
        lstm.zero_grad(set_to_none=False)
        return loss.item()

    for _ in range(args.warmup):
        one_pass()
    rounds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _ in range(args.passes):
            one_pass()
        rounds.append((time.perf_counter() - start) / args.passes * 1000)
    print(f"torch {torch.__version__}, {args.threads} threads: BiLSTM 300->150x2, T=20 B=50, max-pool, "
          f"forward+backward: median {statistics.median(rounds):.2f} ms "
          f"(min {min(rounds):.2f}, max {max(rounds):.2f}) over {args.repeats} rounds of {args.passes}")


if __name__ == "__main__":
    main()
