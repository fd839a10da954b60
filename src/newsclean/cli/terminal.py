"""The explain view: the document with its removed blocks struck out, coloured by category.

On a terminal, removed lines are struck through in their category's colour and
followed by the rule code and reason; elsewhere (a pipe, a file, NO_COLOR) the
same view uses plain markers: ``-`` before a removed line, two spaces before a
kept one, the rule after it in brackets.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import IO

from ..results import Cleaned, Removal
from .palette import ANSI

__all__ = ["printable", "render", "wants_colour"]

_RESET = "\x1b[0m"
_STRIKE = "\x1b[9m"
_DIM = "\x1b[2m"
_BOLD = "\x1b[1m"


def wants_colour(stream: IO[str], choice: str = "auto") -> bool:
    """``always``, ``never``, or ``auto``: a terminal, unless NO_COLOR is set (or FORCE_COLOR is)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


# Control characters, written out: from the input, an escape sequence would drive the terminal
# (colour it, retitle it, rewrite what it shows) rather than be shown. Tab is left to be a tab.
_CONTROLS = {code: f"\\x{code:02x}" for code in (*range(9), *range(10, 32), *range(127, 160))}


def printable(text: str) -> str:
    """``text`` with its control characters written out (``\\x1b``), safe to print."""
    return text.translate(_CONTROLS)


def render(result: Cleaned, name: str, *, colour: bool) -> str:
    """The document as the rules saw it, each removal marked where it was. Everything that
    comes from the input is :func:`printable`."""
    paint = _painter(colour)
    lines = [paint(f"── {printable(name)}: {result.render().splitlines()[0]}", _BOLD)]
    elements = [r for r in result.removals if r.element is not None]
    if elements:
        lines.append(paint("HTML elements removed before extraction:", _BOLD))
        lines += [_removed_line(f"{r.where}  {r.element}", r, colour) for r in elements]
        lines.append(paint("The extracted text:", _BOLD))
    by_start = {r.start: r for r in result.removals if r.start is not None}
    offset = 0
    for line in result.source.split("\n"):  # the lines the blocks were split from
        removal = by_start.get(offset)
        text = line.removesuffix("\r")
        if removal is not None:
            lines.append(_removed_line(text, removal, colour))
        else:
            lines.append(printable(text) if colour else f"  {printable(text)}" if text.strip() else "")
        offset += len(line) + 1
    if result.guard is not None:
        lines.append(paint(str(result.guard), _BOLD))
    lines += [paint(f"note: {printable(note)}", _DIM) for note in result.notes]
    return "\n".join(lines)


def _removed_line(text: str, removal: Removal, colour: bool) -> str:
    text = printable(text)
    label = printable(f"{removal.code} {removal.name}: {removal.reason}")
    if not colour:
        return f"- {text}   [{label}]"
    tint = f"\x1b[38;5;{ANSI[removal.category]}m"
    return f"{tint}{_STRIKE}{text}{_RESET}  {tint}← {label}{_RESET}"


def _painter(colour: bool) -> Callable[[str, str], str]:
    def paint(text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if colour else text

    return paint
