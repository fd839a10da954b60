"""Box lines: the short lines of an appeal's box around the part a rule recognised.

A cookie banner, a paywall prompt, a donation appeal or a share bar is a box of
several lines, and the rules recognise the one that says enough: the banner's
paragraph, the appeal's pitch, a "Share" button. The box's other lines say too
little to be recognised alone: its buttons ("Keuzes aanpassen", "Sí, quiero
colaborar"), its heading, its price tiers ("3 € · 6 € · 12 €", "Plano Mensal ·
Plano Anual"), a share bar's network names. Beside the recognised part, with no
prose paragraph between, such a line goes when it is short, is no prose, and
carries a weak signal of the same category: a word the category's buttons say
(``[box-words]`` in the vocabulary), a price for a paywall or a donation, a
social network for a share bar, or a reply opening it ("Yes, …", "Nee, bedankt").
A sub-heading or a one-line paragraph next to an appeal says none of these, and
stays; reported speech and quotations veto.
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import HIT_PIECES, Category, ContextRule, Example, Finding
from ..shape import opening_quotation
from ._signals import _fold, _Label, _opening, _PhraseScan, _removed_as, continues_fields, opens_as_heading
from ._vocabulary import concept, reported_speech

if TYPE_CHECKING:
    from ..blocks import Page

__all__ = ["BoxLines", "box_lines_rule", "box_word"]

# A price or an amount: a currency sign or code beside a number ("€5", "5 €", "R$ 1,90", "CHF 1.–").
_PRICE = re.compile(
    r"""(?:(?<![\w$£€])(?:R\$|US\$|[$£€]|CHF|EUR|GBP|USD)\s?\d[\d.,]*(?:[.,]–)?
        |(?<![\w.,])\d[\d.,]*(?:[.,]–)?\s?(?:€|£|\$|CHF|EUR|euros?|Euro)(?![\w$£€]))""",
    re.VERBOSE,
)

_CLOSERS = "\"'”’»)] "

# What stands between a box's amounts: "5 € · 10 € · 20 €", "$5 | $10".
_TIER_MARKS = " \t·•|/,;:-–—+"


@functools.cache
def _scan(key: str) -> _PhraseScan:
    """The phrases of ``key`` (signals) and of the replies, in every language."""
    found = concept("box-words")
    phrases = [
        (phrase, _Label(language, kind))
        for language in found.languages
        for kind, listed in (("signal", key), ("opens", "replies"))
        for phrase in found.get(listed, [language])
    ]
    return _PhraseScan.of(phrases)


@dataclass(frozen=True, kw_only=True, repr=False)
class BoxLines(ContextRule):
    """The short lines of a box beside a block removed for the rule's category.

    Read outwards from each such block, a line at a time: a line beside it (or beside a
    line this rule took) goes when it is no prose, has at most ``max_words`` words, no
    reported speech, opens with no quotation, asks no question, is no table row, and carries a weak
    signal of the category.

    Attributes:
        key: The list of ``[box-words]`` that holds the category's weak signals.
        kin: Other categories whose blocks a box of this one shares: a paywall's offer and a
            donation appeal stand in one box of reader revenue ("Subscribe or donate").
        prices: Whether a price or an amount is a signal (a line of nothing but amounts: a donation's
            tiers, an offer's prices).
        max_words: How long a line of the box may be.
        button_words: How long a line with one signal may be: a longer one needs two, unless it
            stands between two blocks of the box.
    """

    key: str
    kin: tuple[Category, ...] = ()
    prices: bool = False
    max_words: int = 8
    button_words: int = 4
    # Between two of the box's lines one signal is enough for a slightly longer line; a sub-heading
    # of six words there ("Streaming service raises prices and loses subscribers") needs two.
    inside_words: int = 5

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None:
            return
        categories = {self.category, *self.kin}
        kin = deque(
            i for i, verdict in enumerate(page.verdicts)
            if verdict is not None and verdict.confirmed and verdict.rule.category in categories
        )
        taken: set[int] = set()
        while kin:
            anchor = kin.popleft()
            for i in (anchor - 1, anchor + 1):
                if not 0 <= i < len(page) or page.verdicts[i] is not None or i in taken or shape.prose[i]:
                    continue
                other = 2 * i - anchor  # the block on the far side of ``i``
                if continues_fields(page, i, other):
                    continue
                inside = 0 <= other < len(page) and (
                    other in taken or any(_removed_as(page, other, category) for category in categories)
                )
                # A reply ("Yes, …") answers the box's own appeal: beside a kin's, it may be its button.
                own = anchor in taken or _removed_as(page, anchor, self.category)
                hit = self._signal(page, i, inside, replies=own)
                if hit is not None:
                    taken.add(i)
                    kin.append(i)
                    yield Finding(i, hit, anchor=anchor)

    def _signal(self, page: Page, i: int, inside: bool, *, replies: bool = True) -> str | None:
        """The weak signal that makes block ``i`` a line of the box, if any: one, or on a line of
        more than ``button_words`` two, unless the line, of at most ``inside_words``, stands between two
        of the box's (``inside``)."""
        if page.words(i, self.max_words) > self.max_words:
            return None
        core = page.core(i)
        if opening_quotation(page.block(i)) is not None or reported_speech().search(core) or page.is_row(i):
            return None  # words quoted, reported speech, or a table's row
        if core.rstrip(_CLOSERS).endswith("?"):
            return None  # "Kann ich widersprechen?": a question heads the story's next paragraph
        folded = _fold(core)
        if len(folded) != len(core):
            core = folded
        if opens_as_heading(folded):
            return None  # "How to donate": the story's sub-heading
        opening = _opening(folded)
        found = [(labels, start, end) for labels, start, end in _scan(self.key).find(folded, core)]
        signals = [
            (start, end) for labels, start, end in found
            if any(label.kind == "signal" or (replies and label.kind == "opens" and start == opening)
                   for label in labels)
        ]
        # A button is a few words, most of them its signal; a longer line needs two signals apart
        # ("Oui, je soutiens Le Courrier"), where a sub-heading has one ("Pay or accept: the new choice").
        chosen: list[tuple[int, int]] = []
        for start, end in sorted(signals, key=lambda span: (span[0], -span[1])):
            if all(end <= first or start >= last for first, last in chosen):
                chosen.append((start, end))
        short = page.words(i, self.button_words) <= self.button_words
        inside = inside and page.words(i, self.inside_words) <= self.inside_words
        if chosen and (inside or len(chosen) >= 2 or short):
            return HIT_PIECES.join(core[start:end] for start, end in chosen[:2])
        if self.prices and _PRICE.search(core) is not None and not _PRICE.sub("", core).strip(_TIER_MARKS):
            return core  # nothing but amounts: a box's tiers ("5 € · 10 € · 20 €")
        return None

    def for_languages(self, languages: frozenset[str]) -> BoxLines:
        return self


# The ``[box-words]`` list of each category whose boxes have one.
_BOX_KEYS = {
    Category.COOKIE: "cookie", Category.PAYWALL: "paywall", Category.DONATION: "donation",
    Category.SHARE: "share", Category.CORRECTION: "corrections",
}


def box_word(category: Category, text: str) -> bool:
    """Whether ``text`` carries a weak signal of a ``category`` box: one of its ``[box-words]``, or
    a price for a paywall or a donation ("Jetzt 1 Monat um 1 € testen")."""
    key = _BOX_KEYS.get(category)
    if key is None:
        return False
    if category in (Category.PAYWALL, Category.DONATION) and _PRICE.search(text) is not None:
        return True
    folded = _fold(text)
    return any(
        label.kind == "signal" for labels, _, _ in _scan(key).find(folded, text) for label in labels
    )


def box_lines_rule(
    *,
    code: str,
    name: str,
    category: Category,
    key: str,
    summary: str,
    message: str,
    examples: tuple[Example, ...],
    prices: bool = False,
    kin: tuple[Category, ...] = (),
    signals: str,
) -> BoxLines:
    """A :class:`BoxLines` rule for ``category``, its signals the ``key`` list of ``[box-words]``."""
    return BoxLines(
        code=code,
        name=name,
        category=category,
        key=key,
        kin=kin,
        prices=prices,
        summary=summary,
        message=message,
        safety=f"Only beside a block removed as {' or '.join(c.name.lower() for c in (category, *kin))} "
        "boilerplate (or a line this rule took), never across a prose paragraph: a line of at most eight "
        "words that is no prose and no table row, opens with no quotation or question word, asks nothing, "
        f"has no reported speech and carries {signals}; a line of more than four words carries two, unless "
        "it stands between two lines of the box and has at most five. A sub-heading beside an "
        "appeal ('How to donate', 'Pay or accept: the new choice') stays.",
        examples=examples,
    )

