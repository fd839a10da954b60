"""Text mode on synthetic modern news articles in seven languages, labelled line by line.

    python benchmarks/synthetic.py [--split dev|held-out|all] [--batch 1|...|40] [--base REV] [--show N]

``benchmarks/synthetic/<lang>/*.json`` holds 2,382 articles written for this
project in the style of modern (2023-2026) news sites as extractors leave
them: every line labelled ``body`` or with its boilerplate category (see
``synthetic/README.md``). Batch 1 (numbers below 100, 218 articles) came with
the rules; batches 2 to 40 (numbers from 101, 201, … 3901; 28 to 64 articles
each) were written later by writers who never read the rules or vocabularies,
batch 6 with bodies that share boilerplate's words, batch 7 scored only, the
others' development splits read after their first measurement.
Each article is joined with its own separator and cleaned; the script prints
body kept and boilerplate removed per language and per category, then the
boilerplate left and the body lost.

Articles with odd numbers are the development split, even numbers the
held-out split: rules are written looking at the first, and the second says
whether they carry to text they were not written against.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textmode import Tally, removed_at, removed_here

SYNTHETIC = Path(__file__).resolve().parent / "synthetic"


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    text: str
    labels: tuple[str, ...]
    lines: tuple[str, ...]

    @property
    def number(self) -> int:
        return int(self.id.rsplit("-", 1)[1])


def articles(split: str = "all", batch: str = "all") -> list[Article]:
    found = []
    for path in sorted(SYNTHETIC.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        blocks = data["blocks"]
        article = Article(
            id=data["id"],
            language=data["language"],
            text=data["separator"].join(block["text"] for block in blocks),
            labels=tuple(block["label"] for block in blocks),
            lines=tuple(block["text"] for block in blocks),
        )
        odd = article.number % 2 == 1
        if batch != "all" and str(1 + article.number // 100) != batch:
            continue
        if split == "all" or (split == "dev") == odd:
            found.append(article)
    return found


@dataclass
class Scores:
    tallies: dict[str, Tally]
    left: Counter[str]
    lost: Counter[str]


def score(
    listed: Sequence[Article],
    removed: Sequence[Sequence[bool]],
    codes: Sequence[Sequence[str | None]] | None = None,
) -> Scores:
    tallies: dict[str, Tally] = defaultdict(Tally)
    left: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    for n, (article, flags) in enumerate(zip(listed, removed, strict=True)):
        for i, (line, label, gone) in enumerate(zip(article.lines, article.labels, flags, strict=True)):
            is_body = label == "body"
            for key in ("all", f"lang:{article.language}", f"category:{label}" if not is_body else ""):
                if key:
                    tallies[key].add(is_body, gone)
            if is_body and gone:
                code = codes[n][i] if codes else None
                lost[f"{article.id}  [{code}]  {line[:110]}"] += 1
            elif not is_body and not gone:
                left[f"{label:<14} {article.id}  {line[:110]}"] += 1
    return Scores(tallies, left, lost)


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def report(systems: dict[str, Scores], show: int) -> str:
    names = list(systems)
    keys = sorted({key for scores in systems.values() for key in scores.tallies},
                  key=lambda key: (key != "all", not key.startswith("lang:"), key))
    out = ["| slice | body / boilerplate lines | "
           + " | ".join(f"body kept ({name}) | boilerplate removed ({name})" for name in names) + " |",
           "| --- | ---: |" + " ---: |" * (2 * len(names))]
    for key in keys:
        first = systems[names[0]].tallies[key]
        cells = [f"{first.body} / {first.boilerplate}"]
        for name in names:
            tally = systems[name].tallies.get(key, Tally())
            cells += [_share(tally.kept_share), _share(tally.removed_share)]
        out.append(f"| {key} | " + " | ".join(cells) + " |")
    current = systems[names[-1]]
    if show:
        out += ["", f"## Boilerplate left ({sum(current.left.values())}), first {show} by category", ""]
        out += sorted(current.left)[:show]
        out += ["", f"## Body lost ({sum(current.lost.values())})", ""]
        out += sorted(current.lost)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="all")
    parser.add_argument("--batch", choices=(*(str(n) for n in range(1, 41)), "all"), default="all",
                        help="1: the articles that came with the rules; 2 to 29: those written later, blind")
    parser.add_argument("--base", metavar="REV", help="also run this git revision, side by side")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list N leftovers, and all losses")
    args = parser.parse_args(argv)
    listed = articles(args.split, args.batch)
    texts = [article.text for article in listed]
    systems: dict[str, Scores] = {}
    if args.base:
        systems[args.base] = score(listed, removed_at(args.base, texts))
    flags, codes = removed_here(texts)
    systems["this tree"] = score(listed, flags, codes)
    command = " ".join(sys.argv[1:] if argv is None else argv)
    print(f"Synthetic articles ({args.split}, batch {args.batch}): {len(listed)}")
    print(f"command: python benchmarks/synthetic.py {command}\n")
    print(report(systems, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
