"""Site templates: the lines a publisher repeats on its pages, learned from its own pages.

Every article of a site carries the same newsletter pitch, the same "Most read" header and the
same footer; its article text it shares with no other page. :class:`Templates` holds, for each
site, the lines found on enough of the site's distinct pages. :class:`TemplateLearner` learns
them (:meth:`Templates.learn` is the short way), and the chain's template rules remove them
(``TPL101``, ``TPL102`` for a template line that heads a list, ``TPL103`` for the site's
tail below the article, and ``TPL104`` for what stands below the site's footer), each removal
saying on how many of the site's pages its line was found, or under which line it stands.

**Lines** are compared normalised: lowercase, whitespace collapsed, every run of digits read as
one ``0``, every kind of quote as ``'``, dashes as ``-``, bullets and the table pipes around a
line dropped (:func:`normalise_lines`); each normalised line is known by a 64-bit hash.

**Learning**, for each site:

1. A page is read as its non-blank lines (at most :data:`MAX_LINES` distinct ones); a line
   repeated on a page counts once. Pages with the same text count once.
2. At most ``sample`` pages are kept per site: those whose text hashes are the smallest. Below
   that, every page is; above it, a uniform sample of the site that does not depend on the
   order the pages come in or on how they were sharded. This bounds memory per site.
3. Candidates: the lines on at least ``min_pages`` pages and on a share of the pages at least
   :meth:`TemplateParams.required_share` of the line, which grows with its length: a short
   label needs ``min_share``, a line of ``long_words`` words or more needs ``long_share``.
4. Distinct articles: each page is known by its article, the longest of its lines that can be
   an article's: not on half of the site's pages or more, and not a candidate shorter than
   ``long_words`` words (a long candidate may be the paragraph of an article the site holds at
   several URLs). Pages with the same article (one story at two URLs, or updated in place)
   count as one. Candidates are counted again over distinct articles, against the same thresholds;
   those that pass are the site's template lines.
5. A short template line is a header when, on most of its pages, the line under it is not a
   template line: a "Most read" over each page's own teasers. Its verdict marks a list header,
   so the link-list rule (``REL100``) removes the teasers under it. A header that heads nothing
   that goes (an ad-break "(Story continues below)" between two paragraphs) goes alone, as a
   plain template line, when it stands past the article's first paragraph and over a
   paragraph, or is a footer (8.); over the article's opening lines, or over a list that stays
   ("Story highlights" over the highlights, under a photo's caption that reads as prose), it
   stays.
6. A line without letters (``* * *``, ``___``) is never a template line: it is layout.
7. Shapes: a site's dateline, credit or "Updated" line changes from page to page in its names
   and numbers only. The short lines that are not template lines are also known by their
   shape (:func:`line_shape`: every run of capitalised words one slot, digits ``0``); a shape
   found in two different lines at least, and on enough pages and distinct articles by the
   same thresholds, is a template line too, matched by the shape of a page's line.
8. Footers: a template line is a footer when, on nine in ten of its pages
   (:data:`FOOTER_SHARE`), it stands below the page's article (after the line the page is
   known by, with most of the page's other words above it). What stands below a footer that
   stands below a page's article is no part of it (``TPL104``).

Everything is deterministic: the same pages give the same templates, byte for byte once saved,
whatever their order, and learners of separate shards merged (:meth:`TemplateLearner.update`)
give what one learner of all the pages gives.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import heapq
import io
import json
import os
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .blocks import strip_decoration
from .rules import ContextRule, Evidence, Finding
from .shape import PROSE_WORDS, reads_as_prose

if TYPE_CHECKING:
    from .blocks import Page
    from .config import Config

__all__ = [
    "MAX_LINES",
    "SAMPLE",
    "SiteTemplate",
    "TemplateLearner",
    "TemplateLine",
    "TemplateParams",
    "TemplateRule",
    "Templates",
    "TemplatesError",
    "learn_pages",
    "line_shape",
    "normalise_lines",
    "site_of",
]

#: The version of the normalisation and of the files; a file of another version is refused.
VERSION = 1
FORMAT = "newsclean-templates"
LEARNER_FORMAT = "newsclean-template-learner"

#: Pages kept per site while learning (see the module's documentation).
SAMPLE = 1000
#: Distinct lines read per page; the rest of a longer page is not learned from.
MAX_LINES = 1000
#: Characters of a line kept to show it in a templates file.
SHOWN = 100
#: A template line of at most this many words may head a list.
HEADER_WORDS = 6
#: The share of its pages on which a template line stands below the article, from which it is a
#: footer (``TPL104``): a site's footer, not a marker it prints between an article's paragraphs.
FOOTER_SHARE = 0.9

_QUOTES = "\"`´‘’‚‛“”„‟«»‹›′″"
_DASHES = "‐‑‒–—―−"
_BULLETS = "•·▪►▶◦‣○●■□▸→←"
#: What each quote, dash and bullet folds to (the ASCII ones are '"' and '`').
_FOLDS = (
    *((char, "'") for char in _QUOTES),
    *((char, "-") for char in _DASHES),
    *((char, " ") for char in _BULLETS),
)
_ASCII_FOLDS = tuple((char, folded) for char, folded in _FOLDS if char.isascii())
_DIGITS = re.compile(r"\d+")
_LEADING = " *|<>-"
_TRAILING = " |"
_SENTENCE_END = (".", "!", "?", ".'", "!'", "?'")
#: A line of at most this many words may be known by its shape (see :func:`line_shape`).
SHAPE_WORDS = 20
_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-Я"
_NAME_RUN = re.compile(f"(?<!\\w)[{_UPPER}][\\w'’.&-]*(?:[\\s\"“”'’]+[{_UPPER}][\\w'’.&-]*)*")
_SEPARATORS = ("|", "\\", "/")  # a table's pipe, escaped ("\\|") or not
_DASH_ENDS = ("-", "‐", "‑", "‒", "–", "—")
_LEADS_ON = (*_DASH_ENDS, ":", ",", ";")
_CLOSING = " |\"'”’»)]"
_SLOT = "\ue000"  # the placeholder of a shape's names, in a private-use code point
_SHAPE_SALT = "\ue001"  # a shape's key never equals a line's
_PREFIX_SALT = "\ue002"  # nor does a prefix's
#: The words of a line's prefix (see :func:`line_prefixes`), and of a label's at most.
PREFIX_WORDS = (2, 3)


class TemplatesError(ValueError):
    """A templates or learner file that cannot be read: not JSON, another format or version."""


def normalise_lines(text: str) -> list[str]:
    """Each line of ``text`` (split at ``\\n``) normalised for comparison; ``""`` for a blank one.

    >>> normalise_lines("  • Posted 3 hours ago\\n\\n| “Most Read” |")
    ['posted 0 hours ago', '', "'most read'"]
    """
    folded = text.lower()
    # One replace per character the page holds: many times faster than a character class's sub.
    for char, replacement in _FOLDS if not folded.isascii() else _ASCII_FOLDS:
        if char in folded:
            folded = folded.replace(char, replacement)
    folded = _DIGITS.sub("0", folded)
    return [" ".join(line.split()).lstrip(_LEADING).rstrip(_TRAILING) for line in folded.split("\n")]


def line_shape(shown: str) -> str | None:
    """The shape of a short line (as a page shows it): its normalised text with every run of
    capitalised words (a name, a weekday, a month, a section) read as one slot (but a label
    before a colon kept as it reads), or ``None``
    when the line has no such run, is a sentence (a navigation bar's "| Join now!" is none: a
    line that holds a separator never is), leads on into the next line (ends with a
    dash, a colon or a comma), is longer than :data:`SHAPE_WORDS` words or
    :data:`SHOWN` characters, or holds too little besides its slots to tell lines apart.

    A site prints its dateline, its credit or its "Updated" line with the same words and
    punctuation around names and numbers that change from page to page: the shape is what
    stays. What is left besides the slots must be two letters at least ("by"), or a number
    with two marks at least ("0:0, 0"): a bare name ("Sports") or a bare date has no shape.

    >>> line_shape("12/28/2005 3:13:17 PM, by Jane Doe")
    '0/0/0 0:0:0 …, by …'
    >>> line_shape("Tim Cook said the phone would ship in March.") is None
    True
    """
    end = shown.rstrip(_CLOSING)
    sentence = end.endswith((".", "!", "?")) and not end.endswith("..")
    if len(shown) >= SHOWN or (sentence and not any(map(shown.__contains__, _SEPARATORS))):
        return None
    if end.endswith(_LEADS_ON):  # "Reporting from Rome --": the article's first words follow
        return None
    slotted = _NAME_RUN.sub(_slot, shown)
    if _SLOT not in slotted:
        return None
    line = normalise_lines(slotted)[0]
    if line.count(" ") >= SHAPE_WORDS:
        return None
    rest = line.replace(_SLOT, "").replace(" ", "")
    if sum(map(str.isalpha, rest)) < 2 and not ("0" in rest and len(rest.replace("0", "")) >= 2):
        return None
    return line.replace(_SLOT, "…")


def _slot(found: re.Match[str]) -> str:
    """A run of capitalised words as a slot, unless it is a label (``Photo:``, ``Updated:``)."""
    end = found.end()
    return found.group() if found.string[end : end + 1] == ":" else _SLOT


def shape_key(shape: str) -> int:
    """The 64-bit key of a line's shape, apart from every line's key."""
    return line_key(_SHAPE_SALT + shape)


def line_prefixes(shown: str) -> tuple[str, ...]:
    """The prefixes of a line (as a page shows it, see :func:`_shown`) that a site's template
    may know it by: its first two and three words normalised, and its label up to a colon in
    its first three words, each with words after it; none for a line that is a sentence (ends
    with ``.``, ``!`` or ``?``), leads on into the next line (ends with a dash, a colon or a
    comma: "Reporting from Rome --"), is longer than :data:`SHAPE_WORDS` words or
    :data:`SHOWN` characters: an article's paragraph, a quotation, a caption.

    A site prints some lines with the same start and an end of its own on every page: "All
    About" before the page's topics, "From the section" before its section, "Most popular:"
    before one teaser. The start is what stays.

    >>> line_prefixes("Most popular: Howard Stern criticizes the studio")
    ('most popular:', 'most popular: howard')
    >>> line_prefixes("The mayor resigned on Tuesday.")
    ()
    """
    if len(shown) >= SHOWN or shown.rstrip(_CLOSING).endswith(_LEADS_ON):
        return ()
    return _prefixes(normalise_lines(shown)[0])


def _prefixes(line: str) -> tuple[str, ...]:
    """:func:`line_prefixes` of a normalised line no longer than :data:`SHOWN` characters."""
    if line.endswith(_SENTENCE_END):
        return ()
    words = line.split()
    if len(words) <= PREFIX_WORDS[0] or len(words) > SHAPE_WORDS:
        return ()
    return _starts(words)


def _starts(words: list[str]) -> tuple[str, ...]:
    """The starts of a line's words that may be a prefix: see :func:`line_prefixes`."""
    found = [" ".join(words[:size]) for size in PREFIX_WORDS if len(words) > size]
    for size, word in enumerate(words[: PREFIX_WORDS[-1]], start=1):
        if word.endswith(":"):
            label = " ".join(words[:size])
            if size < len(words) and label not in found:
                found.append(label)
            break
    return tuple(found)


def prefix_key(prefix: str) -> int:
    """The 64-bit key of a line's prefix, apart from every line's and shape's key."""
    return line_key(_PREFIX_SALT + prefix)


def line_key(line: str) -> int:
    """The 64-bit key of a normalised line."""
    data = line.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _fingerprint(text: str) -> int:
    """A page's identity: a 63-bit hash of its text (63 bits: a signed 64-bit integer in Spark)."""
    data = text.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8, person=b"page").digest(), "little") >> 1


def site_of(url: str | None) -> str | None:
    """The site a URL belongs to, as templates are keyed by default: its lowercase host without
    ``www.``; ``None`` when there is none or the URL cannot be read.

    >>> site_of("https://www.Example.com/2024/story")
    'example.com'
    """
    from .html import host_of

    try:
        return host_of(url)
    except ValueError:
        return None


# --- parameters -------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TemplateParams:
    """When a line is a template line of its site; chosen by measurement (docs/templates.md).

    Attributes:
        min_pages: The fewest distinct pages (``k``) a template line is found on.
        min_share: The share of the site's pages (``p``) a short line must be found on.
        long_share: The share a line of ``long_words`` words or more must be found on:
            a long line that repeats is more likely an article's paragraph (syndicated,
            quoted, updated) than a short one, so it needs far stronger evidence.
        short_words: Lines up to this many words need ``min_share``; the share required
            grows in a straight line from there to ``long_share`` at ``long_words``.
        long_words: See ``long_share``.
    """

    min_pages: int = 3
    min_share: float = 0.05
    long_share: float = 0.2
    short_words: int = 6
    long_words: int = 25

    def __post_init__(self) -> None:
        if isinstance(self.min_pages, bool) or not isinstance(self.min_pages, int) or self.min_pages < 2:
            raise ValueError(f"min_pages must be a whole number of at least 2, got {self.min_pages!r}")
        for name in ("min_share", "long_share"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise ValueError(f"{name} must be a share in (0, 1], got {value!r}")
        if self.long_share < self.min_share:
            raise ValueError("long_share must be at least min_share")
        if not 1 <= self.short_words < self.long_words:
            raise ValueError("short_words and long_words must satisfy 1 <= short_words < long_words")

    def required_share(self, words: int) -> float:
        """The share of a site's pages a line of ``words`` words must be found on."""
        if words <= self.short_words:
            return self.min_share
        if words >= self.long_words:
            return self.long_share
        step = (words - self.short_words) / (self.long_words - self.short_words)
        return self.min_share + step * (self.long_share - self.min_share)

    def passes(self, pages: int, total: int, words: int) -> bool:
        return pages >= self.min_pages and pages >= self.required_share(words) * total


# --- learned templates ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateLine:
    """One template line: how it reads (as first found, cut at 100 characters), on how many of
    the site's distinct pages it was found, and whether it heads a list. A ``shape`` is known
    by its :func:`line_shape` (its key is :func:`shape_key`'s) and reads as that shape. A
    ``footer`` stands below the article on (nearly) every page of the site it is found on. A
    ``prefix`` is the start of lines that end differently on each page (:func:`line_prefixes`,
    its key is :func:`prefix_key`'s) and reads as that start and ``…``."""

    text: str
    pages: int
    header: bool = False
    shape: bool = False
    footer: bool = False
    prefix: bool = False


@dataclass(eq=False)
class SiteTemplate:
    """The template lines of one site, by key (:func:`line_key` of the normalised line)."""

    site: str
    pages: int
    lines: Mapping[int, TemplateLine]
    _memo: tuple[Page, list[tuple[int, TemplateLine]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _shapes: bool | None = field(default=None, init=False, repr=False, compare=False)

    def find(self, page: Page) -> list[tuple[int, TemplateLine]]:
        """The blocks of ``page`` that are template lines of this site, with their lines.
        The last page's answer is kept: the chain asks twice (for lines, then for headers)."""
        if not self.lines:
            return []
        memo = self._memo
        if memo is not None and memo[0] is page:
            return memo[1]
        lines, found = self.lines, []
        normalised = normalise_lines(page.text)
        raw = page.text.split("\n") if self.shapes else None
        for i, number in enumerate(page.numbers):
            line = normalised[number]
            if line:
                hit = lines.get(line_key(line))
                if hit is None and raw is not None:  # the first line is the page's headline: no start
                    hit = self._by_shape(_shown(raw[number]), starts=i > 0)
                if hit is not None:
                    found.append((i, hit))
        self._memo = (page, found)
        return found

    def _by_shape(self, shown: str, *, starts: bool) -> TemplateLine | None:
        """The template's shape of a line (as a page shows it), or with ``starts`` its prefix,
        if it has one."""
        lines = self.lines
        shape = line_shape(shown)
        hit = None if shape is None else lines.get(shape_key(shape))
        if hit is None and starts:
            for prefix in sorted(line_prefixes(shown), key=len, reverse=True):  # the longest says most
                hit = lines.get(prefix_key(prefix))
                if hit is not None:
                    break
        return hit

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def shapes(self) -> bool:
        """Whether some of the template's lines are shapes or prefixes."""
        known = self._shapes
        if known is None:
            known = self._shapes = any(line.shape or line.prefix for line in self.lines.values())
        return known

    def as_dict(self) -> dict[str, Any]:
        """The template as JSON-ready values, as a templates file holds it under its site."""
        lines = sorted(self.lines.items(), key=lambda item: (-item[1].pages, item[0]))
        return {
            "pages": self.pages,
            "lines": [
                {"key": f"{key:016x}", "pages": line.pages, "header": line.header, "text": line.text,
                 **({"shape": True} if line.shape else {}), **({"footer": True} if line.footer else {}),
                 **({"prefix": True} if line.prefix else {})}
                for key, line in lines
            ],
        }

    @classmethod
    def from_dict(cls, site: str, value: Mapping[str, Any]) -> SiteTemplate:
        """The template :meth:`as_dict` gave; raises ``KeyError``, ``TypeError`` or ``ValueError``."""
        lines = {
            int(line["key"], 16): TemplateLine(
                str(line["text"]), int(line["pages"]), bool(line["header"]), bool(line.get("shape", False)),
                bool(line.get("footer", False)), bool(line.get("prefix", False)),
            )
            for line in value["lines"]
        }
        return cls(str(site), int(value["pages"]), lines)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_memo": None, "_shapes": None}  # the last page cleaned does not travel


class Templates:
    """The template lines of every site learned, to clean with: ``Cleaner(templates=...)``.

    Learn them with :meth:`learn` (or a :class:`TemplateLearner`, to learn in shards), keep
    them with :meth:`save` and :meth:`load`. Immutable; equal templates compare and hash equal.

    >>> stories = ["The mayor resigned.", "A bridge reopened.", "Rain is due.", "The park is closed."]
    >>> pages = [("example.com", f"{story}\\nMost Read") for story in stories]
    >>> templates = Templates.learn(pages)
    >>> for line in templates["example.com"].lines.values():
    ...     print(line.text, line.pages)
    Most Read 4
    """

    def __init__(
        self, sites: Mapping[str, SiteTemplate] | None = None, params: TemplateParams | None = None
    ) -> None:
        self._sites = dict(sorted((sites or {}).items()))
        self.params = params or TemplateParams()
        self._digest = hashlib.sha256(self.dumps().encode("utf-8")).hexdigest()

    # Learning ------------------------------------------------------------------------------

    @classmethod
    def learn(
        cls,
        pages: Iterable[tuple[str | None, str | bytes]],
        *,
        params: TemplateParams | None = None,
        sample: int = SAMPLE,
        config: Config | None = None,
        **options: Any,
    ) -> Templates:
        """Learn the templates of the sites in ``pages``, pairs of (site, text or HTML page).

        A page whose site is ``None`` is skipped. HTML pages are learned from the text
        newsclean extracts from them (with ``config``'s DOM rules and ``favor``), which is
        the text their templates will be applied to. Keyword ``options`` are those of
        :class:`TemplateParams` (``min_pages=``, ``min_share=``...).
        """
        learner = TemplateLearner(sample=sample, config=config)
        for site, content in pages:
            if site is not None:
                learner.add(site, content)
        return learner.templates(params, **options)

    # Reading ------------------------------------------------------------------------------

    def __getitem__(self, site: str) -> SiteTemplate:
        return self._sites[site]

    def get(self, site: str | None) -> SiteTemplate | None:
        """The template of ``site``, or ``None`` if none was learned."""
        return None if site is None else self._sites.get(site)

    def __contains__(self, site: object) -> bool:
        return site in self._sites

    def __iter__(self) -> Iterator[str]:
        return iter(self._sites)

    def __len__(self) -> int:
        return len(self._sites)

    @property
    def sites(self) -> Mapping[str, SiteTemplate]:
        return dict(self._sites)

    @property
    def lines(self) -> int:
        """How many template lines there are, over every site."""
        return sum(len(template.lines) for template in self._sites.values())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Templates) and other._digest == self._digest

    def __hash__(self) -> int:
        return hash(self._digest)

    def __repr__(self) -> str:
        return f"Templates({len(self)} sites, {self.lines} lines)"

    # Files -------------------------------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        """The templates as JSON-ready values: what :meth:`save` writes."""
        sites = {site: template.as_dict() for site, template in self._sites.items()}
        return {"format": FORMAT, "version": VERSION, "params": asdict(self.params), "sites": sites}

    def dumps(self) -> str:
        """The templates as JSON text, the same bytes for the same templates."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"

    @classmethod
    def loads(cls, data: str | bytes, *, name: str = "templates") -> Templates:
        """Templates from the JSON :meth:`dumps` writes; :class:`TemplatesError` says what is wrong."""
        found = _read_json(data, name, FORMAT)
        try:
            params = TemplateParams(**found["params"])
            sites = {str(site): SiteTemplate.from_dict(site, value) for site, value in found["sites"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise TemplatesError(f"{name}: not a valid templates file ({_describe(error)})") from None
        return cls(sites, params)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the templates to ``path`` (gzip-compressed if it ends in ``.gz``), atomically:
        the file appears complete, or not at all."""
        _write_atomically(Path(path), self.dumps().encode("utf-8"))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Templates:
        """Templates from a file :meth:`save` wrote (plain or gzip)."""
        return cls.loads(_read_file(Path(path)), name=str(path))


# --- learning ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    """What learning keeps of one page: its distinct lines' keys and word counts, in order, and
    how each line reads (cut to :data:`SHOWN` characters), joined by line breaks."""

    keys: array[int]
    words: array[int]
    shown: str


def _shown(line: str) -> str:
    """How a line is shown in a templates file, and what its shape is read from: without its
    decoration, its runs of spaces and its tabs collapsed (not those of a line of more than twice
    :data:`SHOWN` characters: it is cut there anyway), cut at :data:`SHOWN` characters.
    :func:`_read_page` does the same inline."""
    text = strip_decoration(line)
    if len(text) <= 2 * SHOWN and ("  " in text or "\t" in text):
        text = " ".join(text.split())
    return text[:SHOWN]


def _read_page(text: str) -> _Page | None:
    keys: array[int] = array("Q")
    words: array[int] = array("H")
    shown: list[str] = []
    seen: set[int] = set()
    raw = text.split("\n")
    for number, line in enumerate(normalise_lines(text)):
        if not line:
            continue
        key = line_key(line)
        if key in seen:
            continue
        seen.add(key)
        keys.append(key)
        words.append(min(line.count(" ") + 1, 65535))
        line_shown = strip_decoration(raw[number])  # _shown(), inline: learning's hot loop
        if len(line_shown) <= 2 * SHOWN and ("  " in line_shown or "\t" in line_shown):
            line_shown = " ".join(line_shown.split())
        shown.append(line_shown[:SHOWN])
        if len(keys) >= MAX_LINES:
            break
    return _Page(keys, words, "\n".join(shown)) if keys else None


class _Site:
    """The pages of one site kept so far: the ``sample`` with the smallest fingerprints."""

    __slots__ = ("heap", "pages")

    def __init__(self) -> None:
        self.pages: dict[int, _Page] = {}
        self.heap: list[int] = []  # the kept fingerprints, negated: the largest comes first

    def wants(self, fingerprint: int, sample: int) -> bool:
        if fingerprint in self.pages:
            return False
        return len(self.pages) < sample or fingerprint < -self.heap[0]

    def keep(self, fingerprint: int, page: _Page, sample: int) -> None:
        self.pages[fingerprint] = page
        heapq.heappush(self.heap, -fingerprint)
        while len(self.pages) > sample:
            del self.pages[-heapq.heappop(self.heap)]


class TemplateLearner:
    """Learns site templates from pages, one at a time, in bounded memory per site.

    Feed it ``(site, text)`` with :meth:`add`; merge the learner of another shard with
    :meth:`update`; save it between jobs with :meth:`save`; get the templates with
    :meth:`templates`. See the module's documentation for what it keeps.

    Memory: per site, at most ``sample`` pages of at most :data:`MAX_LINES` distinct lines,
    each line 10 bytes plus up to 100 characters of its text (about 80 on average). Past
    ``sample`` pages, a site's further pages replace kept ones only when their text hashes are
    smaller: learning goes on from a uniform sample of the site.
    """

    def __init__(self, *, sample: int = SAMPLE, config: Config | None = None) -> None:
        if isinstance(sample, bool) or not isinstance(sample, int) or sample < 1:
            raise ValueError(f"sample must be a whole number of pages, at least 1, got {sample!r}")
        self.sample = sample
        self._sites: dict[str, _Site] = {}
        self._config = config
        self._extractor: Any = None

    def add(self, site: str, content: str | bytes, *, url: str | None = None) -> None:
        """Learn from one page of ``site``: its text, or an HTML page (``str`` or ``bytes``),
        which is learned from the text newsclean would clean. ``url`` helps extraction."""
        if not isinstance(site, str) or not site:
            raise TypeError(f"a page's site must be a non-empty string, got {site!r}")
        text = self._text(content, url)
        fingerprint = _fingerprint(text)
        state = self._sites.get(site)
        if state is None:
            state = self._sites[site] = _Site()
        if not state.wants(fingerprint, self.sample):
            return
        page = _read_page(text)
        if page is not None:
            state.keep(fingerprint, page, self.sample)

    def read(self, content: str | bytes, *, url: str | None = None) -> tuple[int, bytes, bytes, str] | None:
        """What learning keeps of one page, without keeping it: its fingerprint, its lines' keys
        and word counts (as little-endian bytes) and how its lines read; ``None`` for a page
        without a line. Engines that learn in parallel (Spark) read pages with it, keep per site
        the ``sample`` smallest fingerprints, and give them to :func:`learn_pages`."""
        text = self._text(content, url)
        page = _read_page(text)
        if page is None:
            return None
        return _fingerprint(text), _bytes(page.keys), _bytes(page.words), page.shown

    def _text(self, content: str | bytes, url: str | None) -> str:
        """The text the chain would run on: the content itself, or for HTML what newsclean extracts."""
        if isinstance(content, str) and self._config is None and not _looks_like_html(content):
            return content
        if self._extractor is None:
            from .cleaner import Cleaner

            self._extractor = Cleaner(self._config)
        text: str = self._extractor.source_text(content, url=url)
        return text

    def update(self, other: TemplateLearner) -> None:
        """Add what ``other`` learned (another shard of the corpus). The result is what one
        learner fed every page of both would hold; with different ``sample`` sizes, the smaller."""
        self.sample = min(self.sample, other.sample)
        for site, theirs in other._sites.items():
            mine = self._sites.get(site)
            if mine is None:
                mine = self._sites[site] = _Site()
            for fingerprint, page in theirs.pages.items():
                if mine.wants(fingerprint, self.sample):
                    mine.keep(fingerprint, page, self.sample)
        for state in self._sites.values():
            while len(state.pages) > self.sample:
                del state.pages[-heapq.heappop(state.heap)]

    def __len__(self) -> int:
        """How many pages are kept, over every site."""
        return sum(len(state.pages) for state in self._sites.values())

    @property
    def sites(self) -> list[str]:
        return sorted(self._sites)

    def templates(self, params: TemplateParams | None = None, **options: Any) -> Templates:
        """The templates learned so far. Keyword ``options`` are :class:`TemplateParams`'s."""
        params = params or TemplateParams()
        if options:
            params = TemplateParams(**{**asdict(params), **options})
        found = {}
        for site, state in self._sites.items():
            template = learn_site(site, [state.pages[fp] for fp in sorted(state.pages)], params)
            if template is not None:
                found[site] = template
        return Templates(found, params)

    # Files -------------------------------------------------------------------------------

    def dumps(self) -> str:
        """The learner's state as JSON text, to merge with others later (:meth:`loads`)."""
        sites = {
            site: [
                [fp, _pack(page.keys), _pack(page.words), page.shown]
                for fp, page in sorted(self._sites[site].pages.items())
            ]
            for site in sorted(self._sites)
        }
        state = {"format": LEARNER_FORMAT, "version": VERSION, "sample": self.sample, "sites": sites}
        return json.dumps(state, ensure_ascii=False, separators=(",", ":")) + "\n"

    @classmethod
    def loads(cls, data: str | bytes, *, name: str = "learner") -> TemplateLearner:
        found = _read_json(data, name, LEARNER_FORMAT)
        try:
            learner = cls(sample=int(found["sample"]))
            for site, pages in found["sites"].items():
                state = learner._sites[str(site)] = _Site()
                for fp, keys, words, shown in pages:
                    page = _Page(_unpack("Q", keys), _unpack("H", words), str(shown))
                    if len(page.keys) != len(page.words) or len(page.keys) != shown.count("\n") + 1:
                        raise ValueError("a page's keys, words and lines differ in number")
                    state.keep(int(fp), page, learner.sample)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise TemplatesError(f"{name}: not a valid learner file ({_describe(error)})") from None
        return learner

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the learner's state to ``path`` (gzip if it ends in ``.gz``), atomically."""
        _write_atomically(Path(path), self.dumps().encode("utf-8"))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TemplateLearner:
        return cls.loads(_read_file(Path(path)), name=str(path))

    @classmethod
    def merged(cls, learners: Iterable[TemplateLearner]) -> TemplateLearner:
        """One learner holding what all of ``learners`` learned."""
        result: TemplateLearner | None = None
        for learner in learners:
            if result is None:
                result = cls(sample=learner.sample)
            result.update(learner)
        return result if result is not None else cls()


def learn_pages(
    site: str, pages: Iterable[tuple[int, bytes, bytes, str]], params: TemplateParams
) -> SiteTemplate | None:
    """The template of ``site`` from pages :meth:`TemplateLearner.read` gave (those of the site
    kept, in any order; a fingerprint twice counts once): what a learner fed the same pages gives."""
    unique = {}
    for fingerprint, keys, words, shown in pages:
        unique[int(fingerprint)] = _Page(_from_bytes("Q", keys), _from_bytes("H", words), shown)
    return learn_site(site, [unique[fp] for fp in sorted(unique)], params)


def learn_site(site: str, pages: list[_Page], params: TemplateParams) -> SiteTemplate | None:
    """The template of one site from its kept pages, in fingerprint order (see the module)."""
    if len(pages) < params.min_pages:
        return None
    total = len(pages)
    counts: Counter[int] = Counter()
    for page in pages:
        counts.update(page.keys)
    frequent = {key for key, count in counts.items() if count >= params.min_pages}
    words: dict[int, int] = {}
    for page in pages:
        for key, count in zip(page.keys, page.words, strict=True):
            if key in frequent:
                words[key] = count
    candidates = {key for key in frequent if params.passes(counts[key], total, words[key])}
    if candidates:  # layout ("___", "* * *") or a lead-in ("Reporting from Rome --"): never a template
        candidates -= _unfit(pages, candidates)
    # Each page is known by its article: the longest of its lines that can be an article's.
    unlike = {key for key in candidates if words[key] < params.long_words or 2 * counts[key] >= total}
    articles = []
    for fp_order, page in enumerate(pages):
        best = max(
            ((count, key) for key, count in zip(page.keys, page.words, strict=True) if key not in unlike),
            default=None,
        )
        articles.append(best[1] if best is not None else -1 - fp_order)
    distinct = len(set(articles))
    found: dict[int, set[int]] = {key: set() for key in candidates}
    for article, page in zip(articles, pages, strict=True):
        for key in page.keys:
            holders = found.get(key)
            if holders is not None:
                holders.add(article)
    template = {key: len(holders) for key, holders in found.items()
                if params.passes(len(holders), distinct, words[key])}
    shapes = _learn_shapes(pages, articles, params, distinct)
    shapes.update(_learn_prefixes(pages, articles, params, distinct))
    if not template and not shapes:
        return None
    # Headers: short template lines over lines that are not the template's, on most pages.
    # Footers: template lines below the article on nearly all of their pages: after the line the
    # page is known by (its article's), with more of the page's other words above them than below.
    under: Counter[int] = Counter()
    seen: Counter[int] = Counter()
    below: Counter[int] = Counter()
    shown: dict[int, str] = {}
    for article, page in zip(articles, pages, strict=True):
        keys, sizes = page.keys, page.words
        texts: list[str] | None = None
        above = 0  # the words of the page's other lines so far
        placed: list[tuple[int, int, int]] = []  # (position, key, words above) of its template lines
        for position, key in enumerate(keys):
            if key not in template:
                above += sizes[position]
                continue
            seen[key] += 1
            placed.append((position, key, above))
            if position + 1 < len(keys) and keys[position + 1] not in template:
                under[key] += 1
            if key not in shown:
                texts = texts if texts is not None else page.shown.split("\n")
                shown[key] = texts[position]
        if placed and article >= 0:  # below the article: after its line, over less than half the rest
            start = keys.index(article)
            for position, key, before in placed:
                if position > start and 2 * before > above:
                    below[key] += 1
    lines = {
        key: TemplateLine(
            shown[key],
            pages_found,
            header=words[key] <= HEADER_WORDS and 2 * under[key] > seen[key] and _is_label(shown[key]),
            footer=below[key] >= FOOTER_SHARE * seen[key],
        )
        for key, pages_found in template.items()
    }
    lines.update(shapes)
    return SiteTemplate(site, distinct, lines)


def _learn_shapes(
    pages: list[_Page],
    articles: list[int],
    params: TemplateParams,
    distinct: int,
) -> dict[int, TemplateLine]:
    """The shapes (:func:`line_shape`) of the site's lines found on enough of its pages and
    of its distinct articles, as a line is: each from two different lines at least (one line on
    every page is a template line, or is not boilerplate). A line of the template counts for
    its shape too: a dateline that reads the same on a few pages is still a dateline."""
    on_pages: Counter[int] = Counter()
    holders: dict[int, set[int]] = {}
    first: dict[int, int] = {}  # the shape's first line, -1 once another line has it too
    shown: dict[int, str] = {}
    for article, page in zip(articles, pages, strict=True):
        seen: set[int] = set()
        for key, text in zip(page.keys, page.shown.split("\n"), strict=True):
            shape = line_shape(text)
            if shape is None:
                continue
            found = shape_key(shape)
            if found in seen:
                continue
            seen.add(found)
            on_pages[found] += 1
            holders.setdefault(found, set()).add(article)
            if first.setdefault(found, key) != key:
                first[found] = -1
            shown.setdefault(found, shape)
    total = len(pages)
    learned = {}
    for found, articles_found in holders.items():
        size = shown[found].count(" ") + 1
        if (first[found] == -1 and params.passes(on_pages[found], total, size)
                and params.passes(len(articles_found), distinct, size)):
            learned[found] = TemplateLine(shown[found], len(articles_found), shape=True)
    return learned


#: The different lines a prefix must start, at least: fewer is a line, or a few lines, that repeat.
PREFIX_LINES = 3


def _learn_prefixes(
    pages: list[_Page],
    articles: list[int],
    params: TemplateParams,
    distinct: int,
) -> dict[int, TemplateLine]:
    """The prefixes (:func:`line_prefixes`) of the site's short lines found on enough of its
    pages and of its distinct articles, as a short line is, each the start of
    :data:`PREFIX_LINES` different lines at least: "From the section" before each page's section.
    A start the site's sentences, long lines or lead-ins share ("On the", "Reporting from" before
    "Rome --") is no prefix, nor one that starts the first line of half its pages or more: the
    headlines of a column ("Review: ..."), which are its articles'."""
    on_pages: Counter[str] = Counter()
    heads: Counter[str] = Counter()  # the pages whose first line a prefix starts: their headline
    holders: dict[str, set[int]] = {}
    lines: dict[str, set[int]] = {}
    prose: set[str] = set()  # the starts of the site's sentences, long lines and lead-ins
    for article, page in zip(articles, pages, strict=True):
        seen: set[str] = set()
        texts = page.shown.split("\n")
        long = [size > SHAPE_WORDS or len(text) >= SHOWN
                for size, text in zip(page.words, texts, strict=True)]
        lines_of = zip(_first_words(texts, long), page.words, texts, long, strict=True)
        for position, (line, size, text, is_long) in enumerate(lines_of):
            if size <= PREFIX_WORDS[0]:
                continue
            words = line.split(maxsplit=PREFIX_WORDS[-1])
            if is_long or _prose(line, size, text):
                prose.update(_starts(words))
                continue
            for prefix in _starts(words):
                if prefix not in seen:
                    seen.add(prefix)
                    on_pages[prefix] += 1
                    heads[prefix] += position == 0
                    holders.setdefault(prefix, set()).add(article)
                starts = lines.setdefault(prefix, set())
                if len(starts) < PREFIX_LINES:
                    starts.add(page.keys[position])
    total = len(pages)
    return {
        prefix_key(prefix): TemplateLine(f"{prefix} …", len(articles_found), prefix=True)
        for prefix, articles_found in holders.items()
        if prefix not in prose and len(lines[prefix]) >= PREFIX_LINES and 2 * heads[prefix] < on_pages[prefix]
        and params.passes(on_pages[prefix], total, prefix.count(" ") + 1)
        and params.passes(len(articles_found), distinct, prefix.count(" ") + 1)
    }


def _first_words(texts: list[str], long: list[bool]) -> list[str]:
    """The lines normalised, each ``long`` one by its first words only: long lines are most of
    a page's text, and only their start matters (learning's hot loop)."""
    cut = (" ".join(text.split(maxsplit=4)[:4]) if is_long else text
           for text, is_long in zip(texts, long, strict=True))
    return normalise_lines("\n".join(cut))


def _prose(line: str, size: int, text: str) -> bool:
    """Whether a line (normalised, its words, as shown) is a sentence, a long line or a lead-in:
    no line to know by its start, and its start no prefix."""
    return (size > SHAPE_WORDS or len(text) >= SHOWN or line.endswith(_SENTENCE_END)
            or text.rstrip(_CLOSING).endswith(_LEADS_ON))


def _unfit(pages: list[_Page], keys: set[int]) -> set[int]:
    """The lines among ``keys`` that hold no letter (layout), or that end with a dash: a
    dateline's lead-in ("Reporting from Rome --") runs on into the article's first words."""
    found: set[int] = set()
    pending = set(keys)
    for page in pages:
        if not pending:
            break
        texts: list[str] | None = None
        for position, key in enumerate(page.keys):
            if key in pending:
                pending.discard(key)
                texts = texts if texts is not None else page.shown.split("\n")
                text = texts[position]
                if not any(map(str.isalpha, text)) or text.rstrip(_CLOSING).endswith(_DASH_ENDS):
                    found.add(key)
    return found


def _is_label(text: str) -> bool:
    """A line that can head a list: no sentence ends it, it is not a number, and it does not
    end with a separator (``Edition |``, a piece of a navigation bar that heads nothing)."""
    text = normalise_lines(text)[0]
    return (
        bool(text)
        and not text.endswith(_SENTENCE_END)
        and not text.endswith(_SEPARATORS)
        and text.strip("0 ,.:") != ""
    )


# --- the rule ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, repr=False)
class TemplateRule(ContextRule):
    """Remove the lines of the page's site template (:class:`Templates`), given to the cleaner.

    ``headers`` says which lines the rule removes: those that head a list on their pages (its
    verdicts then mark a list header, and ``REL100`` takes the list), or the others. The chain
    applies the rule for the other lines right after the block rules, before it reads the
    document's shape (a template line is never the article's prose), and the rule for headers
    once the shape is known: a header goes after the article's last paragraph, and before it
    only when what is under it goes too (the line under a "Story highlights" before the
    article, or an ad-break marker over its next paragraph, is the article's own). The rule
    for the other lines then takes, alone, the headers left that stand after the article's
    first paragraph (``stray``). Either confirms weak evidence on its lines ("Topics", when the
    site prints it on every page).

    With ``tail``, the rule removes the site's tail instead: once the page's other rules have
    decided, the lines after the first template line that stands below the article's last
    paragraph (every line there is past the article's prose: its related links, its footer),
    and the lines between the article and that line when a removed line closes the article
    (:func:`_gap`); the rule for the footer takes that gap above the footer too.

    With ``footer``, the rule removes what stands below the site's footer (a template line the
    site prints below its article on nearly all of its pages, :data:`FOOTER_SHARE`), even lines
    that read as prose (a magazine's teasers), when the footer stands below the page's article
    too: after its longest paragraph, with most of its text above. The site's pages say the
    article is over there; the page says so too.

    ``example_pages`` are made-up pages of one site that the rule's examples are learned from.
    """

    evidence: Evidence = Evidence.CONTEXT
    headers: bool = False
    tail: bool = False
    footer: bool = False
    example_site: str = "example.com"
    example_pages: tuple[str, ...] = ()

    def find(self, page: Page) -> Iterator[Finding]:
        if self.tail or self.footer:
            for block, _ in self._tail_blocks(page):
                yield Finding(block, page.core(block))
            return
        for block, _ in self.lines(page):
            yield Finding(block, page.core(block))

    def lines(
        self, page: Page, *, stray: bool = False, starts: bool = False
    ) -> Iterator[tuple[int, TemplateLine]]:
        """The blocks of ``page`` this rule removes, with their template lines. With ``stray``
        (for the rule of plain lines), the header lines that head nothing that goes and that no
        rule decided: a "(Story continues below)" between two paragraphs goes, as a plain line
        (see :func:`_stray`). With ``starts``, the lines known by their start, once the page's
        shape says where its headline is (see :func:`_not_the_headline`), before the headers
        (a header over such a line heads what goes)."""
        template = page.context.template
        if template is None or (self.headers and (stray or starts)):
            return
        for block, line in template.find(page):
            if starts:
                if line.prefix and _not_the_headline(page, block):
                    yield block, line  # removed, or its weak evidence confirmed
            elif stray:
                if line.header and page.verdicts[block] is None and _stray(page, block, line):
                    yield block, line
            elif line.prefix:
                continue
            elif line.header == self.headers and (not self.headers or _heads_what_goes(page, block)):
                yield block, line

    def apply(self, page: Page, *, stray: bool = False, starts: bool = False) -> None:
        """Decide on the page's template lines: remove them, or confirm weak evidence on them.
        ``stray``: decide on the header lines left undecided, and only those; ``starts``: on the
        lines known by their start, and only those (see :meth:`lines`)."""
        template = page.context.template
        if template is None:
            return
        if self.tail or self.footer:
            for block, found in self._tail_blocks(page):
                self._take(page, block, found, found)
            return
        for block, line in self.lines(page, stray=stray, starts=starts):
            found = f"on {line.pages} of {template.pages} pages of {template.site}"
            if line.shape:
                found = f"its shape '{line.text}' {found}"
            elif line.prefix:
                found = f"its start '{line.text}' {found}"
            self._take(page, block, found, f"a line of the site's template, {found}")

    def _tail_blocks(self, page: Page) -> list[tuple[int, str]]:
        """The blocks below the tail's opener (``tail``) or the site's footer (``footer``),
        with the note that says why; a line without a letter or a digit is layout, and stays."""
        if self.footer:
            opener = _footer_opener(page)
            where = "below the site's footer {!r}, which stands below its article on most of its pages"
        else:
            opener = _tail_opener(page)
            where = "in the site's tail, under its template line {!r} below the article"
        if opener is None:
            return []
        found = where.format(page.core(opener))
        gap = [(block, f"{found}, between the article's end and that line") for block in _gap(page, opener)]
        blocks = range(opener + 1, len(page))
        if self.footer:
            return [*gap, *((block, found) for block in blocks if any(map(str.isalnum, page.core(block))))]
        return [*gap, *((block, found) for block in blocks)]

    def _take(self, page: Page, block: int, note: str, confirming: str) -> None:
        """Remove ``block`` with ``note``, or confirm the weak evidence already on it: the
        site's own pages vouch for it."""
        verdict = page.verdicts[block]
        if verdict is None:
            page.decide(block, self, page.core(block))
            decided = page.verdicts[block]
            assert decided is not None
            decided.note = note
        elif not verdict.confirmed:
            verdict.confirmed = True
            verdict.note = confirming

    def example_template(self) -> SiteTemplate | None:
        """The template the rule's examples run with, learned from ``example_pages``."""
        site = self.example_site
        return Templates.learn((site, page) for page in self.example_pages).get(site)


def _tail_opener(page: Page) -> int | None:
    """The first line of the site's template below the article's last paragraph, removed (by
    a template rule, or by another rule first), if any: where the site's tail starts. ``None``
    on a page without prose (no article to be below) or without a template."""
    shape, template = page.shape, page.context.template
    if shape is None or not shape.has_prose or template is None:
        return None
    for block, _ in template.find(page):
        if block > shape.last and page.verdicts[block] is not None:
            return block
    return None


def _gap(page: Page, opener: int) -> list[int]:
    """The lines no rule took between the article's end and the tail's ``opener`` (a removed
    template line, or the site's footer), when a removed line closes the article: the line right
    under its last paragraph went (a "Related" header, a share bar, a layout row), so what
    follows, down to the site's template, is the page's furniture (captions of its photos, its
    date bar, its topic links), not the article's last lines. A line that follows the last
    paragraph itself stays there, and so does what is under it: a headline the site prints
    under the article, or the hard-wrapped lines of a press release's boilerplate, read as the
    article's; so does a gap under a line that ends with a colon (a list the article announces).
    A line without a letter or a digit stays (a separator).

    The article's end is the last paragraph above the opener that no rule removed, read closely:
    a line that holds a short name padded with many spaces (a table cell's byline) is no paragraph.
    """
    end = -1
    for block in range(opener - 1, -1, -1):
        if page.verdicts[block] is None and _paragraph(page, block):
            end = block
            break
    if end < 0 or end + 1 >= opener or page.verdicts[end + 1] is None:
        return []
    if any(page.core(block).rstrip().endswith(":") for block in range(end + 1, opener)):
        return []  # a list the article announces ("Key dates:") is the article's
    return [
        block for block in range(end + 2, opener)
        if page.verdicts[block] is None and any(map(str.isalnum, page.core(block)))
    ]


def _paragraph(page: Page, block: int) -> bool:
    """Whether ``block`` reads as a paragraph of the article: prose by the page's shape, with the
    words of one (not only the spaces of a padded table cell) or the grammar of a sentence."""
    shape = page.shape
    if shape is None or not shape.prose[block]:
        return False
    words = page.words(block, PROSE_WORDS)
    return words >= PROSE_WORDS or reads_as_prose(page.core(block), words)


def _footer_opener(page: Page) -> int | None:
    """The first footer line of the site's template on ``page``, removed, that stands below the
    page's article as learning counts it (:func:`learn_site`): after the longest of the lines
    no rule removed, with more of their words above it than below. ``None`` if none does."""
    shape, template = page.shape, page.context.template
    if shape is None or not shape.has_prose or template is None:
        return None
    found = template.find(page)
    if not any(line.footer for _, line in found):
        return None
    verdicts = page.verdicts
    words = [0 if verdict is not None else page.words(i, 1_000_000) for i, verdict in enumerate(verdicts)]
    longest = max(range(len(words)), key=words.__getitem__)
    total = sum(words)
    for block, line in found:
        decided = page.verdicts[block] is not None
        if line.footer and block > longest and decided and 2 * sum(words[:block]) > total:
            return block
    return None


def _heads_what_goes(page: Page, block: int) -> bool:
    """Whether a template header at ``block`` goes: after the article's prose, always; before
    or inside it, only over a line that is boilerplate already (matched by a rule)."""
    shape = page.shape
    if shape is None:
        return True
    if shape.has_prose and block > shape.last:
        return True
    return block + 1 < len(page) and page.is_matched(block + 1)


def _past_the_head(page: Page, block: int) -> bool:
    """Whether ``block`` stands after the article's first paragraph: a label over the article's
    opening lines ("Story highlights") is the article's own."""
    shape = page.shape
    return shape is None or not shape.has_prose or block > shape.first


def _not_the_headline(page: Page, block: int) -> bool:
    """Whether a line known by its start may go: after the article's first paragraph, or above
    it when a line above it stands that no rule removed (the headline). The first line left
    above the article is its headline, whose words a column's headlines share ("Review: ...")."""
    shape = page.shape
    if shape is None or not shape.has_prose or block > shape.first:
        return True
    return any(verdict is None for verdict in page.verdicts[:block])


def _stray(page: Page, block: int, line: TemplateLine) -> bool:
    """Whether a template header at ``block`` that heads nothing that goes goes alone: past the
    article's first paragraph (:func:`_past_the_head`), over a paragraph (an ad break's "(Story
    continues below)") or, when the site prints it below its articles, over anything. A label
    over a list that stays, near the top ("Story highlights" under a photo's caption), stays."""
    if not _past_the_head(page, block):
        return False
    shape = page.shape
    if shape is None or not shape.has_prose or line.footer:
        return True
    return block + 1 < len(page) and shape.prose[block + 1]


# --- files ------------------------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    from .html import looks_like_html

    return looks_like_html(text)


def _pack(values: array[int]) -> str:
    data = values if sys.byteorder == "little" else array(values.typecode, values)
    if sys.byteorder != "little":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def _bytes(values: array[int]) -> bytes:
    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _from_bytes(typecode: str, data: bytes) -> array[int]:
    values = array(typecode)
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _unpack(typecode: str, text: str) -> array[int]:
    values = array(typecode)
    values.frombytes(base64.b64decode(text, validate=True))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _read_json(data: str | bytes, name: str, expected: str) -> dict[str, Any]:
    try:
        found = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise TemplatesError(f"{name}: not JSON ({error})") from None
    if not isinstance(found, dict) or found.get("format") != expected:
        kind = "templates" if expected == FORMAT else "template learner"
        raise TemplatesError(f"{name}: not a newsclean {kind} file (no \"format\": \"{expected}\")")
    if found.get("version") != VERSION:
        raise TemplatesError(
            f"{name}: written by a newsclean whose templates are version {found.get('version')!r}; "
            f"this one reads version {VERSION}: learn them again"
        )
    return found


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def _read_file(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TemplatesError(f"{path}: cannot read it ({error.strerror or error})") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise TemplatesError(f"{path}: a broken gzip file ({error})") from None
    return data


def _write_atomically(path: Path, data: bytes) -> None:
    if path.name.endswith(".gz"):
        buffer = io.BytesIO()
        with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as compressed:
            compressed.write(data)
        data = buffer.getvalue()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

