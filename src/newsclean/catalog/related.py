"""'Go deeper', 'Read more', 'Related' and the link lists they head."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import unquote_plus

from ..dom import DomRule, Marks, link_share, marks_of_names
from ..rules import Category, ContextRule, Evidence, Finding, Mark, PatternRule, Rule, keeps, removes
from ..shape import (
    CLOSERS,
    Zone,
    figure_row,
    heads_fact_box,
    is_filled_row,
    is_headline_like,
    is_label_like,
    is_list_item,
    is_title_case,
    long_figure_field,
)
from ._dates import AGE, DATE, ELAPSED, RELATIVE, STAMP_LABEL, TIME, WEEKDAY
from ._patterns import END, HEADLINE, START, one_word_each, starts
from ._phrases import phrase_rule
from ._signals import signal_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, words
from .corrections import AI_DISCLOSURE
from .navigation import BREADCRUMB, SHORT_BREADCRUMB
from .structure import data_table_kept

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from ..blocks import Page, Verdict

_HEADER = frozenset({Mark.LIST_HEADER})

GO_DEEPER = PatternRule(
    code="REL001",
    name="go-deeper-link",
    category=Category.RELATED,
    summary="Axios-style 'Go deeper' links, alone or with the linked headline.",
    message="'Go deeper' link",
    keywords=("go deeper",),
    max_words=30,
    marks=_HEADER,
    pattern=rf"""{START}go\s+deeper(?:\s*\(\d+\s+min\.?\s+read\))?(?:\s*[:|–—-]\s*{HEADLINE}|{END})""",
    safety="After 'Go deeper' only a colon and a headline may follow; "
    "\"Go deeper into the forest, the guide said.\" is kept.",
    examples=(
        removes("Go deeper"),
        removes("Go deeper: Iran launches drone and missile attack on Israel"),
        removes("Go deeper (2 min. read): What we know about the strike"),
        keeps("Go deeper into the forest and the trail splits, the guide told us."),
    ),
)

READ_MORE_LINK = PatternRule(
    code="REL002",
    name="read-more-link",
    category=Category.RELATED,
    summary="'Read more', 'Continue reading', 'See more' links, alone or with the headline they lead to.",
    message="related-article link",
    keywords=(*starts("click here", "read", "see", "keep reading", "continue reading", "more", "also"),),
    max_words=30,
    pattern=rf"""{START}(?:
          (?:click\s+here\s+to\s+)?(?:read|see)\s+(?:more|the\s+full\s+(?:story|article|report)|
            our\s+(?:full\s+)?(?:coverage|live\s+blog|explainer))(?:\s+(?:here|stories|articles))?
        | keep\s+reading | continue\s+reading
        )(?:\s*[:|–—-]\s*{HEADLINE}|{END})
        | {START}(?:more|also|see\s+more)\s*:\s*{HEADLINE}
        | also\s+on\s+[\w-]+\.\w{{2,4}}\b.{{0,200}}""",
    safety="A headline may follow only after a colon or dash and must not end in a full stop, "
    "so \"Read more about the plan in the report, officials said.\" is kept. A lone 'Read more' "
    "is the button of the teaser above it, so it heads no list (see REL007).",
    examples=(
        removes("Read more"),
        removes("Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing"),
        removes("READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing"),
        removes("SEE MORE: Hong Kong protests: 800 students under siege in university"),
        removes("Also on rt.com Journalists & politicians from Morales’ party threatened with arrests"),
        removes("Continue reading"),
        keeps("Read more about the plan in the report published on Tuesday, officials said."),
        keeps("More than 200 people were evacuated."),
    ),
)

SEE_ALSO_HEADER = PatternRule(
    code="REL007",
    name="see-also-header",
    category=Category.RELATED,
    summary="'Related', 'See also', 'Also read', 'Further reading': headers of the links below them, "
    "alone or with one.",
    message="related-article header",
    keywords=(*starts("read", "see", "also", "must", "explore further", "further reading", "related",
                      "more on this"),),
    max_words=30,
    marks=_HEADER,
    pattern=rf"""{START}(?:
          (?:read|see)\s+(?:next|also|the\s+latest)
        | (?:also|must)[\s-]?read | see\s+also | explore\s+further | further\s+reading
        | related(?:\s+(?:posts?|articles?|stor(?:y|ies)|links?|reading|content|coverage|news|
            videos?|topics?))?
        | more\s+on\s+this(?:\s+(?:story|topic))?
        )(?:\s*[:|–—-]\s*{HEADLINE}|(?<=related)\s*:\s*(?-i:[A-ZÀ-ÖØ-Þ])(?:[^.!?\n]{{2,140}}[.!?]\s*){{1,2}}|{END})""",
    safety="A headline may follow only after a colon or dash and must not end in a full stop, "
    "so \"Related: the vote was close.\" and \"See also the report's annex, the judge said.\" are "
    "kept; after 'Related:' a capital may open a headline and the sentence of its teaser.",
    examples=(
        removes("[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]"),
        removes("Related post: Pickled Brussels Sprouts Recipe"),
        removes("Related Articles"),
        removes("Explore further"),
        removes("Also read: How the vote was won"),
        removes("See also"),
        removes("Related: Parents say late buses cost kids breakfast. The district says it is fixing it.",
                note="a teaser's headline and its sentence"),
        keeps("Read: Sally Rooney's Intermezzo, a novel about grief and two brothers",
              note="'Read:' alone opens a picks list's item as often as a teaser"),
        keeps("Related: the vote was close, and the bill passed by two votes."),
        keeps("Relatedly, the court also struck down the second law."),
        keeps("See also the report's annex, the judge said."),
    ),
)

MORE_FROM_PUBLISHER = PatternRule(
    code="REL003",
    name="more-from-publisher",
    category=Category.RELATED,
    summary="Headers of recirculation lists: 'More from Axios', 'Popular on IndieWire', 'More in Politics'.",
    message="recirculation header",
    keywords=starts("more ", "popular ", "latest ", "trending ", "top stories"),
    max_words=10,
    marks=_HEADER,
    pattern=rf"""(?:more|popular|latest|trending|top\s+stories)\s+(?:stories\s+|news\s+)?(?:from|in|on|at)\s+
        (?:(?-i:[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9&][\w.&'’-]*|of|the|and|in|on)){{0,6}})|this\s+(?:story|topic|author|section|series|site))
        (?:\s*[:|]\s*{HEADLINE}|{END})
        | more\s+(?:stories|news|coverage)(?:\s+(?:like\s+this|for\s+you))?{END}""",
    safety="The name after 'from', 'in' or 'on' must be capitalised (a publisher or section), "
    "so \"More from the hearing\" stays.",
    examples=(
        removes("More from Axios"),
        removes("Popular on IndieWire"),
        removes("More in Politics"),
        removes("More from this author"),
        keeps("More from the hearing later today, the clerk said."),
        keeps("More on the economy is expected this week."),
    ),
)

RECIRCULATION_HEADER = PatternRule(
    code="REL004",
    name="recirculation-header",
    category=Category.RELATED,
    summary="'Most read', 'You may also like', 'Recommended for you', 'Don't miss' and other list headers.",
    message="recirculation header",
    keywords=starts("most", "trending", "popular", "top", "editor", "don't miss", "dont miss", "you may",
                     "you might", "we recommend", "we also", "you recommend", "you also", "recommended",
                     "watch next", "read next", "what to", "latest", "in case you", "icymi",
                     "you may have", "from around", "around the web", "what others", "others are",
                     "readers also", "featured", "news in pictures", "more videos"),
    max_words=10,
    marks=_HEADER,
    pattern=rf"""{START}(?:
          most\s+(?:read|popular|viewed|shared|commented|emailed|watched)(?:\s+(?:news\s+)?(?:stories|articles|news|videos))?
        | (?:trending|popular)\s+(?:now|stories|articles|today|this\s+week|topics)
        | top\s+(?:stories|headlines|videos)
        | editor(?:['’]s|s['’]?)\s+picks?
        | don['’]?t\s+miss(?:\s+(?:this|these|out))?
        | you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
        | (?:we|you)\s+(?:also\s+)?recommend
        | recommended(?:\s+(?:for\s+you|stories|reading|articles|videos|content))?
        | (?:watch|read|what\s+to\s+(?:read|watch))\s+next
        | latest\s+(?:news|stories|headlines|videos|articles)
        | (?:in\s+case\s+you\s+missed\s+it|icymi|you\s+may\s+have\s+missed)
        | (?:from\s+)?around\s+the\s+web
        | (?:what\s+)?others\s+are\s+reading | readers\s+also\s+liked
        | (?:popular|featured)\s+stories | news\s+in\s+pictures | more\s+videos
        )(?:\s+(?:in|on|from)\s+[\w\s&'’-]{{1,40}})?{END}""",
    safety="Whole-block headers only: \"Don't miss the deadline on Friday\" and \"Trending "
    "downward, the index fell 2%\" are kept.",
    examples=(
        removes("Most read"),
        removes("Most read in world news"),
        removes("MOST WATCHED NEWS VIDEOS"),
        removes("You may also like..."),
        removes("Recommended for you"),
        removes("DON'T MISS"),
        removes("In case you missed it"),
        keeps("Don't miss the deadline on Friday, tax officials warned."),
        keeps("Trending downward all week, the index fell 2% on Friday."),
        keeps("Most read the statement as a concession."),
    ),
)

BRACKETED_TEASER = PatternRule(
    code="REL005",
    name="bracketed-teaser",
    category=Category.RELATED,
    summary="Headline teasers tagged in brackets: '… [INSIGHT]', '… [VIDEO]', '… [REACTION]'.",
    message="tagged headline teaser",
    keywords=("[insight]", "[video]", "[reaction]", "[news]", "[pictures]", "[pics]", "[analysis]",
              "[poll]", "[revealed]", "[latest]", "[update]", "[photos]", "[watch]", "[listen]",
              "[quiz]", "[opinion]", "[review]", "[exclusive]", "[live]", "[map]", "[warning]",
              "[gallery]", "[podcast]"),
    max_words=35,
    pattern=r""".{1,240}?\s*\[(?:insight|video|reaction|news|pictures|pics|analysis|poll|revealed|latest|
        update|photos|watch|listen|quiz|opinion|review|exclusive|live|map|warning|gallery|podcast)\]\s*\|?""",
    safety="The tag must close the block; a body sentence never ends in \"[INSIGHT]\".",
    examples=(
        removes("China furious at Macron for Hong Kong protest jibe [INSIGHT]|"),
        removes("Audio-Technica ATH-G1WL Review: My new go-to wireless gaming headset [Video]"),
        keeps("The video, which he called [the] best evidence, was shown to the jury."),
    ),
)

RECIRCULATION_LABEL = PatternRule(
    code="REL006",
    name="recirculation-label",
    category=Category.RELATED,
    evidence=Evidence.WEAK,
    summary="One-word list labels: 'Trending', 'Featured', 'Latest', 'Popular', 'More', 'Up next'.",
    message="recirculation label",
    keywords=starts("trending", "featured", "latest", "popular", "more", "videos", "stories", "up next",
                    "top news"),
    max_words=3,
    marks=_HEADER,
    pattern=rf"""{START}(?:trending|featured|latest|popular|more|videos|stories|up\s+next|
        (?:top|latest|more)\s+news){END}""",
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Trending"),
        removes("More"),
        keeps("UP NEXT", before=("LeBron James had 25 points as the Lakers won 112-107.",),
              after=("Lakers: At San Antonio on Wednesday night.",),
              note="AP game stories head their schedule section 'UP NEXT'"),
        keeps("Latest", before=("The minister spoke on Monday.",),
              after=("Officials said the latest figures were due on Friday.",),
              note="mid-body labels stay"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class LinkListUnderHeader(ContextRule):
    """Remove the headline-like lines listed under a list header outside the article's prose.

    In the tail, under any header ("Go deeper", "More from…", "Topics"); between
    two paragraphs, under a header that strong evidence confirmed and that stands
    alone ("Lesen Sie auch", not "Read more: <headline>", whose headline is its
    own). The list runs to the next prose paragraph, header or sentence; other
    boilerplate inside it is looked through. Between paragraphs, the last of
    several lines is the next paragraph's sub-heading and stays, unless every
    line of the list, that one too, runs to ``min_headline_words`` or more. In a document
    without prose, only a list that runs to the very end counts.
    """

    max_words: int = 25
    max_header_words: int = 8
    min_headline_words: int = 7
    max_fact_title_words: int = 4

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            yield from self._list_at_the_end(page)
            return
        for header, verdict in enumerate(page.verdicts):
            if not _heads_list(page, header):
                continue
            assert verdict is not None
            zone = shape.zone(header)
            if zone is Zone.HEAD:
                continue  # a list above the headline cannot be told from the headline
            if zone is Zone.BODY and not (verdict.confirmed and self._stands_alone(page, header)):
                continue
            if heads_fact_box(page, header):
                continue  # the article's fact box, below its paragraphs too: rows of values, not headlines
            # A teaser's call alone between paragraphs ("Mirá también") announces the line right below
            # it; over anything else (a live blog's time) it calls to the article's own video.
            through = (
                zone is Zone.TAIL or Mark.LIST_HEADER in verdict.rule.marks or page.core(header).endswith(":")
            )
            items = self._items_under(page, header, through=through, inside=zone is Zone.BODY)
            if zone is Zone.BODY and items and not _furniture_below(page, items[-1]) and (
                (len(items) > 1 and not self._all_headlines(page, items))
                or verdict.rule.category is not Category.RELATED
            ):
                # The last line above the next paragraph is its sub-heading, or its headline under a
                # widget's label ("Zoeken") that only a related header's teaser would not be.
                items.pop()
            yield from (Finding(item, page.core(header), anchor=header) for item in items)

    def _all_headlines(self, page: Page, items: list[int]) -> bool:
        """Whether every line of the list, the last too, runs as long as a headline: a sub-heading is
        a few words ("The numbers", "What happens next"), a teaser's headline a clause of its own.
        A box's teasers share one style: a last line in capitals, or numbered, under teasers that are
        not is the next paragraph's sub-heading ("YOUR RIGHTS IF YOUR FLIGHT IS CANCELLED", "3. Ayuda
        de organizaciones sin fines de lucro")."""
        styles = [_headline_style(page.core(item)) for item in items]
        return styles[-1] == styles[0] and all(
            page.words(item, self.max_words) >= self.min_headline_words for item in items
        )

    def _items_under(
        self, page: Page, header: int, *, through: bool = True, inside: bool = False
    ) -> list[int]:
        """The link-like lines under ``header``, to the next prose paragraph, header or sentence;
        ``through`` other boilerplate, or only those right below it. ``inside`` the article, a
        sentence that leads to a colon ("Depende del medio. Los expertos recomiendan:") announces
        the article's own lines, as a paragraph would; so does the header of a summary box or a
        Q&A, anywhere."""
        shape = page.shape
        assert shape is not None
        items: list[int] = []
        for item in range(header + 1, len(page)):
            if shape.prose[item] or _heads_list(page, item):
                break
            if page.is_matched(item):
                if through and not _opens_header(page, item):
                    continue
                break
            if not self._is_link_like(page, item) or (inside and _announces_lines(page.core(item), items)):
                break
            if summary_header(page.core(item)) or self._titles_fact_box(page, item):
                break  # the article's own box or Q&A opens below the list ("Preguntas y respuestas")
            items.append(item)
        return items

    def _titles_fact_box(self, page: Page, i: int) -> bool:
        """Whether block ``i`` is the title of the article's fact box below a list ("Die wichtigsten
        Eckwerte" over "Geschäftsstellen: 19, …"): a label of a few words, which a teaser's headline
        is not, over rows of values."""
        limit = self.max_fact_title_words
        return page.words(i, limit) <= limit and heads_fact_box(page, i)

    def _list_at_the_end(self, page: Page) -> Iterator[Finding]:
        """Walk back from the last block over boilerplate and link-like lines to a header."""
        pending: list[int] = []
        for i in range(len(page) - 1, -1, -1):
            if page.is_matched(i):
                if _heads_list(page, i):
                    for item in pending:
                        yield Finding(item, page.core(i), anchor=i)
                    pending = []
            elif self._is_link_like(page, i):
                pending.append(i)
            else:
                return

    def _stands_alone(self, page: Page, header: int) -> bool:
        """A bare header, not a teaser that brings its own headline after a colon."""
        core = page.core(header)
        return page.words(header, self.max_header_words) <= self.max_header_words and not any(
            mark in core.rstrip(":|–—- ") for mark in (": ", " | ", " – ", " — ")
        )

    def _is_link_like(self, page: Page, i: int) -> bool:
        """A headline or a title-case line; never a data table's row ("1 | Kurrajong High | Epping |
        71.2%"), which a filter's label above leaves the article's."""
        if is_filled_row(page, i):
            return False
        core, words = page.core(i), page.words(i, self.max_words)
        short = words <= self.max_words
        return is_headline_like(core, words, self.max_words) or (short and is_title_case(core))


# A sentence's end, then a clause that ends in a colon: a paragraph's lead into its list.
_SENTENCE_TO_COLON = re.compile(r"\w[.!?]\s+[^.!?:]+:\Z")


def _announces_lines(core: str, items: list[int]) -> bool:
    """Whether an unmatched line inside the article leads into lines of its own, so the list above has
    ended: a paragraph's last clause before its colon, or a clause ending in a colon below an item
    ("El decreto fija tres requisitos:"), which a teaser's headline never is. Right under the header,
    a lead-in is the list's own ("You may also like these:"), and so is a label of a few words
    ("Kontakt Investoren:")."""
    clause = bool(items) and core.endswith(":") and len(core.split()) >= _CLAUSE_WORDS
    return clause or _SENTENCE_TO_COLON.search(core) is not None


_CLAUSE_WORDS = 4


def _furniture_below(page: Page, i: int) -> bool:
    """Whether confirmed boilerplate stands right below block ``i``: then ``i`` heads no paragraph.
    A byline is no such furniture: the line it signs is a headline, the article's own under a
    widget's label ("Follow") when a banner the rules did not know has opened the article early."""
    below = page.verdicts[i + 1] if i + 1 < len(page) else None
    return below is not None and below.confirmed and below.rule.category is not Category.BYLINE


def _opens_header(page: Page, i: int) -> bool:
    """Whether block ``i`` is a breadcrumb trail ("Nieuws › Binnenstad" too, once its zone confirmed
    it): it opens an article's header, so the line below it is a headline, not an item of a list
    above it."""
    verdict = page.verdicts[i]
    if verdict is None:
        return False
    code = verdict.rule.code
    return code == BREADCRUMB.code or (code == SHORT_BREADCRUMB.code and verdict.confirmed)


def _heads_list(page: Page, i: int) -> bool:
    """A list header's verdict, or a related link that ends in a colon: "Weiterlesen:" announces
    the links below it where "Weiterlesen" closes the teaser above it."""
    verdict = page.verdicts[i]
    if verdict is None:
        return False
    rule = verdict.rule
    core = page.core(i)
    announces = rule.category is Category.RELATED and (
        core.endswith(":") or _bare_call(rule, core, verdict.hit)
    )
    return announces or Mark.LIST_HEADER in rule.marks


def _bare_call(rule: Rule, core: str, hit: str) -> bool:
    """A teaser's call alone on its line ("Mirá también", "Lesetipp"): it announces the teaser below."""
    return rule.code == TEASER_CALL_CODE and core.strip(" :→»›|-–—").casefold() == hit.strip(" :").casefold()


LINK_LIST_UNDER_HEADER = LinkListUnderHeader(
    code="REL100",
    name="link-list-under-header",
    category=Category.RELATED,
    summary="Headline-like lines under 'Go deeper', 'Related', 'Lesen Sie auch' or 'Topics', after the "
    "article or inside it.",
    message="link listed under the header",
    safety="Only short lines that are not sentences, only under a header, never before the first "
    "prose paragraph nor below a breadcrumb; between paragraphs only under a bare header that strong "
    "evidence confirmed, and the last line, the next paragraph's sub-heading, only when every line runs "
    "to seven words or more; the guard reverts it when it would take too much.",
    examples=(
        data_table_kept("a table's rows under a filter's label: rows are the article's table, not links"),
        keeps("Brand in flatgebouw in Deurne: 34 bewoners geëvacueerd",
              before=("Op de site verscheen een venster over cookies en een abonnement, en dat stoorde veel "
                      "lezers die het stuk wilden lezen.", "Ga naar de inhoud", "Nieuws", "Regio", "Zoeken",
                      "Aanmelden", "Antwerpen"),
              after=("De brand ontstond rond 15 uur op de vierde verdieping en sloeg over naar het dak, zei "
                     "de brandweer.",),
              note="the headline under a widget's label ('Zoeken'), a sentence above the menu: no teaser"),
        keeps("Seafloor sensors record a slow earthquake off the Pacific coast",
              before=("The site and its partners read data on your device; change your choices at any time "
                      "at the foot of each page, which the site told readers in an unusual banner.",
                      "Science", "Follow"),
              after=("Story by Dana Okafor", "A network of gauges on the seabed recorded the slip over four "
                     "months, the researchers said on Tuesday."),
              note="a byline signs the line above it: the headline, under a follow button's label"),
        keeps("Reissite beboet om misleidende cookiebanner: 'Weigeren was verstopt'",
              before=("Het Westerblad en 96 partners gebruiken cookies om advertenties af te stemmen en het "
                      "bezoek aan de site te meten. Kies hieronder hoe u verder wilt.", "Menu",
                      "Home / Tech / Privacy"),
              after=("Jan de Vries", "14 januari 2026, 18:03"),
              note="a breadcrumb opens the article's header: the headline below it is no item of the menu"),
        removes("Iran's attack on Israel, explained", before=("Go deeper",)),
        removes("Who will make the Rock Hall in 2020?", before=("You may also like...",)),
        removes("Joe Biden", before=("Topics", "Israel"), after=("Iran",)),
        removes("Ein Roadtrip entlang der Weinstraße", before=("Weiterlesen:",),
                note="a link that ends in a colon heads the list below it"),
        removes("Regierung beschließt neues Klimapaket", before=("Lesen Sie auch",),
                after=("Die Opposition kritisierte den Entwurf am Mittwoch scharf.",),
                note="between paragraphs, under a bare header"),
        removes("El Gobierno aprueba el plan de vivienda para jóvenes", before=("Más información",),
                after=("La oposición criticó el proyecto en el pleno del miércoles, según su portavoz.",),
                note="El País's header over a related article, between paragraphs"),
        removes("Governo prolonga o estado de alerta por mais dois dias",
                before=("Ver também", "Risco de incêndio máximo em vinte concelhos até sexta-feira"),
                after=("Os bombeiros combatem as chamas desde a madrugada, disse o comandante.",),
                note="every line of the list runs as long as a headline, the last too"),
        removes("Review: five reading apps compared",
                before=("Related news", "Publishers demand payment from AI firms for their archives"),
                after=("Advertisement", "The council will vote on the plan again in May, officials said."),
                note="a list's last short line above furniture heads no paragraph"),
        removes("Festival de São João de Caruaru divulga atrações; veja a programação",
                before=("LEIA TAMBÉM", "Barragem de Serrinha chega a 12% e Compesa amplia rodízio no Pajeú"),
                after=("Os voluntários começam a instalar as cisternas em julho, disse a associação.",),
                note="a headline's two clauses joined by a semicolon are no fact box's values"),
        keeps("O que dizem os números",
              before=("Ver também", "Risco de incêndio máximo em vinte concelhos até sexta-feira"),
              after=("Os bombeiros combatem as chamas desde a madrugada, disse o comandante.",),
              note="the next paragraph's sub-heading, a few words"),
        keeps("YOUR RIGHTS IF YOUR FLIGHT IS CANCELLED",
              before=("The airline said it would refund every passenger, a spokesperson said.",
                      "Read More on The Courier",
                      "TRAIN CHAOS Commuters face weeks of delays as the line closes for repairs",
                      "PIER PLAN Seafront hotel gets green light after a long wait"),
              after=("If your flight left from a UK airport, you are covered by the UK261 rules.",),
              note="a last line in capitals under teasers that are not: the next paragraph's sub-heading"),
        keeps("3. Ayuda de organizaciones sin fines de lucro",
              before=("El programa cubre hasta la mitad de la factura de julio, según el condado.",
                      "RELACIONADAS", "Centros de enfriamiento en Houston: lista de direcciones y horarios",
                      "¿Su casero no arregla el aire acondicionado? Esto dice la ley en Texas"),
              after=("Iglesias y organizaciones comunitarias también reparten fondos de emergencia, según "
                     "sus responsables.",),
              note="a numbered last line under teasers that are not: the article's next section"),
        keeps("Quién puede pedirlo",
              before=("Más información", "Los alquileres suben un 11% y encadenan cinco años de máximos"),
              after=("El decreto fija tres requisitos principales:", "- Tener menos de 35 años.",
                     "Las ayudas se pagarán durante dos años como máximo, según el ministerio."),
              note="the sub-heading over a clause that leads into its own list"),
        keeps("What happens next", before=("Read more: Iran launches drones at Israel",),
              after=("The cabinet will meet again on Sunday, officials said.",),
              note="a teaser that brings its own headline heads no list"),
        removes("Cuánto cuesta llenar el tanque en noviembre: las nuevas listas de precios",
                before=("Mirá también",),
                after=("Las empresas sostienen que la suba no alcanza, según sus cálculos.",),
                note="a teaser's call alone on its line announces the teaser below it"),
        keeps("La Protezione civile: «Allerta rossa fino a mezzanotte»", before=("Guarda il video", "12:45"),
              after=("L'allerta rossa resta in vigore fino a mezzanotte sul Levante, dice la Regione.",),
              note="a call over a live blog's time calls to the article's own video"),
        keeps("Iran's attack on Israel, explained",
              after=("The talks continued on Tuesday, officials said.",)),
        keeps("Nalón B: Pérez; Gómez, Díaz, Ruiz; Toral y Mena",
              before=("El Nalón ganó el derbi en el descuento, según el entrenador local.", "Publicidad",
                      "Ficha técnica"),
              after=("Árbitro: López Vidal. Amonestó a Díaz.",
                     "El próximo partido se juega el domingo en casa, anunció el club."),
              note="a match report's line-up under its fact box's label: rows of values, not headlines"),
        keeps("The new stadium",
              before=("The club expects the first match in the new ground in August, its chairman said.",
                      "Related news", "Fans split over the plan to sell the old ground to a developer",
                      "Season tickets sell out within an hour of going on sale online",
                      "Council approves the tram extension to the stadium after a long debate"),
              after=("Seats: 42,000", "Cost: $310 million", "Opening: summer 2027",
                     "Work on the roof will start in the spring, the builders said."),
              note="a title of a few words over rows of values: the article's fact box ends the list"),
        removes("Council approves the tram extension to the stadium after a long debate",
                before=("The club expects the first match in the new ground in August, its chairman said.",
                        "Related news", "Fans split over the plan to sell the old ground to a developer",
                        "Season tickets sell out within an hour of going on sale online"),
                after=("The new stadium", "Seats: 42,000", "Cost: $310 million", "Opening: summer 2027",
                       "Work on the roof will start in the spring, the builders said."),
                note="the teaser above the fact box's title is still the list's"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class UnnamedTeaserList(ContextRule):
    """Remove a teaser list whose header no rule knows: its place and its shape say what it is.

    After the article's last prose paragraph, right under confirmed boilerplate, a short line that
    is not a sentence ("Also in the news", "Dal territorio") over ``min_items`` or more
    headline-like lines (clauses of ``min_item_words`` words or more, no full stop, no bullet)
    that run to more confirmed boilerplate or to the end is a recirculation list: headers come in
    every wording, the list's shape does not. A bare related link under a paragraph ("Leia mais")
    heads such a list too, lines other rules took as teasers belong to it, and a list may run into
    the next one's header ("Most read" under "Don't miss"). Between two paragraphs, the same list
    counts only with confirmed boilerplate on both sides, neither a caption's credit (the lead
    picture's, which the article's key points may follow) nor a teaser glued to its headline above
    (one link, after which the article goes on). It runs late, so that bios, stamps and
    tags are recognised around it.

    The article's own lines are vetoed by their form: a header ending in a colon announces the
    article's list, rows whose every line holds two figures are a table of results, "Label: value"
    rows a fact box, and a byline or a dateline above is the article's own header moved below it
    by the extractor. The article's summary box is its own too: under a summary's header ("Key
    points", "In het kort"), or closed by the note that AI wrote the summary.
    """

    max_words: int = 25
    max_label_words: int = 6
    min_items: int = 2
    min_item_words: int = 4
    max_question_words: int = 16

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        tail = max(self._end_of_article(page) + 1, 1)
        header = shape.first + 1
        while header < len(page):
            lists = self._lists(page, header, tail) if self._opens(page, header, header < tail) else []
            for start, items in lists:
                if page.verdicts[start] is None:
                    yield Finding(start, page.core(start), anchor=None)
                yield from (Finding(item, page.core(start), anchor=start) for item in items
                            if page.verdicts[item] is None)
            header = lists[-1][1][-1] + 1 if lists else header + 1

    def _end_of_article(self, page: Page) -> int:
        """The article's last prose paragraph, passing over the short questions after it: a teaser's
        headline may be a question long enough to read as prose ("Sieste : combien de temps faut-il
        dormir pour être en forme ?"), and it is part of the list only if the list holds it."""
        shape = page.shape
        assert shape is not None
        last = shape.last
        while last > shape.first and self._is_question(page, last):
            last = max((i for i in range(shape.first, last) if shape.prose[i]), default=shape.first)
        return last

    def _inline_teaser(self, page: Page, i: int) -> bool:
        """Whether block ``i`` is a teaser glued to its headline ("Leggi anche: Alluvione, i rimborsi
        …"): between paragraphs it is one link, after which the article goes on (its own box, its
        sub-heading), not the header of a list."""
        verdict = page.verdicts[i]
        if verdict is None or verdict.rule.category is not Category.RELATED:
            return False
        if page.words(i, self.max_words) <= self.max_label_words:
            return False
        items = _LISTED.split(page.core(i).partition(":")[2].strip())
        return len(items) < 3  # "Sujets associés : Solidarité   Lille   Précarité": topics, not a headline

    def _is_question(self, page: Page, i: int) -> bool:
        core, words = page.core(i), page.words(i, self.max_question_words)
        return words <= self.max_question_words and core.rstrip(CLOSERS).endswith("?")

    def _opens(self, page: Page, header: int, inside: bool) -> bool:
        """Whether ``header`` may head a list: an unknown label under boilerplate, or a bare
        related link under a paragraph or boilerplate. Between paragraphs, a caption's credit above
        may be the lead picture's, with the article's key points under it."""
        verdict, above = page.verdicts[header], page.verdicts[header - 1]
        if inside and above is not None and (
            not _frames_list(above) or self._inline_teaser(page, header - 1)
        ):
            return False
        if verdict is not None:
            return (
                verdict.rule.category is Category.RELATED
                and page.words(header, self.max_words) <= self.max_label_words
                and (page.is_removed(header - 1) or page.shape.prose[header - 1])  # type: ignore[union-attr]
            )
        return (
            above is not None
            and above.confirmed
            and Mark.DATELINE not in above.rule.marks
            and (above.rule.category is not Category.BYLINE or Mark.FOOTER in above.rule.marks)
            and (self._is_label(page, header) or self._is_teaser(page, header))
        )

    def _lists(self, page: Page, header: int, tail: int) -> list[tuple[int, list[int]]]:
        """The lists from ``header`` on, each under its header and running into the next one's;
        none unless the last closes at confirmed boilerplate or the end of the page (between
        paragraphs, at boilerplate that is no caption's credit). Before ``tail``, where the article
        ends, a paragraph is no teaser."""
        inside = header < tail
        prose = page.shape.prose  # type: ignore[union-attr]

        def teaser(i: int) -> bool:
            return page.verdicts[i] is None and (i >= tail or not prose[i]) and self._is_teaser(page, i)

        lists: list[tuple[int, list[int]]] = []
        start = header
        while True:
            items = []
            end = start + 1
            while end < len(page):
                if summary_header(page.core(end)):
                    break  # the article's own box or Q&A opens below the list
                if teaser(end) or self._is_listed(page, end):
                    items.append(end)
                elif not (self._is_stamp(page, end) and end + 1 < len(page) and teaser(end + 1)):
                    break
                end += 1
            if len(items) < self.min_items or not self._reads_as_teasers(page, items):
                return []
            if summary_header(page.core(start)) or _closes_summary(page, end):
                return []  # the article's own key points
            lists.append((start, items))
            if end == len(page):
                return [] if inside else lists
            if page.is_removed(end) and (not inside or _frames_list(page.verdicts[end])):
                return lists
            if page.is_matched(end) or not self._is_label(page, end):
                return []
            start = end

    def _is_listed(self, page: Page, i: int) -> bool:
        """A teaser another rule took (a known list's line, a "Read more: …" link): the list goes on."""
        verdict = page.verdicts[i]
        return (
            verdict is not None
            and verdict.confirmed
            and verdict.rule.category is Category.RELATED
            and Mark.LIST_HEADER not in verdict.rule.marks
        )

    def _is_stamp(self, page: Page, i: int) -> bool:
        """A teaser's own stamp, comment count or kicker between two teasers ("vor 2 Std.", "12
        comments", "Politik"): a short navigation line, looked through."""
        verdict = page.verdicts[i]
        return (
            verdict is not None
            and verdict.confirmed
            and verdict.rule.category is Category.NAVIGATION
            and page.words(i, self.max_label_words) <= self.max_label_words
        )

    def _is_label(self, page: Page, i: int) -> bool:
        core = page.core(i)
        return (
            is_label_like(core, page.words(i, self.max_words), self.max_label_words)
            and not is_list_item(page.block(i))
            and not core.endswith(":")
        )

    def _is_teaser(self, page: Page, i: int) -> bool:
        """Another article's headline: a clause of a few words, no full stop, no bullet, no colon
        announcing lines below it, no programme's hour ("Ore 10: corteo degli studenti …"), no
        table's row ("Casa Praia Grande Hostel | Centro Histórico | R$ 180 | …")."""
        core, words = page.core(i), page.words(i, self.max_words)
        return (
            self.min_item_words <= words <= self.max_words
            and is_headline_like(core, words, self.max_words)
            and not is_list_item(page.block(i))
            and not page.is_row(i)
            and not core.endswith(":")
            and _schedule_row().match(core) is None
        )

    def _reads_as_teasers(self, page: Page, items: list[int]) -> bool:
        """Not a table of results (two figures on every line but perhaps its header, or on half the
        lines with a share in per cent: a results widget's rows, its source and its link below them)
        nor a fact box:
        "Label: value" on every line, most of them short or with a figure ("Cost: $62 million"; one
        row may run on in words, "Weapons ban: in the whole centre, knives of any length too")."""
        cores = [page.core(item) for item in items]
        scores = [len(_FIGURE.findall(core)) >= 2 for core in cores]
        shares = [_PERCENT.search(core) is not None for core in cores]
        table = sum(scores) >= max(2, len(cores) - 1)
        if table or (2 * sum(scores) >= len(cores) and 2 * sum(shares) >= len(cores)):
            return False
        if all(figure_row(core) for core in cores):
            return False  # "Viviendas con daños declarados: 7.420": a figure under a label of any length
        facts = [_fact_row(core) for core in cores]
        if None in facts:
            return True
        return 2 * sum(facts) <= len(facts)  # type: ignore[arg-type]


def _fact_row(core: str) -> bool | None:
    """Whether a "Label: value" line gives a fact's value (``None`` if it is no such line): a longer
    label gives a figure ("Regular price after trial (2023): $27.99 every four weeks")."""
    if long_figure_field(core):
        return True
    row = _FACT_ROW.fullmatch(core)
    return None if row is None else _is_fact_value(row["value"])


@lru_cache(maxsize=1)
def _schedule_row() -> re.Pattern[str]:
    """A programme's row: a clock time with its unit or the word before it, then a colon or a dash
    ("Ore 10: corteo …", "19 Uhr – Konzert", "A las 21: proyección"). A teaser's time is bare
    ("10:32 Storm hits the coast")."""
    unit = alternatives(words("clock"))
    before = alternatives(words("clock", "before"))
    hour = r"\d{1,2}(?:[:.h]\d\d)?"
    return re.compile(
        rf"(?:(?:{before})\s+{hour}(?:\s?(?:{unit}))?|{hour}\s?(?:{unit})|\d{{1,2}}h\d\d)(?!\w)\s?[:–—-]\s",
        re.IGNORECASE,
    )


def _headline_style(core: str) -> tuple[bool, bool]:
    """How a headline is set: in capitals or not, numbered ("3. …") or not."""
    return core.isupper(), _NUMBERED.match(core) is not None


_NUMBERED = re.compile(r"\d{1,2}[.)]\s")


def _frames_list(verdict: Verdict | None) -> bool:
    """Whether confirmed boilerplate may stand around a teaser list between paragraphs: not a caption's
    credit, whose lead picture the article's key points may follow."""
    return verdict is not None and verdict.confirmed and verdict.rule.category is not Category.CREDIT


@lru_cache(maxsize=1)
def _summary_headers() -> re.Pattern[str]:
    whole = alternatives(words("summary-header"))
    endings = alternatives(words("summary-header", "endings"))
    about = alternatives(words("summary-header", "about"))
    topic = r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"
    return re.compile(
        rf"(?:{whole})(?:\s+(?:{about})(?:(?<=['’])|\s+){topic})?|(?:\w[\w'’-]*\s+){{1,4}}(?:{endings})",
        re.IGNORECASE,
    )


def summary_header(core: str) -> bool:
    """The header of the article's own summary, fact box or Q&A: "Key points", "Das Wichtigste in
    Kürze", a topic "in numbers" ("Küstenschutz in Zahlen"), a header on a topic ("Fragen und
    Antworten zur Spende")."""
    return _summary_headers().fullmatch(core.rstrip(" :")) is not None


def _closes_summary(page: Page, end: int) -> bool:
    """Whether the block closing a list is the note that AI wrote the summary above it."""
    verdict = page.verdicts[end] if end < len(page) else None
    return verdict is not None and verdict.rule.code == AI_DISCLOSURE.code  # a pack's copy is the rule too


def _is_fact_value(value: str) -> bool:
    """A fact box's value after its label (``_FACT_ROW``): three words, or one with a figure
    ("Cost: $62 million", "Opening hours: daily from 9 am"). A teaser's colon opens a clause ("Heat
    wave: How to keep your home cool")."""
    return len(value.split()) <= 3 or _DIGIT.search(value) is not None


_FIGURE = re.compile(r"\S*\d\S*")
_LISTED = re.compile(r"\s{2,}|\s*[,;|•·]\s*")  # what separates the items of a row of topics
_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s?%")
_FACT_ROW = re.compile(r"[^\W\d][\w'’&/.-]*(?:\s[\w'’&/.-]+){0,2}\s?:\s(?P<value>.+)")

_AFTER = "The council will vote on the plan next month, a spokesperson said."

UNNAMED_TEASER_LIST = UnnamedTeaserList(
    code="REL118",
    name="unnamed-teaser-list",
    category=Category.RELATED,
    summary="Teaser lists under a header no rule knows: a short label under boilerplate over two or more "
    "headlines.",
    message="teaser list under an unknown header",
    safety="Right under confirmed boilerplate that is no byline or dateline (or a bare related link under "
    "a paragraph); two or more headline-like lines of four words or more, no full stop, no bullet, "
    "running to more boilerplate or, after the article, to the end; between paragraphs only with "
    "boilerplate on both sides that is no caption's credit; a header ending in a colon, a table's "
    "rows, tables of results and 'Label: value' fact boxes stay.",
    examples=(
        keeps("Pousada Azul do Desterro | Centro | R$ 390 | quem quer dormir num casarão",
              before=("Há ônibus do aeroporto ao terminal da Praia Grande a cada 30 minutos, das 5h às 23h, "
                      "por R$ 3,90. A viagem leva cerca de 50 minutos.",
                      "No Centro Histórico tudo se faz a pé, mas as ladeiras são íngremes e as calçadas, "
                      "irregulares. Para as praias, o melhor é o aplicativo.",
                      "PUBLICIDADE", "Voe para São Luís a partir de R$ 389 — Ver ofertas", "Onde ficar",
                      "Hotel | Bairro | Diária média (casal) | Para quem",
                      "Casa Praia Hostel | Centro | R$ 180 | mochileiros e quem quer sair à noite"),
              after=("Hotel Mar Azul | Ponta d'Areia | R$ 520 | famílias e quem prefere praia",
                     "Preços pesquisados em dezembro para fevereiro, com café da manhã incluído.",
                     "Para comer, o mercado da Praia Grande serve peixe frito e arroz de cuxá no almoço, "
                     "e as barracas da Ponta d'Areia ficam abertas até tarde."),
              note="a guide's table of hotels under its sub-heading: a table's rows are no teasers"),
        keeps("Roberto Cataldo (centrodestra) – 38,1% – 26.539 voti",
              before=("La candidata del centrosinistra è in testa in tutti i quartieri ma resta lontana "
                      "dal 50%.", "Aggiornamento automatico: attivo", "Sindaco – risultati provvisori",
                      "Anna Rizzi (centrosinistra) – 44,8% – 31.204 voti"),
              after=("Michele Greco (Lecce Prima) – 11,6% – 8.080 voti",
                     "Vedi i risultati sezione per sezione", "Segnala un errore",
                     "Sarà ballottaggio, come quasi tutti i sondaggi lasciavano prevedere."),
              note="a results widget's rows and its link below them: most lines hold two figures"),
        removes("Also from the newsroom", before=(_AFTER, "© 2025 Example Media Group"),
                after=("Harbour plan approved after a long debate",
                       "Storm closes schools across the county")),
        keeps("Ore 12: messa in cattedrale celebrata dall'arcivescovo",
              before=("Dieci anni fa l'acqua del torrente invase il centro in meno di un'ora. Oggi la città "
                      "si ferma per ricordare le sei vittime e i volontari che spalarono il fango.",
                      "I volontari in via Roma nel 2014 (foto di Marco Ferri)", "Le iniziative di oggi",
                      "Ore 9: deposizione di una corona davanti al ponte"),
              after=("Ore 21: fiaccolata lungo il torrente fino alla piazza",
                     "Allerta rossa, scuole chiuse in tutta la provincia"),
              note="a programme's rows open with their hour: the article's, under its own header"),
        removes("Harbour plan approved after a long debate",
                before=(_AFTER, "Share this article", "Also from the newsroom"),
                after=("Storm closes schools across the county", "Cookie settings")),
        removes("Hitze im Südwesten: So schützen Sie sich",
                before=("Die Temperaturen sinken am Donnerstag wieder, teilte der Wetterdienst mit.",
                        "Weiterlesen"),
                after=("Waldbrandgefahr steigt: Grillverbot in mehreren Landkreisen",),
                note="a bare 'read more' link under a paragraph heads the list below it"),
        removes("Meteo, arriva il caldo africano nel weekend",
                before=("Il voto è previsto per domenica prossima in tutti i comuni della regione, ha "
                        "detto il presidente della giunta ai giornalisti riuniti in sala stampa dopo la "
                        "seduta di ieri sera, durata quasi cinque ore tra le proteste dell'opposizione.",
                        "Condividi", "Intanto in città", "Sciopero dei treni venerdì, le fasce garantite",
                        "Sondaggio, il centrodestra resta avanti di tre punti", "Dalle province"),
                after=("Calciomercato, tre nomi per la difesa",),
                note="one list runs into the next one's header"),
        removes("Local bakery closes its doors after eighty years",
                before=(_AFTER, "Share this article", "Around the region",
                        "Council votes to raise parking fees in the centre", "12 comments"),
                note="a teaser's comment count between two teasers is looked through"),
        removes("Sieste : combien de temps faut-il vraiment dormir pour être en forme ?",
                before=("Le conseil municipal votera le projet le mois prochain, après une dernière réunion "
                        "avec les habitants du quartier et les commerçants de la place du marché, a indiqué "
                        "la mairie dans un communiqué publié mardi soir.",
                        "Partager", "Nos conseils santé", "Canicule : les aliments à privilégier cet été"),
                after=("Ces plantes qui rafraîchissent naturellement la maison",),
                note="a teaser's question long enough to read as prose is still the list's"),
        removes("Storm closes schools across the county",
                before=(_AFTER, "Advertisement", "Elsewhere today",
                        "Harbour plan approved after a long debate"),
                after=("Sign up for our morning newsletter",
                       "Officials said the schools would reopen on Monday."),
                note="between paragraphs, boilerplate on both sides"),
        keeps("Landesschutzdeiche an der Westküste: rund 360 Kilometer",
              before=(_AFTER,
                      "Der Deichgraf zeigt die Stelle, an der der Boden nachgab. Foto: Hauke Petersen",
                      "Küstenschutz in Zahlen"),
              after=("Geplante Kosten für den Abschnitt: 38 Millionen Euro", "Schlagworte"),
              note="under a topic 'in numbers': the article's fact box"),
        keeps("Ministers agree a new budget after the talks",
              before=(_AFTER, "The finance minister arrives in Brussels. Photo: Jane Doe/Example Agency",
                      "Key points"),
              after=("Opposition vows to fight the plan in parliament", "Advertisement",
                     "The vote is expected on Friday, officials said."),
              note="under the lead picture's credit: the article's key points"),
        keeps("Kann ich meine Spende von der Steuer absetzen?",
              before=("Die Tafel in der Neustadt versorgt seit dem Herbst doppelt so viele Familien wie im "
                      "Vorjahr, und die Vorsitzende rechnet damit, dass die Zahl bis zum Frühjahr weiter "
                      "steigt, weil die Mieten in der Stadt erneut gestiegen sind.",
                      "Jetzt spenden", "Spendenaktion für die Tafel",
                      "Fragen und Antworten zur Spendenaktion"),
              after=("Wohin geht das Geld, wenn mehr zusammenkommt?", "Advertisement"),
              note="below a Q&A's header on a topic: the article's own questions"),
        keeps("Price after the introductory period (2024): €19.99 every four weeks",
              before=(_AFTER, "Advertisement",
                      "Price after the introductory period (2022): €14.99 every four weeks"),
              after=("Average months before a reader cancelled: 7.5", "Sign up for our morning newsletter",
                     "The publisher said it had changed its checkout page in January."),
              note="a fact box's rows: figures under labels of any length"),
        keeps("Storm closes schools across the county",
              before=(_AFTER, "Advertisement", "What we know", "Harbour plan approved after a long debate"),
              after=("Officials said the schools would reopen on Monday.",),
              note="between paragraphs, with the article's prose right below: a sub-heading and its list"),
        keeps("Orange alert for the coast until 6 pm", opens=True,
              before=("Storm halts trains on the coast",
                      "Gusts of up to 110 km/h are sweeping the country today, and the weather office has "
                      "raised its alert for the coast.",
                      "By Jane Smith", "Listen to this article · 4 min", "What happened"),
              after=("No trains between the port and the beach towns",
                     "This summary was generated with AI and checked by our editors.",
                     "Fallen trees blocked roads across the region on Wednesday, the fire service said."),
              note="the article's own summary, whose AI note closes it"),
        keeps("Drei Dörfer vorsorglich evakuiert", opens=True,
              before=("Waldbrand: Straße gesperrt",
                      "Mehr als 600 Einsatzkräfte kämpfen gegen die Flammen, drei Dörfer wurden am Morgen "
                      "geräumt.",
                      "Von Jana Schmidt", "Artikel anhören", "Auf einen Blick"),
              after=("Bundesstraße in beide Richtungen gesperrt", "Teilen",
                     "Mehr als 600 Einsatzkräfte kämpfen seit dem Morgen gegen die Flammen, sagte ein "
                     "Sprecher des Landratsamts."),
              note="under a summary's header: the article's key points"),
        keeps("Twelve county roads closed between Faenza and Lugo",
              before=("Officials said 1,400 people had left their homes overnight, most of them in the "
                      "villages along the river, and the schools would stay shut on Tuesday.",
                      "Read more: Flood payouts from 2023 still stuck two years on", "The damage so far"),
              after=("Six bridges shut to heavy traffic until Monday", "Advertisement",
                     "The regional president asked the government for a state of emergency, he said."),
              note="under an inline teaser the article goes on: its own box, not a list the teaser heads"),
        keeps("Zonas Sul e Oeste são as mais afetadas; 212 semáforos seguem apagados", opens=True,
              before=("Apagão deixa 1,8 milhão de imóveis sem luz em São Paulo",
                      "Ventos de 98 km/h derrubaram árvores e fios na noite de quinta-feira, e a "
                      "distribuidora não tem previsão para normalizar o serviço.",
                      "Por Redação", "Copiar link", "O que se sabe até agora"),
              after=("Linha 9 opera com velocidade reduzida entre Osasco e Pinheiros", "Publicidade",
                     "A distribuidora diz ter 1.400 equipes nas ruas desde a madrugada, segundo a nota."),
              note="under a 'what we know so far' header: the article's key points"),
        keeps("1.400 sfollati tra Traversara e Boncellino",
              before=(_AFTER, "Leggi anche: Alluvione, i rimborsi del 2023 ancora bloccati",
                      "I numeri dell'emergenza", "210 millimetri di pioggia in 36 ore a Brisighella"),
              after=("6 ponti chiusi a Faenza, 41 strade provinciali interrotte", "PUBBLICITÀ",
                     "Il presidente della Regione ha chiesto lo stato di emergenza, ha detto ieri."),
              note="under a header 'the numbers of' a topic, its article elided: the fact box"),
        keeps("Fahrplan für die Feiertage:", before=(_AFTER, "Anzeige"),
              after=("Busse fahren am 24. Dezember bis 14 Uhr", "Am 25. Dezember gilt der Sonntagsfahrplan"),
              note="a colon announces the article's own list"),
        keeps("1. Theresa Gamper (AUT) 2:21,44", before=(_AFTER, "Anzeige", "Das Ergebnis"),
              after=("2. Ingrid Solberg (NOR) +0,31",), note="a table of results"),
        keeps("Cost: $62 million", before=(_AFTER, "Advertisement", "The project"),
              after=("Expected completion: late 2027",), note="a fact box"),
        keeps("Homes with declared flood damage: 7,420",
              before=(_AFTER, "Flood defences along the river were raised by a metre over the summer, and "
                      "the county says the work cost twice what it had planned because of the clay under "
                      "the old embankment.",
                      "Advertisement", "One year on"),
              after=("Aid applications processed so far: 4,310", "Shops reopened in the old town: 71%"),
              note="a fact box: a figure under a label of any length"),
        keeps("The project in numbers", before=(_AFTER,),
              after=("Sixty new homes on the old depot site", "A park of two hectares by the river",
                     "© 2025 Example Media Group"),
              note="under the article's prose, not under boilerplate: the article's own list"),
        keeps("Storm closes schools across the county",
              before=(_AFTER, "Share this article", "Also from the newsroom"),
              after=("Council elects a new mayor after the vote", "Nobody was hurt, the fire service said."),
              note="a sentence below it: the run does not reach boilerplate or the end"),
        keeps("Ovechkin signs $124 million deal", before=(_AFTER, "By Joseph White"),
              after=("Capitals star agrees the longest contract in league history",
                     "Washington rewards its captain after a record season"),
              note="under a byline: the article's own header, moved below it"),
    ),
)


RELATED_MODULE = DomRule(
    code="REL201",
    name="related-module",
    category=Category.RELATED,
    summary="Recirculation modules in the markup: related, recommended, most-read, promo, read-more.",
    message="recirculation element",
    parts=frozenset({"related", "relatedposts", "relatedarticles", "relatedstories", "recirc",
                     "recirculation", "readmore", "outbrain", "taboola", "zergnet", "recommended",
                     "recommendations", "mostread", "mostpopular", "trending", "promo", "promos",
                     "morestories", "alsoread", "readnext", "upnext"}),
    pairs=(("more", "stories"), ("more", "articles"), ("more", "news"), ("read", "more"), ("also", "read"),
           ("further", "reading"), ("most", "popular"), ("most", "read"), ("read", "next"),
           ("you", "might"), ("you", "may"), ("latest", "news"), ("latest", "stories"),
           ("latest", "articles"), ("latest", "posts"), ("latest", "headlines")),
    max_words=200,
    max_words_after=500,
    max_prose_after=8,
    links_out=True,
    safety="At most 200 words; a list of headlines is short, an article is not. Under the article, "
    "outside its core and with less than half its prose, 500 words and eight paragraphs: teaser cards "
    "each carry a sentence of blurb, which reads as prose. An element holding prose and no link is "
    "no recirculation module: a Q&A or a standfirst in a component the platform names 'related'.",
    examples=(
        removes('<article><div class="story"><p>The river authority opened the new flood gates on Monday '
                'after three years of work on the embankment, the engineers said.</p><p>Residents of the '
                'lower town had complained for a decade that water reached their cellars every spring, '
                'and two shops closed after the last floods.</p><p>The gates can hold back a surge twice '
                'as high as the record of 1998, according to the authority, which paid for them with a '
                'loan.</p><p>Farmers upstream said they feared the water would now spread over their '
                'fields, and asked the council for a second study before the rains.</p></div>'
                '<section class="related-posts"><h3>Keep reading</h3>'
                '<div><a href="/a">Harbour plan approved</a><p>The council voted for the new quay after a '
                'long debate that ran past midnight on Tuesday.</p></div>'
                '<div><a href="/b">Ferry fares to rise</a><p>Tickets will cost a tenth more from May, the '
                'operator told passengers in a letter this week.</p></div>'
                '<div><a href="/c">Bridge closed for repairs</a><p>Drivers face a long detour while '
                'engineers replace the old bearings over the summer.</p></div></section></article>',
                note="teasers with a sentence each, under the article"),
        keeps('<details class="related-qa"><summary>Who pays for the rebuilding?</summary><p>Most of it '
              'comes from the national disaster fund, and the rest from the province and a charity that is '
              'still collecting for families whose insurance did not cover the damage.</p></details>',
              note="prose and no link: the story's Q&A in a component named 'related'"),
        removes('<a class="related-post" href="/hay"><h4>Reading sample</h4><p>Hay is the basis of good '
                'feeding for horses, but many bales hold dust and mould, so it pays to look closely before '
                'you buy the next load from a farmer.</p></a>',
                note="the teaser card is itself the link"),
        removes('<ul class="related-stories"><li><a href="/a">Iran launches drones at Israel</a></li>'
                '<li><a href="/b">What we know about the strike</a></li></ul>'),
        removes('<div class="pushdown-promo"><article class="promo-item"><a href="/c">Ciara to host the '
                'awards</a></article></div>'),
        removes('<div class="jp-relatedposts"><h3>Related</h3><a href="/d">Pickled sprouts</a></div>'),
        removes('<div class="latest-news-box"><h3><a href="/e">Mayor opens the new bridge</a></h3>'
                '<h4>Traffic will flow from Monday</h4></div>'),
        keeps('<p class="latest">The latest figures show the deficit narrowing for a third month.</p>'),
        keeps('<p class="relatedly">Relatedly, the court struck down the second law as well.</p>',
              note="'relatedly' is its own word"),
    ),
)


def _list_items(element: HtmlElement, marks: Marks, least: int) -> list[HtmlElement] | None:
    """The items of a list element, when it is one and holds at least ``least`` of them."""
    if marks.tag not in ("ul", "ol"):
        return None
    items = [child for child in element if child.tag == "li"]
    return items if len(items) >= least else None


@dataclass(frozen=True, kw_only=True, repr=False)
class LinkList(DomRule):
    """A list whose every item is a link: recirculation, whatever its class says."""

    min_items: int = 3
    min_share: float = 0.9
    looks_at = frozenset({"ul", "ol"})

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        items = _list_items(element, marks, self.min_items)
        if items is None:
            return None
        for item in items:
            if next(item.iter("a"), None) is None:  # no link: not all link text (nor is an empty item)
                return None
            words, linked = link_share(item)
            if words == 0 or linked < self.min_share * words:
                return None
        if _introduced(element):
            return None
        return f"a list of {len(items)} items that are all links"


# The words of the sentence that introduces a list, above it, ending in a colon: "Many patches were
# sent for review:" (a header such as "Read more:" is shorter).
_INTRODUCTION_WORDS = 4
# How many enclosing elements to climb to find the text above a list (a list wrapped in a div).
_INTRODUCTION_DEPTH = 3


def _introduced(element: HtmlElement) -> bool:
    """Whether the text just above the list is a sentence ending in a colon that the list completes:
    the article listing its sources or items, not a box of other articles' headlines."""
    node = element
    for _ in range(_INTRODUCTION_DEPTH):
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):  # comments
            previous = previous.getprevious()
        parent = node.getparent()
        if previous is not None:
            text = (previous.tail or "").strip() or previous.text_content().strip()
        else:
            text = (parent.text or "").strip() if parent is not None else ""
        if text:
            return text.endswith(":") and len(text.split()) >= _INTRODUCTION_WORDS
        if parent is None:
            return False
        node = parent
    return False


LINK_LIST = LinkList(
    code="REL202",
    name="link-list",
    category=Category.RELATED,
    summary="Lists whose every item is a link: headlines of other articles, whatever the markup's class.",
    message="list of links",
    max_words=200,
    safety="Every item must be at least 90% link text, in a list of three or more; a list of facts "
    "with a link in one item stays, and so does a list that a sentence above it introduces with a colon.",
    examples=(
        removes('<ul><li><a href="/a">Gronk, Serena perform with Laker Girls</a></li>'
                '<li><a href="/b">Jones tells Belichick story from the 90s</a></li>'
                '<li><a href="/c">Playoff picture: Raiders in pursuit</a></li></ul>'),
        keeps('<ul><li>Turnout rose to 64%, the highest since 1992.</li>'
              '<li>Women outvoted men by <a href="/d">seven points</a>.</li>'
              '<li>Young voters split evenly.</li></ul>'),

        keeps('<div><p>The council published three reports this spring:</p><div class="list"><ul>'
              '<li><a href="https://example.org/1">Water quality in the old harbour</a></li>'
              '<li><a href="https://example.org/2">Traffic on the ring road at night</a></li>'
              '<li><a href="https://example.org/3">Noise near the two schools</a></li></ul></div></div>',
              note="a list the sentence above it introduces, with a colon, is the article's"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CapsLink(DomRule):
    """A paragraph in capitals that is a single link: an inline 'related story' teaser."""

    min_words: int = 3
    looks_at = frozenset({"p"})

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        if marks.tag != "p":
            return None
        if not element.text_content().isupper():  # most paragraphs: no need to count their links
            return None
        words, linked = link_share(element)
        if words < self.min_words or linked < words:
            return None
        return "a paragraph in capitals that is one link"


CAPS_LINK = CapsLink(
    code="REL203",
    name="capitalised-link-teaser",
    category=Category.RELATED,
    summary="Paragraphs in capital letters that are wholly a link: inline teasers for other stories.",
    message="capitalised link teaser",
    max_words=40,
    safety="The whole paragraph must be link text and in capitals; a paragraph with a link in it, "
    "or a quoted all-caps sign, stays.",
    examples=(
        removes('<p><strong><a href="/x">SEAN SPICER ELIMINATED FROM DANCING WITH THE STARS</a>'
                "</strong></p>"),
        keeps('<p>Protesters carried signs reading <a href="/y">STOP THE WAR</a> through the city.</p>'),
        keeps('<p>"WE WANT JUSTICE," THE CROWD CHANTED.</p>', note="capitals without a link"),
    ),
)

@dataclass(frozen=True, kw_only=True, repr=False)
class TrackedLinkList(DomRule):
    """A list whose every item links with an address that names a recirculation module: the site's
    own tracking label ("?itm_campaign=BottomRelatedStories", "?ref=recirc") says what the list
    is, however its items are worded and whatever the list's class says.

    The words of the address's query (its names and values, split as class names are) are read
    with ``module``'s words: what marks a related module's class marks its links' labels.
    """

    module: DomRule
    min_items: int = 3
    looks_at = frozenset({"ul", "ol"})

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        items = _list_items(element, marks, self.min_items)
        if items is None:
            return None
        # Every item must have a link whose address names the module: the first without one
        # settles it, and most lists have none (the rest are not read).
        said = None
        for item in items:
            label = next(filter(None, map(self._label, item.iter("a"))), None)
            if label is None:
                return None
            said = said or label
        said = str(said).replace("class/id ", "")
        return f"a list of {len(items)} items whose links' addresses say {said}"

    def _label(self, anchor: HtmlElement) -> str | None:
        """The module word that the link's query names, if any."""
        href = anchor.get("href") or ""
        query = href.partition("?")[2].partition("#")[0]
        if not query:
            return None
        marks = _query_marks(query)
        return None if marks is None else self.module.recognise_markup(marks)


@lru_cache(maxsize=4096)
def _query_marks(query: str) -> Marks | None:
    """The query's names and values read as class names are (``itm_campaign=BottomRelatedStories``
    -> *itm*, *campaign*, *bottom*, *related*, *stories*), or ``None`` for a query with no letters."""
    values = " ".join(unquote_plus(piece) for pair in query.split("&") for piece in pair.split("=", 1))
    if not any(character.isalpha() for character in values):
        return None
    return marks_of_names(values)


TRACKED_LINK_LIST = TrackedLinkList(
    code="REL204",
    name="tracked-link-list",
    category=Category.RELATED,
    summary="Lists whose every item links to an address labelled as recirculation: "
    "'?itm_campaign=related-stories'.",
    message="list of links labelled as recirculation",
    module=RELATED_MODULE,
    max_words=200,
    safety="Every item of a list of three or more must hold a link whose address's query carries one "
    "of the related module's class words (related, recirc, trending, more + stories…); the "
    "article's links carry no such label, or not on every item.",
    examples=(
        removes('<ul><li>Why the old harbour <a href="/a?itm_campaign=BottomRelatedStories">keeps '
                'flooding</a></li><li>How the council <a href="/b?itm_campaign=BottomRelatedStories">'
                'lost its pool</a></li><li>The bridge that <a href="/c?itm_campaign=BottomRelatedStories">'
                'nobody wanted</a></li></ul>'),
        removes('<ol><li><a href="/d?ref=recirc">Storm closes schools</a></li><li><a href="/e?ref=recirc">'
                'Mayor opens the bridge</a></li><li><a href="/f?ref=recirc">Pool to close</a></li></ol>'),
        keeps('<ul><li>Turnout rose to 64% <a href="/g?utm_source=newsletter">in the city</a>.</li>'
              '<li>Women outvoted men by <a href="/h?utm_source=newsletter">seven points</a>.</li>'
              '<li>Young voters split evenly, <a href="/i?utm_source=newsletter">polls show</a>.</li></ul>',
              note="a tracking label that names no recirculation module"),
        keeps('<ul><li><a href="/j?ref=related">Harbour report</a></li><li>Council minutes</li>'
              '<li><a href="/k?ref=related">Pool accounts</a></li></ul>',
              note="an item without a labelled link: not every item is the module's"),
    ),
)


RELATED_HEADER = phrase_rule(
    code="REL008",
    name="related-header",
    category=Category.RELATED,
    concept="related-header",
    summary="Related-article headers in the pack languages, alone or with a headline: 'Lesen Sie auch', "
    "'À lire aussi'.",
    message="related-article header",
    follow="headline",
    marks=_HEADER,
    aliases=("REL301", "REL401", "REL501", "REL601", "REL701", "REL801"),
    examples=(
        removes("Most read stories 1. Fire closes the mall 2. Petrol prices rise at midnight 3. Where to see "
                "the supermoon", note="a most-read box printed on one line, numbered"),
        removes("Meistgelesen 1 Blitzeis auf der A7 2 Bäckerei schließt nach 94 Jahren"),
        removes("Het laatste nieuws 14:32 Brand in loods onder controle 14:05 A28 weer vrij na ongeluk",
                note="a header over its timed headlines"),
        removes("Veja também › Seca no Sertão: açudes no menor nível › Governo libera verba"),
        keeps("Latest news 1 in 5 voters backed the plan, a poll found, and 2 in 5 opposed it.",
              note="numbers in a sentence, which ends with its stop"),
    ),
)

LIVE_TEASER = phrase_rule(
    code="REL016",
    name="live-teaser",
    category=Category.RELATED,
    concept="live-teaser",
    summary="A live blog's label before the headline of the live page it links to: 'Liveblog: volg hier "
    "alle …'.",
    message="link to a live page",
    follow="label",
    marks=_HEADER,
    examples=(
        removes("Live: Storm closes the coast road as rivers rise",
                before=("The council opened two shelters on Tuesday night, a spokeswoman said.",),
                after=("Residents were told to stay indoors until the morning.",)),
        removes("Liveblog: volg hier alle ontwikkelingen rond de staking"),
        keeps("Live Aid raised millions in 1985", note="a common word: a headline follows only a mark"),
        keeps("Live: Storm closes the coast road as rivers rise", opens=True,
              after=("The council opened two shelters on Tuesday night, a spokeswoman said.",),
              note="the live page's own headline, opening it"),
    ),
)

_MORE_NEWS = concept("more-news-on-site")
# The site after its preposition: capitalised words, perhaps joined by small ones ("Portal Vale",
# "Omroep Zeeland", "Vale do Paraíba e Região"), a name with a figure ("g1 Campinas") or a domain
# ("tagblatt.de"), to the line's end.
_SITE = r"""(?:[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}
    | (?-i:[A-ZÀ-Þ][\w'’.&-]*|[a-z]+\d\w*)
      (?:\s+(?:(?-i:d[aeo]|del|di|e|y|et|und|and|of|van|de)\s+)?(?-i:[A-ZÀ-Þ][\w'’.&-]*)){0,5})"""

MORE_NEWS_ON_SITE = PatternRule(
    code="REL017",
    name="more-news-on-site",
    category=Category.RELATED,
    evidence=Evidence.WEAK,
    summary="A line pointing to more news on a site, in every language: 'Veja mais notícias da região "
    "no Portal Vale'.",
    message="link to more news on a site",
    languages=_MORE_NEWS.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in _MORE_NEWS.get("opens"))),
    max_words=14,
    pattern=rf"""{START}(?:{alternatives(_MORE_NEWS.get("opens"))})(?:\s+[^\s.!?:;]+){{0,5}}?
        \s+(?:{alternatives(_MORE_NEWS.get("on"))})\s+{_SITE}[\s»›>→|]*""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the line ends "
    "in the site's name (capitalised words, a name with a figure, a domain) with no full stop: 'More "
    "news on the flood will follow.' goes on as a sentence.",
    examples=_MORE_NEWS.examples,
)

_OUR_PAGE = concept("our-page")
_INVERTED = alternatives(_OUR_PAGE.get("inverted")) if _OUR_PAGE.get("inverted") else "(?!)"

OUR_PAGE_POINTER = PatternRule(
    code="REL018",
    name="our-page-pointer",
    category=Category.RELATED,
    summary="A short line pointing to the publisher's own page for more, in every language: '… op onze "
    "weerpagina'.",
    message="pointer to the publisher's page",
    languages=_OUR_PAGE.languages,
    keywords=tuple(sorted({keyword_of(phrase) for phrase in _OUR_PAGE.get("ours")})),
    max_words=25,
    unless=speech_veto(_OUR_PAGE.languages),
    # A call opens the line (or a verb before its "Sie" stands in it), and the page closes it, perhaps
    # with a verb after it ("… auf unserer Themenseite nachlesen").
    pattern=rf"""{START}(?:(?:{alternatives(_OUR_PAGE.get("calls"))})(?![\w'’-])
          | (?=[^\n]{{0,120}}?(?<!\w)(?:{_INVERTED})(?!\w)))
        [^\n]{{0,200}}?(?<!\w)(?:{alternatives(_OUR_PAGE.get("ours"))})\s+
        (?:[\w'’-]+\s+){{0,3}}?(?:{alternatives(_OUR_PAGE.get("places"))})(?![\w'’-])
        (?:\s+[^\W\d][\w'’-]*){{0,2}}?{END}""",
    safety="A call opens the line ('See', 'Retrouvez', 'Alle Ergebnisse finden Sie') and the publisher's "
    "own page ('on our weather page') closes it, in at most 25 words; a site's own prose that mentions its "
    "page ('This list … may also be listed on our webpage') opens with no call, 'on our way to the harbour, "
    "where …' goes on past any page, and reported speech vetoes it.",
    examples=_OUR_PAGE.examples,
)

READ_MORE_BUTTON = phrase_rule(
    code="REL009",
    name="read-more-button",
    category=Category.RELATED,
    concept="read-more-button",
    summary="'Read more' buttons in the pack languages, alone or with a headline: 'Weiterlesen', 'Leer más'.",
    message="related-article link",
    follow="headline",
)


TEASER_CALL_CODE = "REL010"
TEASER_CALL = phrase_rule(
    code=TEASER_CALL_CODE,
    name="teaser-call",
    category=Category.RELATED,
    concept="teaser-call",
    summary="Imperative calls to another story before its headline, in every language: 'WATCH: …', "
    "'MIRA: …', 'SEHEN SIE: …'.",
    message="teaser",
    follow="headline",
    examples=(
        keeps("| Watch | Price | Battery life |", after=("| Model A | $300 | 20 hours |",),
              note="a table's header row, over rows of as many cells"),
    ),
)


PODCAST_PITCH = signal_rule(
    code="REL015",
    name="podcast-pitch",
    category=Category.RELATED,
    concept="podcast-pitch",
    summary="A paragraph selling the publisher's podcast, in every language, by its signals: the "
    "podcast, listening, where and when.",
    message="podcast promotion",
    max_words=50,
    safety="Needs the podcast and two more signals (a listening verb, a platform, a cadence), the "
    "publisher's voice ('our podcast', or a call opening a sentence) and no reported speech: a story "
    "about a podcast says whose it is and who said so.",
)


DEATH_NOTICE_LINKS = phrase_rule(
    code="REL019",
    name="death-notice-links",
    category=Category.RELATED,
    concept="death-notice-links",
    summary="Links to a portal's death notices under an obituary, in every language: 'Alle Traueranzeigen "
    "aus dem Burggrafenamt'.",
    message="death notices link",
    follow="link",
    speech=True,
    max_words=12,
    safety="The link opens a block of one clause without a full stop, at most twelve words, without reported "
    "speech: a report on the notices is a sentence ('Alle Traueranzeigen aus dem Landkreis erscheinen auch "
    "online.'), goes on after a comma or a colon ('Leggi il necrologio: quattro righe, scritte da lei') or "
    "says who told.",
)

MORE_FROM_SECTION = phrase_rule(
    code="REL011",
    name="more-from-section",
    category=Category.RELATED,
    concept="more-from",
    summary="Recirculation list headers in the pack languages that name a section: 'Mehr aus Panorama', "
    "'Plus de Sport'.",
    message="recirculation header",
    follow="name",
    marks=_HEADER,
)

_MORE = concept("more-header")
# A header's "more" and what it names: one word ("Meer opinie"), or a word for news and up to
# three more ("Más noticias de la Manchuela"). No digit, no punctuation: "More than 200 dead". A word
# for content ("More information") introduces the article's own links.
# A word may qualify the news ("Weitere aktuelle Themen aus der Arbeitswelt"); a "more" that ends in
# an elided article runs into its word ("Plus d'actualités").
_MORE_HEADER = rf"""{START}(?:{alternatives(_MORE.get("more"))})(?:\s+|(?<=['’]))
    (?!(?:{alternatives(_MORE.get("content"))}){END})(?:
      [^\W\d][\w'’-]*
    | (?:(?:{alternatives(_MORE.get("qualifiers"))})\s+)?(?:{alternatives(_MORE.get("news"))})
      (?:\s+[^\W\d][\w'’-]*){{0,3}}
    ){END}"""

MORE_HEADER = PatternRule(
    code="REL012",
    name="more-header",
    category=Category.RELATED,
    summary="'More' headers over a list, in every language: 'More Science', 'Meer opinie', 'Altre notizie'.",
    message="recirculation header",
    languages=LANGUAGES,
    evidence=Evidence.WEAK,
    keywords=starts(*(keyword_of(word) for word in _MORE.get("more"))),
    max_words=6,
    marks=_HEADER,
    pattern=_MORE_HEADER,
    safety="Weak: only around the article, never between its paragraphs; one word after the 'more', "
    "or a word for news: 'Meer geld voor onderwijs' (a headline) has three and is kept.",
    examples=_MORE.examples,
)

_TOPIC_NEWS = concept("topic-news-header")
_TOPIC_WORD = r"[^\W\d][\w&.'’-]*"
# A qualifier, perhaps a topic of a word or two, and a word for news, perhaps joined to its topic after
# it ("Top Golf News", "Aktuelle Nachrichten aus Sachsen", "Últimas noticias de Fútbol"). A topic's
# headlines without a qualifier ("B.C. Headlines") are left to the teaser runs they head. No sentence:
# "Latest figures show prices rose" does not end in its word for news.
_TOPIC_NEWS_HEADER = rf"""{START}(?:
      (?:{alternatives(_TOPIC_NEWS.get("leads"))})\s+(?:{_TOPIC_WORD}\s+){{0,2}}?(?:{alternatives(_TOPIC_NEWS.get("news"))})
        (?:\s+(?:{alternatives(_TOPIC_NEWS.get("links"))})\s+{_TOPIC_WORD}(?:\s+{_TOPIC_WORD}){{0,2}})?
){END}"""

TOPIC_NEWS_HEADER = PatternRule(
    code="REL014",
    name="topic-news-header",
    category=Category.RELATED,
    summary="List headers that qualify a word for news, in every language: 'Top Golf News', 'Aktuelle "
    "Nachrichten aus Sachsen'.",
    message="recirculation header",
    languages=_TOPIC_NEWS.languages,
    evidence=Evidence.WEAK,
    keywords=starts(*(keyword_of(word) for word in _TOPIC_NEWS.get("leads"))),
    max_words=8,
    marks=_HEADER,
    pattern=_TOPIC_NEWS_HEADER,
    safety="Weak: only around the article, never between its paragraphs, and the line ends in its word for "
    "news or that word's topic: a sentence ('Latest figures show …') does not.",
    examples=(
        *_TOPIC_NEWS.examples,
        keeps("Latest Football Stories", after=("The club confirmed on Monday that the striker will miss the "
                                                "rest of the season with a knee injury.",),
              note="a sub-heading over the article's next paragraph"),
    ),
)

_COVERAGE = concept("coverage-link")

COVERAGE_LINK = PatternRule(
    code="REL013",
    name="coverage-link",
    category=Category.RELATED,
    summary="A link to the publisher's coverage of a topic, in every language: 'Notre dossier sur la "
    "photographie'.",
    message="link to the coverage of a topic",
    languages=_COVERAGE.languages,
    keywords=starts(*sorted({keyword_of(phrase) for phrase in _COVERAGE.get("phrases")})),
    max_words=14,
    unless=speech_veto(_COVERAGE.languages),
    pattern=rf"""{START}(?:{alternatives(_COVERAGE.get("phrases"))})\s+(?=\w){HEADLINE}""",
    safety="The block opens with the publisher's file or all its articles on a topic ('Notre dossier sur', "
    "'Alle Artikel zum') and is only that: the topic, no full stop at the end, at most 14 words; a sentence "
    "about the coverage ends in a full stop, and reported speech vetoes it.",
    examples=_COVERAGE.examples,
)

_POINTER = concept("more-pointer")
# Its link: an address, a call to click or visit, or a colon closing the line over the link.
_POINTER_LINK = rf"""(?:https?://|www\.|(?<!\w)(?:{alternatives(_POINTER.get("links"))})(?!\w)|:\s*$)"""

MORE_POINTER = PatternRule(
    code="REL040",
    name="more-pointer",
    category=Category.RELATED,
    evidence=Evidence.WEAK,
    summary="A line pointing to more of a publisher's stories, with its link: 'Click here for more from "
    "the Herald'.",
    message="pointer to more stories",
    languages=_POINTER.languages,
    keywords=one_word_each(*_POINTER.get("pointers")),
    max_words=30,
    unless=speech_veto(_POINTER.languages),
    pattern=rf"""(?=[^\n]*?(?<!\w)(?:{alternatives(_POINTER.get("pointers"))})(?!\w))(?=[^\n]*?{_POINTER_LINK})[^\n]+""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; the line names "
    "more stories, coverage or the homepage and gives a link (an address, 'click here', 'visit', a closing "
    "colon), and reported speech vetoes it.",
    examples=(
        *_POINTER.examples,
        keeps("Click here for more from the Evening Herald.", before=(_AFTER,),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)

# A teaser's stamp closing its line: "posted Mar 15, 2009", "| 22 Dec 2007", "- March 28, 2017",
# "(3 hours ago)", "· vor 2 Stunden"; a time may follow the date.
# After its label, an elapsed time is the teaser's age without an "ago": "posted 4hr(s) 20min(s)".
_STAMP = rf"""(?:(?:{STAMP_LABEL}|posted)\s*:?\s*{ELAPSED}
    | (?:(?:{STAMP_LABEL}|posted)\s*:?\s*)?(?:{WEEKDAY},?\s*)?(?:{DATE}|{TIME}|{RELATIVE})
    (?:[\s,]+(?:{DATE}|{TIME}|at|um|à|a|alle|às|om))*)"""
# A headline before it (opening with a capital, a digit or a quote, one cell long), then a separator:
# a pipe, a bullet, a dash between spaces, "posted", or a bracket around the stamp; a counted age
# ("4 hours ago", "vor 2 Stunden") needs no separator, as no headline ends in one.
_DATED_TEASER = rf"""(?-i:[A-ZÀ-Þ0-9"'“‘«¿¡])[^|\n]{{8,200}}?
    (?:\s*[|·•–—]\s*|\s+-\s+|\s+(?=posted\b)|\s*\(|\s+(?={AGE}$))
    {_STAMP}\)?"""


@dataclass(frozen=True, kw_only=True, repr=False)
class DatedTeaserRun(ContextRule):
    """Remove the teasers listed with their dates after the article: "Minister resigns | 22 Dec 2007".

    After the last prose paragraph, a headline that closes with its publication stamp is another
    article's teaser, as recirculation lists print them. Two or more in a row make the list; one
    alone may be the article's own headline and date, moved to the end by the extractor.
    """

    max_words: int = 35

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        dated = [self._is_dated_teaser(page, i) for i in range(shape.last + 1, len(page))]
        for offset, found in enumerate(dated):
            neighbours = dated[max(0, offset - 1) : offset] + dated[offset + 1 : offset + 2]
            if found and any(neighbours):
                i = shape.last + 1 + offset
                yield Finding(i, page.core(i))

    def _is_dated_teaser(self, page: Page, i: int) -> bool:
        if page.is_matched(i) or page.words(i, self.max_words) > self.max_words:
            return False
        core = page.core(i).replace("\\|", "|").strip(" |")
        if core.endswith(".") and not core.endswith(".."):
            return False  # a sentence that closes with its date is the article's own
        return _DATED.fullmatch(_EMPTY_CELLS.sub(" | ", core)) is not None


_DATED = re.compile(_DATED_TEASER, re.IGNORECASE | re.VERBOSE)
_EMPTY_CELLS = re.compile(r"\s*\|(?:\s*\|)+\s*")  # "Headline |  | 22 Dec 2007": one cell between

_PROSE = ("The county will publish its full report on the storm next month, after a review of the "
          "damage to roads, bridges and the harbour by engineers from the state.")

DATED_TEASER_RUN = DatedTeaserRun(
    code="REL117",
    name="dated-teaser-run",
    category=Category.RELATED,
    summary="Teasers listed with their dates after the article: 'Minister resigns | 22 Dec 2007', "
    "'Storm hits coast 2 hours ago'.",
    message="dated teaser after the article",
    safety="Only after the last prose paragraph, only headlines (not sentences) that close with a date, "
    "time or 'x hours ago', and only two or more in a row; a schedule's lines open with their dates "
    "and stay.",
    examples=(
        removes("Storm closes schools across the county | 22 Dec 2007",
                before=(_PROSE, "Harbour plan approved after long debate | 23 Dec 2007"),
                after=("Council elects new mayor | 21 Dec 2007",)),
        removes("Bundestag beschließt Rentenpaket - 12. März 2025",
                before=(_PROSE, "Neue Regeln für Mieter ab April - 13. März 2025")),
        removes("Le maire inaugure le nouveau pont (il y a 3 heures)",
                before=(_PROSE, "La grève continue dans les transports (il y a 2 heures)")),
        removes("Harbour plan approved after long debate posted 4hr(s) 20min(s)",
                before=(_PROSE, "Storm closes schools across the county posted 1hr(s) 5min(s)"),
                note="an elapsed time after its label, with bracketed plurals"),
        removes("Sciopero dei treni, le fasce garantite 3 ore fa",
                before=(_PROSE, "Meteo, arriva il caldo africano nel weekend 5 ore fa"),
                note="a counted age needs no separator"),
        keeps("Storm closes schools across the county | 22 Dec 2007",
              after=("Officials said the schools would reopen on Monday.",),
              note="one alone, before the prose"),
        keeps("Harbour plan approved after long debate | 23 Dec 2007",
              note="one alone after the article: perhaps its own headline and date"),
        keeps("June 9 – West Palm Beach, Coral Sky Amphitheatre",
              before=("June 8 – Miami, Bayfront Park",), note="a tour's dates open its lines"),
        keeps("Storm closes schools across the county today",
              before=(_PROSE, "Harbour plan approved after long debate yesterday"),
              note="a day's name is no teaser's age without a separator"),
        keeps("The hearing was postponed until 22 Dec 2007.",
              before=("The council met again on Tuesday - 12 Dec 2007.",),
              note="sentences that close with a date"),
    ),
)

@dataclass(frozen=True, kw_only=True, repr=False)
class HeadedLinkModule(DomRule):
    """A box of links right under a heading that the text rules read as a recirculation header
    ("You may also like", "Related stories", "Lesen Sie auch"): the heading names the box.

    Extractors often drop such a heading (a ``<div>`` of a few words above a box of teasers) and
    keep the teasers, whose headlines then read as the article's sub-headings. The box must be
    link text through and through, with at least two links, and hold no prose.
    """

    headers: tuple[Rule, ...]
    min_links: int = 2
    min_share: float = 0.9
    max_header_words: int = 8
    looks_at = frozenset({"div", "section", "aside", "ul", "ol"})
    reads_marks = False  # the heading and the links tell

    def recognise(self, element: HtmlElement, marks: Marks) -> str | None:
        if sum(1 for _ in islice(element.iter("a"), self.min_links)) < self.min_links:
            return None  # too few links whatever their text: the heading need not be read
        heading = self._heading(element)
        if heading is None:
            return None
        text, found = heading
        links = sum(1 for anchor in element.iter("a") if anchor.text_content().strip())
        if links < self.min_links:
            return None
        words, linked = link_share(element)
        if words == 0 or linked < self.min_share * words:
            return None
        return f"links under the heading \"{text}\" ({found})"

    def companions(self, element: HtmlElement) -> Sequence[tuple[HtmlElement, str]]:
        """The heading goes with its box: left alone, it would head whatever follows. Read again
        as the tree stands (the box may have been recognised before a cut moved its neighbours)."""
        heading = _previous_element(element)
        if heading is None or self._heading(element) is None:
            return ()
        return ((heading, "the box's heading"),)

    def _heading(self, element: HtmlElement) -> tuple[str, str] | None:
        """The text of the heading right above ``element`` and the code of the rule that reads it
        as a related header, if any."""
        text = _heading_above(element, self.max_header_words)
        if text is None or any(mark in text.rstrip(":|–—- ") for mark in _TEASER_MARKS):
            return None  # none, or a teaser that brings its own headline ("Related: …")
        found = next((rule.code for rule in self.headers
                      if rule.match(text)), None)  # type: ignore[attr-defined]
        return None if found is None else (text, found)


# What separates a teaser's call from its headline ("Related: Harbour plan approved").
_TEASER_MARKS = (": ", " | ", " – ", " — ")
# The most characters of a heading's text worth reading (a header is a few words).
_HEADING_CHARACTERS = 80


def _previous_element(element: HtmlElement) -> HtmlElement | None:
    """The element right before ``element`` among its siblings, comments skipped."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


def _heading_above(element: HtmlElement, max_words: int) -> str | None:
    """The text of the element right before ``element`` (comments skipped), if it is a short
    heading of at most ``max_words`` words with no text of its own parent's between them."""
    previous = _previous_element(element)
    if previous is None or previous.tag in ("script", "style", "template", "noscript"):
        return None
    if (previous.tail or "").strip():
        return None
    pieces: list[str] = []
    size = 0
    for piece in previous.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > _HEADING_CHARACTERS:
            return None
    text = " ".join(" ".join(pieces).split())
    if not text or len(text.split()) > max_words:
        return None
    return text


HEADED_LINK_MODULE = HeadedLinkModule(
    code="REL205",
    name="headed-link-module",
    category=Category.RELATED,
    summary="Boxes of links under a heading the text rules read as a related header: 'You may also "
    "like', 'Lesen Sie auch'.",
    message="links under a recirculation heading",
    headers=(SEE_ALSO_HEADER, RELATED_HEADER, MORE_FROM_PUBLISHER, RECIRCULATION_HEADER, MORE_FROM_SECTION),
    max_words=200,
    max_prose=0,
    safety="The element right above must be a heading of at most 8 words that a strong related-header "
    "rule recognises whole; the box must hold two links or more, be at least 90% link text and hold "
    "no paragraph of prose. A list the article introduces in its own words, or a box with prose, stays.",
    examples=(
        removes('<div><div class="title-bar">You may also like</div><div id="marker">'
                '<a href="/a"><h3>Harbour plan approved after a long debate</h3></a>'
                '<a href="/b"><h3>Storm closes schools across the county</h3></a></div></div>'),
        removes('<div><p>Lesen Sie auch</p><ul><li><a href="/c">Neue Brücke über den Fluss</a></li>'
                '<li><a href="/d">Hitze im Südwesten: So schützen Sie sich</a></li></ul></div>'),
        keeps('<div><h3>The numbers</h3><ul><li><a href="/e">Harbour report</a></li>'
              '<li><a href="/f">Council minutes</a></li></ul></div>',
              note="a heading no related-header rule reads"),
        keeps('<div><p>Related: Harbour plan approved</p><div id="links"><a href="/h">The vote</a> '
              '<a href="/i">The budget</a></div></div>',
              note="a teaser that brings its own headline heads no box"),
        keeps('<div><h3>Related</h3><div><p>The council first debated the harbour in 2019, when a '
              'storm flooded the quay; <a href="/g">the report</a> it ordered is still unpublished.</p>'
              '</div></div>',
              note="prose under the heading"),
    ),
)

# A fixture of a score ticker: two teams with their score or their kick-off, and the match's state
# ("FT Everton 2-1 Wolves", "Lens 1-1 Toulouse (Terminé)", "LIVE Lecce-Empoli 0-0 32'", "Cruzeiro x
# Grêmio · 19h00"). A team is one to four capitalised words, small words between them.
_TEAM = r"""(?-i:[A-ZÀ-Þ][\w'’.&]*)
    (?:\s+(?:(?-i:de|do|da|del|of|van|am|an)\s+|(?-i:d['’]))?(?-i:[A-ZÀ-Þ0-9][\w'’.&]*)){0,3}"""
_SCORE = r"(?:\d{1,2}\s?[-–x]\s?\d{1,2}|\d:\d)(?!\d)"  # "2:2", not the time "20:45"
_KICKOFF = r"(?:[01]?\d|2[0-3])(?:[:.h]\d\d|h)"
_MINUTE = r"(?:\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,3}\.(?!\d))"  # "71'", "90+3'"; German "(54.)"
_TICKER = concept("score-ticker")
# Case as written: "FT", "Fin" and "Live" open a row only in their capitals.
_FINISHED = rf"(?-i:{alternatives(_TICKER.get('finished'))})"
_LIVE = rf"(?-i:{alternatives(_TICKER.get('live'))})"
_STATE = rf"(?P<state>{_FINISHED}|{_LIVE}|{_MINUTE}|{_KICKOFF})"
_FIXTURE = re.compile(
    rf"""(?:(?P<before>{_FINISHED}|{_LIVE}|{_KICKOFF})\s*:?\s+)?
    (?:(?P<home>{_TEAM})\s?[-–]\s?(?P<away>{_TEAM})\s+{_SCORE}       # "Lecce-Empoli 0-0"
      | (?P<home2>{_TEAM})\s+{_SCORE}\s+(?P<away2>{_TEAM})             # "Everton 2-1 Wolves"
      | (?P<home3>{_TEAM})\s+(?:[-–x]|v|vs\.?)\s+(?P<away3>{_TEAM})   # "Chelsea v Aston Villa"
      | (?P<home4>{_TEAM})\s+(?P<between>{_KICKOFF})\s+(?P<away4>{_TEAM}))  # "Vasco 19h00 Grêmio"
    (?:\s*[·|–-]?\s*\(?{_STATE}\)?)?""",
    re.VERBOSE,
)


# A row's state on the line under it: "Terminé", "(Ende)", "2º tempo 71'".
_LONE_STATE = re.compile(
    rf"\(?(?:{_FINISHED}|{_LIVE})\)?|(?:\S{{1,8}}\s+){{0,2}}\(?(?:{_MINUTE}|{_KICKOFF})\)?")


def _lone_state(core: str) -> str | None:
    """The state of the match on the row above, when a line says it alone."""
    found = _LONE_STATE.fullmatch(core.strip())
    if found is None:
        return None
    return next(name for name, pattern in _STATES if pattern.search(found.group()))


def _fixture(core: str) -> tuple[str, tuple[str, str]] | None:
    """The state of the match a ticker's row gives ("finished", "live", "upcoming", "played": a score
    and no state, or "fixture": two teams and no time) and its two teams; ``None`` if the line is no
    such row."""
    found = _FIXTURE.fullmatch(core.strip())
    if found is None:
        return None
    home = found["home"] or found["home2"] or found["home3"] or found["home4"]
    teams = (home, found["away"] or found["away2"] or found["away3"] or found["away4"])
    states = [state for state in (found["before"], found["between"], found["state"]) if state]
    for name, pattern in _STATES:
        if any(pattern.fullmatch(state) for state in states):
            return name, teams
    return ("played" if _SCORED.search(found.group()) else "fixture"), teams


_STATES = (
    ("finished", re.compile(_FINISHED)),
    ("live", re.compile(rf"{_LIVE}|{_MINUTE}")),
    ("upcoming", re.compile(_KICKOFF)),
)
_SCORED = re.compile(_SCORE)


@dataclass(frozen=True, kw_only=True, repr=False)
class ScoreTicker(ContextRule):
    """Remove a score ticker's fixtures among the page's furniture: "FT Everton 2-1 Wolves", "17:30
    Chelsea v Aston Villa".

    A sports site prints the match day in a strip over the page, and extractors keep it as lines of
    two teams and a score or a kick-off, each with its state. The article has such lines too: a
    live blog's heading and score, a report's half-time and full-time summary, a goal timeline, a
    round-up's results under its own heading. So the strip is two or more rows of different
    matches (no team twice: a summary and a timeline repeat theirs), one of them live ("32'",
    "LIVE") or finished beside upcoming ones, with furniture a rule named right above and right
    below (or the document's edge), past at most one short label of the strip's own ("LIVE SCORES"),
    or wholly above the article's first paragraph. A row's state may stand on the line under it
    ("Terminé", "2º tempo 71'"). It reads late, when the other rules have named the furniture
    around it.
    """

    max_words: int = 12
    max_label_words: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None:
            return
        run: list[tuple[int, str, tuple[str, ...]]] = []
        for i in range(len(page) + 1):
            found = self._row(page, i) if i < len(page) and not shape.prose[i] else None
            if found is not None:
                run.append((i, *found))
                continue
            state = self._state_under(page, run, i)
            if state is not None:  # the row above's state on its own line: the row takes it
                last, _, teams = run[-1]
                run[-1] = (last, state, teams)
                run.append((i, state, ()))
                continue
            if run and self._is_strip(page, run):
                yield from (Finding(j, page.core(j)) for j, _, _ in run if page.verdicts[j] is None)
            run = []

    def _state_under(self, page: Page, run: list[tuple[int, str, tuple[str, ...]]], i: int) -> str | None:
        """The state a line gives the row right above it, if it says only that."""
        if not run or i >= len(page) or run[-1][0] != i - 1 or not run[-1][2]:
            return None
        if page.words(i, self.max_label_words) > self.max_label_words:
            return None
        return _lone_state(page.core(i))

    def _is_strip(self, page: Page, run: list[tuple[int, str, tuple[str, ...]]]) -> bool:
        rows = sum(1 for _, _, pair in run if pair)  # a state's own line names no teams
        teams = [team for _, _, pair in run for team in pair]
        if rows < 2 or len(set(teams)) < len(teams) or not _match_day(state for _, state, _ in run):
            return False  # one row, a team twice (the article's summary or timeline), no match day
        if page.shape is not None and run[-1][0] < page.shape.first:
            return True  # above the article: the page's furniture by where it stands
        return self._furnished(page, run[0][0], -1) and self._furnished(page, run[-1][0], 1)

    def _furnished(self, page: Page, edge: int, step: int) -> bool:
        """Whether furniture a rule named (or the document's edge) stands next to the run, past at
        most one short label no rule took."""
        i = edge + step
        if 0 <= i < len(page) and page.verdicts[i] is None and not _DIGIT.search(page.core(i)) and (
            page.words(i, self.max_label_words) <= self.max_label_words
        ):
            i += step
        return not 0 <= i < len(page) or page.is_matched(i)

    def _row(self, page: Page, i: int) -> tuple[str, tuple[str, str]] | None:
        if page.words(i, self.max_words) > self.max_words:
            return None
        return _fixture(page.core(i))


def _match_day(states: Iterable[str]) -> bool:
    """Whether the rows' states are a match day in progress: one live, or finished and upcoming."""
    seen = set(states)
    return "live" in seen or {"finished", "upcoming"} <= seen


SCORE_TICKER = ScoreTicker(
    code="REL119",
    name="score-ticker",
    category=Category.RELATED,
    summary="A score ticker's fixtures among the page's furniture: 'FT Everton 2-1 Wolves', 'Lens 1-1 "
    "Toulouse (Terminé)'.",
    message="score ticker",
    safety="Two or more rows in a row of two teams and a score or a kick-off, of different matches (a "
    "summary or a goal timeline repeats its teams), one live or finished beside upcoming, with furniture "
    "a rule named right above and below (past one short label) or above the article's first paragraph: "
    "a live blog's heading and score, a round-up's results under its heading and a lone scoreline stay.",
    examples=(
        removes("FT Brentford 0-0 Fulham", opens=True, before=("FT Everton 2-1 Wolves",),
                after=("17:30 Chelsea v Aston Villa", "Home › Football › Premier League",
                       "Hosts hold on after late red card",
                       "The home side survived 20 minutes with ten men to take all three points, the "
                       "manager said after the match.")),
        removes("LIVE Lecce-Empoli 0-0 32'", opens=True, after=(
                "FINALE Bologna-Genoa 2-1", "Home › Serie A › Bologna", "Il Bologna vince all'ultimo",
                "La squadra di casa ha deciso la partita all'88' di testa, ha detto l'allenatore.")),
        removes("NEC 1 - 1 Go Ahead Eagles (67')", opens=True, after=(
                "FC Utrecht 0 - 0 Sparta (12')", "Home › Eredivisie", "Zwolle wint in blessuretijd",
                "De thuisploeg scoorde in de slotminuut en klom naar de zesde plaats, zei de trainer.")),
        removes("Encerrado", opens=True, before=("Atlético Serrano 2 x 1 Real Paulistano",),
                after=("Ceará do Norte 0 x 0 Itapuã EC", "2º tempo 71'",
                       "União Cerrado 19h00 Esporte Clube Litoral", "Futebol > Brasileirão Série A",
                       "Serrano vira e assume a liderança",
                       "O time da casa marcou duas vezes no segundo tempo e assumiu a ponta, disse o "
                       "técnico.",
                       "Davi Rocha, que entrou no intervalo, fez os dois gols e foi eleito o melhor em "
                       "campo pela torcida, que lotou o estádio do Pinheiral na noite de domingo."),
                note="each row's state on the line under it"),
        removes("Austria Salzach 0:2 SV Bodensee (54.)", opens=True, before=("Live: 21. Runde",),
                after=("FC Donaupark Wien 2:1 Sportunion Kahlenberg (Ende)", "Alle Spiele",
                       "Donaupark schießt Kahlenberg in der Nachspielzeit ab",
                       "Die Gastgeber trafen in der 94. Minute und bleiben damit Tabellenführer, sagte "
                       "der Trainer."),
                note="a minute the German way"),
        keeps("Everton 2-1 Wolves", opens=True, after=(
              "Brentford 0-0 Fulham", "Bournemouth 3-1 Burnley", "Home › Football › Premier League",
              "Three home wins on Saturday left the table tighter than ever, the league said in its report."),
              note="a round-up's results, all finished"),
        keeps("17:30 Getafe - Mallorca", opens=True, after=(
              "21:00 Betis - Osasuna", "Inicio › Fútbol › LaLiga",
              "La jornada se abre con dos partidos que pueden decidir la permanencia, según el club."),
              note="a fixtures list, all upcoming"),
        keeps("Arsenal 1-0 Chelsea (23')", opens=True, before=("Live: Arsenal v Chelsea",),
              after=("Home › Football › Premier League",
                     "Arsenal lead through an early header, and Chelsea have barely had a shot, our reporter "
                     "at the ground says."),
              note="a live blog's heading and score: one match, its teams twice"),
        keeps("HT Chelsea 1-0 Aston Villa",
              before=("Half-time across the league, and only one home side is ahead.", "Advertisement"),
              after=("HT Arsenal 2-2 Tottenham", "Both London sides traded goals in a frantic first half, "
                     "and the visitors' keeper was booked for time-wasting."),
              note="a live blog's scores between paragraphs, beside an ad's label on one side only"),
        keeps("Palmeiras 1 x 1 Botafogo · Encerrado", opens=True,
              after=("O Palmeiras empatou em casa e perdeu a liderança, disse o treinador após o jogo.",),
              note="one scoreline alone"),
    ),
)


RULES = (
    GO_DEEPER,
    READ_MORE_LINK,
    SEE_ALSO_HEADER,
    RELATED_HEADER,
    LIVE_TEASER,
    READ_MORE_BUTTON,
    MORE_NEWS_ON_SITE,
    MORE_FROM_PUBLISHER,
    RECIRCULATION_HEADER,
    BRACKETED_TEASER,
    RECIRCULATION_LABEL,
    LINK_LIST_UNDER_HEADER,
    RELATED_MODULE,
    TRACKED_LINK_LIST,  # before LINK_LIST: the tracking label is the more telling evidence
    LINK_LIST,
    CAPS_LINK,
    HEADED_LINK_MODULE,
    TEASER_CALL,
    DEATH_NOTICE_LINKS,
    MORE_FROM_SECTION,
    PODCAST_PITCH,
    MORE_HEADER,
    TOPIC_NEWS_HEADER,
    COVERAGE_LINK,
    DATED_TEASER_RUN,
    MORE_POINTER,
    OUR_PAGE_POINTER,
)

# Late: after bios, stamps and tags have been recognised around the list, and the furniture around
# a score ticker.
LATE_RULES = (UNNAMED_TEASER_LIST, SCORE_TICKER)
