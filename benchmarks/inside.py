"""Body safety between paragraphs: short corpus body lines placed inside an article.

    python benchmarks/inside.py [--base REV] [--show N]

Every distinct body line of one to eight words in trafilatura's text of the
shared corpora (sub-headings, labels, short answers, one-line paragraphs; see
``textmode.py`` for how lines are labelled) is placed alone between two
paragraphs of a neutral article, where shape evidence never suffices and only
positive evidence may take a block. The script counts the lines some rule
removes there, by rule, and lists them (``--show``); with ``--base REV`` it
runs the same placements on another revision and lists the lines taken here and
not there. Most of what rules take is truth that counts furniture as body (a
credit, "© Reuters"); a new rule's hits are read before it lands.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable

from textmode import distinct_lines, removed_at, removed_here

HEADLINE = "Council approves the budget after a long debate"
BEFORE = (
    "The city council approved the budget on Tuesday after a debate that lasted more than six hours, "
    "with members split over spending on roads and schools."
)
AFTER = (
    "The mayor said the plan would keep taxes level for a third year while adding money for repairs "
    "to bridges."
)
#: The placed line's block: after the headline and the first paragraph.
PLACED = 2
MOST_WORDS = 8


def short_body_lines() -> list[tuple[str, str]]:
    """(corpus, line) for every distinct body line of one to eight words, in corpus order."""
    return distinct_lines(lambda label, text: label == "body" and 1 <= len(text.split()) <= MOST_WORDS)


def placed(line: str) -> str:
    return f"{HEADLINE}\n\n{BEFORE}\n\n{line}\n\n{AFTER}"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="also run this git revision and list what only this tree takes")
    parser.add_argument("--show", type=int, default=20, help="list N of the lines taken (default 20)")
    args = parser.parse_args(list(argv) if argv is not None else None)

    lines = short_body_lines()
    texts = [placed(text) for _, text in lines]
    flags, codes = removed_here(texts)
    taken = [(name, text, code[PLACED]) for (name, text), flag, code in zip(lines, flags, codes, strict=True)
             if flag[PLACED]]
    print(f"{len(lines):,} short corpus body lines placed between two paragraphs")
    print(f"command: python benchmarks/inside.py{' --base ' + args.base if args.base else ''}\n")
    print(f"taken by a rule (this tree): {len(taken)}")
    if args.base:
        base = removed_at(args.base, texts)
        print(f"taken by a rule ({args.base}): {sum(flag[PLACED] for flag in base)}")
    by_rule = Counter(code for _, _, code in taken)
    print("\n| rule | lines taken |\n| --- | ---: |")
    for code, count in by_rule.most_common():
        print(f"| {code} | {count} |")
    if args.show:
        print(f"\n## Lines taken (first {args.show})\n")
        for name, text, code in sorted(taken, key=lambda item: (item[2] or "", item[1]))[: args.show]:
            print(f"{code}  {name:16}  {text}")
    if args.base:
        new = [(name, text, code) for (name, text, code), flag in
               zip(((n, t, c[PLACED]) for (n, t), c in zip(lines, codes, strict=True)), base, strict=True)
               if code and not flag[PLACED]]
        print(f"\n## Taken here, kept by {args.base} ({len(new)})\n")
        for name, text, code in new:
            print(f"{code}  {name:16}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
