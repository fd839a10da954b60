"""A learned scorer for prose boilerplate: appeals, bios, tip lines and standards notes.

The phrase vocabularies name what their writers met; a paragraph of an appeal says the same
thing in words nobody listed. The scorer weighs every word, stem and pair of words of a block by how
much more often it occurs in one kind of prose boilerplate than in article text, in lines
written for this project (``scripts/train_scorer.py``; never corpus text), and sums them.

It is one more rule in the chain, not a replacement for the named ones, and it reads only where a
boilerplate cluster stands: the blocks above a removed block at the document's end, peeled one
by one from the bottom up while each scores as boilerplate, and a block between two removed ones. It never
reads the article's lead, a quotation or reported speech, and every removal names the words that
weighed most.

The weights are integers (hundredths of a natural log ratio) in ``scorer.tsv``, so a score is an
exact sum: the same on every machine.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..rules import Category, ContextRule, Example, Finding, Mark, keeps, removes
from ._vocabulary import reported_speech
from .byline import HANDLE
from .structure import voiced

if TYPE_CHECKING:
    from ..blocks import Page

__all__ = ["CLASSES", "READ", "ProseScorer", "features", "score"]

#: The kinds of prose boilerplate the scorer tells from article text, as its weights file orders them.
CLASSES = ("author_bio", "corrections", "donation", "newsletter", "paywall", "app")
#: The kinds it removes: the others, which the named rules take nearly all of, tell a newsletter's
#: pitch from a donation appeal, and a block whose best kind is one of them stops the reading.
READ = ("author_bio", "corrections", "donation")

# Each opens where its run of characters opens and reads it once (possessively): a run of 100,000
# letters without an "@" or a dot costs one pass, not one per letter.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w-])[\w-]++\.(?:com|org|net|de|fr|es|it|pt|nl|be|ch|at|br|mx|ar|co|uk|ca|au|ng|za|in)(?:/\S*)?\b"
)
_HANDLE = re.compile(HANDLE)
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[\s./-]?\d{2,5}[\s./-]?\d{2,5}(?:[\s./-]?\d{2,5})?")
# A date in figures or a range of years, which the phone's pattern would read: "12.03.2025",
# "2019-2024"; not a run of more groups ("01.23.45.67.89" is a French number).
_DATE = re.compile(
    r"(?<!\d)(?<!\d[./-])(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d\d)"
    r"|(?:1[89]|20)\d\d\s*[-–/]\s*(?:(?:1[89]|20)\d\d|\d\d))(?![./-]?\d)"
)
_MONEY = re.compile(r"[$€£₹₦]|\b(?:R\$|CHF|EUR|USD|GBP)\b")
# The markers of a way to reach someone.
_CONTACTS = frozenset({"<email>", "<url>", "<handle>", "<phone>"})
# A word keeps its apostrophe: English "don't" is not French "don" (a gift), nor "t".
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def features(text: str) -> frozenset[str]:
    """The block's words (lower case, letters only: a date or a time says nothing of an appeal), the
    stems of its long words, pairs of adjacent words, and a marker for each address, link, handle,
    phone number and currency: an outlet's invented name in an address says nothing, that an
    address is there says much."""
    markers = set()
    text = _DATE.sub(" ", text)  # digits are no feature, and a date is no phone number
    for marker, pattern in (("<email>", _EMAIL), ("<url>", _URL), ("<handle>", _HANDLE),
                            ("<phone>", _PHONE), ("<money>", _MONEY)):
        if pattern.search(text):
            markers.add(marker)
            if marker != "<money>":
                text = pattern.sub(" ", text)
    words = _WORD.findall(text.lower().replace("’", "'"))
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(words))
    stems = (f"{word[:STEM]}~" for word in words if len(word) > STEM + 1)
    return frozenset((*words, *pairs, *stems, *markers))


#: Letters of a long word's stem, a feature of its own: "donation", "donations" and "donativo"
#: share "donat~", so an appeal's unseen inflection weighs what its kin weigh.
STEM = 5


@dataclass(frozen=True)
class _Weights:
    by_feature: dict[str, tuple[int, ...]]  # per class of CLASSES, hundredths of a log ratio


@functools.cache
def _weights() -> _Weights:
    table: dict[str, tuple[int, ...]] = {}
    text = resources.files(__package__).joinpath("scorer.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        feature, *values = line.split("\t")
        table[feature] = tuple(int(value) for value in values)
    return _Weights(table)


@dataclass(frozen=True)
class Score:
    """A block's score for one class: the sum, and the features that weighed most for it."""

    kind: str
    total: int  # hundredths
    strong: int  # features weighing at least STRONG_FEATURE for the class
    top: tuple[tuple[str, int], ...]
    addressed: bool = False  # the block gives an address, a link, a handle or a phone number

    def reason(self) -> str:
        """The score and the three words that weighed most: "36.5: free to +3.0, our reporting +3.0, …"."""
        weighed = ", ".join(f"{feature} {weight / 100:+.1f}" for feature, weight in self.top)
        return f"{self.total / 100:.1f}: {weighed}"


#: A feature this heavy (a likelihood ratio of about 3) is one signal.
STRONG_FEATURE = 110


@functools.lru_cache(maxsize=1024)  # each of the three rules reads the same blocks of a page
def score(text: str) -> Score:
    """The block's best class and its score."""
    table = _weights().by_feature
    read = features(text)
    found = sorted(feature for feature in read if feature in table)
    addressed = not _CONTACTS.isdisjoint(read)
    best: Score | None = None
    for k, kind in enumerate(CLASSES):
        weighed = [(feature, table[feature][k]) for feature in found]
        total = sum(weight for _, weight in weighed)
        if best is None or total > best.total:
            strong = sum(weight >= STRONG_FEATURE for _, weight in weighed)
            top = tuple(sorted(weighed, key=lambda pair: (-pair[1], pair[0]))[:3])
            best = Score(kind, total, strong, top, addressed)
    assert best is not None
    return best


#: What a block must weigh for its kind (hundredths), with this many strong words among them. Set
#: by measurement: the corpora's body lines placed last (``benchmarks/tailcheck.py``) against the
#: unseen variants of round 7 (``benchmarks/variants.py --round 7``).
THRESHOLD = 1800
SIGNALS = 3
#: Past this weight an appeal or a note needs no voice: of the corpora's 58,423 distinct body lines
#: 7 weigh as much, all editors' notes, republication notes and appeals that their truth counts as
#: body. An appeal needs more: a story telling readers how to give to someone else reads as one
#: without a word of the publisher's ("Wie wil steunen, kan een bedrag storten op de rekening van de
#: scoutsgroep").
#: A bio always needs a voice: a profile's last paragraph tells of a career as a bio does.
SURE = {"corrections": 3200, "donation": 3600}
MIN_WORDS, MAX_WORDS = 6, 120


@dataclass(frozen=True, kw_only=True, repr=False)
class ProseScorer(ContextRule):
    """Remove prose of one kind of boilerplate that the learned weights recognise, where a
    boilerplate cluster stands: above a removed block at the document's end, read from the bottom
    up while each block scores as boilerplate of a kind the scorer removes, or between two removed
    blocks.

    A block scores when its words weigh at least :data:`THRESHOLD` together for its best kind, with
    :data:`SIGNALS` strong words among them, and speaks as the publisher, to the reader, or gives an
    address to write to (past :data:`SURE`, an appeal or a note needs no voice). The article's first
    prose block, quotations, reported speech and table rows are never read, nor a block of fewer
    than :data:`MIN_WORDS` words or more than :data:`MAX_WORDS`, and the reading from the bottom stops
    under a question no rule took (the article's own sub-heading, which the block answers). Each of
    the rules removes the blocks of its own kind; all read the same blocks.
    """

    kind: str

    def find(self, page: Page) -> Iterator[Finding]:
        for i, found in _scored(page):
            if found.kind == self.kind:
                yield Finding(i, found.reason())


def _readable(page: Page, i: int) -> bool:
    shape = page.shape
    if shape is not None and i <= shape.first:
        return False  # the lead, or what stands above it
    words = page.words(i, MAX_WORDS)
    if not MIN_WORDS <= words <= MAX_WORDS or page.is_row(i):
        return False
    core = page.core(i)
    return not _QUOTES.intersection(core) and reported_speech().search(core) is None


#: Quotation marks: a block that quotes anyone (a notice, a reader, an editor) is telling a story.
_QUOTES = frozenset('"“”„«»‹›‘')


def _flagged(page: Page, i: int) -> Score | None:
    """The block's score, if the scorer removes it where it reads."""
    if not _readable(page, i):
        return None
    core = page.core(i)
    found = score(core)
    if found.kind not in READ or found.strong < SIGNALS or found.total < THRESHOLD:
        return None
    if found.total >= SURE.get(found.kind, found.total + 1):
        return found
    # Below that, the publisher's voice or the reader addressed, twice (one short word may be
    # another language's: Dutch "te", Spanish "vos"), or where to reach the newsroom: an appeal or
    # a notice speaks to its reader; a story tells of others.
    if len(voiced().findall(core)) < 2 and not found.addressed:
        return None
    return found


def _scored(page: Page) -> Iterator[tuple[int, Score]]:
    """The blocks the scorer takes: those above a removed block at the document's end, bottom up
    while each scores (the article's own last paragraph, with nothing removed under it, is never
    read), then a block between two removed ones."""
    taken: set[int] = set()
    anchored = False  # a removed block stands below
    for i in range(len(page) - 1, -1, -1):
        if page.is_matched(i):
            anchored = anchored or page.is_removed(i)
            continue
        found = _flagged(page, i) if anchored and not _answers_heading(page, i) else None
        if found is None:
            break
        taken.add(i)
        yield i, found
    removed = [i for i in range(len(page)) if page.is_removed(i)]
    for before, after in itertools.pairwise(removed):
        if after - before == 2 and before + 1 not in taken and not page.is_matched(before + 1):
            found = _flagged(page, before + 1)
            if found is not None:
                yield before + 1, found


def _answers_heading(page: Page, i: int) -> bool:
    """Whether block ``i`` stands right under a question no rule took, as the article's own
    sub-heading asks ("And if the drive fails?"): the paragraph under it answers it."""
    above = i - 1
    if above < 0 or page.is_matched(above):
        return False
    core = page.core(above).rstrip()
    return core.endswith("?") and page.words(above, _HEADING_WORDS) <= _HEADING_WORDS


_HEADING_WORDS = 10

_SAFETY = (
    "Learned weights, read only where boilerplate clusters: above a removed block at the document's "
    "end, bottom up while each scores and stopping under a question no rule took (the article's own "
    "sub-heading), or between two removed blocks; never the lead, a quotation, reported speech or a "
    "table row. A block needs a total weight of 18, three strong words, and "
    "two words of the publisher's or the reader's voice or an address to write to; past a weight of "
    "32, which hardly a sentence of the corpora's articles reaches (those that do are notes their "
    "truth counts as body), a note needs no voice, and past 36 an "
    "appeal (a bio always does: a profile ends as a bio does). A story about a charity's "
    "drive, a newspaper's correction or a reporter's career tells of others and quotes them, and "
    "that weighs against it."
)


def _scorer(code: str, kind: str, category: Category, name: str, summary: str, message: str,
            examples: tuple[Example, ...]) -> ProseScorer:
    return ProseScorer(code=code, name=name, category=category, kind=kind, summary=summary,
                       message=message, safety=_SAFETY, marks=frozenset({Mark.FOOTER}),
                       languages=("en", "de", "fr", "es", "it", "pt", "nl"), examples=examples)


#: The notice under every example: a removed block below is where the scorer reads.
_FOOTER = ("© 2025 The Example Gazette. All rights reserved.",)


def _removes(text: str) -> Example:
    return removes(text, after=_FOOTER)


def _keeps(text: str, note: str = "") -> Example:
    return keeps(text, after=_FOOTER, note=note)


RULES = (
    _scorer("DON190", "donation", Category.DONATION, "scored-donation-appeal",
            "A donation or membership appeal the learned scorer recognises at the article's end.",
            "donation appeal (scored)", (
                _removes("Our reporting is free to read because people who value it pay for it. "
                         "Will you be one of them this month?"),
                _removes("Ohne Paywall, ohne Werbung: Das geht nur, weil unsere Leserinnen und Leser uns "
                         "tragen. Machst du mit?"),
                _removes("Ce journal n'appartient à aucun milliardaire : il ne vit que grâce à vous. "
                         "Rejoignez les lecteurs qui financent notre travail."),
                _keeps("Keep the receipt: gifts of $2 or more to the hospice are tax-deductible, and you "
                       "can give online until June.",
                       note="the reader addressed, but no word of the publisher's: a charity's drive"),
                _keeps("Volunteers at the shelter say a gift of $25 buys a week of food, and you can drop "
                       "donations at the library.", note="one word of the voice, but it weighs as a story"),
                _keeps("The newspaper has no owner and no advertisers, and its 4,000 members pay between "
                       "five and twenty euros a month."),
                _keeps("Le journal ne vit que de ses lecteurs depuis 2012 et n'a jamais accepté de "
                       "publicité.", note="it scores as an appeal, but no one speaks to the reader"),
                _keeps("Donations to the shelter have doubled since the flood, and volunteers now run a "
                       "second kitchen on weekends."),
                keeps("Dann schrumpfen wir: zwei Stellen weniger, kein Newsletter am Wochenende. Eine "
                      "Paywall wollen wir trotzdem nicht, weil unsere Leserinnen und Leser uns tragen. "
                      "Machst du mit?",
                      before=("Die Stadtpost lebt seit 2019 ohne Werbung und ohne Verleger im Hintergrund, "
                              "bezahlt von 4100 Mitgliedern in der Stadt.",
                              "Und wenn die Kampagne scheitert?"),
                      after=_FOOTER, note="the answer to the article's own question, its sub-heading"),
            )),
    _scorer("COR190", "corrections", Category.CORRECTION, "scored-standards-note",
            "A correction, standards, funding or method note the learned scorer recognises at the "
            "article's end.", "corrections or standards note (scored)", (
                _removes("Spotted a mistake in this piece? We want to fix it: tell the desk at "
                         "fixes@northfieldcourier.com."),
                _removes("Nous corrigeons nos erreurs. Si vous en repérez une, signalez-la à la rédaction "
                         "via le formulaire en bas de page."),
                _removes("Our reporting on this story was funded by a grant. The funder has no influence "
                         "over what we write."),
                _keeps("The editor said an earlier version of the article had named the wrong school, and "
                       "the error was corrected within the hour.",
                       note="what someone said, heavy, but not in the newsroom's voice: a story's"),
                _keeps("Readers who spotted the error in the printed edition wrote to the paper within "
                       "hours; the correction ran the next day."),
                _keeps("„Wir korrigieren unsere Fehler offen“, schrieb die Chefredakteurin unter den Text.",
                       note="a quotation"),
            )),
    _scorer("BYL190", "author_bio", Category.BYLINE, "scored-author-bio",
            "An author bio or a call for readers' tips the learned scorer recognises at the "
            "article's end.",
            "author bio or tip line (scored)", (
                _removes("Our correspondent in Nairobi has covered East African politics since 2015. "
                         "Reach her at @wanjiru_reports."),
                _removes("Marta Vidal cubre tribunales y seguridad para nuestra redacción desde 2018. "
                         "Escríbele a mvidal@diariodelsur.com."),
                _removes("Rita Lopes acompanha a política local para a nossa redação desde 2020. "
                         "Contacte-a em rita.lopes@jornaldaserra.pt."),
                _keeps("Before joining the council, she spent twelve years as a reporter covering courts "
                       "and local politics for a regional daily.",
                       note="it weighs as a bio, but nobody speaks to the reader: a profile's end"),
            )),
)
