"""The contract every built-in rule keeps: identity, examples, docs, safe patterns."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import newsclean
from newsclean import (
    BlockRule,
    Category,
    ContextRule,
    Ending,
    EndingRule,
    Evidence,
    PatternRule,
    Rule,
    SignalRule,
)
from newsclean.dom import DomRule
from rule_patterns import compiled_patterns

import gen_rule_docs

RULES = newsclean.RULES
IDS = [rule.code for rule in RULES]


def test_codes_and_names_are_unique() -> None:
    codes = [code for rule in RULES for code in (rule.code, *rule.aliases)]
    names = [rule.name for rule in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_identity(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
    assert rule.code.startswith(rule.category.value), "built-in codes carry their category prefix"
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.summary
    assert "\n" not in rule.summary
    assert len(rule.summary) <= 120
    assert rule.message
    assert rule.message == rule.message.strip()


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_has_removes_and_keeps_examples(rule: Rule) -> None:
    assert any(example.removed for example in rule.examples), f"{rule.code} removes nothing"
    assert any(not example.removed for example in rule.examples), f"{rule.code} keeps nothing"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_kinds_fit_their_evidence(rule: Rule) -> None:
    if isinstance(rule, BlockRule):
        assert rule.keywords, f"{rule.code}: built-in block rules must feed the prefilter"
        assert rule.evidence is not Evidence.CONTEXT
    elif isinstance(rule, DomRule):
        markup = (rule.tags, rule.parts, rule.pairs, rule.roles, rule.labels, rule.schema)
        structural = type(rule).recognise is not DomRule.recognise
        assert any(markup) or structural, f"{rule.code}: a DOM rule needs markup to recognise"
        assert rule.code[3] == "2", "DOM rules are numbered 2xx"
    else:
        assert isinstance(rule, ContextRule)
        assert rule.code[3] == "1", "context rules are numbered 1xx"
    if rule.sites:
        assert rule.code[3] == "9", "site-pack rules are numbered 9xx"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_language_packs_are_numbered_by_language(rule: Rule) -> None:
    digit = {"de": "3", "fr": "4", "es": "5", "it": "6", "pt": "7", "nl": "8"}
    if len(rule.languages) == 1 and rule.languages[0] in digit:
        assert rule.code[3] == digit[rule.languages[0]]
    if rule.evidence is not Evidence.STRONG:
        assert rule.safety, f"{rule.code}: weak and contextual rules explain their safety"


@pytest.mark.parametrize("rule", [r for r in RULES if isinstance(r, (PatternRule, SignalRule))], ids=str)
def test_no_fstring_quantifier_leaked_into_a_pattern(rule: BlockRule) -> None:
    """``{0,6}`` inside an rf-string is a tuple, and silently becomes the text "(0, 6)"."""
    for field, pattern, _ in compiled_patterns(rule):
        assert not re.search(r"\(\d+, \d*\)", pattern.pattern), f"{rule.code}.{field}"


def test_a_gated_ending_finds_what_it_needs_in_every_example_it_matches() -> None:
    """An :class:`Ending` is skipped where its gate finds nothing: a gate that misses a block the
    ending matches hides that match. Each rule's examples, removed or kept, are such blocks."""
    checked = 0
    for rule in (rule for rule in RULES if isinstance(rule, EndingRule)):
        for ending, matcher in zip(rule.endings, rule._end_matchers, strict=True):
            if not isinstance(ending, Ending):
                continue
            for example in rule.examples:
                if matcher(example.text) is not None:
                    checked += 1
                    found = re.search(ending.needs, example.text.lower())
                    assert found, (rule.code, ending.needs[:60], example.text)
    assert checked >= 20


def test_every_category_has_rules() -> None:
    assert {rule.category for rule in RULES} == set(Category)


def test_rules_reference_is_fresh() -> None:
    with open(gen_rule_docs.OUTPUT, encoding="utf-8") as stale:
        assert stale.read() == gen_rule_docs.render(), (
            "docs/rules.md is stale: run python scripts/gen_rule_docs.py"
        )


def test_importing_newsclean_compiles_no_built_in_pattern_but_a_user_rule_fails_at_once() -> None:
    # In a fresh interpreter: this one's other tests have compiled every pattern by now.
    probe = (
        "import newsclean\n"
        "from newsclean.rules import BlockRule\n"
        "built = [r.code for r in newsclean.RULES if isinstance(r, BlockRule) and '_unless' in vars(r)]\n"
        "assert not built, built\n"
        "assert newsclean.clean('The vote passed.\\n\\nGo deeper') == 'The vote passed.'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
    with pytest.raises(ValueError, match="invalid pattern"):
        newsclean.PatternRule(
            code="USR001",
            name="broken",
            category="related",
            summary="s",
            message="m",
            examples=(),
            keywords=("x",),
            pattern="(unclosed",
        )


def test_a_cased_voice_phrase_counts_only_as_written_inside_a_sentence() -> None:
    """German "=Sie" is the reader: "in Ihrem Postfach" speaks to them, "in ihrem Postfach" (her
    inbox) does not, and a capital where a sentence opens proves nothing."""
    from newsclean.catalog.newsletter import NEWSLETTER_PITCH

    pitch = "Die wichtigsten Deals der Woche – jeden Freitag kostenlos in Ihrem Postfach."
    assert NEWSLETTER_PITCH.match(pitch) is not None
    assert NEWSLETTER_PITCH.match(pitch.replace("Ihrem", "ihrem")) is None
    report = "Die Deals der Woche kamen jeden Freitag kostenlos. Ihr Postfach quoll über."
    assert NEWSLETTER_PITCH.match(report) is None


@pytest.mark.parametrize(("own", "attributed"), [
    ("according to our privacy policy", "according to the regulator"),
    ("laut unserer Datenschutzerklärung", "laut der Behörde"),
    ("selon nos conditions", "selon le ministre"),
    ("según nuestra política de cookies", "según el regulador"),
    ("secondo la nostra informativa", "secondo il garante"),
    ("volgens ons privacybeleid", "volgens de toezichthouder"),
    ("de acordo com a nossa Política de Privacidade", "de acordo com o regulador"),
])
def test_according_to_the_publishers_own_words_is_no_reported_speech(own: str, attributed: str) -> None:
    """A cookie banner's "according to our privacy policy" attributes nothing; "according to the
    regulator" reports what someone said, and vetoes an appeal."""
    import regex

    from newsclean.catalog._vocabulary import LANGUAGES, speech_veto

    veto = regex.compile(speech_veto(LANGUAGES), regex.IGNORECASE)
    assert veto.search(f"Cookies are used {own}.") is None
    assert veto.search(f"Cookies are used {attributed}.") is not None


def test_a_phrase_with_a_count_stands_for_each_count_a_meter_prints() -> None:
    from newsclean.catalog._vocabulary import concept

    phrases = concept("paywall-prompt").get("phrases", ["it"])
    assert {"Hai letto 1 articoli su", "Hai letto 4 articoli su", "Hai letto 20 articoli su"} <= set(phrases)
    assert not any("{n}" in phrase for phrase in phrases)


def test_a_name_slot_reads_the_hyphenated_name_of_a_compound() -> None:
    """``{name}`` in a phrase stands for a name joined by a hyphen ("Tagblatt-App", "SZ-Plus-App");
    the prefilter's keyword stops before it, so it never misses a name."""
    import re

    from newsclean.catalog._vocabulary import alternatives, keyword_of

    pattern = re.compile(alternatives(["Jetzt die {name}-App laden"]) + "$", re.IGNORECASE)
    for text in ("Jetzt die Tagblatt-App laden", "Jetzt die SZ-Plus-App laden", "Jetzt die 24-App laden"):
        assert pattern.match(text), text
    for text in ("Jetzt die App laden", "Jetzt die neue Tagblatt-App laden", "Jetzt die Tagblatt App laden"):
        assert not pattern.match(text), text
    assert keyword_of("Jetzt die {name}-App laden") == "jetzt die"
    alone = re.compile(alternatives(["Steun {name}"]) + "$", re.IGNORECASE)
    assert alone.match("Steun De Kantonnier")
    assert alone.match("Steun de actie") is None, "a name opens each word with a capital"
