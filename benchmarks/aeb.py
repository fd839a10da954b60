"""The Article Extraction Benchmark corpus and its metric, as its README defines them.

Tokens are matches of ``\\w+`` (Unicode, case-sensitive); each text becomes a
multiset of contiguous 4-token shingles (fewer than 4 tokens give one shorter
shingle; no token, none). Per page, with T the truth's and P the prediction's
shingle counts, tp = sum(min(T, P)), fp = sum(max(0, P - T)), fn = sum(max(0, T - P));
a page with neither fp nor fn scores 1.0. Corpus precision is the mean page
precision over pages with a non-empty prediction, corpus recall the mean page
recall over pages with a non-empty truth, and F1 is 2PR / (P + R) of the two
means.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "aeb"

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    truth: str
    language: str
    path: Path

    def html_bytes(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())

    def html(self) -> str:
        return self.html_bytes().decode("utf-8")


def pages(corpus: Path = DEFAULT_CORPUS) -> Iterator[Page]:
    for meta_path in sorted(corpus.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        yield Page(meta["id"], meta["url"], meta["body"], meta.get("language", ""),
                   meta_path.with_name(f"{meta['id']}.html.gz"))


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float | None  # None: the prediction was empty
    recall: float | None  # None: the truth was empty


def score_page(truth: str, prediction: str) -> PageScore:
    t, p = shingles(truth), shingles(prediction)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == 0 and fn == 0:
        return PageScore(1.0 if p else None, 1.0 if t else None)
    precision = tp / (tp + fp) if p else None
    recall = tp / (tp + fn) if t else None
    return PageScore(precision, recall)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Corpus score of ``(truth, prediction)`` pairs."""
    results = [score_page(truth, prediction) for truth, prediction in pairs]
    precisions = [r.precision for r in results if r.precision is not None]
    recalls = [r.recall for r in results if r.recall is not None]
    return Score(
        sum(precisions) / len(precisions) if precisions else 0.0,
        sum(recalls) / len(recalls) if recalls else 0.0,
        len(results),
    )
