"""Article extraction quality on the AEB corpus: newsclean against trafilatura, in one run.

    python benchmarks/quality.py [--corpus DIR] [--markdown]

Scores every page with the benchmark's own metric (see ``aeb.py``; validated
against trafilatura 2.0.0's published F1 of 0.958) for:

* trafilatura ``extract(html, include_comments=False)``: default,
  ``favor_precision`` and ``favor_recall``;
* newsclean on the HTML, with trafilatura leaning each way underneath;
* newsclean's text mode applied to trafilatura's default output.

Then times ``newsclean.clean(html)`` against ``trafilatura.extract(html)`` on
the same pages, interleaved page by page, and prints the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

import aeb
import newsclean


def _trafilatura(**options: bool) -> Callable[[str], str]:
    def run(html: str) -> str:
        return trafilatura.extract(html, include_comments=False, **options) or ""

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=aeb.DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (best is kept)")
    args = parser.parse_args(argv)

    pages = list(aeb.pages(args.corpus))
    htmls = [page.html() for page in pages]
    truths = [page.truth for page in pages]

    default = [_trafilatura()(html) for html in htmls]
    systems: dict[str, list[str]] = {
        "trafilatura (default)": default,
        "trafilatura (favor_precision)": [_trafilatura(favor_precision=True)(h) for h in htmls],
        "trafilatura (favor_recall)": [_trafilatura(favor_recall=True)(h) for h in htmls],
    }
    for favor in ("balanced", "recall", "precision"):
        cleaner = newsclean.Cleaner(favor=favor, format="html")
        default = " (default: favor balanced)" if favor == "balanced" else f" (favor {favor})"
        label = f"newsclean HTML{default}"
        systems[label] = [cleaner.clean(html, url=page.url) for html, page in zip(htmls, pages, strict=True)]
    text_cleaner = newsclean.Cleaner(format="text")
    systems["newsclean text on trafilatura default"] = [text_cleaner.clean(text) for text in default]

    versions = f"newsclean {newsclean.__version__}, trafilatura {trafilatura.__version__}"
    print(f"AEB: {len(pages)} pages; {versions}")
    print()
    print("| system | precision | recall | F1 |")
    print("| --- | ---: | ---: | ---: |")
    for name, outputs in systems.items():
        score = aeb.score(zip(truths, outputs, strict=True))
        print(f"| {name} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} |")

    extract_time, clean_time = _timings(htmls, pages, args.repeat)
    print()
    print("| time on the same pages (best of rounds) | seconds | ratio |")
    print("| --- | ---: | ---: |")
    print(f"| trafilatura.extract(html) | {extract_time:.2f} | 1.00 |")
    print(f"| newsclean.clean(html) | {clean_time:.2f} | {clean_time / extract_time:.2f} |")
    return 0


def _timings(htmls: list[str], pages: list[aeb.Page], repeat: int) -> tuple[float, float]:
    """Per page, trafilatura then newsclean, so that load changes touch both alike."""
    cleaner = newsclean.Cleaner(format="html")
    extract = _trafilatura()
    best_extract = best_clean = float("inf")
    for _ in range(repeat):
        extract_total = clean_total = 0.0
        for html, page in zip(htmls, pages, strict=True):
            start = time.perf_counter()
            extract(html)
            middle = time.perf_counter()
            cleaner.clean(html, url=page.url)
            clean_total += time.perf_counter() - middle
            extract_total += middle - start
        best_extract = min(best_extract, extract_total)
        best_clean = min(best_clean, clean_total)
    return best_extract, best_clean


if __name__ == "__main__":
    sys.exit(main())
