"""Where the lines newsclean keeps sit, by the document's shape: leftover boilerplate and body.

    python benchmarks/leftover_shapes.py [--corpus NAME ...]

For each line of trafilatura's text that newsclean keeps, labelled as ``textmode.py``
labels it, this prints its zone (head, body or tail of the document's shape) and its kind
(a table row, a list item, a prose paragraph, a short label, a headline-like line), with
how many such lines the truth counts as boilerplate and as body. It shows which leftovers a
shape could take without losing the article, and which are article furniture (tables,
lists) that a corpus's truth leaves out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable

import corpora
import newsclean
import textmode
from newsclean.blocks import Page
from newsclean.shape import is_headline_like, is_list_item


def kind_of(page: Page, i: int) -> str:
    shape = page.shape
    if page.is_row(i):
        return "row"
    if is_list_item(page.block(i)):
        return "list item"
    if shape is not None and shape.prose[i]:
        return "prose"
    if page.words(i, 5) <= 4:
        return "label"
    return "headline-like" if is_headline_like(page.core(i), page.words(i, 60)) else "other"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", action="append", choices=corpora.CORPORA, help="default: the corpora with a body"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    cleaner = newsclean.Cleaner(format="text")
    for name in args.corpus or ("aeb", "big9", "l3s-gn1", "wcxb"):
        counts: Counter[tuple[str, str, str]] = Counter()
        listed = list(corpora.pages(name))
        texts = corpora.extracted(listed, jobs=1)
        for page in listed:
            document = textmode.label_document(page, texts[page.id])
            cleaned, _ = cleaner._chain.run(document.text)
            for i, line in enumerate(document.lines):
                if cleaned.is_removed(i) or line.label in ("unknown", "comments"):
                    continue
                shape = cleaned.shape
                zone = shape.zone(i).value if shape is not None and shape.has_prose else "no prose"
                counts[(zone, kind_of(cleaned, i), "body" if line.label == "body" else "boilerplate")] += 1
        print(f"## {name}\n\n| zone | kind | boilerplate kept | body kept |\n| --- | --- | ---: | ---: |")
        for zone, kind in sorted({(zone, kind) for zone, kind, _ in counts}):
            kept = counts[(zone, kind, "boilerplate")], counts[(zone, kind, "body")]
            print(f"| {zone} | {kind} | {kept[0]} | {kept[1]} |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
