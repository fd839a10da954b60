"""The public API: types, options, selection, user rules, explanations, the guard."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import newsclean
from newsclean import (
    BlockRule,
    Category,
    Cleaner,
    Config,
    ContextRule,
    Ending,
    EndingRule,
    Evidence,
    PatternRule,
    Status,
    keeps,
    removes,
)

BODY = "The council approved the budget on Tuesday after a long debate about school funding."
ARTICLE = f"{BODY}\n\nPhoto: Jane Doe/Reuters\n\nOfficials said the plan starts in January.\n\nGo deeper"


def test_all_is_sorted_and_complete() -> None:
    assert newsclean.__all__ == sorted(newsclean.__all__, key=lambda name: (not name.isupper(), name))
    for name in newsclean.__all__:
        assert hasattr(newsclean, name), name


def test_version_is_the_packaged_version() -> None:
    from importlib.metadata import version

    assert newsclean.__version__ == version("newsclean")


def test_package_is_typed() -> None:
    assert (Path(newsclean.__file__).parent / "py.typed").exists()


@pytest.mark.parametrize("value", [None, 42, ["a list"], 3.5])
def test_wrong_types_get_a_clear_type_error(value: object) -> None:
    for function in (newsclean.clean, newsclean.explain):
        with pytest.raises(TypeError, match=r"takes the article as str \(text or HTML\) or bytes"):
            function(value)  # type: ignore[arg-type]


def test_bytes_are_decoded_then_cleaned() -> None:
    assert newsclean.clean(ARTICLE.encode("utf-8")) == newsclean.clean(ARTICLE)
    assert newsclean.clean(bytearray(ARTICLE.encode("utf-16"))) == newsclean.clean(ARTICLE)


def test_clean_is_explain_text() -> None:
    assert newsclean.clean(ARTICLE) == newsclean.explain(ARTICLE).text == (
        f"{BODY}\n\nOfficials said the plan starts in January."
    )


def test_every_removal_points_at_its_span() -> None:
    result = newsclean.explain(ARTICLE)
    assert [r.code for r in result.removals] == ["CRD001", "REL001"]
    for removal in result.removals:
        assert ARTICLE[removal.start : removal.end] == removal.text
        assert removal.reason
        assert removal.category in Category
        assert str(removal).startswith(f"{removal.code} {removal.name} [{removal.category.label}]")


def test_why_answers_for_a_vanished_line() -> None:
    result = newsclean.explain(ARTICLE)
    removal = result.why("Jane Doe")
    assert removal is not None
    assert removal.code == "CRD001"
    assert result.why("council") is None


def test_why_tells_a_kept_line_from_text_that_is_not_in_the_document() -> None:
    result = newsclean.explain(ARTICLE)
    assert result.why("council") is None  # kept
    with pytest.raises(ValueError, match="'Jane Dough' is not in the document"):
        result.why("Jane Dough")
    html = Path(__file__).parent.parent / "fixtures" / "html" / "donation-box.html"
    page = newsclean.explain(html.read_bytes())
    removed_element = next(removal for removal in page.removals if removal.element is not None)
    assert page.why(removed_element.text[:20]) is removed_element  # an element removed before extraction


def test_render_lists_every_removal() -> None:
    report = newsclean.explain(ARTICLE).render()
    assert report.startswith("removed 2 of 4 blocks")
    assert "CRD001" in report
    assert "REL001" in report


@pytest.mark.parametrize(
    "selectors", [("CRD001", "CRD002"), ("CRD",), ("CRD00",), ("credit",), (Category.CREDIT,)], ids=str
)
def test_ignore_by_code_prefix_or_category(selectors: tuple[str | Category, ...]) -> None:
    assert "Jane Doe/Reuters" in newsclean.clean(ARTICLE, ignore=selectors)


def test_select_runs_only_the_selected_rules() -> None:
    text = newsclean.clean(ARTICLE, select=("related",))
    assert "Jane Doe/Reuters" in text
    assert "Go deeper" not in text


def test_a_single_string_selector_is_accepted() -> None:
    assert newsclean.clean(ARTICLE, ignore="credit") == newsclean.clean(ARTICLE, ignore=("credit",))


def test_unknown_selector_is_an_error() -> None:
    with pytest.raises(ValueError, match="selects no rule"):
        newsclean.clean(ARTICLE, ignore=("CRDX",))


def test_unknown_option_is_an_error() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        newsclean.clean(ARTICLE, ignore_rules=("CRD",))


def test_config_is_frozen_and_replaceable() -> None:
    config = Config(ignore=("NAV",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.preview = True  # type: ignore[misc]
    assert config.replace(preview=True).preview
    assert not config.preview


def test_cleaner_compiles_once_and_is_reusable() -> None:
    cleaner = Cleaner(Config(ignore=("credit",)))
    assert cleaner.clean(ARTICLE) == cleaner.clean(ARTICLE)
    assert all(rule.category is not Category.CREDIT for rule in cleaner.rules)
    assert "rules" in repr(cleaner)


def _user_rule(**changes: object) -> PatternRule:
    fields: dict[str, object] = {
        "code": "ACME001", "name": "acme-promo", "category": Category.ADVERTISEMENT,
        "summary": "Acme's house ads.", "message": "Acme promotion",
        "keywords": ("acme plus",), "pattern": r"try\s+acme\s+plus.*",
        "examples": (removes("Try Acme Plus free"), keeps("Acme Plus sales fell.")),
    }
    fields.update(changes)
    return PatternRule(**fields)  # type: ignore[arg-type]


def test_user_rules_run_and_explain_themselves() -> None:
    text = f"{BODY}\n\nTry Acme Plus free for a month\n\nAcme Plus sales fell."
    result = newsclean.explain(text, extra_rules=(_user_rule(),))
    assert [(r.code, r.text) for r in result.removals] == [("ACME001", "Try Acme Plus free for a month")]


def test_user_rules_can_be_ignored_like_built_ins() -> None:
    text = f"{BODY}\n\nTry Acme Plus free"
    assert "Acme" in newsclean.clean(text, extra_rules=(_user_rule(),), ignore=("ACME",))


def test_user_rule_cannot_take_a_built_in_code() -> None:
    with pytest.raises(ValueError, match="reuses a built-in code"):
        Cleaner(extra_rules=(_user_rule(code="PAY001"),))


def test_rule_definitions_are_validated() -> None:
    with pytest.raises(ValueError, match="code"):
        _user_rule(code="acme1")
    with pytest.raises(ValueError, match="kebab-case"):
        _user_rule(name="Acme Promo")
    with pytest.raises(ValueError, match="invalid pattern"):
        _user_rule(pattern="(unclosed")
    with pytest.raises(ValueError, match="unknown category"):
        _user_rule(category="promo")
    for timeout in (0, -1.0, float("nan")):
        with pytest.raises(ValueError, match="timeout must be a positive number"):
            _user_rule(timeout=timeout)


def test_ending_rules_match_only_at_the_end_and_quote_the_first_ending_that_does() -> None:
    rule = EndingRule(
        code="ACME002", name="acme-signature", category=Category.CREDIT, summary="s", message="m",
        keywords=("acme",), tail=r"\s*+[.]?$",
        endings=(r"(?<=\s)(?P<hit>Acme\s+Wire)", r"(?<=\s)(?P<hit>Wire)"),
        examples=(removes("The plant at dawn. Acme Wire"), keeps("Acme Wire said profits rose.")),
    )
    assert rule.match("The plant at dawn. Acme Wire.") == "Acme Wire"
    assert rule.match("The plant at dawn, wire by Acme Wire ") == "Acme Wire"
    assert rule.match("Acme Wire said profits rose.") is None  # present, but not at the end
    assert rule.match("Acme said the order came by Wire") == "Wire"  # the second ending
    with pytest.raises(ValueError, match="at least one ending"):
        dataclasses.replace(rule, endings=())


def test_a_block_that_closes_as_prose_tries_only_the_prose_endings() -> None:
    loose, named = r"(?<=\.\s)(?P<hit>acme\s+\w+)", r"(?<=\s)(?P<hit>(?-i:[A-Z]\w+)\s+Wire)"
    rule = EndingRule(
        code="ACME003", name="acme-wire", category=Category.CREDIT, summary="s", message="m",
        keywords=("acme", "wire"), endings=(named, loose), tail=r"\s*+[.]?$",
        prose_close=r"(?-i:[a-z]+)\s*+[.]?$", prose_endings=(loose,),
        examples=(removes("The plant at dawn. Acme Wire"), keeps("Acme Wire said profits rose.")),
    )
    assert rule._prose_matchers == (rule._end_matchers[1],)
    assert rule.match("The plant at dawn. Acme Wire.") == "Acme Wire"  # closes on a capital: all endings
    assert rule.match("The plant at dawn. acme photos.") == "acme photos"  # closes as prose: the loose one
    with pytest.raises(ValueError, match="among its endings"):
        dataclasses.replace(rule, prose_endings=("other",))
    with pytest.raises(ValueError, match="need the prose close"):
        dataclasses.replace(rule, prose_close=None)


def test_an_ending_that_needs_a_word_is_tried_only_on_a_block_that_holds_it() -> None:
    gated = Ending(r"(?<=\.\s)(?P<hit>(?:photo|foto):\s+\w+)", needs="photo|foto")
    rule = EndingRule(
        code="ACME004", name="acme-photo", category=Category.CREDIT, summary="s", message="m",
        keywords=("photo", "foto"), endings=(gated, r"(?<=\.\s)(?P<hit>Acme)"), tail=r"\s*+$",
        examples=(removes("The plant at dawn. Photo: Acme"), keeps("Photo: Acme said profits rose.")),
    )
    assert rule.match("The plant at dawn. PHOTO: Acme") == "PHOTO: Acme"  # needs are read in lower case
    assert rule.match("The plant at dawn. Acme") == "Acme"  # no photo word: only the second ending
    broken = dataclasses.replace(rule, endings=(Ending(gated.pattern, needs="credit"),))
    assert broken.match("The plant at dawn. Photo: Acme") is None  # what the gate does not find is not tried


def test_user_context_rules_see_the_page() -> None:
    @dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
    class LastLineIfShouting(ContextRule):
        def find(self, page):  # type: ignore[no-untyped-def]
            last = len(page) - 1
            if page.core(last).isupper():
                yield last, page.core(last)

    rule = LastLineIfShouting(
        code="ACME100", name="shouting-tail", category="advertisement", summary="s", message="m",
        evidence=Evidence.STRONG, examples=(removes("BUY NOW"), keeps("Buy now")),
    )
    assert newsclean.clean(f"{BODY}\n\nBUY NOW", extra_rules=(rule,)) == BODY


def test_preview_rules_are_opt_in() -> None:
    rule = _user_rule(status=Status.PREVIEW)
    text = f"{BODY}\n\nTry Acme Plus free"
    assert "Acme" in newsclean.clean(text, extra_rules=(rule,))
    assert "Acme" not in newsclean.clean(text, extra_rules=(rule,), preview=True)
    assert "Acme" not in newsclean.clean(text, extra_rules=(rule,), select=("ACME001", "PAY"))


def test_the_guard_reverts_weak_evidence_that_takes_too_much() -> None:
    # Five weak labels in the trailing cluster against a one-line body: 5 of 9 words.
    text = "The vote passed.\n\nTopics\n\nComments\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nAdvertisement"
    result = newsclean.explain(text)
    assert result.guard is not None
    assert [r.code for r in result.removals] == ["ADV001"], "strong evidence stands"
    assert {r.code for r in result.guard.reverted} == {"NAV005", "SHR003"}
    assert "guard" in result.render()
    assert result.text == "The vote passed.\n\nTopics\n\nComments\n\nFacebook\n\nTwitter\n\nWhatsApp"


def test_the_guard_compares_the_share_of_the_whole_document_with_its_threshold() -> None:
    # Boilerplate first: the share counted so far falls line by line, and only the whole
    # document's share decides. Two of three words go over 0.5; two of four are at it.
    fired = newsclean.explain("Topics\n\nFacebook\n\nPassed.", guard_threshold=0.5)
    assert fired.guard is not None
    assert fired.guard.share == 2 / 3
    assert fired.text == "Topics\n\nFacebook\n\nPassed."
    at_threshold = newsclean.explain("Topics\n\nFacebook\n\nIt passed.", guard_threshold=0.5)
    assert at_threshold.guard is None
    assert at_threshold.text == "It passed."


def test_the_guard_threshold_is_an_option() -> None:
    text = "The vote passed.\n\nTopics\n\nComments\n\nFacebook\n\nTwitter"
    assert newsclean.explain(text, guard_threshold=1.0).guard is None
    assert newsclean.clean(text, guard_threshold=1.0) == "The vote passed."
    with pytest.raises(ValueError, match="guard_threshold"):
        Config(guard_threshold=0)


def test_the_package_declares_the_dependencies_users_chose() -> None:
    from importlib.metadata import metadata

    info = metadata("newsclean")
    names = {re.split(r"[<>=!~ ;\[]", spec)[0] for spec in info.get_all("Requires-Dist") or []}
    names = {name.lower().replace("_", "-") for name in names}
    assert {"regex", "trafilatura", "beautifulsoup4", "lxml-html-clean"} <= names
    assert info["Requires-Python"] == ">=3.10"


GERMAN = (
    "Der Rat stimmte am Dienstag dem neuen Haushalt zu, nach einer langen Debatte.\n\n"
    "Jetzt weiterlesen mit SZ Plus"
)
ENGLISH = "The council approved the budget on Tuesday.\n\nYou have read 3 articles this month."


def test_languages_runs_the_packs_named_and_no_other() -> None:
    german_only = Cleaner(languages=("de",))
    assert german_only.clean(GERMAN) == GERMAN.split("\n\n")[0]
    assert german_only.clean(ENGLISH) == ENGLISH  # English is a pack like the others
    assert not [rule for rule in german_only.rules if rule.languages == ("en",)]
    both = Cleaner(languages=("de", "en"))
    assert (both.clean(GERMAN), both.clean(ENGLISH)) == (GERMAN.split("\n\n")[0], ENGLISH.split("\n\n")[0])
    assert newsclean.clean(ENGLISH) == ENGLISH.split("\n\n")[0]  # every pack by default
    assert newsclean.clean(ENGLISH, languages=("en",)) == ENGLISH.split("\n\n")[0]


@pytest.mark.parametrize(
    "stamp", ["Published:Â\xa0Friday, January 18, 2008", "Published:Â Friday, January 18, 2008"]
)
def test_a_no_break_space_decoded_as_latin1_reads_as_a_space(stamp: str) -> None:
    """The "Â" of a mis-decoded no-break space, with or without its second byte, hides no stamp;
    a word that holds the letter keeps it."""
    body = "The council approved the plan on Tuesday, officials said in a statement to reporters."
    assert "Published" not in newsclean.clean(f"{body}\n\n{stamp}\n\n{body}\n")
    assert "ÂGE DE PIERRE" in newsclean.clean(f"{body}\n\nÂGE DE PIERRE\n\n{body}\n")


def test_the_garbage_collector_is_as_the_caller_left_it_after_a_clean() -> None:
    """Cleaning pauses Python's cyclic garbage collector (it finds no cycles to free, and its runs
    cost time); it is back on afterwards, after an error too, and stays off if it was off."""
    import gc

    cleaner = Cleaner()
    assert gc.isenabled()
    cleaner.clean(ARTICLE)
    cleaner.explain("<html><body><p>" + BODY + "</p></body></html>")
    with pytest.raises(TypeError):
        cleaner.clean(None)  # type: ignore[arg-type]
    assert gc.isenabled()
    gc.disable()
    try:
        cleaner.clean(ARTICLE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_rule_narrowed_to_fewer_languages_keeps_its_vetoes() -> None:
    """``languages=`` narrows each multilingual rule to the packs named; what vetoed a match in the
    whole rule (reported speech, a rule's own ``vetoes``, its spared standards) still does: the
    consent-or-pay rule narrowed to English lost its quotation veto once."""
    full = {rule.code: rule for rule in Cleaner().rules if isinstance(rule, BlockRule)}
    narrowed = {rule.code: rule for rule in Cleaner(languages=("en",)).rules if isinstance(rule, BlockRule)}
    for code, rule in narrowed.items():
        if rule is full[code]:
            continue
        for example in rule.examples:
            if example.removed or example.language not in ("en", None) or full[code].match(example.text):
                continue
            assert rule.match(example.text) is None, f"{code} narrowed to English matches {example.text!r}"
    quoted = (
        "You can “accept cookies” and tracking, or subscribe to read without ads. "
        "You can change your choice at any time."
    )
    assert full["CKE008"].match(quoted) is None
    assert narrowed["CKE008"].match(quoted) is None
