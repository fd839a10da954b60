"""Markdown output: the Markdown trafilatura renders for a page, without the lines the rules removed.

The rules read the page's plain text; its Markdown rendering has the same lines with their
marks (``# ``, ``- ``, ``**``, ``|``). A Markdown line goes when its words are those of a line
the rules removed and of no line they kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .results import Cleaned

__all__ = ["kept_markdown", "plain"]

_LEADING_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def plain(line: str) -> str:
    """A Markdown line's words, marks and spacing left out: '## **Go** deeper' -> 'Go deeper'."""
    line = _LINK.sub(r"\1", _LEADING_MARKS.sub("", line))
    line = _EMPHASIS.sub("", line).replace("|", " ")
    return " ".join(line.split())


def kept_markdown(markdown: str, cleaned: Cleaned) -> str:
    """``markdown`` without the lines ``cleaned`` removed, blank runs collapsed to one."""
    kept_blocks = {block.index for block in cleaned.kept}
    kept: set[str] = set()
    removed: set[str] = set()
    for block in cleaned.blocks:
        lines = {" ".join(line.split()) for line in cleaned.source[block.start : block.end].splitlines()}
        (kept if block.index in kept_blocks else removed).update(lines)
    removed -= kept
    out: list[str] = []
    for line in markdown.splitlines():
        words = plain(line)
        if words and words in removed:
            continue
        if not line.strip() and (not out or not out[-1].strip()):
            continue  # one blank line between blocks, none at the start
        if _TABLE_RULE.match(line) and (not out or not out[-1].strip()):
            continue  # a table's rule whose header went
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out)
