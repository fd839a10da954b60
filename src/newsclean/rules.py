"""What a rule is: identity, evidence, examples, and one way of matching.

Every rule has a stable code (``PAY001``), a kebab-case name that names the
boilerplate (``metered-article-counter``), a category, a one-line summary and
examples of text it removes and body text it must keep. The examples are run
as tests and rendered into ``docs/rules.md``, so what the documentation
promises is what the code does.

Two kinds of rules run in the chain (see :mod:`newsclean.chain`):

* :class:`BlockRule` looks at one block at a time. :class:`PatternRule` is the
  usual form: keywords for the prefilter, then one regular expression.
  :class:`EndingRule` matches evidence that closes the block (the credit under
  a caption) backwards from its end. :class:`SignalRule` recognises long prose
  (a donation appeal) by several distinct signals at once.
* :class:`ContextRule` looks at a block's neighbours and at what the block
  rules decided, through a :class:`~newsclean.blocks.Page`.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import re as _re
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

if TYPE_CHECKING:
    from typing import TypeAlias

    from .blocks import Page

    # A built-in pattern runs on the standard library's engine when it can (see _compile).
    Pattern: TypeAlias = regex.Pattern[str] | _re.Pattern[str]
    Match: TypeAlias = regex.Match[str] | _re.Match[str]
    # A pattern's bound search, match or fullmatch, with the rule's time limit if it has one.
    Matcher: TypeAlias = Callable[[str], Match | None]

__all__ = [
    "BlockRule",
    "Category",
    "ContextRule",
    "Dialect",
    "Ending",
    "EndingRule",
    "Evidence",
    "Example",
    "Finding",
    "Mark",
    "PatternRule",
    "Rule",
    "SignalRule",
    "Status",
    "keeps",
    "removes",
]

CODE_FORMAT = _re.compile(r"[A-Z]{2,6}\d{3}")
NAME_FORMAT = _re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: What joins the pieces of a hit a rule found apart in its block ("cookies … acceptez").
HIT_PIECES = " … "


class Category(str, enum.Enum):
    """What kind of boilerplate a rule removes. The value is the code prefix of built-in rules."""

    PAYWALL = "PAY"
    DONATION = "DON"
    CREDIT = "CRD"
    RELATED = "REL"
    NEWSLETTER = "NWS"
    ADVERTISEMENT = "ADV"
    SHARE = "SHR"
    COOKIE = "CKE"
    LEGAL = "LGL"
    NAVIGATION = "NAV"
    BYLINE = "BYL"
    CORRECTION = "COR"
    DUPLICATE = "DUP"
    TEMPLATE = "TPL"

    @property
    def label(self) -> str:
        """The lowercase name used in selections, reports and docs (``"paywall"``)."""
        return self.name.lower()

    @property
    def description(self) -> str:
        return _CATEGORY_DESCRIPTIONS[self]

    @classmethod
    def parse(cls, value: str | Category) -> Category:
        """Accept a member, its code prefix (``"PAY"``) or its label (``"paywall"``)."""
        if isinstance(value, Category):
            return value
        for member in cls:
            if value in (member.value, member.label):
                return member
        choices = ", ".join(member.label for member in cls)
        raise ValueError(f"unknown category {value!r}; expected one of: {choices}")


_CATEGORY_DESCRIPTIONS = {
    Category.PAYWALL: "Paywall and metering prompts, sign-in walls, subscriber-only notices.",
    Category.DONATION: "Donation and membership appeals, short or long.",
    Category.CREDIT: "Photo credits, captions, alt text and gallery furniture.",
    Category.RELATED: "'Go deeper', 'Read more', 'Related' and other recirculation links.",
    Category.NEWSLETTER: "Newsletter, alert and app sign-ups.",
    Category.ADVERTISEMENT: "Advertisement markers, sponsored labels, affiliate disclosures.",
    Category.SHARE: "Share and follow prompts, social buttons.",
    Category.COOKIE: "Cookie and consent notices.",
    Category.LEGAL: "Copyright, reprint and terms footers.",
    Category.NAVIGATION: "Breadcrumbs, section labels, datelines, tags, comment and audio widgets.",
    Category.BYLINE: "Bylines, reporting credits, author bios, tip lines and author contact lines.",
    Category.CORRECTION: "Corrections, editor's notes and standards footers.",
    Category.DUPLICATE: "Blocks repeated by the extractor.",
    Category.TEMPLATE: "Lines a site repeats on its pages, learned from its own pages (site templates).",
}


class Evidence(enum.Enum):
    """How much a rule's match proves, and therefore where it may remove a block."""

    STRONG = "strong"
    """A specific phrase: removes the block wherever it stands; the guard never reverts it."""
    WEAK = "weak"
    """A generic label ("Topics"): removes the block only inside a leading or trailing
    boilerplate cluster, and the guard reverts it."""
    CONTEXT = "context"
    """The block's neighbours are the evidence (alt text above a credit); the guard reverts it."""


class Status(enum.Enum):
    STABLE = "stable"
    PREVIEW = "preview"
    """Off unless ``Config(preview=True)``."""


class Mark(enum.Enum):
    """What a matched block tells the context rules about its neighbours."""

    CREDIT_LINE = "credit-line"
    """A photo credit standing alone: the short line right above it is probably its caption."""
    LIST_HEADER = "list-header"
    """Heads a list of links or tags: short lines below it, to the end, are the list."""
    DATELINE = "dateline"
    """A stamp of the article's own (its date, its reading time): with bylines and credits it
    frames the article's header, wherever the extractor put it."""
    FOOTER = "footer"
    """Furniture of the article's end (an author's bio, a call for tips): kin to the byline,
    but it frames no header."""
    OVERLAY = "overlay"
    """Printed over the article wherever it stands (a metered paywall's counter): it marks
    neither the article's end nor the furniture's."""


@dataclass(frozen=True, slots=True)
class Example:
    """A block the rule must remove (``removed=True``) or must keep, in its context.

    ``before`` and ``after`` are neighbouring blocks. Without them the example is
    placed between two body paragraphs (strong rules) or after one (weak rules).
    ``opens`` puts the example (after ``before``) at the very start of the
    document, for rules about the head of an article. ``declared`` is what an
    HTML page declares about itself (its headline or standfirst), for rules
    that compare blocks with it. For DOM rules, ``text`` is an HTML snippet.
    ``language`` is set on examples that come from a vocabulary file.
    """

    text: str
    removed: bool
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    note: str = ""
    declared: str = ""
    opens: bool = False
    language: str = ""


def removes(
    text: str,
    *,
    before: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    note: str = "",
    declared: str = "",
    opens: bool = False,
) -> Example:
    """An example of boilerplate the rule removes."""
    return Example(text, True, before, after, note, declared, opens)


def keeps(
    text: str,
    *,
    before: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    note: str = "",
    declared: str = "",
    opens: bool = False,
) -> Example:
    """An example of body text that must survive the rule (and the whole chain)."""
    return Example(text, False, before, after, note, declared, opens)


@dataclass(frozen=True, kw_only=True, repr=False)
class Rule:
    """Identity and documentation shared by every rule.

    Attributes:
        code: Stable identifier, never reused. Renamed rules keep old codes in ``aliases``.
        name: Kebab-case name of the boilerplate (``metered-article-counter``).
        category: The kind of boilerplate.
        summary: One line: what the rule removes.
        message: Short noun phrase used in removal reasons ("metered paywall counter").
        examples: Blocks it removes and body text it keeps; run as tests.
        evidence: How much a match proves (see :class:`Evidence`).
        safety: How body text that looks similar is protected (rendered in the docs).
        languages: ISO 639-1 codes of the text the rule is written for, or
            ``("any",)`` for rules that read markup or context, not words.
        status: Stable rules run by default; preview rules need ``preview=True``.
        since: The version that introduced the rule.
        sites: Hostnames the rule is limited to (a site pack); it runs only on
            documents whose ``url=`` is on one of them or their subdomains.
    """

    code: str
    name: str
    category: Category
    summary: str
    message: str
    examples: tuple[Example, ...]
    evidence: Evidence = Evidence.STRONG
    safety: str = ""
    languages: tuple[str, ...] = ("en",)
    status: Status = Status.STABLE
    since: str = "0.1.0"
    aliases: tuple[str, ...] = ()
    marks: frozenset[Mark] = frozenset()
    sites: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not CODE_FORMAT.fullmatch(self.code):
            raise ValueError(f"rule code {self.code!r} must look like 'PAY001'")
        if not NAME_FORMAT.fullmatch(self.name):
            raise ValueError(f"rule {self.code}: name {self.name!r} must be kebab-case")
        if not isinstance(self.category, Category):
            object.__setattr__(self, "category", Category.parse(self.category))

    def reason(self, hit: str) -> str:
        """Render the human-readable reason for one removal."""
        return f"{self.message}: {quote(hit)}"

    def for_languages(self, languages: frozenset[str]) -> Rule:
        """This rule as it runs when only ``languages`` are wanted: the same rule, unless its
        vocabulary spans languages and can leave the others out."""
        return self

    def applies_to(self, host: str | None) -> bool:
        """Whether the rule runs on a document from ``host`` (site packs need a matching one)."""
        if not self.sites:
            return True
        return host is not None and any(host == site or host.endswith(f".{site}") for site in self.sites)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code} {self.name})"


@dataclass(frozen=True, kw_only=True, repr=False)
class BlockRule(Rule):
    """A rule that decides on one block at a time.

    The chain calls :meth:`match` only for blocks that contain one of
    ``keywords`` (ASCII-lowercased substrings; see :mod:`newsclean.prefilter`)
    and have at most ``max_words`` words. A rule without keywords runs on every
    block, which is slow; built-in rules always declare them.

    Attributes:
        keywords: Lowercase substrings, at least one of which every match contains;
            ``^`` and ``$`` anchor one to the start or end of the line's core (``"^ad$"``),
            bullets stripped; a line ending in more than one space defeats ``$``. A lone
            ``"$"``, which would anchor nothing, is the dollar sign.
        also: More keywords, one of which every match contains as well: the rule runs only on
            lines that hold one of ``keywords`` and one of these. For a rule whose keywords
            are common openings (a digit, a date) and whose matches all need a rarer word
            ("read", "Lesezeit"), wherever it stands.
        max_words: Longer blocks are never matched: long prose needs a rule made for it.
        unless: A pattern that vetoes a match when found anywhere in the block
            (reported speech such as "said" or "according to", typically).
        table_rows: Whether the rule reads table rows (blocks the extractor writes as
            ``| cell | cell |``). A caption rule does not: a row's last cell after a full
            stop ("Atomics. | Done") reads like a caption's "| Agency" credit.
        timeout: Seconds each of the rule's patterns may spend on one block. Past it
            the match raises ``TimeoutError``, and the chain notes it and skips the
            rule on that block and the rest of the document. Rules from rule files get
            one; built-in patterns are tested against adversarial input instead (a limit
            costs time on every match).
    """

    keywords: tuple[str, ...]
    also: tuple[str, ...] = ()
    max_words: int = 25
    unless: str | None = None
    table_rows: bool = True
    timeout: float | None = None
    _unless: Pattern | None = field(init=False, repr=False, compare=False)
    _veto: Matcher | None = field(init=False, repr=False, compare=False)  # _unless.search

    def __post_init__(self) -> None:
        super().__post_init__()
        for keyword in (*self.keywords, *self.also):
            _check_keyword(self.code, keyword)
        if self.also and not self.keywords:
            raise ValueError(f"rule {self.code}: 'also' narrows the keywords, and there are none")
        if self.timeout is not None and not self.timeout > 0:
            raise ValueError(f"rule {self.code}: timeout must be a positive number of seconds")
        if not _deferring:
            self._compile_patterns(builtin=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        """Compile the rule's patterns: at once for a rule made by a user, whose broken pattern
        must fail before any document is touched; on first use for a built-in rule (see
        :func:`deferred_compilation`)."""
        compiled = self._compile_pattern(self.unless, builtin=builtin) if self.unless else None
        object.__setattr__(self, "_unless", compiled)
        object.__setattr__(self, "_veto", None if compiled is None else self._bound(compiled, "search"))

    def _compile_pattern(self, pattern: str, *, builtin: bool, **options: Any) -> Pattern:
        """One of the rule's patterns; with a time limit, compiled by ``regex``, which enforces it."""
        return _compile(pattern, self.code, builtin=builtin and self.timeout is None, **options)

    def _bound(self, pattern: Pattern, method: str) -> Any:
        """``pattern``'s ``method`` (``search``, ``match``…) under the rule's time limit, if any.

        Bound once: passing ``timeout=`` costs as much as a failed match, so a rule
        without a limit calls the engine directly.
        """
        bound = getattr(pattern, method)
        return bound if self.timeout is None else functools.partial(bound, timeout=self.timeout)

    def __getattr__(self, name: str) -> object:
        # Only called for attributes not set yet: the compiled fields (the ones __init__ does
        # not set) of a rule built deferred.
        if any(found.name == name and not found.init for found in fields(self)):
            with first_use():
                self._compile_patterns(builtin=True)
            return object.__getattribute__(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def match(self, text: str) -> str | None:
        """Return the evidence found in ``text`` (one block, stripped), or ``None``."""
        hit = self._match(text)
        # The veto scans the whole block, so it runs only when the pattern has matched.
        if hit is not None and self._veto is not None and self._veto(text):
            return None
        return hit

    def _match(self, text: str) -> str | None:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True, repr=False)
class PatternRule(BlockRule):
    """A block rule made of one regular expression (``regex`` syntax, verbose mode).

    With ``whole=True`` (the default) the pattern must match the entire block,
    which is what keeps "Read more" from matching "Read more about the plan in
    the report". With ``whole=False`` it may match anywhere, and a named group
    ``hit`` (if present) is what the explanation quotes (for evidence that
    closes the block, :class:`EndingRule` is much faster).
    """

    pattern: str
    whole: bool = True
    ignore_case: bool = True
    _regex: Pattern = field(init=False, repr=False, compare=False)
    _find: Matcher = field(init=False, repr=False, compare=False)  # _regex.fullmatch or .search
    _quoted: str | int = field(init=False, repr=False, compare=False)  # the group a hit quotes

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        compiled = self._compile_pattern(self.pattern, builtin=builtin, ignore_case=self.ignore_case)
        object.__setattr__(self, "_regex", compiled)
        object.__setattr__(self, "_find", self._bound(compiled, "fullmatch" if self.whole else "search"))
        object.__setattr__(self, "_quoted", _quoted_group(compiled))

    def match(self, text: str) -> str | None:
        # BlockRule.match with _match inlined: thousands of calls a megabyte, nearly all misses.
        found = self._find(text)
        if found is None:
            return None
        hit: str | None = found.group(self._quoted)
        if hit is not None and self._veto is not None and self._veto(text):
            return None
        return hit

    def _match(self, text: str) -> str | None:
        found = self._find(text)
        return None if found is None else found.group(self._quoted)


@dataclass(frozen=True)
class Ending:
    """One of an :class:`EndingRule`'s endings, tried only on a block whose lower-case text holds
    what ``needs`` finds (a pattern of Python's ``re``, case-sensitive): a media word, a slash.

    Backwards from a block's end, an ending with a vocabulary in it costs microseconds, and most
    blocks a rule is handed end in none; a case-sensitive scan of the lowered block for a word the
    ending cannot match without costs a fraction of that. ``needs`` must find something in every
    block the ending matches, or the gate hides matches.
    """

    pattern: str
    needs: str


@dataclass(frozen=True, kw_only=True, repr=False)
class EndingRule(BlockRule):
    """A block rule for evidence that closes the block, such as the credit ending a caption.

    Each of ``endings`` is a pattern (``regex`` syntax, verbose mode, case
    insensitive but for ``(?-i:...)`` parts) that, followed by ``tail``, must
    reach the block's end. They are matched backwards from the end, one after
    another, and the first that matches decides; its named group ``hit`` (if
    present) is what the explanation quotes. Starting from the one place a
    match can end is many times faster than searching the block, and on real
    captions trying the endings in turn takes 0.4x the time of one
    alternation of them.

    Most blocks a keyword hands such a rule are prose, and most endings cannot
    close as prose does. ``prose_close`` is a pattern for a block's close (also
    matched backwards, from the end) that only ``prose_endings``, some of
    ``endings``, can reach: a block that closes so tries only those, in their order. An ending
    given as an :class:`Ending` is tried only on a block that holds what it needs.
    """

    endings: tuple[str | Ending, ...]
    tail: str = r"\s*+$"
    prose_close: str | None = None
    prose_endings: tuple[str | Ending, ...] = ()
    _endings: tuple[Pattern, ...] = field(init=False, repr=False, compare=False)
    _gates: tuple[Callable[[str], object], ...] = field(init=False, repr=False, compare=False)
    _needs: tuple[int | None, ...] = field(init=False, repr=False, compare=False)  # each ending's gate
    _prose_needs: tuple[int | None, ...] = field(init=False, repr=False, compare=False)
    _end_matchers: tuple[Matcher, ...] = field(init=False, repr=False, compare=False)
    _closes_as_prose: Matcher | None = field(init=False, repr=False, compare=False)
    _prose_matchers: tuple[Matcher, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.endings:
            raise ValueError(f"rule {self.code}: an EndingRule needs at least one ending")
        if not set(self.prose_endings) <= set(self.endings):
            raise ValueError(f"rule {self.code}: prose endings must be among its endings")
        if self.prose_endings and self.prose_close is None:
            raise ValueError(f"rule {self.code}: prose endings need the prose close they are tried on")
        super().__post_init__()

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        compiled = tuple(
            self._compile_pattern(
                f"(?:{_pattern_of(ending)}){self.tail}", builtin=builtin, extra_flags=regex.REVERSE
            )
            for ending in self.endings
        )
        matchers = tuple(self._bound(ending, "match") for ending in compiled)
        # Endings that need the same thing share its search: it runs once a block.
        gates = sorted({ending.needs for ending in self.endings if isinstance(ending, Ending)})
        object.__setattr__(self, "_gates", tuple(_re.compile(needs).search for needs in gates))
        needs = tuple(gates.index(ending.needs) if isinstance(ending, Ending) else None
                      for ending in self.endings)
        object.__setattr__(self, "_endings", compiled)
        object.__setattr__(self, "_end_matchers", matchers)
        object.__setattr__(self, "_needs", needs)
        close = self.prose_close
        object.__setattr__(self, "_closes_as_prose", None if close is None else self._bound(
            self._compile_pattern(close, builtin=builtin, extra_flags=regex.REVERSE), "match"))
        prose = [k for k, ending in enumerate(self.endings) if ending in self.prose_endings]
        object.__setattr__(self, "_prose_matchers", tuple(matchers[k] for k in prose))
        object.__setattr__(self, "_prose_needs", tuple(needs[k] for k in prose))

    def _match(self, text: str) -> str | None:
        matchers, needs = self._end_matchers, self._needs
        if self._closes_as_prose is not None and self._closes_as_prose(text) is not None:
            matchers, needs = self._prose_matchers, self._prose_needs
        lowered: str | None = None
        found_needs: dict[int, bool] = {}  # gate -> whether the block holds what it looks for
        for match, need in zip(matchers, needs, strict=True):
            if need is not None:
                held = found_needs.get(need)
                if held is None:
                    if lowered is None:
                        lowered = text.lower()
                    held = found_needs[need] = self._gates[need](lowered) is not None
                if not held:
                    continue
            found = match(text)
            if found is not None:
                return found.group(_quoted_group(found.re))
        return None


class Dialect(NamedTuple):
    """One language's signals and voice for a :class:`SignalRule`: signals of different
    languages never add up, and one language's voice never vouches for another's signals
    (Spanish "nos" is "we"; Portuguese "nos primeiros meses" is "in the first months")."""

    language: str
    signals: tuple[str, ...]
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, repr=False)
class SignalRule(BlockRule):
    """Recognise prose boilerplate by several distinct signals in one block.

    A reader-funded appeal is a paragraph, not a phrase: "we rely on readers
    like you", "your support", "every contribution, big or small". One signal
    proves nothing (news reports quote appeals); ``min_signals`` distinct ones
    in the publisher's own voice (every pattern in ``requires`` found) and
    without reported speech (``unless``) do.

    Attributes:
        signals: One regular expression per signal; each counts at most once.
        min_signals: How many distinct signals make a match.
        requires: Patterns that must all be present too ("we", "you": the voice).
        dialects: Instead of ``signals`` and ``requires``, one :class:`Dialect` per language;
            a block must meet ``min_signals`` and the voice within one of them.
    """

    signals: tuple[str, ...] = ()
    min_signals: int = 3
    requires: tuple[str, ...] = ()
    dialects: tuple[Dialect, ...] = ()
    max_words: int = 250
    _scanners: tuple[tuple[tuple[Matcher, ...], Callable[[str], Iterator[Match]]], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.dialects and (self.signals or self.requires):
            raise ValueError(f"rule {self.code}: give either dialects or signals and requires")
        for dialect in self._dialects():
            if not 1 <= self.min_signals <= len(dialect.signals):
                raise ValueError(f"rule {self.code}: min_signals must be between 1 and the signals")
        super().__post_init__()

    def _dialects(self) -> tuple[Dialect, ...]:
        return self.dialects or (Dialect("", self.signals, self.requires),)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        scanners = []
        for dialect in self._dialects():
            union = "|".join(f"(?P<s{i}>{signal})" for i, signal in enumerate(dialect.signals))
            scan = self._bound(self._compile_pattern(union, builtin=builtin), "finditer")
            required = tuple(
                self._bound(self._compile_pattern(pattern, builtin=builtin), "search")
                for pattern in dialect.requires
            )
            scanners.append((required, scan))
        object.__setattr__(self, "_scanners", tuple(scanners))

    def _match(self, text: str) -> str | None:
        for required, scan in self._scanners:
            if not all(search(text) for search in required):
                continue
            found: dict[str, str] = {}
            for hit in scan(text):
                found.setdefault(hit.lastgroup or "", hit.group())
                if len(found) >= self.min_signals:
                    return HIT_PIECES.join(found.values())
        return None

    def reason(self, hit: str) -> str:
        return f"{self.message}: {self.min_signals} signals ({hit})"


class Finding(NamedTuple):
    """A context rule's decision: remove ``block``; ``hit`` is the evidence to quote.

    ``anchor`` is the block the decision leans on (the credit under a caption,
    the header over a list). If the guard reverts the decision, it restores
    the anchor too, so the document keeps the structure the guard judged.
    """

    block: int
    hit: str
    anchor: int | None = None


@dataclass(frozen=True, kw_only=True, repr=False)
class ContextRule(Rule):
    """A rule that decides from a block's neighbours and the block rules' verdicts."""

    evidence: Evidence = Evidence.CONTEXT
    languages: tuple[str, ...] = ("any",)

    def find(self, page: Page) -> Iterator[Finding | tuple[int, str]]:
        """Yield a :class:`Finding` (or ``(block, hit)``) for every block this rule removes."""
        raise NotImplementedError


_deferring = False

# Time spent building what is built on first use (a built-in rule's patterns, the HTML
# extractor's import): a few large patterns take a second or more on a busy machine, and a
# document's time limit (newsclean.batch.deadline) gives that time back instead of counting it.
_first_use_seconds = 0.0
_first_use_since: float | None = None


@contextlib.contextmanager
def first_use() -> Iterator[None]:
    """Count the time the block takes as first-use work, which no time limit charges."""
    global _first_use_seconds, _first_use_since
    if _first_use_since is not None:  # nested: the outer block counts it
        yield
        return
    _first_use_since = time.perf_counter()
    try:
        yield
    finally:
        _first_use_seconds += time.perf_counter() - _first_use_since
        _first_use_since = None


def first_use_seconds() -> float:
    """The first-use time spent since the last call, a block in progress included."""
    global _first_use_seconds, _first_use_since
    now = time.perf_counter()
    spent, _first_use_seconds = _first_use_seconds, 0.0
    if _first_use_since is not None:
        spent, _first_use_since = spent + now - _first_use_since, now
    return spent


@contextlib.contextmanager
def deferred_compilation() -> Iterator[None]:
    """Block rules made inside compile their patterns on first use, not when made.

    The catalog builds its rules this way, so that ``import newsclean`` takes a
    fifth of a second instead of three quarters, and a process that only reads
    the rules (a command line's coordinator) never compiles them.
    Built-in patterns are known good: the test suite compiles and runs every one.
    """
    global _deferring
    before, _deferring = _deferring, True
    try:
        yield
    finally:
        _deferring = before


def _check_keyword(code: str, keyword: str) -> None:
    """Keywords are matched against folded text (see :mod:`newsclean.prefilter`)."""
    body = keyword if keyword == "$" else keyword.removeprefix("^").removesuffix("$")
    problem = (
        "is empty" if not body
        else "must be lowercase" if body != body.lower()
        else "must use single plain spaces and plain apostrophes"
        if "  " in body or "\u00a0" in body or "\u2019" in body
        else "may not start with a space (anchor it with '^' instead)"
        if body.startswith(" ") and not body.endswith(" ")
        else None
    )
    if problem:
        raise ValueError(f"rule {code}: keyword {keyword!r} {problem}")


def _compile(
    pattern: str, code: str, *, ignore_case: bool = True, extra_flags: int = 0, builtin: bool = False
) -> Pattern:
    """Compile a rule's pattern with ``regex``, or a built-in one with ``re`` where ``re`` reads it.

    ``re`` matches the built-in patterns about twice as fast. Where ``re`` cannot
    read a pattern (variable-width lookbehind, repeated group names, reverse
    search) ``regex`` runs it. User patterns always run on ``regex``: their
    syntax is documented as ``regex``'s, and only it enforces a time limit. That
    both engines agree on every built-in pattern is tested
    (tests/test_engines.py).
    """
    if builtin and not extra_flags:
        standard = _standard_compile(pattern, ignore_case)
        if standard is not None:
            return standard
    try:
        return compile_pattern(pattern, ignore_case=ignore_case, extra_flags=extra_flags)
    except ValueError as error:
        raise ValueError(f"rule {code}: {error}") from None


def compile_pattern(pattern: str, *, ignore_case: bool = True, extra_flags: int = 0) -> regex.Pattern[str]:
    """``pattern`` compiled as a user's pattern is (``regex``, verbose); a ``ValueError`` says
    why it cannot be: a syntax error, or groups nested too deeply for the compiler."""
    flags = regex.VERBOSE | regex.V0 | extra_flags | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(pattern, flags)
    except regex.error as error:
        raise ValueError(f"invalid pattern: {error}") from None
    except RecursionError:  # a few hundred nested groups
        raise ValueError("invalid pattern: groups nested too deeply") from None


def _pattern_of(ending: str | Ending) -> str:
    return ending.pattern if isinstance(ending, Ending) else ending


def _quoted_group(pattern: Pattern) -> str | int:
    """The group a match quotes as its evidence: ``hit`` where the pattern names one, else all."""
    return "hit" if "hit" in pattern.groupindex else 0


def _standard_compile(pattern: str, ignore_case: bool) -> _re.Pattern[str] | None:
    """``pattern`` compiled by ``re``, or ``None`` where ``re`` cannot read it or would read
    it differently (it warns about sets it may one day parse as ``regex`` does)."""
    flags = _re.VERBOSE | (_re.IGNORECASE if ignore_case else 0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return _re.compile(pattern, flags)
        except (_re.error, FutureWarning, DeprecationWarning):
            return None


def quote(text: str, limit: int = 80) -> str:
    """``text`` in double quotes, shortened with an ellipsis past ``limit`` characters."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f'"{text}"'
