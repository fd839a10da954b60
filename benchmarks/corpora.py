"""The shared measuring corpora (``../shared/corpus/``), read into one shape.

Every corpus folder holds ``<id>.html.gz`` and ``<id>.json`` per page; the JSON
carries what that corpus labels (see the corpus README): a true ``body``,
labelled ``blocks`` (L3S-GN1), or ``with``/``without`` snippets
(trafilatura-eval, WCXB). :func:`pages` reads them all alike, and
:func:`extracted` gives trafilatura's text of each page, the input of the
text-mode protocol, cached outside the repository after the first run (the
whole set takes some ten minutes to extract).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

#: Where the corpora are: beside the checkout (``../shared/corpus``), or ``NEWSCLEAN_CORPORA``.
SHARED = Path(os.environ.get("NEWSCLEAN_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
CORPORA = ("aeb", "big9", "l3s-gn1", "trafilatura-eval", "wcxb")
CACHE = Path(os.environ.get("NEWSCLEAN_BENCH_CACHE", Path.home() / ".cache" / "newsclean-bench"))

#: L3S-GN1 block labels that are the article, and those that are boilerplate of some kind.
BODY_LABELS = frozenset({"headline", "fulltext"})
BOILERPLATE_LABELS = frozenset({"supplemental", "related_content", "not_content"})

_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """Whitespace-normalised text, as the protocol compares lines with the truth."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Page:
    """One page of a corpus and its labels."""

    corpus: str
    id: str
    url: str | None
    language: str
    path: Path
    body: str | None = None
    blocks: tuple[tuple[str, str], ...] = ()  # (text, label), L3S-GN1 only
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    meta: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def site(self) -> str:
        """The page's host without ``www.``, or its id where the corpus gives no URL."""
        from urllib.parse import urlsplit

        if not self.url:
            return f"{self.corpus}:{self.id}"
        url = self.url
        if "web.archive.org/web/" in url:  # archived pages: the host of the archived URL
            url = re.sub(r"^.*?web\.archive\.org/web/[^/]*/", "", url)
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:
            host = ""
        return host.removeprefix("www.") or f"{self.corpus}:{self.id}"

    def html_bytes(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())


def pages(corpus: str, root: Path = SHARED) -> Iterator[Page]:
    """The pages of one corpus, in file-name order. A corpus that is not there is an error, not
    an empty measurement (a checkout elsewhere than beside ``shared/`` measured nothing)."""
    if not (root / corpus).is_dir():
        raise FileNotFoundError(f"no corpus {corpus!r} under {root}: set NEWSCLEAN_CORPORA to the corpora")
    for meta_path in sorted((root / corpus).glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        blocks = tuple((b["text"], b["label"]) for b in meta.get("blocks") or ())
        yield Page(
            corpus=corpus,
            id=meta["id"],
            url=meta.get("url"),
            language=meta.get("language") or "unknown",
            path=meta_path.with_name(f"{meta['id']}.html.gz"),
            body=meta.get("body"),
            blocks=blocks,
            with_=tuple(meta.get("with") or ()),
            without=tuple(meta.get("without") or ()),
            meta=meta,
        )


def _extract_one(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(gzip.decompress(path.read_bytes()), include_comments=False) or ""


def extracted(corpus_pages: Iterable[Page], *, jobs: int = 1) -> dict[str, str]:
    """trafilatura's text (``extract(html, include_comments=False)``) of each page, by id.

    Cached per corpus and trafilatura version under ``CACHE``; the cache key
    includes the page ids, so a changed corpus is extracted again.
    """
    import trafilatura

    listed = list(corpus_pages)
    if not listed:
        return {}
    key = hashlib.sha1("\n".join(p.id for p in listed).encode()).hexdigest()[:12]
    cached = CACHE / f"{listed[0].corpus}-{key}-trafilatura-{trafilatura.__version__}.json"
    if cached.exists():
        return dict(json.loads(cached.read_text(encoding="utf-8")))
    paths = [page.path for page in listed]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            texts = list(pool.map(_extract_one, paths, chunksize=8))
    else:
        texts = [_extract_one(path) for path in paths]
    result = {page.id: text for page, text in zip(listed, texts, strict=True)}
    CACHE.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(".tmp")
    temporary.write_text(json.dumps(result), encoding="utf-8")
    temporary.replace(cached)
    return result


if __name__ == "__main__":  # fill the cache: python benchmarks/corpora.py [--jobs N]
    import argparse

    parser = argparse.ArgumentParser(description="extract every shared corpus once, into the cache")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    for name in CORPORA:
        found = extracted(pages(name), jobs=args.jobs)
        print(f"{name}: {len(found)} pages, {sum(map(len, found.values())):,} characters")
