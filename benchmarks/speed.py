"""Text-mode throughput: newsclean against a bare split-and-join of the same documents.

    python benchmarks/speed.py [--corpus DIR] [--repeat N]

The corpus is real extracted news text: trafilatura's output for the pages
of ``../shared/corpus/aeb`` (computed on first use and cached outside the
repository, in ``~/.cache/newsclean-bench``). The floor, splitting each
document into lines and joining them back, is what any line-based cleaner
pays before doing any work; the ratio to it says how much newsclean adds.
Both run in this one process, one core, interleaved, best of ``--repeat``.
The English-only row shows what the six other language packs (on by
default) cost English text.

With ``--base REV``, that revision (checked out into a temporary git
worktree) cleans the same corpus in a second process, round by round in turn
with this tree in a third one, and both figures are printed with their ratio:
a change's cost in throughput, measured side by side in one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import newsclean

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "aeb"
CACHE = Path.home() / ".cache" / "newsclean-bench"


def extracted_corpus(corpus: Path) -> list[str]:
    """trafilatura's text for every page of the corpus, cached after the first run."""
    import trafilatura

    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"{corpus.name}-trafilatura-{trafilatura.__version__}.json"
    if cached.exists():
        return list(json.loads(cached.read_text(encoding="utf-8")))
    texts = []
    for page in sorted(corpus.glob("*.html.gz")):
        html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        texts.append(trafilatura.extract(html, include_comments=False) or "")
    texts = [text for text in texts if text]
    cached.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def split_and_join(text: str) -> str:
    return "\n".join(text.split("\n"))


def timings(
    functions: dict[str, Callable[[str], object]], documents: Sequence[str], repeat: int
) -> dict[str, list[float]]:
    """Seconds each function takes over all documents, in each of ``repeat`` rounds.

    Each round runs every function once, in turn (reversing the order every
    other round), so a change in machine load during the run touches all of
    them alike and the ratios stay honest.
    """
    seconds: dict[str, list[float]] = {name: [] for name in functions}
    for round_ in range(repeat):
        order = list(functions.items())
        for name, function in order[::-1] if round_ % 2 else order:
            start = time.perf_counter()
            for document in documents:
                function(document)
            seconds[name].append(time.perf_counter() - start)
    return seconds


def paired_ratio(subject: list[float], reference: list[float]) -> tuple[float, float, float]:
    """Median and quartiles, round by round, of the speed of ``subject`` relative to
    ``reference`` (their seconds, inverted): robust to a noisy machine because each pair
    shares a round."""
    ratios = sorted(r / s for s, r in zip(subject, reference, strict=True))
    quartiles = statistics.quantiles(ratios, n=4)
    return statistics.median(ratios), quartiles[0], quartiles[2]


ROOT = Path(__file__).resolve().parents[1]

# A process that cleans the corpus once per line it reads, and answers with the seconds it took.
_WORKER = """
import json, sys, time
import newsclean
documents = json.loads(open(sys.argv[1], encoding="utf-8").read())
cleaner = newsclean.Cleaner()
for document in documents:  # compile every pattern outside the timing
    cleaner.clean(document)
print("ready", flush=True)
for _ in sys.stdin:
    start = time.perf_counter()
    for document in documents:
        cleaner.clean(document)
    print(time.perf_counter() - start, flush=True)
"""


def against_base(base: str, corpus: Path, repeat: int) -> None:
    """Print this tree's and ``base``'s throughput, measured in turn in one run."""
    documents = extracted_corpus(corpus)
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    with tempfile.TemporaryDirectory() as workdir:
        tree = Path(workdir) / "base"
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", "-q", str(tree), base], check=True)
        try:
            corpus_file = Path(workdir) / "corpus.json"
            corpus_file.write_text(json.dumps(documents), encoding="utf-8")
            sources = {base: tree / "src", "this tree": ROOT / "src"}
            workers = {name: _start(src, corpus_file) for name, src in sources.items()}
            seconds: dict[str, list[float]] = {name: [] for name in workers}
            for round_ in range(repeat):
                order = list(workers.items())
                for name, worker in order[::-1] if round_ % 2 else order:
                    seconds[name].append(_one_round(worker))
            for worker in workers.values():
                worker.communicate(timeout=60)
        finally:
            subprocess.run([*git, "remove", "--force", str(tree)], check=True)
    print(f"corpus: {len(documents)} documents from {corpus.name}, {megabytes:.2f} MB; "
          f"{repeat} rounds, each revision in its own process, in turn")
    print()
    print("| revision | MB/s (best round) |")
    print("| --- | ---: |")
    for name, times in seconds.items():
        print(f"| {name} | {megabytes / min(times):.1f} |")
    median, low, high = paired_ratio(seconds["this tree"], seconds[base])
    print(f"\nthis tree runs at {median:.3f}× the speed of {base} "
          f"(median of {repeat} paired rounds; quartiles {low:.3f}–{high:.3f})")


def _one_round(worker: subprocess.Popen[str]) -> float:
    assert worker.stdin is not None
    assert worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    return float(worker.stdout.readline())


def _start(src: Path, corpus_file: Path) -> subprocess.Popen[str]:
    environment = {**os.environ, "PYTHONPATH": str(src)}
    worker = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(corpus_file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment,
    )
    assert worker.stdout is not None
    if worker.stdout.readline().strip() != "ready":
        raise RuntimeError(f"the worker for {src} did not start")
    return worker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--base", metavar="REV", help="also run this git revision, in turn")
    args = parser.parse_args(argv)
    if args.base:
        against_base(args.base, args.corpus, args.repeat)
        return 0

    documents = extracted_corpus(args.corpus)
    sizes = [len(d.encode("utf-8")) for d in documents]
    cleaner = newsclean.Cleaner()
    english_only = newsclean.Cleaner(languages=("en",))
    for warm_up in (cleaner, english_only):  # compile outside the timing
        warm_up.clean(documents[0])

    seconds = timings(
        {
            "split-and-join (floor)": split_and_join,
            "newsclean.clean": cleaner.clean,
            "newsclean.clean, English pack only": english_only.clean,
            "newsclean.explain": cleaner.explain,
        },
        documents,
        args.repeat,
    )
    speeds = {name: sum(sizes) / 1e6 / min(times) for name, times in seconds.items()}
    floor = speeds["split-and-join (floor)"]

    print(f"newsclean {newsclean.__version__}, Python {platform.python_version()}, one core")
    print(f"corpus: {len(documents)} documents from {args.corpus.name}, "
          f"{sum(sizes) / 1e6:.2f} MB, median {statistics.median(sizes) / 1e3:.1f} KB")
    print()
    print("| what | MB/s | vs split-and-join |")
    print("| --- | ---: | ---: |")
    for name, speed in speeds.items():
        print(f"| {name} | {speed:,.1f} | {speed / floor:.3f}× |")
    median, low, high = paired_ratio(
        seconds["newsclean.clean"], seconds["newsclean.clean, English pack only"]
    )
    print(f"\nall seven packs run at {median:.3f}× the speed of the English pack alone "
          f"(median of {args.repeat} paired rounds; quartiles {low:.3f}–{high:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
