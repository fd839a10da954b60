"""Hostile input: every pattern and the whole chain run in linear time, and junk gets an answer.

Time is compared with time, never with a fixed budget: each check runs one input at two sizes
and requires the larger (8 times the size) to take at most ``_GROWTH`` times as long, as a
linear scan does and a backtracking one (64 times for a quadratic pattern, far more for an
exponential one) does not. Runs faster than ``_NOISE`` seconds are too short to compare and
pass. The full sizes the issue names run with ``pytest -m slow``.
"""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import fromstring

import newsclean
from newsclean.blocks import LEADING_DECORATION, WHITESPACE, strip_decoration
from newsclean.catalog import RULES
from newsclean.dom import prune
from newsclean.rules import BlockRule, EndingRule, PatternRule
from rule_patterns import compiled_patterns

_GROWTH = 24  # linear is 8; a margin for a noisy machine, well below the 64 of quadratic time
_NOISE = 0.02


def _seconds(function: Callable[[], object]) -> float:
    """The least CPU time of five runs: the work done, which other processes on a loaded machine
    do not stretch as they stretch the wall clock."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def _assert_linear(run: Callable[[int], object], small: int, what: str) -> None:
    short, long = _seconds(lambda: run(small)), _seconds(lambda: run(8 * small))
    assert long <= max(_GROWTH * short, _NOISE), (
        f"{what}: {long:.4f}s at 8x the size against {short:.4f}s: not linear"
    )


# --- every built-in pattern --------------------------------------------------------------------


def _patterns(rule: BlockRule) -> list[tuple[str, Callable[[str], object]]]:
    """Each compiled pattern of ``rule``, as the rule uses it: a whole-block pattern with
    ``fullmatch`` (one start position), everything else with ``search`` (every position)."""
    return [
        (f"{rule.code}.{field}", pattern.fullmatch if whole else pattern.search)
        for field, pattern, whole in compiled_patterns(rule)
    ]


def _hostile(rule: BlockRule) -> dict[str, Callable[[int], str]]:
    """Strings that make a backtracking pattern work hardest: runs of what it matches."""
    keyword = (rule.keywords[0] if rule.keywords else "photo").strip("^$")
    example = next((e.text for e in rule.examples if e.removed), "Photo: Jane Doe/Reuters")
    return {
        "spaces": lambda n: " " * n,
        "letters": lambda n: "a" * n,
        "words": lambda n: "word " * (n // 5),
        "capitalised words": lambda n: "Jane Doe " * (n // 9),
        "own keyword repeated": lambda n: (keyword + " ") * (n // (len(keyword) + 1)),
        "own example repeated": lambda n: (example + " ") * max(1, n // (len(example) + 1)),
        "quotes": lambda n: '"' * n,
        "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
        "typographic quotes": lambda n: "“‘" * (n // 2),
        "slashes and names": lambda n: "Jane Doe/" * (n // 9),
    }


_BLOCK_RULES = [rule for rule in RULES if isinstance(rule, BlockRule)]


@pytest.mark.parametrize("rule", _BLOCK_RULES, ids=lambda rule: rule.code)
def test_every_pattern_scans_hostile_strings_in_linear_time(rule: BlockRule) -> None:
    patterns = _patterns(rule)
    assert patterns or not rule.keywords, f"{rule.code} has no compiled pattern to check"
    for name, scan in patterns:
        for kind, make in _hostile(rule).items():
            texts = {n: make(n) for n in (2_000, 16_000)}
            _assert_linear(lambda n, scan=scan, texts=texts: scan(texts[n]), 2_000, f"{name} on {kind}")


# --- rules that read a block in code ---------------------------------------------------------------

# A rule whose reading is code (pieces split at marks, tails tried at boundaries) runs its own
# expressions, which no pattern field holds: each is run whole, on runs of spaces between words and
# marks, where a split or a boundary tried from every space of the run is quadratic.
_CODED_RULES = [rule for rule in _BLOCK_RULES if not isinstance(rule, (PatternRule, EndingRule))]


def _hostile_blocks() -> dict[str, Callable[[int], str]]:
    return {
        "spaces before a bar": lambda n: "Jane Doe" + " " * n + "x | 12.03.2025",
        "spaces before a dash": lambda n: "The bridge closed." + " " * n + "x - Photo: Jane Doe",
        "spaces after a sentence": lambda n: "The bridge closed." + " " * n + "Photo: Jane Doe",
        "bars and spaces": lambda n: "Jane Doe |  " * (n // 12),
        "glued words": lambda n: "aB:" * (n // 3),
    }


@pytest.mark.parametrize("rule", _CODED_RULES, ids=lambda rule: rule.code)
def test_rules_read_in_code_run_in_linear_time(rule: BlockRule) -> None:
    for kind, make in _hostile_blocks().items():
        texts = {n: make(n) for n in (2_000, 16_000)}
        _assert_linear(lambda n, texts=texts: rule.match(texts[n]), 2_000, f"{rule.code}.match on {kind}")


# --- the whole chain -----------------------------------------------------------------------------

# (input, its size in the full-size run): the cases the issue names, and the boilerplate kinds
# that make the chain decide (and explain) every block.
_DOCUMENTS: dict[str, tuple[Callable[[int], str], int]] = {
    "spaces": (lambda n: " " * n, 1_000_000),
    "a trigger word repeated": (lambda n: "Photo: " * (n // 7), 700_000),
    "a trigger line repeated": (lambda n: "Read more\n" * (n // 10), 1_000_000),
    "one long line": (lambda n: "word " * (n // 5), 5_000_000),
    "one-character lines": (lambda n: "a\n" * (n // 2), 2_000_000),
    "nested quotes": (lambda n: '"“‘(' * (n // 4), 1_000_000),
    "boilerplate paragraphs": (lambda n: "Subscribe to continue reading.\n\n" * (n // 32), 3_200_000),
    # Many removed stretches between distinct kept blocks: each gap is collapsed on its own.
    "distinct body and credits": (
        lambda n: "".join(f"The council met on day {i}.\nPhoto: Jane Doe/Reuters\n" for i in range(n // 52)),
        2_600_000,
    ),
    "body and credits": (
        lambda n: "The council met on Tuesday.\nPhoto: Jane Doe/Reuters\n" * (n // 52),
        2_600_000,
    ),
    # Bullets and pipes alternating with spaces, stripped from a block's ends (no keyword needed).
    "alternating bullets and spaces": (lambda n: "• " * (n // 2) + "x", 1_000_000),
    "trailing pipes and spaces": (lambda n: "x" + " |" * (n // 2), 1_000_000),
}


@pytest.mark.parametrize("kind", _DOCUMENTS)
def test_the_chain_runs_in_linear_time(kind: str) -> None:
    make, _ = _DOCUMENTS[kind]
    texts = {n: make(n) for n in (20_000, 160_000)}
    _assert_linear(lambda n: newsclean.explain(texts[n]), 20_000, kind)


@pytest.mark.slow
@pytest.mark.parametrize("kind", _DOCUMENTS)
def test_the_chain_runs_in_linear_time_at_full_size(kind: str) -> None:
    make, size = _DOCUMENTS[kind]
    texts = {n: make(n) for n in (size // 8, size)}
    _assert_linear(lambda n: newsclean.clean(texts[n]), size // 8, f"{kind} at {size:,} characters")


@pytest.mark.parametrize(
    "make",
    [lambda n: "• " * (n // 2) + "x", lambda n: "x" + " |" * (n // 2), lambda n: " \u00a0-|" * (n // 4)],
    ids=["bullets", "pipes", "mixed"],
)
def test_stripping_a_blocks_decoration_is_linear(make: Callable[[int], str]) -> None:
    texts = {n: make(n) for n in (20_000, 160_000)}
    _assert_linear(lambda n: strip_decoration(texts[n]), 20_000, "strip_decoration")


def _strip_in_turn(text: str) -> str:
    """What strip_decoration() means, spelled out: whitespace and marks stripped in turn."""
    core = text.strip()
    while core and core[0] in LEADING_DECORATION:
        core = core.lstrip(LEADING_DECORATION).lstrip()
    while core and core[-1] == "|":
        core = core.rstrip("|").rstrip()
    return core


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*LEADING_DECORATION, *WHITESPACE[:12], "a", "b", "|"]), max_size=30))
def test_stripping_in_one_pass_is_stripping_in_turn(text: str) -> None:
    assert strip_decoration(text) == _strip_in_turn(text)


def test_whitespace_is_what_str_strip_strips() -> None:
    assert set(WHITESPACE) == {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}


def test_a_user_pattern_that_backtracks_is_stopped_by_its_time_limit() -> None:
    evil = newsclean.PatternRule(
        code="EVIL001",
        name="evil",
        category="related",
        summary="Backtracks.",
        message="evil",
        examples=(),
        keywords=("a",),
        max_words=10_000,
        pattern=r"(a|aa)+b",
        timeout=0.05,
    )
    cleaner = _compiled_cleaner(evil)
    start = time.perf_counter()
    result = cleaner.explain("a" * 60 + "\n\nThe vote passed.")
    assert time.perf_counter() - start < 5
    assert result.text.endswith("The vote passed.")
    assert any("EVIL001 timed out" in note for note in result.notes)


def _compiled_cleaner(rule: newsclean.PatternRule) -> newsclean.Cleaner:
    """A cleaner with ``rule`` whose rules have compiled (on first use, which a loaded machine
    makes slow), so that a time bound measures the time limit alone."""
    cleaner = newsclean.Cleaner(extra_rules=(rule,))
    cleaner.explain("The council met on Tuesday.")
    return cleaner


def test_a_user_pattern_that_times_out_costs_one_time_limit_per_document() -> None:
    """Not one per block: 400 hostile blocks took 400 time limits (20 s at 50 ms)."""
    evil = newsclean.PatternRule(
        code="EVIL003", name="evil", category="related", summary="Backtracks.", message="evil",
        examples=(), keywords=("a",), max_words=10_000, pattern=r"(a|aa)+b", timeout=0.05,
    )
    document = "\n\n".join(["a" * 40] * 400 + ["The vote passed."])
    cleaner = _compiled_cleaner(evil)
    start = time.perf_counter()
    result = cleaner.explain(document)
    assert time.perf_counter() - start < 2
    assert result.text == document
    assert result.notes == ("EVIL003 timed out on block 0 and was skipped from there on",)


# Each backtracks exponentially on a run of a's: 30 of them take a second, 60 would take years.
_RUNAWAY_RULES = {
    "an ending": lambda **common: newsclean.EndingRule(endings=(r"b(a|aa)+",), **common),
    "a signal": lambda **common: newsclean.SignalRule(signals=(r"(a|aa)+b", "zz"), min_signals=2, **common),
    "a veto": lambda **common: newsclean.PatternRule(
        pattern="aaa", whole=False, unless=r"(a|aa)+b", **common
    ),
}


@pytest.mark.parametrize("kind", _RUNAWAY_RULES)
def test_every_kind_of_user_pattern_is_stopped_by_the_rules_time_limit(kind: str) -> None:
    rule = _RUNAWAY_RULES[kind](
        code="EVIL002", name="evil", category="related", summary="Backtracks.", message="evil",
        examples=(), keywords=("a",), max_words=10_000, timeout=0.05,
    )
    document = "a" * 60 + "\n\nThe vote passed."
    start = time.perf_counter()
    result = newsclean.explain(document, extra_rules=(rule,))
    assert time.perf_counter() - start < 5
    assert result.text == document  # a rule that timed out removes nothing
    assert result.notes == ("EVIL002 timed out on block 0 and was skipped from there on",)


# --- HTML pages ----------------------------------------------------------------------------------

# (a page's body, the smaller size compared, the size in the full-size run): shapes that made
# trafilatura's extraction quadratic in the elements inside paragraphs.
_PAGES: dict[str, tuple[Callable[[int], str], int, int]] = {
    "link paragraphs": (
        lambda n: '<p><a href="/x">Read more</a> about it.</p>' * (n // 43), 200_000, 3_300_000
    ),
    "paragraphs with inline markup": (
        lambda n: "".join(
            f'<p>Paragraph {i} has <b>bold</b> text, <a href="/x{i}">a link</a> and <span>a span</span>.</p>'
            for i in range(n // 100)
        ),
        200_000,
        5_400_000,
    ),
    "spans in one paragraph": (lambda n: "<p>" + "<span>w</span> " * (n // 15) + "</p>", 40_000, 2_000_000),
    # Each element's line was read to both ends of the paragraph: quadratic in its elements.
    "tooltips of one kind in one paragraph": (
        lambda n: "<p>" + '<span class="tooltip">w</span> ' * (n // 31) + "</p>", 40_000, 2_000_000
    ),
}


def _page(body: str) -> str:
    return f"<html><head><title>A page</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("kind", _PAGES)
def test_html_pages_are_cleaned_in_linear_time(kind: str) -> None:
    make, small, _ = _PAGES[kind]
    pages = {n: _page(make(n)) for n in (small, 8 * small)}
    _assert_linear(lambda n: newsclean.clean(pages[n]), small, kind)


@pytest.mark.slow
@pytest.mark.parametrize("kind", _PAGES)
def test_html_pages_are_cleaned_in_linear_time_at_full_size(kind: str) -> None:
    make, _, size = _PAGES[kind]
    pages = {n: _page(make(n)) for n in (size // 8, size)}
    _assert_linear(lambda n: newsclean.clean(pages[n]), size // 8, f"{kind} at {size:,} characters")


def test_pruning_reads_a_paragraph_of_hover_cards_in_linear_time() -> None:
    """Each card's line was read to both ends of the paragraph (its words around the card). The
    page's pruning alone is timed: trafilatura's extraction of such a paragraph is quadratic."""
    rules = newsclean.Cleaner()._chain.dom_rules
    pages = {n: _page("<p>" + 'said <span class="hovercard">Ann</span> ' * (n // 41) + "</p>")
             for n in (40_000, 320_000)}
    _assert_linear(lambda n: prune(fromstring(pages[n]), rules), 40_000, "hover cards in one paragraph")


def test_a_page_past_the_extraction_limit_keeps_its_text_block_by_block() -> None:
    paragraphs = [f"Paragraph {i} of the minutes, with <b>bold</b> words." for i in range(6_000)]
    result = newsclean.explain(_page("".join(f"<p>{p}</p>" for p in paragraphs) + "<script>x()</script>"))
    assert result.text.split("\n") == [p.replace("<b>", "").replace("</b>", "") for p in paragraphs]
    assert any("without extraction" in note for note in result.notes)
    under = newsclean.explain(_page("".join(f"<p>{p}</p>" for p in paragraphs[:100])))
    assert not any("without extraction" in note for note in under.notes)


# --- HTML bombs and junk -------------------------------------------------------------------------


_DEEP_NOTE = "the page is nested over 2,048 levels deep; it was read without its container elements"


def test_a_page_nested_100_000_levels_deep_keeps_its_text() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000 + "</body></html>"
    start = time.perf_counter()
    result = newsclean.explain(page)
    assert time.perf_counter() - start < 30
    assert result.text == "Deep."
    assert result.notes == (_DEEP_NOTE,)


@pytest.mark.parametrize("depth", [254, 300, 2_000, 3_000])
def test_a_page_nested_past_the_parsers_limit_keeps_its_article(depth: int) -> None:
    story = "<p>The council approved the budget on Tuesday after a long debate about taxes.</p>"
    story += "<p>The vote was close, and the opposition said it would appeal the decision.</p>"
    page = f"<html><body>{'<div>' * depth}<article>{story}</article>{'</div>' * depth}</body></html>"
    result = newsclean.explain(page)
    assert result.text == (
        "The council approved the budget on Tuesday after a long debate about taxes.\n"
        "The vote was close, and the opposition said it would appeal the decision."
    )
    assert result.notes == ((_DEEP_NOTE,) if depth > 2_048 else ())


def test_a_page_over_the_size_limit_is_refused_at_once() -> None:
    page = "<html><body><p>" + "x" * 2_000 + "</p></body></html>"
    with pytest.raises(newsclean.InputTooLarge, match="size_limit=1,000") as refused:
        newsclean.clean(page, size_limit=1_000)
    assert isinstance(refused.value, ValueError)
    with pytest.raises(newsclean.InputTooLarge, match="bytes"):
        newsclean.clean(page.encode(), size_limit=1_000)
    assert newsclean.clean(page, size_limit=None)


def test_the_size_limit_is_checked_as_an_option() -> None:
    for bad in (0, -5, 1.5, True, "20MB"):
        with pytest.raises(ValueError, match="size_limit"):
            newsclean.Config(size_limit=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (bytes(range(256)) * 100, "look binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "a PNG image"),
        (gzip.compress(b"<html><body><p>Zipped.</p></body></html>"), "decompress it first"),
        (b"%PDF-1.7\n" + b"stream" * 10, "a PDF file"),
    ],
    ids=["random", "png", "gzip", "pdf"],
)
def test_binary_bytes_get_a_clear_error(data: bytes, what: str) -> None:
    with pytest.raises(ValueError, match=what):
        newsclean.clean(data)


def _article(text: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article><p>{text}</p></article></body></html>"


_DUTCH_PAGE = _article("Het kabinet viel op dinsdag na een lang debat.")


def test_utf16_pages_with_a_bom_are_not_mistaken_for_binary() -> None:
    assert "kabinet" in newsclean.clean(_DUTCH_PAGE.encode("utf-16"))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_pages_without_a_bom_are_not_mistaken_for_binary(encoding: str) -> None:
    result = newsclean.explain(_DUTCH_PAGE.replace("debat", "débat").encode(encoding))
    assert result.text == "Het kabinet viel op dinsdag na een lang débat."
    assert f"decoded as {encoding} (no byte order mark)" in result.notes


@pytest.mark.parametrize("declared", ["windows-1251", "iso-8859-1", "windows-1252", "koi8-r"])
def test_utf8_bytes_stay_utf8_whatever_the_page_declares(declared: str) -> None:
    text = "Le café de la gare a rouvert après deux ans de travaux, a annoncé le maire."
    result = newsclean.explain(_article(text, f"<meta charset='{declared}'>").encode("utf-8"))
    assert result.text == text
    assert "decoded as utf-8" in result.notes


def test_a_page_in_the_legacy_charset_it_declares_is_still_read_in_it() -> None:
    text = "Совет одобрил бюджет во вторник после долгих дебатов о налогах."
    result = newsclean.explain(_article(text, "<meta charset='windows-1251'>").encode("cp1251"))
    assert result.text == text
    assert "decoded as windows-1251" in result.notes


def test_nul_bytes_and_invalid_utf8_give_a_result() -> None:
    assert newsclean.clean("The vote\x00 passed.\n\nGo deeper") == "The vote\x00 passed."
    page = b"<html><body><article><p>" + b"Caf\xc3\xa9 and more words here." * 20 + b"\xff\xfe"
    assert "Café" in newsclean.clean(page + b"</p></article></body></html>")
    assert newsclean.clean(b"\xff" * 1_000 + b"<p>x</p>") is not None  # all invalid: decoded somehow


def test_a_utf8_page_with_a_few_legacy_bytes_stays_utf8() -> None:
    body = "<p>Le café de la gare a rouvert ses portes après deux ans de travaux.</p>" * 5
    page = b"<html><head><meta charset='utf-8'></head><body><article>" + body.encode()
    page += "<p>Un caf\u00e9 plus loin.</p>".encode("latin-1") + b"</article></body></html>"
    result = newsclean.explain(page)
    assert "Le café de la gare" in result.text
    assert "Un café plus loin." in result.text  # the legacy bytes read as windows-1252
    assert "decoded as utf-8 (a few bytes that are not UTF-8 read as windows-1252)" in result.notes
