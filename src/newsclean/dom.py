"""DOM rules: boilerplate recognised by its markup, removed before extraction.

Extractors keep what sits inside the article container: captions, paywall
boxes, newsletter forms, "related" modules, share bars. Their markup says
what they are, through element names (``figcaption``), class and id words
(``newsletter-signup``), ARIA roles and labels, and schema.org properties.

Class and id values are split into lowercase word parts, so that
``Newsletter-stateNotSent`` reads as *newsletter, state, not, sent* and the
word "ad" matches ``ad-slot`` but not ``header`` or ``shadow``. A rule names
the parts (or pairs of parts) that mark its boilerplate. Every DOM rule has a
word limit: an element holding more text than a widget does holds body, and
is never removed, whatever its markup says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .rules import Rule

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DomRemoval", "DomRule", "Marks", "link_share", "prune"]

# Word parts: split at anything not a letter or digit, and at lower-to-upper case changes.
_PART_BOUNDARY = re.compile(r"[^a-zA-Z0-9]+|(?<=[a-z0-9])(?=[A-Z])")


@lru_cache(maxsize=4096)
def word_parts(value: str) -> frozenset[str]:
    """``"Newsletter-stateNotSent"`` -> ``{"newsletter", "state", "not", "sent"}``."""
    return frozenset(part.lower() for part in _PART_BOUNDARY.split(value) if part)


@dataclass(frozen=True, slots=True)
class Marks:
    """What an element says about itself."""

    tag: str
    parts: frozenset[str]  # class and id word parts
    role: str
    label: frozenset[str]  # aria-label word parts
    schema: frozenset[str]  # itemprop values and itemtype names, whole and lowercased


def marks_of(element: HtmlElement) -> Marks:
    get = element.get
    names = f"{get('class') or ''} {get('id') or ''} {get('data-component') or ''}"
    schema = f"{get('itemprop') or ''} {(get('itemtype') or '').rsplit('/', 1)[-1]}".lower()
    return Marks(
        tag=element.tag if isinstance(element.tag, str) else "",
        parts=word_parts(names),
        role=(get("role") or "").strip().lower(),
        label=word_parts(get("aria-label") or ""),
        schema=frozenset(schema.split()),
    )


@dataclass(frozen=True, kw_only=True, repr=False)
class DomRule(Rule):
    """A rule that removes HTML elements before extraction.

    An element matches when its tag is in ``tags``, or its class/id word parts
    include one of ``parts`` or both words of one of ``pairs``, or its ARIA
    ``role`` is in ``roles``, or its ``aria-label`` words include one of
    ``labels``, or its schema.org words include one of ``schema``, and no
    part is in ``unless_parts``. Examples are HTML snippets.

    Attributes:
        max_words: Elements with more words than this are never removed.
        max_prose: Elements holding more paragraphs of prose than this (``<p>``
            of 15 words or more) are never removed: they are, or hold, the body.
    """

    tags: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    pairs: tuple[tuple[str, str], ...] = ()
    roles: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    schema: frozenset[str] = frozenset()
    unless_parts: frozenset[str] = frozenset()
    max_words: int = 150
    max_prose: int = 2
    languages: tuple[str, ...] = ("any",)

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        """Why ``element`` is this rule's boilerplate, or ``None``. Subclasses may look deeper."""
        return self.recognise_markup(marks)

    def recognise_markup(self, marks: Marks) -> str | None:
        """The markup that marks the element as this rule's boilerplate, or ``None``."""
        if marks.parts & self.unless_parts:
            return None
        if marks.tag in self.tags:
            return f"<{marks.tag}>"
        found = marks.parts & self.parts
        if found:
            return f'class/id "{min(found)}"'
        for first, second in self.pairs:
            if first in marks.parts and second in marks.parts:
                return f'class/id "{first}" + "{second}"'
        if marks.role and marks.role in self.roles:
            return f'role="{marks.role}"'
        found = marks.label & self.labels
        if found:
            return f'aria-label "{min(found)}"'
        found = marks.schema & self.schema
        if found:
            return f'schema.org "{min(found)}"'
        return None


@dataclass(frozen=True, slots=True)
class DomRemoval:
    """An element a DOM rule removed: the rule, the evidence, and where it was."""

    rule: DomRule
    evidence: str
    text: str
    path: str
    line: int | None


def prune(root: HtmlElement, rules: Sequence[DomRule], host: str | None = None) -> list[DomRemoval]:
    """Remove, in document order, every element a rule marks; return what went.

    An element inside one already removed is not visited. Text after a removed
    element (its tail) stays where it was. Site-pack rules run only on their host.
    """
    rules = [rule for rule in rules if rule.applies_to(host)]
    if not rules:
        return []
    removed: list[DomRemoval] = []
    gone: set[HtmlElement] = set()
    for element in _candidates(root):
        if any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        marks = marks_of(element)
        for rule in rules:
            evidence = rule.recognise(element, marks)
            if evidence is None:
                continue
            words = element.text_content().split()
            if len(words) > rule.max_words or _prose_paragraphs(element) > rule.max_prose:
                continue
            text = spaced_text(element)
            removed.append(DomRemoval(rule, evidence, text, _path(element), element.sourceline))
            gone.add(element)
            if element.getparent() is not None:
                element.drop_tree()
            break
    return removed


# Elements worth a look: carrying the attributes rules read, or of the kinds structural rules
# inspect (figures, lists, paragraphs with links).
_CANDIDATES = (
    "//body//*[@class or @id or @role or @aria-label or @itemprop or @itemtype or @data-component"
    " or self::figcaption or self::figure or self::ul or self::ol or self::p[.//a]]"
)


def link_share(element: HtmlElement) -> tuple[int, int]:
    """Words in ``element``, and how many of them are link text."""
    words = len(element.text_content().split())
    linked = sum(len(anchor.text_content().split()) for anchor in element.iter("a"))
    return words, linked


def _prose_paragraphs(element: HtmlElement) -> int:
    """How many ``<p>`` in the element read as prose: 15 words or more."""
    return sum(1 for p in element.iter("p") if len(p.text_content().split()) >= _PROSE_WORDS)


_PROSE_WORDS = 15


def _candidates(root: HtmlElement) -> Iterator[HtmlElement]:
    for element in root.xpath(_CANDIDATES):
        if isinstance(element.tag, str):
            yield element


# Elements whose text a reader sees apart from the text around them, though the markup may put
# no space between them: list items, links and buttons of a menu ("HomeNewsSport" reads "Home
# News Sport").
_APART = frozenset({
    "address", "article", "aside", "blockquote", "br", "button", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "label", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "td",
    "th", "tr", "ul", "a",
})


def spaced_text(element: HtmlElement) -> str:
    """The element's text as a reader sees it: the pieces of separate blocks, links and buttons
    apart, every run of spaces one space (``text_content()`` runs them together)."""
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        tag = node.tag
        if event in ("comment", "pi"):
            parts.append(node.tail or "")
            continue
        if event == "start":
            if isinstance(tag, str):
                if tag in _APART:
                    parts.append(" ")
                parts.append(node.text or "")
            continue
        if isinstance(tag, str) and tag in _APART:
            parts.append(" ")
        if node is not element:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def _path(element: HtmlElement) -> str:
    """A short CSS-like path: the element and its two nearest ancestors."""
    steps = []
    for node in (element, *list(element.iterancestors())[:2]):
        step = node.tag if isinstance(node.tag, str) else "?"
        classes = (node.get("class") or "").split()
        if node.get("id"):
            step += f"#{node.get('id')}"
        elif classes:
            step += "." + ".".join(classes[:2])
        steps.append(step)
    return " < ".join(steps)

