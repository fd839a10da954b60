"""The rule chain: how a document becomes a set of decisions.

0. **DOM rules**, for HTML input only, remove marked elements before
   extraction (:mod:`newsclean.html` runs them; the chain holds them).
1. **Block rules**, prefiltered by keywords. Strong rules run before weak
   ones; on each block the first rule that matches decides. A short line
   an extractor glued from a box's lines ("Abo?Jetzt testenBereits
   Abonnent?") is read again piece by piece, and so is a short line that a
   clause of purpose or condition leads to its call ("For the latest news,
   download …"): the rest alone. Then, when the
   page's site has a learned template (:mod:`newsclean.templates`), the
   template rule removes its lines and confirms weak verdicts on them.
2. **Shape.** The blocks that read as prose, and so the head before the
   first, the tail after the last, and the islands between them
   (:mod:`newsclean.shape`). The template's list headers are decided here,
   by where they stand. A weak verdict ("Topics") is confirmed in the
   head, in the tail, and in an island that holds strong evidence.
3. **Context rules**, in catalog order: captions above credits, kickers
   above the headline, link lists under headers, repeated blocks. Then, with
   a template, the site's tail: what no rule took below the first template
   line under the article's last paragraph, then what stands below the
   site's footer (a template line it prints below its articles) when that
   stands below the page's article.
4. **Clusters.** In a document without prose, a weak verdict is confirmed
   only inside the leading or trailing boilerplate cluster: the unbroken run
   of matched blocks at the start or the end of the document (at the end,
   after the article's first paragraph, short unmatched lines that are not
   prose do not break it). Weak verdicts still unconfirmed are dropped.
5. **The guard.** If weak and contextual evidence would remove more than
   ``guard_threshold`` of the document's words, those removals are reverted,
   with the blocks the contextual ones lean on (a list's header, a caption's
   credit), so that cleaning the output again reaches the same decision.
   Other strong removals stand.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .blocks import NO_CONTEXT, Page, PageContext, Verdict, normalise
from .catalog._boxes import box_word
from .catalog._vocabulary import alternatives, reported_speech, whole_words, words
from .catalog.related import summary_header
from .catalog.structure import article_end
from .dom import DomRule
from .prefilter import KeywordIndex, merge
from .rules import BlockRule, Category, ContextRule, Evidence, Finding, Mark, Rule
from .shape import (
    CLOSERS,
    PROSE_WORDS,
    SENTENCE_WORDS,
    Shape,
    Zone,
    ends_like_sentence,
    figure_row,
    heads_fact_box,
    heads_links,
    is_field,
    is_headline_like,
    is_label_like,
    is_title_case,
    quotations,
    quotes_evidence,
    reads_as_prose,
    signs_its_caption,
)
from .templates import TemplateRule

__all__ = ["Chain", "GuardOutcome"]


@dataclass(frozen=True, slots=True)
class GuardOutcome:
    """What the guard reverted, and why: the share of words the evidence would have removed."""

    share: float
    reverted: tuple[tuple[int, Verdict], ...]


class Chain:
    """The ordered, compiled rules of one configuration."""

    def __init__(self, rules: Sequence[Rule], *, guard_threshold: float) -> None:
        block_rules = [rule for rule in rules if isinstance(rule, BlockRule)]
        # Stable sort: strong rules name a block before a generic weak one can.
        block_rules.sort(key=lambda rule: rule.evidence is Evidence.WEAK)
        self.block_rules: tuple[BlockRule, ...] = tuple(block_rules)
        self.context_rules: tuple[ContextRule, ...] = tuple(
            rule for rule in rules if isinstance(rule, ContextRule) and not isinstance(rule, TemplateRule)
        )
        templates = [rule for rule in rules if isinstance(rule, TemplateRule)]
        self.template_lines = tuple(
            rule for rule in templates if not rule.headers and not rule.tail and not rule.footer
        )
        self.template_headers = tuple(rule for rule in templates if rule.headers)
        self.template_tails = tuple(rule for rule in templates if rule.tail or rule.footer)
        self.dom_rules: tuple[DomRule, ...] = tuple(rule for rule in rules if isinstance(rule, DomRule))
        self.guard_threshold = guard_threshold
        self._index = KeywordIndex(self.block_rules)
        self._max_words = [rule.max_words for rule in self.block_rules]

    def run(self, text: str, context: PageContext = NO_CONTEXT) -> tuple[Page, GuardOutcome | None]:
        page = Page(text, context)
        self._match_blocks(page)
        self._match_glued(page)
        self._match_after_lead(page)
        _spare_tables_and_specifications(page)
        _spare_dated_entries(page)
        _spare_steps(page)
        _spare_questions(page)
        _spare_answers(page)
        _spare_media_headline(page)
        _spare_echoed_headings(page)
        _spare_subjects_bio(page)
        templated = context.template is not None
        if templated:
            for line_rule in self.template_lines:
                line_rule.apply(page)
        page.shape = Shape.of(page)
        _spare_lone_list_headers(page, page.shape)
        _spare_sibling_headings(page)
        if templated:
            for line_rule in self.template_lines:  # lines known by their start: not the headline
                line_rule.apply(page, starts=True)
            for header_rule in self.template_headers:
                header_rule.apply(page)
            for line_rule in self.template_lines:  # a header over nothing that goes: a plain line
                line_rule.apply(page, stray=True)
        _confirm_by_zone(page, page.shape)
        self._run_context_rules(page)
        self._reshape(page)
        if templated:  # what no other rule took below a template line under the article, or the footer
            for tail_rule in self.template_tails:
                tail_rule.apply(page)
        _confirm_clusters(page)
        _spare_speaker_turns(page)
        _spare_story(page)
        return page, self._guard(page)

    def _reshape(self, page: Page) -> None:
        """Read the article's edges again once the context rules have spoken: when they took the
        prose that bounded the head or the tail (a bio's paragraph, a pitch under the share bar),
        or the article ends above a short pitch that a cluster of furniture parts from it, the
        lines between are the head's or the tail's, and the context rules read them again
        there. Only those lines: a rule that builds on its own removals (a teaser list under its
        header) must not reach past what it read the first time."""
        before = page.shape
        assert before is not None
        after = Shape.of(page)
        if not after.has_prose:
            return
        after = after.ending_at(article_end(page, after))
        if after.last >= before.last and after.first <= before.first:
            return
        exposed = {*range(before.first, after.first), *range(after.last + 1, before.last + 1)}
        page.shape = after
        _confirm_by_zone(page, after)
        self._run_context_rules(page, exposed)

    def _run_context_rules(self, page: Page, within: set[int] | None = None) -> None:
        host = page.context.host
        for rule in self.context_rules:
            if not rule.applies_to(host):
                continue
            for finding in list(rule.find(page)):
                block, hit, anchor = Finding(*finding)
                if within is None or block in within:
                    page.decide(block, rule, hit, anchor=anchor)

    def _match_blocks(self, page: Page) -> None:
        candidates = self._index.candidates(page.text)
        unfiltered = self._index.unfiltered
        if unfiltered:
            for line in page.numbers:
                candidates[line] = merge(candidates.get(line, ()), unfiltered)
        rules, limits = self.block_rules, self._max_words.__getitem__
        host = page.context.host
        for line, positions in candidates.items():
            i = page.block_at_line(line)
            if i < 0 or not positions:  # a blank line, or every rule here withdrawn
                continue
            # Words are counted only as far as the most any rule here accepts; a paragraph
            # longer than that is no rule's business here.
            most = max(map(limits, positions))
            words = page.words(i, most)
            if words > most:
                continue
            core = page.core(i)
            row: bool | None = None  # whether the block is a table row, found out when a rule asks
            for position in positions:
                if words > limits(position):
                    continue
                rule = rules[position]
                if rule.sites and not rule.applies_to(host):
                    continue
                if not rule.table_rows:
                    if row is None:
                        row = page.is_row(i)
                    if row:
                        continue
                try:
                    hit = rule.match(core)
                except TimeoutError:
                    page.notes.append(f"{rule.code} timed out on block {i} and was skipped from there on")
                    _withdraw(candidates, position)
                    continue
                if hit is not None and not quotes_evidence(page.block(i), hit):
                    page.decide(i, rule, hit, confirmed=rule.evidence is not Evidence.WEAK)
                    break

    def _match_glued(self, page: Page) -> None:
        """Read again, piece by piece, a short line an extractor glued from a box's lines ("Sie haben
        noch kein Abo?Jetzt 1 Monat testenBereits Abonnent? Hier anmelden"): when the block rules
        name every piece, or name one strongly and leave only a few words of reply ("Merci de nous
        la signaler.") besides pieces that carry a word of that box's buttons or a price, the line is
        what its first confirmed piece is (or its first named one: a date alone awaits its zone).

        A row of buttons glued together needs three pieces, all named: a brand glues once
        ("PubMed", "WhatsApp"), and a piece of it may be a label ("Pub"); a sentence that names
        brands splits into pieces no rule names, and stays. A row whose buttons keep their
        separators ("Reageer · 48 reacties") goes when every piece is named, and so does a post's
        meta line split by pipes ("12 March 2024 | Politics | 3 comments") that reads as one (see
        ``_reads_as_meta_line``). Code and addresses glue words too ("printHeader()"), and are left
        alone."""
        for i, verdict in enumerate(page.verdicts):
            if verdict is not None or page.words(i, _GLUED_WORDS) > _GLUED_WORDS:
                continue
            core = page.core(i)
            if not _MAY_SPLIT.search(core) and _MAY_GLUE.search(core) is None:
                continue  # no separator and no glue: one piece, as most lines are
            pipes = not page.is_row(i)
            meta = pipes and _PIPE.search(core) is not None and _SEPARATOR.search(core) is None
            pieces = _glued_pieces(core, pipes=pipes)
            if len(pieces) < 2 or (not meta and _CODE.search(core)):  # a meta line's dates have slashes
                continue
            sub = Page("\n\n".join(pieces), page.context)
            self._match_blocks(sub)
            named = [found for found in sub.verdicts if found is not None]
            if not named:
                continue
            strong = {
                found.rule.category for j, found in enumerate(sub.verdicts)
                if found is not None and found.rule.evidence is Evidence.STRONG and sub.words(j, 2) >= 2
            }
            left = sum(
                sub.words(j) for j, found in enumerate(sub.verdicts)
                if found is None and not any(box_word(category, sub.core(j)) for category in strong)
            )
            if meta:
                # a piece no rule names may be the stamp's label: "Published: Monday | March 9, 2026"
                unnamed = len(named) < len(pieces)
                stamp = self._one_stamp(_PIPE.sub(", ", core), page.context) if unnamed else None
                if stamp is not None:
                    page.decide(i, stamp.rule, stamp.hit, confirmed=stamp.confirmed)
                    continue
                glued = _reads_as_meta_line(sub)
            elif _SEPARATOR.search(core):  # a row of buttons: every piece is one
                glued = len(named) == len(pieces)
            else:
                glued = (len(named) == len(pieces) >= 3) or bool(strong and left <= _GLUED_REPLY_WORDS)
            if glued:  # the line is what its first confirmed piece is, or else its first named one
                first = next((found for found in named if found.confirmed), named[0])
                page.decide(i, first.rule, first.hit, confirmed=first.confirmed)

    def _one_stamp(self, text: str, context: PageContext) -> Verdict | None:
        """The verdict on a line that reads as one stamp once its pipes are commas: "Published: Monday |
        March 9, 2026" is "Published: Monday, March 9, 2026"."""
        found = self._read_alone(text, context)
        return found if found is not None and Mark.DATELINE in found.rule.marks else None

    def _read_alone(self, text: str, context: PageContext) -> Verdict | None:
        """The block rules' verdict on ``text`` read as a page of one block (None: no rule, or the
        text is more than one block)."""
        sub = Page(text, context)
        self._match_blocks(sub)
        return sub.verdicts[0] if len(sub) == 1 else None

    def _match_after_lead(self, page: Page) -> None:
        """Read again, without its opening clause, a short line that opens with a clause of purpose
        or condition closed by a comma ("For the latest stories, download the Ledger app for iOS and
        Android", "Si te gustó esta nota, compártela con tus amigos") or with a promise closed by a
        colon ("Nix verpassen im Fastelovend: Folgen Sie …"): when a strong rule names the
        rest of the line, to its end, as a call (the publisher's app, its newsletter, its channel),
        the whole line is that call. The clause is a few words with no sentence's end in it, the
        line is short, and a line that reports speech stays: "For now, donate blood, the mayor said"
        is the story's."""
        if _LEAD_CANDIDATE.search(page.text) is None:
            return
        starts = page.starts
        for found in _LEAD_CANDIDATE.finditer(page.text):
            i = bisect.bisect_right(starts, found.start()) - 1
            if i < 0 or found.end() > page.ends[i] or page.verdicts[i] is not None:
                continue
            if page.words(i, _LEAD_LINE_WORDS) > _LEAD_LINE_WORDS or _speech().search(page.core(i)):
                continue
            rest = page.text[found.end():page.ends[i]].strip()
            if len(rest.split()) < _LED_CALL_WORDS or _SECOND_SENTENCE.search(rest):
                continue
            call = self._read_alone(rest[:1].upper() + rest[1:], page.context)
            if (
                call is not None and call.confirmed and call.rule.evidence is Evidence.STRONG
                and call.rule.category in _LED_CALLS
            ):
                page.decide(i, call.rule, call.hit)

    def _guard(self, page: Page) -> GuardOutcome | None:
        revertible = [
            (i, verdict)
            for i, verdict in enumerate(page.verdicts)
            if verdict is not None and verdict.confirmed and verdict.rule.evidence is not Evidence.STRONG
        ]
        if not revertible:
            return None
        removed = sum(len(page.block(i).split()) for i, _ in revertible)
        # Words are counted line by line (one split of a 10 MB text would allocate every word
        # of it at once), and only until the share is at or under the threshold: it only falls
        # as lines are counted, and most documents get there within a few paragraphs.
        total = 0
        for line in page.lines:
            total += len(line.split())
            if total and removed / total <= self.guard_threshold:
                return None
        share = removed / total
        reverted = dict(revertible)
        for verdict in list(reverted.values()):
            anchor = verdict.anchor
            if anchor is not None and anchor not in reverted:
                anchored = page.verdicts[anchor]
                if anchored is not None:
                    reverted[anchor] = anchored
        for i in reverted:
            page.verdicts[i] = None
        return GuardOutcome(share, tuple(sorted(reverted.items())))


# A line that opens with a clause of purpose or condition, a comma closing it within a few words
# ("For the latest news, ", "Wenn Ihnen der Artikel gefallen hat, "), or with a promise a colon
# closes ("Nix verpassen im Fastelovend: "), perhaps after a bullet: what follows may be a call
# (the chain reads it again alone).
_LEAD_CANDIDATE = re.compile(
    rf"""^[^\S\n]*(?:[-•*·–][^\S\n]*)?(?:
        (?:{alternatives(words('call-leads'))})[^\S\n][^\n.!?,;:]{{1,90}},
      | (?:{alternatives(words('call-leads', 'promises'))})\b[^\n.!?,;:]{{0,60}}:
    )[^\S\n]+(?=\w)""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
#: The most words a line so led may have: a pitch of one or two sentences.
_LEAD_LINE_WORDS = 40
#: What a clause may lead to: a call to sign up, subscribe, follow, share or give, of a few words
#: ("read on" is the story's own turn), in one sentence (a second may be the story's, about a newsletter).
_LED_CALLS = frozenset({Category.NEWSLETTER, Category.SHARE, Category.DONATION, Category.PAYWALL})
_LED_CALL_WORDS = 4
_SECOND_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s+\S")


@functools.cache
def _speech() -> re.Pattern[str]:
    return reported_speech()


# A glued line is read piece by piece only when it is short, and a strong piece may leave this many
# words no rule names (a box's reply: "Merci de nous la signaler.").
_GLUED_WORDS = 40
_GLUED_REPLY_WORDS = 6
# Where an extractor glued two lines: a word opens (a capital, then a small letter) right after a
# small letter or a sentence's end, with no space between ("testenBereits", "Abo?Jetzt",
# "numérique.Plus"), or a one-letter label does ("FacebookXEmail"). A capital inside capitals
# ("ConversationalHEALTH") opens no line.
_LOWER, _UPPER = "a-zß-öø-ÿ", "A-ZÀ-ÖØ-Þ"
_GLUE_POINT = re.compile(
    rf"""(?:(?<=[{_LOWER}?!…])|(?<=[{_LOWER}]\.))(?=[{_UPPER}][{_LOWER}])
        |(?<=[{_LOWER}])(?=[{_UPPER}][{_UPPER}][{_LOWER}])
        |(?<=[{_UPPER}])(?=[{_UPPER}][{_LOWER}])""",
    re.VERBOSE,
)
# What every glue point has around it: a small letter or a sentence's end right before a capital, or
# a capital before a capital and a small letter. A search for that runs at the speed of a character
# set, where the lookbehinds are tried at every place; most short lines have neither.
_MAY_GLUE = re.compile(rf"[{_LOWER}?!….][{_UPPER}]|[{_UPPER}][{_UPPER}][{_LOWER}]")


# Code, addresses and handles glue words too: "printHeader()", "github.com/ab/KnowledgeBase", "@NewsDesk".
_CODE = re.compile(r"[(){}\[\];=<>@#]|\S[/\\]\S|\w\.\w")


# Where a row of buttons or a post's meta line keeps its separators: "Reageer · 48 reacties",
# "12 March 2024 | Politics | 3 comments". Pipes also divide a table's cells, whose rows are the
# article's: a line written as a row (``| cell | cell |``) is not split at them.
_SEPARATOR = re.compile(r"\s[·•]\s")
_MAY_SPLIT = re.compile(r"[·•|]")  # what any separator _glued_pieces splits at holds
_PIPE = re.compile(r"\s\|\s")
_ROW_SEPARATOR = re.compile(r"\s[·•|]\s")


def _reads_as_meta_line(pieces: Page) -> bool:
    """Whether the pieces of a line split by pipes are a post's meta line: named by the block rules,
    of two kinds or more ("29 November 2018 | 20 January 2019" is an exhibition's dates), each by
    strong evidence or a stamp's grammar, or beside a stamp by the page's furniture (a section, the
    weather: "Terça-feira, 7 de Abril de 2026 | Faro 19°C"); the first piece may be the stamp's place, unnamed
    ("Santarém (PA) | 02/03/2026 às 06h00 | Atualizado em …"). A weak label is shape alone: "Print
    | Digital | Audio: three ways to follow the trial" is a headline under its kickers."""
    verdicts = pieces.verdicts
    named = [found for found in verdicts if found is not None]
    stamped = any(Mark.DATELINE in found.rule.marks for found in named)
    unnamed = [j for j, found in enumerate(verdicts) if found is None]
    if unnamed and not (unnamed == [0] and stamped and _STAMP_PLACE.fullmatch(pieces.core(0))):
        return False
    return len({found.rule.code for found in named}) >= 2 and all(
        found.rule.evidence is Evidence.STRONG or Mark.DATELINE in found.rule.marks
        or (stamped and found.rule.category is Category.NAVIGATION)
        for found in named
    )


# A stamp's place: a few capitalised words, perhaps joined by a particle, perhaps with a region's
# code in brackets ("Santarém (PA)", "Rio de Janeiro", "Bruxelles").
_STAMP_PLACE = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|du|la|le|van|von|am|an)\s+)?[A-ZÀ-Þ][\w'’.-]*){0,2}"
    r"(?:\s*\([A-Z]{2,3}\))?"
)


def _glued_pieces(core: str, *, pipes: bool = False) -> list[str]:
    """The pieces of a glued line or a row of buttons, or the line alone; split at pipes too
    when ``pipes`` (the line is no table row)."""
    if "·" in core or "•" in core or (pipes and "|" in core):
        parts = (_ROW_SEPARATOR if pipes else _SEPARATOR).split(core)
    else:
        parts = [core]
    pieces: list[str] = []
    for part in parts:
        if _MAY_GLUE.search(part) is None or _GLUE_POINT.search(part) is None:
            pieces.append(part.strip())
        else:
            pieces.extend(piece for piece in _GLUE_POINT.split(part) if piece.strip())
    return [piece for piece in pieces if piece]


_ZONE_NOTES = {
    Zone.HEAD: "in the head, before the article's prose",
    Zone.TAIL: "in the tail, after the article's prose",
}


def _confirm_by_zone(page: Page, shape: Shape) -> None:
    """Confirm weak verdicts in the head, the tail, and islands that hold strong evidence.

    A label the same rule also finds alone between the article's own paragraphs
    (perhaps over an entry's headline) with nothing else to mark it, or finds
    there more than once right above a paragraph (a live blog's times, an
    interview's speaker labels), is the article's structure: it stays wherever it
    stands. So does a line with a figure between paragraphs whose form opens
    another line no rule took ("71 min" where "88 min GOAL! …" runs on): a live
    blog's entry, whatever stands beside it. A line inside a run of three or more
    that nothing marks is no such label, unless it opens the run as a sub-heading
    does (over a lead-in sentence, or over rows no rule took: "Europe" over
    "European shares closed:") or its words stand again elsewhere in the page (a
    listing's "Released:" over each entry): a widget's row ("1 EUR = 1,0842 USD"
    among a converter's fields) and a menu's first item say nothing of the quotes a
    ticker strip or a menu above the article holds.
    """
    if not shape.has_prose:
        return
    verdicts = page.verdicts
    anchored: dict[int, bool] = {}  # an island's first block -> whether it holds strong evidence
    lead = _lead_island(page, shape)
    if lead:
        anchored[lead.start] = True
    weak: list[tuple[int, str]] = []  # (block, note) for each weak verdict that could be confirmed
    inside: Counter[str] = Counter()  # rules -> their weak verdicts right above a paragraph
    structural: set[str] = set()  # rules whose labels stand between paragraphs as body
    entries: list[str] | None = None  # the openings of unmatched lines, read at the first figure
    buttons = _repeated_buttons(page)
    labels = Counter(page.core(i) for i, verdict in enumerate(verdicts) if verdict is not None)
    for i, verdict in enumerate(verdicts):
        if verdict is None or verdict.confirmed:
            continue
        if i in buttons:
            _confirm(page, i, f"a button repeated {buttons[i]} times in the page")
            continue
        zone = shape.zone(i)
        if zone is Zone.HEAD and _may_be_standfirst(page.core(i), page.words(i, PROSE_WORDS)):
            continue  # a paragraph above the article's prose may be its standfirst
        if zone is Zone.TAIL and Mark.LIST_HEADER in verdict.rule.marks and heads_fact_box(page, i):
            continue  # the title of the article's fact box under its last paragraph ("Ficha técnica")
        if zone is Zone.TAIL and _announced(page, i):
            continue  # a row of the list the article announces: "Así cerraron las monedas:"
        if zone is not Zone.BODY:
            weak.append((i, _ZONE_NOTES[zone]))
            continue
        if Mark.LIST_HEADER in verdict.rule.marks and (
            (i + 1 < len(page) and shape.prose[i + 1]) or heads_fact_box(page, i) or _heads_own_box(page, i)
        ):
            continue  # a label over the article's next paragraph, its fact box or its Q&A is a sub-heading
        if _heads_paragraph(page, shape, i):
            inside[verdict.rule.code] += 1  # heads the paragraph below it, as a live blog's times do
        if _DIGIT.search(core := page.core(i)):
            if entries is None:
                entries = _unmatched_openings(page)
            if _opens_entries(core, entries):
                continue  # "71 min" alone, where "88 min GOAL! …" opens another entry: the blog's minute
        island = shape.island(i)
        if island.start not in anchored:
            anchored[island.start] = any(
                verdicts[j] is not None and verdicts[j].confirmed for j in island  # type: ignore[union-attr]
            )
        if lead and island.start == lead.start:
            weak.append((i, "under the standfirst, beside the article's date"))
        elif anchored[island.start]:
            weak.append((i, "beside strong evidence, between paragraphs"))
        elif len(island) <= _LABEL_ISLAND or _heads_run(page, island, i) or labels[page.core(i)] > 1:
            structural.add(verdict.rule.code)
    structural.update(code for code, count in inside.items() if count > 1)
    # Entries whose times name their year ("21 Jan 2025, 03:05 PM IST"), by the rule that took them.
    yearly = Counter(
        verdict.rule.code
        for j, verdict in enumerate(verdicts)
        if verdict is not None and shape.zone(j) is Zone.BODY and _YEAR.search(page.core(j))
    )
    for i, note in weak:
        # A live blog's times make the date rule the article's structure, but not for the
        # article's own dated line above the first paragraph or under its standfirst: an entry's
        # time names no year, unless the blog's entries all do.
        code = verdicts[i].rule.code  # type: ignore[union-attr]
        dated = (i in lead or shape.zone(i) is Zone.HEAD) and _YEAR.search(page.core(i))
        if code not in structural or (dated and yearly[code] - (shape.zone(i) is Zone.BODY) < 2):
            _confirm(page, i, note)


#: The most lines an island may hold for a weak verdict in it, with nothing else to mark it, to
#: make its rule the article's structure: a label alone, or over an entry's headline.
_LABEL_ISLAND = 2


def _heads_run(page: Page, island: range, i: int) -> bool:
    """Whether block ``i`` opens its island over lines no rule took: a sub-heading over its lead-in
    ("Europe" over "European shares closed the week at record highs:") or over its rows when no
    other line of the run is marked ("Americas" over "S&P 500 up 0.2%", "Dow flat"); not a widget's
    title over its fields and its rate ("Währungsrechner" over "Betrag", …, "1 EUR = 1,0842 USD")."""
    below = i + 1
    if i != island.start or below >= len(page) or page.verdicts[below] is not None:
        return False
    if page.words(below, _LEAD_IN_WORDS) >= _LEAD_IN_WORDS and page.core(below).endswith(_LEAD_IN_ENDS):
        return True
    return all(page.verdicts[j] is None for j in island if j != i)


_LEAD_IN_WORDS = 5
_LEAD_IN_ENDS = (":", ".", "!", "?")
_WORD_OF_THREE = re.compile(r"[^\W\d_]{3}")  # a word that says what a button does
#: How often a share button's label must stand in one page to be each entry's button ("Share this
#: update" under every entry of a live blog), not a label of the article's own.
_BUTTON_REPEATS = 3


def _repeated_buttons(page: Page) -> dict[int, int]:
    """The blocks of weak share verdicts whose text closes a live blog's entries, with how many
    times it stands in the page: ``_BUTTON_REPEATS`` times or more, and right above the next entry's
    time (a time of day alone) at least twice. The article's own labels repeated under each
    candidate or each scam ("Facebook", "SMS") head their paragraphs, and a quoted hoax's refrain
    stands in no live blog. A button says what it does in a word ("Share this update"); letters
    alone ("X X X") may be the article's divider."""
    found = {
        i: page.core(i) for i, verdict in enumerate(page.verdicts)
        if verdict is not None and not verdict.confirmed and verdict.rule.category is Category.SHARE
        and _WORD_OF_THREE.search(page.core(i))
    }
    counts = Counter(found.values())
    over_times = Counter(
        core for i, core in found.items() if i + 1 < len(page) and _is_entry_time(page.core(i + 1))
    )
    return {
        i: counts[core] for i, core in found.items()
        if counts[core] >= _BUTTON_REPEATS and over_times[core] >= 2
    }


def _may_be_standfirst(core: str, words: int) -> bool:
    """Whether a line above the article's prose reads as its standfirst: prose, with enough words of
    letters. A stamp may end with an abbreviation's full stop ("Monterrey, NL / 18.08.2025 05:00
    hrs.", "septiembre 24, 2025 - 6:48 a. m."), but its figures and lone letters are no sentence."""
    if not reads_as_prose(core, words):
        return False
    return words >= PROSE_WORDS or len(_LETTER_WORDS.findall(core)) >= SENTENCE_WORDS


def _unmatched_openings(page: Page) -> list[str]:
    """The openings of the lines no rule took, their figures read as "#": "# min GOAL! …"."""
    return [
        _FIGURES.sub("#", page.core(j)[:_OPENING])
        for j, verdict in enumerate(page.verdicts)
        if verdict is None
    ]


def _opens_entries(core: str, openings: list[str]) -> bool:
    """Whether a line with a figure, its figures aside, opens a longer line no rule took: a live
    blog's time or minute ("71 min") alone on its line where another entry runs on after it
    ("88 min GOAL! …", "13:02 Minister arrives")."""
    form = _FIGURES.sub("#", core) + " "
    return len(form) < _OPENING and any(opening.startswith(form) for opening in openings)


def _heads_paragraph(page: Page, shape: Shape, i: int) -> bool:
    """Whether block ``i`` stands right above a prose paragraph, or above an unmatched line
    (an entry's headline) right above one: "22:41 Uhr", "Minister arrives", then the entry."""
    below = i + 1
    if below < len(page) and not shape.prose[below] and page.verdicts[below] is None:
        below += 1
    return below < len(page) and shape.prose[below]


def _announced(page: Page, i: int, reach: int = 8) -> bool:
    """Whether block ``i`` stands in a list the article announces: right above it, past the
    list's other rows (weak verdicts), a lead-in of the article's own (two words or more, no
    rule's match) ends with a colon, or the header of the article's own box heads the list ("Les
    chiffres clés de la séance"). A label a rule recognised ("Tags:") announces nothing of the
    article's."""
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        verdict = page.verdicts[j]
        if verdict is not None and not verdict.confirmed:
            continue  # another row of the list
        core = page.core(j)
        return verdict is None and (
            (core.endswith(":") and page.words(j, 2) >= 2) or summary_header(core)
        )
    return False


def _lead_island(page: Page, shape: Shape) -> range:
    """The island right after the first prose paragraph, when a date line with its year stands
    in it, or one with a number that is more than a time of day ("2 hours ago", "Heute, 05:00 Uhr"): the
    article's header continued below its standfirst (kicker, headline, standfirst, then the
    author and the date), where weak evidence counts as it does in the head. A time alone
    ("10:45 a.m.") may be a live blog's first entry, and stays. A copy of the first paragraph right
    below it (an extractor's repeat, which `DUP101` removes later) is that paragraph still: the
    island starts below it, so a second cleaning reads the header as the first did."""
    first = shape.first
    while first + 1 < len(page) and page.core(first + 1) == page.core(first):
        first += 1
    island = shape.island(first + 1) if first + 1 < len(page) else range(0)
    for i in island:
        verdict = page.verdicts[i]
        if verdict is not None and Mark.DATELINE in verdict.rule.marks and (
            _YEAR.search(core := page.core(i)) or (_DIGIT.search(core) and not _only_a_clock(core))
        ):
            return island
    return range(0)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")  # "hrs" is one; "a", "m" and "05:00" are none
_DIGIT = re.compile(r"\d")  # a stamp's label alone ("Released:") dates nothing
_FIGURES = re.compile(r"\d+")
_OPENING = 40  # characters of a line that may hold an entry's time
# A clock time: "10:45", "21h04", "11 h 47", "3 PM", "3 p.m.".
_CLOCK = re.compile(r"\d{1,2}\s?[:.h]\s?\d\d|\d{1,2}\s?[ap]\.?\s?m\b\.?", re.IGNORECASE)
# What a clock time may carry besides: short words ("Uhr", "uur", "ET") and punctuation.
_CLOCK_WORDS = re.compile(r"\b[^\W\d]{1,3}\b|[^\w]")


def _only_a_clock(core: str) -> bool:
    """Whether a stamp is a time of day and nothing more ("10:45 a.m.", "22:30 Uhr"): a live blog's
    entry may open so. A day ("Heute, 05:00 Uhr"), a date ("02-12-26, 07:12") or an age ("2 hours
    ago") dates the article."""
    return not _CLOCK_WORDS.sub("", _CLOCK.sub("", core)).strip()


def _is_entry_time(core: str) -> bool:
    """Whether a line is a time of day alone, as a live blog's entry opens ("2:15pm", "21:15")."""
    return _CLOCK.search(core) is not None and _only_a_clock(core)


def _spare_tables_and_specifications(page: Page) -> None:
    """Drop the block rules' verdicts on the article's tables and specification lists.

    A table's header row ("| Category | Price | Battery |") reads like a tag list or a teaser's
    call, but a row with a rule row (``|---|``) or a row of as many cells below it heads a table;
    it goes only with the table, so it stays when no rule took the table's first row below it.
    So do the rows of a table of figures that weak rules took fewer of than they left (see
    ``_spare_table_rows``).
    A table made for layout (a menu, a share bar) has empty cells, and no figures below a header.
    A specification list ("Processor: …", "Graphics: …", "Video: 4K/30p") is a run of three or
    more "Label: value" lines, most of which no rule took: there a media word's label with a
    number in its value ("Graphics: <model> 4050") is a specification, not a credit or a player.
    A date stamp or a byline there ("Date: …", "Posted by: … | <date>") still signs the page, unless
    a title stands over the run: then it is the article's fact box ("The case at a glance" over
    "Photographer: …").
    """
    verdicts = page.verdicts
    seen: set[int] = set()  # blocks of the table rows and "Label: value" runs already read
    for i in [i for i, verdict in enumerate(verdicts) if verdict is not None]:
        if i not in seen and page.is_row(i):
            rows = _run_around(page, i, Page.is_row)
            seen.update(rows)
            _spare_table_rows(page, rows)
        if verdicts[i] is None:
            continue
        if _heads_table(page, i) or _sources_table(page, i):
            verdicts[i] = None
        elif i not in seen and is_field(page, i):
            fields = _run_around(page, i, is_field)
            seen.update(fields)
            _spare_specifications(page, list(fields))


_VALUE_DIGIT = re.compile(r":[^:]*\d")


def _spare_dated_entries(page: Page) -> None:
    """Drop the weak verdicts of a stamp's rule that reads a list of dated entries: a run of lines
    the rule took, each within ``_ENTRY_GAP`` blocks of the last, of which ``_ENTRY_RUN`` different
    ones or more name someone (a concert calendar's "05.11.2025 - Lena Hofer - Stadthalle" under
    "04.11.2025 - Jonas Adler - Gasometer"). A page signs its article once or twice; a run of such
    lines is the article's list, and the rule's other lines are its entries too, whoever they
    name. A live blog's times and a forecast's days name no one."""
    runs: dict[str, list[list[int]]] = {}  # a rule -> its runs of blocks
    for i, verdict in enumerate(page.verdicts):
        if verdict is None or verdict.confirmed or Mark.DATELINE not in verdict.rule.marks:
            continue
        rule_runs = runs.setdefault(verdict.rule.code, [[]])
        if rule_runs[-1] and i - rule_runs[-1][-1] > _ENTRY_GAP:
            rule_runs.append([])
        rule_runs[-1].append(i)
    for rule_runs in runs.values():
        if any(len({core for core in map(page.core, run) if _names_someone(core)}) >= _ENTRY_RUN
               for run in rule_runs):
            for i in itertools.chain.from_iterable(rule_runs):
                page.verdicts[i] = None


def _names_someone(core: str) -> bool:
    """Whether a piece of a dated line, between its separators and without a figure, holds two
    capitalised words: "Lena Hofer" in "05.11.2025 - Lena Hofer - Stadthalle"; a stamp's day and
    month ("Wed, Jan 16 2008, 07:42 GMT") stand in pieces of their own or beside figures."""
    return any(len(_CAPITALISED.findall(piece)) >= 2 for piece in _PIECE_BREAK.split(core)
               if not _DIGIT.search(piece))


_ENTRY_RUN = 3
_ENTRY_GAP = 2
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+")
_PIECE_BREAK = re.compile(r"\s[-–—|·•/]\s|,")


def _run_around(page: Page, i: int, belongs: Callable[[Page, int], bool]) -> range:
    """The run of blocks around block ``i`` that all ``belong`` (a table's rows, a run of fields)."""
    start, end = i, i + 1
    while start > 0 and belongs(page, start - 1):
        start -= 1
    while end < len(page) and belongs(page, end):
        end += 1
    return range(start, end)


def _spare_table_rows(page: Page, rows: range) -> None:
    """Drop the weak verdicts on the rows of a table of figures that no rule took as much of: a
    timetable's row reads as a place and its time ("El Perdón | 18:30 | 22:10 | Suspendida"), but
    it goes only with its table. A table made for layout (a menu, a date over a story) has empty
    cells. Where every row has as many cells and rules left three rows or more, and twice as many as
    they took, no verdict stands, strong ones included: a comparison's row "Newsletters | 2 | All 9"
    or "Operator | App > My plan > Extras | 2 bills" is the table's."""
    cells = [_row_cells(page, i) for i in rows]
    if any(row is None for row in cells):
        return
    matched = [i for i in rows if page.verdicts[i] is not None]
    unmatched = [i for i in rows if page.verdicts[i] is None]
    if len(unmatched) < len(matched) or not any(_DIGIT.search(page.core(i)) for i in unmatched):
        return
    square = len({len(row) for row in cells if row is not None}) == 1
    whole = square and len(unmatched) >= max(3, 2 * len(matched))
    for i in matched:
        if whole or page.verdicts[i].rule.evidence is Evidence.WEAK:  # type: ignore[union-attr]
            page.verdicts[i] = None


def _spare_specifications(page: Page, run: list[int]) -> None:
    if len(run) < 3:
        return
    matched = [i for i in run if page.verdicts[i] is not None]
    unmatched = len(run) - len(matched)
    if not matched or unmatched < 2 or unmatched < 2 * len(matched):
        return
    titled = _titled_run(page, run[0])
    for i in matched:
        signs = _is_byline_or_stamp(page.verdicts[i])
        figure = _VALUE_DIGIT.search(page.core(i)) is not None
        if (signs and titled) or (not signs and figure and not _captioned(page, i)):
            page.verdicts[i] = None


def _titled_run(page: Page, first: int) -> bool:
    """Whether a title stands over the run of fields opening at ``first``: right above it, or above
    the one line no rule took that names the box's subject ("SERVIÇO", then the play's title, then
    "Onde: …")."""
    if _titles_fact_box(page, first - 1):
        return True
    named = first - 1
    return (named > 0 and page.verdicts[named] is None
            and is_headline_like(page.core(named), page.words(named, 16), limit=15)
            and _titles_fact_box(page, named - 1))


def _heads_own_box(page: Page, i: int) -> bool:
    """Whether the label at ``i`` is the header of the article's own summary or Q&A ("Preguntas
    frecuentes") over a line no rule took."""
    below = i + 1
    return below < len(page) and page.verdicts[below] is None and summary_header(page.core(i))


def _titles_fact_box(page: Page, i: int) -> bool:
    """Whether block ``i``, right above a run of fields, is its title ("The case at a glance",
    "Ficha técnica"): a short label, no field itself, no related-links header. Under a title a
    field that reads as a byline or a stamp is the fact box's ("Photographer: …", "Duración: 104
    minutos"); a page's own byline and stamps stand in no titled box."""
    if i < 0 or is_field(page, i) or not is_label_like(page.core(i), page.words(i, 8), limit=6):
        return False
    return not heads_links(page, i)


def _captioned(page: Page, i: int) -> bool:
    """Whether a credit rule's block is a caption its credit signs (see ``signs_its_caption``)."""
    return page.verdicts[i].rule.category is Category.CREDIT and signs_its_caption(  # type: ignore[union-attr]
        page.core(i)
    )


def _spare_steps(page: Page) -> None:
    """Drop the block rules' verdicts on the steps of a how-to in the article.

    An article that explains how to do something (set up an app, give to a drive, follow new
    rules) lists the steps as a run of short sentences under a line that announces them: a
    sub-heading ("How to sign up", "Comment participer") or a line ending in a colon ("There are
    three ways to help:"), or with a number or a bullet before each. A step says what a
    publisher's call says ("Download the app …", "Donate online …"), but a call stands alone or
    among other calls, and a step among other steps no rule took: a run of three or more, at
    least two and at least half of them untaken. A line that opens with an article or a pronoun
    ("The club raised …") or reports speech is the story's prose, no step; what a rule took below
    the last step is the page's. Among the steps, the calls are the article's, but for one in the
    publisher's voice ("our app"); a byline, a date or a correction note still signs the page.
    """
    verdicts = page.verdicts
    i = 0
    while i < len(page):
        if verdicts[i] is None or not _is_step(page, i, False, loose=True):
            i += 1
            continue
        # Numbered or bulleted steps are the lines so marked; others, the sentences under the line
        # that announces them. Items that end unpunctuated are steps only under a colon.
        marked = bool(_STEP_MARKER.match(page.block(i).lstrip()))
        strict = _is_step(page, i, False)
        run, reached = _step_run(page, i, marked, loose=False) if strict else (range(0), i + 1)
        if not (strict and _is_how_to(page, run, marked, loose=False)):
            run, reached = _step_run(page, i, marked, loose=True)
            if not _is_how_to(page, run, marked, loose=True):
                i = max(i + 1, reached)
                continue
        i = max(i + 1, reached)
        # A numbered step may state what it gives ("3. Activate the subscription: unlimited access.")
        # or name the paywall's promise ("4. Cancel whenever you like, on the site").
        no_step = _SIGNS if marked and _numbered(page, run) else _NO_STEP
        # Under the article's own sub-heading, numbers 1, 2, 3 make every step the article's, in the
        # publisher's voice too: an outlet tells its readers what they can do ("3. Share our stories").
        counted = marked and _announced_count(page, run)
        for j in run:
            verdict = verdicts[j]
            if verdict is None or (not counted and _publishers_call(page.core(j))):
                continue  # a call in the publisher's voice ("our app") or for journalism is the page's
            signs = verdict.rule.category in no_step or Mark.DATELINE in verdict.rule.marks
            if not signs:
                verdicts[j] = None


def _publishers_call(core: str) -> bool:
    return _OURS.search(core) is not None or _CRAFT.search(core) is not None


#: What signs the page among a how-to's steps: no step says who wrote it or what was corrected.
_SIGNS = frozenset({Category.BYLINE, Category.CORRECTION})
#: Nor is a paywall's notice a step ("The full analysis is for subscribers only."): it states.
_NO_STEP = _SIGNS | {Category.PAYWALL}


def _spare_story(page: Page) -> None:
    """Drop every verdict on a block that is the prose of a caption telling the page's story (a
    gallery's, known from its markup): a caption rule reads it as a photo's, glued to its credit."""
    story = page.context.story
    if not story:
        return
    for i, verdict in enumerate(page.verdicts):
        if verdict is not None and normalise(page.block(i)) in story:
            page.verdicts[i] = None


def _spare_speaker_turns(page: Page) -> None:
    """Drop the context rules' verdicts on a transcript's speaker labels and on their turns.

    A transcript prints a speaker's name on a line of its own over each of their turns ("Léa
    Marchetti", then what she says): a short capitalised line that recurs so three times or more,
    over a sentence at least twice, which no block rule took anywhere, is a speaker's label. Shape
    rules read a label in the tail as a stray line, and the learned scorer a host's sign-off
    ("C'est la fin de cet épisode… parlez-en autour de vous") as a pitch; a block rule's verdict on
    a turn (a sponsor's read with its promo code) stands. So it goes for turns that print the
    speaker's name before the words (:func:`_inline_turns`)."""
    shape = page.shape
    if shape is None:
        return
    seats_of: dict[str, list[int]] = {}
    for i in range(len(page)):
        if _may_be_speaker(page, i):
            seats_of.setdefault(page.core(i), []).append(i)
    for seats in seats_of.values():
        if len(seats) < 3 or any(_block_verdict(page.verdicts[i]) for i in seats):
            continue
        if sum(i + 1 < len(page) and _is_turn(page, shape, i + 1) for i in seats) < 2:
            continue
        for i in seats:
            _drop_context_verdicts(page, (i, i + 1))
    _drop_context_verdicts(page, _inline_turns(page))


def _inline_turns(page: Page) -> list[int]:
    """The turns of a transcript that prints each speaker's name before their words ("Hana Rāwiri:
    That's the show for this week."): a dialogue, where neighbouring turns change speaker twice or
    more, each turn a sentence, and no block rule took any turn of its speakers. Headlines under
    kickers ("Premier League: Arsenal beat Chelsea") are no sentences, and a tip line's "Contact:"
    no name."""
    turns: list[tuple[int, str]] = []
    for i in range(len(page)):
        core = page.core(i)
        found = _SPEAKER_LABEL.match(core)
        if found is not None and _is_name(found.group(1)) and ends_like_sentence(core):
            turns.append((i, found.group(1)))
    changes = sum(
        1 for (i, speaker), (j, other) in itertools.pairwise(turns) if j - i <= 2 and speaker != other
    )
    if changes < 2:
        return []
    taken = {speaker for i, speaker in turns if _block_verdict(page.verdicts[i])}
    return [i for i, speaker in turns if speaker not in taken]


def _is_name(label: str) -> bool:
    """Every word capitalised but a particle ("Léa Marchetti", "Jan van Dijk")."""
    return all(word in _PARTICLES or word[:1].isupper() for word in label.split())


# A name of two to four words (a particle among them) and a colon (after a space in French), then
# the turn's words.
_SPEAKER_LABEL = re.compile(r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3})[ \u00a0\u202f]?:\s+\S")


def _drop_context_verdicts(page: Page, blocks: Sequence[int]) -> None:
    for i in blocks:
        verdict = page.verdicts[i] if i < len(page) else None
        if verdict is not None and isinstance(verdict.rule, ContextRule):
            page.verdicts[i] = None


def _may_be_speaker(page: Page, i: int) -> bool:
    """A name's shape: up to four words, each capitalised but a particle ("Léa Marchetti", "Ilse",
    "Jan van Dijk"); not a repeated button ("Zum Vergrößern bitte anklicken")."""
    core = page.core(i)
    return (is_label_like(core, page.words(i, 5), 4) and _is_name(core)
            and not any(character.isdigit() for character in core))


_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "das", "del", "della", "du", "des", "la", "le", "van",
                        "von", "der", "den", "ter", "ten", "y", "e"})


def _is_turn(page: Page, shape: Shape, i: int) -> bool:
    """A turn: prose, or a sentence however short ("I was nine.", "And the last time?")."""
    return shape.prose[i] or ends_like_sentence(page.core(i))


def _block_verdict(verdict: Verdict | None) -> bool:
    return verdict is not None and not isinstance(verdict.rule, ContextRule)


def _spareable(verdict: Verdict | None) -> bool:
    """Whether a Q&A may drop a block rule's verdict: not a byline's, a correction's or a stamp's,
    which sign the article wherever they stand."""
    if verdict is None:
        return False
    return verdict.rule.category not in _SIGNS and Mark.DATELINE not in verdict.rule.marks


def _spare_answers(page: Page) -> None:
    """Drop the block rules' verdicts on the answers of the article's questions and answers.

    A Q&A about a paywall or a donation drive answers in boilerplate's words ("1 € le premier mois,
    puis 7,90 € par mois."), but under a question no rule took, among other such questions: the
    question above and another one just below it or two blocks above. An answer is a stated
    sentence of some length; a call under a question ("Déjà abonné ? Connectez-vous") is short, and
    one in the publisher's voice ("our app") is the page's."""
    verdicts = page.verdicts
    for i in range(1, len(page)):
        verdict = verdicts[i]
        if not _spareable(verdict):
            continue
        if not (_is_question(page, i - 1) and (_is_question(page, i + 1) or _is_question(page, i - 3))):
            continue
        if _states_answer(page, i):
            verdicts[i] = None


def _spare_questions(page: Page) -> None:
    """Drop the block rules' verdicts on the questions of the article's Q&A.

    A Q&A about a paywall asks in its buttons' words ("Já sou assinante da edição em papel. Tenho de
    pagar outra vez?"), but it is answered right below, in a stated sentence no rule took, and
    another question no rule took stands two blocks above or below: the article's rhythm of
    question and answer. A prompt's question is followed by its call ("Já é assinante? Entrar")."""
    verdicts = page.verdicts
    for i in range(len(page) - 1):
        verdict = verdicts[i]
        if not _spareable(verdict):
            continue
        if not (_asks(page, i) and (_is_question(page, i - 2) or _is_question(page, i + 2))):
            continue
        if verdicts[i + 1] is None and _states_answer(page, i + 1):
            verdicts[i] = None


def _states_answer(page: Page, i: int) -> bool:
    """Whether block ``i`` is a stated sentence of an answer's length, not in the publisher's voice."""
    core = page.core(i)
    stated = page.words(i, _ANSWER_WORDS) >= _ANSWER_WORDS and ends_like_sentence(core)
    return stated and not _OURS.search(core)


#: The fewest words of an answer: a call under a question is shorter.
_ANSWER_WORDS = 8
#: The most words of a question in a Q&A.
_QUESTION_WORDS = 30


def _is_question(page: Page, i: int) -> bool:
    """Whether block ``i`` is a question of the article's that no rule took."""
    return 0 <= i < len(page) and page.verdicts[i] is None and _asks(page, i)


def _asks(page: Page, i: int) -> bool:
    """Whether block ``i`` has a Q&A question's shape: a few words that end in a question mark."""
    words = page.words(i, _QUESTION_WORDS)
    return 3 <= words <= _QUESTION_WORDS and page.core(i).rstrip(CLOSERS).endswith("?")


def _step_run(page: Page, i: int, marked: bool, *, loose: bool) -> tuple[range, int]:
    """The run of steps around block ``i``, without what a rule took below the last step (the
    page's, below the how-to) unless the steps are numbered 1, 2, 3 … under the article's line or
    sub-heading that announces them, and where the run of step-like lines ended."""
    start, end = i, i + 1
    while start > 0 and _is_step(page, start - 1, marked, loose=loose):
        start -= 1
    while end < len(page) and _is_step(page, end, marked, loose=loose):
        end += 1
    reached = end
    if marked and _announced_count(page, range(start, end)):
        return range(start, end), reached  # the numbers say where the steps end
    while end > start and page.verdicts[end - 1] is not None:
        end -= 1
    return range(start, end), reached


def _is_how_to(page: Page, run: range, marked: bool, *, loose: bool) -> bool:
    """Whether ``run`` is a how-to's steps: three or more, at least two and half of them no rule's,
    under a line that announces them unless numbered or bulleted. Unpunctuated items need a line
    ending in a colon, and no more than one of them a rule's; numbered ones, the numbers 1, 2, 3 …
    under the article's sub-heading."""
    if not (marked or _announces(page, run.start - 1, colon=loose)):
        return False
    if loose and any(_is_numbered_clause(page, j) for j in run) and not _announced_count(page, run):
        return False  # unpunctuated numbered items: a how-to's only under its sub-heading
    untaken = sum(page.verdicts[j] is None for j in run)
    taken = len(run) - untaken
    if marked and _announced_count(page, run, colon=True):
        # Steps numbered 1, 2, 3 under the article's sentence that announces them ("… the path is
        # this:"): one step no rule took is enough, though the others name the paywall they explain.
        return len(run) >= 3 and untaken >= 1
    return len(run) >= 3 and untaken >= 2 and taken <= untaken and not (loose and taken > 1)


def _announced_count(page: Page, run: range, *, colon: bool = False) -> bool:
    """Whether the blocks of ``run`` are numbered 1, 2, 3 … in order, under the article's line that
    announces them (with ``colon``, one that ends in a colon)."""
    return _numbered(page, run) and _announces(page, run.start - 1, colon=colon)


def _numbered(page: Page, run: range) -> bool:
    """Whether the blocks of ``run`` are numbered 1, 2, 3 … in order."""
    for n, j in enumerate(run, 1):
        found = _STEP_NUMBER.match(page.block(j).lstrip())
        if found is None or int(found.group(1)) != n:
            return False
    return True


def _spare_media_headline(page: Page) -> None:
    """Keep a gallery's, a video's or a live page's headline where it opens the page: "Fotos: So sah
    die Innenstadt nach dem Unwetter aus" between paragraphs is a teaser to another page, but the
    first line above the article that is no kicker, menu, byline or credit is the article's own
    title. A credit ("Foto: dpa") names no headline: after a media word the title is a phrase of
    several words, most of them in small letters or saying what its names do; after a live label
    ("Liveticker: 1. FC Köln – Werder Bremen 2:1") no credit stands. The line right above the
    article's lead is its headline under furniture a rule took, whatever stands higher up (a
    masthead's name), unless a byline or a stamp does: a headline stands above those, a video's
    caption below them; under a line no rule took, it is a teaser under the headline."""
    if not any(_is_media_headline(page, i) for i in range(min(len(page), _HEADLINE_SLOTS))):
        return
    lead = Shape.of(page).first  # the verdicts' prose as it stands: the headline's is not prose
    if 0 < lead <= _HEADLINE_SLOTS and _is_media_headline(page, lead - 1) and (
        lead == 1 or page.verdicts[lead - 2] is not None  # under furniture, not under a headline
    ) and not any(_is_byline_or_stamp(verdict) for verdict in page.verdicts[: lead - 1]):
        page.verdicts[lead - 1] = None
        return
    for i, verdict in enumerate(page.verdicts[:_HEADLINE_SLOTS]):
        if verdict is None:
            if page.words(i, _TITLE_WORDS) < _TITLE_WORDS:
                continue  # a kicker no rule named ("São Paulo")
            return  # the headline's slot is taken
        if verdict.rule.category not in (Category.RELATED, Category.CREDIT):
            continue  # a kicker, a menu, a byline above the headline
        if _is_media_headline(page, i):
            page.verdicts[i] = None
            return


def _is_byline_or_stamp(verdict: Verdict | None) -> bool:
    """Whether a verdict takes a byline or a date stamp."""
    if verdict is None:
        return False
    return verdict.rule.category is Category.BYLINE or Mark.DATELINE in verdict.rule.marks


def _is_media_headline(page: Page, i: int) -> bool:
    """Whether a related or credit rule took block ``i`` and it reads as a live or media page's title."""
    verdict = page.verdicts[i]
    if verdict is None or verdict.rule.category not in (Category.RELATED, Category.CREDIT):
        return False
    core = page.core(i)
    return not ends_like_sentence(core) and bool(_LIVE_HEADLINE.fullmatch(core) or _is_media_title(core))


def _spare_lone_list_headers(page: Page, shape: Shape) -> None:
    """Keep a list header that is also a sub-heading's noun ("Recomendaciones") alone between two
    paragraphs: with no headline beside it or below it, it heads the paragraph below. Real teaser
    boxes put "Related Stories" over a teaser's long summary too, so only the vocabulary's
    ``subheads`` are read so."""
    for i in range(1, len(page) - 1):
        verdict = page.verdicts[i]
        if verdict is None or Mark.LIST_HEADER not in verdict.rule.marks:
            continue
        if not (shape.prose[i - 1] and shape.prose[i + 1]) or page.words(i + 1, PROSE_WORDS) < PROSE_WORDS:
            continue  # over a teaser's sentence or two
        if page.core(i).strip().casefold() in _sub_heading_nouns():
            page.verdicts[i] = None


@functools.cache
def _sub_heading_nouns() -> frozenset[str]:
    return frozenset(phrase.casefold() for phrase in words("related-header", "subheads"))


def _spare_sibling_headings(page: Page) -> None:
    """Keep a line shaped like the article's own sub-headings: a topic, a colon and a verdict in
    lower case, where the article heads two more of its sections so. A review's "Écran : une
    référence", "Autonomie : deux jours sans stress" make "Photo : le téléobjectif fait la
    différence" a section's heading, not a credit (whose name, after its label, is capitalised).
    The line must head something no rule took."""
    headings = [
        i for i in range(len(page) - 1) if page.verdicts[i + 1] is None and _is_labelled_heading(page.core(i))
    ]
    kept = sum(1 for i in headings if page.verdicts[i] is None)
    for i in headings:
        if page.verdicts[i] is not None and kept >= _SIBLING_HEADINGS:
            page.verdicts[i] = None


#: How many sub-headings of that shape the article must hold besides the line it spares.
_SIBLING_HEADINGS = 2
# "Autonomie : deux jours sans stress": a topic, a colon, and two to nine words without a credit's
# slash, a figure or a tag list's commas.
_LABELLED_HEADING = re.compile(r"[^\W\d_][\w'’-]*\s?:\s(?:[^\s/©\d,;|·]+\s){1,8}[^\s/©\d,;|·]+")


def _is_labelled_heading(core: str) -> bool:
    """Whether ``core`` reads as a sub-heading of a topic and a verdict: "Écran : une référence"."""
    core = core.strip()
    verdict = core.partition(":")[2].strip()
    return bool(_LABELLED_HEADING.fullmatch(core)) and verdict[:1].islower() and not ends_like_sentence(core)


def _spare_echoed_headings(page: Page) -> None:
    """Keep a sub-heading that the paragraph below it quotes: "Tips? Bel Roodbeen" above "… met de
    regel: ‘Tips? Bel Roodbeen.’" is the story's motto, not the paper's call for tips. A heading
    has no closing full stop; a box's line that a story quotes (a pop-up's "Subscribe to read.")
    stands apart from the paragraph that quotes it."""
    for i, verdict in enumerate(page.verdicts[:-1]):
        if verdict is None or page.words(i, _ECHO_WORDS) >= _ECHO_WORDS:
            continue
        if page.words(i + 1, PROSE_WORDS) < PROSE_WORDS:
            continue
        heading = page.core(i)
        if ends_like_sentence(heading) or len(heading.split()) < 2:
            continue
        paragraph = page.block(i + 1)
        wanted = heading.casefold()
        if any(wanted in paragraph[start:end].casefold() for start, end in quotations(paragraph)):
            page.verdicts[i] = None


def _spare_subjects_bio(page: Page) -> None:
    """Keep the profile of the person the article is about, which reads as an author's bio ("Jane
    Doe, 52, leads the zoonoses unit …" under "Zur Person"): a weak byline's sentence whose person
    speaks in two or more of the article's paragraphs ("Doe: No raw milk …", "…, Doe said"). An
    author signs the article and is not quoted in it."""
    for i, verdict in enumerate(page.verdicts):
        if verdict is None or verdict.rule.category is not Category.BYLINE or verdict.confirmed:
            continue
        if page.words(i, _BIO_WORDS) < _BIO_WORDS or not ends_like_sentence(page.core(i)):
            continue  # a byline or a dateline, whose names may be a place's ("Uxía Lorenzo Vigo")
        surname = _surname(page.core(i))
        if surname is None:
            continue
        mention = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
        named = sum(
            1 for j, other in enumerate(page.verdicts)
            if j != i and other is None and page.words(j, PROSE_WORDS) >= PROSE_WORDS
            and _speaks(page.core(j), surname, mention)
        )
        if named >= _SUBJECT_MENTIONS:
            page.verdicts[i] = None


def _speaks(paragraph: str, surname: str, mention: re.Pattern[str]) -> bool:
    """Whether the person of ``surname`` speaks in ``paragraph``: an interview's answer under the
    name ("Doe: No raw milk …"), or a paragraph that names her and reports speech. A writer the
    article names ("Senior staff writer Jane Doe has tested …") does not speak."""
    if paragraph.startswith(surname) and paragraph[len(surname):].lstrip().startswith(":"):
        return True
    return mention.search(paragraph) is not None and _speech().search(paragraph) is not None


def _surname(core: str) -> str | None:
    """The surname of the name that opens a bio ("Henrike Algermissen, 52, …", "Prof. Dr. Jane
    Doe", "Dr Smith", "Ursula von der Leyen", "Seán O’Brien"): its last capitalised word of three
    letters or more, after a title and with the particles inside, if two capitalised words make
    the name or a title stands before one."""
    name: list[str] = []
    titled = False
    for word in core.split(maxsplit=7)[:7]:
        bare = word.rstrip(",.:;")
        if not name and bare.casefold() in _TITLES:
            titled = True
            continue
        if name and bare in _PARTICLES:
            continue
        if not bare[:1].isupper() or not bare.replace("-", "").replace("'", "").replace("’", "").isalpha():
            break
        name.append(bare)
        if bare != word or len(name) == _NAME_WORDS:
            break
    return name[-1] if len(name) >= (1 if titled else 2) and len(name[-1]) >= 3 else None


#: What may stand before a name in a bio, and inside it.
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mme", "m", "sr", "sra", "dott", "dottssa", "ing"})
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di",
                        "du", "la", "le", "ter", "ten", "zu"})
_NAME_WORDS = 4


#: A profile is a sentence of this many words or more.
_BIO_WORDS = 8
#: How many of the article's paragraphs name the person of a profile, for it to be the article's.
_SUBJECT_MENTIONS = 2


#: A heading a paragraph may quote has fewer words than this.
_ECHO_WORDS = 10


def _is_media_title(core: str) -> bool:
    found = _MEDIA_HEADLINE.match(core)
    if found is None:
        return False
    title = found.group("title").split()
    return len(title) >= _TITLE_WORDS and (
        sum(word[:1].islower() for word in title) * 2 >= len(title) or _names_an_action(found.group("title"))
    )


def _names_an_action(title: str) -> bool:
    """A title of names still says what they do ("Taylor Swift dazzles at Wembley"): a word in small
    letters that no credit prints. A credit separates its names with a slash, a bar or a ©."""
    if any(mark in title for mark in "/|©"):
        return False
    return any(
        len(word) >= 3 and word[:1].islower() and word.lower() not in _CREDIT_WORDS
        for word in _WORD.findall(title)
    )


_MEDIA_HEADLINE = re.compile(
    rf"(?:{alternatives(words('media-headline'))})\s*:\s*(?P<title>[^\n]{{10,200}})", re.IGNORECASE
)
# A live label and a title, no menu's bar after it ("EN DIRECT | Émissions | Balados").
_LIVE_HEADLINE = re.compile(
    rf"(?:{alternatives(words('live-teaser', 'phrases'))})\s*(?:[:|–—-]|>>|»|→)\s*[^|\n]{{10,200}}",
    re.IGNORECASE,
)
#: How far down the headline may stand under a kicker, a menu, a cookie banner and a byline (a
#: page dumped whole opens with a dozen menu items and the banner's buttons).
_HEADLINE_SLOTS = 25
_TITLE_WORDS = 4
_CREDIT_WORDS = frozenset(word.lower() for word in words("media-headline", "credit"))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


#: The most words a step of a how-to has: one or two sentences.
_STEP_WORDS = 32
#: A step's number ("1.", "2)") or bullet ("•", "-").
_STEP_NUMBER = re.compile(r"(\d{1,2})[.)]\s")
_STEP_MARKER = re.compile(rf"(?:{_STEP_NUMBER.pattern}|[•·▪◦‣●*–—-]\s?)")
#: A line that opens with an article, a demonstrative, a subject pronoun or a quotation states or
#: reports; a step opens with its verb (or a place or time: "In the app, tap …", "nelle storie, …").
_STEP_REPORTS = re.compile(
    rf"""[‘“„«"'‹]|(?:{alternatives(words("statement-openers"))})(?:\s|(?<=['’]))""", re.IGNORECASE
)
#: The publisher speaking of itself: "our app", "unsere App", "notre appli", "nuestra", "onze".
_OURS = re.compile(whole_words(words("publisher-voice")), re.IGNORECASE)
#: The publisher's work a call names: "Apoia o jornalismo independente" asks for the page's own.
_CRAFT = re.compile(whole_words(words("publisher-voice", "craft")), re.IGNORECASE)


def _is_step(page: Page, i: int, marked: bool, *, loose: bool = False) -> bool:
    """Whether block ``i`` may be a step of a how-to: one short sentence or two, closed by a full
    stop or (in a list) a semicolon; with ``marked``, numbered or bulleted. A call shouts ("Subscribe
    to the Newsletter!") and a headline capitalises its words; a step states."""
    if marked and not _STEP_MARKER.match(page.block(i).lstrip()):
        return False
    if page.is_row(i) or page.words(i, _STEP_WORDS) > _STEP_WORDS or page.words(i, 3) < 3:
        return False
    core = page.core(i)
    end = core.rstrip(CLOSERS)
    closed = end.endswith((".", ";")) or (loose and (_is_loose(page, i) or _is_numbered_clause(page, i)))
    if not closed or end.endswith(("..", "…")):
        return False
    # German capitalises its nouns: a numbered sentence is a step, whatever its capitals.
    if is_title_case(core) and not (end.endswith(".") and _STEP_MARKER.match(page.block(i).lstrip())):
        return False
    if _STEP_REPORTS.match(core):
        return False
    # A numbered step may go on to report what it takes ("The company says this takes four
    # minutes."); an unnumbered line that reports speech is the story's prose.
    return marked or reported_speech().search(core) is None


def _is_loose(page: Page, i: int) -> bool:
    """Whether block ``i`` is a clause that ends with no punctuation at all, as the items of a
    list often do ("Baixe o app somente pela loja oficial"): a step only under a line ending in
    a colon. A short line, a labelled one ("Tel: …") or a bulleted one is no such clause."""
    return (
        _ends_open(page.core(i))
        and page.words(i, _LOOSE_WORDS) >= _LOOSE_WORDS
        and not _STEP_MARKER.match(page.block(i).lstrip())
    )


#: The fewest words of a list item that ends unpunctuated and still reads as a step.
_LOOSE_WORDS = 6


def _is_numbered_clause(page: Page, i: int) -> bool:
    """Whether block ``i`` is a numbered item that ends with no punctuation ("1. Acesse o site"):
    a step only where the run is numbered 1, 2, 3 … under the article's sub-heading (see
    :func:`_is_how_to`), since a teaser list is numbered too."""
    return bool(_STEP_NUMBER.match(page.block(i).lstrip())) and _ends_open(page.core(i))


def _ends_open(core: str) -> bool:
    """Whether a line ends with no punctuation at all, and holds no label's colon or bar."""
    core = core.rstrip()
    return core[-1:].isalnum() and not any(mark in core for mark in ":|")


def _announces(page: Page, i: int, *, colon: bool = False) -> bool:
    """Whether block ``i``, which no rule took, announces the steps below it: a line ending in a
    colon, or (unless ``colon``) a sub-heading of a few words with no sentence's end ("Cómo
    participar")."""
    if i < 0 or page.verdicts[i] is not None or page.is_row(i):
        return False
    core = page.core(i).rstrip()
    if core.endswith(":"):
        return True
    if colon or ": " in core:
        return False  # a headline's "Einbruch in Bäckerei: Polizei sucht Zeugen" announces no steps
    return page.words(i, _HEADING_WORDS) <= _HEADING_WORDS and not core.rstrip(CLOSERS).endswith(
        (".", "!", "?", "…", ";", ",")
    )


_HEADING_WORDS = 6


def _is_rule_row(page: Page, i: int) -> bool:
    """Whether block ``i`` is a table's rule row as the extractor writes it: ``|---|---|``."""
    return page.is_row(i) and not page.block(i).strip().strip("|-: ")


def _cells(page: Page, i: int) -> list[str] | None:
    """The cells of block ``i`` when it is a table row none of whose cells is empty."""
    if not page.is_row(i):
        return None
    row = page.block(i).strip()
    if row.startswith("|"):
        row = row[1:-1]
    cells = [cell.strip() for cell in row.split("|")]
    return cells if all(cells) else None


def _heads_table(page: Page, i: int) -> bool:
    """Whether block ``i`` is the first row of a table whose next row no rule took: a rule row
    stands below it, or a row of as many cells with a figure in it (a layout table's menu has
    none). Rows with empty cells are a layout's."""
    if (i > 0 and page.is_row(i - 1)) or _is_rule_row(page, i):
        return False
    header = _cells(page, i)
    if header is None:
        return False
    below = i + 1
    ruled = below < len(page) and _is_rule_row(page, below)
    if ruled:
        below += 1
    if below >= len(page) or page.verdicts[below] is not None:
        return False
    row = _cells(page, below)
    if row is None or len(row) != len(header):
        return False
    return ruled or any(map(_DIGIT.search, row))


def _sources_table(page: Page, i: int) -> bool:
    """Whether block ``i`` is a byline rule's source line ("Source: Acme Group") right under two rows
    of a table that no rule took, the last with a figure: the source of its figures, which belongs
    to the table, not a wire's attribution. A line that goes on after a bar is no source line."""
    verdict = page.verdicts[i]
    if verdict is None or verdict.rule.category is not Category.BYLINE or i < 2:
        return False
    core = page.core(i)
    if not _DATA_SOURCE.match(core) or "|" in core:
        return False
    if page.verdicts[i - 1] is not None or page.verdicts[i - 2] is not None:
        return False
    rows = [_row_cells(page, j) for j in (i - 2, i - 1)]
    return all(rows) and len(rows[0]) == len(rows[1]) and any(map(_DIGIT.search, rows[1]))  # type: ignore[arg-type]


def _row_cells(page: Page, i: int) -> list[str] | None:
    """The cells of block ``i`` when it is a table row, with or without the pipes at its ends
    ("Porrentruy | 420 | 85": some extractors drop them), or a list's row of a label and its figure
    ("2024: 967.000", "Passagiere: 1,2 Mio."), as a fact box sets out the same figures."""
    if page.is_row(i):
        return _cells(page, i)
    core = page.core(i)
    cells = core.split(" | ")
    if len(cells) < 2 and (fact := figure_row(core)) is not None:
        cells = [fact["label"], fact["figure"]]
    return cells if len(cells) >= 2 and all(cell.strip() for cell in cells) else None


#: A source's label: what a table or a chart names its figures' origin with.
_DATA_SOURCE = re.compile(r"(?:sources?|quellen?|fuentes?|fontes?|fonti|bron(?:nen)?)\s*:", re.IGNORECASE)


def _withdraw(candidates: dict[int, tuple[int, ...]], position: int) -> None:
    """Try the rule at ``position`` on no other block of this document. A pattern that ran out
    of time on one block will on the next ones like it: 400 such blocks cost 400 time limits."""
    for line, positions in candidates.items():
        if position in positions:
            candidates[line] = tuple(p for p in positions if p != position)


def _confirm_clusters(page: Page) -> None:
    """Confirm weak verdicts in the leading and trailing runs of matched blocks; drop the rest."""
    count = len(page)
    first = 0
    while first < count and page.is_matched(first):
        _confirm(page, first, "in the leading boilerplate cluster")
        first += 1
    last = count - 1
    while last >= first and (page.is_matched(last) or _passes_over(page, last)):
        if _titles_fact_box_in_tail(page, last):
            page.verdicts[last] = None  # the fact box's rows stay below it, and so does their title
        elif page.is_matched(last) and not page.is_removed(last) and _announced(page, last):
            page.verdicts[last] = None  # a row of a list the article's own lead-in announces
        else:
            _confirm(page, last, "in the trailing boilerplate cluster")
        last -= 1
    for i in range(first, last + 1):
        verdict = page.verdicts[i]
        if verdict is not None and not verdict.confirmed:
            page.verdicts[i] = None


def _titles_fact_box_in_tail(page: Page, i: int) -> bool:
    """Whether a weak list header at ``i`` titles the article's fact box (see ``heads_fact_box``)."""
    verdict = page.verdicts[i]
    return (verdict is not None and not verdict.confirmed and Mark.LIST_HEADER in verdict.rule.marks
            and page.shape is not None and page.shape.has_prose and heads_fact_box(page, i))


def _passes_over(page: Page, i: int) -> bool:
    """Whether the trailing cluster reads on past block ``i``, which no rule matched: a short
    line that is not prose (a tag line, a button), as the page's furniture stands between
    an author's bio and the end. Such a line is no evidence, and stays."""
    shape = page.shape
    if shape is None or not shape.has_prose or i <= shape.first:
        return False
    return not shape.prose[i] and page.verdicts[i] is None


def _confirm(page: Page, i: int, note: str) -> None:
    verdict = page.verdicts[i]
    if verdict is not None and not verdict.confirmed:
        verdict.confirmed = True
        verdict.note = note
