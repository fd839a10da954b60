"""The document's shape: where the article's prose is, and what lies around it.

How much evidence a block needs depends on where it stands. Prose paragraphs
(sentences, in the article's voice) are the article; a phrase is enough to
remove a block in the middle of them only when the phrase is specific. Around
the prose, furniture gathers:

* the **head**, before the first prose paragraph: kickers and section
  labels, the headline, bylines, datelines, read-time and listen widgets;
* the **tail**, after the last one: tags, teaser lists under "More from…",
  newsletter boxes, footers;
* **islands**, runs of non-prose blocks between two prose paragraphs: a
  caption and its credit, a "Read more" teaser, a sub-heading, a list.

Weak evidence (a generic label such as "Topics") counts in the head and the
tail, and in an island that strong evidence has already marked as boilerplate;
never beside prose alone. The shape is computed once the block rules have
matched, so a paragraph a rule recognised (an author bio, a donation appeal)
is not mistaken for the article's prose.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .rules import HIT_PIECES, Category

if TYPE_CHECKING:
    from .blocks import Page

__all__ = [
    "CLOSERS", "Shape", "Zone", "figure_row", "heads_fact_box", "heads_links", "is_data_row", "is_field",
    "is_filled_row", "is_headline_like", "is_label_like", "is_list_item", "is_title_case",
    "long_figure_field", "reads_as_prose", "signs_its_caption",
]


class Zone(enum.Enum):
    HEAD = "head"
    BODY = "body"
    TAIL = "tail"


# Closing quotes and brackets a sentence may end inside: 'he said.”' ends in a full stop, and so does
# German's „sagte er.“ (its closing quote is the English opening one).
CLOSERS = "\"'”’“‘»)]"
_STATEMENT_ENDS = (".", "!", "。", "！")
_SENTENCE_ENDS = (*_STATEMENT_ENDS, "?", "…", "？")
_ENDINGS = (*_SENTENCE_ENDS, *CLOSERS)  # what a sentence's last character may be
#: A line of this many words is prose whatever its punctuation (a paragraph the extractor cut).
PROSE_WORDS = 20
#: A statement this short ("Yes.", "Thank you.") is too short to anchor the article.
SENTENCE_WORDS = 4
#: Headlines end in question marks and ellipses too; a question this long is prose.
QUESTION_WORDS = 12
# Marks that stand between the pieces of a metadata strip, never between a sentence's words.
_STRIP_MARKS = frozenset("·•|")


# Each opening quotation mark and the marks that close it ("»…«" is German's, as is "„…“"; British
# and Dutch "‘…’" close with the apostrophe's mark, see _close).
_QUOTES = {"«": "»", "»": "«", "„": "“”", "“": "”", '"': '"', "‹": "›", "‘": "’"}
_MARKS = "".join(sorted({*_QUOTES, *"".join(_QUOTES.values()), "'"}))
# A "’" before a letter is an apostrophe ("foto’s", "it’s"), not the end of a quotation.
_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")
# The typewriter's "'" quotes too, as Dutch and British pages print it ("Die luidde: 'Wij en onze
# partners …'"): it opens after a space, a bracket, a colon or a dash, before a letter, where it
# elides nothing ("'s avonds", "'t", "'ns", "rock 'n' roll", "'til", "'em", "'ndrangheta"), and
# closes after a word, before no letter ("foto's" is an apostrophe; a plural's possessive, "the
# writers' columns", closes a quotation only where one is open).
_STRAIGHT_OPENING = re.compile(
    r"(?<![^\s(\[:–—-])'(?!(?:s|t|n|ns|em|til|tis|twas|cause|bout)(?![^\W\d_])|nd)(?=[^\W\d_])"
)
_STRAIGHT_CLOSING = re.compile(r"(?<=[^\s'])'(?![^\W\d_])")
_OPENERS = (*_QUOTES, "'")
_BEFORE_QUOTE = " -–—•*·"  # a list item or a dialogue line may open a quotation


def opening_quotation(text: str) -> tuple[int, int] | None:
    """Where the quotation that opens ``text`` (after a bullet or a dash) starts and ends: from
    its opening mark to its closing one, or to the end when it is never closed."""
    start = len(text) - len(text.lstrip(_BEFORE_QUOTE))
    if text[start:start + 1] not in _QUOTES and not _STRAIGHT_OPENING.match(text, start):
        return None
    end = _close(text, start)
    return start, len(text) if end is None else end


def _close(text: str, start: int) -> int | None:
    """Where the quotation opened at ``start`` ends, just past its closing mark; None when unclosed."""
    if text[start] in "‘'":
        single = (_CLOSING_SINGLE if text[start] == "‘" else _STRAIGHT_CLOSING).search(text, start + 1)
        return single.end() if single else None
    ends = [found for mark in _QUOTES[text[start]] if (found := text.find(mark, start + 1)) >= 0]
    return min(ends) + 1 if ends else None


def quotations(text: str) -> list[tuple[int, int]]:
    """Where the closed quotations of ``text`` start and end, from an opening mark to the mark
    that closes it ("…a message reading: “You've reached …”"). An apostrophe is no mark."""
    spans: list[tuple[int, int]] = []
    found: dict[str, int] = {}
    at = 0
    while (start := _next_mark(text, at, found)) >= 0:
        end = _close(text, start)
        if end is None:
            break
        spans.append((start, end))
        at = end
    return spans


def _next_mark(text: str, at: int, found: dict[str, int]) -> int:
    """Where the next opening mark stands from ``at`` (-1: none). ``found`` keeps where each mark
    was last found (-1: nowhere further), so a mark is looked for again only once the reading has
    passed it: the text is read once per mark, however many quotations it holds."""
    for mark in _OPENERS:
        index = found.get(mark)
        if index is None or 0 <= index < at:
            found[mark] = _find_opener(text, mark, at)
    positions = [index for index in found.values() if index >= 0]
    return min(positions) if positions else -1


def _find_opener(text: str, mark: str, at: int) -> int:
    if mark == "'":
        straight = _STRAIGHT_OPENING.search(text, at)
        return straight.start() if straight else -1
    return text.find(mark, at)


def quotes_evidence(text: str, hit: str) -> bool:
    """Whether ``hit``, a rule's evidence, starts inside a quotation that opens ``text``, or inside a
    message the block cites (:func:`cited_at`): then the phrase is reported speech, or a title or a
    slogan cited («Dona ora»), not the publisher's voice. Evidence that starts after the quotation
    (a credit) or takes in its opening mark (a rule that read the quotation) still counts, unless
    the block is one quoted message and nothing more (:func:`_wholly_quoted`).

    A hit of several pieces ("cookies … acceptez") is found by its first piece."""
    quotation = opening_quotation(text)
    if hit.lstrip()[:1] in _MARKS:
        return quotation is not None and _wholly_quoted(text, quotation)
    first = hit.strip().split(HIT_PIECES, 1)[0]
    if quotation is not None:
        start, end = quotation
        at = text.find(first, start + 1)
        if start < at < end:
            return True
    return cited_at(text, text.find(first))


def _wholly_quoted(text: str, quotation: tuple[int, int]) -> bool:
    """Whether ``text`` is one closed quotation of a message, sentences and all ("« Vous avez lu vos
    trois articles offerts… »"): a story citing a pop-up word for word under the sentence that
    introduces it. A quoted headline or title is shorter, or goes on after its closing mark."""
    start, end = quotation
    inside = text[start + 1 : end - 1]
    return (
        not text[end:].strip(" .")
        and text[end - 1] in _MARKS
        and len(inside.split()) >= _QUOTED_MESSAGE_WORDS
        and _SENTENCE_INSIDE.search(inside) is not None
    )


#: The fewest words of a message a block quotes whole: a teaser's quoted headline is shorter.
_QUOTED_MESSAGE_WORDS = 10
# A sentence's end followed by another sentence, inside the quotation.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")


def cited_at(text: str, at: int) -> bool:
    """Whether evidence at ``at`` stands inside a message that a sentence of the story cites ("…
    krijgen de melding: “Je hebt je gratis artikelen gelezen.”"): the quotation holds a few words,
    and the words outside the quotations make a clause of their own."""
    if at < 0 or not any(mark in text for mark in (*_QUOTES, "'")):
        return False
    spans = quotations(text)
    if not any(start < at < end and len(text[start:end].split()) >= _CITED_WORDS for start, end in spans):
        return False
    outside = text[: spans[0][0]] + "".join(
        text[end:following] for (_, end), (following, _) in itertools.pairwise([*spans, (len(text), 0)])
    )
    return len(outside.split()) >= _CITING_WORDS


#: The fewest words of a cited message: a term in quotation marks (»Affiliate-Links«) is the
#: writer's own word.
_CITED_WORDS = 3
#: The fewest words outside the quotations of a block that cites them: a clause ("Readers get the
#: message:"), not a label ("Alert:").
_CITING_WORDS = 6


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends in sentence punctuation, perhaps inside quotes or brackets."""
    return text.rstrip().rstrip(CLOSERS).endswith(_SENTENCE_ENDS)


def reads_as_prose(core: str, words: int) -> bool:
    """A block that reads as the article's prose: a statement of a few words, a long question,
    or a long line whatever its punctuation. A short line cut off by an ellipsis is a teaser, and
    one with most of its words capitalised a headline."""
    if words >= PROSE_WORDS:
        return True
    if _STRIP_MARKS.intersection(core):
        marks = sum(token in _STRIP_MARKS for token in core.split())
        if marks >= 2:
            return False  # a strip of metadata: "Inland · 12.03.2025 · 3 Min."
        words -= marks  # "Politik · 3 Min." is three words, not a statement
    end = core.rstrip().rstrip(CLOSERS)
    if end.endswith(("..", "…")):
        return False  # a teaser cut short
    if end.endswith(_STATEMENT_ENDS):
        sentence = words >= SENTENCE_WORDS
    else:
        sentence = end.endswith(_SENTENCE_ENDS) and words >= QUESTION_WORDS
    return sentence and not is_title_case(core)  # a headline in title case is no paragraph


def is_headline_like(core: str, words: int, limit: int = 25) -> bool:
    """Short, and not a sentence: headlines end in a word, a question mark, an ellipsis."""
    end = core.rstrip(CLOSERS)
    return 0 < words <= limit and not (end.endswith(".") and not end.endswith(".."))


#: A line of values as a fact box or a line-up prints them: values listed with semicolons, twice,
#: after a label or beside a figure ("Rivas; Tuñón, Pelayo; Sanz", "Nalón B: Pérez; Gómez",
#: "Entradas a 12 euros; menores, gratis"), or a field's label of a word or three over its figure
#: ("Público: 14.082", "Renda: R$ 412.560"). A headline lists with commas, names no field, and one
#: semicolon in words joins its two clauses ("Festival divulga atrações; veja a programação").
_DATA_ROW = re.compile(
    r"\w[)'’]?;\s+\S[^;]*\w[)'’]?;\s+\S|:[^;]*\w[)'’]?;\s+\S|\d[^;]*\w[)'’]?;\s+\S|\w[)'’]?;\s+[^\d\n]*\d"
    r"|^[^\W\d]+(?:\s[^\W\d]+){0,2}:\s*(?:R\$|[$€£])?\s?\d"
)
#: A match sheet's score line: two sides of one to four words around the score ("VALE PAULISTA 2 x 1
#: CERRO ALTO", "Bayonne 24-29 Castres"), or each side with its own ("Harbour Town 2 Riverside 1"). A
#: teaser adds its clause after a colon or a comma.
_SIDE = r"[^\W\d_][\w'’.&-]*(?: [\w'’.&()-]+){0,3}"
_TEAM = r"[A-ZÀ-Þ][\w'’.&-]*(?: [A-ZÀ-Þ][\w'’.&-]*){0,3}"  # names, each word capitalised
_SCORE_LINE = re.compile(rf"{_SIDE} \d{{1,3}} ?[x:–-] ?\d{{1,3}} {_SIDE}|{_TEAM} \d{{1,3}} {_TEAM} \d{{1,3}}")
#: How far below a label a fact box's first data row may stand (its title, a score line).
_FACT_BOX_REACH = 4


def is_data_row(core: str) -> bool:
    """Whether ``core`` lists values, gives a field's figure or a match's score, as a fact box's rows
    do."""
    return bool(_DATA_ROW.search(core)) or _SCORE_LINE.fullmatch(core) is not None


def signs_its_caption(core: str) -> bool:
    """Whether a label's value holds a caption and a source label that signs it ("Chart: Dividends per
    share, FY21–FY25. Source: Company filings"): a specification's value ("Photo: 50 MP, f/1.8.
    Video: 4K") names no source, and a caption signed so has none above it."""
    return bool(_signed_value().search(core))


@functools.cache
def _signed_value() -> re.Pattern[str]:
    """A source label after a sentence's end, its value after it."""
    from .catalog._vocabulary import alternatives, concept  # the vocabulary's tables, read once

    labels = alternatives(concept("name-credit").get("labels"))
    return re.compile(rf":.*?[\w)][.)]\s+(?:{labels})\s?:\s+\S")


#: A fact box's row that gives a figure alone under its label of up to eight words, perhaps with its
#: unit: "2024: 967.000", "Solicitudes de ayuda tramitadas: 4.310", "Budget: €4.2 million". A teaser's
#: colon opens a clause ("Heat wave: how to keep cool").
_FIGURE_ROW = re.compile(
    r"(?P<label>[\w'’&/().-]+(?: [\w'’&/().-]+){0,7}):\s"
    r"(?P<figure>(?:ca\.\s|~\s?)?(?:R\$|[$€£])?\s?[-+~]?\d[\d.,]*\s?%?(?:\s[^\W\d_]{1,12}\.?){0,2})"
)


def figure_row(core: str) -> re.Match[str] | None:
    """The label and the figure of a fact box's row (``label``, ``figure``), if ``core`` is one."""
    return _FIGURE_ROW.fullmatch(core)


#: A line of a fact box or a specification list: a label of one to four words, a colon, its value
#: ("Dirección: Manuela Ardila", "Processor: …"), in at most :data:`_FIELD_WORDS` words; or a label
#: of up to eight words over a value with a figure ("Regular price after trial (2023): $27.99 every
#: four weeks"), as a teaser's longer head opens a clause in words.
_FIELD = re.compile(r"[^\W\d_][\w'’&/().+-]*(?:\s+[\w'’&/().+-]+){0,3}\s*:\s+\S")
_FIGURE_FIELD = re.compile(r"[^\W\d_][\w'’&/().+-]*(?:\s+[\w'’&/().+-]+){4,7}\s*:\s+[^\s\d]{0,3}\d")
_FIELD_WORDS = 16


def is_field(page: Page, i: int) -> bool:
    """Whether block ``i`` is a field of a fact box or a specification list ("Label: value")."""
    core = page.core(i)
    labelled = _FIELD.match(core) is not None or long_figure_field(core)
    return labelled and page.words(i, _FIELD_WORDS) <= _FIELD_WORDS


def opens_with_label(core: str) -> bool:
    """Whether ``core`` opens as a field does ("Precio: …"), whatever its length."""
    return _FIELD.match(core) is not None


def long_figure_field(core: str) -> bool:
    """Whether ``core`` is a fact box's row whose label of five to eight words gives a figure."""
    return _FIGURE_FIELD.match(core) is not None


def heads_links(page: Page, i: int) -> bool:
    """Whether a related-links rule took block ``i``: a header over teasers, never a fact box's title."""
    verdict = page.verdicts[i]
    return verdict is not None and verdict.rule.category is Category.RELATED


def is_filled_row(page: Page, i: int, cells: int = 3) -> bool:
    """Whether block ``i`` is a table's row with ``cells`` filled cells or more ("1 | Kurrajong High |
    Epping | 71.2%"): a data table's; a layout table's row holds one link beside empty cells or a dash
    ("| Rita churns toward coast |  |", "| 1/2008 | - | Oracle to buy BEA |")."""
    if not page.is_row(i):
        return False
    filled = (any(character.isalnum() for character in cell) for cell in _CELL_BREAK.split(page.block(i)))
    return sum(filled) >= cells


_CELL_BREAK = re.compile(r"(?<!\\)\|")


def heads_fact_box(page: Page, i: int) -> bool:
    """Whether the label at ``i`` heads the article's own fact box: a data row that no rule took
    stands a few lines below it, before the next prose paragraph ("Ficha técnica" over a match's
    line-ups and goals), or a run of three fields opens right under it, one no rule took ("Ficha
    técnica" over "Dirección: …", "Guion: …", "Reparto: …") and the label is no related-links
    header. A list of links under a header holds headlines, not rows of values."""
    shape = page.shape
    assert shape is not None
    for j in range(i + 1, min(i + 1 + _FACT_BOX_REACH, len(page))):
        if shape.prose[j]:
            return False
        if page.verdicts[j] is None and is_data_row(page.core(j)):
            return True
    if heads_links(page, i):
        return False  # a related header over "Topic: headline" teasers
    run = range(i + 1, min(i + 4, len(page)))
    fields = len(run) == 3 and all(is_field(page, j) for j in run)
    return fields and any(page.verdicts[j] is None for j in run)


def is_title_case(core: str) -> bool:
    """Most words capitalised, as English headlines are written ("Is Betting on a Shutdown. Here's
    Why."): such a line is a headline even when it ends in a full stop."""
    words = [word for word in core.split() if word[:1].isalpha()]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 4 and capitalised >= 0.75 * len(words)


_RATING_STARS = re.compile("[★☆✩✭⭐]")


def is_label_like(core: str, words: int, limit: int = 4) -> bool:
    """A one- to four-word label: no sentence punctuation, no list marker, no digits only, no
    rating stars (a critic's "Nota: ★★★★☆ (4/5)" is the review's verdict)."""
    return (
        0 < words <= limit
        and len(core) <= 40
        and not ends_like_sentence(core)
        and not core.rstrip(":").isdigit()
        and not _RATING_STARS.search(core)
    )


def is_list_item(block: str) -> bool:
    """Whether the block, as written, opens with a list bullet or dash."""
    from .blocks import LEADING_DECORATION

    opening = block.lstrip()[:1]
    return bool(opening) and opening in LEADING_DECORATION


@dataclass(frozen=True, slots=True)
class Shape:
    """Which blocks are prose, and so where the head, the tail and the islands are.

    ``first`` and ``last`` are the first and last prose blocks; a document
    without prose has ``first == len(page)`` and ``last == -1``, and then has
    neither head nor tail: nothing says where its article is.
    """

    prose: tuple[bool, ...]
    first: int
    last: int

    @classmethod
    def of(cls, page: Page) -> Shape:
        # A line the rules matched is not prose; a long line is, whatever it says (its spaces are
        # counted, in C: a paragraph has many); a short one is read closely only if it ends like
        # a sentence.
        # The input's lines, not slices of the text: a block is its line, perhaps with a carriage
        # return at its end, which neither the spaces nor the stripped end see.
        blocks = list(map(page.lines.__getitem__, page.numbers))
        gaps = map(str.count, blocks, itertools.repeat(" "))  # in C: a paragraph has many
        closed = map(str.endswith, map(str.rstrip, blocks), itertools.repeat(_ENDINGS))
        prose = tuple(
            verdict is None
            and (gap >= PROSE_WORDS or (ends and reads_as_prose(page.core(i), page.words(i, PROSE_WORDS))))
            for i, (verdict, gap, ends) in enumerate(zip(page.verdicts, gaps, closed, strict=True))
        )
        first = prose.index(True) if True in prose else len(prose)
        last = len(prose) - 1 - prose[::-1].index(True) if True in prose else -1
        return cls(prose, first, last)

    @property
    def has_prose(self) -> bool:
        return self.last >= 0

    def ending_at(self, last: int) -> Shape:
        """The same shape with the article ending at ``last``: prose below it is the tail's."""
        prose = self.prose[: last + 1] + (False,) * (len(self.prose) - last - 1)
        return Shape(prose, self.first, last)

    def zone(self, i: int) -> Zone:
        if i < self.first:
            return Zone.HEAD
        if i > self.last:
            return Zone.TAIL
        return Zone.BODY

    def island(self, i: int) -> range:
        """The run of non-prose blocks around ``i`` (empty if ``i`` is prose), head and tail included."""
        if self.prose[i]:
            return range(i, i)
        start = i
        while start > 0 and not self.prose[start - 1]:
            start -= 1
        end = i + 1
        while end < len(self.prose) and not self.prose[end]:
            end += 1
        return range(start, end)
