"""The built-in rules, in chain order.

One module per category for English and for markup; one per language in
``languages/``; each ends with a ``RULES`` tuple. A code's hundreds digit says
what kind of rule it is: 0xx English text, 1xx context, 2xx HTML markup,
3xx-8xx the language packs (de, fr, es, it, pt, nl), 9xx site packs. The order here is
the order of the chain: the first block rule that matches a block is the one
the explanation names, and context rules run in this order after every block
rule. Codes are unique and never reused; :func:`_check_identities` enforces
it at import, and ``tests/test_catalog.py`` enforces the rest of the contract.
"""

from __future__ import annotations

from ..rules import Rule, deferred_compilation

with deferred_compilation():  # patterns compile on first use: importing newsclean stays cheap
    from . import (
        advertisement,
        byline,
        cookie,
        corrections,
        credits,
        donation,
        duplicates,
        legal,
        navigation,
        newsletter,
        paywall,
        related,
        scorer,
        share,
        structure,
        templates,
        timestamps,
        widgets,
    )
    from .languages import PACKS
    from .sites import RULES as SITE_RULES

__all__ = ["RULES", "rule"]

RULES: tuple[Rule, ...] = (
    *SITE_RULES,  # the most specific first: they only run on their own site
    *paywall.RULES,
    *donation.RULES,
    *newsletter.RULES,
    *credits.RULES,
    *related.RULES,
    *advertisement.RULES,
    *share.RULES,
    *cookie.RULES,
    *legal.RULES,
    *corrections.RULES,
    *byline.RULES,
    *corrections.LATE_RULES,
    *navigation.RULES,
    *timestamps.RULES,
    *byline.LATE_RULES,
    *duplicates.RULES,
    *(rule for pack in PACKS.values() for rule in pack),
    *paywall.LATE_RULES,
    *related.LATE_RULES,
    *navigation.LATE_RULES,
    *widgets.RULES,
    *structure.RULES,  # last: they lean on every other rule's verdicts
    *scorer.RULES,  # the learned scorer reads what the named rules left, where clusters stand
    *templates.RULES,  # the chain runs them after the block rules, when it has templates
)


def _check_identities(rules: tuple[Rule, ...]) -> dict[str, Rule]:
    by_code: dict[str, Rule] = {}
    names: set[str] = set()
    for candidate in rules:
        for code in (candidate.code, *candidate.aliases):
            if code in by_code:
                raise ValueError(f"rule code {code} is used twice")
            by_code[code] = candidate
        if candidate.name in names:
            raise ValueError(f"rule name {candidate.name} is used twice")
        names.add(candidate.name)
    return by_code


_BY_CODE = _check_identities(RULES)


def rule(code: str) -> Rule:
    """The built-in rule with this code or alias.

    >>> rule("PAY001").name
    'metered-article-counter'
    """
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"no built-in rule has the code {code!r}") from None
