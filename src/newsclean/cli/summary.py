"""The closing summary of a batch: documents, bytes, removals per category and rule, errors."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..rules import Category, Rule
from .inputs import Item
from .runner import Result
from .terminal import printable

__all__ = ["Tally"]

ERRORS_SHOWN = 10
RULES_SHOWN = 15


@dataclass
class Tally:
    """Counts for one run, added to record by record. ``rules`` are the rules that may fire."""

    rules: dict[str, Rule] = field(default_factory=dict)
    documents: int = 0
    errors: int = 0
    skipped: int = 0  # outputs that already existed, with --resume
    bytes_in: int = 0
    bytes_out: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    first_errors: list[str] = field(default_factory=list)
    emptied: int = 0  # documents the user's own rules left empty
    emptied_by: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def add(self, item: Item, result: Result) -> None:
        self.documents += 1
        self.bytes_in += result.bytes_in
        self.bytes_out += result.bytes_out
        if result.error is not None:
            self.errors += 1
            if len(self.first_errors) < ERRORS_SHOWN:
                self.first_errors.append(f"{item.where}: {result.error}")
        for code in result.codes:
            self.by_rule[code] += 1
            self.by_category[self.category(code).label] += 1
        if result.emptied_by:
            self.emptied += 1
            self.emptied_by.update(result.emptied_by)

    def name(self, code: str) -> str:
        return self.rules[code].name

    def category(self, code: str) -> Category:
        return self.rules[code].category

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def render(self) -> str:
        """The summary for a person, several lines."""
        seconds = max(self.elapsed, 1e-9)
        removals = sum(self.by_rule.values())
        documents = f"{self.documents:,} document{'' if self.documents == 1 else 's'}"
        rate = f"{self.documents / seconds:,.0f} docs/s"
        skipped = f", {self.skipped:,} outputs already there (--resume)" if self.skipped else ""
        lines = [
            f"newsclean: {documents} in {seconds:.1f} s ({rate}), {self.errors:,} with errors{skipped}",
            f"  bytes: {self.bytes_in:,} in, {self.bytes_out:,} out"
            + (f" ({1 - self.bytes_out / self.bytes_in:.1%} removed)" if self.bytes_in else ""),
            f"  removals: {removals:,}",
        ]
        if self.by_category:
            lines.append(
                "  by category: " + ", ".join(f"{name} {n:,}" for name, n in self.by_category.most_common())
            )
            lines.append("  top rules:")
            for code, n in self.by_rule.most_common(RULES_SHOWN):
                lines.append(f"    {code:<8} {self.name(code):<30} {n:>9,}")
        if self.emptied:
            rules = ", ".join(f"{code} {n:,}" for code, n in self.emptied_by.most_common())
            lines.append(f"  emptied by your rules: {self.emptied:,} document(s) ({rules})")
        if self.first_errors:
            lines.append(f"  errors (first {len(self.first_errors)}):")
            lines += [f"    {printable(error)}" for error in self.first_errors]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """The summary for a program (``--stats``)."""
        return {
            "documents": self.documents,
            "errors": self.errors,
            "skipped": self.skipped,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "seconds": round(self.elapsed, 3),
            "removals_by_category": dict(self.by_category.most_common()),
            "removals_by_rule": {
                code: {"name": self.name(code), "count": n} for code, n in self.by_rule.most_common()
            },
            "first_errors": self.first_errors,
            "emptied_by_your_rules": {
                "documents": self.emptied,
                "by_rule": dict(self.emptied_by.most_common()),
            },
        }
