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
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import statistics
import sys
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


def paired_ratio(slower: list[float], faster: list[float]) -> tuple[float, float, float]:
    """Median and quartiles of ``faster / slower`` round by round: the speed of ``slower``
    relative to ``faster``, robust to a noisy machine because each pair shares a round."""
    ratios = sorted(f / s for s, f in zip(slower, faster, strict=True))
    quartiles = statistics.quantiles(ratios, n=4)
    return statistics.median(ratios), quartiles[0], quartiles[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)

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
