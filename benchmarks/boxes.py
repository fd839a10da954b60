"""Body safety for the article's own boxes beside furniture: a stress test, printed, not asserted.

    python benchmarks/boxes.py [--show N]

An article carries boxes of its own: a sub-heading over a few short lines (the damage so far, a
Q&A, the steps of a how-to, the candidates, the results, what happens next). Sites put furniture
right beside them: an inline teaser, an ad marker, a share bar, a photo credit, a sign-up, an app
prompt, a tag row, a related header. This test places each box (written for newsclean, in English)
under each kind of furniture, between two of the article's paragraphs ("mid") and after its last
one ("tail"), with each kind of furniture or a paragraph below it, and counts the placements in
which a rule removes a line of the box, by the furniture above and the rule. Under a related
header ("Related", "Most read") a box of headline-like lines reads as the list the header
announces, and those placements are counted apart: shape cannot tell them from teasers.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import newsclean

PARAGRAPHS = (
    "Officials said 1,400 people had left their homes overnight, most of them in the villages along the "
    "river, and the schools would stay shut on Tuesday.",
    "The regional president asked the government for a state of emergency and said the embankments could "
    "not be rebuilt every year with emergency funds.",
    "Engineers will inspect the bridges on Monday, the roads agency said, and heavy lorries will be "
    "diverted through the industrial estate until then.",
)
ABOVE = {
    "inline teaser": "Read more: Flood payouts from 2023 still stuck two years on",
    "ad marker": "Advertisement",
    "share bar": "Share this article",
    "photo credit": "Photo: Jane Doe/Example Agency",
    "sign-up": "Sign up for our morning newsletter and get the day's top stories in your inbox.",
    "app prompt": "Download our app for breaking news alerts",
    "tag row": "Topics: Floods, Weather, Roads",
    "related header": "Related",
    "most-read header": "Most read",
}
LIST_HEADERS = frozenset({"related header", "most-read header"})
BOXES = {
    "figures": ("The damage so far", "Twelve county roads closed between the two towns",
                "Six bridges shut to heavy traffic until Monday", "Three schools used as shelters"),
    "Q&A": ("Your questions answered", "Can I claim for a flooded car?",
            "Only if your policy covers flood damage, insurers say.",
            "Will the schools reopen on Wednesday?"),
    "steps": ("How to check your street", "Open the county's flood map",
              "Type your postcode in the search box", "Look for the red areas near your home"),
    "names": ("The candidates", "Maria Lopez, Green Party", "John Carter, Labour", "Aisha Khan, independent"),
    "results": ("Results", "Harbour Town 2 Riverside 1", "Old Boys 0 Castle Park 3",
                "Westend 1 Northfield 1"),
    "what next": ("What happens next", "The council meets on Thursday to approve the repair budget",
                  "Insurers have sent assessors to the worst-hit streets",
                  "A public inquiry has not been ruled out"),
}
BELOW = {
    "paragraph": None,
    "ad marker": "Advertisement",
    "copyright": "© 2025 Example Media Group. All rights reserved.",
    "sign-up": "Sign up for our morning newsletter",
    "inline teaser": "Read more: Council to vote on new flood barriers",
}


def placements() -> list[tuple[str, str, str, str, list[str], int]]:
    """(where, above, box, below, blocks, index of the box's first line) for every placement."""
    found = []
    for (above, furniture), (box, lines), (below, closing) in itertools.product(
        ABOVE.items(), BOXES.items(), BELOW.items()
    ):
        for where in ("mid", "tail"):
            if where == "tail" and closing is None:
                continue  # after the last paragraph, a paragraph below would make it the middle
            head = [*PARAGRAPHS[:2], *(PARAGRAPHS[2:] if where == "tail" else ())]
            blocks = [*head, furniture, *lines, *([closing] if closing else [])]
            if where == "mid":
                blocks.append(PARAGRAPHS[2])
            found.append((where, above, box, below, blocks, len(head) + 1))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=20, help="placements with a loss to list")
    args = parser.parse_args(argv)
    cleaner = newsclean.Cleaner(format="text")
    total: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    shown = 0
    for where, above, box, below, blocks, first in placements():
        kind = "under a list header" if above in LIST_HEADERS else "under other furniture"
        total[kind] += 1
        result = cleaner.explain("\n\n".join(blocks))
        taken = [r for r in result.removals if first <= r.block < first + len(BOXES[box])]
        if not taken:
            continue
        lost[kind] += 1
        lost[f"{kind}: {above}"] += 1
        rules.update({r.code for r in taken})
        if shown < args.show:
            shown += 1
            print(f"{where:4} above={above!r} box={box!r} below={below!r}: "
                  + ", ".join(f"{r.code} {blocks[r.block]!r}" for r in taken))
    print()
    print("command: python benchmarks/boxes.py")
    print()
    print("| placements | total | a box line removed |")
    print("| --- | ---: | ---: |")
    for kind in ("under other furniture", "under a list header"):
        print(f"| {kind} | {total[kind]} | {lost[kind]} |")
    for key, count in sorted(lost.items()):
        if ": " in key:
            print(f"| - {key} | | {count} |")
    print()
    print("rules that removed box lines: " + ", ".join(f"{code} {n}" for code, n in rules.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
