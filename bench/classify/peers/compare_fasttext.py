#!/usr/bin/python3
"""textkit's fastText against Debian's fastText binary on identical files and hyper-parameters.

Run from anywhere (needs fasttext, GNU time, and the datasets in /work/shared/data or --data):
    /usr/bin/python3 bench/classify/peers/compare_fasttext.py [--reps 3] [--datasets r8,agnews,sst2]
        [--losses softmax,hs] [--threads 1,2] [--data DIR]

Datasets, converted by to_fasttext.py into a temporary folder (lower-cased, fastText format):
R8 (documents/r8 train → test), AG News (documents/agnews dev.tsv, a 10k sample of the official
train set → test.tsv), SST-2 sentences (sentiment/kim2014 stsa.binary.train → dev). Settings for
both tools: dim 100, lr 0.5 decaying linearly to 0, 10 epochs, word bigrams, minCount 1, 200,000
buckets (textkit's default; fastText's is 2M). Each configuration runs --reps times with seeds
1, 2, …, the same seed for both tools, alternating which tool goes first, and the table gives
medians over the seeds: accuracy on the test file, wall and CPU seconds of the training process
(GNU time), textkit's in-JVM fit time, peak RSS. Prints a markdown table with the ratios textkit /
fastText of wall and of CPU time (below 1: textkit faster) and the 1-minute load average after the
row's runs: on a shared machine wall time follows the load, CPU time much less.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = {
    "r8": ("label-tab-text", "documents/r8/train.txt", "documents/r8/test.txt"),
    "agnews": ("text-tab-label", "documents/agnews/dev.tsv", "documents/agnews/test.tsv"),
    "sst2": ("label-space-text", "sentiment/kim2014/stsa.binary.train", "sentiment/kim2014/stsa.binary.dev"),
}
DIM, LR, EPOCHS, NGRAMS, MIN_COUNT, BUCKETS = 100, 0.5, 10, 2, 1, 200_000


def run(command):
    """Runs a runner script and returns its one `key=value ...` line as a dict of floats."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    line = result.stdout.strip().splitlines()[-1]
    return {key: float(value) for key, value in (field.split("=") for field in line.split())}


def textkit_command(files, loss, threads, seed):
    return [os.path.join(HERE, "textkit_fasttext.sh"), *files, "--dim", str(DIM), "--lr", str(LR),
            "--epochs", str(EPOCHS), "--word-ngrams", str(NGRAMS), "--min-count", str(MIN_COUNT),
            "--threads", threads, "--loss", loss, "--seed", str(seed)]


def fasttext_command(files, loss, threads, seed):
    return [os.path.join(HERE, "fasttext.sh"), *files, "-dim", str(DIM), "-lr", str(LR), "-epoch", str(EPOCHS),
            "-wordNgrams", str(NGRAMS), "-minCount", str(MIN_COUNT), "-bucket", str(BUCKETS), "-thread", threads,
            "-loss", loss, "-seed", str(seed)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--datasets", default="r8,agnews,sst2")
    parser.add_argument("--losses", default="softmax,hs")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--data", default="/work/shared/data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="compare-fasttext.") as work:
        print("| dataset | loss | threads | textkit acc | textkit s (CPU s, fit s) | textkit peak MiB "
              "| fastText acc | fastText s (CPU s) | fastText peak MiB | wall ratio | CPU ratio | load |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name in args.datasets.split(","):
            layout, train, test = DATASETS[name]
            files = []
            for part, source in (("train", train), ("test", test)):
                target = os.path.join(work, f"{name}.{part}")
                subprocess.run([sys.executable, os.path.join(HERE, "to_fasttext.py"), layout,
                                os.path.join(args.data, source), target], check=True, capture_output=True)
                files.append(target)
            for loss in args.losses.split(","):
                for threads in args.threads.split(","):
                    textkit, fasttext = [], []
                    for rep in range(args.reps):
                        tools = ((textkit_command, textkit), (fasttext_command, fasttext))
                        for command, results in tools if rep % 2 == 0 else tools[::-1]:
                            results.append(run(command(files, loss, threads, rep + 1)))
                    t = {key: statistics.median(r[key] for r in textkit) for key in textkit[0]}
                    f = {key: statistics.median(r[key] for r in fasttext) for key in fasttext[0]}
                    print(f"| {name} | {loss} | {threads} | {t['accuracy']:.4f} | {t['train_seconds']:.2f} "
                          f"({t['cpu_seconds']:.2f}, {t['fit_seconds']:.2f}) | {t['peak_kib'] / 1024:.0f} "
                          f"| {f['accuracy']:.4f} | {f['train_seconds']:.2f} ({f['cpu_seconds']:.2f}) "
                          f"| {f['peak_kib'] / 1024:.0f} | {t['train_seconds'] / f['train_seconds']:.2f} "
                          f"| {t['cpu_seconds'] / f['cpu_seconds']:.2f} | {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
