"""Flattened widgets: the pieces of an interactive box an extractor writes one per line.

A chart leaves its range buttons ("1D", "1W", "YTD") and its axis ("15.0", "Jun", "09:00"); a
table of contents its jump links, the article's own sub-headings. Each piece alone is nothing a
rule can name (a number, a month, a heading), but the widget's own markers around them say what
they are: three range buttons in a run, a contents header over entries the article repeats below.
A table's controls and a listing's link to the rest name themselves on their own line: a sort
label with its arrow, "Showing 10 of 150", "View all 2,417 jobs".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Category, ContextRule, Finding, PatternRule, keeps, removes
from ._patterns import END, START, starts
from ._phrases import phrase_rule
from ._vocabulary import alternatives, concept, keyword_of, words

if TYPE_CHECKING:
    from ..blocks import Page
    from ..shape import Shape

# A chart's time range button: a count and a unit's initial in capitals ("1D", "5J", "6M", "1A"),
# or "YTD". Case matters: "1d" and "5m" are a die and a distance.
_RANGE = r"(?:\d{1,2}\s?(?:[DWMYJTSAGH]|Mo|Wo|Tg|Mes|Sem|Ano|Año)|YTD|MTD)"
# Buttons that only join a run of ranges: "Max", "Alles".
_WIDE_RANGE = r"(?:Max|MAX|Alles|Alle|All|Todo|Tout|Tutto|Tudo|Intraday)"
_RANGES = re.compile(rf"{_RANGE}(?:\s*[|·•/]?\s*(?:{_RANGE}|{_WIDE_RANGE}))*")
_WIDE = re.compile(_WIDE_RANGE)
_ONE_RANGE = re.compile(_RANGE)
_ANY_RANGE = re.compile(rf"^[^\w\n]*{_RANGE}\b", re.MULTILINE)
# An axis label: a figure, perhaps with its currency or per cent ("15.0", "11'900", "$ 40,00").
_FIGURE = re.compile(r"[$€£¥]?\s?[+−-]?\d{1,3}(?:[.,'’\u202f\u00a0 ]\d{3})*(?:[.,]\d{1,3})?\s?[%$€£]?")
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?:\s?(?:Uhr|h|am|pm))?")


@functools.cache
def _month() -> re.Pattern[str]:
    """A month's name or abbreviation alone, perhaps with a dot and a year: "Jun", "dic.", "Oct '24"."""
    return re.compile(rf"(?:{alternatives(words('months'))})\.?(?:\s?['’]?\d{{2}}|\s\d{{4}})?", re.IGNORECASE)


def _chart_piece(core: str) -> int | None:
    """How many range buttons the line holds if it is a chart's piece (0 for an axis label),
    or None if it is not one."""
    if _RANGES.fullmatch(core):
        return len(_ONE_RANGE.findall(core))
    if _WIDE.fullmatch(core) or _FIGURE.fullmatch(core) or _CLOCK.fullmatch(core):
        return 0
    return 0 if _month().fullmatch(core) else None


@dataclass(frozen=True, kw_only=True, repr=False)
class ChartLeftovers(ContextRule):
    """Remove a flattened chart's range buttons and axis labels, run by run.

    A run is consecutive lines each a range button ("1D", "1W 1M YTD"), a bare figure, a clock time
    or a month, through at most ``max_gap`` lines other rules removed between them. It goes when
    it holds ``min_ranges`` range buttons or more: no article writes "1D", "1W" and "1M" on lines of
    their own. A column of figures without them stays, and so does a table of returns by period
    (a signed figure, "+2,3 %", is a change, not an axis) and a run the article announces with a
    colon ("The app's buttons:").
    """

    min_ranges: int = 3
    max_gap: int = 2
    max_words: int = 8

    def find(self, page: Page) -> Iterator[Finding]:
        if _ANY_RANGE.search(page.text) is None:
            return  # no range button on a line of its own: no chart (one pass in C)
        run: list[int] = []  # the pieces not yet removed
        ranges, gap, first_range, start, signed = 0, 0, -1, -1, False
        for i in range(len(page) + 1):
            pieces = self._pieces(page, i) if i < len(page) else None
            if pieces is not None:
                ranges += pieces
                gap = 0
                start = i if start < 0 else start
                signed = signed or _SIGNED.match(page.core(i)) is not None
                if pieces and first_range < 0:
                    first_range = i
                if not page.is_removed(i):  # a weak verdict ("1M" as a reading time) yields to the run
                    run.append(i)
                continue
            if i < len(page) and page.is_removed(i) and gap < self.max_gap and run:
                gap += 1
                continue
            if ranges >= self.min_ranges and not signed and not self._announced(page, start):
                for j in run:
                    page.verdicts[j] = None
                    yield Finding(j, page.core(j), anchor=first_range)
            run, ranges, gap, first_range, start, signed = [], 0, 0, -1, -1, False

    def _pieces(self, page: Page, i: int) -> int | None:
        if page.words(i, self.max_words) > self.max_words:
            return None
        return _chart_piece(page.core(i))

    @staticmethod
    def _announced(page: Page, start: int) -> bool:
        """Whether a lead-in announces the run, perhaps over a column's label ("… over the periods
        most investors look at:" / "Period")."""
        above = [j for j in (start - 1, start - 2) if j >= 0]
        if above and page.core(above[0]).endswith(":"):
            return True
        return len(above) == 2 and page.words(above[0], 2) <= 2 and page.core(above[1]).endswith(":")


_SIGNED = re.compile(r"[$€£¥]?\s?[+−-]\s?\d")


CHART_LEFTOVERS = ChartLeftovers(
    code="NAV122",
    name="chart-leftovers",
    category=Category.NAVIGATION,
    summary="A flattened chart's range buttons and axis labels: '1D', '1W', '1M', 'YTD', '15.0', 'Jun'.",
    message="chart control or axis label",
    safety="Only a run of bare buttons, figures, times and months that holds three range buttons or "
    "more, none of its figures signed and no lead-in announcing it: a flattened table's column of "
    "figures has no buttons, a table of returns by period has signed changes, and a line with a word "
    "more is no piece.",
    examples=(
        removes("1W", before=("The cedi closed at 15.62 against the dollar on Wednesday, its weakest level.",
                              "1D"),
                after=("1M", "1Y", "16.0", "15.5", "Jun", "Aug",
                       "Retail rates at forex bureaus in Accra were higher, traders said.")),
        removes("Aug", before=("The cedi closed at 15.62 against the dollar on Wednesday, its weakest level.",
                               "1D", "1W", "1M", "1Y", "16.0", "Jun"),
                after=("Retail rates at forex bureaus in Accra were higher, traders said.",),
                note="an axis month in the run"),
        removes("1D 1W 1M YTD 1J 5J",
                before=("De AEX sloot dinsdag 0,4 procent lager op 902 punten, na een onrustige dag.",),
                after=("Beleggers letten nu op de rentebesluiten van de ECB in december.",)),
        keeps("2024", before=("The budget grew in each of the past three years, the figures show.", "2022",
                              "2023"),
              after=("The council will publish next year's figures in March.",),
              note="a column of figures without range buttons"),
        keeps("YTD", before=("The fund beat its benchmark over every period, the report shows.", "Period",
                             "1M"),
              after=("1Y", "5Y", "+1.2%", "+6.8%", "+9.4%", "+31.0%",
                     "Fees were cut to 0.4% a year in January, the manager said."),
              note="a table of returns by period: its figures are signed changes"),
        keeps("1W", before=("The app's chart offered four buttons:", "1D"),
              after=("1M", "YTD", "Users said none of them loaded during the outage on Monday.",),
              note="the article lists the buttons it speaks of"),
        keeps("3M", before=("The suppliers named in the lawsuit were listed in the filing.", "Honeywell"),
              after=("DuPont", "The companies have denied wrongdoing.",),
              note="one range-like name is no run of buttons"),
    ),
)


@functools.cache
def _contents_header(key: str) -> re.Pattern[str]:
    """A contents box's header: one naming the page itself ("In this article"), or any ("Inhalt")."""
    return re.compile(rf"(?:{alternatives(concept('contents-header').get(key))})\s*:?", re.IGNORECASE)


@functools.cache
def _any_contents_header() -> re.Pattern[str]:
    headers = (*concept("contents-header").get("pages"), *concept("contents-header").get("words"))
    return re.compile(rf"^\W*(?:{alternatives(headers)})\s*:?\s*$", re.IGNORECASE | re.MULTILINE)


def _normal(core: str) -> str:
    """A heading as the contents list and the article may each write it: no case, no punctuation."""
    return " ".join(_WORDS.findall(core.lower()))


_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, kw_only=True, repr=False)
class TableOfContents(ContextRule):
    """Remove a table of contents: the entries under its header that the article repeats below.

    A contents box lists the article's sub-headings as jump links: "Inhalt" over "Was ist
    Herzrasen?", "Häufige Fragen", "Quellen". The header alone is a weak word ("Contents" heads a
    box's contents too); what proves the list is the article's own copy of it. The entries are
    the short lines right under the header (a removed button beside it, "View all", is passed),
    no full stop closing them; they go with the header when at least half of them, and two or
    more, stand again further down in a sub-heading (a short line with no full stop) that says them
    or two thirds of their words. No lead-in announces the box. A header that names the page itself
    ("In this article", "Inhaltsverzeichnis") heads one anywhere; any other ("Contents", "Inhalt",
    "Índice") only above the article's text (three paragraphs at most above it: a standfirst, a
    caption, a note; right under the standfirst, or apart from the others by furniture or a
    label): a review quoting a book's contents after its introduction, a table's "Indice" column, a
    product's "Inhoud" do not.
    """

    min_entries: int = 2
    max_entries: int = 15
    max_words: int = 12
    #: A page's contents box stands above the article's text: under its standfirst, perhaps a
    #: caption and a trust note, at most.
    max_prose_above: int = 3

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or _any_contents_header().search(page.text) is None:
            return  # no contents header on a line of its own (one pass in C)
        prose_above = 0
        i = 0
        while i < len(page):
            prose_above += shape.prose[i]
            if page.words(i, 6) > 6 or not self._heads_contents(page, shape, i, prose_above):
                i += 1
                continue
            entries = self._repeated(page, self._entries(page, i + 1))
            if entries:
                if not page.is_removed(i):
                    yield Finding(i, page.core(i), anchor=entries[0])
                yield from (Finding(j, page.core(j), anchor=i) for j in entries)
                prose_above += sum(shape.prose[j] for j in range(i + 1, entries[-1] + 1))
                i = entries[-1]
            i += 1

    def _heads_contents(self, page: Page, shape: Shape, i: int, prose_above: int) -> bool:
        """Whether line ``i`` heads a contents box: a header naming the page itself anywhere; any
        other near the top, apart from the paragraphs; never under a lead-in."""
        core = page.core(i)
        if i > 0 and page.core(i - 1).endswith(":"):
            return False
        if _contents_header("pages").fullmatch(core):
            return True
        if prose_above > self.max_prose_above or not _contents_header("words").fullmatch(core):
            return False  # past the top: a book's or a box's contents the article quotes
        return not (i > 0 and shape.prose[i - 1] and prose_above > 1)

    def _entries(self, page: Page, start: int) -> list[int]:
        """The short lines under the header, up to the first that repeats one of them (the article's
        first sub-heading, right under its contents)."""
        entries: list[int] = []
        seen: set[str] = set()
        j = start
        while j < len(page) and len(entries) < self.max_entries:
            if page.is_removed(j) and not entries and page.words(j, 2) <= 2:
                j += 1  # the box's own button beside its header: "View All"
                continue
            core = page.core(j)
            normal = _normal(core)
            if (page.verdicts[j] is not None or page.words(j, self.max_words) > self.max_words
                    or core.endswith((".", "!", ":", ";", ",")) or normal in seen):
                break
            seen.add(normal)
            entries.append(j)
            j += 1
        return entries

    def _repeated(self, page: Page, entries: list[int]) -> list[int]:
        """The entries up to the last the article repeats, if at least half of those, two or more,
        are repeated; none otherwise. (Past the last repeated entry, a line may be the article's
        own first heading.)"""
        if len(entries) < self.min_entries:
            return []
        below = [(line, set(line.split())) for line in (  # the sub-headings, and their words
            _normal(page.core(j)) for j in range(entries[-1] + 1, len(page))
            if page.words(j, self.max_words) <= self.max_words and not page.core(j).endswith("."))]
        repeated = [entry for entry in entries if self._stands_below(_normal(page.core(entry)), below)]
        if len(repeated) < self.min_entries:
            return []
        listed = entries[: entries.index(repeated[-1]) + 1]
        return listed if 2 * len(repeated) >= len(listed) else []

    @staticmethod
    def _stands_below(entry: str, below: list[tuple[str, set[str]]]) -> bool:
        """Whether a sub-heading below says the entry: the same words, or two thirds of them when
        the link is shorter than the heading ("What They Feel Like", "What Do Palpitations Feel
        Like?")."""
        if not entry:
            return False
        words = set(entry.split())
        for line, line_words in below:
            if line == entry or f" {entry} " in f" {line} ":
                return True
            if len(words) >= 3 and 3 * len(words & line_words) >= 2 * len(words):
                return True
        return False


TABLE_OF_CONTENTS = TableOfContents(
    code="NAV123",
    name="table-of-contents",
    category=Category.NAVIGATION,
    summary="A table of contents: the entries under 'Inhalt' or 'Sommaire' that the article repeats "
    "below.",
    message="table of contents",
    safety="Only under a contents header near the top, not right under a paragraph or a lead-in, and only "
    "when at least half of the entries, two or more, stand again further down: a box's list of what it "
    "holds, a book's contents a review quotes, the article's key points are not that.",
    examples=(
        removes("Was ist Herzrasen?", opens=True,
                before=("Nächtliches Herzrasen: Wann es harmlos ist und wann Sie zum Arzt sollten",
                        "Plötzlich hellwach, das Herz hämmert: Viele Menschen kennen solche Momente.",
                        "Inhalt"),
                after=("Häufige Ursachen", "Häufige Fragen",
                       "Von Herzrasen spricht man, wenn das Herz in Ruhe über 100-mal pro Minute schlägt.",
                       "Was ist Herzrasen?",
                       "Ein gesundes Herz schlägt in Ruhe 60- bis 80-mal pro Minute, im Schlaf seltener.",
                       "Häufige Ursachen",
                       "Stress, Alkohol und späte Mahlzeiten sind die häufigsten Auslöser, sagt sie.")),
        removes("Inhalt", opens=True,
                before=("Plötzlich hellwach, das Herz hämmert: Viele Menschen kennen solche Momente.",),
                after=("Was ist Herzrasen?", "Häufige Ursachen",
                       "Von Herzrasen spricht man, wenn das Herz in Ruhe über 100-mal pro Minute schlägt.",
                       "Was ist Herzrasen?",
                       "Ein gesundes Herz schlägt in Ruhe 60- bis 80-mal pro Minute, im Schlaf seltener.",
                       "Häufige Ursachen",
                       "Stress, Alkohol und späte Mahlzeiten sind die häufigsten Auslöser, sagt sie.")),
        keeps("Part One: The Harbour",
              before=("Hannah Reyes returns with her third novel, set in the fishing town she grew up in.",
                      "The novel is divided into three parts, each named for a place in the town.",
                      "Contents"),
              after=("Part Two: The Mill", "Part Three: The Chapel",
                     "The first part is the strongest, and the author knows it, the critic writes.",
                     "Part One: The Harbour",
                     "Here the narrator returns to the harbour where her father's boat was lost in 1953.",
                     "Part Two: The Mill",
                     "The second part slows down, and the mill's owners are drawn too thinly, sadly."),
              note="a review quoting the book's contents under its introduction"),
        keeps("Charging cable",
              before=("The speaker arrives in a small recycled box, which is a nice touch.", "Contents"),
              after=("Quick-start guide", "Travel pouch",
                     "Setting it up took two minutes, and the app found it at once, we found.")),
    ),
)

_TABLE = concept("table-controls")
_ARROWS = "▲▼↑↓▴▾△▽"
_ALL = alternatives(_TABLE.get("all"))
_WORD = r"[^\W\d][\w'’.-]*"
# A sort control with its arrow ("Sort by: Rank ↓ · Points"); the rows shown ("Showing 10 of 150
# schools"); a filter left at its value for everything, under a filter's own label ("Filter by: All
# regions") or beside its other options ("Natureza: Todas | Pública | Privada"): a fact box's "Ages:
# All" has neither.
_TABLE_CONTROL = rf"""{START}(?:
      (?:{alternatives(_TABLE.get("sort"))})\s*:?\s*[^\n{_ARROWS}]{{1,60}}?[{_ARROWS}][^\n]{{0,80}}
    | (?:{alternatives(_TABLE.get("showing"))})\s+\d{{1,4}}\s+(?:{alternatives(_TABLE.get("of"))})
        \s+\d[\d.,’' ]{{0,8}}(?:\s+{_WORD}){{1,2}}
    | (?:{alternatives(_TABLE.get("filters"))})\s*:\s*(?:{_ALL})(?:\s+{_WORD})?
    | {_WORD}(?:\s+{_WORD}){{0,2}}[ \u00a0]?:[ \u00a0]?(?-i:{_ALL})(?:\s*[|·]\s*[^|·\n]{{1,30}}){{1,6}}
    ){END}"""

TABLE_CONTROLS = PatternRule(
    code="NAV045",
    name="table-controls",
    category=Category.NAVIGATION,
    summary="An interactive table's controls alone on their line, in every language: 'Sort by: Rank ↓', "
    "'Showing 10 of 150 schools'.",
    message="table control",
    languages=_TABLE.languages,
    keywords=(
        *starts(*(keyword_of(phrase) for key in ("sort", "showing", "filters")
                  for phrase in _TABLE.get(key))),
        *(f"{colon}{keyword_of(value)}" for colon in (": ", ":") for value in _TABLE.get("all")),
    ),
    max_words=20,
    pattern=_TABLE_CONTROL,
    safety="The whole line is the control: a sort label and a value with its arrow, a count of rows shown "
    "out of all, or a filter at 'All' under a filter's label or beside its options; a fact box's 'Ages: "
    "All' and a sentence that goes on ('Showing 10 of 150 schools was enough …') stay.",
    examples=_TABLE.examples,
)

ALL_LISTINGS = phrase_rule(
    code="NAV046",
    name="all-listings",
    category=Category.NAVIGATION,
    concept="all-listings",
    summary="A widget's link to its full listings, in every language: 'View all jobs on X', 'Ver las 2.314 "
    "ofertas en …'.",
    message="link to all listings",
    follow="link",
    speech=True,
    max_words=12,
    safety="The link opens a block of one clause without a full stop: a report that all the offers were "
    "withdrawn is a sentence, and reported speech vetoes it.",
)


RULES = (CHART_LEFTOVERS, TABLE_OF_CONTENTS, TABLE_CONTROLS, ALL_LISTINGS)
