"""Blocks the extractor repeated: a caption printed twice, alt text echoing the caption."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Category, ContextRule, Evidence, Finding, keeps, removes

if TYPE_CHECKING:
    from ..blocks import Page


@dataclass(frozen=True, kw_only=True, repr=False)
class RepeatedBlock(ContextRule):
    """Remove a block identical to the block before it; the first copy stays.

    "Before" skips blocks already removed, so a repeat separated from its twin
    only by boilerplate is caught on the first pass, as it would be on a
    second pass over the output. Blocks awaiting weak confirmation count as
    present: they may yet stay.
    """

    evidence: Evidence = Evidence.STRONG
    min_words: int = 4

    def find(self, page: Page) -> Iterator[Finding]:
        texts = list(map(str.strip, map(page.lines.__getitem__, page.numbers)))
        # The common case, decided by one set built in C: no block repeats any other.
        if len(set(texts)) == len(texts):
            return
        verdicts = page.verdicts
        present = [i for i, verdict in enumerate(verdicts) if verdict is None or not verdict.confirmed]
        present_texts = list(map(texts.__getitem__, present))
        # Where a present block equals the present block before it, compared in C.
        repeats = itertools.compress(present[1:], map(operator.eq, present_texts[1:], present_texts))
        for i in repeats:
            if verdicts[i] is None and page.words(i, self.min_words) >= self.min_words:
                yield Finding(i, page.core(i))


REPEATED_BLOCK = RepeatedBlock(
    code="DUP101",
    name="repeated-block",
    category=Category.DUPLICATE,
    summary="A block that repeats the block right before it (a doubled caption or headline).",
    message="repeats the block above",
    safety="Nothing is lost: the first copy stays. Only blocks of at least four words, so a "
    "repeated \"No.\" in a transcript stays.",
    examples=(
        removes("Protesters gather outside parliament on Monday.",
                before=("Protesters gather outside parliament on Monday.",)),
        keeps("No.", before=("No.",), note="short repeats in transcripts stay"),
    ),
)

RULES = (REPEATED_BLOCK,)
