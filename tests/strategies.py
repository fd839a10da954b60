"""Shared Hypothesis strategies: articles with known body and known boilerplate.

Body paragraphs come from the golden fixtures (the seeds' cleaned output and
``fixtures/negative``, full of trigger words used legitimately). Boilerplate
comes from the rules' own ``removes`` examples, so every new rule example
joins the property tests automatically.

Boilerplate goes where its evidence counts, as in real pages:

* strong blocks anywhere, between any two blocks;
* weak blocks only in the leading or trailing cluster. In mid-body they are
  body: the body itself includes lines a weak rule matches ("Comments",
  "10:45 a.m."), always placed strictly inside it, and they must survive;
* a caption unit (alt text + credit) after prose, never under a short
  heading-like line: CRD100 reads a short line above a credit as its caption;
* a link-list unit (header + links) only at the very end.

Two assumptions about articles follow from the context rules and are stated
here rather than hidden: an article ends with a sentence, not a short
heading (REL100 reads trailing short lines under a header as links), and
weak and contextual boilerplate stays under a quarter of the words (beyond
half, the guard reverts it by design).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from hypothesis import strategies as st

import newsclean
from newsclean import BlockRule, Evidence, Mark
from newsclean.blocks import Page
from newsclean.dom import DomRule

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


_BODY_SOURCES = [*sorted((ROOT / "fixtures" / "negative").glob("*.txt")),
                 *sorted((ROOT / "fixtures" / "seeds").glob("*[0-9a-f].txt"))]
ALL_BODY = sorted({line for path in _BODY_SOURCES for line in _lines(path)})
BODY = [line for line in ALL_BODY if not _weakly_matched(line)]
# Body that weak rules match: it is body only away from the ends, and must stay there.
MID_BODY = [line for line in ALL_BODY if _weakly_matched(line)]
SENTENCES = [line for line in BODY if _ends_sentence(line) and len(line.split()) >= 6]


def _removes(evidence: Evidence, wanted: Callable[[BlockRule], bool] = lambda rule: True) -> list[str]:
    """The context-free ``removes`` examples of block rules with this evidence."""
    return sorted({
        example.text
        for rule in newsclean.RULES
        if isinstance(rule, BlockRule) and rule.evidence is evidence and wanted(rule)
        for example in rule.examples
        if example.removed and not (example.before or example.after)
    })


def _units(code: str) -> list[tuple[str, ...]]:
    """A context rule's ``removes`` examples with their context: all of it is boilerplate."""
    return [(*e.before, e.text, *e.after) for e in newsclean.rule(code).examples if e.removed]


# Credit lines are kept apart: directly under a short heading they take the heading along.
CREDIT_LINES = _removes(Evidence.STRONG, lambda rule: Mark.CREDIT_LINE in rule.marks)
STRONG = _removes(Evidence.STRONG, lambda rule: Mark.CREDIT_LINE not in rule.marks)
WEAK = _removes(Evidence.WEAK)
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


def _words(blocks: list[str]) -> int:
    return sum(len(block.split()) for block in blocks)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    body = draw(st.lists(st.sampled_from(BODY), min_size=3, max_size=10, unique=True))
    for line in draw(st.lists(st.sampled_from(MID_BODY), max_size=2, unique=True)):
        body.insert(draw(st.integers(1, len(body) - 1)), line)
    body.append(draw(st.sampled_from([s for s in SENTENCES if s not in body])))

    # Mid-body insertions: (position, blocks). Position i puts them after body[i].
    inserts: dict[int, list[str]] = {}
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(body) - 2))
        choice = draw(st.sampled_from(["strong", "strong", "credit", "caption"]))
        if choice in ("credit", "caption") and _is_headingish(body[position]):
            choice = "strong"
        if choice == "strong":
            inserts.setdefault(position, []).append(draw(st.sampled_from(STRONG)))
        elif choice == "credit":
            inserts.setdefault(position, []).append(draw(st.sampled_from(CREDIT_LINES)))
        else:
            inserts.setdefault(position, []).extend(draw(st.sampled_from(CAPTION_UNITS)))

    cluster = st.sampled_from(STRONG + WEAK)
    leading = draw(st.lists(cluster, max_size=3))
    trailing = draw(st.lists(cluster, max_size=3))
    if draw(st.booleans()):
        trailing.extend(draw(st.sampled_from(LIST_UNITS)))
    if trailing and _is_headingish(body[-1]) is False and draw(st.booleans()):
        trailing.insert(0, draw(st.sampled_from(CREDIT_LINES)))

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

_DOM_SNIPPETS = sorted({
    example.text
    for rule in newsclean.RULES
    if isinstance(rule, DomRule)
    for example in rule.examples
    if example.removed
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
