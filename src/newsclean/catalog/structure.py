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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Category, ContextRule, Finding, Mark, keeps, removes
from ..shape import ends_like_sentence, is_headline_like, is_label_like, is_list_item
from ._vocabulary import alternatives, concept, reported_speech

if TYPE_CHECKING:
    from ..blocks import Page


@dataclass(frozen=True, kw_only=True, repr=False)
class KickerAboveHeadline(ContextRule):
    """Remove the short labels printed above a headline: kickers, eyebrows, section names.

    At the top of the document, before any prose, labels of one or two words
    (three in capitals) that stand above a longer headline-like line are its
    kicker ("Ukraine war" over "Kyiv under fire as talks stall"). Boilerplate
    between them is looked through. Headlines of three or four words exist, and
    above a deck they look like this too, so longer labels stay. Only labels
    above the first headline count, and a list item is never the headline, so
    a short headline above the article's own list stays.
    """

    max_words: int = 2
    max_capital_words: int = 3  # "NFL PLAYOFFS", "WORLD CUP 2026": capitals mark a label
    min_headline_words: int = 4

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        labels: list[int] = []
        for i in range(shape.first):
            if page.is_removed(i):
                continue
            core, words = page.core(i), page.words(i, 25)
            limit = self.max_capital_words if core.isupper() else self.max_words
            if not is_list_item(page.block(i)) and (
                is_label_like(core, words, limit) or _is_path(core) or _joins_two_names(core, words)
            ):
                labels.append(i)
                continue
            longest = max((page.words(j) for j in labels), default=0)
            if (
                labels
                and _reads_as_headline(page.block(i), core, words)
                and words >= max(self.min_headline_words, longest + 1)
            ):
                yield from (Finding(label, page.core(label), anchor=i) for label in labels)
            return


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
        for i in range(self._article_end(page) + 1, len(page)):
            verdict = page.verdicts[i]
            if verdict is None or not verdict.confirmed:
                if anchor is not None:
                    run.append(i)
            elif _frames_header(verdict.rule.category, verdict.rule.marks):
                anchor, run = None, []  # the article's own header, moved to the end by the extractor
            else:
                if anchor is not None and _encloses(page, anchor, i) and not _announces_list(page, run):
                    yield from (Finding(line, page.core(line), anchor=anchor) for line in run)
                anchor, run = i, []


    #: A short prose line after the article may be furniture the rules did not name (a sign-up's
    #: pitch): it is when a cluster of furniture stands between it and the paragraph before.
    max_stray_words: int = 25
    min_cluster: int = 3

    def _article_end(self, page: Page) -> int:
        """The article's last paragraph: the last prose block, unless it is a short line that a
        cluster of footer furniture (``min_cluster`` blocks of two categories or more) separates
        from the paragraph before it; then that paragraph, and so on."""
        shape = page.shape
        assert shape is not None
        last = shape.last
        while last > shape.first and page.words(last, self.max_stray_words) <= self.max_stray_words:
            before = next(j for j in range(last - 1, -1, -1) if shape.prose[j])
            found = [page.verdicts[j] for j in range(before + 1, last)]
            furniture = [
                verdict for verdict in found
                if verdict is not None and verdict.confirmed
                and not _frames_header(verdict.rule.category, verdict.rule.marks)
            ]
            if len(furniture) < self.min_cluster or len({v.rule.category for v in furniture}) < 2:
                break
            last = before
        return last


def _encloses(page: Page, above: int, below: int) -> bool:
    """Whether two recognised blocks enclose furniture: a metered paywall's counter pops up
    wherever the reader is, so the article's fact box may stand between it and the tags."""
    return not any(Mark.OVERLAY in page.verdicts[i].rule.marks for i in (above, below))  # type: ignore[union-attr]


def _announces_list(page: Page, run: list[int]) -> bool:
    """Whether a line of the run announces the lines after it ("Traffic reports (as of 4.30 pm):"): the
    article's own list, which a removed app prompt above it does not make furniture."""
    return any(page.core(line).rstrip().endswith(":") for line in run[:-1])


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
    "blocks of two categories or more part it from the paragraph before.",
    examples=(
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
        keeps("Ovechkin signs $124 million deal", before=("Published Thursday, January 10, 2008",),
              after=("By Joseph White",), note="the article's own header, moved below it"),
        removes("Sign up for Tech Weekly, every Friday the week's most important tech news.",
                before=("Share this article Facebook LinkedIn Email", "Log in to comment", "Related news",
                        "Publishers demand payment from AI firms for their archives"),
                after=("Cookie settings", "© 1998-2026 Techworld. All rights reserved."),
                note="a short pitch no rule named, which a cluster of furniture parts from the article"),
        keeps("The council will vote on the plan again in May.",
              before=("Read more: Council delays the tram vote",),
              after=("Share this article", "© 2026 Northgate Media Ltd. All rights reserved."),
              note="the article's last paragraph, after one teaser: no cluster of furniture"),
    ),
)

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
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        slot = max((j for j in range(shape.first) if page.verdicts[j] is None), default=-1)
        i = 0
        while i < shape.first:
            end = i
            while end < shape.first and self._is_item(page, end):
                end += 1
            run = range(i, end)
            if len(run) >= self.min_items and not (slot in run and len(run) <= self.min_items):
                yield from (Finding(j, page.core(j)) for j in run if j != slot)
            i = end + 1

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


@dataclass(frozen=True, kw_only=True, repr=False)
class TagsAtEnd(ContextRule):
    """Remove the tags a page prints at the very end, without their label: runs of capitalised words.

    After the article's last prose paragraph and some removed boilerplate, with nothing but removed
    boilerplate below, a line of capitalised words (and names' particles), with no digit and no
    punctuation, is the page's tag row ("Klima Gletscher Wallis"), or one of its tags on lines of
    their own. A row has three words
    or more; a word or two count only beside another such line (a list of tags). A sub-heading has
    the article's lines below it, and a line announcing a list ends in a colon.
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
        if not run or not any(page.is_removed(j) for j in range(shape.last + 1, min(run))):
            return  # right under the article's prose, with no boilerplate between: a last headline
        for i in run:
            if page.words(i, self.max_words) >= _LONE_ROW_WORDS or len(run) > 1:
                yield Finding(i, page.core(i), anchor=None)

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
    "beside another such line. An article's last sub-heading has its lines below it and stays.",
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

RULES: tuple[ContextRule, ...] = (
    GLUED_MENU, KICKER_ABOVE_HEADLINE, LINE_BETWEEN_FOOTERS, MENU_ABOVE_ARTICLE, EMPTY_TABLE_ROW, TAGS_AT_END,
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
