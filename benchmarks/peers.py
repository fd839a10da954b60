"""newsclean against the peers, by document size, and its memory: one run, one core.

    python benchmarks/peers.py [--repeat 5] [--skip-html]

1. Text mode on extracted news text (trafilatura's output for ../shared/corpus/aeb):
   a bare split-and-join (the floor), ``newsclean.clean``, and datatrove's
   ``C4QualityFilter`` on the same documents, as teams run it (its defaults,
   which count sentences with spaCy) and with sentence counting off (its line
   rules alone, its fastest form).
2. Scaling: the same text cut into documents of 1 KB to 10 MB; MB/s at each size
   against the 5 KB row.
3. Peak memory (tracemalloc) of one ``clean()`` per document size, as a multiple
   of the input's size in memory.
4. HTML mode: pages/s of ``newsclean.clean(html)`` against ``trafilatura.extract``
   alone on the AEB pages, page by page, interleaved.

Timings are the best of ``--repeat`` interleaved rounds. ``--jobs`` scaling is
benchmarks/jobs.py.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from speed import DEFAULT_CORPUS, extracted_corpus, split_and_join, timings

SIZES = (1_000, 5_000, 50_000, 500_000, 2_000_000, 10_000_000)
BATCH_BYTES = 10_000_000  # each size row cleans about this much text


def _c4(**options: object) -> Callable[[str], object]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    step = C4QualityFilter(**options)  # type: ignore[arg-type]
    return lambda text: step.filter(Document(text=text, id="0"))


def text_table(documents: Sequence[str], repeat: int) -> None:
    cleaner = newsclean.Cleaner()
    functions: dict[str, Callable[[str], object]] = {
        "split-and-join (floor)": split_and_join,
        "newsclean.clean": cleaner.clean,
    }
    try:
        functions["datatrove C4QualityFilter (defaults)"] = _c4()
        functions["datatrove C4QualityFilter (no sentence count)"] = _c4(min_num_sentences=-1)
    except ImportError as error:
        print(f"(datatrove C4QualityFilter skipped: {error})")
    for function in functions.values():
        for document in documents:  # warm up: compile every pattern newsclean uses, load spaCy
            function(document)
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    seconds = timings(functions, documents, repeat)
    speeds = {name: megabytes / min(times) for name, times in seconds.items()}
    ours = speeds["newsclean.clean"]
    print(f"\ntext mode: {len(documents)} documents, {megabytes:.2f} MB\n")
    print("| what | MB/s | newsclean is |")
    print("| --- | ---: | ---: |")
    for name, speed in speeds.items():
        relation = "" if name == "newsclean.clean" else f"{ours / speed:.2f}× as fast"
        print(f"| {name} | {speed:,.1f} | {relation} |")


def _documents_of(size: int, texts: Sequence[str]) -> list[str]:
    """Documents of about ``size`` characters, cut at paragraph breaks from the corpus text.
    Every pass over the corpus after the first marks its paragraphs with the pass number, so
    that a large document is not the same paragraphs over and over (which would make it a
    benchmark of the duplicate rule), and every size gets the same text."""
    paragraphs = [p for text in texts for p in text.split("\n") if p.strip()]
    documents: list[str] = []
    current: list[str] = []
    length, made, total, rounds = 0, 0, max(size, BATCH_BYTES), 0
    while made < total:
        rounds += 1
        for original in paragraphs:
            paragraph = original if rounds == 1 else f"{original} ({rounds})"
            current.append(paragraph)
            length += len(paragraph) + 1
            if length >= size:
                documents.append("\n".join(current))
                made += len(documents[-1])
                current, length = [], 0
                if made >= total:
                    break
    return documents


def scaling_and_memory(texts: Sequence[str], repeat: int) -> None:
    """Each round cleans every size once (in reverse order every other round), so that a change
    in the machine's load touches all sizes alike; each size keeps its best round."""
    cleaner = newsclean.Cleaner()
    batches = {size: _documents_of(size, texts) for size in SIZES}
    best = dict.fromkeys(SIZES, float("inf"))
    for round_ in range(max(3, repeat)):
        for size in SIZES if round_ % 2 == 0 else reversed(SIZES):
            seconds = _time(lambda documents=batches[size]: [cleaner.clean(d) for d in documents])
            best[size] = min(best[size], seconds)
    rows = []
    for size, documents in batches.items():
        megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
        rows.append((size, len(documents), megabytes / best[size], _peak(cleaner, documents[0])))
    base = next(speed for size, _, speed, _ in rows if size == 5_000)
    print("\nscaling with document size, and peak memory of one clean()\n")
    print("| document size | documents | MB/s | vs 5 KB | peak memory / input |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for size, count, speed, peak in rows:
        print(f"| {_human(size)} | {count:,} | {speed:,.1f} | {speed / base:.2f}× | {peak:.1f}× |")


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _peak(cleaner: newsclean.Cleaner, document: str) -> float:
    """Peak bytes allocated while cleaning, over the bytes the input string itself occupies."""
    size = sys.getsizeof(document)
    tracemalloc.start()
    tracemalloc.reset_peak()
    cleaner.clean(document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / size


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"


def _human(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"


def html_table(corpus: Path, repeat: int) -> None:
    import trafilatura

    pages = [
        gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        for page in sorted(corpus.glob("*.html.gz"))
    ]
    cleaner = newsclean.Cleaner()
    cleaner.clean(pages[0])
    extract_best = clean_best = float("inf")
    for _ in range(repeat):
        extract_seconds = clean_seconds = 0.0
        for page in pages:  # page by page, so that load changes touch both alike
            extract_seconds += _time(lambda page=page: trafilatura.extract(page, include_comments=False))
            clean_seconds += _time(lambda page=page: cleaner.clean(page))
        extract_best, clean_best = min(extract_best, extract_seconds), min(clean_best, clean_seconds)
    print(f"\nHTML mode: {len(pages)} pages of {corpus.name}\n")
    print("| what | pages/s | time vs trafilatura |")
    print("| --- | ---: | ---: |")
    print(f"| trafilatura.extract(html) | {len(pages) / extract_best:,.1f} | 1.00× |")
    print(f"| newsclean.clean(html) | {len(pages) / clean_best:,.1f} | {clean_best / extract_best:.2f}× |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-html", action="store_true")
    args = parser.parse_args(argv)

    peers = ", ".join(f"{name} {_version(name)}" for name in ("datatrove", "trafilatura"))
    print(f"newsclean {newsclean.__version__}, {peers}, Python {platform.python_version()}, one core")
    texts = extracted_corpus(args.corpus)
    text_table(texts, args.repeat)
    scaling_and_memory(texts, args.repeat)
    if not args.skip_html:
        html_table(args.corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
