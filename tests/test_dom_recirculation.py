"""HTML mode: boilerplate that the markup names in other ways than a class.

Three families the per-page benchmark (``benchmarks/pages.py``) showed in HTML mode's output:
a list of other stories whose links carry the site's tracking label for its recirculation module;
a box of teasers under a "You may also like" heading that the extractor drops while keeping the
teasers; the page's address printed in a print-only header. The pages are invented; the markup
patterns are the ones sites use. Each test also keeps the article's own list or box of the same
shape.
"""

from __future__ import annotations

from lxml.html import fromstring

import newsclean
from newsclean.dom import prune

RULES = newsclean.Cleaner()._chain.dom_rules

STORY = (
    "The harbour board voted on Thursday to close the old ferry pier for repairs, after divers "
    "found that two of its wooden piles had rotted through below the waterline.",
    "Commuters who cross to the island every morning will use a temporary landing stage at the "
    "fish market instead, which the board said would be ready within a fortnight.",
    "The chair of the board told reporters that the repairs would cost far less than a new pier, "
    "and that the work should be finished before the summer timetable begins.",
    "Shopkeepers near the pier asked for help with their rent while the crossing is moved, saying "
    "that most of their customers are passengers waiting for the next boat.",
)


def _page(article: str, after: str = "", before: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry pier closes</title>"
        f"</head><body><main>{before}<article><h1>Ferry pier closes for repairs</h1>{article}</article>"
        f"{after}</main><footer><p>© Example Courier</p></footer></body></html>"
    )


def _story() -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in STORY)


def _clean(html: str) -> str:
    return newsclean.clean(html, format="html", url="https://courier.example/pier")


def _assert_story(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text


def _removed(html: str) -> list[str]:
    return [removal.rule.code for removal in prune(fromstring(html), RULES).removals]


# Other stories' headlines, each half link text (the link is the end of the line).
OTHERS = (
    ("Why the old lighthouse", "still keeps its lamp lit"),
    ("How the island school", "found its new head teacher"),
    ("The market square", "that nobody wanted to pave"),
    ("A fishing fleet", "that sails without its captains"),
)


def _tracked_list(label: str, *, every: bool = True) -> str:
    items = []
    for n, (lead, linked) in enumerate(OTHERS):
        query = f"?itm_campaign={label}" if every or n % 2 else ""
        items.append(f'<li>{lead} <a href="/story-{n}{query}">{linked}</a></li>')
    return f"<ul>{''.join(items)}</ul>"


def test_a_list_whose_links_are_labelled_as_recirculation_goes() -> None:
    text = _clean(_page(_story() + "<hr><div class='heading-h3'>More from us</div>"
                        + _tracked_list("BottomRelatedStories")))
    _assert_story(text)
    for _lead, linked in OTHERS:
        assert linked not in text


def test_the_articles_own_list_with_tracked_links_stays() -> None:
    # The links carry a tracking label that names no recirculation module (a newsletter's), or only
    # some items carry the module's label: the list is the article's.
    for markup in (_tracked_list("newsletter-weekly"), _tracked_list("BottomRelatedStories", every=False)):
        text = _clean(_page(_story()[:-4] + "</p><p>The board listed the works it has done:</p>" + markup))
        _assert_story(text)
        for lead, linked in OTHERS:
            assert f"{lead} {linked}" in text


def _teaser_box(heading: str) -> str:
    cards = "".join(
        f'<a href="/story-{n}"><img src="/pic-{n}.jpg" alt=""><h3>{lead} {linked}</h3></a>'
        for n, (lead, linked) in enumerate(OTHERS)
    )
    return f"<div class='span-rel'><div class='title-bar'>{heading}</div><div id='cards'>{cards}</div></div>"


def test_teasers_under_a_related_heading_go_even_when_the_heading_is_dropped() -> None:
    # Pruned before extraction: whether the extractor would keep the heading or not (on real pages
    # it often drops the few words of the heading and keeps the teasers' headlines), the box goes.
    for heading in ("You may also be interested in...", "Related stories", "Lesen Sie auch"):
        html = _page(_story(), after=_teaser_box(heading))
        assert _removed(html) == ["REL205", "REL205"], heading  # the box and its heading
        _assert_story(_clean(html))


def test_links_under_a_heading_of_the_article_stay() -> None:
    # A sub-heading no related-header rule reads ("The plans") over the article's documents (which
    # the extractor may still drop as a box of links: no DOM rule takes it); and a related heading
    # over a box that holds a sentence of prose, not a box of links.
    documents = (
        "<h2>The plans</h2><div class='docs'><a href='/docs/pier-survey.pdf'>The divers' survey of the "
        "piles</a> <a href='/docs/landing-stage.pdf'>The temporary landing stage at the market</a></div>"
    )
    assert _removed(_page(_story() + documents)) == []
    related = documents.replace("The plans", "Related stories")
    assert _removed(_page(_story() + related)) == ["REL205", "REL205"]
    prose = (
        "<div><div class='title-bar'>Related</div><div id='note'><p>The pier was last repaired in 1988, "
        "when a storm tore away its railings; <a href='/archive'>the board's archive</a> holds the "
        "photographs of that winter.</p></div></div>"
    )
    text = _clean(_page(_story() + prose))
    _assert_story(text)
    assert "The pier was last repaired in 1988" in text


def test_the_pages_address_in_a_print_only_header_goes() -> None:
    header = ("<div class='print-header'><img src='/logo.png' alt='logo'>"
              "<span>https://courier.example/news/article/ferry-pier-closes-2041.php</span></div>")
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry pier closes</title></head>"
        f"<body><div class='article-content'>{header}<div class='article-title'><h1>Ferry pier closes for "
        f"repairs</h1></div><div class='body'>{_story()}</div></div></body></html>"
    )
    text = _clean(html)
    _assert_story(text)
    assert "ferry-pier-closes-2041" not in text


def test_an_article_inside_a_print_named_container_stays() -> None:
    # The words mark print-only furniture; an element holding the story is the story, whatever it is
    # called.
    html = _page(f"<div class='print-header-wrap'>{_story()}</div>")
    _assert_story(_clean(html))
