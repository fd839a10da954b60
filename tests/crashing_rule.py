"""A rule that kills its process on a marker, for testing that a dying worker costs one record.

It lives in its own module so that worker processes (started with spawn) can import it.
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
