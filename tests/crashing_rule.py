"""Rules that misbehave on a marker: one kills its process, for testing that a dying worker
costs one record; one never finishes, for testing that the time limit costs one record.

They live in their own module so that worker processes (started with spawn) can import them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from newsclean import Category, ContextRule, Finding, keeps, removes
from newsclean.blocks import Page

MARKER = "KILL-THE-WORKER"


@dataclass(frozen=True, kw_only=True, repr=False)
class CrashingRule(ContextRule):
    def find(self, page: Page) -> Iterator[Finding | tuple[int, str]]:
        if MARKER in page.text:
            os._exit(3)  # what a segfault in a parser looks like from the outside
        return iter(())


CRASHING_RULE = CrashingRule(
    code="TEST901",
    name="crashing-rule",
    category=Category.LEGAL,
    summary="Kills the process on a marker.",
    message="never seen",
    examples=(removes("never removes anything", before=()), keeps("anything")),
)


HANG_MARKER = "HANG-THE-WORKER"


@dataclass(frozen=True, kw_only=True, repr=False)
class HangingRule(ContextRule):
    def find(self, page: Page) -> Iterator[Finding | tuple[int, str]]:
        while HANG_MARKER in page.text:  # a runaway loop in pure Python
            pass
        return iter(())


HANGING_RULE = HangingRule(
    code="TEST902",
    name="hanging-rule",
    category=Category.LEGAL,
    summary="Never returns on a marker.",
    message="never seen",
    examples=(removes("never removes anything", before=()), keeps("anything")),
)
