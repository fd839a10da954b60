"""The keyword prefilter: which blocks could any rule match, and which rules?

Running every rule's regular expression on every block would be slow: a
Python alternation of case-insensitive patterns scans well under 1 MB/s. So
each block rule declares keywords, and one Aho-Corasick automaton finds all
keyword occurrences in a document in a single pass. A block with no keyword
is decided (kept) without running any pattern; a block with keywords runs
only the rules those keywords belong to.

The scan runs on the document's UTF-8 bytes, lowercased byte-wise (see
:func:`_canonical_bytes`), which is several times faster than ``str.lower()``
on non-ASCII text. Keywords are registered in the spellings a byte-wise fold
does not reach: each case of their letters beyond Latin-1. ``\\n`` never
occurs inside a multi-byte UTF-8 sequence, so byte lines and string lines are
the same lines.

A prefilter miss can only keep a block, never remove one: keywords decide
which rules run, and only the rules decide.

A rule's ``also`` keywords join the same scan under a second owner, the
rule's gate: the rule is tried on a line only when its gate was found there
too. A digit opens thousands of lines; "read" is on few of those that open
with one.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

import ahocorasick_rs

from .rules import BlockRule

__all__ = ["KeywordIndex"]


class KeywordIndex:
    """Map a document to ``{line number: rule positions}`` for the rules to try.

    Keywords are lowercase substrings; ``^`` and ``$`` at their ends anchor
    them to the start and end of a line, so ``^ad$`` finds a line that is
    exactly "Ad" without finding every "had" and "said".

    Rule positions index the ``rules`` sequence, which is in chain order, so a
    sorted candidate list runs rules in the order the chain defines.
    """

    def __init__(self, rules: Sequence[BlockRule]) -> None:
        owners: dict[bytes, set[int]] = {}
        self.unfiltered: tuple[int, ...] = tuple(i for i, rule in enumerate(rules) if not rule.keywords)
        # A rule's gate (its ``also`` keywords) is an owner too, numbered after all the rules.
        gate = len(rules)
        for position, rule in enumerate(rules):
            for owner, keywords in ((position, rule.keywords), (gate + position, rule.also)):
                for keyword in keywords:
                    for key in _automaton_keys(keyword):
                        owners.setdefault(key, set()).add(owner)
        self._gate = gate
        self._gated = frozenset(position for position, rule in enumerate(rules) if rule.also)
        self._opened: dict[tuple[int, ...], tuple[int, ...]] = {}  # owners found -> rules to try
        keys = _without_covered(owners)
        self._owners = [tuple(sorted(owners[key])) for key in keys]
        # How far before its end a key's last byte on its own line is (a closing newline is not).
        self._back = [2 if key.endswith(b"\n") else 1 for key in keys]
        # A contiguous NFA, not a DFA: with 40,000 keys the DFA's tables are too large for the
        # processor's cache, which the rules' patterns evict between two documents; measured in a
        # cleaning pass, the NFA's scan takes 0.6x the DFA's (alone on a warm cache, the DFA wins).
        self._automaton = (
            ahocorasick_rs.BytesAhoCorasick(keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
            if keys
            else None
        )

    def candidates(self, text: str) -> dict[int, tuple[int, ...]]:
        """Lines of ``text`` that contain a keyword, with the rules to try on each, in order."""
        if self._automaton is None:
            return {}
        scanned = _canonical_bytes(text)
        hits = self._automaton.find_matches_as_indexes(scanned, overlapping=True)
        if not hits:
            return {}
        # 20,000 hits a megabyte fall on a few thousand lines: the hits are mapped to their lines
        # in C (map, bisect), and the Python loop runs once per line, not once per hit. Matches come
        # in the order they end, and a key's last byte before any closing newline is on its line, so
        # the lines come in order and each line's hits together.
        keys = list(map(_FIRST, hits))
        positions = map(operator.sub, map(_END, hits), map(self._back.__getitem__, keys))
        lines = map(bisect.bisect_left, itertools.repeat(_line_breaks(scanned)), positions)
        owners = map(self._owners.__getitem__, keys)
        found: dict[int, tuple[int, ...]] = {}
        for line, owned in itertools.groupby(zip(lines, owners, strict=True), _FIRST):
            distinct = {rules for _, rules in owned}
            # The newline added before the first line is not a line break.
            found[line - 1] = distinct.pop() if len(distinct) == 1 else merge(*distinct)
        if self._gated:
            found = self._through_gates(found)
        return found

    def _through_gates(self, found: dict[int, tuple[int, ...]]) -> dict[int, tuple[int, ...]]:
        """``found`` with each line's owners made the rules to try: a gated rule only where its
        gate was found too, and no line left without a rule."""
        opened = self._opened
        if len(opened) > _MAX_OPENED:  # distinct owner lists are few, but a process may run long
            opened.clear()
        tried: dict[int, tuple[int, ...]] = {}
        for line, owners in found.items():
            rules = opened.get(owners)
            if rules is None:
                rules = opened[owners] = self._open(owners)
            if rules:
                tried[line] = rules
        return tried

    def _open(self, owners: tuple[int, ...]) -> tuple[int, ...]:
        gate, gated, present = self._gate, self._gated, set(owners)
        return tuple(
            owner for owner in owners if owner < gate and (owner not in gated or owner + gate in present)
        )


_MAX_OPENED = 10_000


def _without_covered(owners: dict[bytes, set[int]]) -> list[bytes]:
    """The keys, sorted, without those whose shorter keys find the same rules.

    Where "lesen sie" is found, "lesen sie auch" is found on the same line: a
    key adds nothing when the keys that open it already name all its rules.
    Thousands of phrases share their first words, and a smaller automaton
    scans faster.
    """
    kept: list[bytes] = []
    openings: list[bytes] = []  # the kept keys that open the current one, shortest first
    for key in sorted(owners):
        while openings and not key.startswith(openings[-1]):
            openings.pop()
        if owners[key] <= set().union(*(owners[opening] for opening in openings)):
            continue
        kept.append(key)
        openings.append(key)
    return kept


_FIRST, _END = operator.itemgetter(0), operator.itemgetter(2)  # a hit is (key, start, end)


def _line_breaks(scanned: bytes) -> list[int]:
    """The offsets of the line breaks in ``scanned``, in order (counted in C)."""
    return list(map(operator.add, itertools.accumulate(map(len, scanned.split(b"\n"))), itertools.count()))


def merge(*positions: tuple[int, ...]) -> tuple[int, ...]:
    """The rule positions of several lists, each once, in order."""
    return tuple(sorted(set().union(*positions)))


def _automaton_keys(keyword: str) -> list[bytes]:
    """The byte strings that find ``keyword`` in folded text (see :func:`_canonical_bytes`).

    ``^`` and ``$`` anchor a keyword to a line's start and end (newlines in the
    scan); a lone ``$`` is the dollar sign. The scan drops a line's opening bracket, so an anchored keyword
    drops it too, and one that opens with a bracket is also looked for at a
    line's start without it.
    """
    keys = []
    for spelling in _case_spellings(keyword.replace("\u2019", "'")):
        key = spelling.encode("utf-8")
        if key.startswith(b"^"):
            key = b"\n" + key[1:].lstrip(b"([")
        elif key[:1] in (b"(", b"["):
            keys.append(b"\n" + key[1:])
        if key.endswith(b"$") and key != b"$":
            key = key[:-1] + b"\n"
        if key.strip(b"\n") == b"":
            raise ValueError(f"keyword {keyword!r} would find every line: leave the rule without keywords")
        keys.append(_opening_words(key) if key.startswith(b"\n") else key)
    return keys


def _opening_words(key: bytes) -> bytes:
    """An anchored key cut after its first word of four letters or more ("\\nlesen", "\\nde la
    rédaction" becomes "\\nde la rédaction", "\\nread more about" becomes "\\nread").

    A word at a line's start is rare enough to find a rule's lines, and thousands of phrases
    open with a few hundred words: the automaton stays small enough for the processor's cache,
    which is what makes it scan fast.
    """
    end = 1
    while end < len(key):
        space = key.find(b" ", end)
        if space < 0 or space - end >= 4:
            return key if space < 0 else key[:space]
        end = space + 1
    return key


# What Page.core() strips from a block's start (see blocks._DECORATION), in UTF-8: runs of
# one-byte marks between multi-byte ones. (A repeated group of all of them took time growing
# faster than the run: 1 MB of spaces, 0.1 s; possessive character runs take 2 ms.) The
# lookahead leaves undecorated lines, nearly all of them, without a substitution.
_LEADING_DECORATION = re.compile(
    rb"\n(?=[ *|<>\xc2\xe2\xef\xf0(\[-])[ *|<>-]*+(?:(?:\xe2\x80[\xa2\xa3\x93\x94\xb9]|\xc2[\xb7\xab]"
    rb"|\xe2\x86[\x90-\xbf]|\xe2[\x87\x8c-\x8f\x96-\x9e\xac-\xaf][\x80-\xbf]"  # blocks.PICTOGRAPHS
    rb"|\xf0\x9f[\x80-\xab][\x80-\xbf]|\xef\xb8\x8f)[ *|<>-]*+)*+[(\[]?"
)

# Uppercase Latin-1 letters (À to Þ, not ×) in UTF-8: lowercase is 0x20 further.
_LATIN1_UPPER = re.compile(rb"\xc3[\x80-\x96\x98-\x9e]")


def _lower_latin1(letter: re.Match[bytes]) -> bytes:
    return b"\xc3" + bytes((letter.group()[1] + 0x20,))


def _canonical_bytes(text: str) -> bytes:
    """The text as keywords expect it: UTF-8, lowercased, common variants folded.

    ASCII and Latin-1 letters are lowercased (other letters are left to the
    keys' spellings, see :func:`_case_spellings`); tabs and no-break spaces
    become spaces, typographic apostrophes plain ones, and carriage returns
    and a space before a line break go. Each line starts where its block's
    core does (bullets stripped, as :meth:`Page.core` strips them), without an
    opening bracket (rules allow one before their opening words; the keys drop
    it too), and a newline is added at both ends so that ``^`` and ``$``
    anchors work on the first and last lines.

    Rarer variants (runs of spaces, thin spaces) are not folded, to keep the
    scan fast: a phrase spelled with them can slip past, which keeps a block
    and never removes one. Lengths change, line breaks do not, and line
    numbers are all the scan reports.
    """
    # Each variant is looked for before it is replaced: finding none (the rule) is a scan at
    # memory speed, where a translation table costs a table lookup per byte.
    data = text.encode("utf-8", "surrogatepass").lower()
    if b"\xc3" in data:
        data = _LATIN1_UPPER.sub(_lower_latin1, data)
    if "\xa0" in text:  # found sooner in the text; replaced faster in the bytes
        data = data.replace(b"\xc2\xa0", b" ")
    if b"\t" in data:
        data = data.replace(b"\t", b" ")
    if b"\r" in data:
        data = data.replace(b"\r", b"")
    if b"\xe2\x80\x99" in data:
        data = data.replace(b"\xe2\x80\x99", b"'")
    if b" \n" in data:
        data = data.replace(b" \n", b"\n")
    return _LEADING_DECORATION.sub(b"\n", b"\n" + data + b"\n")


def _case_spellings(keyword: str) -> list[str]:
    """The spellings of ``keyword`` that the scan's lowercasing can leave.

    The scan lowercases ASCII and Latin-1 letters; each other letter (Œ, Ł,
    Cyrillic) may appear lower- or uppercase. Past a few such letters the
    combinations explode, and the lower, title and upper spellings cover what
    real text uses.
    """
    cased = [c for c in keyword if not _folded(c) and c.upper() != c and len(c.upper()) == 1]
    if not cased:
        return [keyword]
    if len(cased) > _MAX_MIXED_LETTERS:
        title = keyword[0].upper() + keyword[1:] if not _folded(keyword[0]) else keyword
        return sorted({keyword, title, _upper_non_ascii(keyword)})
    options = [(c, c.upper()) if c in cased else (c,) for c in keyword]
    return ["".join(chars) for chars in itertools.product(*options)]


def _folded(letter: str) -> bool:
    """Whether the scan folds ``letter``'s uppercase to it: ASCII, and Latin-1 (À to Þ)."""
    return letter.isascii() or ("\u00e0" <= letter <= "\u00fe" and letter != "\u00f7")


def _upper_non_ascii(keyword: str) -> str:
    return "".join(c.upper() if not _folded(c) and len(c.upper()) == 1 else c for c in keyword)


_MAX_MIXED_LETTERS = 4
