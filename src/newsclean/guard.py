"""The page guard: pruning must not cost the article the extractor would have found.

DOM rules prune the page before trafilatura extracts it. Body safety
(:mod:`newsclean.dom`) keeps what markup alone cannot prove is boilerplate,
but a page can still surprise it: a box holding a large part of the story.
So when one removed element held a substantial share of the page's prose, or
the elements one rule removed did together, the guard extracts the whole page
too, as trafilatura alone would, and compares. If the pruned extraction lacks a
share of it, those removals are reverted (the ones holding the missing text, if
any do, else all of them) and the page is extracted again; that extraction is
kept if it misses less.

Removals of captions, bylines and teasers, which each hold a little prose,
do not wake the guard: on the measuring corpora the text they hold is not the
article.

Pruning can also change what the extractor *chooses* without removing any of
the article: trafilatura weighs the page as a whole (link density, its
fallback extractors), and without a page's menus and footer lists it may
settle on one short part of it. So the guard also looks when the extraction
holds less than :data:`SHORT_SHARE` of the prose left on the pruned page. If
the whole page's extraction holds text that the pruned one lacks and that no
removal held, a share of :data:`DRIFT_SHARE` of it or more, pruning moved the
extractor elsewhere: every removal is reverted, and the text rules clean what
the extractor keeps. If removals did hold it, those holding prose and a share of
:data:`LOSS_SHARE` of the whole page's extraction are reverted: a story whose
comment thread holds more prose than it is no prose core, so body safety may
let its container go.

A rule can ask for its removals to be checked (``DomRule.checked``): removing a
short box that trafilatura would have kept can still tip its choices elsewhere in
the article (which headings and lists it keeps, which container it reads), since
they weigh each element against its neighbours. When such a removal was made,
nothing else woke the guard and the pruned extraction lacks :data:`LOSS_SHARE` or
more of the text of the page's article zone, the page is also extracted without
the checked removals; if that extraction holds :data:`LOSS_SHARE` of the zone more,
they are reverted and it is kept. Other pages never pay for a second extraction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .dom import DomRemoval, Pruning

__all__ = ["PageGuardOutcome", "guarded_extraction", "missing", "sequences", "share"]

#: The share of the page's prose one removed element must hold for the guard to look.
SUSPECT_SHARE = 0.2
#: The share of the whole page's extraction that pruning may not cost.
LOSS_SHARE = 0.05
#: The extraction's words, against the prose left on the pruned page, below which the guard
#: looks although no removal held much prose. On trafilatura-eval the pages where pruning moved
#: the extractor hold 14 to 55% of it; 11% of all pages are below this share.
SHORT_SHARE = 0.6
#: The share of the whole page's extraction that the pruned one lacks and no removal held, from
#: which pruning moved the extractor and every removal is reverted (the next largest on
#: trafilatura-eval, 0.08, held the lost text of a removed box; the pages it moved, 0.15 to 0.76).
DRIFT_SHARE = 0.1

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageGuardOutcome:
    """What the page guard reverted, and why: the share of the whole page's extraction (its
    4-word sequences) that the extraction after pruning lacked."""

    lost: float
    reverted: tuple[DomRemoval, ...]
    moved: bool = False  # pruning moved the extractor to another part of the page: all reverted


def guarded_extraction(pruning: Pruning, extract: Callable[[], str]) -> tuple[str, PageGuardOutcome | None]:
    """The text ``extract()`` gives of the pruned tree, unless pruning cost article text.

    ``extract`` reads the tree ``pruning`` works on, as it stands at each call.
    """
    text = extract()
    removals = pruning.all_removals()
    if not removals:
        return text, None
    suspects = _suspects(pruning)
    if not suspects and not _short(pruning, text):
        checked = [i for i, removal in enumerate(removals) if removal.rule.checked]
        return _checked(pruning, extract, text, checked) if checked else (text, None)
    pruning.undo()
    whole_text = extract()
    whole = sequences(whole_text)
    lost = missing(whole, text)
    if share(lost, whole) < LOSS_SHARE:
        pruning.redo()
        return text, None
    unheld = missing(lost, "\n".join(removal.text for removal in removals))
    if share(unheld, whole) >= DRIFT_SHARE:  # the extractor chose another part of the page
        pruning.redo(range(len(removals)))
        return whole_text, PageGuardOutcome(share(lost, whole), tuple(pruning.reverted), moved=True)
    found: dict[int, set[tuple[str, ...]]] = {}

    def held(i: int) -> set[tuple[str, ...]]:
        """The lost sequences removal ``i`` held (read once, and only when asked)."""
        if i not in found:
            found[i] = lost.keys() & sequences(removals[i].text)
        return found[i]

    holding = [i for i in suspects if held(i)]
    if not suspects:
        # The extraction came out short, and no removal held much of the page's prose: the
        # removals of prose that hold a share of what it lacks (the article, where a comment
        # thread holds more prose than it).
        least = LOSS_SHARE * sum(whole.values())
        holding = [i for i, removal in enumerate(removals)
                   if removal.prose and sum(lost[sequence] for sequence in held(i)) >= least]
    if not holding and not suspects:
        pruning.redo()
        return text, None
    pruning.redo(holding or suspects)
    again = extract()
    if share(missing(whole, again), whole) < share(lost, whole):
        return again, PageGuardOutcome(share(lost, whole), tuple(pruning.reverted))
    pruning.undo()
    pruning.redo()
    return text, None


def _checked(
    pruning: Pruning, extract: Callable[[], str], text: str, checked: list[int]
) -> tuple[str, PageGuardOutcome | None]:
    """The pruned extraction, or the one without the ``checked`` removals if that one holds more of
    the page's article zone, by a share of :data:`LOSS_SHARE` of it or more (the removals moved the
    extractor off part of the article; where they moved it onto the article, pruning stands)."""
    article = sequences(pruning.article_text())
    lost = missing(article, text)
    if share(lost, article) < LOSS_SHARE:
        return text, None  # it lacks too little for any extraction to hold LOSS_SHARE more: none is made
    pruning.undo()
    pruning.redo(checked)
    alternative = extract()
    if share(lost, article) - share(missing(article, alternative), article) >= LOSS_SHARE:
        return alternative, PageGuardOutcome(share(lost, article), tuple(pruning.reverted))
    pruning.undo()
    pruning.redo()
    return text, None


def _short(pruning: Pruning, text: str) -> bool:
    """Whether the extraction holds less than :data:`SHORT_SHARE` of the pruned page's prose."""
    tokens = len(_TOKEN.findall(text))
    most = pruning.prose_at_most()  # measuring the pruned tree again costs a walk of the page
    if most is not None and tokens >= SHORT_SHARE * most:
        return False
    return tokens < SHORT_SHARE * pruning.prose_left()


def _suspects(pruning: Pruning) -> list[int]:
    """The removals (by index) that held a substantial share of the page's prose, each alone
    or with the others of its rule: twenty figures whose captions each hold one step of a
    how-to hold the article together."""
    least = SUSPECT_SHARE * (pruning.page_prose or 0)
    removals = pruning.all_removals()
    by_rule: Counter[str] = Counter()
    for removal in removals:
        by_rule[removal.rule.code] += removal.prose
    return [i for i, removal in enumerate(removals) if removal.prose and by_rule[removal.rule.code] >= least]


def sequences(text: str) -> Counter[tuple[str, ...]]:
    """The text's 4-word sequences (the units of the article-extraction benchmark's metric)."""
    tokens = _TOKEN.findall(text)
    return Counter(zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False))


def missing(whole: Counter[tuple[str, ...]], text: str) -> Counter[tuple[str, ...]]:
    """The sequences of ``whole`` that ``text`` lacks altogether: a second copy of the article
    that pruning removed (an invisible one, for search engines) is no lost text."""
    kept = sequences(text)
    return Counter({sequence: count for sequence, count in whole.items() if sequence not in kept})


def share(part: Counter[tuple[str, ...]], whole: Counter[tuple[str, ...]]) -> float:
    return sum(part.values()) / max(sum(whole.values()), 1)
