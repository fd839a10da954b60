"""What cleaning returns when you ask why: :class:`Cleaned`, its removals and the guard."""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Block, Page, Verdict
from .chain import GuardOutcome
from .rules import Category, Evidence

__all__ = ["Cleaned", "Guard", "Removal"]


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed block: which rule removed it, why, and exactly where it was.

    ``input[start:end] == text``: the span is in characters of the input.
    """

    code: str
    name: str
    category: Category
    evidence: Evidence
    reason: str
    start: int
    end: int
    text: str
    block: int

    def __str__(self) -> str:
        return f"{self.code} {self.name} [{self.category.label}] {self.start}:{self.end} {self.reason}"


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
class Cleaned:
    """The cleaned text and the explanation of every removal.

    ``blocks`` lists every block of the input in order, kept or not; the kept
    ones, joined as :func:`newsclean.clean` joins them, make ``text``.
    """

    text: str
    removals: tuple[Removal, ...]
    blocks: tuple[Block, ...]
    guard: Guard | None = None

    @property
    def kept(self) -> tuple[Block, ...]:
        removed = {removal.block for removal in self.removals}
        return tuple(block for block in self.blocks if block.index not in removed)

    def why(self, fragment: str) -> Removal | None:
        """The removal of the first removed block containing ``fragment``, if any.

        >>> from newsclean import explain
        >>> print(explain("The vote passed.\\n\\nGo deeper").why("Go deeper"))
        REL001 go-deeper-link [related] 18:27 'Go deeper' link: "Go deeper"
        """
        return next((removal for removal in self.removals if fragment in removal.text), None)

    def render(self) -> str:
        """A plain-text report: one line per removal, then the guard's note if it fired."""
        characters = sum(block.end - block.start for block in self.blocks)
        removed = sum(removal.end - removal.start for removal in self.removals)
        lines = [
            f"removed {len(self.removals)} of {len(self.blocks)} blocks "
            f"({removed} of {characters} characters)"
        ]
        lines += [
            f"  {r.start:>6}:{r.end:<6} {r.code}  {r.name:<28} {r.reason}" for r in self.removals
        ]
        if self.guard is not None:
            lines.append(f"  {self.guard}")
        return "\n".join(lines)


def build(page: Page, guard: GuardOutcome | None, threshold: float) -> Cleaned:
    """Turn the chain's decisions on ``page`` into a :class:`Cleaned`."""
    removals = tuple(
        _removal(page, i, verdict)
        for i, verdict in enumerate(page.verdicts)
        if verdict is not None and verdict.confirmed
    )
    report = None
    if guard is not None:
        reverted = tuple(_removal(page, i, verdict) for i, verdict in guard.reverted)
        report = Guard(threshold, guard.share, reverted)
    return Cleaned(page.render(), removals, tuple(page.blocks()), report)


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
