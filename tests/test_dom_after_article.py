"""Notices under the article: a DOM rule may take a longer element after the article's core than
inside it (``max_words_after``, ``max_prose_after``), and never the article itself."""

from __future__ import annotations

from lxml.html import fromstring

import newsclean
from newsclean.dom import _after, prune

CLEANER = newsclean.Cleaner(format="html")

_FACTS = (
    "The harbour board voted on Tuesday to rebuild the northern breakwater before the winter storms.",
    "Engineers found that the old stone wall had shifted by almost a metre since the last survey.",
    "Fishing crews said the swell now reaches the moorings on most days with a strong westerly wind.",
    "The work will cost about 14 million euros, most of it from the regional infrastructure fund.",
    "A contractor from the coast will start in March and expects to finish within eighteen months.",
    "During the works the ferry will use the southern quay, which was dredged two years ago.",
    "Residents asked for the footpath along the wall to stay open at weekends, and the board agreed.",
)


def _paragraph(i: int, sentences: int = 4) -> str:
    return " ".join(_FACTS[(i + k) % len(_FACTS)] for k in range(sentences))


ARTICLE = [_paragraph(i, 6) for i in range(7)]  # about 100 words each: twice the notice's

_LEGAL = (
    "Investing involves risk, including the possible loss of the money you put in, and past returns "
    "are no guarantee of what a fund will earn in the future. The value of shares can fall as well "
    "as rise, and you may get back less than you invested.",
    "This page is for general information only and is not personal advice on investments, taxes or "
    "legal matters. Before you decide, read the fund's prospectus and key information document, which "
    "set out its objectives, its charges and its risks, and ask a qualified adviser if you are unsure.",
    "Brokerage services are offered by a member firm of the national investor protection scheme. "
    "Products held in a brokerage account are not bank deposits, are not insured by any government "
    "agency, and are not guaranteed by the bank or any of its affiliates. Terms apply to every offer.",
)
NOTICE = '<div class="legal-disclaimer">' + "".join(f"<p>{text} {text}</p>" for text in _LEGAL) + "</div>"


def _page(body: str) -> str:
    return f"<html><head><title>Breakwater</title></head><body>{body}</body></html>"


def _article(inside: str = "") -> str:
    first, rest = ARTICLE[:4], ARTICLE[4:]
    return ("<article class='story'>" + "".join(f"<p>{p}</p>" for p in first) + inside
            + "".join(f"<p>{p}</p>" for p in rest) + "</article>")


def _pruned(html: str) -> tuple[str, list[str]]:
    tree = fromstring(html)
    removals = prune(tree, CLEANER._chain.dom_rules).removals
    return " ".join(tree.text_content().split()), [removal.rule.code for removal in removals]


def test_a_long_legal_notice_under_the_article_goes() -> None:
    text, codes = _pruned(_page(_article() + NOTICE))
    assert "LGL201" in codes
    assert "brokerage account" not in text
    assert all(paragraph in text for paragraph in ARTICLE)


def test_the_same_notice_inside_the_article_stays() -> None:
    text, codes = _pruned(_page(_article(inside=NOTICE)))
    assert "LGL201" not in codes
    assert "brokerage account" in text


def test_the_story_continued_in_a_marked_container_after_its_first_part_survives() -> None:
    html = _page(
        "<div class='story-part'>" + "".join(f"<p>{p}</p>" for p in ARTICLE[:4]) + "</div>"
        "<div class='cookie-consent-wrapper'>" + "".join(f"<p>{p}</p>" for p in ARTICLE[4:]) + "</div>"
    )
    text, codes = _pruned(html)
    assert "CKE201" not in codes
    assert all(paragraph in text for paragraph in ARTICLE)


def test_after_reads_document_order() -> None:
    tree = fromstring("<div><section id='a'><p id='a1'>x</p></section><aside><p id='b'>y</p></aside></div>")
    (a,), (a1,), (b,) = tree.xpath("//*[@id='a']"), tree.xpath("//*[@id='a1']"), tree.xpath("//*[@id='b']")
    assert _after(b, a)
    assert not _after(a, b)
    assert not _after(a1, a)  # inside it
    assert not _after(tree, a)  # around it
    assert not _after(a, a)
