"""HTML mode never throws the article away, whatever its markup says.

Each test imitates a family of real pages where class and id words sit on the
article itself: metered stories whose every paragraph carries a paywall
class, blog posts wrapped in a container named after their comments, hover
cards inside sentences, figures holding a quotation, a heading or a table.
The pages are invented; the markup patterns are the ones sites use.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement, fromstring, tostring

import newsclean
from newsclean.dom import DomRemoval, _rule_set, prune, word_parts
from newsclean.guard import guarded_extraction

from strategies import HtmlArticle, marked_articles

RULES = newsclean.Cleaner()._chain.dom_rules

STORY = (
    "The river authority opened the new flood gates on Monday after three years of work on the "
    "embankment, the engineers said at a briefing in the town hall.",
    "Residents of the lower town had complained for a decade that water reached their cellars "
    "every spring, and two shops closed after the floods of the last winter.",
    "The gates can hold back a surge twice as high as the record of 1998, according to the "
    "authority, which paid for them with a loan from the regional bank.",
    "Farmers upstream said they feared the water would now spread over their fields instead, "
    "and asked the council for a second study before the next rainy season.",
    "The mayor promised a public meeting in May, where the engineers will show their models "
    "and answer questions from anyone who lives along the river.",
)


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Flood gates open</title>"
        f"</head><body><main>{body}</main><footer><p>© Example Gazette</p></footer></body></html>"
    )


def _pruned(html: str) -> tuple[str, list[DomRemoval]]:
    """The page's text after the DOM rules, whitespace squeezed, and what they removed."""
    tree: HtmlElement = fromstring(html)
    removals = prune(tree, RULES).removals
    return " ".join(" ".join(tree.itertext()).split()), removals


def _paragraphs(attributes: str = "") -> str:
    return "".join(f"<p{attributes}>{paragraph}</p>" for paragraph in STORY)


def _assert_story_survives(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text


def test_paywall_class_on_every_paragraph_of_a_metered_story_is_no_evidence() -> None:
    paragraphs = _paragraphs(' class="paywall-text"')
    html = _page(f"<article><h1>Flood gates open</h1>{paragraphs}</article>")
    text, removals = _pruned(html)
    _assert_story_survives(text)
    assert not removals
    _assert_story_survives(newsclean.clean(html))


def test_metered_story_keeps_its_text_and_loses_its_prompt() -> None:
    prompt = '<div class="paywall-prompt"><h3>Subscribe</h3><a href="/subscribe">See offers</a></div>'
    html = _page(f"<article>{_paragraphs()}{prompt}</article>")
    text, removals = _pruned(html)
    _assert_story_survives(text)
    assert [removal.rule.code for removal in removals] == ["PAY201"]
    assert "See offers" not in text


def test_each_section_of_a_story_in_an_ad_classed_wrapper_survives() -> None:
    sections = "".join(
        f'<div class="section-and-ad"><div class="section-text">{paragraph}</div>'
        '<div class="ad-slot"></div></div>'
        for paragraph in STORY
    )
    text, removals = _pruned(_page(f"<article>{sections}</article>"))
    _assert_story_survives(text)
    assert all(removal.path.startswith("div.ad-slot") for removal in removals)


def test_post_in_a_container_named_after_its_comments_survives() -> None:
    html = _page(
        '<article class="blog-item hentry has-comments">'
        f"<h1>Flood gates open</h1>{_paragraphs()}</article>"
        '<section id="comments"><h3>2 comments</h3><p>Great news for the lower town!</p></section>'
    )
    text, removals = _pruned(html)
    _assert_story_survives(text)
    assert "Great news" not in text
    assert [removal.rule.code for removal in removals] == ["NAV201"]


def test_post_in_a_related_or_tags_container_survives() -> None:
    for wrapper in ('<div class="related-content">', '<div class="post-tags entry">', '<div id="taglist">'):
        text, _ = _pruned(_page(f"{wrapper}<article>{_paragraphs()}</article></div>"))
        _assert_story_survives(text)


def test_a_pair_of_words_counts_only_inside_one_class_name() -> None:
    """'section-film tone-comment' names a section and a tone, not a comment section."""
    html = _page(f'<article class="content section-film tone-comment">{_paragraphs()}</article>')
    text, removals = _pruned(html)
    _assert_story_survives(text)
    assert not removals


def test_hover_card_in_a_sentence_keeps_the_name_and_loses_the_card() -> None:
    card = (
        '<span class="rollover-people"><a class="rollover-people-link" href="/people/ada-lovell">Ada Lovell'
        '</a><span class="rollover-people-block"><img src="ada.jpg" alt=""><a href="/people/ada-lovell">'
        'Ada Marie Lovell</a><a href="/news/1">Lovell wins second term</a></span></span>'
    )
    html = _page(f"<article><p>Council leader {card} (Ind.) said the gates were worth every penny.</p>"
                 f"{_paragraphs()}</article>")
    text, removals = _pruned(html)
    assert "Council leader Ada Lovell (Ind.) said the gates were worth every penny." in text
    assert "second term" not in text
    assert "popup part" in removals[0].evidence


def test_tooltip_in_a_sentence_keeps_its_term() -> None:
    html = _page(
        '<article><p>The gates use a <span class="tooltip">bascule<span class="tooltip-text">a hinged '
        "barrier that swings up</span></span> design borrowed from Dutch harbours, the engineers said.</p>"
        f"{_paragraphs()}</article>"
    )
    text, _ = _pruned(html)
    assert "The gates use a bascule design borrowed from Dutch harbours, the engineers said." in text


def test_a_row_of_tooltips_is_no_sentence_around_one() -> None:
    """Tooltips a page keeps side by side, outside any paragraph, read each other's words as a
    sentence around them; they are one more of a kind, and go whole."""
    tips = "".join(f'<span class="btn-tooltip">{tip}</span>\n' for tip in (
        "Saved to your list!", "Removed from your list", "Rated!", "Rating removed",
        "Embed code copied to the clipboard. Please respect the terms of use."))
    text, removals = _pruned(_page(f"<article>{_paragraphs()}</article>{tips}"))
    _assert_story_survives(text)
    assert "Saved to your list" not in text
    assert "Embed code copied" not in text
    assert {removal.rule.code for removal in removals} == {"NAV202"}


def test_a_label_that_is_not_in_a_sentence_still_goes() -> None:
    text, removals = _pruned(_page(f'<article><span class="photo-credit">Jo Park/Gazette</span>'
                                   f"{_paragraphs()}</article>"))
    assert "Jo Park" not in text
    assert [removal.rule.code for removal in removals] == ["CRD201"]


def test_pull_quote_and_sub_heading_in_a_figure_survive_without_the_caption() -> None:
    html = _page(
        f"<article>{_paragraphs()}"
        '<figure class="pull-quote"><blockquote>We have waited ten years for this.</blockquote>'
        "<figcaption>A shop owner in the lower town</figcaption></figure>"
        '<figure><h3>What happens next</h3><img src="gates.jpg"><figcaption>The new gates. Photo: Jo Park'
        "</figcaption></figure></article>"
    )
    text, removals = _pruned(html)
    _assert_story_survives(text)
    assert "We have waited ten years for this." in text
    assert "What happens next" in text
    assert "A shop owner" not in text
    assert "Photo: Jo Park" not in text
    assert {removal.path.split(" ")[0] for removal in removals} == {"figcaption"}


def test_a_table_in_a_figure_survives() -> None:
    table = ("<figure class='wp-block-table'><table><tr><th>Year</th><th>Flood height</th></tr>"
             "<tr><td>1998</td><td>4.1 m</td></tr></table><figcaption>Source: river authority</figcaption>"
             "</figure>")
    text, _ = _pruned(_page(f"<article>{_paragraphs()}{table}</article>"))
    assert "Year Flood height 1998 4.1 m" in text


def test_an_image_figure_still_goes() -> None:
    figure = ('<figure><img src="gates.jpg"><figcaption>The gates at dawn. Photo: Jo Park</figcaption>'
              "</figure>")
    text, removals = _pruned(_page(f"<article>{_paragraphs()}{figure}</article>"))
    _assert_story_survives(text)
    assert "The gates at dawn" not in text
    assert [removal.path.split(" ")[0] for removal in removals] == ["figure"]


def test_an_id_that_spells_its_heading_is_not_evidence() -> None:
    heading = '<h2 id="what-share-of-the-town-is-at-risk">What share of the town is at risk?</h2>'
    text, removals = _pruned(_page(f"<article>{heading}{_paragraphs()}</article>"))
    assert "What share of the town is at risk?" in text
    assert not removals


def test_the_same_slug_id_is_read_against_each_elements_own_text() -> None:
    """Markup is read once per distinct set of values, but an id long enough to be a heading's
    slug depends on the element's text: the heading it spells stays, a box that reuses it goes."""
    slug = "what-share-of-the-town-is-at-risk"
    heading = f'<h2 id="{slug}">What share of the town is at risk?</h2>'
    box = f'<h2 id="{slug}">Share this on Facebook</h2>'
    for body in (heading + _paragraphs() + box, box + _paragraphs() + heading):
        text, removals = _pruned(_page(f"<article>{body}</article>"))
        assert "What share of the town is at risk?" in text
        assert "Share this on Facebook" not in text
        assert [removal.text for removal in removals] == ["Share this on Facebook"]


def test_generated_hashes_do_not_spell_words() -> None:
    item = '<li class="line old-id-PFk9dDFpTo0qJgx9vRfcq">The gates cost 40 million euros in total.</li>'
    text, removals = _pruned(_page(f"<article>{_paragraphs()}<ul>{item}</ul></article>"))
    assert "The gates cost 40 million euros in total." in text
    assert not removals


@settings(deadline=None)
@given(marked_articles())
def test_article_paragraphs_survive_whatever_their_markup(article: HtmlArticle) -> None:
    text, _ = _pruned(article.html)
    for paragraph in article.body:
        assert " ".join(paragraph.split()) in text


# The page guard: the extraction after pruning is checked against the whole page's.


def _second_half_in_a_box(box: str) -> str:
    first, second = STORY[:3], STORY[3:]
    return _page(
        "<article><h1>Flood gates open</h1>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in first)
        + f"<div class=\"{box}\">" + "".join(f"<p>{paragraph}</p>" for paragraph in second) + "</div>"
        "</article>"
    )


def test_page_guard_reverts_a_box_that_held_the_rest_of_the_story() -> None:
    result = newsclean.explain(_second_half_in_a_box("paywall"))
    _assert_story_survives(result.text)
    assert result.page_guard is not None
    assert [removal.code for removal in result.page_guard.reverted] == ["PAY201"]
    assert "PAY201" not in {removal.code for removal in result.removals}
    assert "page guard" in result.render()


def test_page_guard_stays_quiet_when_the_removal_cost_nothing_the_extractor_keeps() -> None:
    html = _page(
        f"<article>{_paragraphs()}</article>"
        '<section class="comments"><h3>Comments</h3>'
        + "".join(f"<div class='comment'><p>{paragraph}</p></div>" for paragraph in reversed(STORY))
        + "</section>"
    )
    result = newsclean.explain(html)
    assert result.page_guard is None
    assert "NAV201" in {removal.code for removal in result.removals}


def test_pages_without_a_large_removal_are_extracted_once() -> None:
    calls = []

    def extract() -> str:
        calls.append(1)
        return " ".join(STORY)

    share_bar = '<div class="share-bar">Share this story</div>'
    tree = fromstring(_page(f"<article>{_paragraphs()}{share_bar}</article>"))
    guarded_extraction(prune(tree, RULES), extract)
    assert len(calls) == 1


def _menus_and_story() -> HtmlElement:
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(6))
    return fromstring(_page(f"<nav class='menu'><ul>{menu}</ul></nav><article>{_paragraphs()}</article>"
                            f"<div class='share-bar'>Share this story</div>"))


def test_page_guard_reverts_every_removal_when_pruning_moved_the_extractor() -> None:
    """No removal held the story, yet the extraction after pruning came out short: trafilatura
    weighs the whole page and settled on another part of it. The whole page's extraction wins."""
    tree = _menus_and_story()
    pruning = prune(tree, RULES)
    assert pruning.removals

    def extract() -> str:  # the extractor as it behaved on such pages: a fragment once pruned
        pruned = b"share-bar" not in tostring(tree)
        return STORY[0] if pruned else " ".join(STORY)

    text, outcome = guarded_extraction(pruning, extract)
    assert text == " ".join(STORY)
    assert outcome is not None
    assert outcome.moved
    assert len(outcome.reverted) == len(pruning.all_removals())
    assert not pruning.removals


def test_page_guard_keeps_a_short_extraction_that_the_whole_page_gives_too() -> None:
    tree = _menus_and_story()
    pruning = prune(tree, RULES)
    removed = len(pruning.removals)
    calls = []

    def extract() -> str:  # short on both trees: the page, not pruning, is the reason
        calls.append(1)
        return STORY[0]

    text, outcome = guarded_extraction(pruning, extract)
    assert (text, outcome) == (STORY[0], None)
    assert len(calls) == 2
    assert len(pruning.removals) == removed


def test_pruning_can_be_undone_and_redone_exactly() -> None:
    html = _page(
        f"<article>Photo:<span class=\"credit\">Jo Park</span> tail<p>{STORY[0]}</p>"
        '<div class="share-bar">Share</div> tail two<figure><img src="a.jpg"><figcaption>A caption'
        f"</figcaption></figure><p>{STORY[1]}</p></article>"
    )
    tree = fromstring(html)
    before = tostring(tree)
    pruning = prune(tree, RULES)
    pruned = tostring(tree)
    assert len(pruning.removals) == 3
    pruning.undo()
    assert tostring(tree) == before
    pruning.redo()
    assert tostring(tree) == pruned
    pruning.undo()
    pruning.redo([1])
    assert [removal.rule.code for removal in pruning.reverted] == ["SHR201"]
    assert b"Share" in tostring(tree)
    assert b"Jo Park" not in tostring(tree)


def test_an_illustration_without_text_is_left_alone() -> None:
    """Removing it gains the text nothing, and trafilatura reads figures to find the article:
    without them, it extracted another story or a fragment from some pages."""
    figure = '<figure class="lead"><img src="gates.jpg"></figure>'
    _, removals = _pruned(_page(f"<article>{figure}{_paragraphs()}</article>"))
    assert not removals


def test_an_empty_ad_slot_still_goes() -> None:
    slot = '<div class="ad-slot"><iframe></iframe></div>'
    _, removals = _pruned(_page(f"<article>{slot}{_paragraphs()}</article>"))
    assert [removal.rule.code for removal in removals] == ["ADV201"]


_WORDS = sorted({word for rule in RULES for word in (*rule.parts, *(w for pair in rule.pairs for w in pair))})


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*_WORDS, "header", "x9", "Main", "content", "7"]),
                          st.sampled_from(["", "-", "_", " ", "--", "__"]),
                          st.sampled_from(["lower", "upper", "title"])), min_size=1, max_size=5))
def test_the_markup_prefilter_never_misses_a_word_the_rules_read(pieces: list[tuple[str, str, str]]) -> None:
    """Markup is read only when its raw value could hold a rule's word; whatever the case and
    the separators (``adSlot``, ``Ad_slot``, ``AD-SLOT``), a word part is never missed."""
    value = "".join(getattr(word, case)() + separator for word, separator, case in pieces)
    finder = _rule_set(tuple(RULES))._named
    if any(word in _WORDS for word in word_parts(value)):
        assert finder.search(value), value


def test_the_removals_of_one_rule_are_weighed_together() -> None:
    """Each caption of a how-to's slider holds one step, too little to wake the guard alone;
    together they hold most of the page's prose, and the guard compares extractions."""
    steps = (
        "Mark the holes on the base board first, then drill them with a small bit so that the "
        "wood does not split.",
        "Screw the side walls to the base and check that every corner is square before the glue "
        "sets overnight.",
        "Fit the lid with two hinges at the back, and leave a gap at the front so that the air "
        "can reach the worms.",
    )
    slides = "".join(
        f"<div class='slide'><figure><img src='{i}.jpg'><figcaption>{step}</figcaption></figure></div>"
        for i, step in enumerate(steps)
    )
    tree = fromstring(_page(f"<article>{_paragraphs()}<div class='slider'>{slides}</div></article>"))
    pruning = prune(tree, RULES)
    removed = pruning.all_removals()
    assert [removal.rule.code for removal in removed] == ["CRD201"] * 3
    assert pruning.page_prose is not None
    assert all(removal.prose < 0.2 * pruning.page_prose for removal in removed)
    calls = []

    def extract() -> str:
        calls.append(1)
        return " ".join(STORY)

    guarded_extraction(pruning, extract)
    assert len(calls) == 2


def test_the_text_after_a_removed_box_stays_a_line_of_its_own() -> None:
    """A paragraph that sits loose after a credits box (no <p> around it) must not become the tail
    of the headline above the box: the extractor reads a headline's tail as no paragraph."""
    html = _page(
        "<div id='story'><h1>Flood gates open</h1><div class='story-credits'><strong>Ann Lee</strong>"
        f"<br>The Gazette</div>{STORY[0]}<br><br>{STORY[1]}</div>"
    )
    tree: HtmlElement = fromstring(html)
    pruning = prune(tree, RULES)
    assert [removal.rule.code for removal in pruning.removals] == ["CRD202"]
    heading = next(tree.iter("h1"))
    assert STORY[0] not in (heading.tail or "")
    placeholder = heading.getnext()
    assert placeholder is not None
    assert placeholder.tag == "br"
    assert STORY[0] in (placeholder.tail or "")
    before = tostring(fromstring(html))
    pruning.undo()
    assert tostring(tree) == before


_FORM_MESSAGES = (
    "This email address does not look right: it needs an @ sign and a domain that exists, like example.org.",
    "There is no account for this email address, or the password is wrong. Please check and try again.",
    "The passwords you entered do not match each other. Please type the same password in both fields.",
    "Your password must be at least eight characters long and hold a capital letter, a digit and a sign.",
    "We have sent you an email with a link to reset your password. Please open it within a day.",
    "Your registration did not go through. Please clear your history and cookies, then click the link again.",
)
_DESCRIPTION = (
    "The river authority opened the new flood gates on Monday. Residents of the lower town watched from "
    "the embankment. Whether the gates hold in spring is unclear."
)


def _video_page(overlay: str) -> str:
    """A video page: its one paragraph of prose, the video's description, sits in a caption
    element, and an overlay the page hides holds more sentences than the article."""
    messages = "".join(f"<p class='form-error'>{message}</p>" for message in _FORM_MESSAGES)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Flood gates open</title></head>"
        "<body><main><article class='video-module'><div class='player' data-video='1'></div>"
        f"<div class='item-caption'><p class='item-description'>{_DESCRIPTION}</p>"
        "<span>2 min</span></div></article></main>"
        f"{overlay.format(messages=messages)}"
        "<div role='alertdialog' class='cookie-notice'><p>We use cookies and similar techniques to "
        "understand how our website is used and to show you offers that interest you. "
        "Find out more here.</p></div>"
        "</body></html>"
    )


def test_the_prose_of_dialogs_and_modals_is_not_the_pages() -> None:
    """A login dialog's form messages outweigh a video page's description: they are no article, so
    the description is the page's prose, and the caption element that holds it is not removed
    with it. The cookie notice (an alert dialog) still goes, weighing nothing for the page guard."""
    for overlay in ("<div class='b-dialog login'><form>{messages}</form></div>",
                    "<div class='login-modal-wrap'><form>{messages}</form></div>",
                    "<dialog><form>{messages}</form></dialog>",
                    "<div aria-modal='true'><form>{messages}</form></div>"):
        text, removals = _pruned(_video_page(overlay))
        assert _DESCRIPTION in text, overlay
        assert "We use cookies" not in text
        cookie = next(removal for removal in removals if removal.rule.code == "CKE201")
        assert cookie.prose == 0


def test_an_article_a_site_shows_in_a_modal_is_still_the_article() -> None:
    paragraphs = _paragraphs(' class="paywall-text"')
    html = _page(f"<div class='modal-content'><h1>Flood gates open</h1>{paragraphs}</div>")
    _assert_story_survives(newsclean.clean(html))


def test_an_article_in_a_modal_outweighs_a_disclosure_outside_it() -> None:
    """The modal holds most of the page's prose, outside any form: it is the article, even with a
    short disclosure outside it that would otherwise be the page's only prose."""
    paragraphs = _paragraphs(' class="paywall-text"')
    modal = f"<div role='dialog'><div itemprop='comment'><h1>Flood gates open</h1>{paragraphs}</div></div>"
    html = _page(modal
                 + "<div class='disclosure-note'><p>We earn a commission when you buy through links on this "
                 "page, and our picks are our own.</p></div>")
    _assert_story_survives(newsclean.clean(html))


# Tables, specification lists and code in text mode -----------------------------------------------

_BEFORE = "The county published its figures on Monday, and the totals rose for the third month running."
_AFTER = "Officials said the next report would come in the spring, after the audit is finished."


def _text_removals(*lines: str) -> list[str]:
    document = "\n".join([_BEFORE, *lines, _AFTER])
    return [removal.text for removal in newsclean.explain(document).removals]


def test_a_tables_header_row_stays_with_its_rows() -> None:
    assert _text_removals("| Category | Before | After |", "|---|---|---|", "| Rent | 900 | 950 |") == []
    assert _text_removals("| Watch | Price | Battery |", "| Model A | $300 | 20 hours |") == []


def test_a_layout_tables_row_with_empty_cells_is_no_header() -> None:
    assert _text_removals("| Share this article: | | |", "| Mail | Print | Copy link |")


def test_a_specification_list_keeps_its_media_lines() -> None:
    assert _text_removals("Processor: Octa-core 3.2 GHz", "Graphics: Radeon 780M", "Memory: 32GB",
                          "Storage: 1TB SSD") == []
    assert _text_removals("- Sensor: 26MP full frame", "- Video: 6K/30p, 4K/120p",
                          "- Autofocus: subject tracking", "- Price: $1,999 (body only)") == []


def test_a_titled_fact_box_keeps_its_fields() -> None:
    """Under its title, a fact box's fields stay, those that read as a byline or a stamp too; a
    related header's "Topic: headline" teasers are no fact box."""
    box = ["The ruling at a glance", "Photographer: Ana Reyes, of Fitzroy",
           "Respondent: Harbour Homes Pty Ltd", "Images: 61 photographs in 143 listings",
           "Costs: ordered against Harbour Homes"]
    assert _text_removals(*box) == []
    sheet = ["Ficha técnica", "Dirección: Ana Rivas", "Guion: Ana Rivas y Tomás Gil",
             "Reparto: Yenny Palacios", "Duración: 104 minutos"]
    assert _text_removals(*sheet) == []
    under_the_article = "\n".join([_BEFORE, *sheet, "© 2026 Quincena. Todos los derechos reservados."])
    assert [r.text for r in newsclean.explain(under_the_article).removals] == [
        "© 2026 Quincena. Todos los derechos reservados."
    ]
    service = ["SERVIÇO", "Quintal de Ferro, com a Cia. Baú de Lata", "Onde: Espaço Cênico Floresta",
               "Quando: até 29 de março, às 20h", "Ingressos: R$ 60 e R$ 30 (meia-entrada)",
               "Duração: 95 minutos | Classificação: 14 anos"]
    assert _text_removals(*service) == [], "the title over the name of what the box is about"
    teasers = ["Te recomendamos", "Aguinaldo: cuándo se cobra la segunda cuota",
               "Jubilados: cuánto cobran en noviembre", "Plazo fijo: cuánto paga cada banco"]
    assert set(teasers[:3]) <= set(_text_removals(*teasers))


def test_a_credits_box_still_goes() -> None:
    box = ["Photos: John Smith", "Graphics: Ana Lee"]
    assert _text_removals(*box) == box


def test_a_how_tos_steps_keep_their_calls() -> None:
    """Steps under a colon, under a sub-heading or numbered keep the call among them; a call in
    the publisher's voice, or below the last step, still goes."""
    assert _text_removals(
        "To stay within the rules, a creator must:",
        "write “paid partnership” above every sponsored post;",
        "label gifted products as well;",
        "keep the notice on screen for the whole video.",
    ) == []
    assert _text_removals(
        "1. Download the app Rainfall Watch from your phone's app store.",
        "2. Allow it to use your location.",
        "3. Choose the streams near your home.",
    ) == []
    call = "Faites un don à notre rédaction."
    assert _text_removals(
        "Comment aider", "Déposez vos dons au local du club.", call, "Proposez vos services le samedi.",
    ) == [call]
    appeal = "Spenden Sie jetzt für unabhängigen Journalismus!"
    steps = ("So helfen Sie", "Bringen Sie Decken zur Sammelstelle.", "Melden Sie sich als Helfer.")
    assert _text_removals(*steps, appeal) == [appeal]
    box = ("Stay in the loop", "Subscribe To The Weekly Digest!")  # a call shouts; steps state
    assert _text_removals(*box, "Get every new recipe first.", "Unsubscribe whenever you like.") == list(box)
    assert _text_removals(  # one-line paragraphs that report are no steps
        "Was jetzt kommt", "Die Stadt prüft die Anträge.", appeal, "Der Rat entscheidet im Mai.",
    ) == [appeal]


def test_a_numbered_step_may_report_what_it_takes() -> None:
    """A numbered step's second sentence may report ("The bank says …"); the steps stay a how-to."""
    steps = (
        "How to apply",
        "1. Download the Harvest Pay app from the App Store or Google Play. It is free to install.",
        "2. Enter the phone number your employer has on file.",
        "3. Upload a photo of your ID. The company says checks take about two minutes.",
        "4. Choose an amount and confirm it with your PIN.",
    )
    assert _text_removals(*steps) == []


def test_steps_numbered_from_one_under_the_articles_sentence_stay() -> None:
    """Steps numbered 1, 2, 3 under the article's sentence announcing them stay though two of them
    read as a sign-up call and a subscription pitch; the same calls unnumbered are the page's."""
    announced = "From the fourth article on, the route the group has planned for readers is this:"
    steps = (
        "1. Sign up for the newsletter with your email address to unlock two more free articles.",
        "2. Choose between the monthly and the yearly plan.",
        "3. Subscribe for unlimited access to the site, the app and the digital edition for $1 a month.",
    )
    assert _text_removals(announced, *steps) == []
    calls = [step[3:] for step in steps[::2]]
    assert _text_removals("Read on for free.", *calls) == calls


def test_the_answers_of_a_qa_stay_under_their_questions() -> None:
    """An answer in an offer's or an appeal's words stays between two of the article's questions;
    a short call under a question, or one in the publisher's voice, still goes."""
    qa = (
        "How much does the digital subscription cost?",
        "$1 for the first month, then $9.90 a month or $99 a year, with the print edition at $199 a year.",
        "What if I already take the paper?",
        "Print subscribers get the website and the app at no extra cost from March.",
    )
    assert _text_removals(*qa) == []
    call = "Subscribe now for $1 a month"
    assert call in _text_removals("Enjoying this story?", call, "Already a subscriber?")
    ours = "Our app brings you every update of the count as it happens, free on iOS and Android."
    assert ours in _text_removals("Where can I follow the count?", ours, "When will the result be known?")


def test_a_qas_question_in_a_prompts_words_stays_over_its_answer() -> None:
    """A question asked in a paywall button's words stays where a stated answer no rule took
    follows it and another of the article's questions stands two blocks away; a prompt's question
    over its call still goes."""
    question = "Já sou assinante da edição em papel. Tenho de pagar outra vez?"
    qa = (
        "Como faço a assinatura?",
        "Basta escolher o plano no site ou na aplicação e pagar com cartão ou referência Multibanco.",
        question,
        "Não. Os atuais assinantes em papel têm acesso digital incluído a partir de março, sem custo.",
        "O que vou ver quando atingir o limite?",
    )
    assert _text_removals(*qa) == []
    prompt = "Já sou assinante. Entrar"
    assert prompt in _text_removals("Como faço a assinatura?", "Assine por 1 euro", prompt,
                                    "O que vou ver quando atingir o limite?")


def test_a_lone_list_header_between_paragraphs_heads_the_paragraph() -> None:
    """A related header alone between paragraphs, with no headline beside or below it, is the
    paragraph's sub-heading; with its headline, or over a short teaser, it goes."""
    paragraph = ("Emergency services advise against all unnecessary travel and ask drivers not to cross "
                 "flooded fords, however shallow the water looks from the road.")
    assert _text_removals("Recomendaciones", paragraph) == []
    assert _text_removals("Recomendaciones: Cinco rutas para el puente de mayo", paragraph)
    assert _text_removals("Related", "The newsletter boom is over. Now comes the consolidation.")


def test_code_with_arrows_is_no_breadcrumb() -> None:
    code = ("    fn area(shape: &Shape) -> Option<f64> {", "        shape.area()", "    }")
    assert _text_removals(*code) == []
    assert _text_removals("Home > Guides > Routers") == ["Home > Guides > Routers"]


def _story_with_a_pitch_box() -> HtmlElement:
    box = ("<div class='blog-cta'><h4>Plan your next trip with us</h4>"
           "<a href='/start'>Start free</a></div>")
    steps = "".join(f"<li>{step}</li>" for step in STEPS)
    return fromstring(_page(f"<article>{_paragraphs()}<ul>{steps}</ul>{box}</article>"))


STEPS = ("Close the lower sluice before the spring tide comes in",
         "Check the pumps at the old mill every second morning",
         "Report any crack in the embankment wall to the authority")


def test_page_guard_reverts_a_checked_removal_that_moved_the_extractor_off_the_article() -> None:
    """A call-to-action box holds none of the story, but its removal can tip the extractor's
    choices elsewhere in the article (which headings and lists it keeps): the page is extracted
    without the checked removal too, and that extraction wins when it holds more of the article."""
    tree = _story_with_a_pitch_box()
    pruning = prune(tree, RULES)
    assert [removal.rule.code for removal in pruning.removals] == ["ADV202"]

    def extract() -> str:  # the extractor as it behaved on such a page: the list dropped once pruned
        pruned = b"blog-cta" not in tostring(tree)
        return "\n".join(STORY) if pruned else "\n".join((*STORY, *STEPS))

    text, outcome = guarded_extraction(pruning, extract)
    assert text.endswith(STEPS[-1])
    assert outcome is not None
    assert [removal.rule.code for removal in outcome.reverted] == ["ADV202"]
    assert not pruning.removals


def test_page_guard_keeps_a_checked_removal_that_cost_the_article_nothing() -> None:
    """Without a second extraction: the pruned one lacks none of the article's zone, so none could
    hold a share of it more."""
    tree = _story_with_a_pitch_box()
    pruning = prune(tree, RULES)
    calls = []

    def extract() -> str:  # the same article either way; the box's pitch only without pruning
        calls.append(1)
        pruned = b"blog-cta" not in tostring(tree)
        story = "\n".join((*STORY, *STEPS))
        return story if pruned else f"{story}\nPlan your next trip with us"

    text, outcome = guarded_extraction(pruning, extract)
    assert (text, outcome) == ("\n".join((*STORY, *STEPS)), None)
    assert len(calls) == 1
    assert [removal.rule.code for removal in pruning.removals] == ["ADV202"]


def test_page_guard_keeps_a_checked_removal_when_the_page_without_it_reads_no_better() -> None:
    """The pruned extraction lacks part of the article's zone (the list), so the page is extracted
    without the checked removal too; that extraction lacks it as well, and pruning stands."""
    tree = _story_with_a_pitch_box()
    pruning = prune(tree, RULES)
    calls = []

    def extract() -> str:  # the list dropped either way
        calls.append(1)
        return "\n".join(STORY)

    text, outcome = guarded_extraction(pruning, extract)
    assert (text, outcome) == ("\n".join(STORY), None)
    assert len(calls) == 2
    assert [removal.rule.code for removal in pruning.removals] == ["ADV202"]


def test_pages_without_a_checked_removal_pay_no_second_extraction() -> None:
    calls = []

    def extract() -> str:
        calls.append(1)
        return " ".join(STORY)

    tree = fromstring(_page(f"<article>{_paragraphs()}<div class='share-bar'>Share</div></article>"))
    guarded_extraction(prune(tree, RULES), extract)
    assert len(calls) == 1


def test_a_paywall_notice_is_no_step_of_a_how_to() -> None:
    """Short sentences under a sub-heading read as steps; a paywall's notice among them states, and
    goes (a case Hypothesis found in tests/test_properties.py)."""
    notice = "De volledige analyse is alleen beschikbaar voor abonnees van De Courant."
    lines = ("Streamingdienst verhoogt prijzen en verliest abonnees", notice,
             "Donaties aan het Rode Kruis stegen vorig jaar met 4 procent.",
             "Gepubliceerd op 16 april, kreeg het rapport veel kritiek van de oppositie.")
    assert _text_removals(*lines) == [notice]
