"""Mine the shared corpora's labelled boilerplate for rule candidates.

    python benchmarks/mine.py [--openers N] [--lines N] [--min-sites K] [--language xx]

Collects every labelled piece of boilerplate the corpora hold:

* lines of trafilatura's text that are not in the true body (aeb, big9, wcxb);
* ``without`` snippets (trafilatura-eval, wcxb);
* L3S-GN1's ``supplemental``, ``related_content`` and ``not_content`` blocks;

normalises each (case, digits, spacing, quotes, bullets and closing
punctuation), and counts the normalised lines and their openings (the first
one to four words) by distinct *site*, so that one site's template counts
once. Beside each candidate it shows how often the same opening starts a
*body* line, which is the risk a rule written from it would carry. Rules are
then written from the candidates in general terms (never as quotes of a page).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import corpora
from corpora import BOILERPLATE_LABELS, Page, squeeze
from textmode import label_document

_BULLETS = re.compile(r"^[\s\u2022\u00b7\u25aa\u25ba\u25b6\u25e6\u2023\u25cb\u25cf*|<>»›•·–—-]+")
_DIGITS = re.compile(r"\d+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_TRAILING = re.compile(r"[\s.:;,!|»›>→…-]+$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|#")


def normalise(text: str) -> str:
    """Lowercase, NFC, digits as ``#``, one space, no leading bullets or closing punctuation."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    text = _DIGITS.sub("#", _BULLETS.sub("", text))
    return _TRAILING.sub("", squeeze(text))


def openings(normalised: str, longest: int = 4) -> list[str]:
    words = _WORD.findall(normalised)
    return [" ".join(words[:n]) for n in range(1, min(longest, len(words)) + 1)]


@dataclass(frozen=True)
class Piece:
    text: str
    site: str
    language: str
    source: str  # "leftover", "without" or an L3S-GN1 label
    boilerplate: bool


def pieces(names: list[str]) -> Iterator[Piece]:
    for name in names:
        listed = list(corpora.pages(name))
        texts = corpora.extracted(listed)
        for page in listed:
            yield from _page_pieces(page, texts[page.id])


def _page_pieces(page: Page, text: str) -> Iterator[Piece]:
    site, language = page.site, page.language
    for snippet in page.without:
        yield Piece(snippet, site, language, "without", True)
    for block, label in page.blocks:
        if label in BOILERPLATE_LABELS:
            yield Piece(block, site, language, label, True)
        elif label in ("headline", "fulltext"):
            yield Piece(block, site, language, "body", False)
    if page.body and not page.blocks:
        for line in label_document(page, text).lines:
            is_body = line.label == "body"
            yield Piece(line.text, site, language, "body" if is_body else "leftover", not is_body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=corpora.CORPORA, help="default: all")
    parser.add_argument("--language", help="only pages in this language")
    parser.add_argument("--openers", type=int, default=80, help="openings to list")
    parser.add_argument("--lines", type=int, default=80, help="whole lines to list")
    parser.add_argument("--min-sites", type=int, default=3, help="distinct sites a candidate needs")
    parser.add_argument("--max-words", type=int, default=12, help="longest line counted as a whole")
    args = parser.parse_args(argv)

    line_sites: dict[str, set[str]] = defaultdict(set)
    opener_sites: dict[str, set[str]] = defaultdict(set)
    languages: dict[str, Counter[str]] = defaultdict(Counter)
    body_openers: Counter[str] = Counter()
    for piece in pieces(args.corpus or list(corpora.CORPORA)):
        if args.language and piece.language != args.language:
            continue
        normalised = normalise(piece.text)
        if not normalised:
            continue
        starts = openings(normalised)
        if not piece.boilerplate:
            body_openers.update(starts)
            continue
        if len(normalised.split()) <= args.max_words:
            line_sites[normalised].add(piece.site)
            languages[normalised][piece.language] += 1
        for opener in starts:
            opener_sites[opener].add(piece.site)
            languages[opener][piece.language] += 1

    def table(found: dict[str, set[str]], limit: int, title: str) -> None:
        ranked = sorted(
            ((len(sites), key) for key, sites in found.items() if len(sites) >= args.min_sites),
            key=lambda pair: (-pair[0], pair[1]),
        )[:limit]
        print(f"## {title}\n")
        print("| sites | in body | languages | candidate |")
        print("| ---: | ---: | --- | --- |")
        for sites, key in ranked:
            spoken = ", ".join(f"{lang} {n}" for lang, n in languages[key].most_common(3))
            print(f"| {sites} | {body_openers[key]} | {spoken} | {key} |")
        print()

    table(line_sites, args.lines, "Whole boilerplate lines, by distinct sites")
    table(opener_sites, args.openers, "Openings of boilerplate lines (1-4 words), by distinct sites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
