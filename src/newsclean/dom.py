"""DOM rules: boilerplate recognised by its markup, removed before extraction.

Extractors keep what sits inside the article container: captions, paywall
boxes, newsletter forms, "related" modules, share bars. Their markup says
what they are, through element names (``figcaption``), class and id words
(``newsletter-signup``), ARIA roles and labels, and schema.org properties.

Class and id values are split into lowercase word parts, so that
``Newsletter-stateNotSent`` reads as *newsletter, state, not, sent* and the
word "ad" matches ``ad-slot`` but not ``header`` or ``shadow``. A rule names
the parts (or pairs of parts within one class name) that mark its boilerplate.

Markup lies, so markup alone never removes the article (see :func:`prune`):
every DOM rule has a word limit, and before an element goes, what it holds
is measured against the page's prose. An element that holds the article's
core, or evidence that covers a substantial share of the page's prose, is a
property of the article, not a box in it; an inline element inside a
sentence keeps its visible text; a figure that holds a table, a quotation or
a heading keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import TYPE_CHECKING, ClassVar, cast

import ahocorasick_rs
from lxml import etree

from .rules import Category, Rule

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "DomRemoval", "DomRule", "Marks", "Pruning", "document_elements", "link_share", "marks_of_names",
    "prose_blocks", "prune", "story_figures",
]

# Word parts: split at anything not a letter or digit, and at lower-to-upper case changes,
# except in generated hashes ("JC0xZGyVcoq"), which are one opaque part: split, they spell
# accidental words ("dfp", "ad").
_SEGMENT_BOUNDARY = re.compile(r"[^a-zA-Z0-9]+")
_CASE_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HASH = re.compile(r"[a-zA-Z]\d+[a-zA-Z]")
_HASH_LENGTH = 8


@lru_cache(maxsize=16384)
def word_parts(value: str) -> frozenset[str]:
    """``"Newsletter-stateNotSent"`` -> ``{"newsletter", "state", "not", "sent"}``."""
    parts: set[str] = set()
    for segment in _SEGMENT_BOUNDARY.split(value):
        if segment.islower() or segment.isdigit():  # most names: nothing more to split
            parts.add(segment)
        elif len(segment) >= _HASH_LENGTH and _HASH.search(segment):
            parts.add(segment.lower())
        elif segment:
            parts.update(part.lower() for part in _CASE_BOUNDARY.split(segment) if part)
    return frozenset(parts)


# A name that opens with one of these states a property of the element ("has-comments",
# "no-ads"), not what it is.
_PROPERTY_NAME = re.compile(r"[^a-zA-Z0-9]*(?i:has|with|without|no)(?![a-z])")


@lru_cache(maxsize=16384)
def _names(value: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """All the word parts of a class/id value, and the parts of each of its names."""
    names = tuple(word_parts(name) for name in value.split() if not _PROPERTY_NAME.match(name))
    return frozenset().union(*names), names


@dataclass(frozen=True, slots=True)
class Marks:
    """What an element says about itself."""

    tag: str
    parts: frozenset[str]  # class and id word parts
    role: str
    label: frozenset[str]  # aria-label word parts
    schema: frozenset[str]  # itemprop values and itemtype names, whole and lowercased
    names: tuple[frozenset[str], ...] = ()  # the word parts of each class name and of the id

    def has_pair(self, first: str, second: str) -> bool:
        """Both words in one name (``comment-section``), not in two (``section-film tone-comment``)."""
        if first not in self.parts or second not in self.parts:  # the usual answer, found fast
            return False
        return any(first in name and second in name for name in self.names)


def marks_of(element: HtmlElement) -> Marks:
    return _marks(*_attributes(element))


def marks_of_names(names: str) -> Marks:
    """The marks of names alone (space-separated, read as class names are), on no element: what a
    link's tracking label says, read with a rule's class words."""
    return _marks("", names, "", "", "", "")


def _attributes(element: HtmlElement) -> tuple[str, str, str, str, str, str]:
    """What marks are read from: the tag, the names (class, id, data-component, data-testid), role,
    aria-label, itemprop and itemtype. An id that spells the element's own text is a heading's anchor.
    (React front ends with generated class names, ``css-1k2j3h``, name their components for their
    tests: ``data-testid="newsletter-signup"``.)"""
    get = element.get
    identifier = get("id") or ""
    if identifier and _spells_own_text(element, identifier):
        identifier = ""
    tag = element.tag if isinstance(element.tag, str) else ""
    names = f"{get('class') or ''} {identifier} {get('data-component') or ''} {get('data-testid') or ''}"
    label, itemprop, itemtype = get("aria-label") or "", get("itemprop") or "", get("itemtype") or ""
    return tag, names, get("role") or "", label, itemprop, itemtype


@lru_cache(maxsize=16384)
def _marks(tag: str, names: str, role: str, label: str, itemprop: str, itemtype: str) -> Marks:
    parts, split = _names(names)
    return Marks(
        tag=tag,
        parts=parts,
        role=role.strip().lower(),
        label=word_parts(label),
        schema=frozenset(f"{itemprop} {itemtype.rsplit('/', 1)[-1]}".lower().split()),
        names=split,
    )


# An id of this many words that the element's own text spells is an anchor ("what-share-of-…"),
# not a name.
_SLUG_PARTS = 4


def _spells_own_text(element: HtmlElement, identifier: str) -> bool:
    parts = _slug_words(identifier)
    if not parts:
        return False
    words = set(_WORD.findall(element.text_content().lower()))
    return sum(part in words for part in parts) * 4 >= len(parts) * 3


@lru_cache(maxsize=4096)
def _slug_words(identifier: str) -> tuple[str, ...]:
    """The words of an id long enough to be a slug of a heading, else nothing."""
    parts = tuple(part for part in _SEGMENT_BOUNDARY.split(identifier.lower()) if part.isalpha())
    return parts if len(parts) >= _SLUG_PARTS else ()


@dataclass(frozen=True, kw_only=True, repr=False)
class DomRule(Rule):
    """A rule that removes HTML elements before extraction.

    An element matches when its tag is in ``tags``, or its class/id word parts
    include one of ``parts``, or one class name (or the id) holds both words
    of one of ``pairs``, or its ARIA ``role`` is in ``roles``, or its
    ``aria-label`` words include one of ``labels``, or its schema.org words
    include one of ``schema``, and no part is in ``unless_parts``. Examples
    are HTML snippets.

    Attributes:
        max_words: Elements with more words than this are never removed.
        max_prose: Elements holding more paragraphs of prose than this (text
            blocks of 15 words or more, mostly not link text, with a sentence)
            are never removed: they are, or hold, the body.
        max_words_after, max_prose_after: Larger limits (if larger) for an element
            that comes after the article's core, outside it: a notice under the
            article (legal disclosures, a consent text) may run longer than a box
            inside it, and what follows the article is not the article.
        links_out: The rule's boxes point the reader to other pages (recirculation modules):
            an element that holds prose and points nowhere (no link, control or click target in
            it, no link around it) is the article's, whatever its class.
        checked: The page guard extracts the page without this rule's removals too
            and keeps that extraction if the pruned one lacks text they did not hold
            (:mod:`newsclean.guard`): for markup that names a kind of box the article's
            own containers are rarely named, whose removal can still move the extractor.
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
    max_words_after: int = 0
    max_prose_after: int = 0
    links_out: bool = False
    checked: bool = False
    languages: tuple[str, ...] = ("any",)
    #: The tags a rule that looks deeper than markup inspects (``None``: every element's).
    looks_at: ClassVar[frozenset[str] | None] = None
    #: An attribute such a rule needs an element to carry to inspect it (``None``: none).
    requires: ClassVar[str | None] = None
    #: Whether such a rule's :meth:`recognise` reads its ``marks``; one that does not is given
    #: blank marks, which spares reading the markup of the many elements no markup rule names.
    reads_marks: ClassVar[bool] = True

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        """Why ``element`` is this rule's boilerplate, or ``None``. Subclasses may look deeper."""
        return self.recognise_markup(marks)

    def companions(self, element: HtmlElement) -> Sequence[tuple[HtmlElement, str]]:
        """What goes with ``element`` when this rule removes it, each with a note: the heading
        of a box, which names the box and nothing else. Most rules remove the element alone."""
        return ()

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
            if marks.has_pair(first, second):
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


@dataclass(frozen=True)
class DomRemoval:
    """An element a DOM rule removed: the rule, the evidence, and where it was."""

    rule: DomRule
    evidence: str
    element: HtmlElement = field(repr=False, compare=False)
    path: str
    line: int | None
    prose: int = 0  # words of prose the element held

    @cached_property
    def text(self) -> str:
        """The element's text as a reader sees it, read when asked (by the page guard when it
        looks, and by reports): cleaning most pages never does. What a removed element holds
        does not change: nothing inside it is visited after it goes."""
        return spaced_text(self.element)


@dataclass(slots=True)
class _Cut:
    """An element taken out of the tree, and what puts it back exactly where it was."""

    element: HtmlElement
    parent: HtmlElement
    index: int
    tail: str | None
    previous: HtmlElement | None  # the sibling (or, if None, the parent) that took the tail
    previous_text: str | None  # that sibling's tail, or the parent's text, before it did
    placeholder: HtmlElement | None = None  # the line break that holds a block's tail in its place


def _cut(element: HtmlElement) -> _Cut:
    """Remove ``element`` with its children; its tail text stays where it was.

    An inline element's tail joins the text before it (as ``drop_tree``): the sentence it sat in
    reads on. A block's tail is text of its own, a paragraph after a credits box: a line break
    takes the block's place and holds it, since glued to the block before (a headline's tail) or
    after an empty element the extractor may not read it at all.
    """
    parent = element.getparent()
    assert parent is not None
    previous = element.getprevious()
    tail = element.tail
    if tail and tail.strip() and isinstance(element.tag, str) and element.tag not in _INLINE:
        placeholder = element.makeelement("br", {})
        placeholder.tail = tail
        element.tail = None
        parent.replace(element, placeholder)
        return _Cut(element, parent, parent.index(placeholder), tail, None, None, placeholder)
    cut = _Cut(element, parent, parent.index(element), tail, previous,
               parent.text if previous is None else previous.tail)
    element.drop_tree()
    return cut


def _restore(cut: _Cut) -> None:
    cut.element.tail = cut.tail
    if cut.placeholder is not None:
        cut.parent.replace(cut.placeholder, cut.element)
        return
    if cut.previous is None:
        cut.parent.text = cut.previous_text
    else:
        cut.previous.tail = cut.previous_text
    cut.parent.insert(cut.index, cut.element)


class Pruning:
    """The removals made on one tree, in document order, and how to take them back.

    The page guard (:mod:`newsclean.guard`) puts every removed element back to
    see the whole page, then removes them again, all but those it reverts.
    ``page_prose`` is the page's words of prose, measured when a removed element
    held prose, for the guard to weigh each removal's against; :meth:`prose_left`
    measures the prose the tree holds as it stands.
    """

    def __init__(self, root: HtmlElement | None = None, safety: _BodySafety | None = None) -> None:
        self._elements: list[HtmlElement] = []
        self._removals: list[DomRemoval] = []
        self._cuts: list[_Cut] = []
        self._reverted: frozenset[int] = frozenset()
        self._root = root
        self._safety = safety
        self.page_prose: int | None = None

    def prose_left(self) -> int:
        """The words of prose the tree holds as it stands (after pruning: what the extractor
        has to find), outside overlays as the page's prose is measured."""
        if self._root is None or self._safety is None:
            return 0
        block = self._safety.block
        return sum(block(found) for found, _ in _outside_overlays(self._root, block)[0])

    def article_text(self) -> str:
        """The text of the page's article zone (the smallest element around the prose core that
        holds half the page's prose) as the tree stands; empty on a page without prose."""
        if self._root is None or self._safety is None:
            return ""
        zone = self._safety.zone
        return "" if zone is None else spaced_text(zone)

    def prose_at_most(self) -> int | None:
        """What :meth:`prose_left` cannot exceed, known without measuring the tree again: the
        page's prose before pruning, if body safety measured it; else ``None``."""
        if self._root is None or self._safety is None:
            return 0
        return self._safety.measured_page_words

    def story_figures(self, root: HtmlElement) -> frozenset[HtmlElement]:
        """The figures of the page under ``root`` whose captions tell its story (:func:`story_figures`),
        as body safety measured them if it did."""
        return self._safety.story_figures if self._safety is not None else story_figures(root)

    @property
    def removals(self) -> list[DomRemoval]:
        """The removals in force: all those made, but the reverted ones."""
        return [removal for i, removal in enumerate(self._removals) if i not in self._reverted]

    @property
    def reverted(self) -> list[DomRemoval]:
        return [self._removals[i] for i in sorted(self._reverted)]

    def remove(self, element: HtmlElement, removal: DomRemoval) -> None:
        self._elements.append(element)
        self._removals.append(removal)
        self._cuts.append(_cut(element))

    def undo(self) -> None:
        """Put every removed element back: the tree is as it was before pruning."""
        for cut in reversed(self._cuts):
            _restore(cut)
        self._cuts = []

    def redo(self, reverted: Collection[int] = ()) -> None:
        """After :meth:`undo`, remove again every element but those whose removal (by index
        among all made) is ``reverted``."""
        self._reverted = frozenset(reverted)
        self._cuts = [_cut(element) for i, element in enumerate(self._elements) if i not in self._reverted]

    def all_removals(self) -> list[DomRemoval]:
        """Every removal made, reverted or not, by index."""
        return list(self._removals)


def prune(root: HtmlElement, rules: Sequence[DomRule], host: str | None = None) -> Pruning:
    """Remove, in document order, every element a rule marks and body safety allows.

    An element inside one already removed is not visited. Text after a removed
    element (its tail) stays where it was. Site-pack rules run only on their
    host. An element spared as body is looked into, so a box inside it can
    still go; an inline element inside a sentence loses only its popup part.
    """
    pruning = Pruning()
    rules = [rule for rule in rules if rule.applies_to(host)]
    if not rules:
        return pruning
    marker = _Marker(root, rules)
    safety = _BodySafety(root, marker)
    pruning = Pruning(root, safety)
    gone: set[HtmlElement] = set()  # removed elements and everything in them
    for element in marker.candidates:
        if element in gone:
            continue
        found = marker.hits(element)
        decided = _removal(element, found, safety) if found else None
        if decided is None:
            continue
        rule, evidence = decided
        # A popup goes whole, and so does a credit after its caption's last sentence.
        inline = (popup_evidence(element) is None and _in_sentence(element)
                  and not (rule.category is Category.CREDIT and _trails_sentence(element)))
        companions = () if inline else rule.companions(element)  # read before the cut moves them
        for part in _popup_parts(element) if inline else [element]:
            note = "" if part is element else "; its popup part, the sentence keeps the rest"
            prose = safety.prose_words(part)
            if prose:  # measured before the first cut that takes prose (other cuts take none)
                pruning.page_prose = safety.page_words
                prose = safety.page_prose_words(part)
            gone.update(part.iter())
            pruning.remove(part, DomRemoval(rule, evidence + note, part, _path(part), part.sourceline, prose))
        for companion, note in companions:  # a heading's few words: never prose
            if companion in gone or companion.getparent() is None or safety.prose_words(companion):
                continue
            gone.update(companion.iter())
            pruning.remove(companion, DomRemoval(rule, f"{evidence}; {note}", companion, _path(companion),
                                                 companion.sourceline))
    return pruning


def _removal(element: HtmlElement, found: Sequence[Match], safety: _BodySafety) -> Match | None:
    """The first rule (with its evidence) whose limits and body safety let it remove ``element``."""
    text = element.text_content()
    words = count_words(text)  # pieces glued by markup count as one word, as before body safety
    if not words and element.tag == "figure":
        return None  # an illustration: nothing to gain for the text, and the extractor reads it
    for rule, evidence in found:
        if not _within_limits(element, words, rule, safety):
            continue
        if safety.spares(element, text, rule, evidence):
            return None
        return rule, evidence
    return None


def _within_limits(element: HtmlElement, words: int, rule: DomRule, safety: _BodySafety) -> bool:
    """Whether ``element`` is within ``rule``'s word and prose limits, or within its larger limits
    for what comes after the article."""
    paragraphs = safety.prose(element)[0]
    if words <= rule.max_words and paragraphs <= rule.max_prose:
        return True
    return (words <= rule.max_words_after and paragraphs <= rule.max_prose_after
            and safety.follows_article(element))


Match = tuple[DomRule, str]


class _Marker:
    """Which rules mark which candidate elements, worked out for each element on demand."""

    def __init__(self, root: HtmlElement, rules: Sequence[DomRule]) -> None:
        self.candidates = _candidates(root)
        self._rules = _rule_set(tuple(rules))
        self._found: dict[HtmlElement, tuple[Match, ...]] = {}

    def hits(self, element: HtmlElement) -> tuple[Match, ...]:
        """The rules that recognise ``element``, in rule order, with their evidence."""
        found = self._found.get(element)
        if found is None:
            found = self._found[element] = self._rules.recognise(element)
        return found

    def is_structural(self, rule: DomRule) -> bool:
        return self._rules.is_structural(rule)

    def marked(self, match: Match, within: HtmlElement) -> list[HtmlElement]:
        """Every candidate inside ``within`` that ``match``'s markup rule recognises with its evidence."""
        candidates = self._candidate_set
        found = [e for e in within.iter() if e in candidates]
        known = self._found
        recognise = self._rules.recognise_markup
        return [e for e in found if match in (known[e] if e in known else recognise(e))]

    @cached_property
    def _candidate_set(self) -> frozenset[HtmlElement]:
        return frozenset(self.candidates)


# The (position, evidence) of the markup rules an element's markup satisfies. Cached answers are
# tuples, and the answer for the many elements no rule names is one shared constant: the caches hold
# tens of thousands of answers, and lists (or a fresh empty answer each) are objects every full
# garbage collection of the process walks through.
_Found = tuple[tuple[int, str], ...]
_UNMARKED: tuple[None, _Found] = (None, ())
# What a structural rule that reads no marks is given (see ``DomRule.reads_marks``).
_BLANK_MARKS = Marks(tag="", parts=frozenset(), role="", label=frozenset(), schema=frozenset())


class _RuleSet:
    """DOM rules indexed by the markup words they name. An element names no word of most
    rules, and elements with the same markup get the same answer: markup is read once, and
    only when its raw values could hold a word some rule names."""

    _CACHE_SIZE = 50_000

    def __init__(self, rules: tuple[DomRule, ...]) -> None:
        self._rules = rules
        self._position = {id(rule): i for i, rule in enumerate(rules)}
        self._structural = tuple(i for i, rule in enumerate(rules)
                                 if type(rule).recognise is not DomRule.recognise)
        self._by_word: dict[str, set[int]] = {}
        self._tags: set[str] = set()
        names: set[str] = set()  # the words rules look for in class and id values
        for i, rule in enumerate(rules):
            if i in self._structural:
                continue
            pair_words = {word for pair in rule.pairs for word in pair}
            self._tags |= rule.tags
            names |= rule.parts | pair_words
            for word in rule.tags | rule.parts | pair_words | rule.roles | rule.labels | rule.schema:
                self._by_word.setdefault(word, set()).add(i)
        self._named = _WordFinder(names)
        self._by_markup: dict[tuple[str, ...], tuple[Marks, _Found]] = {}
        # The answer for each element's raw markup (tag and attribute values), where its text
        # cannot change it; and the structural rules that look at each tag.
        self._by_raw: dict[tuple[object, ...], tuple[Marks | None, _Found]] = {}
        self._structural_for: dict[object, tuple[int, ...]] = {}

    def is_structural(self, rule: DomRule) -> bool:
        return self._position[id(rule)] in self._structural

    def recognise_markup(self, element: HtmlElement) -> list[Match]:
        """What the markup rules alone say of ``element``."""
        return [(self._rules[i], evidence) for i, evidence in self._markup(element)[1]]

    def recognise(self, element: HtmlElement) -> tuple[Match, ...]:
        marks, found = self._markup(element)
        tag = element.tag
        structural = self._structural_for.get(tag)
        if structural is None:
            rules = self._rules
            structural = self._structural_for[tag] = tuple(
                i for i in self._structural if rules[i].looks_at is None or tag in rules[i].looks_at  # type: ignore[operator]
            )
        for i in structural:
            rule = self._rules[i]
            if rule.requires is not None and element.get(rule.requires) is None:
                continue
            if marks is None and rule.reads_marks:
                marks = marks_of(element)
            evidence = rule.recognise(element, marks or _BLANK_MARKS)
            if evidence is not None:
                found = tuple(sorted([*found, (i, evidence)]))
        if not found:  # most elements: one shared answer, no new object for each
            return ()
        return tuple((self._rules[i], evidence) for i, evidence in found)

    def _markup(self, element: HtmlElement) -> tuple[Marks | None, _Found]:
        """The element's marks (``None`` if no rule could read them), and the (position,
        evidence) of the markup rules they satisfy. Elements with the same raw markup get the
        same answer, read once, unless an id long enough to be a heading's slug is among it
        (whether it spells the element's own text is read each time)."""
        get = element.get
        identifier = get("id")
        raw = (element.tag, get("class"), identifier, get("data-component"), get("data-testid"), get("role"),
               get("aria-label"), get("itemprop"), get("itemtype"))
        known = self._by_raw.get(raw)
        if known is None:
            known = self._read_markup(element, raw)
            if not identifier or not _slug_words(identifier):
                if len(self._by_raw) >= self._CACHE_SIZE:
                    self._by_raw.clear()
                self._by_raw[raw] = known
        return known

    def _read_markup(
        self, element: HtmlElement, raw: tuple[object, ...]
    ) -> tuple[Marks | None, _Found]:
        tag, classes, identifier, component, test_id, role, label, itemprop, itemtype = raw
        search = self._named.search
        if not (search(classes) or search(identifier) or search(component) or search(test_id)  # type: ignore[arg-type]
                or tag in self._tags or role or label or itemprop or itemtype):
            return _UNMARKED
        attributes = _attributes(element)
        known = self._by_markup.get(attributes)
        if known is None:
            marks = _marks(*attributes)
            named: set[int] = set()
            for word in (*marks.parts, marks.tag, marks.role, *marks.label, *marks.schema):
                named |= self._by_word.get(word, set())
            found = tuple((i, evidence) for i in sorted(named)
                          if (evidence := self._rules[i].recognise_markup(marks)) is not None)
            if len(self._by_markup) >= self._CACHE_SIZE:
                self._by_markup.clear()
            known = self._by_markup[attributes] = marks, found
        return known


class _WordFinder:
    """Whether a class or id value could hold one of ``words`` as a word part (``ad`` in
    ``ad-slot``, ``adSlot`` or ``AdSlot``, not in ``header``). It never misses one, and
    sometimes finds one :func:`word_parts` would not (``ADSLOT``); the full reading settles it.
    One automaton scan finds the candidates, so most elements cost a scan and no Python work."""

    _CACHE_SIZE = 50_000

    def __init__(self, words: Iterable[str]) -> None:
        dfa = ahocorasick_rs.Implementation.DFA
        self._automaton = ahocorasick_rs.AhoCorasick(sorted(words), implementation=dfa)
        self._known: dict[str | None, bool] = {None: False}  # a site's class values repeat

    def search(self, value: str | None) -> bool:
        found = self._known.get(value)
        if found is None:
            found = self._search(value or "")
            if len(self._known) >= self._CACHE_SIZE:
                self._known = {None: False}
            self._known[value] = found
        return found

    def _search(self, value: str) -> bool:
        if not value.isascii():  # lowercasing could move the offsets: read it in full
            return True
        matches = self._automaton.find_matches_as_indexes(value.lower(), overlapping=True)
        return any(_starts_part(value, start) and _ends_part(value, end) for _, start, end in matches)


def _starts_part(value: str, start: int) -> bool:
    """A word part starts here: at the start, after a separator, or at a lower-to-upper change."""
    if start == 0:
        return True
    before = value[start - 1]
    return not before.isalnum() or (value[start].isupper() and (before.islower() or before.isdigit()))


def _ends_part(value: str, end: int) -> bool:
    """A word part can end here: at the end, or before anything but a lowercase letter."""
    return end == len(value) or not value[end].islower()


# The rule sets made, by the identity of their rules: hashing a tuple of rules (frozen dataclasses)
# hashes every field of every rule, their examples included, which cost a quarter of a millisecond a
# page. Each set holds its rules, so their ids stay theirs while it is kept.
_RULE_SETS: dict[tuple[int, ...], _RuleSet] = {}
_RULE_SETS_KEPT = 16


def _rule_set(rules: tuple[DomRule, ...]) -> _RuleSet:
    key = tuple(map(id, rules))
    found = _RULE_SETS.get(key)
    if found is None:
        if len(_RULE_SETS) >= _RULE_SETS_KEPT:
            _RULE_SETS.clear()
        found = _RULE_SETS[key] = _RuleSet(rules)
    return found


# A paragraph of prose: a block of this many words or more, less than half of them link text,
# with a sentence in it.
_PROSE_WORDS = 15
_SENTENCE_END = re.compile(r"\w[.!?…][\"'”’»)]*(?:\s|$)|[。！？]")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
# their text counts a word for every two of their characters, so that a paragraph of Japanese
# weighs what one of English does against the rules' word limits and the prose test. Read as
# spaced text, a whole Japanese article is a few dozen "words", less than a caption's limit.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                       "\u4e00-\u9fff\uf900-\ufaff]+")
_UNSPACED_CHARACTERS = 2


def count_words(text: str) -> int:
    """The words of ``text``: runs between spaces, and in unspaced scripts one word for every
    two characters."""
    words = len(text.split())
    if text.isascii():
        return words
    unspaced = sum(map(len, _UNSPACED.findall(text)))
    return words + unspaced // _UNSPACED_CHARACTERS
# Evidence whose elements hold this many paragraphs of the page's core, and this share of its
# prose, marks the article, not boxes in it.
_ARTICLE_PARAGRAPHS = 3
_ARTICLE_SHARE = 0.25
# Or, on a page whose prose is mostly elsewhere (teasers of other stories in its menus, a long
# comment thread), evidence whose elements hold half the core's prose: the story is short, not
# its markup a box.
_CORE_SHARE = 0.5
# Elements whose text is never prose a reader sees.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "math", "textarea", "select",
                       "option", "button", "head", "title"})


class _BodySafety:
    """What the page's prose says about the elements its markup marks as boilerplate.

    Prose is counted in text blocks: a block element's own text and the text of
    its inline children (a ``<p>``, a ``<div>`` of text, a ``<td>`` of lines
    split by ``<br>``). The whole page is measured only when a marked element
    holds prose at all.
    """

    def __init__(self, root: HtmlElement, marker: _Marker) -> None:
        self._root = root
        self._marker = marker
        self._prose: dict[HtmlElement, int] = {}  # words of each block that reads as prose, else 0
        self._held: dict[HtmlElement, tuple[int, int]] = {}  # prose paragraphs and words in each element
        self._marked: dict[Match, bool] = {}
        self._alike: dict[tuple[HtmlElement, str, Match, bool], bool] = {}  # see _siblings_marked
        self._flow: set[HtmlElement] = set()  # blocks of the story's flow spared (_in_story_flow)

    def block(self, element: HtmlElement) -> int:
        """The words of ``element``'s own text if it is a block that reads as prose, else 0."""
        words = self._prose.get(element)
        if words is None:
            words = self._prose[element] = _prose_block(element)
        return words

    def prose(self, element: HtmlElement) -> tuple[int, int]:
        """The paragraphs of prose in ``element``, and their words (measured once per element)."""
        found = self._held.get(element)
        if found is None:
            counts = [words for words in map(self.block, _blocks(element)) if words]
            found = self._held[element] = len(counts), sum(counts)
        return found

    def prose_words(self, element: HtmlElement) -> int:
        return self.prose(element)[1]

    @property
    def page_words(self) -> int:
        """The words of prose on the whole page."""
        return self._page.words

    @property
    def zone(self) -> HtmlElement | None:
        """Where the article's parts sit: the smallest ancestor of the prose core holding half the
        page's prose (measured on first use)."""
        return self._page.zone

    @property
    def measured_page_words(self) -> int | None:
        """The words of prose on the whole page, if they were measured (``None`` if not)."""
        page: _Prose | None = self.__dict__.get("_page")
        return None if page is None else page.words

    @cached_property
    def _page(self) -> _Prose:
        """Where the page's prose is. Each prose block counts for its parent, and half for its
        grandparent, so that paragraphs wrapped one by one (``div > p``) find their container.
        Blocks in overlays (dialogs, modals, alerts) do not count, unless nothing else does."""
        total = 0
        score: dict[HtmlElement, float] = {}
        within: dict[HtmlElement, int] = {}  # prose words inside each element
        blocks, overlays = self._prose_walk
        for block, ancestors in blocks:
            words = self.block(block)
            total += words
            for depth, ancestor in enumerate(ancestors):
                within[ancestor] = within.get(ancestor, 0) + words
                if depth < 2:
                    score[ancestor] = score.get(ancestor, 0) + words / (1 + depth)
        if not score:
            return _Prose(0, None, frozenset(), None)
        core = max(score, key=score.__getitem__)
        around = [core, *core.iterancestors()]
        # The zone holds half the page's prose, and at least the core's siblings.
        zone = next((e for e in around[1:] if 2 * within.get(e, 0) >= total), around[-1])
        return _Prose(total, core, frozenset(around), zone, overlays)

    @cached_property
    def story_figures(self) -> frozenset[HtmlElement]:
        """The page's figures that hold prose, when they are most of its figures, three or more,
        and together hold half its prose or more: a gallery or photo story told in its captions,
        whose captions are its article. Other pages have none."""
        return story_figures(self._root, self.block, self._prose_walk[0])

    @cached_property
    def _prose_walk(self) -> tuple[list[tuple[HtmlElement, list[HtmlElement]]], frozenset[HtmlElement]]:
        """The page's prose blocks outside overlays, and the overlays (:func:`_outside_overlays`),
        walked once, when first asked, for the page's prose and its story figures alike."""
        return _outside_overlays(self._root, self.block)

    def page_prose_words(self, element: HtmlElement) -> int:
        """The words of prose in ``element`` that count as the page's: none in an overlay."""
        overlays = self._page.overlays
        if overlays and (element in overlays or not overlays.isdisjoint(element.iterancestors())):
            return 0
        return self.prose_words(element)

    def follows_article(self, element: HtmlElement) -> bool:
        """Whether ``element`` comes after the article's core in the page, outside it (neither
        the core, nor inside it, nor around it), and holds less than half the core's prose: a
        notice under the article, not the story's second half in a container of its own."""
        core = self._page.core
        return (core is not None and 2 * self.prose_words(element) < self.prose_words(core)
                and _after(element, core))

    def spares(self, element: HtmlElement, text: str, rule: DomRule, evidence: str) -> bool:
        """Whether ``element`` (whose text is ``text``) must stay although ``rule`` marks it.

        It holds the article's core (the element whose blocks hold the most prose); or the
        elements the same markup evidence marks near the core hold paragraphs of the core and a
        substantial share of the page's prose, or half the core's: a class on every paragraph
        of a metered story, or on every section of it, is a property of the article, and no
        evidence on that page. Then what that evidence marks stays if it holds prose (wherever
        it is), or if it sits near the core among siblings marked alike (a step, a subheading
        set as a paragraph: the story's short blocks carry its class too).
        """
        if element.tag == "figure" and _holds_content(element):
            return True
        if self.story_figures and self._tells_story(element):
            return True
        if (self._flow and any(ancestor in self._flow for ancestor in element.iterancestors())
                and _points_nowhere(element)):
            return True  # a part of a story's block spared below
        if rule.category in _OFFERS and self._in_story_flow(element):
            return True
        if element.tag == "caption" and _titles_table(element, rule, evidence):
            return True
        prose = self.prose_words(element)
        if rule.links_out and _points_nowhere(element) and (prose or self._heads_quiet_prose(element)):
            return True  # a box of the story's (a Q&A, a standfirst) that a platform names "related"
        if not prose and not _SENTENCE_END.search(text):
            return bool(text.strip()) and self._marked_like_article(element, (rule, evidence))
        page = self._page
        if page.core is None:
            return False
        if prose and element in page.core_and_ancestors:
            return True
        if self._marker.is_structural(rule):
            return False
        if not prose and not any(a is page.zone for a in element.iterancestors()):
            return self._marked_like_article(element, (rule, evidence))
        # Prose anywhere that the article's own evidence marks (an introduction above a list of
        # sections, a paragraph set apart by a picture) is the article's too.
        return self._marks_article((rule, evidence), page)

    def _in_story_flow(self, element: HtmlElement) -> bool:
        """Whether ``element`` is a part of the story set among its paragraphs, whatever offer its
        name says: in the core, leading the reader nowhere (an offer's box has its link, button or
        form), a subheading over one of its paragraphs, or a quotation of prose (a quoted appeal, a
        reproduced mail: a ``<blockquote>``, or a block under a paragraph that ends with a colon)
        between two of them. A story about a newsletter's leak titles its sections so. What such a
        block holds is spared too when it leads nowhere either. A heading over a list (a related
        box's) and a notice no sentence introduces (a metered paywall's) are the rules'."""
        page = self._page
        if page.core is None or element.getparent() is not page.core or element.tag == "p":
            return False  # a paragraph the class marks: the story's when it marks the story (_marks_article)
        heading = element.tag in _HEADINGS
        if not heading and not self.prose_words(element):
            return False
        before = self._paragraph_beside(element, preceding=True)
        after = self._paragraph_beside(element, passing=not heading)
        if before is None or after is None or not (self.block(before) or self.block(after)):
            return False
        if not heading and not (_quotes(element) or before.text_content().rstrip().endswith(":")):
            return False
        if not _points_nowhere(element):
            return False
        self._flow.add(element)
        return True

    def _paragraph_beside(
        self, element: HtmlElement, *, preceding: bool = False, passing: bool = True
    ) -> HtmlElement | None:
        """The nearest ``<p>`` sibling before (or after) ``element``, past at most a few siblings that
        hold no prose and are no heading or list (an ad slot; before it, a "read also" link), or
        without ``passing`` past none that holds text; ``None`` if anything else comes first, or a
        paragraph a rule marks."""
        passed = 0
        for sibling in element.itersiblings(preceding=preceding):
            if not isinstance(sibling.tag, str) or sibling.tag in _NOT_TEXT:
                continue
            if sibling.tag == "p":
                return None if self._marker.hits(sibling) else sibling  # a marked one is no story's
            if not passing and not sibling.text_content().strip():
                continue  # an empty slot
            if (not passing or sibling.tag in _HEADINGS or sibling.tag in _LISTS or self.prose_words(sibling)
                    or passed == _PASSED_SIBLINGS or (not preceding and _has_controls(sibling))):
                return None
            passed += 1
        return None

    def _heads_quiet_prose(self, element: HtmlElement) -> bool:
        """Whether ``element`` is a heading, or a ``<summary>``, right over a block of prose that leads
        nowhere: an FAQ's question over its answer."""
        if element.tag not in _HEADINGS and element.tag != "summary":
            return False
        below = next((sibling for sibling in element.itersiblings()
                      if isinstance(sibling.tag, str) and sibling.tag not in _NOT_TEXT), None)
        return below is not None and bool(self.prose_words(below)) and _points_nowhere(below)

    def _tells_story(self, element: HtmlElement) -> bool:
        """Whether ``element`` holds prose of the page's story figures: one of them, a caption in
        one, or a gallery's container of several (a credit in one holds no prose, and goes)."""
        if not self.prose_words(element):
            return False
        story = self.story_figures
        if element in story or not story.isdisjoint(element.iterancestors()):
            return True
        # A gallery's wrapper holds several; a box beside them holding one is a box.
        return sum(1 for figure in element.iter("figure") if figure in story) >= _ARTICLE_PARAGRAPHS

    def _marked_like_article(self, element: HtmlElement, match: Match) -> bool:
        """Whether ``element``, a short block (a subheading, a step, a line of a list) that holds
        no prose, is marked as its siblings are and the same evidence marks the article's
        paragraphs: the class every paragraph of a story carries marks its short ones too. The
        page is measured only for a block with that many siblings marked alike."""
        if element.tag in _INLINE or self._marker.is_structural(match[0]):
            return False
        parent = element.getparent()
        if parent is None:
            return False
        # Among siblings marked alike, or in a block among them or among blocks holding them (a
        # quotation holding two lines of the story; a list or a table row whose items each hold one).
        grandparent = parent.getparent()
        alike = element.tag
        if self._siblings_marked(parent, alike, match):
            run = parent
        elif grandparent is not None and self._siblings_marked(grandparent, alike, match, deep=True):
            run = grandparent
        elif (_quiet(element) and self._siblings_marked(parent, "p", match)
              and _shares_marked_name(element, parent, match)):
            run, alike = parent, "p"  # a subheading or a fact box among the story's marked paragraphs
        else:
            return False
        page = self._page
        if page.core is None:
            return False
        # Near the core, or beside paragraphs of prose the same evidence marks (the story, where a
        # comment thread below it holds more prose and the core).
        hits = self._marker.hits
        beside_prose = any(self.block(child) and match in hits(child)
                           for child in run.iterchildren(alike))
        return ((beside_prose or any(a is page.zone for a in element.iterancestors()))
                and self._marks_article(match, page))

    def _siblings_marked(self, parent: HtmlElement, tag: str, match: Match, *, deep: bool = False) -> bool:
        """Whether ``match`` marks as many of ``parent``'s ``tag`` children (and, if ``deep``, of
        its grandchildren) as an article has paragraphs."""
        key = (parent, tag, match, deep)
        found = self._alike.get(key)
        if found is None:
            hits = self._marker.hits
            run = _children_and_grandchildren(parent, tag) if deep else parent.iterchildren(tag)
            found = self._alike[key] = sum(1 for child in run if match in hits(child)) >= _ARTICLE_PARAGRAPHS
        return found

    def _marks_article(self, match: Match, page: _Prose) -> bool:
        """Whether the elements ``match`` marks near the core hold the article, not boxes in it."""
        found = self._marked.get(match)
        if found is None:
            marked = self._marker.marked(match, page.zone)
            members = set(marked)
            outermost = [e for e in marked if not any(a in members for a in e.iterancestors())]
            blocks = [b for e in outermost for b in _blocks(e) if self.block(b)]
            in_core = [b for b in blocks if _near(b, page.core)]
            of_page = (len(blocks) >= _ARTICLE_PARAGRAPHS
                       and sum(map(self.block, blocks)) >= _ARTICLE_SHARE * page.words)
            # The core's blocks the evidence marks, prose or not: a short story of two paragraphs
            # among its subheadings and one-line sentences carries its class on all of them.
            marked_blocks = sum(1 for e in outermost if _near(e, page.core) and _has_text(e))
            of_core = (marked_blocks >= _ARTICLE_PARAGRAPHS
                       and sum(map(self.block, in_core)) >= _CORE_SHARE * self.prose_words(page.core))
            found = self._marked[match] = bool(in_core) and (of_page or of_core)
        return found


def _titles_table(caption: HtmlElement, rule: DomRule, evidence: str) -> bool:
    """Whether a caption rule marks a data table's own ``<caption>`` only for being a caption: its
    title. One whose name says it is a credit or a photo's ("photo-credit") is one, and a layout
    table's caption under a photo is a photo's."""
    return (rule.category is Category.CREDIT and set(_EVIDENCE_WORDS.findall(evidence)) <= _CAPTION_WORDS
            and _holds_data(caption.getparent()))


_CAPTION_WORDS = frozenset({"caption", "captions"})


def _holds_data(table: HtmlElement | None) -> bool:
    """Whether ``table`` has two rows of two cells or more: data, not a photo and its caption."""
    if table is None:
        return False
    rows = (row for row in table.iter("tr") if sum(1 for cell in row if cell.tag in ("td", "th")) >= 2)
    return next(rows, None) is not None and next(rows, None) is not None


def _shares_marked_name(element: HtmlElement, parent: HtmlElement, match: Match) -> bool:
    """Whether ``element`` carries, whole, a class name of its marked paragraph siblings that holds
    ``match``'s evidence words: the story's ``paywall`` on a subheading, not a ``paywall-offer``."""
    words = _EVIDENCE_WORDS.findall(match[1])
    evident = {name for name in (element.get("class") or "").split()
               if all(word in word_parts(name) for word in words)}
    if not evident:
        return False
    # Every name of the element's that holds the evidence is the paragraphs': a second one of its
    # own ("paywall paywall-box") names a box of its own.
    return any(evident <= set((sibling.get("class") or "").split()) for sibling in parent.iterchildren("p"))


_EVIDENCE_WORDS = re.compile(r'"([^"]+)"')


def _quotes(element: HtmlElement) -> bool:
    """Whether ``element`` is, or holds, a quotation (``<blockquote>``)."""
    return element.tag == "blockquote" or next(element.iter("blockquote"), None) is not None


def _points_nowhere(element: HtmlElement) -> bool:
    """Whether ``element`` leads the reader nowhere: no link, button, form or field in it, none
    around it, and no click target a script reads (``onclick``, ``data-href``, a link's or a
    button's role, ``tabindex="0"``)."""
    if _has_controls(element) or next(element.iterancestors("a"), None) is not None:
        return False
    return not any(e.get("onclick") is not None or e.get("data-href") is not None
                   or e.get("role") in _CONTROL_ROLES or e.get("tabindex") == "0" for e in element.iter())


_CONTROL_ROLES = frozenset({"link", "button", "checkbox", "switch", "menuitem", "tab"})


def _quiet(element: HtmlElement) -> bool:
    """A heading or a block that offers the reader nothing to do (no link, button, form or field;
    a block, no name of an offer either: a vendor adds an offer's button by script): the story's
    subheading or fact box, not an offer set among its paragraphs."""
    if _has_controls(element):
        return False
    if element.tag in _HEADINGS:
        return True
    return not _names(f"{element.get('class') or ''} {element.get('id') or ''}")[0] & _OFFER_PARTS


def _has_controls(element: HtmlElement) -> bool:
    """Whether ``element`` (or what it holds) is a link, a button, a form or a field."""
    return any(True for _ in element.iter("a", "button", "form", "input", "select", "iframe"))


# Words of a box's name that say it asks the reader to act: an offer, whatever else it holds.
_OFFER_PARTS = frozenset({"offer", "offers", "prompt", "cta", "upsell", "checkout", "pricing", "plans",
                          "subscribe", "subscription", "signup", "register", "login", "donate", "promo"})


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SUBHEADINGS = _HEADINGS - {"h1"}
_LISTS = frozenset({"ul", "ol", "dl", "nav", "menu"})
# Siblings without prose passed between a story's block and its paragraphs: an ad slot, a link.
_PASSED_SIBLINGS = 2
# The categories whose boxes ask the reader to act: one that offers nothing to do, set among the
# story's paragraphs, is the story's.
_OFFERS = frozenset({Category.PAYWALL, Category.DONATION, Category.NEWSLETTER, Category.RELATED,
                     Category.COOKIE})


def _children_and_grandchildren(parent: HtmlElement, tag: str) -> Iterator[HtmlElement]:
    """``parent``'s ``tag`` children, and those of its list items and table cells."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _ITEMS:
            yield from child.iterchildren(tag)


# The items of a list or a row, each holding a line of the story.
_ITEMS = frozenset({"li", "dd", "dt", "td", "th"})


def _has_text(element: HtmlElement) -> bool:
    return any(text.strip() for text in element.itertext())


def _near(block: HtmlElement, core: HtmlElement | None) -> bool:
    """Whether ``block`` is one of the core's paragraphs: its child, or its grandchild."""
    parent = block.getparent()
    return parent is not None and (parent is core or parent.getparent() is core)


def _after(element: HtmlElement, anchor: HtmlElement) -> bool:
    """Whether ``element`` starts after the end of ``anchor`` in document order: under their
    nearest common ancestor, ``element``'s branch is a later child than ``anchor``'s."""
    branch_of = {anchor: anchor}  # each of anchor's ancestors, and its child towards anchor
    child = anchor
    for ancestor in anchor.iterancestors():
        branch_of[ancestor] = child
        child = ancestor
    if element in branch_of:  # the anchor itself, or around it
        return False
    child = element
    for ancestor in element.iterancestors():
        if ancestor is anchor:
            return False  # inside it
        branch = branch_of.get(ancestor)
        if branch is not None:
            return bool(ancestor.index(child) > ancestor.index(branch))
        child = ancestor
    return False


@dataclass(frozen=True, slots=True)
class _Prose:
    """A page's prose: its words; the core, the element whose blocks hold the most of it; the
    core with its ancestors; and the zone, the smallest of its ancestors holding half the
    prose, where the article's parts sit."""

    words: int
    core: HtmlElement | None
    core_and_ancestors: frozenset[HtmlElement]
    zone: HtmlElement | None
    overlays: frozenset[HtmlElement] = frozenset()  # whose prose is not the page's


# Overlays: what a script shows over the page, a dialog, a modal, an alert (a login form's
# messages, a cookie notice). Their prose is not the page's: on a video page whose login dialog
# holds a dozen sentences of form messages, the video's description is the article.
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog", "alert"})
_OVERLAY_PARTS = frozenset({"dialog", "modal"})
# Containers of the whole page, never an overlay whatever their class says ("modal-open").
_PAGE_CONTAINERS = frozenset({"html", "body", "main"})


def _is_overlay(element: HtmlElement) -> bool:
    tag = element.tag
    if tag == "dialog":
        return True
    if tag in _PAGE_CONTAINERS:
        return False
    get = element.get
    classes = get("class") or ""
    return bool(
        (get("role") or "").strip().lower() in _OVERLAY_ROLES
        or get("aria-modal") == "true"
        or (("odal" in classes or "ialog" in classes) and _names(classes)[0] & _OVERLAY_PARTS)
    )


def _outside_overlays(
    root: HtmlElement, block: Callable[[HtmlElement], int]
) -> tuple[list[tuple[HtmlElement, list[HtmlElement]]], frozenset[HtmlElement]]:
    """The page's prose blocks (with their ancestors) outside overlays, and the overlays that
    hold prose; all the blocks and no overlay if the overlays hold most of the prose and little is
    left outside (an article a site shows in a modal is still the article, beside a disclosure or
    a footer's line outside it).
    Each element on the way up is looked at once, and a block's walk up stops at the first
    element an earlier walk passed (whether it is in an overlay is known)."""
    verdict: dict[HtmlElement, bool] = {}  # whether the element is an overlay
    held_by: dict[HtmlElement, bool] = {}  # whether the element or one of its ancestors is
    found: list[tuple[HtmlElement, list[HtmlElement]]] = []
    outside: list[tuple[HtmlElement, list[HtmlElement]]] = []
    for element in _text_blocks(root):
        if not block(element):
            continue
        ancestors = list(element.iterancestors())
        found.append((element, ancestors))
        held = held_by.get(element)
        fresh = [element]
        if held is None:
            for node in ancestors:
                held = held_by.get(node)
                if held is not None:
                    break
                fresh.append(node)
            held = bool(held)
            for node in reversed(fresh):
                overlay = verdict[node] = _is_overlay(node)
                held = held_by[node] = held or overlay
        if not held:
            outside.append((element, ancestors))
    if not outside or len(outside) == len(found) or (
        (rest := _words(outside, block)) < _FEW_WORDS and 2 * rest < _words(found, block, forms=False)
    ):
        return found, frozenset()  # the overlays hold most of the page's prose: they hold the article
    return outside, frozenset(node for node, overlay in verdict.items() if overlay)


# Outside overlays, fewer words of prose than a paragraph or two: a disclosure, a footer's line.
_FEW_WORDS = 50


def _words(blocks: list[tuple[HtmlElement, list[HtmlElement]]], block: Callable[[HtmlElement], int],
           *, forms: bool = True) -> int:
    """The words of prose of ``blocks``; without ``forms``, not those a form holds (a login
    dialog's messages, which are no article however long)."""
    return sum(block(element) for element, ancestors in blocks
               if forms or not any(ancestor.tag == "form" for ancestor in ancestors))


# What a figure holds that is the article's, not an image's furniture.
_FIGURE_CONTENT = "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "dl"


def story_figures(
    root: HtmlElement,
    block: Callable[[HtmlElement], int] | None = None,
    walked: list[tuple[HtmlElement, list[HtmlElement]]] | None = None,
) -> frozenset[HtmlElement]:
    """The figures of the page under ``root`` that hold prose, when they are most of its figures,
    :data:`_ARTICLE_PARAGRAPHS` or more, and together hold half the page's prose or more (outside
    overlays): a gallery told in its captions. ``block`` measures a block's prose
    (:func:`_prose_block`); ``walked``, the page's prose blocks outside overlays if they are
    known (:func:`_outside_overlays`). A teaser card (a figure inside a link) or a box's picture beside a form
    tells no story, and a gallery under a heading of its own beside an article is the article's
    embed: neither counts."""
    figures = sum(1 for _ in root.iter("figure"))
    if figures < _ARTICLE_PARAGRAPHS:
        return frozenset()  # an article's few photos
    block = block or _prose_block
    total = 0
    held: dict[HtmlElement, int] = {}
    outside: list[list[HtmlElement]] = []  # the ancestors of each block in no figure
    forms: dict[HtmlElement, bool] = {}  # whether a figure's parent holds a form
    for found, ancestors in walked if walked is not None else _outside_overlays(root, block)[0]:
        words = block(found)
        total += words
        figure = found if found.tag == "figure" else next((a for a in ancestors if a.tag == "figure"), None)
        if figure is None:
            outside.append(ancestors)
        elif _tells_nothing(figure, forms):
            continue
        else:
            held[figure] = held.get(figure, 0) + words
    # Most figures hold prose, each slide's part of the story: an article's embedded gallery of
    # the week's pictures has as many captions of a line or two, and a page's teasers none.
    if len(held) < _ARTICLE_PARAGRAPHS or 2 * len(held) < figures or 2 * sum(held.values()) < total:
        return frozenset()
    wrapper = _common_ancestor(list(held))
    if wrapper is not None and _titled_before(wrapper, held) and not any(wrapper in up for up in outside):
        return frozenset()  # "Pictures of the week" and its figures, beside the article
    return frozenset(held)


def _tells_nothing(figure: HtmlElement, forms: dict[HtmlElement, bool]) -> bool:
    """Not a slide of a story: a teaser card (a figure inside a link, or whose picture links to
    another page), the picture of a box that holds a form, or a figure of content of its own (an
    embedded post's quotation, a table: body safety keeps those anyway). ``forms`` caches, per
    parent, whether it holds a form (a gallery of a thousand figures in one parent is read once)."""
    if next(figure.iterancestors("a"), None) is not None or _holds_content(figure):
        return True
    for link in figure.iter("a"):
        href = (link.get("href") or "").split("?")[0].lower()
        if next(link.iter("img", "picture"), None) is not None and not (
            href.startswith("#") or href.endswith(_IMAGE_FILES)
        ):
            return True
    parent = figure.getparent()
    if parent is None:
        return False
    if parent not in forms:
        forms[parent] = next(parent.iter("form", "input", "select", "textarea"), None) is not None
    return forms[parent]


_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif")


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    """The nearest element that holds all of ``elements``."""
    others = [set(element.iterancestors()) for element in elements[1:]]
    return next((a for a in elements[0].iterancestors() if all(a in seen for seen in others)), None)


def _titled_before(wrapper: HtmlElement, figures: Collection[HtmlElement]) -> bool:
    """Whether a heading (not the page's ``<h1>``) opens ``wrapper`` before the first of ``figures``."""
    for element in wrapper.iter():
        if element in figures:
            return False
        if element.tag in _SUBHEADINGS:
            return True
    return False


def prose_blocks(element: HtmlElement) -> list[HtmlElement]:
    """The blocks in ``element`` (itself included) that read as prose."""
    return [block for block in _blocks(element) if _prose_block(block)]


def _holds_content(figure: HtmlElement) -> bool:
    return any(True for _ in figure.iter(*_FIGURE_CONTENT))


def _blocks(element: HtmlElement) -> Iterator[HtmlElement]:
    """The element and its descendants that hold text of their own as blocks: not inline, not code."""
    for node in element.iter():
        tag = node.tag
        if isinstance(tag, str) and tag not in _INLINE and tag not in _NOT_TEXT:
            yield node


# A run of text a paragraph of prose always has somewhere (in its own text or an inline child's).
_LONG_TEXT = etree.XPath("//body/descendant::text()[string-length(normalize-space()) >= 25]")


def _text_blocks(root: HtmlElement) -> list[HtmlElement]:
    """The page's blocks that own a long run of text: the only ones that can read as prose,
    found through the text nodes (in C) rather than by visiting every element."""
    found: dict[HtmlElement, None] = {}
    for text in cast("list[etree._ElementUnicodeResult]", _LONG_TEXT(root)):
        owner: HtmlElement | None = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        while owner is not None and owner.tag in _INLINE:
            owner = owner.getparent()
        if owner is not None and isinstance(owner.tag, str) and owner.tag not in _NOT_TEXT:
            found[owner] = None
    return list(found)


def _prose_block(block: HtmlElement) -> int:
    """The words of the block's own text (its text, its inline children's, the tails) if prose, else 0."""
    pieces = [block.text or ""]
    inline = []
    for child in block:
        if isinstance(child.tag, str) and child.tag in _INLINE:
            pieces.append(child.text_content())
            inline.append(child)
        pieces.append(child.tail or "")
    text = " ".join(pieces)
    words = count_words(text)
    if words < _PROSE_WORDS or not _SENTENCE_END.search(text):
        return 0
    linked = sum(count_words(a.text_content()) for child in inline for a in child.iter("a"))  # prose only
    if 2 * linked >= words:
        return 0
    return words


_INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
})
# Words around an inline element, in its block, that make the block a sentence rather than a label.
_SENTENCE_WORDS = 4
_WORD = re.compile(r"\w+")


def reads_inline(tag: object) -> bool:
    """Whether an element of this tag sits in a line of text: an inline element, or a custom one
    (a web component, whose name holds a hyphen: ``<glossary-term>``, ``<x-hovercard>``), which
    browsers lay out inline unless a style says otherwise."""
    return isinstance(tag, str) and (tag in _INLINE or "-" in tag)


def _in_sentence(element: HtmlElement) -> bool:
    """An inline element with words of a sentence around it, on the same line of its block."""
    if not reads_inline(element.tag):
        return False
    words = 0
    node: HtmlElement | None = element
    while node is not None and reads_inline(node.tag) and words < _SENTENCE_WORDS:
        words += _words_on_line(node, _SENTENCE_WORDS - words)
        node = node.getparent()
    return words >= _SENTENCE_WORDS


def _trails_sentence(element: HtmlElement) -> bool:
    """Whether inline ``element`` closes its block after the block's last sentence has ended: for a
    credit, one glued to a caption ("… on Thursday. <span class=credit>© Jane Doe</span>"), not a
    word of a sentence. (A quotation's ``<cite>`` or a name after "Prof." stays the sentence's:
    only credit rules ask.)"""
    parent = element.getparent()
    if parent is None or reads_inline(parent.tag) or (element.tail or "").strip():
        return False
    after = list(islice(element.itersiblings(), _TRAILING_SIBLINGS + 1))
    if len(after) > _TRAILING_SIBLINGS or any(
        sibling.text_content().strip() or (sibling.tail or "").strip() for sibling in after
    ):
        return False  # words after it; or a run of elements, each of them measured as this one
    before = ""  # the text before it, back to the last word, a sentence's end or not
    for sibling in element.itersiblings(preceding=True):
        before = f"{sibling.text_content()}{sibling.tail or ''}{before}"
        if before.strip():
            break
    else:
        before = f"{parent.text or ''}{before}"
    return _ENDS_SENTENCE.search(before.rstrip()[-12:]) is not None


_TRAILING_SIBLINGS = 8  # empty elements after a credit (an icon, a line break), at most
# French sets a space before "?", "!" and "»"; a closing quotation mark may follow the stop.
_ENDS_SENTENCE = re.compile(r"(?:\w\s?[.!?…](?:\s?[\"'”’»)])*|[。！？])\Z")


def _words_on_line(node: HtmlElement, enough: int) -> int:
    """Words beside ``node`` among its siblings, up to the nearest block or line break either side,
    counted until there are ``enough`` (a paragraph of thousands of inline elements is walked once
    per element only that far). A sibling with the same class is one more of its kind, not the
    sentence around it: a row of tooltips side by side is no sentence."""
    kind = node.get("class")
    words = _count(node.tail)
    for sibling in islice(node.itersiblings(), _LINE_SIBLINGS):
        if words >= enough:
            return words
        if not reads_inline(sibling.tag):
            break
        if not kind or sibling.get("class") != kind:
            words += _count(sibling.text_content())
        words += _count(sibling.tail)
    for looked, sibling in enumerate(node.itersiblings(preceding=True)):
        if words >= enough:
            return words
        if looked == _LINE_SIBLINGS:
            break  # the line runs on: its opening words count, as they would have at its start
        words += _count(sibling.tail)
        if not reads_inline(sibling.tag):
            return words
        if not kind or sibling.get("class") != kind:
            words += _count(sibling.text_content())
    parent = node.getparent()
    return words + (_count(parent.text) if parent is not None else 0)


# Inline siblings looked at either side of an element for the words of its line: a sentence
# around a name is within a few; a row of thousands of tooltips of one class is no sentence.
_LINE_SIBLINGS = 64


def _count(text: str | None) -> int:
    return len(_WORD.findall(text)) if text else 0


def popup_evidence(element: HtmlElement) -> str | None:
    """Why ``element`` is itself what shows on hover, not a trigger (``None``: it is none): its role
    is ``tooltip``, and it is hidden until then, or it opens with no text of its own and a trigger
    names it (``aria-describedby``). Inside a sentence it goes whole, and the trigger keeps the
    name; a wrapper holding the word and its popup, or a word that carries the role itself, is a
    trigger."""
    if (element.get("role") or "").strip().lower() != "tooltip":
        return None
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return "hidden"
    identifier = element.get("id")
    if (element.text or "").strip() or not identifier:
        return None
    # The trigger is the element right before it, or the wrapper holding both: looked for there
    # only, so that a page of a thousand tooltips costs a thousand looks.
    before = element.getprevious()
    triggers = [element.getparent(), *(before.iter() if before is not None else ())]
    named = any(trigger is not None and identifier in (trigger.get("aria-describedby") or "").split()
                for trigger in triggers)
    return "described by its trigger" if named else None


def _popup_parts(element: HtmlElement) -> list[HtmlElement]:
    """What a hover card or tooltip shows on hover: the children after its visible lead.

    The lead is the element's own text or, if it has none, its first child with text;
    a ``rollover`` span holding a link to a name, then a card about that person, keeps
    the name.
    """
    children = [child for child in element if isinstance(child.tag, str)]
    if not (element.text or "").strip():
        lead = next((i for i, child in enumerate(children) if child.text_content().strip()), len(children))
        children = children[lead + 1 :]
    return [child for child in children if child.text_content().strip()]


# Elements worth a look: carrying the attributes rules read, or of the kinds structural rules
# inspect (figures, lists, paragraphs with links, forms).
_CANDIDATE_ATTRIBUTES = frozenset(
    ("class", "id", "role", "aria-label", "itemprop", "itemtype", "data-component", "data-testid")
)
_CANDIDATE_TAGS = frozenset(("figcaption", "figure", "ul", "ol", "form"))
_CANDIDATES = etree.XPath(
    "//body/descendant::*["
    + " or ".join((*(f"@{name}" for name in sorted(_CANDIDATE_ATTRIBUTES)),
                   *(f"self::{tag}" for tag in sorted(_CANDIDATE_TAGS)), "self::p[descendant::a]"))
    + "]"
)


def link_share(element: HtmlElement) -> tuple[int, int]:
    """Words in ``element``, and how many of them are link text."""
    words = len(element.text_content().split())
    linked = sum(len(anchor.text_content().split()) for anchor in element.iter("a"))
    return words, linked




def document_elements(element: HtmlElement) -> list[HtmlElement]:
    """The top-level elements of ``element``'s document, in document order, where an XPath's
    ``//`` starts: one ``<html>``, or as many as a page of several documents one after the other
    parses to."""
    top = element.getroottree().getroot()
    return [*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()]


def _candidates(root: HtmlElement) -> list[HtmlElement]:
    """The elements worth a look, in document order: those :data:`_CANDIDATES` selects, found by
    one walk of the page's body, which costs half the XPath's tests of each element's attributes
    and names. A document with more than one body (or none) is left to the XPath: a page of
    several ``<html>`` documents one after the other parses to as many top-level elements."""
    bodies = [body for element in document_elements(root) for body in element.iter("body")]
    if len(bodies) != 1:
        return cast("list[HtmlElement]", _CANDIDATES(root))
    found = []
    attributes, tags = _CANDIDATE_ATTRIBUTES, _CANDIDATE_TAGS
    for element in bodies[0].iterdescendants(etree.Element):
        tag = element.tag
        if (tag in tags or not attributes.isdisjoint(element.keys())
                or (tag == "p" and next(element.iter("a"), None) is not None)):
            found.append(element)
    return found


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
    for node in (element, *islice(element.iterancestors(), 2)):  # not every ancestor: the two nearest
        step = node.tag if isinstance(node.tag, str) else "?"
        classes = (node.get("class") or "").split()
        if node.get("id"):
            step += f"#{node.get('id')}"
        elif classes:
            step += "." + ".".join(classes[:2])
        steps.append(step)
    return " < ".join(steps)
