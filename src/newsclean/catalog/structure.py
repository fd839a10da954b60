"""Rules that read the document's shape: what stands above the headline and after the article.

Shape alone is never evidence inside the article's prose (:mod:`newsclean.shape`).
Above the headline and in the run of boilerplate after the article, it is:
a short label over a headline is a kicker, and a line with boilerplate on both
sides after the last paragraph is more of it. These rules run last, so that
every other rule's verdicts are there to lean on.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Category, ContextRule, Evidence, Example, Finding, Mark, Rule, keeps, removes
from ..shape import (
    CLOSERS,
    Shape,
    ends_like_sentence,
    is_data_row,
    is_filled_row,
    is_headline_like,
    is_label_like,
    is_list_item,
)
from ._vocabulary import alternatives, concept, reported_speech, whole_words, words

if TYPE_CHECKING:
    from ..blocks import Page


@dataclass(frozen=True, kw_only=True, repr=False)
class KickerAboveHeadline(ContextRule):
    """Remove the short labels printed above a headline: kickers, eyebrows, section names.

    At the top of the document, before any prose, labels of one or two words
    (three in capitals) that stand above a longer headline-like line are its
    kicker ("Ukraine war" over "Kyiv under fire as talks stall"); over a headline
    long enough to read as the first prose paragraph, labels in capitals or a
    section's path are (see :meth:`_kickers_over_long_headline`). Boilerplate
    between them is looked through. Headlines of three or four words exist, and
    above a deck they look like this too, so longer labels stay. Only labels
    above the first headline count, and a list item is never the headline, so
    a short headline above the article's own list stays.

    With ``upward``, the kickers are read up from the headline instead (see
    :meth:`_above_the_headline`), under a page's chrome that stopped the reading
    from the top.
    """

    max_words: int = 2
    max_capital_words: int = 3  # "NFL PLAYOFFS", "WORLD CUP 2026": capitals mark a label
    min_headline_words: int = 4
    upward: bool = False

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        if self.upward:
            yield from self._above_the_headline(page, shape.first)
            return
        labels: list[int] = []
        for i in range(shape.first + 1):
            if page.is_removed(i):
                continue
            core, words = page.core(i), page.words(i, 25)
            limit = self.max_capital_words if core.isupper() else self.max_words
            if i < shape.first and not is_list_item(page.block(i)) and (
                is_label_like(core, words, limit) or _is_path(core) or _joins_two_names(core, words)
            ):
                labels.append(i)
                continue
            longest = max((page.words(j) for j in labels), default=0)
            if (
                labels
                and _reads_as_headline(page.block(i), core, words)
                and words >= max(self.min_headline_words, longest + 1)
                and (i < shape.first or self._kickers_over_long_headline(page, labels, core))
            ):
                yield from (Finding(label, page.core(label), anchor=i) for label in labels)
            return

    @staticmethod
    def _kickers_over_long_headline(page: Page, labels: list[int], headline: str) -> bool:
        """Whether ``labels`` are the kickers of a headline long enough to read as the first prose: a
        short line over a paragraph is as often its title or sub-heading ("Tiefgarage", "The
        background"), so the labels must say what they are, in capitals or as a section's path
        ("UKRAINE WAR", "Politics > Europe"), and the headline must end in no sentence's mark (a
        question, a greeting's "Sir," or a Q&A's "Frage:" above it are the article's)."""
        if headline.rstrip(CLOSERS).endswith(_SENTENCE_ENDS):
            return False
        return all(
            (page.core(j).isupper() or _is_path(page.core(j))) and not page.core(j).endswith((",", ":"))
            for j in labels
        )

    def _above_the_headline(self, page: Page, lead: int) -> Iterator[Finding]:
        """Under a page's chrome no rule named (a masthead's motto, a menu), the kickers are read up
        from the headline: the line over the lead, or over its deck, skipping removed blocks, up to
        the page's top or furniture a rule took (under a title, short lines are its headings). A
        third word is allowed in a chain of labels ("Centre-Val de Loire" over "Intempéries"), or
        under a section's label a rule took ("Biathlon", then "Coupe du monde")."""
        rows = [i for i in range(lead - 1, -1, -1) if not page.is_removed(i)]
        headline = next((k for k, i in enumerate(rows[:2]) if self._is_headline(page, i)), None)
        if headline is None:
            return
        anchor, labels = rows[headline], list[int]()
        for i in rows[headline + 1:]:
            core, words = page.core(i), page.words(i, 25)
            if is_list_item(page.block(i)):
                break
            limit = self.max_capital_words if core.isupper() else self.max_words
            chained = bool(labels) or _under_a_section_label(page, i)
            if not (is_label_like(core, words, limit) or (chained and is_label_like(core, words, 3))):
                break
            labels.append(i)
        top = labels[-1] if labels else 0
        if top > 0 and not page.is_removed(top - 1):
            return  # a line no rule took right above: the labels are the article's own headings
        longest = max((page.words(j) for j in labels), default=0)
        if labels and page.words(anchor) >= max(self.min_headline_words, longest + 1):
            yield from (Finding(label, page.core(label), anchor=anchor) for label in reversed(labels))

    def _is_headline(self, page: Page, i: int) -> bool:
        return _reads_as_headline(page.block(i), page.core(i), page.words(i, 25)) and (
            page.words(i, 25) >= self.min_headline_words
        )


def _under_a_section_label(page: Page, i: int) -> bool:
    """Whether a navigation rule took the block right above ``i`` as a label."""
    if i == 0 or not page.is_removed(i - 1):
        return False
    verdict = page.verdicts[i - 1]
    return verdict is not None and verdict.rule.category is Category.NAVIGATION and page.words(i - 1, 5) <= 4


# A section path: two to four short segments, each opening with a capital or a digit, joined by a
# slash, pipe, arrow, dot or dash between spaces: "Economia / Startup", "Fútbol | LaLiga EA Sports",
# "Football - Ligue 1 - 12e journée". A headline's own colon or comma makes it no path.
_PATH_SEGMENT = r"(?-i:[A-ZÀ-Þ0-9])[\w'’.&]*(?:-[\w'’.&]+)*(?:\s(?![/|›»·•–—-]\s)[\w'’.&-]+){0,2}"
_PATH = re.compile(rf"{_PATH_SEGMENT}(?:\s[/|›»·•–—-]\s{_PATH_SEGMENT}){{1,3}}")


def _is_path(core: str) -> bool:
    return len(core) <= 60 and _PATH.fullmatch(core) is not None


# Two section names joined by a conjunction: "Housing & Planning", "Casa e Fisco", "Sport und Freizeit".
_CONJUNCTIONS = frozenset(word.casefold() for word in concept("byline").get("conjunctions"))


def _joins_two_names(core: str, words: int) -> bool:
    parts = core.split()
    return (
        words == 3 and len(parts) == 3 and is_label_like(core, words, 3)
        and parts[1].casefold() in _CONJUNCTIONS and parts[0][:1].isupper() and parts[2][:1].isupper()
    )


KICKER_ABOVE_HEADLINE = KickerAboveHeadline(
    code="NAV102",
    name="kicker-above-headline",
    category=Category.NAVIGATION,
    summary="Kickers and section labels above the headline: 'Ukraine war' over 'Kyiv under fire as talks "
    "stall'.",
    message="label above the headline",
    safety="Only before the first prose paragraph, only labels of one or two words (three in "
    "capitals, or two names joined by 'and'), and only when a longer headline-like line (not a list "
    "item) follows; the headline itself, a short headline above its deck and a short headline above a "
    "list stay.",
    examples=(
        removes("Ukraine war", opens=True, after=("Kyiv under fire as peace talks stall in Geneva",
                                      "Russian forces struck the capital overnight, officials said.")),
        removes("Economia / Startup", opens=True,
                after=("La startup delle newsletter raccoglie sei milioni di euro",
                       "La piattaforma permette ai giornalisti di vendere abbonamenti ai lettori.")),
        removes("Football - Ligue 1 - 12e journée", opens=True,
                after=("Le PSG s'impose à Lens et reprend la tête du championnat",
                       "Les Parisiens ont gagné 2-0 samedi soir, a annoncé le club.")),
        keeps("Paris / Berlin: two capitals, one budget row", opens=True,
              after=("Ministers from both countries met again on Tuesday, officials said.",),
              note="a headline with a slash is no path: its colon and commas are a sentence's"),
        removes("Bäder & Parks", opens=True, after=("Stadt eröffnet neues Hallenbad im Westen",
                                     "Nach drei Jahren Bauzeit ist das Bad fertig, teilte die Stadt mit.")),
        removes("Rhône Sud", opens=True,
                after=("Lyon : un homme interpellé après une série de vols dans le métro",
                       "Il a été arrêté lundi matin à son domicile, a indiqué la police."),
                note="a French headline's colon has a space before it"),
        keeps("Fire at school", opens=True,
              after=("Pupils evacuated as blaze spreads through the gym",
                     "Firefighters were called at 10am and nobody was hurt, the council said."),
              note="three words with a preposition are a short headline above its deck"),
        removes("Ukraine-Krieg", opens=True, after=("Regierung einigt sich auf neues Heizungsgesetz",
                                  "Nach wochenlangem Streit hat sich die Koalition geeinigt.")),
        keeps("Minister resigns", opens=True, after=("Key points", "- The minister quit on Tuesday",
                                         "He had been under pressure for weeks, aides said.")),
        keeps("Pakistan Muslims recall Bhutto", opens=True,
              after=("Leader memorialized at prayer service in Boston",
                     "Mourners gathered on Sunday to remember her, organisers said."),
              note="a short headline above its deck"),
        keeps("Kyiv under fire as peace talks stall in Geneva", opens=True,
              after=("Russian forces struck the capital overnight, officials said.",),
              note="the headline itself"),
    ),
)

KICKER_UNDER_CHROME = KickerAboveHeadline(
    code="NAV111",
    name="kicker-under-chrome",
    category=Category.NAVIGATION,
    upward=True,
    summary="Kickers read up from the headline under a page's chrome: 'LIVE-TICKER' under a station's "
    "motto.",
    message="label above the headline",
    safety="Only labels right above the headline (the line over the lead, or over its deck), one or two "
    "words (three in capitals, or in a chain of labels, or under a section label a rule took), up to "
    "the page's top or a block a rule removed: under a title no rule took, short lines are its "
    "headings.",
    examples=(
        removes("LIVE-TICKER", opens=True, before=("Radio Süd – Die besten Hits für die ganze Region",
                                       "Startseite › Nachrichten › Region"),
                after=("Unwetter über Oberfranken: Hagel, vollgelaufene Keller und gesperrte Straßen",
                       "Schwere Gewitter sind am Dienstagnachmittag über die Landkreise gezogen, teilte der "
                       "Wetterdienst mit."),
                note="under a station's motto no rule named: read up from the headline"),
        removes("Coupe du monde", opens=True, before=("Biathlon",),
                after=("Clémence Arbogast s'offre le sprint du Grand-Bornand devant son public",
                       "Sans faute au tir, la Savoyarde de 24 ans a remporté vendredi le sprint devant la "
                       "Norvégienne, a indiqué la fédération."),
                note="three words under a section's label a rule took"),
        keeps("Introduction", opens=True, before=("Video Production 101: The Ultimate Guide for Beginners",),
              after=("What Is Video Production?",
                     "Video production is the overarching term for the entire process of creating a video, "
                     "from the first idea to the final cut."),
              note="between a title and a heading, the article's own heading"),
    ),
)


def data_table_kept(note: str) -> Example:
    """A data table's rows under a widget's label and over the footer, which the article keeps: the
    example of every rule that reads such a run (its links, its enclosed lines)."""
    return keeps("1 | Kurrajong High | Epping | 71.2%",
                 before=("Across the state, 71,400 students received their results on Monday morning, the "
                         "authority said.", "Search results", "Rank | School | Suburb | Success rate"),
                 after=("2 | Waratah High | Strathfield | 68.9%",
                        "3 | Tallowwood Girls | Pennant Hills | 66.4%",
                        "© 2025 The Example Herald. All rights reserved."),
                 note=note)


@dataclass(frozen=True, kw_only=True, repr=False)
class LineBetweenFooters(ContextRule):
    """Remove the lines that boilerplate encloses after the article's last paragraph.

    After the last prose paragraph, once a block has been recognised as
    boilerplate, a run of unrecognised lines followed by more boilerplate is
    part of the same furniture: the name under a newsletter box, a teaser
    between two "More from" lists, a footer link between two legal lines. The
    enclosing boilerplate must be footer furniture (recirculation, sign-ups,
    legal lines, ads): datelines, bylines and credits also frame the article's
    own header, and a metered paywall's counter pops up wherever the reader
    is (the article's fact box may follow it). A run at the very end, with
    nothing recognised after it, stays. The article ends at its last prose
    paragraph, unless that is a short line a cluster of furniture parts from
    the paragraph before (a sign-up's pitch no rule named, under the share bar
    and the related links): then it is furniture's too.
    """

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        run: list[int] = []
        anchor: int | None = None
        for i in range(article_end(page, shape) + 1, len(page)):
            verdict = page.verdicts[i]
            if verdict is None or not verdict.confirmed:
                if anchor is not None:
                    run.append(i)
            elif _frames_header(verdict.rule.category, verdict.rule.marks):
                anchor, run = None, []  # the article's own header, moved to the end by the extractor
            else:
                if (anchor is not None and _encloses(page, anchor, i) and not _announces_list(page, run)
                        and not _holds_fact_box(page, run) and not _holds_table(page, run)):
                    yield from (
                        Finding(line, page.core(line), anchor=anchor) for line in run
                        if shape.prose[line] or not self._sentence(page, line)
                    )
                anchor, run = i, []

    #: A sentence of this many words that is too short for prose is the article's short paragraph
    #: ("The photo shows the bakery's broken window on Tuesday."), not a teaser or a link.
    min_sentence_words: int = 6

    def _sentence(self, page: Page, i: int) -> bool:
        return page.words(i, self.min_sentence_words) >= self.min_sentence_words and ends_like_sentence(
            page.core(i)
        )


#: A short prose line after the article may be furniture the rules did not name (a sign-up's
#: pitch): it is when a cluster of furniture stands between it and the paragraph before. Ad
#: markers stand between the article's own paragraphs, and wire notes, agency lines and
#: credits inside its last lines: they make no cluster.
_STRAY_WORDS = 25
_MIN_CLUSTER = 3


def article_end(page: Page, shape: Shape) -> int:
    """The article's last paragraph: the last prose block, unless it is a short line that a
    cluster of footer furniture (three blocks of two categories or more) separates from the
    paragraph before it, and that speaks for the publisher or to the reader, not for a source;
    then that paragraph, and so on."""
    last = shape.last
    while (
        last > shape.first
        and page.words(last, _STRAY_WORDS) <= _STRAY_WORDS
        and _speech().search(page.core(last)) is None  # says who said it: the article's
        and voiced().search(page.core(last)) is not None  # a pitch speaks for us or to you
    ):
        before = next(j for j in range(last - 1, -1, -1) if shape.prose[j])
        found = [page.verdicts[j] for j in range(before + 1, last)]
        furniture = [
            verdict for verdict in found
            if verdict is not None and verdict.confirmed
            and not _frames_header(verdict.rule.category, verdict.rule.marks)
            and verdict.rule.category not in _NO_CLUSTER
        ]
        if len(furniture) < _MIN_CLUSTER or len({v.rule.category for v in furniture}) < 2:
            break
        last = before
    return last


def _stands_after_article(page: Page, i: int) -> bool:
    """Whether block ``i`` is furniture that stands after an article, not inside it: not an ad
    marker or a photo's credit (they stand between paragraphs), nor a byline or dateline, nor a
    layout row without a word ("| |"), which tables print between their own rows."""
    verdict = page.verdicts[i]
    return (
        verdict is not None
        and verdict.confirmed
        and any(character.isalpha() for character in page.core(i))
        and verdict.rule.category not in (Category.ADVERTISEMENT, Category.CREDIT)
        and not _frames_header(verdict.rule.category, verdict.rule.marks)
    )


_NO_CLUSTER = frozenset({Category.ADVERTISEMENT, Category.CORRECTION, Category.LEGAL, Category.CREDIT})


def _encloses(page: Page, above: int, below: int) -> bool:
    """Whether two recognised blocks enclose furniture: a metered paywall's counter pops up
    wherever the reader is, so the article's fact box may stand between it and the tags."""
    return not any(Mark.OVERLAY in page.verdicts[i].rule.marks for i in (above, below))  # type: ignore[union-attr]


def _announces_list(page: Page, run: Sequence[int]) -> bool:
    """Whether a line of the run announces the lines after it ("Traffic reports (as of 4.30 pm):"): the
    article's own list, which a removed app prompt above it does not make furniture."""
    return any(page.core(line).rstrip().endswith(":") for line in run[:-1])


def _holds_fact_box(page: Page, run: Sequence[int]) -> bool:
    """Whether a label in the run titles the article's fact box: two rows of values no rule took
    follow it in the run ("Ficha técnica" over the match's score line and its goals, "Results" over
    "Harbour Town 2 Riverside 1"). Furniture around the box does not make it furniture; "Label:
    value" lines alone may be teasers with their kickers, and one figure a pager's ("Page: 1")."""
    return any(
        is_label_like(page.core(line), page.words(line, 7), 6)
        and sum(page.verdicts[row] is None and is_data_row(page.core(row)) for row in run[k + 1 : k + 6]) >= 2
        for k, line in enumerate(run[:-1])
    )


def _holds_table(page: Page, run: Sequence[int]) -> bool:
    """Whether the run holds two rows of a data table ("1 | Kurrajong High | Epping | 71.2%"): the
    article's table; a layout table's rows of one link each are a widget's."""
    return sum(is_filled_row(page, line) for line in run) >= 2


_SENTENCE_ENDS = ("!", "?", "…", ":", ";", ",")


def _reads_as_headline(block: str, core: str, words: int) -> bool:
    """A headline opens with a capital, digit or quote, and is not a list item, a form or table row
    ("Director : Jane Doe", "Family: Rubiaceae | Origin: Ethiopia") or a line broken mid-sentence."""
    return (
        is_headline_like(core, words)
        and not is_list_item(block)
        and not core[:1].islower()
        and not _is_form_row(core)
        and "|" not in core
        and _WIDE_GAP.search(core) is None
    )


_WIDE_GAP = re.compile(r"\s{3}")  # table cells laid out with spaces


def _is_form_row(core: str) -> bool:
    """"Director : Jane Doe": a field and its short value. A French headline puts a space before its
    colon too ("Toulouse : un homme interpellé après une série d'incendies"), and goes on after it."""
    _, colon, value = core.partition(" : ")
    return bool(colon) and len(value.split()) <= 3


# Datelines (Mark.DATELINE), bylines and credits also frame an article's own header, which
# extractors sometimes move after the body: lines between them may be its headline.
_HEADER_CATEGORIES = frozenset({Category.BYLINE, Category.CREDIT})


def _frames_header(category: Category, marks: frozenset[Mark]) -> bool:
    return Mark.DATELINE in marks or (category in _HEADER_CATEGORIES and Mark.FOOTER not in marks)


LINE_BETWEEN_FOOTERS = LineBetweenFooters(
    code="NAV103",
    name="line-between-footers",
    category=Category.NAVIGATION,
    summary="Lines that footer boilerplate encloses after the article: a teaser between two lists, "
    "a link between legal lines.",
    message="line enclosed by boilerplate after the article",
    safety="Only after the article's last paragraph, and only with footer boilerplate (not datelines, "
    "bylines or credits) both above and below; lines at the very end and anything between "
    "paragraphs stay. A short prose line counts as after the article only when three furniture "
    "blocks of two categories or more part it from the paragraph before, and it says "
    "reports nobody's words.",
    examples=(
        data_table_kept("a table's rows between a widget's label and the footer: the article's table"),
        keeps("Der Satz im Kleingedruckten schützt niemanden, sagt die Anwältin Petra Lindner. „Wer zum Kauf "
              "auffordert, berät.“",
              before=("Die Finanzaufsicht hat drei Influencer abgemahnt, die ihre Follower zum Kauf einer "
                      "Solaraktie gedrängt haben, teilte die Behörde am Mittwoch mit.", "Anzeige"),
              after=("Teilen", "Mehr zum Thema", "Bafin prüft Finfluencer-Werbung", "Newsletter abonnieren"),
              note="a sentence closing with German quotation marks is a sentence"),
        removes("Ministers to meet again in Brussels",
                before=("Sign up for our morning newsletter",), after=("© 2025 Example Media Group",)),
        removes("Example Media, 12 Main Street, Springfield", before=("Privacy Policy",),
                after=("Terms of Use",)),
        removes("Ministers to meet again in Brussels", before=("Got a story? Email tips@example.com",),
                after=("© 2025 Example Media Group",), note="a tip line is footer furniture"),
        keeps("A13: lorries banned between Schönberg and the Brenner",
              before=("Sign up for our morning newsletter", "Traffic reports (as of 4.30 pm):"),
              after=("© 2025 Example Media Group",), note="a list the article announces with a colon"),
        keeps("What happens next", before=("Read more: Iran launches drones at Israel",),
              after=("The cabinet will meet again on Sunday, officials said.",),
              note="between paragraphs"),
        keeps("Ministers to meet again in Brussels", before=("Sign up for our morning newsletter",),
              note="nothing recognised below it"),
        keeps("Harbour Gallery, Quay Street, until 30 June",
              before=("You have reached your free article limit. Subscribe to read on.", "If you go"),
              after=("Sign up for our arts newsletter",),
              note="the article's fact box under a meter's counter, which marks no end"),
        keeps("Ficha técnica",
              before=("O Vale venceu de virada e lidera o grupo, disse o técnico depois do jogo.",
                      "LEIA MAIS: Com dores na coxa, Caíque vira dúvida para o fim de semana"),
              after=("VALE PAULISTA 2 x 1 CERRO ALTO", "Local: Estádio do Vale, em Campinas (SP)",
                     "Árbitro: Matías Orellana (CHI). VAR: Felipe Rojas (CHI)",
                     "Gols: Benítez, aos 18 (CER); Lucas Marçal, aos 61 (VAL)",
                     "Com informações da Agência Esportiva", "Tags: Libertadores · Vale Paulista · Campinas"),
              note="the title of the article's match sheet, its score line and its goals under it"),
        keeps("Ovechkin signs $124 million deal", before=("Published Thursday, January 10, 2008",),
              after=("By Joseph White",), note="the article's own header, moved below it"),
        removes("Tech Weekly: the week's most important tech news, picked for you every Friday.",
                before=("Share this article Facebook LinkedIn Email", "Log in to comment", "Related news",
                        "Publishers demand payment from AI firms for their archives"),
                after=("Cookie settings", "© 1998-2026 Techworld. All rights reserved."),
                note="a short pitch no rule named, which a cluster of furniture parts from the article"),
        keeps("The tender will reopen in May, a spokesman said.",
              before=("The council approved the tram line after a debate that lasted most of the night.",
                      "Advertisement", "(Adds comment from the mayor in paragraph 3)", "Advertisement",
                      "Tram tender delayed again", "Advertisement"),
              note="a short last paragraph that says who said it, under a cluster of furniture"),
        keeps("The photo shows the bakery's broken window on Tuesday.",
              before=("(Adds comment from the spokesman in paragraph 5)",), after=("Read more",),
              note="a sentence, too short for prose: the article's short paragraph"),
        keeps("Red Cross opens an emergency appeal",
              before=("The floods cut off three villages for a week and destroyed most of the harvest.",
                      "Advertisement", "Advertisement", "(Adds comment from the spokesman in paragraph 5)"),
              after=("(Adds comment from the spokesman in paragraph 5)",
                     "The government will announce new help for farmers next week."),
              note="ad markers stand between paragraphs: they part no last paragraph from the article"),
        keeps("Donations to the Red Cross rose by four percent last year, to a record.",
              before=("The floods cut off three villages for a week and destroyed most of the harvest.",
                      "Share this article", "Follow Climate", "Click here for more election updates"),
              after=("Read more",),
              note="a short last paragraph under a cluster of furniture, in nobody's voice"),
        keeps("The council will vote on the plan again in May.",
              before=("Read more: Council delays the tram vote",),
              after=("Share this article", "© 2026 Northgate Media Ltd. All rights reserved."),
              note="the article's last paragraph, after one teaser: no cluster of furniture"),
        removes("Modèle économique",
                before=("Par Hélène Mazard", "La direction assure que les recrutements seront maintenus, "
                        "mais étalés sur deux ans, a indiqué le syndicat.", "Partager", "Presse écrite"),
                after=("Dons", "Hélène Mazard suit l'économie des médias depuis 2015. Elle a auparavant "
                       "travaillé dix ans au service économie d'un quotidien régional."),
                note="tags between the share bar and the author's bio: once a rule took the bio, the "
                     "page's tail begins under the article's last paragraph"),
    ),
)

@dataclass(frozen=True, kw_only=True, repr=False)
class LineBelowPageEnd(ContextRule):
    """Remove the short lines below the page's end furniture, after the article's last paragraph.

    Some furniture closes a page and never stands inside an article's text: a copyright
    or legal notice, a share bar, the comment section. After
    the last prose paragraph, once such a block has been recognised by strong evidence,
    the short lines below it that no rule named and that are not prose, down to the
    end of the page, are more of the same furniture: the footer's links, a stray
    button, an ad's line. :class:`LineBetweenFooters` needs furniture below such a line
    as well; this rule needs none, and so asks more of the furniture above. Weak labels,
    overlays (a metered paywall's counter), sign-up and donation boxes, related teasers and
    advertisements (all of them stand inside articles too), bylines, credits and datelines
    (they frame the article's own header) and layout rows anchor nothing. A
    line that announces the lines after it with a colon ("Opening hours:"), or a title over the
    rows of a fact box ("Results" over "Harbour Town 2 Riverside 1"), keeps the run: the article's
    own fact box may follow a box the extractor put above it.
    """

    max_words: int = 25

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        anchor: int | None = None
        run: list[int] = []
        for i in range(shape.last + 1, len(page)):
            verdict = page.verdicts[i]
            if verdict is None:
                if anchor is not None:
                    run.append(i)
            elif anchor is None and verdict.confirmed and _ends_page(verdict.rule):
                anchor = i
        run = [i for i in run if not shape.prose[i] and page.words(i, self.max_words) <= self.max_words]
        if anchor is None or not run or _announces_list(page, run) or _holds_fact_box(page, run):
            return
        yield from (Finding(line, page.core(line), anchor=anchor) for line in run)


#: Categories of furniture that close a page and stand nowhere in an article's text.
_PAGE_END_CATEGORIES = frozenset({Category.LEGAL, Category.SHARE})
#: Navigation rules that read a page's comment section, which closes it too.
_COMMENT_RULES = frozenset({"comment-count", "comment-prompt", "comment-policy", "comments-for-members"})


def _ends_page(rule: Rule) -> bool:
    """Whether a rule's strong match closes the page: legal notices, share bars, the comment
    section; never a weak label, nor an overlay."""
    if rule.evidence is not Evidence.STRONG or Mark.OVERLAY in rule.marks:
        return False
    return rule.category in _PAGE_END_CATEGORIES or rule.name in _COMMENT_RULES


LINE_BELOW_PAGE_END = LineBelowPageEnd(
    code="NAV108",
    name="line-below-page-end",
    category=Category.NAVIGATION,
    summary="Short lines below a copyright notice, a share bar or the comments, after the article: "
    "stray links, buttons.",
    message="line below the page's end furniture",
    safety="Only after the article's last prose paragraph, only below strong evidence of a page's end "
    "(legal notice, share bar, comment section; not a weak label, a sign-up or donation box, a teaser, "
    "an advertisement, a byline, a credit or a date), only lines of at most 25 words that are not prose; "
    "a run holding a line that announces a list with a colon stays whole.",
    examples=(
        removes("Werben auf unserer Seite? Alle Details hier >>",
                before=("© 2025 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",)),
        removes("Get the best of the week, every Sunday",
                before=("Share this article", "Privacy Policy"), after=("Harbour Post Media",),
                note="two lines below a share bar and a legal link, to the page's end"),
        removes("Tous nos guides pratiques",
                before=("Partager sur Facebook", "Partager sur X")),
        removes("Tres parques para visitar este verano",
                before=("Deja un comentario",)),
        keeps("Old Boys 0 Castle Park 3",
              before=("The league title will be decided on the last day after Harbour Town beat Riverside "
                      "on Saturday, the club said.", "Share this article", "Results",
                      "Harbour Town 2 Riverside 1"),
              after=("Westend 1 Northfield 1", "© 2025 Example Media Group. All rights reserved."),
              note="the article's results under their title, below a share bar"),
        keeps("Harbour Gallery, Quay Street, until 30 June",
              before=("Share this article", "If you go:"),
              note="the article's fact box, announced by a colon, below a box the extractor moved"),
        keeps("Ministers to meet again in Brussels", before=("Read more: Council delays the tram vote",),
              note="a teaser stands inside articles too: it marks no page's end"),
        keeps("What the new rules mean for tenants", before=("Sign up for our morning newsletter",),
              note="a sign-up box stands inside articles too"),
        keeps("Ovechkin signs $124 million deal", before=("Published Thursday, January 10, 2008",),
              note="a date frames the article's own header"),
        keeps("De gemeenteraad stemt in mei opnieuw over het plan, zo bevestigde de wethouder.",
              before=("Deel dit artikel op Facebook",),
              note="a prose paragraph after a share bar is the article's"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class LabelBetweenHeadFurniture(ContextRule):
    """Remove a bare label that furniture encloses under the headline: a live ticker's "Ticker neu
    laden" between its "updated" stamp and its summary button.

    Before the first prose paragraph, the headline is the first line no rule removed, longer than a
    label. When the next line no rule removed is a label of one to ``max_words`` words, not a time
    or a number, and a confirmed removal stands right above and right below it, it is the head's
    furniture. A third line is not read: under a removed list of other stories ("Latest News"), the
    line left is the article's own headline, and so may the second be.
    """

    max_words: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        unremoved = [j for j in range(shape.first) if page.verdicts[j] is None][:2]
        if len(unremoved) < 2 or page.words(unremoved[0], self.max_words + 1) <= self.max_words:
            return
        i = unremoved[1]
        if not (self._furniture(page, i - 1) and self._furniture(page, i + 1)):
            return
        core = page.core(i)
        if is_label_like(core, page.words(i, self.max_words + 1), self.max_words) and not any(
            character.isdigit() for character in core
        ):
            yield Finding(i, core)

    @staticmethod
    def _furniture(page: Page, i: int) -> bool:
        """A confirmed removal, but not a list header: the headline may stand right below a list of
        other stories that the extractor printed above it."""
        verdict = page.verdicts[i] if 0 <= i < len(page) else None
        return verdict is not None and verdict.confirmed and verdict.rule.category is not Category.RELATED


LABEL_BETWEEN_HEAD_FURNITURE = LabelBetweenHeadFurniture(
    code="NAV110",
    name="label-between-head-furniture",
    category=Category.NAVIGATION,
    summary="A bare label above the article between two removed lines: 'Ticker neu laden' between a "
    "stamp and a button.",
    message="label enclosed by furniture above the article",
    safety="Only before the first prose paragraph, only the line no rule removed right after the "
    "headline (the first, longer than a label), only labels of one to three words without a digit, and "
    "only with a confirmed removal right above and right below.",
    examples=(
        removes("Ticker neu laden", opens=True,
                before=("Liveticker", "Streik legt Flughäfen lahm: Hunderte Flüge gestrichen",
                        "Zuletzt aktualisiert: 10.03.2025, 15:05 Uhr"),
                after=("Teilen", "14:52 Uhr", "Die Gewerkschaft will den Streik bis Mitternacht fortsetzen, "
                       "sagte ein Sprecher am Nachmittag.")),
        keeps("Driver halted", opens=True,
              before=("Schools review the safety of their minibuses after a crash", "Latest News"),
              after=("By Jane Smith", "A police officer stopped a car driving the wrong way on Friday, "
                     "officers said."),
              note="the last line above the article: a headline under a removed list of other stories"),
        keeps("Storm damage", opens=True, before=("Weather",), after=("By Jane Smith",
              "Trees came down across the county overnight, the council said."),
              note="the headline: the first line no rule removed"),
        keeps("Rates held", opens=True, before=("Economy", "By Jane Smith", "Share this article"),
              after=("Published 10 March 2025", "The bank held rates at 4% on Thursday, its governor said."),
              note="a short headline: no longer line stands above it"),
        keeps("Key points", before=("The bank held rates at 4% on Thursday, its governor said.",
                                    "Share this article"),
              after=("Published 10 March 2025", "Inflation fell again in February, the figures show."),
              note="between paragraphs"),
    ),
)


def _head_runs(page: Page, is_member: Callable[[Page, int], bool]) -> Iterator[tuple[range, int]]:
    """The runs of blocks ``is_member`` accepts before the first prose paragraph, each with the
    headline's slot: the last line above the article that no rule removed (-1 when none)."""
    shape = page.shape
    if shape is None or not shape.has_prose:
        return
    slot = max((j for j in range(shape.first) if page.verdicts[j] is None), default=-1)
    i = 0
    while i < shape.first:
        end = i
        while end < shape.first and is_member(page, end):
            end += 1
        yield range(i, end), slot
        i = end + 1


@dataclass(frozen=True, kw_only=True, repr=False)
class MenuAboveArticle(ContextRule):
    """Remove the site's menu that extractors keep above the article: a run of short items.

    Before the first prose paragraph, a run of at least ``min_items`` list
    items or one-cell table rows of a few words each, none a sentence, is a
    navigation menu ("- World", "- Business", "| Classified |"). The
    headline's slot, the last line above the article that no rule removed,
    stays whatever it looks like, and so does a run of fewer than
    ``min_items + 1`` items that holds it: a short headline can be written as
    a list item or a table cell. Summary bullets are sentences, and longer.
    """

    min_items: int = 3
    max_words: int = 4

    def find(self, page: Page) -> Iterator[Finding]:
        for run, slot in _head_runs(page, self._is_item):
            if len(run) >= self.min_items and not (slot in run and len(run) <= self.min_items):
                yield from (Finding(j, page.core(j)) for j in run if j != slot)

    def _is_item(self, page: Page, i: int) -> bool:
        return (
            page.verdicts[i] is None
            and is_list_item(page.block(i))
            and page.words(i, self.max_words + 1) <= self.max_words
            and not ends_like_sentence(page.core(i))
        )


MENU_ABOVE_ARTICLE = MenuAboveArticle(
    code="NAV105",
    name="menu-above-article",
    category=Category.NAVIGATION,
    summary="The site's menu above the article: a run of three or more short list items or table cells.",
    message="menu item above the article",
    safety="Only before the first prose paragraph, only runs of three or more items of at most four "
    "words that are not sentences; the last unremoved line above the article (the headline's slot) "
    "always stays, and a run of three that holds it stays whole.",
    examples=(
        removes("- Harbour Life", opens=True, before=("- Our Town",),
                after=("- Weekend Picks", "Ministers agree new budget after talks",
                       "The cabinet agreed the budget late on Tuesday, officials said.")),
        removes("| Classified |", opens=True, before=("| Coupons |",),
                after=("| TV Week |", "| Job Openings |", "Storm closes schools across the county",
                       "Schools closed on Monday as the storm moved in, the county said.")),
        keeps("- Rates held", opens=True, before=("- Key points",),
              after=("- Inflation falls", "The bank held rates at 4%, its governor said on Thursday."),
              note="a run of three with the headline's slot: a short list the article opens with"),
        keeps("- The bank held rates at 4% for a third month.", opens=True,
              before=("Key points",), after=("- Inflation fell to 2.1%.", "- Markets rose.",
                                               "The decision was widely expected, economists said."),
              note="summary bullets are sentences"),
        keeps("- Harbour Life", before=("The cabinet agreed the budget late on Tuesday, officials said.",
                                        "- Our Town"),
              after=("- Weekend Picks", "Ministers will meet again on Friday, aides said."),
              note="between paragraphs"),
    ),
)

@dataclass(frozen=True, kw_only=True, repr=False)
class MenuRunAboveArticle(ContextRule):
    """Remove the rest of a menu that rules recognised most of, above the article.

    A page flattened by ``get_text()`` prints its menu as bare lines of a word or two: section
    names the rules know ("Sport", "Economía", "Login") among names they cannot know (a town,
    the site's own name, a new section). Before the first prose paragraph, in a run of at least
    ``min_items`` such labels of which the rules removed at least half, the labels left are the
    menu's too. The headline's slot (the last line above the article that no rule removed)
    stays, and so does the run's last label unless a longer headline-like line follows it (a
    kicker over its headline) or the menu goes on (a longer label, then a section the rules
    removed): a short headline may close the menu.
    """

    min_items: int = 4
    max_words: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        for run, slot in _head_runs(page, self._is_label):
            left = [j for j in run if page.verdicts[j] is None]
            if len(run) >= self.min_items and 2 * len(left) <= len(run):
                last = run[-1] if run else -1
                goes_on = run and (self._kicker(page, last) or self._menu_goes_on(page, last, slot))
                closing = -1 if goes_on else last
                yield from (Finding(j, page.core(j)) for j in left if j not in (slot, closing))

    def _is_label(self, page: Page, i: int) -> bool:
        verdict = page.verdicts[i]
        if verdict is not None and not verdict.confirmed:
            return False
        core = page.core(i)
        return not is_list_item(page.block(i)) and is_label_like(core, page.words(i, self.max_words + 1),
                                                                 self.max_words)

    def _menu_goes_on(self, page: Page, i: int, slot: int) -> bool:
        """Whether the menu goes on after ``i``: a longer label ("6 On Your Side"), not the headline's
        slot, then a section the rules removed. A headline has the article's furniture or prose below it."""
        label, after = i + 1, i + 2
        if after >= len(page) or page.verdicts[label] is not None or label == slot:
            return False
        words, verdict = page.words(label, self.max_words + 2), page.verdicts[after]
        return (
            is_label_like(page.core(label), words, self.max_words + 1)
            and verdict is not None
            and verdict.confirmed
            and verdict.rule.category is Category.NAVIGATION
            and Mark.DATELINE not in verdict.rule.marks
            and page.words(after, self.max_words + 1) <= self.max_words
        )

    def _kicker(self, page: Page, i: int) -> bool:
        """Whether the line after ``i`` is an unremoved headline, longer than a label."""
        after = i + 1
        if after >= len(page) or page.verdicts[after] is not None:
            return False
        words = page.words(after, 40)
        return words > self.max_words + 1 and _reads_as_headline(page.block(after), page.core(after), words)


MENU_RUN_ABOVE_ARTICLE = MenuRunAboveArticle(
    code="NAV109",
    name="menu-run-above-article",
    category=Category.NAVIGATION,
    summary="The rest of a menu above the article: bare labels in a run of labels the rules mostly removed.",
    message="menu item above the article",
    safety="Only before the first prose paragraph, only labels of one to three words in a run of four "
    "or more of which rules removed half; the headline's slot stays, and so does the run's last label "
    "unless a headline follows it.",
    examples=(
        removes("Portal Serrano", opens=True,
                after=("Notícias", "Esporte", "Entretenimento", "Rio de Janeiro",
                       "Calor bate recorde na capital pelo terceiro dia",
                       "A temperatura chegou a 41 graus na tarde desta quinta, segundo a Defesa Civil."),
                note="the site's own name over its menu"),
        removes("Rio de Janeiro", opens=True, before=("Notícias", "Esporte", "Entretenimento"),
                after=("Calor bate recorde na capital pelo terceiro dia seguido",
                       "A temperatura chegou a 41 graus na tarde desta quinta, segundo a Defesa Civil."),
                note="a kicker of three words closing the menu, over its headline"),
        removes("Traffic", opens=True, before=("Harbour 6 News Now", "Menu", "News", "Weather"),
                after=("6 On Your Side", "Sports", "Search",
                       "Fake charities target donors after the fire, officials warn",
                       "The attorney general's office has flagged 14 websites since Friday, officials said."),
                note="the menu goes on after it: a longer label, then a section the rules know"),
        keeps("Storm damage", opens=True, before=("News", "Sport", "Weather"),
              after=("By Jane Smith", "Trees came down across the county overnight, the council said."),
              note="a short headline may close the menu: no headline follows it"),
        keeps("Verviers",
              before=("Régions", "Liège", "Le conseil a voté le budget mardi soir, a dit le maire."),
              after=("Namur", "Les travaux commenceront en mai, selon la ville."),
              note="between paragraphs"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class EmptyTableRow(ContextRule):
    """Remove the rows of layout tables that hold no words: "| | |", "|---|---|".

    Extractors write a page's layout tables as text, and their empty rows and
    rules survive as lines of pipes and dashes. Such a line holds no word of
    the article. The rule under a real table's header, between two rows with
    words, stays: it is what makes the table a table.
    """

    def find(self, page: Page) -> Iterator[Finding]:
        if "|" not in page.text:
            return
        for i in range(len(page)):
            block = page.block(i)
            if _EMPTY_ROW.fullmatch(block) is None:
                continue
            worded = [_is_worded_row(page, j) for j in (i - 1, i + 1)]
            if not (all(worded) and _RULE_ROW.search(block)):
                yield Finding(i, block.strip())


def _is_worded_row(page: Page, i: int) -> bool:
    if not 0 <= i < len(page):
        return False
    block = page.block(i).strip()
    return block.startswith("|") and _EMPTY_ROW.fullmatch(block) is None


# A line of table furniture: pipes, rules and spaces, opening with a pipe. No letter, digit or
# other mark. A rule alone ("___", "---") is the article's own break between sections.
_EMPTY_ROW = re.compile(r"\s*\|[\s|+:=_-]*")
_RULE_ROW = re.compile(r"-{3}|={3}")  # the rule under a header: "|---|---|"


EMPTY_TABLE_ROW = EmptyTableRow(
    code="NAV104",
    name="empty-table-row",
    category=Category.NAVIGATION,
    summary="Rows of layout tables with no words: '| | |', '|---|---|'.",
    message="empty table row",
    safety="The line holds no letter or digit, so no word of the article goes with it; the rule under "
    "a table's header row, between two rows with words, and a rule alone between sections stay.",
    examples=(
        removes("| | |"),
        removes("|---|---|", before=("| |",), after=("Read the full story",)),
        keeps("___", before=("The first part of the story ends here.",), after=("The second part begins.",),
              note="a rule between the article's sections"),
        keeps("| Team | Wins |", after=("|---|---|", "| Ajax | 12 |"), note="a table's header"),
        keeps("|---|---|", before=("| Team | Wins |",), after=("| Ajax | 12 |",),
              note="the rule under a table's header"),
        keeps("- 12 -"),
    ),
)

# A word of a tag: capitalised, or a name's lowercase particle ("Ronde van Vlaanderen", "Rio de Janeiro").
_TAG_WORD = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž0-9][\w'’.&+-]*|&)")
_PARTICLE_WORD = re.compile(r"[a-zß-ÿ]{1,5}")
_LONE_ROW_WORDS = 3  # a row of tags has several; one or two capitalised words are one tag
_TAG_LINE_WORDS = 4  # a tag on a line of its own: "Secours en montagne", "Ministerio de Salud"


@dataclass(frozen=True, kw_only=True, repr=False)
class TagsAtEnd(ContextRule):
    """Remove the tags a page prints at the very end, without their label: runs of capitalised words.

    After the article's last prose paragraph and some removed boilerplate, with nothing but removed
    boilerplate below, a line of capitalised words (and names' particles), with no digit and no
    punctuation, is the page's tag row ("Klima Gletscher Wallis"), or one of its tags on lines of
    their own. A row has three words
    or more; a word or two count only beside another such line (a list of tags). A sub-heading has
    the article's lines below it, and a line announcing a list ends in a colon.

    Tags on lines of their own may also stand between furniture, with more of the page's lines
    below them: two or more short capitalised lines (a tag may be lower case after its first
    word: "Salud pública"), with no digit and no punctuation, go when furniture that closes an
    article stands right above them: not an ad marker, a credit or a byline, which stand inside
    articles too, nor a bare label a weak rule knows, which may be the sub-heading over the
    article's own list ("People" over four names). Right under the article's last paragraph, such
    lines are as often its own closing list (a team sheet, pros and cons, ingredients, sources, a
    letter's signature) as the page's tags: they stay, whatever stands below them.
    """

    max_words: int = 12

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        run: list[int] = []
        for i in range(len(page) - 1, shape.last, -1):
            if page.is_removed(i):
                continue
            if not self._is_tags(page, i):
                break
            run.append(i)
        if run and any(page.is_removed(j) for j in range(shape.last + 1, min(run))):
            for i in run:  # else right under the article's prose, with nothing between: a last headline
                if page.words(i, self.max_words) >= _LONE_ROW_WORDS or len(run) > 1:
                    yield Finding(i, page.core(i), anchor=None)
        yield from self._between_furniture(page)

    def _between_furniture(self, page: Page) -> Iterator[Finding]:
        """Tags on lines of their own, two or more, right under furniture that closes an article."""
        shape = page.shape
        assert shape is not None
        i = shape.last + 1
        while i < len(page):
            start = i
            while i < len(page) and page.verdicts[i] is None and self._is_tag_line(page, i):
                i += 1
            if i == start:
                i += 1
            elif self._run_goes(page, range(start, i)):
                yield from (Finding(j, page.core(j), anchor=None) for j in range(start, i))

    def _run_goes(self, page: Page, run: range) -> bool:
        shape = page.shape
        assert shape is not None
        above, below = run.start - 1, run.stop
        if len(run) < 2:
            return False  # one line is no list
        if _announces_list(page, run) or _holds_fact_box(page, run):
            return False  # the article's own list under its colon, or its fact box's title and rows
        if below < len(page) and page.verdicts[below] is None and is_data_row(page.core(below)):
            return False  # items over the article's own fact rows ("Objects online: 1.2 million")
        return above > shape.last and _stands_after_article(page, above) and not self._weak_label(page, above)

    @staticmethod
    def _weak_label(page: Page, i: int) -> bool:
        """Whether block ``i`` went as a bare label a weak rule knows: it may be the sub-heading over
        the article's own list ("People" over four ministers' names)."""
        verdict = page.verdicts[i]
        return (
            verdict is not None
            and verdict.rule.evidence is Evidence.WEAK
            and is_label_like(page.core(i), page.words(i, _TAG_LINE_WORDS + 1), _TAG_LINE_WORDS)
        )

    def _is_tag_line(self, page: Page, i: int) -> bool:
        core = page.core(i)
        words = page.words(i, _TAG_LINE_WORDS + 1)
        return (
            is_label_like(core, words, _TAG_LINE_WORDS)
            and core[:1].isupper()
            and not is_list_item(page.block(i))
            and not any(mark in core for mark in "|·•,")
            and not any(character.isdigit() for character in core)  # a rating's row: "Torres 7"
        )

    def _is_tags(self, page: Page, i: int) -> bool:
        core = page.core(i)
        words = core.split()
        return (
            0 < len(words) <= self.max_words
            and not is_list_item(page.block(i))
            and not any(character.isdigit() for character in core)
            and core[:1].isupper()
            and all(_TAG_WORD.fullmatch(word) or _PARTICLE_WORD.fullmatch(word) for word in words)
            and 3 * sum(1 for word in words if _PARTICLE_WORD.fullmatch(word)) <= len(words)
        )


TAGS_AT_END = TagsAtEnd(
    code="NAV106",
    name="tags-at-end",
    category=Category.NAVIGATION,
    summary="A page's tags at its very end, without a label: 'Klima Gletscher Wallis', in any language.",
    message="tags at the end of the page",
    safety="Only below the article's last prose paragraph and removed boilerplate, with nothing but removed "
    "boilerplate under it; "
    "only capitalised words and names' particles, no digit, no punctuation; one or two words only "
    "beside another such line. An article's last sub-heading has its lines below it and stays. Runs "
    "with lines below them: two lines or more of at most four words, no digit, no punctuation, right "
    "under furniture that closes an article (no ad marker, credit, byline or bare weak label); right "
    "under the last paragraph, the article's own closing list stays.",
    examples=(
        removes("Klima Gletscher Wallis Hochschule",
                before=("Die Gletscher haben im vergangenen Jahr vier Prozent ihres Volumens verloren.",
                        "Teilen")),
        removes("Ciclismo Giro delle Fiandre Marco Rossi",
                before=("La corsa si è decisa sul Vecchio Kwaremont, a quaranta chilometri dal traguardo.",
                        "© Riproduzione riservata"),
                note="the page's last line"),
        removes("Lokale Feesten", before=("Het festival trok dit jaar meer dan honderdduizend bezoekers.",
                                          "Deel dit artikel"),
                after=("Concertrecensie",)),
        keeps("Mehr Geld für Schulen",
              before=("Die Gletscher haben im vergangenen Jahr vier Prozent ihres Volumens verloren.",),
              note="right under the article's prose: a German headline capitalises its nouns"),
        keeps("Key Dates Ahead",
              before=("The council will vote on the plan in the spring, officials said.",),
              after=("- March: public hearing", "- May: final vote"),
              note="the article's last sub-heading, its list below it"),
        keeps("Dank U Wel", before=("Hij bedankte iedereen die hem de afgelopen jaren heeft gesteund.",),
              after=("De nieuwe burgemeester wordt volgende maand geïnstalleerd, zei de gemeente.",),
              note="between paragraphs"),
        keeps("Jonas", before=("Ich wünsche Ihnen allen ein gutes neues Jahr und bleiben Sie gesund.",),
              note="a letter's signature: one word alone"),
        removes("Salud pública",
                before=("Las autoridades sanitarias pidieron consultar de inmediato ante fiebre alta y dolor "
                        "muscular, dijo el ministerio.",
                        "¿Encontró un error en esta nota? Escríbanos a correcciones@lameseta.cr", "Dengue"),
                after=("Cartago: vecinos denuncian cortes de agua en el centro",),
                note="tags under a corrections line, a teaser below them"),
        keeps("Warm hat",
              before=("Blisters ended the walk for two of us. Good socks and a proper hat would have saved "
                      "the day, the guide said.", "Waterproof jacket"),
              after=("Head torch", "Spare socks", "Share this article"),
              note="the article's own closing list, right under its last paragraph: tags look the same"),
        keeps("Clayton",
              before=("Scientists cannot predict hurricanes a year out, yet they want us to trust their "
                      "forecast for the whole winter.", "Jon Rego"),
              after=("Share this article", "Most read"),
              note="a letter's signature under its last paragraph"),
        keeps("Torres 7",
              before=("Feyenoord won de Klassieker met 2-1 dankzij twee doelpunten van Torres, zei de "
                      "trainer na afloop.", "Kovac 7"),
              after=("El Idrissi 8", "Deel dit artikel"), note="the article's ratings of its players"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class GluedMenu(ContextRule):
    """Remove a menu whose links an extractor glued into one string: 'NewsPolitikGeldSportAuto'.

    ``get_text()`` joins a menu's links with nothing between them, so a capital letter follows a
    letter inside a word again and again. Around the article (before its first prose paragraph or
    after its last one), a line glued at least twice, with at least as many glues as spaces, and
    nothing of code, is the site's menu, when one of its words holds three items. A headline naming
    brands ("YouTube and LinkedIn") has one glue per word; code ("getElementById(x)") has its brackets.
    """

    max_words: int = 15

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        for i in (*range(shape.first), *range(shape.last + 1, len(page))):
            if page.verdicts[i] is None and self._is_glued(page.core(i)):
                yield Finding(i, page.core(i), anchor=None)

    def _is_glued(self, core: str) -> bool:
        if _GLUE_HINT.search(core) is None or _CODE.search(core):
            return False
        words = core.split()
        if len(words) > self.max_words:
            return False
        glues = [len(_GLUE.findall(word)) for word in words]  # no glue spans a space
        return sum(glues) >= len(words) - 1 and max(glues) >= 2  # three items in one word


_GLUE_HINT = re.compile(r"[^\W\d_][A-ZÀ-Þ]")  # cheap: most lines have no capital inside a word
# A capital inside a word that opens a new one: after a small letter ("NewsSport"), or after a
# capital when a small letter follows it ("TVSign").
_GLUE = re.compile(r"(?<=[a-zß-ÿ])[A-ZÀ-Þ]|(?<=[A-ZÀ-Þ])[A-ZÀ-Þ](?=[a-zß-ÿ])")
# Code, addresses and handles glue words too: "getElementById(x)", "github.com/ab/KnowledgeBase",
# "@NewsDesk", "#StopTheSpread".
_CODE = re.compile(r"[(){}\[\];=<>@#]|\S[/\\.]\S")

GLUED_MENU = GluedMenu(
    code="NAV107",
    name="glued-menu",
    category=Category.NAVIGATION,
    summary="A menu glued into one string by the extractor, around the article: 'HomePoliticaCronacaEsteri'.",
    message="glued menu",
    safety="Only before the article's first prose paragraph or after its last; three items glued in one "
    "word and no more spaces than glues, so a headline with a brand or two stays; nothing of code.",
    examples=(
        removes("LeserfotosVereineTermineTrauerfälle", opens=True,
                after=("Anmelden", "Stadtrat beschließt neues Parkkonzept",
                       "Die Altstadt soll ab Mai weitgehend autofrei werden, teilte die Stadt mit.")),
        removes("WatchListenLive TVSign in", opens=True,
                after=("Weather", "Storm hits the coast",
                       "Thousands were left without power overnight, officials said.")),
        removes("ContactosProvedorEstatutoFicha técnica",
                before=("O incêndio foi dado como dominado ao fim da tarde, disse a Proteção Civil.",)),
        removes("TarifasAnúnciateHemerotecaEsquelas",
                before=("El pleno se reanudará el lunes, según fuentes del Ayuntamiento de la ciudad.",),
                after=("© Diario del Sur",), note="after the article"),
        removes("Eredivisie2. divisieKNVB-bekerChampions LeagueTransfers", opens=True,
                after=("Ajax wint na spannende slotfase van Feyenoord",
                       "De Amsterdammers kwamen in de laatste minuut op voorsprong, zei de trainer.")),
        keeps("Apple zeigt neues MacBookPro und iPhoneSE in Cupertino", opens=True,
              after=("Der Konzern stellte am Montag seine neuen Geräte vor, sagte ein Sprecher.",),
              note="a headline naming products: more spaces than glues"),
        keeps("YouTube, TikTok und OpenAI: Wer die Regeln macht", opens=True,
              after=("Die EU verhandelt über neue Regeln für Plattformen, sagte die Kommissarin.",),
              note="brands glue once each"),
        keeps("https://github.com/example/CyberSecurity-KnowledgeBase/tree/main/UsbScanner",
              before=("The scanner's source code is public, the researcher wrote.",), note="an address"),
        keeps("YouTube and LinkedIn", opens=True,
              after=("Both platforms changed their rules for creators this week, the companies said.",),
              note="names with inner capitals, one glue each"),
        keeps("YouTube's McDonald deal angers PlayStation fans", opens=True,
              after=("The partnership was announced on Monday, the companies said.",),
              note="a headline: more spaces than glues"),
        keeps("const button = document.getElementById('menuToggleButton');",
              before=("The fix takes one line of JavaScript, the developer wrote.",),
              note="code at the article's end"),
        keeps("HomePoliticaCronacaEsteri", before=("Il consiglio si è riunito lunedì, ha detto il sindaco.",),
              after=("La seduta è durata tre ore, secondo il verbale.",), note="between paragraphs"),
    ),
)

# A tag list's label alone on its line ("Tags", "Schlagworte:", "Mots-clés"), in every language.
_TAG_LABEL_LINE = re.compile(rf"(?:{alternatives(words('tag-labels'))})\s*:?", re.IGNORECASE)
# The separators of a run of tags on one line, and one tag: a few words, no sentence's end.
_TAG_SEPARATOR = re.compile(r"\s*[,;|•·]\s*")
_TAG_ITEM_WORDS = 6
_ONE_TAG_WORDS = 4


def _heads_closing_run(page: Page, label: int, end: int) -> bool:
    """Whether a list's header at ``label`` heads a run that ends at ``end`` with only what rules
    took below it: a section's name ("People") heads no tags of its own."""
    verdict = page.verdicts[label]
    return (verdict is not None and Mark.LIST_HEADER in verdict.rule.marks
            and all(page.verdicts[j] is not None for j in range(end, len(page))))


def _is_one_tag(page: Page, i: int) -> bool:
    """Whether block ``i`` is one tag alone on its line: a few words, no sentence's end, no label."""
    core = page.core(i)
    short = page.words(i, _ONE_TAG_WORDS) <= _ONE_TAG_WORDS
    return short and not ends_like_sentence(core) and ":" not in core


@dataclass(frozen=True, kw_only=True, repr=False)
class TagsUnderLabel(ContextRule):
    """Remove the tags printed on the lines under their label: 'Tags' over 'Climate, Glaciers, Alps'.

    Under a tag list's label alone on its line, the lines that list two or more short items between
    commas, pipes or bullets, none of them a sentence, are its tags, however long the list runs (a
    long one reads as prose to the shape, and so would leave its label between two paragraphs). So
    are two or more lines of one short item each, among which a section's name a rule took does not
    end the run ("Argomenti" over "Pensioni", "Inps", "Manovra 2026"), under a list's header with
    nothing but boilerplate below. The label must be removed, or the run must reach the end of the
    page or more boilerplate.
    """

    max_words: int = 120

    def find(self, page: Page) -> Iterator[Finding]:
        for label in range(len(page) - 1):
            if not (page.is_matched(label) and _TAG_LABEL_LINE.fullmatch(page.core(label))):
                continue
            end = label + 1
            while end < len(page) and page.verdicts[end] is None and self._is_tag_run(page, end):
                end += 1
            # A label a rule only suspects (a weak one, between paragraphs) counts when its run reaches
            # the end of the page or more boilerplate: then the trailing cluster takes it too. One tag
            # on each line goes only under a list's header, and only where nothing but boilerplate
            # follows: between paragraphs, "People" over four names above an ad, or "Categories" over
            # four above the article's "Tickets: from £12", is the article's box.
            if end == label + 1:
                end = self._one_per_line(page, label)
                if end > label + 1 and not _heads_closing_run(page, label, end):
                    continue
            if page.is_removed(label) or end == len(page) or page.is_matched(end):
                for i in range(label + 1, end):
                    if page.verdicts[i] is None:
                        yield Finding(i, page.core(i), anchor=label)

    def _one_per_line(self, page: Page, label: int) -> int:
        """Where a run of two or more one-tag lines under ``label`` ends (``label + 1`` if there is
        none); a section's name a weak rule took stands among them."""
        end = label + 1
        while end < len(page) and _is_one_tag(page, end):
            verdict = page.verdicts[end]
            if verdict is not None and not (verdict.rule.evidence is Evidence.WEAK
                                            and verdict.rule.category is Category.NAVIGATION):
                break
            end += 1
        return end if end - label > 2 else label + 1

    def _is_tag_run(self, page: Page, i: int) -> bool:
        core = page.core(i).strip(" ,;|")
        if page.words(i, self.max_words) > self.max_words or ends_like_sentence(core):
            return False
        items = [item for item in _TAG_SEPARATOR.split(core) if item]
        return len(items) >= 2 and all(
            len(item.split()) <= _TAG_ITEM_WORDS and not item.endswith((".", "!", "?")) for item in items
        )


TAGS_UNDER_LABEL = TagsUnderLabel(
    code="NAV120",
    name="tags-under-label",
    category=Category.NAVIGATION,
    summary="Tags on the lines under their label, in every language: 'Tags' over 'Climate, Glaciers, Alps'.",
    message="tags under their label",
    safety="Only right under a tag list's label alone on its line, removed or running to the end or more "
    "boilerplate; only lines of two or more items of up to six words between commas, pipes or bullets, "
    "none a sentence, or two or more lines of one item of up to four words under a list's header with "
    "only boilerplate below; a paragraph under the label ends the run.",
    examples=(
        removes("calendário da temporada 2025, automobilismo brasileiro, corrida de rua em Interlagos, etapa "
                "final do campeonato, pilotos da categoria, equipes da temporada, resultados da corrida",
                before=("A etapa final será disputada em dezembro, segundo a organização.", "Tags")),
        removes("Clima | Ghiacciai alpini | Alpi occidentali | Riscaldamento globale | Monte Rosa | "
                "Ricerca scientifica | Politecnico di Torino | Valle d'Aosta",
                before=("I ghiacciai alpini hanno perso il quattro per cento del loro volume.",
                        "Argomenti:")),
        removes("Sindacati",
                before=("di Marta Rinaldi", "Il governo ha presentato la riforma delle pensioni martedì, e "
                        "il testo sarà esaminato dal Senato entro la fine del mese, ha detto il ministro.",
                        "Argomenti", "Pensioni", "Inps"),
                after=("Manovra 2026", "Marta Rinaldi segue economia e lavoro per la redazione romana. In "
                       "precedenza è stata corrispondente da Bruxelles."),
                note="one tag on each line, a section's name among them"),
        keeps("Rachel Okafor",
              before=("The cabinet met on Tuesday to agree the budget, and four ministers spoke for it.",
                      "People", "David Lindqvist"),
              after=("Maria Santos", "Advertisement",
                     "The vote is expected on Thursday, when the opposition will table its amendments."),
              note="between paragraphs, one name on each line: the article's box"),
        keeps("Ceramics",
              before=("The museum has put its whole collection online after a three-year project, the "
                      "director said on Monday.", "Categories", "Textiles"),
              after=("Metalwork", "Photography", "Objects online: 1.2 million"),
              note="one item on each line above the article's own fact rows"),
        keeps("Paris, London and Berlin were the first cities to sign the pact, officials said.",
              before=("The summit ended on Friday.", "Tags"), note="a sentence under the label"),
        keeps("Housing, crime, schools and transport",
              before=("The council met on Tuesday.", "Topics"),
              after=("The mayor said the budget would cover all four, and the vote is set for May.",),
              note="between paragraphs, prose right under the run"),
        keeps("Climate, glaciers, Alps",
              before=("The glaciers lost four per cent of their volume last year.",),
              after=("Scientists said the trend would continue.",), note="no label above it"),
    ),
)


# A gallery's position counter alone on its line, in every language: "3/43", "3 of 43", "3 von 8".
_COUNTER_OF = alternatives(word for word in concept("gallery-counter").get("of") if word != "/")
_POSITION = re.compile(rf"(?P<n>\d{{1,3}})\s*(?:(?:{_COUNTER_OF})\s+|/\s*)(?P<m>\d{{1,3}})", re.IGNORECASE)
_LONE_MARK = re.compile(r"[-–—•·|*]")  # a slide's empty bullet or dash beside its counter


@dataclass(frozen=True, kw_only=True, repr=False)
class GalleryCounterRun(ContextRule):
    """Remove a flattened gallery's position counters, wherever the gallery stands: '1/43', '2/43'…

    A counter alone is weak evidence (a rating reads "5/5"), but three or more counters of the same
    total, each a different position within it, in rising order, are a gallery's, even between its
    captions, which read as prose. The lone dash or bullet beside each counter goes with it; the
    captions stay (a slideshow's items may be the article).
    """

    min_counters: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        counters: dict[str, list[tuple[int, int]]] = {}
        for i in range(len(page)):
            position = _POSITION.fullmatch(page.core(i)) if page.words(i, 4) <= 4 else None
            if position is not None and 0 < int(position["n"]) <= int(position["m"]):
                counters.setdefault(position["m"], []).append((i, int(position["n"])))
        for run in counters.values():
            numbers = [n for _, n in run]
            if len(run) < self.min_counters or numbers != sorted(set(numbers)):
                continue
            for i, _ in run:
                if page.verdicts[i] is None or not page.verdicts[i].confirmed:  # type: ignore[union-attr]
                    page.verdicts[i] = None
                    yield Finding(i, page.core(i), anchor=None)
                if i > 0 and page.verdicts[i - 1] is None and _LONE_MARK.fullmatch(page.block(i - 1).strip()):
                    yield Finding(i - 1, page.block(i - 1).strip(), anchor=i)


GALLERY_COUNTER_RUN = GalleryCounterRun(
    code="NAV121",
    name="gallery-counter-run",
    category=Category.NAVIGATION,
    summary="A flattened gallery's counters, three or more of one total in rising order: '1/43', '2/43'.",
    message="gallery counter",
    safety="Three or more counters alone on their lines, of the same total, each a different position in "
    "rising order; a rating ('5/5') repeats its number, and the captions between the counters stay.",
    examples=(
        removes("2/12", before=("The council met on Tuesday to discuss the harbour plan in full.",
                                "-", "1/12",
                                "Fishing boats moored at the old quay at dawn, before the storm."),
                after=("The harbour master inspects the damaged pier.", "-", "3/12",
                       "Volunteers clear debris from the promenade on Wednesday morning.",
                       "Officials said the repairs would take until the summer.")),
        removes("2 von 8", before=("Der Rat tagte am Dienstag und beriet über den Hafen.", "1 von 8",
                                   "Fischerboote im alten Hafen bei Sonnenaufgang vor dem Sturm."),
                after=("Der Hafenmeister prüft den beschädigten Steg am Morgen.", "3 von 8",
                       "Freiwillige räumen am Mittwoch die Promenade auf, hieß es.")),
        keeps("5/5", before=("The battery lasts two days, and the screen is sharp.", "Battery"),
              after=("Screen", "5/5", "Camera", "5/5", "The camera struggles only in low light, we found."),
              note="ratings repeat their number"),
        keeps("2/12", before=("The council met on Tuesday to discuss the harbour plan in full.",),
              after=("Officials said the repairs would take until the summer.",),
              note="one counter alone between paragraphs"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CutLineContinued(ContextRule):
    """Remove the rest of a removed line that the extractor carried onto the next line.

    Old layouts and narrow boxes break a sentence where the box ends: "This material may not be" /
    "published, broadcast, rewritten or redistributed.", "Posted: 7:54 am January 23," / "2008". When
    a rule removed the first part, and that part stops in the middle of a clause (at a comma, or at
    a word with no closing punctuation, after three words or more), the next line that opens in
    lower case, or is the year its date waits for, is the same sentence's end. A label ("Anzeige")
    is no cut clause, a line that opens with a capital starts something new, and a long line is
    a paragraph of its own.
    """

    max_words: int = 20
    min_cut_words: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        carried = -1  # the last line found here: a sentence broken over three lines goes whole
        for i in range(1, len(page)):
            if page.verdicts[i] is not None or page.is_row(i) or page.is_row(i - 1):
                continue
            if (carried == i - 1 or page.is_removed(i - 1)) and self._continues(page, i):
                carried = i
                yield Finding(i, page.core(i), anchor=i - 1)

    def _continues(self, page: Page, i: int) -> bool:
        above = page.core(i - 1).rstrip()
        if page.words(i - 1, self.min_cut_words) < self.min_cut_words or not _CUT.search(above):
            return False
        core = page.core(i)
        if page.words(i, self.max_words) > self.max_words:
            return False
        if _YEAR_ALONE.fullmatch(core):
            return above.endswith(",") and _DIGIT.search(above) is not None
        return core[:1].islower() and not is_list_item(page.block(i))


# A clause cut short: a comma, or a word (not an address's or a handle's) with nothing after it.
_CUT = re.compile(r"(?:,|(?<![@.\w])[^\W\d_]+)\Z")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d[.,]?")
_DIGIT = re.compile(r"\d")

CUT_LINE_CONTINUED = CutLineContinued(
    code="NAV130",
    name="cut-line-continued",
    category=Category.NAVIGATION,
    summary="The rest of a removed line the extractor broke onto the next: 'This material may not be' / "
    "'published, broadcast, …'.",
    message="the removed line above, continued",
    safety="Only right under a line a rule removed, when that line stops mid-clause after three words or "
    "more (a comma, or a word without punctuation), and only a line of twenty words or fewer that opens in "
    "lower case, or a year alone after a date cut at its comma; a line that opens with a capital, a list "
    "item or a table row is something new.",
    examples=(
        removes("published, broadcast, rewritten or redistributed.",
                before=("The vote is expected on Friday, officials said.",
                        "Copyright 2008 The Associated Press. All rights reserved. This material may "
                        "not be")),
        removes("2008", before=("The council approved the plan, officials said.",
                                "Posted: 7:54 am EST January 23,"),
                after=("NEW YORK -- The city council approved the plan on Tuesday, officials said.",)),
        removes("schriftlicher Genehmigung gestattet.",
                before=("Die Stadt plant den Ausbau bis 2027, sagte die Sprecherin.",
                        "Copyright 2024 Beispiel Verlag. Alle Rechte vorbehalten. Die Weiterverbreitung ist "
                        "nur mit")),
        removes("as well. Thanks!",
                before=("The vote is expected on Friday, officials said.",
                        "We may earn a commission through affiliate links in our posts, and in our "
                        "newsletters")),
        keeps("um eine Forschungsgruppe erweitert, teilte die Universität mit.",
              before=("Die Universität wächst weiter, wie sie am Montag mitteilte.", "Anzeige"),
              note="a label above is no clause cut short"),
        keeps("The council will vote on the plan next month, a spokesperson said.",
              before=("The vote is expected on Friday, officials said.",
                      "Copyright 2008 The Associated Press. All rights reserved. This material may not be"),
              note="a line that opens with a capital starts something new"),
        keeps("2008", before=("The council approved the plan, officials said.",
                              "Posted: 7:54 am EST January 23"),
              after=("The city council approved the plan on Tuesday, officials said.",),
              note="a date that is not cut at its comma waits for no year"),
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class TeaserPairRun(ContextRule):
    """Remove a run of other stories, each a headline over its short summary or its stamp.

    Below the article, recirculation modules print each story as two lines: its headline, then its
    dek ("- Hops shortage spurs microbreweries to reinvent beers" / "- A worldwide shortage of hops is
    forcing …") or its source and time ("Thomson Financial News | Wed, Jan 16 2008, 07:50 GMT"). The
    dek reads as prose, so the article seems to go on; the rhythm gives the module away. A run of
    ``min_pairs`` or more such pairs, right under confirmed furniture of the page's end (a related
    header, a legal line, a tool row or share bar; not an advertisement, a credit, a byline or a date,
    which stand inside articles too), perhaps under a short label or a row of links of its own ("B.C.
    Headlines", "Log in | Learn more"), is the module. Each headline is a short line that ends in no
    full stop; each dek one sentence or two, as long as a dek is. The run must close at the end of
    the page, at more confirmed
    boilerplate, or hold ``sure_pairs`` pairs: an article's sections hold more than one sentence
    each, and seldom several in a row under such furniture.
    """

    min_pairs: int = 3
    sure_pairs: int = 4
    max_label_words: int = 5
    max_headline_words: int = 20
    min_dek_words: int = 8
    max_dek_words: int = 60

    def find(self, page: Page) -> Iterator[Finding]:
        i = 1
        while i < len(page):
            if not _closes_article(page, i - 1) or (page.is_removed(i) and not self._is_headline(page, i)):
                i += 1
                continue
            start = i
            while i < len(page) and i - start < 2 and self._is_label(page, i):
                i += 1  # the module's own header, no rule's
            pairs, end = self._pairs(page, i)
            if pairs and (len(pairs) >= self.sure_pairs or end == len(page) or page.is_removed(end)):
                for j in range(start, i):
                    yield Finding(j, page.core(j), anchor=start - 1)
                for headline, dek in pairs:
                    if page.verdicts[headline] is None:
                        yield Finding(headline, page.core(headline), anchor=start - 1)
                    if page.verdicts[dek] is None:
                        yield Finding(dek, page.core(dek), anchor=start - 1)
            i = max(end, start + 1)

    def _pairs(self, page: Page, i: int) -> tuple[list[tuple[int, int]], int]:
        pairs = []
        while i + 1 < len(page) and self._is_headline(page, i) and self._is_dek(page, i + 1):
            pairs.append((i, i + 1))
            i += 2
        questions = sum(page.core(headline).rstrip(CLOSERS).endswith("?") for headline, _ in pairs)
        if 2 * questions > len(pairs):
            return [], i  # questions, each answered below: the article's Q&A
        return (pairs, i) if len(pairs) >= self.min_pairs else ([], i)

    def _is_label(self, page: Page, i: int) -> bool:
        """The module's header, or its row of links ("Login | Learn more | Get a free trial")."""
        core = page.core(i)
        if page.verdicts[i] is not None or page.is_row(i):
            return False
        if is_label_like(core, page.words(i, self.max_label_words), self.max_label_words):
            return True
        links = _LINK_GAP.split(core)
        return 2 <= len(links) <= 6 and all(
            is_label_like(link, len(link.split()), self.max_label_words) for link in links
        )

    def _is_headline(self, page: Page, i: int) -> bool:
        """A teaser's headline, no rule's or one a list's header took already (the first under it)."""
        core, words = page.core(i), page.words(i, self.max_headline_words)
        verdict = page.verdicts[i]
        listed = (
            verdict is not None and verdict.confirmed and verdict.rule.category is Category.RELATED
            and Mark.LIST_HEADER not in verdict.rule.marks
        )
        return (
            (verdict is None or listed)
            and not page.is_row(i)
            and words >= 3
            and is_headline_like(core, words, self.max_headline_words)
            and not core.endswith(":")
        )

    def _is_dek(self, page: Page, i: int) -> bool:
        verdict = page.verdicts[i]
        if verdict is not None:  # the story's stamp: its source, its date
            return verdict.confirmed and (
                Mark.DATELINE in verdict.rule.marks or verdict.rule.code in _STAMP_CODES
            )
        core, words = page.core(i), page.words(i, self.max_dek_words)
        return (
            not page.is_row(i)
            and self.min_dek_words <= words <= self.max_dek_words
            and (ends_like_sentence(core) or (page.shape is not None and page.shape.prose[i]))
            and len(_SECOND_SENTENCE.findall(core)) <= 1
        )


_LINK_GAP = re.compile(r"\s+[|·•]\s+")
#: A name and a date, as a teaser's stamp prints them: "Thomson Financial News | Wed, Jan 16 2008".
_STAMP_CODES = frozenset({"BYL012"})
#: A full stop, then another sentence: a dek has one or two, an article's paragraph often more.
_SECOND_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?(?-i:[A-ZÀ-Þ])")
#: What may stand above a run of other stories: the furniture that closes an article.
_CLOSING = frozenset({Category.RELATED, Category.LEGAL, Category.SHARE, Category.NEWSLETTER,
                      Category.NAVIGATION})


def _closes_article(page: Page, i: int) -> bool:
    """Confirmed furniture of the page's end; not a teaser that brings its own headline ("Read also:
    <headline>"), which stands between the article's paragraphs as often as under them."""
    verdict = page.verdicts[i]
    return (
        verdict is not None
        and verdict.confirmed
        and verdict.rule.category in _CLOSING
        and Mark.DATELINE not in verdict.rule.marks
        and len(page.core(i).partition(": ")[2].split()) < 3
    )


_STORY = (
    "The city council approved the new harbour plan on Tuesday evening after a debate that lasted more than "
    "four hours, with eleven members voting in favour and four against, officials said.",
    "The plan foresees six hundred new homes on the old depot site, a park of two hectares along the river "
    "and a new bridge for cyclists and pedestrians, to be finished by the end of 2029.",
    "Residents who had opposed the first draft said they were relieved that the height of the towers had "
    "been cut, but warned that traffic in the narrow streets of the old town would still grow.",
)
_GESCHICHTE = (
    "Die Stadt plant den Ausbau des Hafens bis 2027 und will dafür mehr als dreihundert Millionen Euro "
    "ausgeben, wie die Sprecherin am Mittwoch nach der Sitzung des Stadtrats mitteilte.",
    "Nach den Plänen sollen auf dem alten Gelände sechshundert Wohnungen, ein Park am Fluss und eine neue "
    "Brücke für Radfahrer und Fußgänger entstehen, die bis zum Ende des Jahrzehnts fertig sein soll.",
    "Anwohner, die den ersten Entwurf abgelehnt hatten, zeigten sich erleichtert, warnten aber vor mehr "
    "Verkehr in den engen Straßen der Altstadt, wo schon heute kaum Parkplätze zu finden sind.",
)
_HOPS = "- Hops shortage spurs microbreweries to reinvent their flagship beers"
_HOPS_DEK = ("- A worldwide shortage of hops is forcing some microbreweries to rewrite their recipes, "
             "brewers say.")

TEASER_PAIR_RUN = TeaserPairRun(
    code="REL130",
    name="teaser-pair-run",
    category=Category.RELATED,
    summary="Other stories below the article, each a headline over its short dek or its stamp: "
    "'- Hops shortage …'.",
    message="teaser listed with its dek",
    safety="Only right under confirmed end-of-article furniture (related header, legal line, tool row, share "
    "bar; never an advertisement, credit, byline or date), three pairs or more, each a short line without a "
    "full stop over one or two sentences of 8 to 60 words or over a teaser's stamp; the run must reach the "
    "end of the page or more boilerplate, or hold four pairs.",
    examples=(
        removes(_HOPS, before=(*_STORY, "Copyright 2008 The Associated Press. All rights reserved.",
                               "Regional headlines"),
                after=(_HOPS_DEK, "- Man arrested after deadly hit-and-run on the north shore",
                       "- A 24-year-old man has been charged in connection with the crash, police said.",
                       "- Student fights culinary school's ban on piercings",
                       "- The school will not let her finish her studies unless she follows its new dress "
                       "code.")),
        removes("Bahn streicht Verbindungen im Winter",
                before=(*_GESCHICHTE, "Mehr zum Thema",
                        "Bundesregierung beschließt neues Klimapaket",
                        "Das Kabinett hat am Mittwoch ein Paket mit sechzig Maßnahmen verabschiedet."),
                after=("Wegen Bauarbeiten fallen zwischen Dezember und März zahlreiche Züge im Norden aus.",
                       "Neue Regeln für Mieter ab Januar",
                       "Ab dem kommenden Jahr gelten für Mieter in Großstädten strengere Vorschriften.")),
        removes("Finance minister expects a budget surplus this year",
                before=(*_STORY, "Copyright 2008 The Associated Press. All rights reserved.",
                        "Log in | Learn more | Free trial", "Market news"),
                after=("Wed, Jan 16 2008, 07:42 GMT", "Bond prices climb as fears of a recession mount",
                       "Wed, Jan 16 2008, 07:40 GMT", "Carmaker aims to lead the luxury market by 2010",
                       "Wed, Jan 16 2008, 07:36 GMT"),
                note="each headline over its stamp, under a row of links and a label"),
        keeps("¿Qué cambia para los inquilinos?",
              before=(*_STORY, "Lee también: El alquiler sube un 11% y marca un nuevo récord"),
              after=("Los contratos de temporada tendrán que justificar su causa, según el texto.",
                     "¿Cuándo entra en vigor la ley?",
                     "La norma entrará en vigor al día siguiente de su publicación en el boletín oficial.",
                     "¿Qué dicen los propietarios?",
                     "Las asociaciones de propietarios creen que la norma sacará viviendas del mercado.",
                     "Has leído 3 de 10 artículos gratuitos este mes. Suscríbete por 1 € el primer mes."),
              note="an explainer's questions and answers under an inline teaser that brings its headline"),
        keeps(_HOPS, before=(*_STORY, "Advertisement"),
              after=(_HOPS_DEK, "- Man arrested after deadly hit-and-run on the north shore",
                     "- A 24-year-old man has been charged in connection with the crash, police said.",
                     "- Student fights culinary school's ban on piercings",
                     "- The school will not let her finish her studies unless she follows its new dress "
                     "code."),
              note="an advertisement stands inside articles too"),
        keeps("Go early in the morning",
              before=(*_STORY, "Read more: Museum reopens after two years"),
              after=("The queues are shorter before nine. Most days are quiet then. Weekends are not.",
                     "Book your tickets online", "Tickets bought online are cheaper than those sold at the "
                     "door. They also let you skip the queue. Children go free.", "Bring a warm jacket",
                     "The galleries are kept cool. The paintings need it. Even in summer it is cold."),
              note="sections of three sentences break the rhythm: the article's own tips"),
    ),
)


RULES: tuple[ContextRule, ...] = (
    GLUED_MENU, KICKER_ABOVE_HEADLINE, LINE_BETWEEN_FOOTERS, MENU_ABOVE_ARTICLE, MENU_RUN_ABOVE_ARTICLE,
    LABEL_BETWEEN_HEAD_FURNITURE, KICKER_UNDER_CHROME, EMPTY_TABLE_ROW, TAGS_AT_END,
    TAGS_UNDER_LABEL, GALLERY_COUNTER_RUN, CUT_LINE_CONTINUED, TEASER_PAIR_RUN,
    LINE_BELOW_PAGE_END,  # last: the lines the other shape rules name are theirs
)


@dataclass(frozen=True, kw_only=True, repr=False)
class CallToPublisher(ContextRule):
    """Remove a short call to support or follow the publisher, which names it: "Soutenir La Marée",
    "Volg de Noorderkrant op Instagram".

    A call alone does not say whom it calls for ("Steun de boeren" is a headline). The page says
    who its publisher is: the copyright notice the legal rules removed names it. A line of at most
    ``max_words`` words that opens with one of the concept's calls and names, before any longer
    word, a capitalised word of that notice (not a word of the notice's own formula, "All Rights
    Reserved") calls for the publisher, wherever it stands: "Siga o canal do Jornal do Norte", and
    not "Soutenir les agriculteurs du Nord". One phrase: a question, a second sentence, a quotation
    or reported speech keeps the line.
    """

    concept_name: str
    max_words: int = 10
    #: How long a lower-case word between the call and the name may be: an article, a preposition,
    #: "canal" ("Siga o canal do Jornal").
    link_letters: int = 5

    def find(self, page: Page) -> Iterator[Finding]:
        names = _publisher_names(page)
        if not names:
            return
        calls = _calls(self.concept_name)
        for i, verdict in enumerate(page.verdicts):
            if verdict is not None or page.words(i, self.max_words) > self.max_words:
                continue
            core = page.core(i)
            call = calls.match(core)
            if call is None or _QUOTES.intersection(core) or _SENTENCES.search(core):
                continue
            name = self._name(core[call.end():], names)
            if name and _speech().search(core) is None:
                yield Finding(i, f"{call.group(0).strip()} … {name}", anchor=None)

    def _name(self, rest: str, names: frozenset[str]) -> str | None:
        """The publisher's name word the call names, if it comes before any other word but short
        lower-case ones."""
        for word in _WORD.findall(rest):
            if word in names:
                return str(word)
            if len(word) > 3 and not (word.islower() and len(word) <= self.link_letters):
                return None  # an article may be capitalised ("Le Courrier"); other words end the call
        return None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A question anywhere, or a sentence's end with more after it: no button says that.
_SENTENCES = re.compile(r"[?¿]|[.!…]\s+\S")
_QUOTES = frozenset("\"“”„«»")


def _publisher_names(page: Page) -> frozenset[str]:
    """The capitalised words of the page's copyright notices: its publisher's name."""
    names: set[str] = set()
    for i, verdict in enumerate(page.verdicts):
        if verdict is not None and verdict.confirmed and verdict.rule.category is Category.LEGAL:
            names.update(
                word for word in _WORD.findall(page.core(i))
                if len(word) >= 3 and word[0].isupper() and word.lower() not in _formula_words()
            )
    return frozenset(names)


@functools.cache
def _formula_words() -> frozenset[str]:
    """The words of a copyright notice's formula in every language ("All Rights Reserved",
    "Tous droits réservés"): no publisher's name."""
    found = concept("support-publisher")
    return frozenset(word.lower() for word in found.get("formula") for word in word.split())


@functools.cache
def _calls(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(concept(name).get('calls'))})(?!\w)", re.IGNORECASE)


@functools.cache
def _speech() -> re.Pattern[str]:
    return reported_speech()


@functools.cache
def voiced() -> re.Pattern[str]:
    """The publisher speaking ("our", "wir", "necesitamos") or the reader addressed ("your", "Sie").
    The reader's words, and the publisher's that another word shares in capitals ("us", not "US"),
    are read as written, or capitalised at a sentence's start."""
    as_written = (*words("reader-voice"), *words("publisher-voice", "cased"))
    forms = {*as_written, *(word[:1].upper() + word[1:] for word in as_written)}
    return re.compile(
        rf"{whole_words(forms)}|(?i:{whole_words(words('publisher-voice'))}{_we_by_verb()})"
    )


def _we_by_verb() -> str:
    """Where Italian, Spanish and Portuguese drop the pronoun, the publisher speaks through its verbs:
    a word with the first person plural's ending after a stem of three letters or more
    ("necesitamos", "abbiamo", "Fazemos"; the short ones, "siamo", "hemos", are words of their own),
    in unaccented letters ("últimos" is an adjective), unless a noun ends so ("kilogramos"). The
    pattern reads every language, as the voice does: a stem that short keeps out "Demos", "memos",
    "gramos"."""
    endings, nouns = words("publisher-voice", "we-endings"), words("publisher-voice", "we-ending-nouns")
    if not endings:
        return ""
    unless = rf"(?!(?:{alternatives(nouns)})(?!\w))" if nouns else ""
    # The word is read once, then its end looked at behind it: no backtracking through its letters.
    by_length: dict[int, list[str]] = {}
    for ending in endings:
        by_length.setdefault(len(ending), []).append(ending)
    ends = "|".join(rf"(?<=[a-zñç]{{3}}(?:{alternatives(group)}))" for group in by_length.values())
    return rf"|(?<!\w){unless}[a-zñç]++(?:{ends})(?!\w)"


SUPPORT_THE_PUBLISHER = CallToPublisher(
    code="DON140",
    name="support-the-publisher",
    category=Category.DONATION,
    concept_name="support-publisher",
    summary="A short call to support the publisher by the name its copyright notice gives: "
    "'Steun de Noorderkrant'.",
    message="call to support the publisher named in the page's copyright notice",
    safety="Only a line of at most eight words that opens with a call to support and names a word of "
    "the page's own copyright notice; a call for anyone else ('Steun de boeren'), a question, a "
    "quotation or reported speech stays.",
    examples=concept("support-publisher").examples,
)

FOLLOW_THE_PUBLISHER = CallToPublisher(
    code="SHR140",
    name="follow-the-publisher",
    category=Category.SHARE,
    concept_name="follow-publisher",
    summary="A short call to follow the publisher by the name its copyright notice gives: "
    "'Volg de Noorderkrant op Instagram'.",
    message="call to follow the publisher named in the page's copyright notice",
    safety="Only a line of at most eight words that opens with a call to follow and names a word of "
    "the page's own copyright notice; a call to follow anyone else, a question, a quotation or "
    "reported speech stays.",
    examples=concept("follow-publisher").examples,
)

RULES = (*RULES, SUPPORT_THE_PUBLISHER, FOLLOW_THE_PUBLISHER)
