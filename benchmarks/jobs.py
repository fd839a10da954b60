"""Batch throughput of the command line with one worker process against several.

    python benchmarks/jobs.py [--jobs 1 2] [--text-mb 60] [--html-copies 8] [--rounds 2]

Two JSONL corpora are built in a temporary folder from ../shared/corpus/aeb:
extracted article text (trafilatura's, repeated to ``--text-mb`` megabytes)
and the raw HTML pages (repeated ``--html-copies`` times). Each is cleaned by
``python -m newsclean CORPUS -o OUT --quiet --jobs N`` for every N, the runs
interleaved, best of ``--rounds``; whole-command wall time, so process start,
reading, JSON parsing and writing all count.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from speed import DEFAULT_CORPUS, extracted_corpus


def text_corpus(path: Path, megabytes: float) -> int:
    texts = extracted_corpus(DEFAULT_CORPUS)
    written = records = 0
    with open(path, "w", encoding="utf-8") as handle:
        while written < megabytes * 1e6:
            for i, text in enumerate(texts):
                line = json.dumps({"id": f"{records}", "text": text, "source": i}) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                records += 1
    return records


def html_corpus(path: Path, copies: int) -> int:
    pages = sorted(DEFAULT_CORPUS.glob("*.html.gz"))
    records = 0
    with open(path, "w", encoding="utf-8") as handle:
        for _ in range(copies):
            for page in pages:
                html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
                handle.write(json.dumps({"id": f"{records}", "text": html}) + "\n")
                records += 1
    return records


def wall_time(corpus: Path, jobs: int, out: Path) -> float:
    command = [sys.executable, "-m", "newsclean", str(corpus), "-o", str(out), "--quiet", "--jobs", str(jobs)]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--text-mb", type=float, default=60)
    parser.add_argument("--html-copies", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    print(f"newsclean {newsclean.__version__}, Python {platform.python_version()}, {os.cpu_count()} cores")
    print("load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    with tempfile.TemporaryDirectory() as folder:
        corpora = {
            "extracted text": (Path(folder) / "text.jsonl", text_corpus),
            "HTML pages": (Path(folder) / "html.jsonl", html_corpus),
        }
        sizes = {"extracted text": args.text_mb, "HTML pages": args.html_copies}
        print()
        print("| corpus | records | MB | jobs | seconds | docs/s | speed-up |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, (path, build) in corpora.items():
            records = build(path, sizes[name])
            megabytes = path.stat().st_size / 1e6
            best = dict.fromkeys(args.jobs, float("inf"))
            for _ in range(args.rounds):
                for jobs in args.jobs:
                    best[jobs] = min(best[jobs], wall_time(path, jobs, Path(folder) / "out.jsonl"))
            base = best[args.jobs[0]]
            for jobs, seconds in best.items():
                print(
                    f"| {name} | {records:,} | {megabytes:,.0f} | {jobs} | {seconds:.1f} | "
                    f"{records / seconds:,.0f} | {base / seconds:.2f}× |"
                )
    print()
    print("load average (1, 5, 15 min) after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
