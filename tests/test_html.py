"""HTML input: fixtures with known markup, body safety in <article>, and hostile pages."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.html import looks_like_html

from strategies import HtmlArticle, html_articles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))

# The DOM rule each fixture exists to show, besides whatever else fires.
SHOWS = {
    "wordpress-caption": {"CRD201"},
    "figure-credit": {"CRD201"},
    "metered-paywall": {"PAY201"},
    "donation-box": {"DON201"},
    "related-stories": {"REL201", "REL202"},
    "newsletter-form": {"NWS201"},
}


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.stem)
def test_fixture_page_comes_out_as_expected(page: Path) -> None:
    expected = page.with_suffix("").with_suffix(".expected.txt").read_text(encoding="utf-8")
    result = newsclean.explain(page.read_text(encoding="utf-8"))
    assert result.text == expected.rstrip("\n")
    assert SHOWS[page.stem] <= {removal.code for removal in result.removals}
    for removal in result.removals:
        if removal.element is not None:
            assert removal.start is None
            assert removal.line is not None


def test_every_fixture_is_listed() -> None:
    assert {page.stem for page in PAGES} == set(SHOWS)


def _words(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=40, deadline=None)
@given(html_articles())
def test_body_paragraphs_in_an_article_survive_verbatim(article: HtmlArticle) -> None:
    """Word for word and in order; whitespace is trafilatura's (it folds no-break spaces)."""
    body = [_words(paragraph) for paragraph in article.body]
    lines = [_words(line) for line in newsclean.clean(article.html).split("\n")]
    assert [line for line in lines if line in body] == body


_BUDGET = "The council approved the budget on Tuesday after a long debate about the taxes."
_SURROGATE_PAGE = (
    f"<html><body><article><p>Kept \ud800 lost.</p><p>{_BUDGET}</p></article></body></html>"
)


def test_a_lone_surrogate_in_an_html_str_costs_nothing_after_it() -> None:
    result = newsclean.explain(_SURROGATE_PAGE)
    assert result.text == f"Kept \ufffd lost.\n{_BUDGET}"
    assert result.notes == ("1 lone surrogate(s) replaced by U+FFFD before parsing",)
    paired = newsclean.clean(_SURROGATE_PAGE.replace("\ud800", "\ud83d\ude00"))  # a pair spells 😀
    assert paired.startswith("Kept 😀 lost.")


def test_a_jsonl_surrogate_escape_reaches_html_whole(tmp_path: Path) -> None:
    from newsclean.cli import main

    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"text": _SURROGATE_PAGE}) + "\n", encoding="ascii")
    out = tmp_path / "out.jsonl"
    assert main([str(corpus), "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text("ascii"))["clean_text"].endswith(_BUDGET)


# Any characters around one that parsers choke on: a lone surrogate, a control character, a
# noncharacter.
_ANY = st.text(alphabet=st.characters(exclude_categories=()), max_size=30)
_HAZARDS = st.sampled_from(["\ud800", "\udfff", "\udc80\ud800", "\x00", "\x1b", "\x0c", "\ufffe", "\uffff"])
_JUNK = st.tuples(_ANY, _HAZARDS, _ANY).map("".join)


@settings(max_examples=40, deadline=None)
@given(article=html_articles(), junk=_JUNK)
def test_any_characters_in_one_paragraph_cost_no_other_paragraph(article: HtmlArticle, junk: str) -> None:
    page = article.html.replace("<article>", f"<article><p>{escape(junk)}</p>", 1)
    body = [_words(paragraph) for paragraph in article.body]
    lines = [_words(line) for line in newsclean.clean(page).split("\n")]
    assert [line for line in lines if line in body] == body


def test_html_explanation_has_metadata_and_dom_removals() -> None:
    result = newsclean.explain((FIXTURES / "donation-box.html").read_text(encoding="utf-8"))
    assert result.metadata is not None
    assert result.metadata.title == "School board delays vote on new curriculum"
    assert result.metadata.language == "en"
    dom = [r for r in result.removals if r.element is not None]
    assert dom[0].code == "DON201"
    assert "aside" in dom[0].element
    assert "html line" in result.render()


def test_headline_set_in_a_header_is_metadata_in_html_but_body_in_text() -> None:
    html = (FIXTURES / "figure-credit.html").read_text(encoding="utf-8")
    headed = html.replace("<h1>", '<header class="story-head"><h1>').replace("</h1>", "</h1></header>")
    result = newsclean.explain(headed)
    assert result.text.startswith("Farmers in the southern plains")
    headlines = [r.text for r in result.removals if r.code == "NAV101"]
    assert headlines == ["Drought cuts wheat harvest by a third"]
    text = "Drought cuts wheat harvest by a third\n\nFarmers expect a smaller harvest, officials said."
    assert newsclean.clean(text) == text


def test_headline_among_the_article_paragraphs_is_its_first_line() -> None:
    """A page that sets its headline in a <header> says it is apart from the text; one that puts it
    among the article's paragraphs gives it as the text's first line, and there it stays (the
    corpora labelled by hand that include it count it as the article)."""
    html = (FIXTURES / "figure-credit.html").read_text(encoding="utf-8")
    assert newsclean.clean(html).startswith("Drought cuts wheat harvest by a third\nFarmers in the southern")
    # a site header elsewhere on the page does not set the article's headline apart
    masthead = '<div class="page"><header><a href="/">Farm Weekly</a></header>'
    site = html.replace('<div class="page">', masthead)
    assert newsclean.clean(site).startswith("Drought cuts wheat harvest by a third\n")


@pytest.mark.parametrize(
    ("content", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("\ufeff  <html><p>x</p></html>", True),
        ("<!-- saved page --><div><p>x</p></div>", True),
        ('<?xml version="1.0"?><html><p>x</p></html>', True),
        ("Use the <p> tag for paragraphs, the guide says.", False),
        ("The vote passed.\n\n<b>not a page</b>", False),
        ("", False),
    ],
)
def test_html_is_recognised_by_its_opening(content: str, is_html: bool) -> None:
    assert looks_like_html(content) is is_html


def test_format_can_be_forced() -> None:
    html = "<html><body><article><p>Read more</p></article></body></html>"
    assert newsclean.clean(html, format="text") == html
    text_that_looks_like_html = "<p>Not a page at all.</p>"
    assert looks_like_html(text_that_looks_like_html)
    assert newsclean.clean(text_that_looks_like_html, format="text") == text_that_looks_like_html


@pytest.mark.parametrize(
    "page",
    [
        "<html></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script><style>p {}</style></body></html>",
        "<html><body><img src='a.jpg'><iframe src='b'></iframe></body></html>",
    ],
)
def test_pages_without_an_article_give_an_explained_empty_result(page: str) -> None:
    result = newsclean.explain(page)
    assert result.text == ""
    assert result.notes, "an empty result must say why"
    assert newsclean.clean(page) == ""


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><article><p>Unclosed paragraph<div>and a div <span>and more</article>",
        "<div><div><div><p>" * 50 + "Deep",
        "<html><body><article>\x00\x01<p>nul bytes</p></article></body></html>",
        "<html><body><p>Bad &entity; and &#xffffff; and &#0;</p></body></html>",
        "<<<<>>>><html><body>",
    ],
)
def test_malformed_html_gives_a_result_not_an_exception(page: str) -> None:
    result = newsclean.explain(page)
    assert isinstance(result.text, str)
    assert newsclean.clean(page) == result.text


BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen.",
        "Die Kosten von 48 Millionen Euro übernimmt zum größten Teil das Land, hieß es.",
        "Anwohner begrüßten die Entscheidung nach jahrelangen Diskussionen über den Verkehr.",
        "Mit dem Bau soll im Frühjahr begonnen werden, teilte die Verwaltung mit.",
    )
)


@pytest.mark.parametrize(
    ("encoding", "declaration"),
    [
        ("windows-1252", '<meta charset="windows-1252">'),
        ("iso-8859-1", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
        ("utf-16", ""),  # told by its byte-order mark
        ("utf-8", ""),
    ],
)
def test_bytes_are_decoded_by_bom_then_declaration(encoding: str, declaration: str) -> None:
    head = f"<head>{declaration}<title>Brücke</title></head>"
    page = f"<html>{head}<body><article>{BODY}</article></body></html>"
    result = newsclean.explain(page.encode(encoding))
    assert "Brücke über den Fluss" in result.text
    assert "größten" in result.text
    assert any(note.startswith("decoded as") for note in result.notes)


def test_latin1_without_a_declaration_is_not_read_as_utf8() -> None:
    page = f"<html><body><article>{BODY}</article></body></html>".encode("latin-1")
    assert "Brücke über" in newsclean.clean(page)


@pytest.mark.parametrize(
    "declaration",
    ['<meta charset="iso-8859-1">', '<meta charset="us-ascii">', ""],
)
def test_windows_1252_quotes_read_as_browsers_read_them(declaration: str) -> None:
    # Pages labelled Latin-1 or ASCII, or not labelled, hold windows-1252's curly quotes and
    # dashes (bytes 0x91-0x97): browsers read them as such, a detector may guess a DOS code page
    # in which the apostrophe is a letter that joins two words.
    text = "It\u2019s the mayor\u2019s plan \u2014 \u201cthe bridge\u201d \u2014 and it\u2019s late."
    body = f"<article><p>{text}</p><p>{BODY}</p></article>"
    page = f"<html><head>{declaration}</head><body>{body}</body></html>".encode("cp1252")
    assert text in newsclean.clean(page)


def test_undecodable_bytes_still_give_a_result() -> None:
    damaged = BODY.encode("utf-8") + b"\xff\xfe\xfa broken"
    page = b"<html><body><article>" + damaged + b"</article></body></html>"
    assert "Brücke" in newsclean.clean(page)


def test_url_is_accepted_for_html() -> None:
    html = (FIXTURES / "metered-paywall.html").read_text(encoding="utf-8")
    result = newsclean.explain(html, url="https://ledger.example/markets/rates")
    assert result.metadata is not None
    assert result.metadata.url == "https://ledger.example/markets/rates"


# An article body in chunks of one kind with ad rows between them, as magazine sites set it.
_QUAYS = ("the north quay", "the old pier", "the ferry ramp", "the east breakwater", "the fish market")


def _harbour_paragraph(n: int) -> str:
    place = _QUAYS[n % len(_QUAYS)]
    return (
        f"Work near {place} will begin in week {n + 3} of the programme, the harbour authority said, "
        f"and crews who moor there have been told to expect noise and closures for about {n + 2} days. "
        f"Residents near {place} asked for the night shifts to end by ten, and the contractor agreed."
    )


def _chunk(first: int, wrapped: bool = True) -> str:
    body = '<div class="article-body">' + "".join(
        f"<p>{_harbour_paragraph(n)}</p>" for n in range(first, first + 5)
    ) + "</div>"
    return f'<div class="grid narrow">{body}<aside class="rail"></aside></div>' if wrapped else body


_AD_ROW = '<div class="ad-row"><div class="ad-slot">Advertisement</div></div>'


def _chunked_page(body: str) -> str:
    return (
        "<html><head><title>Harbour dredging approved</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/port">Port</a></nav>'
        f'<main><h1>Harbour dredging approved</h1><div class="body-chunks">{body}</div></main>'
        "<footer>Port Gazette, all rights reserved.</footer></body></html>"
    )


def test_an_article_in_chunks_between_ads_comes_out_whole_and_in_order() -> None:
    """trafilatura takes the first container its expressions find: of an article split into
    chunks of one kind, each in a wrapper of one kind with ad rows between, it keeps the first."""
    import trafilatura

    page = _chunked_page(_AD_ROW.join(_chunk(first) for first in (0, 5, 10)))
    article = [_harbour_paragraph(n) for n in range(15)]
    assert trafilatura.extract(page).splitlines() == article[:5]
    result = newsclean.explain(page, markdown=True)
    assert result.text.splitlines() == article
    assert any("split into 3 containers" in note for note in result.notes)
    assert result.markdown is not None
    assert _harbour_paragraph(14) in result.markdown
    assert "Advertisement" not in result.text


def test_sibling_chunks_that_trafilatura_reads_whole_are_not_joined() -> None:
    page = _chunked_page(_AD_ROW.join(_chunk(first, wrapped=False) for first in (0, 5, 10)))
    result = newsclean.explain(page)
    assert result.text.splitlines() == [_harbour_paragraph(n) for n in range(15)]
    assert not any("containers of one kind" in note for note in result.notes)


# Elements each of trafilatura's content expressions tests, some passing and some not.
_CONTAINERS = (
    '<div class="Post-Body"></div><section class="xpost_text"></section><span class="post-body"></span>'
    '<div itemprop="articleBody"></div><div id="art-content"></div><div class="post"></div>'
    '<div class="entry x"></div><main class="article "></main><div class="article x"></div>'
    '<div role="article"></div><div id="story"></div><div class="FullText"></div><div id="xprimary"></div>'
    '<div id="primary-col"></div><div class="cell"></div><div class="single-content"></div>'
    '<div id="Main-Content"></div><div class="PAGE-CONTENT"></div><div class="Page-Content"></div>'
    '<section class="content__body"></section><div id="contentBody"></div><div class="content"></div>'
    '<aside class="main"></aside><div role="mainland"></div><div id="mainbar"></div><main></main>'
    "<article></article>"
)


@pytest.mark.parametrize("order", range(4))
def test_the_containers_trafilatura_finds_first_are_found_as_its_expressions_find_them(
    order: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import copy

    from lxml import etree
    from lxml.html import fromstring
    from trafilatura.xpaths import BODY_XPATH

    from newsclean import chunks

    root = fromstring(f"<html><body>{_CONTAINERS}</body></html>")
    body = root.find("body")
    assert body is not None
    elements = list(body)
    for element in elements:
        body.remove(element)
    for element in elements[order::4] + [e for i, e in enumerate(elements) if i % 4 != order]:
        body.append(element)
    for found in list(body)[: 3 * order]:  # nested a few levels too
        body.remove(found)
        body.append(etree.Element("div"))
        body[-1].append(found)
    expected = [next(iter(expression(root)), None) for expression in BODY_XPATH]
    assert list(chunks._first_matches(root)) == expected
    for element in elements:  # each alone
        alone = fromstring("<html><body></body></html>")
        alone[0].append(copy.deepcopy(element))
        assert list(chunks._first_matches(alone)) == [
            next(iter(expression(alone)), None) for expression in BODY_XPATH
        ], etree.tostring(element)
    monkeypatch.setattr(chunks, "_known", lambda paths: False)  # another trafilatura's expressions
    assert list(chunks._first_matches(root)) == expected


def test_readers_comments_and_the_next_story_in_the_article_body_class_stay_out() -> None:
    comment = (
        "I moor at the north quay every summer and the closures last year cost me a month of work, "
        "so I hope the authority keeps its word this time."
    )
    comments = '<div class="comments">' + 2 * (
        f'<div class="grid narrow"><div class="article-body"><p>{comment}</p></div></div>'
    ) + "</div>"
    next_story = (
        '<div class="grid narrow"><h2><a href="/next">Ferry fares rise in spring</a></h2>'
        '<div class="article-body"><p>The ferry company said on Monday that fares on the island route '
        "will rise by a tenth from April, citing the cost of fuel and repairs.</p></div></div>"
    )
    page = _chunked_page(_chunk(0) + comments + next_story)
    result = newsclean.explain(page)
    assert result.text.splitlines() == [_harbour_paragraph(n) for n in range(5)]
    assert not any("containers of one kind" in note for note in result.notes)
