"""Shared Hypothesis strategies: articles with known body and known boilerplate.

Body paragraphs come from the golden fixtures (the seeds' cleaned output and
``fixtures/negative``, full of trigger words used legitimately; ``xx-*.txt``
for the other languages). Boilerplate comes from the rules' own ``removes``
examples for the language, so every new rule example joins the property
tests automatically.

Boilerplate goes where its evidence counts, as in real pages:

* strong blocks anywhere, between any two blocks;
* weak blocks only before the first prose paragraph or after the last one.
  Between paragraphs they are body: the body itself includes lines a weak
  rule matches ("Comments", "10:45 a.m."), always placed between two prose
  paragraphs and never beside strong boilerplate (which would mark their
  island as boilerplate), and they must survive;
* a caption unit (alt text + credit) after prose, never under a short
  heading-like line: CRD100 reads a short line above a credit as its caption;
* a list header ("Related", "Don't miss") never right above a short
  heading-like line: REL100 reads a headline-like line under one as a teaser;
* a link-list unit (header + links) only at the very end.

Three assumptions about articles follow from the context rules and are
stated here rather than hidden: an article opens and ends with a sentence,
not a short heading (NAV102 reads a short label above a headline as its
kicker; REL100 reads trailing short lines under a header as links), and weak
and contextual boilerplate stays under a quarter of the words (beyond half,
the guard reverts it by design).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from hypothesis import strategies as st

import newsclean
from newsclean import BlockRule, Evidence, Mark
from newsclean import chain as _chain
from newsclean.blocks import Page
from newsclean.dom import DomRule
from newsclean.shape import PROSE_WORDS, reads_as_prose

ROOT = Path(__file__).resolve().parent.parent
SEPARATORS = ("\n", "\n\n", "\n\n", "\r\n", "\r\n\r\n")


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _weakly_matched(text: str) -> bool:
    """Blocks a weak rule matches are body only in mid-body, so not every position is fair."""
    page = Page(text)
    return any(
        isinstance(rule, BlockRule)
        and rule.evidence is Evidence.WEAK
        and page.words(0) <= rule.max_words
        and rule.match(page.core(0))
        for rule in newsclean.RULES
    )


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "”", "’", ")"))


def _is_prose(text: str) -> bool:
    """Whether the chain reads ``text`` as prose (see newsclean.shape)."""
    page = Page(text)
    return reads_as_prose(page.core(0), page.words(0, PROSE_WORDS))


LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_NEGATIVE = ROOT / "fixtures" / "negative"


def _body_sources(language: str) -> list[Path]:
    """English body: the seeds' output and the unprefixed negative fixtures; others: ``<lang>-*.txt``."""
    if language == "en":
        english = [p for p in sorted(_NEGATIVE.glob("*.txt")) if not re.match(r"[a-z]{2}-", p.name)]
        return [*english, *sorted((ROOT / "fixtures" / "seeds").glob("*[0-9a-f].txt"))]
    return sorted(_NEGATIVE.glob(f"{language}-*.txt"))


def _removes(
    evidence: Evidence, language: str, wanted: Callable[[BlockRule], bool] = lambda rule: True
) -> list[str]:
    """The context-free ``removes`` examples of block rules with this evidence, for this language."""
    return sorted({
        example.text
        for rule in newsclean.RULES
        if isinstance(rule, BlockRule) and rule.evidence is evidence and language in rule.languages
        and not rule.sites and wanted(rule)  # site packs need a url; test_sites covers them
        for example in rule.examples
        if example.removed and not (example.before or example.after)
    })


@dataclass(frozen=True)
class Pools:
    """What one language's generated articles are made of."""

    body: list[str]
    mid_body: list[str]  # body that weak rules match: body only away from the ends
    sentences: list[str]  # body an article may end with
    strong: list[str]
    headers: list[str]  # strong list headers: a headline-like line under one is a teaser
    weak: list[str]
    credit_lines: list[str]  # kept apart: under a short heading they take the heading along


@functools.cache
def pools(language: str) -> Pools:
    lines = sorted({line for path in _body_sources(language) for line in _lines(path)})
    body = [line for line in lines if not _weakly_matched(line)]
    return Pools(
        body=body,
        mid_body=[line for line in lines if _weakly_matched(line)],
        sentences=[line for line in body if _ends_sentence(line) and len(line.split()) >= 6],
        strong=_removes(Evidence.STRONG, language, lambda rule: not rule.marks),
        headers=_removes(Evidence.STRONG, language, lambda rule: Mark.LIST_HEADER in rule.marks),
        weak=_removes(Evidence.WEAK, language),
        credit_lines=_removes(Evidence.STRONG, language, lambda rule: Mark.CREDIT_LINE in rule.marks),
    )


def _units(code: str) -> list[tuple[str, ...]]:
    """A context rule's ``removes`` examples with their context, where all of it is boilerplate
    (an example set between two paragraphs has prose around it)."""
    units = [(*e.before, e.text, *e.after) for e in newsclean.rule(code).examples if e.removed]
    return [unit for unit in units if not any(map(_is_prose, unit))]


_ENGLISH = pools("en")
ALL_BODY = sorted({line for language in LANGUAGES for pool in [pools(language)] for line in (*pool.body,
                                                                                        *pool.mid_body)})
SENTENCES = _ENGLISH.sentences
STRONG = _ENGLISH.strong
CAPTION_UNITS = _units("CRD100")
LIST_UNITS = _units("REL100")


@dataclass(frozen=True)
class Article:
    """A generated document, and which of its blocks are body and which boilerplate."""

    text: str
    body: tuple[str, ...]
    boilerplate: tuple[str, ...]


def _is_headingish(block: str) -> bool:
    return len(block.split()) <= 15 and not _ends_sentence(block)


def _is_short_sentence(block: str) -> bool:
    return len(block.split()) <= _chain._STEP_WORDS and block.rstrip().endswith(".")


def _among_steps(body: list[str], position: int) -> bool:
    """Whether a line put after ``body[position]`` lands in a run of two or more short sentences
    under a sub-heading: the shape of a how-to, whose calls are the article's own."""
    start = position + 1
    while start > 0 and _is_short_sentence(body[start - 1]):
        start -= 1
    end = position + 1
    while end < len(body) and _is_short_sentence(body[end]):
        end += 1
    return end - start >= 2 and start > 0 and _is_headingish(body[start - 1])


def _words(blocks: list[str]) -> int:
    return sum(len(block.split()) for block in blocks)


def _positions_outside_islands(body: list[str], lines: set[str]) -> list[int]:
    """Positions after which an insertion lands in no island (run of non-prose) holding ``lines``."""
    prose = [_is_prose(block) for block in body]
    held: set[int] = set()
    for i, block in enumerate(body):
        if block in lines:
            start = max((j for j in range(i) if prose[j]), default=0)
            end = min((j for j in range(i + 1, len(body)) if prose[j]), default=len(body))
            held.update(range(start, end))
    return [i for i in range(len(body) - 1) if i not in held]


@st.composite
def articles(draw: st.DrawFn, language: str = "en") -> Article:
    """An article in ``language``: its body paragraphs, with that language's boilerplate around them."""
    pool = pools(language)
    first, last = draw(st.lists(st.sampled_from(pool.sentences), min_size=2, max_size=2, unique=True))
    others = [line for line in pool.body if line not in (first, last)]
    body = draw(st.lists(st.sampled_from(others), min_size=2, max_size=9, unique=True))
    body = [first, *body, last]
    mid_body = draw(st.lists(st.sampled_from(pool.mid_body), max_size=2, unique=True) if pool.mid_body
                    else st.just([]))
    for line in mid_body:
        prose = [i for i, block in enumerate(body) if _is_prose(block)]
        after = draw(st.sampled_from(prose[:-1]))  # between two prose paragraphs
        body.insert(after + 1, line)
    # Strong boilerplate never shares an island with a weak-matched body line, nor stands among short
    # sentences under a sub-heading, where the chain reads a how-to's steps and keeps their calls.
    free = [position for position in _positions_outside_islands(body, set(mid_body))
            if not _among_steps(body, position)]

    # Mid-body insertions: (position, blocks). Position i puts them after body[i].
    inserts: dict[int, list[str]] = {}
    for _ in range(draw(st.integers(0, 4)) if free else 0):
        position = draw(st.sampled_from(free))
        choice = draw(st.sampled_from(["strong", "strong", "credit", "caption"]))
        if choice in ("credit", "caption") and _is_headingish(body[position]):
            choice = "strong"
        if choice == "strong":
            under_header = not _is_headingish(body[position + 1]) and pool.headers
            headers = pool.headers if under_header else []
            inserts.setdefault(position, []).append(draw(st.sampled_from(pool.strong + headers)))
        elif choice == "credit":
            inserts.setdefault(position, []).append(draw(st.sampled_from(pool.credit_lines)))
        else:
            inserts.setdefault(position, []).extend(draw(st.sampled_from(CAPTION_UNITS)))

    cluster = st.sampled_from(pool.strong + pool.headers + pool.weak)
    # A live page's or a gallery's headline ("Liveblog: …", "Fotos: …") opening the page is its title.
    leading = [line for line in draw(st.lists(cluster, max_size=3)) if line not in _opening_titles(language)]
    trailing = draw(st.lists(cluster, max_size=3))
    if draw(st.booleans()):
        trailing.extend(draw(st.sampled_from(LIST_UNITS)))
    if trailing and not _is_headingish(body[-1]) and draw(st.booleans()):
        trailing.insert(0, draw(st.sampled_from(pool.credit_lines)))

    # Keep weak and contextual boilerplate a small share of the words.
    while leading and _words(leading + trailing) * 4 > _words(body):
        leading.pop()
    while trailing and _words(leading + trailing) * 4 > _words(body):
        trailing.pop()

    blocks = list(leading)
    for i, paragraph in enumerate(body):
        blocks.append(paragraph)
        blocks.extend(inserts.get(i, []))
    blocks.extend(trailing)
    separators = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(blocks), max_size=len(blocks)))
    text = "".join(block + sep for block, sep in zip(blocks, separators, strict=True)).rstrip("\r\n")
    boilerplate = tuple(block for block in blocks if block not in body)
    return Article(text, tuple(body), boilerplate)


@functools.cache
def _opening_titles(language: str) -> frozenset[str]:
    """The boilerplate lines the chain keeps as the page's own title when they open it (see
    ``chain._spare_media_headline``): a live label's or a media word's headline."""
    pool = pools(language)
    return frozenset(line for line in {*pool.strong, *pool.headers, *pool.weak}
                     if _chain._LIVE_HEADLINE.fullmatch(line) or _chain._is_media_title(line))


def output_blocks(text: str) -> list[str]:
    """The blocks of a cleaned text, as the engine splits them."""
    return [line for line in re.split(r"\r?\n", text) if line.strip()]


# Lines that make arbitrary documents interesting: rule examples, body, junk.
_EXAMPLE_TEXTS = sorted({example.text for rule in newsclean.RULES for example in rule.examples})
_JUNK_LINES = st.one_of(
    st.sampled_from(_EXAMPLE_TEXTS),
    st.sampled_from(ALL_BODY),
    st.text(max_size=40),
    st.sampled_from(["", " ", "\t", "\u00a0", "\r", "•", "  • Go deeper", "Photo:", "©", "\u2028"]),
)


@st.composite
def messy_documents(draw: st.DrawFn) -> str:
    """Documents of real-looking and random lines, joined with every kind of line break."""
    lines = draw(st.lists(_JUNK_LINES, max_size=25))
    breaks = draw(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\n\n\n"]),
                           min_size=len(lines), max_size=len(lines)))
    return "".join(line + brk for line, brk in zip(lines, breaks, strict=True))


# Any str at all, lone surrogates included.
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)


# HTML pages ----------------------------------------------------------------------------------

# The boxes DOM rules remove, from their examples; an example that shows its box below a whole
# article of its own ("<article>…") would outweigh the generated story and become the page's article.
_DOM_SNIPPETS = sorted({
    example.text
    for rule in newsclean.RULES
    if isinstance(rule, DomRule)
    for example in rule.examples
    if example.removed and "<article" not in example.text
})
# Prose paragraphs, without list bullets (HTML rendering drops leading whitespace anyway).
HTML_BODY = [line.strip() for line in SENTENCES if not line.lstrip().startswith(("•", "-"))]


@dataclass(frozen=True)
class HtmlArticle:
    html: str
    body: tuple[str, ...]


@st.composite
def html_articles(draw: st.DrawFn) -> HtmlArticle:
    """A news page: header, navigation, an <article> of body paragraphs and boilerplate, footer."""
    body = draw(st.lists(st.sampled_from(HTML_BODY), min_size=4, max_size=9, unique=True))
    parts = [f"<p>{escape(paragraph)}</p>" for paragraph in body]
    for _ in range(draw(st.integers(0, 5))):
        position = draw(st.integers(0, len(parts)))
        snippet = draw(st.one_of(st.sampled_from(_DOM_SNIPPETS),
                                 st.sampled_from(STRONG).map(lambda text: f"<p>{escape(text)}</p>")))
        parts.insert(position, snippet)
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>A generated story</title>"
        "</head><body><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a>"
        "</li></ul></nav></header><main><article><h1>A generated story</h1>"
        + "".join(parts)
        + "</article></main><footer><p>© 2024 Example News</p></footer></body></html>"
    )
    return HtmlArticle(html, tuple(body))


# Markup a DOM rule reads: every word and pair its rules name, and some a page uses anyway.
_DOM_RULES = [rule for rule in newsclean.RULES if isinstance(rule, DomRule)]
_MARKUP_WORDS = sorted({
    *(word for rule in _DOM_RULES for word in rule.parts),
    *("-".join(pair) for rule in _DOM_RULES for pair in rule.pairs),
    "story", "body", "text", "content", "entry", "post", "has-comments", "article-body",
})
_ROLES = ["complementary", "navigation", "region", "article", "main", "note", "dialog", "banner"]
_LABELS = sorted({label for rule in _DOM_RULES for label in rule.labels})
_SCHEMA = sorted({value for rule in _DOM_RULES for value in rule.schema})
# Paragraphs that read as prose: the article a page's markup must not be able to take away.
_PROSE = [p for p in HTML_BODY if len(p.split()) >= 15 and re.search(r"\w[.!?]", p)]


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    """Class, id, role, aria-label, itemprop, data-component and data-testid values, any of them
    boilerplate words."""
    words = st.lists(st.sampled_from(_MARKUP_WORDS), min_size=1, max_size=3)
    found = {
        "class": draw(st.one_of(st.none(), words.map(" ".join))),
        "id": draw(st.one_of(st.none(), words.map("-".join))),
        "role": draw(st.one_of(st.none(), st.sampled_from(_ROLES))),
        "aria-label": draw(st.one_of(st.none(), st.sampled_from(_LABELS))),
        "itemprop": draw(st.one_of(st.none(), st.sampled_from(_SCHEMA))),
        "data-component": draw(st.one_of(st.none(), st.sampled_from(_MARKUP_WORDS))),
        "data-testid": draw(st.one_of(st.none(), words.map("-".join))),
    }
    return "".join(f' {name}="{escape(value)}"' for name, value in found.items() if value)


@st.composite
def marked_articles(draw: st.DrawFn) -> HtmlArticle:
    """An article whose paragraphs, and the elements around them, carry any markup at all: the
    same attributes on every paragraph (or on a wrapper around each), and up to three
    containers around the whole article, with a boilerplate box or two beside it."""
    body = draw(st.lists(st.sampled_from(_PROSE), min_size=3, max_size=8, unique=True))
    paragraph_tag = draw(st.sampled_from(["p", "div"]))
    marks = draw(_attributes())
    wrapper = draw(st.one_of(st.none(), _attributes()))
    parts = [f"<{paragraph_tag}{marks}>{escape(paragraph)}</{paragraph_tag}>" for paragraph in body]
    if wrapper is not None:
        parts = [f"<div{wrapper}>{part}</div>" for part in parts]
    html = "".join(parts)
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(st.sampled_from(["div", "section", "article", "aside", "main", "figure"]))
        html = f"<{tag}{draw(_attributes())}>{html}</{tag}>"
    boxes = "".join(draw(st.lists(st.sampled_from(_DOM_SNIPPETS), max_size=2)))
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>A generated story</title>"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header>{html}{boxes}"
        "<footer><p>© 2024 Example News</p></footer></body></html>"
    )
    return HtmlArticle(page, tuple(body))
