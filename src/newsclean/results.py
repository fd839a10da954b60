"""What cleaning returns when you ask why: :class:`Cleaned`, its removals and the guard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .blocks import Block, Page, Verdict
from .chain import GuardOutcome
from .dom import DomRemoval
from .guard import PageGuardOutcome
from .html import Metadata
from .rules import Category, Evidence, quote

__all__ = ["Cleaned", "Guard", "Metadata", "PageGuard", "Removal"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed block or element: which rule removed it, why, and exactly where it was.

    For a block, ``source[start:end] == text``, where ``source`` is the text
    the rules ran on (:attr:`Cleaned.source`), and ``block`` is its index.
    For an HTML element removed before extraction, ``start``, ``end`` and
    ``block`` are ``None``; ``element`` is a short CSS-like path and ``line``
    the element's line in the HTML.
    """

    code: str
    name: str
    category: Category
    evidence: Evidence
    reason: str
    start: int | None
    end: int | None
    text: str
    block: int | None
    element: str | None = None
    line: int | None = None

    @property
    def where(self) -> str:
        if self.element is not None:
            return f"html line {self.line}" if self.line else "html"
        return f"{self.start}:{self.end}"

    def __str__(self) -> str:
        return f"{self.code} {self.name} [{self.category.label}] {self.where} {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        """The removal as plain JSON-ready values, for JSONL outputs and pipeline metadata.

        >>> from newsclean import explain
        >>> explain("The vote passed.\\n\\nGo deeper").removals[0].as_dict()["span"] == [18, 27]
        True
        """
        found: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "category": self.category.label,
            "reason": self.reason,
            "text": self.text,
        }
        if self.element is None:
            found["span"] = [self.start, self.end]
        else:
            found["element"], found["line"] = self.element, self.line
        return found


@dataclass(frozen=True, slots=True)
class Guard:
    """The guard fired: weak and contextual evidence would have removed too much.

    ``share`` of the document's words would have gone, more than
    ``threshold``; the ``reverted`` removals were undone (with the headers and
    credits that contextual removals leaned on).
    """

    threshold: float
    share: float
    reverted: tuple[Removal, ...]

    def __str__(self) -> str:
        return (
            f"guard: weak and contextual evidence would remove {self.share:.0%} of the words "
            f"(limit {self.threshold:.0%}); {len(self.reverted)} removal(s) reverted"
        )


@dataclass(frozen=True, slots=True)
class PageGuard:
    """The page guard fired: pruning cost text that trafilatura extracts from the whole page.

    The extraction after pruning lacked ``lost`` of the whole page's extraction (a share of
    its 4-word sequences); the ``reverted`` element removals were taken back and the page
    extracted again, which recovered text. They are not among :attr:`Cleaned.removals`.
    ``moved`` says that no removal held the lost text: pruning had moved the extractor to
    another part of the page, so every removal was reverted.
    """

    lost: float
    reverted: tuple[Removal, ...]
    moved: bool = False

    def __str__(self) -> str:
        why = (
            "; no removal held it: pruning moved the extractor to another part of the page, so "
            if self.moved
            else "; "
        )
        return (
            f"page guard: the extraction after pruning lacked {self.lost:.0%} of the whole page's "
            f"text{why}{len(self.reverted)} element removal(s) reverted"
        )


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned text and the explanation of every removal.

    ``source`` is the text the rules ran on: the input itself, or for HTML the
    text trafilatura extracted after the DOM rules ran. ``blocks`` lists every
    block of ``source`` in order, kept or not; the kept ones, joined as
    :func:`newsclean.clean` joins them, make ``text``. For HTML, ``metadata``
    holds the page's title, author, date and the rest, and ``notes`` say why
    a result is empty when it is. ``markdown``, when :meth:`~newsclean.Cleaner.explain`
    was asked for it, is the same text as Markdown: for HTML pages with the headings, lists,
    emphasis and tables of the page; for text, the text itself.

    ``emptied_by`` names your own rules (``extra_rules``) that removed blocks
    of a document that came out empty. The guard leaves strong evidence alone,
    so a pattern of yours that matches everything is reported here (and in
    ``notes``), not undone.
    """

    text: str
    removals: tuple[Removal, ...]
    blocks: tuple[Block, ...]
    guard: Guard | None = None
    source: str = ""
    metadata: Metadata | None = None
    notes: tuple[str, ...] = ()
    page_guard: PageGuard | None = None
    emptied_by: tuple[str, ...] = ()
    markdown: str | None = None

    @property
    def kept(self) -> tuple[Block, ...]:
        removed = {removal.block for removal in self.removals if removal.block is not None}
        return tuple(block for block in self.blocks if block.index not in removed)

    def why(self, fragment: str) -> Removal | None:
        """The removal of the first removed block (or HTML element) containing ``fragment``;
        ``None`` when ``fragment`` was kept. A fragment that is nowhere in the document, kept or
        removed, raises ``ValueError``, so that a typo is not mistaken for a kept line.

        >>> from newsclean import explain
        >>> result = explain("The vote passed.\\n\\nGo deeper")
        >>> print(result.why("Go deeper"))
        REL001 go-deeper-link [related] 18:27 'Go deeper' link: "Go deeper"
        >>> print(result.why("The vote"))
        None
        >>> result.why("Go further")
        Traceback (most recent call last):
        ...
        ValueError: 'Go further' is not in the document, kept or removed
        """
        found = next((removal for removal in self.removals if fragment in removal.text), None)
        if found is None and fragment not in self.source and fragment not in self.text:
            raise ValueError(f"{fragment!r} is not in the document, kept or removed")
        return found

    def render(self) -> str:
        """A plain-text report: one line per removal, then the guard's note if it fired."""
        characters = sum(block.end - block.start for block in self.blocks)
        spans = [(r.start, r.end) for r in self.removals if r.start is not None and r.end is not None]
        removed = sum(end - start for start, end in spans)
        header = f"removed {len(spans)} of {len(self.blocks)} blocks ({removed} of {characters} characters)"
        elements = len(self.removals) - len(spans)
        if elements:
            header = f"removed {elements} HTML element(s) before extraction, then {header[8:]}"
        lines = [header]
        lines += [f"  {_line(r)}" for r in self.removals]
        if self.page_guard is not None:
            lines.append(f"  {self.page_guard}")
            lines += [f"    reverted {_line(r)}" for r in self.page_guard.reverted]
        if self.guard is not None:
            lines.append(f"  {self.guard}")
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)


def build(
    page: Page,
    guard: GuardOutcome | None,
    threshold: float,
    *,
    dom_removals: Sequence[DomRemoval] = (),
    metadata: Metadata | None = None,
    notes: tuple[str, ...] = (),
    page_guard: PageGuardOutcome | None = None,
    user_codes: frozenset[str] = frozenset(),
) -> Cleaned:
    """Turn the chain's decisions on ``page`` (and the DOM stage's) into a :class:`Cleaned`.
    ``user_codes`` are the codes of the user's own rules."""
    removals = tuple(_dom_removal(removal) for removal in dom_removals) + tuple(
        _removal(page, i, verdict)
        for i, verdict in enumerate(page.verdicts)
        if verdict is not None and verdict.confirmed
    )
    report = None
    if guard is not None:
        reverted = tuple(_removal(page, i, verdict) for i, verdict in guard.reverted)
        report = Guard(threshold, guard.share, reverted)
    text = page.render()
    notes = (*notes, *page.notes)
    page_report = None
    if page_guard is not None:
        page_report = PageGuard(
            page_guard.lost, tuple(map(_dom_removal, page_guard.reverted)), page_guard.moved
        )
    emptied_by = () if text else tuple(dict.fromkeys(r.code for r in removals if r.code in user_codes))
    if emptied_by:
        mine = sum(r.code in user_codes for r in removals)
        notes += (f"the document came out empty: your rules removed {mine} of its {len(page)} blocks "
                  f"({', '.join(emptied_by)})",)
    return Cleaned(
        text, removals, tuple(page.blocks()), report, page.text, metadata, notes, page_report, emptied_by
    )


def _line(removal: Removal) -> str:
    """One removal as the plain-text report lists it."""
    return f"{removal.where:<13} {removal.code}  {removal.name:<28} {removal.reason}"


def _dom_removal(removal: DomRemoval) -> Removal:
    rule = removal.rule
    return Removal(
        code=rule.code,
        name=rule.name,
        category=rule.category,
        evidence=rule.evidence,
        reason=f"{rule.message} ({removal.evidence}): {quote(removal.text, 60)}",
        start=None,
        end=None,
        text=removal.text,
        block=None,
        element=removal.path,
        line=removal.line,
    )


def _removal(page: Page, i: int, verdict: Verdict) -> Removal:
    rule = verdict.rule
    reason = rule.reason(verdict.hit)
    if verdict.note:
        reason = f"{reason} ({verdict.note})"
    return Removal(
        code=rule.code,
        name=rule.name,
        category=rule.category,
        evidence=rule.evidence,
        reason=reason,
        start=page.starts[i],
        end=page.ends[i],
        text=page.block(i),
        block=i,
    )
