"""Documents as blocks, the verdicts reached on them, and how kept blocks are joined.

A block is one non-blank line of the input, as the extractor wrote it: lines
are split at ``\\n`` (a ``\\r`` before it belongs to the line break), and lines
holding only whitespace are gaps between blocks. Paragraphs are runs of
blocks separated by a blank line; they matter only when gaps are collapsed.

Blocks keep their exact character span in the input, so kept blocks come out
byte for byte and every removal can say where it was.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import Mark, Rule
    from .shape import Shape
    from .templates import SiteTemplate

__all__ = ["Block", "Page", "PageContext", "Verdict", "normalise"]

# List bullets and arrows that extractors leave before a block's words (whitespace aside).
LEADING_DECORATION = (
    "\u2022\u00b7\u25aa\u25ba\u25b6\u25e6\u2023\u25cb\u25cf"  # • · ▪ ► ▶ ◦ ‣ ○ ●
    "*|<>-\u2013\u2014\u00ab\u2039\u2190"  # * | < > - – — « ‹ ←
)


#: What ``str.strip()`` strips: every character for which ``str.isspace()`` is true.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_LEADING = WHITESPACE + LEADING_DECORATION
_QUOTE_CLOSERS = {"\u00ab": "\u00bb", "\u2039": "\u203a"}  # « », ‹ ›
_TRAILING = WHITESPACE + "|"


def strip_decoration(text: str) -> str:
    """``text`` without surrounding whitespace, leading bullets and arrows, or trailing pipes.

    One strip of each end with the marks and the whitespace together: alternating them, one
    strip after another, copied the rest of the line each time (``"• " * 200_000``: 53 s).
    """
    core = text.lstrip(_LEADING)
    if core is not text:
        # A guillemet that a later one closes opens a quotation, not a "back" arrow: "« Abonnez-vous
        # » : les newsletters payantes", against "« Retour".
        opened = text[: len(text) - len(core)].rstrip(WHITESPACE)
        if opened[-1:] in _QUOTE_CLOSERS and _QUOTE_CLOSERS[opened[-1]] in core:
            core = text[len(opened) - 1 :]
    return core.rstrip(_TRAILING)


def ends_with_full_stop(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a full stop, perhaps inside quotes or brackets.

    An ellipsis does not count: truncated headlines end in one.
    """
    end = text.rstrip(_CLOSERS)
    return end.endswith(".") and not end.endswith("..")


_CLOSERS = "\"'”’»)]"


_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Lowercase words only, so that punctuation and spacing do not decide a comparison."""
    return " ".join(_WORD.findall(text.lower()))


# Pictographs that open a widget's or a call's line ("🔊 Listen", "📲 Join our channel",
# "⏵ Play"): arrows, technical symbols, geometric shapes, dingbats and emoji, with the
# variation selector that asks for their emoji form. The prefilter folds the same code points.
PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2580-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f"
_OPENING_PICTOGRAPHS = re.compile(f"\\A[{PICTOGRAPHS}{re.escape(WHITESPACE + LEADING_DECORATION)}]++")
_FIRST_PICTOGRAPH = 0x2190

#: The "Â" a no-break space leaves when it was decoded as Latin-1 and its second byte then became a
#: plain space ("Published:Â Friday"): after a sign or a digit, before a space, never inside a word.
_LATIN1_SPACE = re.compile(r"(?<=[^\w\s])Â(?=[ \t])|(?<=\d)Â(?=[ \t])")


@dataclass(frozen=True, slots=True)
class PageContext:
    """What the page says about itself, for rules that compare blocks with it.

    ``host`` is the document's hostname when a ``url=`` was given (site packs
    need it). In HTML mode, ``headlines`` are the headline candidates the page
    declares (title, og:title, h1) and sets apart from its text in a ``<header>``,
    normalised. ``template`` is the template of the page's site, when the cleaner has
    templates and one for that site. ``story`` holds, normalised, the prose of the captions
    that tell a page's story (a gallery's, in HTML mode): the article's, though each reads
    as a caption.
    """

    headlines: frozenset[str] = frozenset()
    host: str | None = None
    template: SiteTemplate | None = None
    story: frozenset[str] = frozenset()


NO_CONTEXT = PageContext()


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the input: its position among the blocks and its exact span."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Verdict:
    """A rule's decision to remove a block, possibly awaiting confirmation.

    Weak verdicts are ``confirmed`` only inside a leading or trailing boilerplate
    cluster; the others are confirmed when made. ``note`` explains the context;
    ``anchor`` is the block a contextual verdict leans on.
    """

    rule: Rule
    hit: str
    confirmed: bool
    note: str = ""
    anchor: int | None = None


class Page:
    """A document split into blocks, with the verdicts the chain has reached so far.

    Block rules see one block's :meth:`core`; context rules see the whole page.
    """

    __slots__ = (
        "_cores", "_longer", "_rows", "_separators", "_words", "context", "ends", "lines", "notes",
        "numbers", "shape", "starts", "text", "verdicts",
    )

    def __init__(self, text: str, context: PageContext = NO_CONTEXT) -> None:
        self.text = text
        self.context = context
        lines = text.split("\n")
        #: The input's lines; blocks are the non-blank ones, at these line numbers.
        self.lines = lines
        # The loops over lines run in C (map, compress), not as a Python loop per line.
        # A blank line strips to "" (false); strip() returns other lines mostly as they are.
        numbers = list(itertools.compress(range(len(lines)), map(str.strip, lines)))
        self.numbers = numbers
        # Line n starts after the n line breaks and the lines before it.
        before = list(itertools.accumulate(map(len, lines), initial=0))
        self.starts = list(map(operator.add, map(before.__getitem__, numbers), numbers))
        self.ends = list(map(operator.add, self.starts, map(len, map(lines.__getitem__, numbers))))
        if "\r" in text:  # a carriage return before a line break belongs to the break
            self.ends = [end - text.startswith("\r\n", end - 1) for end in self.ends]
        self.verdicts: list[Verdict | None] = [None] * len(self.numbers)
        #: What happened that a reader of the explanation should know (a rule timing out).
        self.notes: list[str] = []
        #: Where the prose is; set by the chain once the block rules have matched.
        self.shape: Shape | None = None
        self._cores: dict[int, str] = {}
        self._words: dict[int, int] = {}
        self._longer: dict[int, int] = {}  # block -> a limit its words were counted past
        self._rows: dict[int, bool] = {}
        self._separators: dict[bool, str] = {}

    def block_at_line(self, number: int) -> int:
        """The index of the block on input line ``number``, or -1 for a blank line."""
        i = bisect.bisect_left(self.numbers, number)
        return i if i < len(self.numbers) and self.numbers[i] == number else -1

    def __len__(self) -> int:
        return len(self.starts)

    def block(self, i: int) -> str:
        """The block exactly as it appears in the input."""
        return self.text[self.starts[i] : self.ends[i]]

    def is_row(self, i: int) -> bool:
        """Whether block ``i`` is a table row as the extractor writes it: ``| cell | cell |``, or
        three cells or more joined by " | " alone, beside a row of as many cells ("Hotel | 4 € |
        6 € | 2 €" over "Hostal | 1 € | 1,50 € | 0,50 €"): a lone row of amounts may be a form's
        buttons, a run of them is a table."""
        row = self._rows.get(i)
        if row is None:
            block = self.block(i).strip()
            row = block.startswith("|") and block.endswith("|") and block.count("|") >= 3
            if not row and (cells := self._cell_count(i)) >= 3:
                row = cells in {self._cell_count(j) for j in (i - 1, i + 1) if 0 <= j < len(self)}
            self._rows[i] = row
        return row

    def _cell_count(self, i: int) -> int:
        """How many cells block ``i`` holds if it is a bare row of them: its " | " joins, plus one."""
        return self.block(i).count(" | ") + 1

    def core(self, i: int) -> str:
        """The block without surrounding whitespace, list bullets, opening pictographs and
        table pipes."""
        core = self._cores.get(i)
        if core is None:
            core = strip_decoration(self.block(i))
            if core and ord(core[0]) >= _FIRST_PICTOGRAPH:
                core = _OPENING_PICTOGRAPHS.sub("", core, count=1)
            if "Â" in core:  # a no-break space decoded as Latin-1: rules read it as the space it was
                core = _LATIN1_SPACE.sub("\xa0", core.replace("Â\xa0", "\xa0"))
            self._cores[i] = core
        return core

    def words(self, i: int, limit: int | None = None) -> int:
        """How many words block ``i`` has. With ``limit``, counting stops past it: a longer
        block gives ``limit + 1``, which is all a comparison with the limit needs."""
        count = self._words.get(i)
        if count is None:
            # The rules ask of a long paragraph again and again, each with its own limit: past one
            # limit, it is past every smaller one without counting again.
            if limit is not None and 0 <= limit <= self._longer.get(i, -1):
                return limit + 1
            count = len(self.core(i).split(None, -1 if limit is None else limit))
            if limit is None or count <= limit:
                self._words[i] = count
            elif limit >= 0:  # (a negative limit counts them all, as split's does)
                self._longer[i] = max(limit, self._longer.get(i, -1))
        return count

    def blocks(self) -> list[Block]:
        spans = zip(self.starts, self.ends, strict=True)
        return [Block(i, s, e, self.text[s:e]) for i, (s, e) in enumerate(spans)]

    # Verdicts --------------------------------------------------------------

    def decide(
        self, i: int, rule: Rule, hit: str, *, confirmed: bool = True, anchor: int | None = None
    ) -> None:
        """Record that ``rule`` removes block ``i``; the first verdict on a block wins."""
        if self.verdicts[i] is None:
            self.verdicts[i] = Verdict(rule, hit, confirmed, anchor=anchor)

    def is_matched(self, i: int) -> bool:
        """Some rule has a verdict on the block, confirmed or not."""
        return self.verdicts[i] is not None

    def is_removed(self, i: int) -> bool:
        verdict = self.verdicts[i]
        return verdict is not None and verdict.confirmed

    def has_mark(self, i: int, mark: Mark) -> bool:
        verdict = self.verdicts[i]
        return verdict is not None and mark in verdict.rule.marks

    # Output ------------------------------------------------------------------

    def render(self) -> str:
        """Join the kept blocks; gaps left by removals collapse to the document's separator."""
        text, starts, ends = self.text, self.starts, self.ends
        if not any(self.verdicts):
            return text[starts[0] : ends[-1]] if starts else ""
        removed = [i for i, verdict in enumerate(self.verdicts) if verdict is not None and verdict.confirmed]
        if not removed:
            return text[starts[0] : ends[-1]]
        # A run of kept blocks comes out as one slice of the input, gaps and all; only the
        # stretches of removed blocks between runs are replaced by a separator.
        pieces: list[str] = []
        last_kept, run = -1, 0  # the kept block before the stretch; where the current run starts
        for i in [*removed, len(self.verdicts)]:
            if i > run:
                if last_kept >= 0:
                    pieces.append(self._collapsed_gap(last_kept, run))
                pieces.append(text[starts[run] : ends[i - 1]])
                last_kept = i - 1
            run = i + 1
        return "".join(pieces)

    def _collapsed_gap(self, previous: int, current: int) -> str:
        """The separator replacing removed blocks between two kept ones.

        A paragraph break if any gap in the removed stretch was one, else a line
        break, in the document's own spelling. Never longer than the stretch it
        replaces, so cleaning never grows a document.
        """
        gaps = [self.text[self.ends[j] : self.starts[j + 1]] for j in range(previous, current)]
        paragraph = any(gap.count("\n") > 1 for gap in gaps)
        separator = self._separator(paragraph)
        if len(separator) > self.starts[current] - self.ends[previous]:
            separator = max(gaps, key=len)
        return separator

    def _separator(self, paragraph: bool) -> str:
        """The document's most common paragraph (or line) break between blocks (counted once)."""
        if not self._separators:
            self._separators = self._most_common_gaps()
        return self._separators[paragraph]

    def _most_common_gaps(self) -> dict[bool, str]:
        """The most common paragraph break and line break between blocks; on a tie, the first."""
        # Counted in C: a 10 MB page has some 100,000 gaps, and only a few distinct ones.
        counts = Counter(map(self.text.__getitem__, map(slice, self.ends[:-1], self.starts[1:])))
        found, most = {True: "\n\n", False: "\n"}, {True: 0, False: 0}
        for gap, count in counts.items():
            paragraph = gap.count("\n") > 1
            if count > most[paragraph]:
                found[paragraph], most[paragraph] = gap, count
        return found
