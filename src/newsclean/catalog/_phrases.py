"""Phrase rules: the shape most language-pack rules take, written as data.

A phrase rule matches a block that *is* one of its phrases, or that *opens*
with one (``follow="headline"``: then a colon or dash and a headline;
``follow="anything"``: then whatever the word limit allows). Short generic
phrases (buttons, labels: "Tout accepter", "Nieuwsbrief") go in ``alone``:
they match only as the whole block, whatever ``follow`` says. Phrases are
plain text: spaces match any whitespace, apostrophes match ``'`` and ``’``,
case does not matter. The keywords are derived from the phrases, anchored to
the block's start, so the prefilter can never miss a match.
"""

from __future__ import annotations

import regex

from ..rules import Category, Evidence, Example, Mark, PatternRule
from ._patterns import END, HEADLINE, START, starts

__all__ = ["NETWORKS", "phrase_rule", "with_networks"]

#: The social networks that share and follow prompts name.
NETWORKS = (
    "Facebook", "Twitter", "X", "Instagram", "WhatsApp", "LinkedIn", "Telegram", "TikTok", "YouTube",
    "Bluesky", "Threads", "Pinterest", "Flipboard", "Mastodon", "Reddit",
)


def with_networks(*prefixes: str) -> tuple[str, ...]:
    """Every prefix followed by every network: ``with_networks("Suivez-nous sur")``."""
    return tuple(f"{prefix} {network}" for prefix in prefixes for network in NETWORKS)

_TAILS = {
    "nothing": (END, 12),
    "headline": (rf"(?:\s*[:|–—-]\s*{HEADLINE}|{END})", 30),
    "anything": (r"(?:[\s:,;.!?…–—-].{0,400})?", 40),
}


def phrase_rule(
    *,
    code: str,
    name: str,
    category: Category,
    language: str,
    summary: str,
    message: str,
    phrases: tuple[str, ...],
    examples: tuple[Example, ...],
    alone: tuple[str, ...] = (),
    follow: str = "nothing",
    evidence: Evidence = Evidence.STRONG,
    max_words: int | None = None,
    unless: str | None = None,
    marks: frozenset[Mark] = frozenset(),
    safety: str = "",
) -> PatternRule:
    """A :class:`PatternRule` for blocks that are, or open with, one of ``phrases``."""
    if follow not in _TAILS:
        raise ValueError(f"follow must be one of {', '.join(_TAILS)}, got {follow!r}")
    if not phrases and not alone:
        raise ValueError("a phrase rule needs phrases or alone phrases")
    tail, default_words = _TAILS[follow]
    branches = []
    if phrases:
        branches.append(rf"{START}(?:{_alternatives(phrases)}){tail}")
    if alone:
        branches.append(rf"{START}(?:{_alternatives(alone)}){END}")
    pattern = "|".join(branches)
    return PatternRule(
        code=code,
        name=name,
        category=category,
        summary=summary,
        message=message,
        languages=(language,),
        keywords=starts(*sorted({_as_keyword(phrase) for phrase in (*phrases, *alone)})),
        pattern=pattern,
        max_words=max_words if max_words is not None else default_words,
        evidence=evidence,
        unless=unless,
        marks=marks,
        safety=safety,
        examples=examples,
    )


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(_as_pattern(phrase) for phrase in sorted(phrases, key=len, reverse=True))


def _as_pattern(phrase: str) -> str:
    """Spaces match any whitespace; either apostrophe matches both (in one pass, so the class
    inserted for one is not rewritten by the other)."""
    return r"\s+".join(_APOSTROPHE.sub("['’]", regex.escape(word)) for word in phrase.split())


_APOSTROPHE = regex.compile("['’]")


def _as_keyword(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())
