"""Built-in patterns run on ``re`` where it reads them; ``regex`` must agree on every one.

Each built-in pattern that ``re`` compiles is run by both engines over every rule
example, every seed block and strings made to find the engines' edges, and must give
the same answer on each. One difference is known and kept: in decomposed (NFD) text,
``regex`` reads a combining accent as part of a word and ``re`` as its end, so a
French veto on "explique" also vetoes a decomposed "expliqué". It keeps body, never
removes it; composed text, what the web serves, is unaffected.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import regex

from newsclean.blocks import strip_decoration
from newsclean.catalog import RULES, rule
from newsclean.rules import BlockRule, PatternRule
from rule_patterns import CompiledPattern, compiled_patterns

_ROOT = Path(__file__).resolve().parents[1]

_EDGES = (
    "Photo: Jose\u0301 Pe\u0301rez/Reuters",  # decomposed accents: combining marks
    "Fotografi\u0301a: Mari\u0301a Lo\u0301pez/EFE",
    "Photo:\x1cJane Doe/AP",  # an ASCII separator inside the spaces
    "Read more\x1f",
    "Credit:\u00a0Jane\u2009Doe/Getty Images",
    "STRAẞE gesperrt. Foto: dpa",
    "İstanbul'da seçim. Photo: Reuters",
    "Subscribe\u200bnow",
)


def _texts() -> list[str]:
    texts = {example.text for rule in RULES for example in rule.examples}
    for seed in sorted((_ROOT / "seeds").glob("*.txt")):
        texts.update(seed.read_text(encoding="utf-8").splitlines())
    texts.update(_EDGES)
    return sorted(strip_decoration(text) for text in texts if text.strip())


_TEXTS = _texts()


def _standard_patterns(rule: BlockRule) -> list[CompiledPattern]:
    """Each of ``rule``'s patterns that runs on ``re``."""
    return [found for found in compiled_patterns(rule) if isinstance(found.pattern, re.Pattern)]


def _answers(pattern: re.Pattern[str] | regex.Pattern[str], whole: bool) -> list[object]:
    answers: list[object] = []
    for text in _TEXTS:
        if whole:
            found = pattern.fullmatch(text)
            answers.append(found and (found.span(), found.groupdict()))
        else:
            answers.append([(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)])
    return answers


def _on_regex(standard: re.Pattern[str]) -> regex.Pattern[str]:
    """The same pattern compiled as rules compile it on ``regex``."""
    flags = regex.VERBOSE | regex.V0 | (regex.IGNORECASE if standard.flags & re.IGNORECASE else 0)
    return regex.compile(standard.pattern, flags)


_BLOCK_RULES = [rule for rule in RULES if isinstance(rule, BlockRule)]


def test_most_built_in_patterns_run_on_the_standard_engine() -> None:
    standard = [rule for rule in _BLOCK_RULES if any(_standard_patterns(rule))]
    assert len(standard) >= 0.9 * len(_BLOCK_RULES)


def test_user_patterns_run_on_regex() -> None:
    rule = PatternRule(code="USR001", name="user", category="related", summary="s", message="m",
                       examples=(), keywords=("read more",), pattern="read more")
    assert isinstance(rule._regex, regex.Pattern)


@pytest.mark.parametrize("rule", [r for r in _BLOCK_RULES if any(_standard_patterns(r))], ids=str)
def test_both_engines_agree(rule: BlockRule) -> None:
    for name, standard, whole in _standard_patterns(rule):
        assert _answers(standard, whole) == _answers(_on_regex(standard), whole), f"{rule.code}.{name}"


def test_in_decomposed_text_a_combining_accent_ends_a_word_for_the_standard_engine() -> None:
    veto = rule("PAY401")._unless  # PAY008, the paywall prompts of every pack language
    assert isinstance(veto, re.Pattern)
    decomposed = unicodedata.normalize("NFD", "Partager les coûts reste difficile, a expliqué la ministre.")
    assert veto.search(decomposed)
    assert not _on_regex(veto).search(decomposed)
