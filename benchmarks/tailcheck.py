"""Body safety where the tail rules read: every real body line, placed as an article's last paragraph.

    python benchmarks/tailcheck.py [--lines body|leftover] [--rules CODE,...|all] [--show N]

Rules that read the end of an article (the learned scorer's ``DON190``, ``COR190`` and ``BYL190``
by default) see there only what a page puts there. This stress test puts every distinct line of
six words or more that the shared corpora label as body (or, with ``--lines leftover``, as
boilerplate) in that place: a headline, two paragraphs of a council story, the line, and a
copyright line that is removed; and it counts the lines the rules remove. A body line removed
here is one the rules would take from an article that ended with it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable

from textmode import REPOSITORY, distinct_lines

sys.path.insert(0, str(REPOSITORY / "src"))
import newsclean

SCORER = ("DON190", "COR190", "BYL190")
HEAD = (
    "City council approves new budget after long debate\n\n"
    "The city council approved the budget on Tuesday after a debate that lasted more than six hours, "
    "with members split over spending on roads and schools.\n\n"
    "The mayor said the plan would keep taxes level for a third year while adding money for repairs.\n\n"
)
FOOT = "\n\n© 2026 The Daily Example. All rights reserved."
MIN_WORDS = 6


def corpus_lines(kind: str) -> list[tuple[str, str]]:
    """(corpus, line) for every distinct body (or boilerplate) line of six words or more."""
    if kind == "body":
        return distinct_lines(lambda label, text: label == "body" and len(text.split()) >= MIN_WORDS)
    return distinct_lines(
        lambda label, text: label not in ("body", "unknown", "comments") and len(text.split()) >= MIN_WORDS
    )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", choices=("body", "leftover"), default="body")
    parser.add_argument("--rules", default=",".join(SCORER), help="codes, comma-separated, or 'all'")
    parser.add_argument("--show", type=int, default=40, metavar="N", help="removed lines to list")
    args = parser.parse_args(list(argv) if argv is not None else None)
    codes = None if args.rules == "all" else set(args.rules.split(","))
    cleaner = newsclean.Cleaner(format="text")
    lines = corpus_lines(args.lines)
    removed: Counter[str] = Counter()
    shown = []
    last = HEAD.count("\n\n")  # the placed line's block
    for corpus, text in lines:
        for removal in cleaner.explain(HEAD + text + FOOT).removals:
            if removal.block == last and (codes is None or removal.code in codes):
                removed[removal.code] += 1
                shown.append(f"{corpus}\t{removal.code}\t{text[:160]}")
    print(f"{len(lines)} distinct {args.lines} lines placed last; removed by {args.rules}: "
          f"{sum(removed.values())} {dict(sorted(removed.items()))}")
    print("\n".join(shown[: args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
