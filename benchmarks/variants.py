"""Boilerplate families line by line: variants of each family, and body lines that share its words.

    python benchmarks/variants.py [--round N|all] [--base REV] [--show N]

``benchmarks/variants/round<N>/<lang>.json`` holds lines written for this project, blind, by
writers who never read the rules: for each boilerplate family (corrections, author bios, captions
and credits, donation appeals, navigation, app prompts, copyright; round 2 adds related links and
newsletters; round 3, the mainstream sites, is scored only; round 4 adds paywalls, share and
follow prompts, cookie banners and ad markers; rounds 5 and 6 are one blind round of the prose
families, of which round 6 is scored only; round 7, the same three prose families again, is scored
only; round 8, the three prose families and service prose as hard negatives, trains the scorer;
rounds 9 and 10, the ten other families as sites print them today, of which round 10 is scored
only; rounds 11 and 12, the three prose families and service prose again, train the scorer;
round 13, the same families written to situations, is scored only) a
dozen or more variants in each of seven
languages, in the voices of many kinds of sites and countries, and ten body lines per family that
share its words (a story about a correction, a reporter's career, a charity's drive, an app
launch). A synthetic article tests a family in context; this tests its vocabulary and grammar one
variant at a time.

Each line is cleaned where such a line stands: navigation and cookie banners above the headline,
captions and ad markers between two paragraphs, the rest after the article's last paragraph, above
a copyright line. A body line is cleaned twice, between two paragraphs and as the last paragraph.
The script prints the share of variants removed per family and language, and every body line lost.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textmode import removed_at, removed_here

VARIANTS = Path(__file__).resolve().parent / "variants"

# The article around each line, in each language: a headline, two paragraphs, a copyright line.
FRAMES = json.loads((VARIANTS / "frames.json").read_text(encoding="utf-8"))


# Where a family's line stands in the article; the others stand after its last paragraph.
PLACES = {"navigation": "head", "cookie": "head", "caption_credit": "inside", "ads": "inside"}


@dataclass(frozen=True)
class Case:
    language: str
    label: str  # "body" or the family
    family: str  # the family a body line shares words with
    text: str
    place: str  # "head", "inside" or "tail"

    def document(self) -> tuple[str, int]:
        """The article with the line in its place, and the line's block."""
        frame = FRAMES[self.language]
        headline, first, second, footer = (frame[key] for key in ("headline", "first", "second", "footer"))
        blocks, index = {
            "head": ([self.text, headline, first, second], 0),
            "inside": ([headline, first, self.text, second], 2),
            "tail": ([headline, first, second, self.text, footer], 3),
        }[self.place]
        return "\n\n".join(blocks), index


def cases(round_: str) -> list[Case]:
    found = []
    for path in sorted(VARIANTS.glob(f"round{'*' if round_ == 'all' else round_}/*.json")):
        language = path.stem
        for item in json.loads(path.read_text(encoding="utf-8")):
            text, label = item["text"].strip(), item["label"]
            if not text:
                continue
            if label == "body":
                found += [Case(language, label, item["for"], text, place) for place in ("inside", "tail")]
            else:
                place = PLACES.get(label, "tail")
                found.append(Case(language, label, label, text, place))
    return found


Scores = tuple[dict[str, Counter[str]], list[str], list[str]]


def score(listed: Sequence[Case], removed: Sequence[bool]) -> Scores:
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    left, lost = [], []
    for case, gone in zip(listed, removed, strict=True):
        keys = ("body",) if case.label == "body" else ("all", case.label, f"{case.label} {case.language}")
        for key in keys:
            tallies[key]["lines"] += 1
            tallies[key]["removed"] += gone
        if case.label == "body" and gone:
            lost.append(f"{case.language} {case.place:6} {case.family:14} {case.text[:120]}")
        elif case.label != "body" and not gone:
            left.append(f"{case.label:14} {case.language}  {case.text[:120]}")
    return tallies, left, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    rounds = sorted((path.name.removeprefix("round") for path in VARIANTS.glob("round*")), key=int)
    parser.add_argument("--round", choices=(*rounds, "all"), default="all")
    parser.add_argument("--base", metavar="REV", help="also run this git revision, side by side")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list N variants left")
    args = parser.parse_args(argv)
    listed = cases(args.round)
    documents = [case.document() for case in listed]
    texts = [text for text, _ in documents]
    systems: dict[str, Scores] = {}
    if args.base:
        flags = removed_at(args.base, texts)
        systems[args.base] = score(listed, [row[i] for row, (_, i) in zip(flags, documents, strict=True)])
    flags, _ = removed_here(texts)
    systems["this tree"] = score(listed, [row[i] for row, (_, i) in zip(flags, documents, strict=True)])
    command = " ".join(sys.argv[1:] if argv is None else argv)
    print(f"Variants (round {args.round}): {len(listed)} placed lines")
    print(f"command: python benchmarks/variants.py {command}\n")
    names = list(systems)
    print("| family | lines | " + " | ".join(f"removed ({name})" for name in names) + " |")
    print("| --- | ---: |" + " ---: |" * len(names))
    first = systems[names[0]][0]
    for key in sorted(first, key=lambda key: (key != "all", key == "body", key)):
        if " " in key:
            continue
        cells = []
        for name in names:
            tally = systems[name][0][key]
            share = tally["removed"] / tally["lines"]
            cells.append(f"{tally['removed']}" if key == "body" else f"{share:.3f}")
        label = "body lines lost" if key == "body" else key
        print(f"| {label} | {first[key]['lines']} | " + " | ".join(cells) + " |")
    _, left, lost = systems["this tree"]
    if args.show:
        print(f"\n## Variants left ({len(left)}), first {args.show}\n")
        print("\n".join(sorted(left)[: args.show]))
    print(f"\n## Body lost ({len(lost)})\n")
    print("\n".join(sorted(lost)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
