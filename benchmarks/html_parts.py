"""Where HTML mode's time goes, against trafilatura's own time on the same pages.

    python benchmarks/html_parts.py [--corpus NAME] [--pages N]

Both systems run on the first N pages of a shared corpus (after a warm-up pass that compiles
every rule), one after the other, in this one process; CPU time. newsclean's time is split by
wrapping its stages: parsing (``html._load``), DOM pruning (``html.prune``), the extractions
(``html._trafilatura_text``, as many as the page guard asks for), the text chain
(``Chain.run``), and the rest. Each part is given as a share of trafilatura's time: the parts
of newsclean's ratio to it (issue 14's budget is 1.3). Wrapping costs a little time itself, so
the sum runs a few hundredths above ``pages.py``'s ratio on the same pages.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import trafilatura

import corpora
import newsclean
from newsclean import chain, html

STAGES = {"parsing": (html, "_load"), "pruning": (html, "prune"),
          "extraction": (html, "_trafilatura_text"), "text chain": (chain.Chain, "run")}


def _timed(
    function: Callable[..., Any], label: str, spent: Counter[str], calls: Counter[str]
) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
            calls[label] += 1
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="wcxb", choices=corpora.CORPORA)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    pages = [(page.html_bytes(), page.url) for page in list(corpora.pages(args.corpus))[: args.pages]]
    cleaner = newsclean.Cleaner(format="html")
    for document, url in pages:  # compile every rule the pages reach, outside the measurement
        cleaner.clean(document, url=url)
    start = time.process_time()
    for document, _ in pages:
        trafilatura.extract(document, include_comments=False)
    theirs = time.process_time() - start
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for label, (owner, name) in STAGES.items():
        setattr(owner, name, _timed(getattr(owner, name), label, spent, calls))
    start = time.process_time()
    for document, url in pages:
        cleaner.clean(document, url=url)
    ours = time.process_time() - start
    print(f"{args.corpus}, {len(pages)} pages: trafilatura {theirs:.2f} s, newsclean {ours:.2f} s "
          f"(CPU), ratio {ours / theirs:.2f}\n")
    print("| part | seconds | share of trafilatura's time | calls |\n| --- | ---: | ---: | ---: |")
    for label in STAGES:
        print(f"| {label} | {spent[label]:.2f} | {spent[label] / theirs:.2f} | {calls[label]} |")
    rest = ours - sum(spent.values())
    print(f"| the rest | {rest:.2f} | {rest / theirs:.2f} | |")


if __name__ == "__main__":
    main()
