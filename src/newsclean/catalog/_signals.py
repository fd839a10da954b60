"""Signal rules: prose boilerplate recognised by several of a concept's signals in one language.

An appeal, a pitch or a consent banner is a paragraph, not a phrase. Its
concept in the vocabulary names signals, each a list of phrases per language
(``money = ["donate", "contribution", ...]``), and the publisher's voice:
``we`` and ``you`` phrases ("we", "your"), or ``voice`` phrases anywhere, or
``opens`` phrases (imperatives, "Subscribe") opening the block, or ``asks`` phrases (calls to the
reader, "Support us", "Subscribe to") opening any of its sentences or closing the
block: they stand for the reader's
``you`` where the concept names both voices. A voice phrase
written with a leading ``=`` counts only as written, and not where a sentence
opens: German "=Sie" is the reader ("Ihr Postfach"), where "sie" is she or they.

A block matches when, in one language, it holds ``min_signals`` distinct
signals and that language's voice, and no reported speech: signals of
different languages never add up, and one language's voice never vouches
for another's signals (Spanish "nos" is "we"; Portuguese "nos primeiros
meses" is "in the first months").

Seven languages of hundreds of phrases would make a regular expression scan
a paragraph slowly, so one Aho-Corasick scan of the lowercased block finds
every phrase of every language, and the rest is bookkeeping per language.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick_rs

from ..rules import HIT_PIECES, BlockRule, Category, ContextRule, Example, Finding
from ..shape import Zone, ends_like_sentence, is_field, opening_quotation, opens_with_label, quotations
from . import _vocabulary

if TYPE_CHECKING:
    from ..blocks import Page

__all__ = ["SignalsBesideKin", "VocabularySignalRule", "box_rule", "signal_rule"]

# What the scan folds, one character for one, so that positions stay the block's.
_FOLD = {"\u2019": "'", "\u00a0": " ", "\t": " "}


def _fold(text: str) -> str:
    """``text`` lowercased and folded (see ``_FOLD``). Each variant is looked for before it is
    replaced: most blocks have none, and finding none is a scan at memory speed, where a
    translation table costs a dictionary lookup per character."""
    folded = text.lower()
    for variant, plain in _FOLD.items():
        if variant in folded:
            folded = folded.replace(variant, plain)
    return folded


class _Label(NamedTuple):
    """What a phrase is in one language: a signal (named), or part of the voice."""

    language: str
    kind: str  # "signal", "we", "you", "voice", "opens" or "asks"
    name: str = ""
    cased: str = ""  # for a phrase written "=Sie": how it must be written in the text


@dataclass(frozen=True)
class _PhraseScan:
    """Whole-word occurrences of many phrases in a folded text, in one Aho-Corasick scan."""

    labels: tuple[tuple[_Label, ...], ...]  # per phrase
    open_ends: tuple[bool, ...]  # per phrase: it ended in "*", so any letters may follow
    automaton: ahocorasick_rs.AhoCorasick

    @classmethod
    def of(cls, phrases: Iterable[tuple[str, _Label]]) -> _PhraseScan:
        labels: dict[str, list[_Label]] = {}
        open_ends: set[str] = set()
        for phrase, label in phrases:
            if phrase.startswith("="):
                phrase = phrase[1:]
                label = label._replace(cased=phrase)
            text, open_end = _scan_key(phrase)
            labels.setdefault(text, []).append(label)
            if open_end:
                open_ends.add(text)
        keys = sorted(labels)
        return cls(
            tuple(tuple(dict.fromkeys(labels[key])) for key in keys),
            tuple(key in open_ends for key in keys),
            ahocorasick_rs.AhoCorasick(keys),
        )

    def find(self, folded: str, text: str = "") -> Iterator[tuple[tuple[_Label, ...], int, int]]:
        """Each phrase found as whole words, with its labels; ``text`` (the block before folding,
        the same length) is what a cased phrase is checked against."""
        for index, start, end in self.automaton.find_matches_as_indexes(folded, overlapping=True):
            if _whole(folded, start, end, self.open_ends[index]):
                labels = self.labels[index]
                if any(label.cased for label in labels):
                    labels = tuple(
                        label for label in labels if not label.cased or _as_written(text, start, label.cased)
                    )
                if labels:
                    yield labels, start, end


@dataclass(frozen=True)
class _Finder:
    """A concept's signals and voice in the wanted languages. Signals are counted first: most
    blocks a keyword sends here have too few, and voice words ("we", "you") are everywhere."""

    signals: _PhraseScan
    voice: _PhraseScan
    pairs: dict[str, bool]  # language -> whether its voice is a "we" and a "you" phrase
    required: dict[str, set[str]]  # language -> the signals of which a match needs one (if any)

    @classmethod
    def of(cls, concept: _vocabulary.Concept, languages: Iterable[str]) -> _Finder:
        signals: list[tuple[str, _Label]] = []
        voice: list[tuple[str, _Label]] = []
        pairs = {}
        for language in languages:
            for key, kind, name in _keys(concept, language):
                label = _Label(language, kind, name)
                listed = signals if kind == "signal" else voice
                listed.extend((phrase, label) for phrase in concept.get(key, [language]))
            if concept.get("we", [language]) and concept.get("you", [language]):
                pairs[language] = True
            elif any(concept.get(key, [language]) for key in ("voice", "opens", "asks")):
                pairs[language] = False
        required = {
            language: set(concept.get("required", [language])) for language in languages
            if concept.get("required", [language])
        }
        return cls(_PhraseScan.of(signals), _PhraseScan.of(voice), pairs, required)

    def match(
        self, text: str, min_signals: int, *, voice: str = "full", needs: frozenset[str] = frozenset()
    ) -> str | None:
        """The first ``min_signals`` signals of a language whose voice is found, quoted. With
        ``voice="half"`` a "we" or a "you" is enough where the concept asks for both; with
        ``voice="call"`` only a call to the reader (an ``asks`` phrase opening a sentence or closing
        the block) is; with ``voice="none"`` any language's signals count. ``needs`` names signals of
        which a match must hold one."""
        folded = _fold(text)
        if len(folded) != len(text):  # a letter whose lowercase is longer ("İ"): quote the fold
            text = folded
        if voice == "call":
            return self._call_match(folded, text, min_signals, needs)
        found: dict[str, dict[str, tuple[int, int]]] = {}  # language -> signal -> its first span
        for labels, start, end in _unquoted(self.signals.find(folded), text, messages=True):
            for label in labels:
                found.setdefault(label.language, {}).setdefault(label.name, (start, end))
        enough = {
            language
            for language, named in found.items()
            if len(named) >= min_signals
            and (language not in self.required or not self.required[language].isdisjoint(named))
            and (not needs or not needs.isdisjoint(named))
        }
        if not enough:
            return None
        voiced = enough if voice == "none" else self._voiced(folded, text, enough, half=voice == "half")
        for language in (language for language in found if language in voiced):  # in the text's order
            spans = sorted(found[language].values())[:min_signals]
            return HIT_PIECES.join(text[start:end] for start, end in spans)
        return None

    def _call_match(self, folded: str, text: str, min_signals: int, needs: frozenset[str]) -> str | None:
        """``min_signals`` signals of a language that calls on the reader, quoted. Signals are
        counted on words that do not overlap ("Support independent journalism" is two: a call to
        support, and the journalism), and the signal ``needs`` names must stand apart from the call
        ("Scarica l'app" calls and gets, but says nothing more)."""
        found: dict[str, list[tuple[int, int, str]]] = {}  # language -> every signal's spans
        for labels, start, end in _unquoted(self.signals.find(folded), text, messages=True):
            for label in labels:
                found.setdefault(label.language, []).append((start, end, label.name))
        calls = self._calls(folded, text, set(found))
        for language, spans in found.items():  # in the text's order
            if language not in calls:
                continue
            chosen: list[tuple[int, int, str]] = []
            for start, end, name in sorted(spans, key=lambda span: (span[0], -span[1])):
                if all(name != other and (end <= first or start >= last) for first, last, other in chosen):
                    chosen.append((start, end, name))
            named = {name for _, _, name in chosen}
            if len(named) < min_signals:
                continue
            if language in self.required and self.required[language].isdisjoint(named):
                continue
            apart = (
                name in needs and all(end <= first or start >= last for first, last in calls[language])
                for start, end, name in spans
            )
            if needs and not any(apart):
                continue
            return HIT_PIECES.join(text[start:end] for start, end, _ in chosen[:min_signals])
        return None

    def _calls(self, folded: str, text: str, languages: set[str]) -> dict[str, list[tuple[int, int]]]:
        """The calls on the reader in each of ``languages``: an ``asks`` phrase opening a sentence
        of the text, or closing it after a break ("Become a member today.", "…, faites un don.")."""
        opening = _opening(folded)
        calls: dict[str, list[tuple[int, int]]] = {}
        for labels, start, end in _unquoted(self.voice.find(folded, text), text):
            for label in labels:
                if label.kind == "asks" and label.language in languages and _calls_reader(
                    folded, start, end, opening
                ):
                    calls.setdefault(label.language, []).append((start, end))
        return calls

    def _voiced(self, folded: str, text: str, languages: set[str], *, half: bool = False) -> set[str]:
        """Which of ``languages`` have their voice in the text (or name none)."""
        kinds: dict[str, set[str]] = {language: set() for language in languages}
        opening = _opening(folded)
        for labels, start, end in _unquoted(self.voice.find(folded, text), text):
            for label in labels:
                if label.language not in kinds:
                    continue
                if label.kind == "opens" and start != opening:
                    continue
                if label.kind == "asks":
                    if not _calls_reader(folded, start, end, opening):
                        continue
                    kinds[label.language].add("you")  # a call to the reader addresses the reader
                    kinds[label.language].add("voice")
                    continue
                kinds[label.language].add(label.kind)
        return {
            language
            for language, found in kinds.items()
            if language not in self.pairs
            or (
                (bool(found & {"we", "you"}) if half else {"we", "you"} <= found)
                if self.pairs[language]
                else bool(found & {"voice", "opens"})
            )
        }


def _unquoted(
    hits: Iterable[tuple[tuple[_Label, ...], int, int]], text: str, *, messages: bool = False
) -> Iterator[tuple[tuple[_Label, ...], int, int]]:
    """The ``hits`` outside the quotations inside ``text``: a message a story cites ("a message
    reading: “Subscribe to keep reading”") is not the publisher addressing the reader. A block
    that is one quotation whole is read as it is. With ``messages``, only a quoted message (one
    that ends as a sentence does) hides its words: a story citing a shop's “Don't miss out!”
    emails reports them, but a quoted name (“a channel called ‘Ochtendnieuws’”) still counts.
    The quotations are looked for only once there is a hit."""
    spans: list[tuple[int, int]] | None = None
    for hit in hits:
        if spans is None:
            spans = [
                span for span in quotations(text)
                if span != (0, len(text)) and (not messages or _is_message(text, span))
            ]
        if not any(start <= hit[1] < end for start, end in spans):
            yield hit


def _is_message(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[1]].rstrip(_CLOSING_MARKS).endswith(("!", "?", "."))


_CLOSING_MARKS = "\"'”’»“‘›"


def _keys(concept: _vocabulary.Concept, language: str) -> Iterable[tuple[str, str, str]]:
    """The concept's phrase lists in ``language``: (key, kind, signal name)."""
    for key in concept.phrases.get(language, {}):
        if key.startswith("signals."):
            yield key, "signal", key.split(".", 1)[1]
        elif key in ("we", "you", "voice", "opens", "asks"):
            yield key, key, ""


def _scan_key(phrase: str) -> tuple[str, bool]:
    """A phrase as the scan finds it: folded like the block, and whether a ``*`` ends it."""
    folded = " ".join(_fold(phrase).split())
    return folded.rstrip("*"), folded.endswith("*")


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def _whole(text: str, start: int, end: int, open_end: bool) -> bool:
    """Whether ``text[start:end]`` stands as whole words (a ``*`` phrase may run on)."""
    if start and _is_word(text[start - 1]):
        return False
    return open_end or end == len(text) or not _is_word(text[end])


def _as_written(text: str, start: int, cased: str) -> bool:
    """Whether ``cased`` stands at ``start`` as written, and not where a sentence opens (there
    every word is capitalised)."""
    before = text[:start].rstrip(" \"'„“«»‚‘")
    return text.startswith(cased, start) and before[-1:] not in ("", ".", "!", "?", ":", "…", "\n")


# What ends the sentence before a call: a full stop, a question, a colon, an arrow.
_SENTENCE_ENDS = (".", "!", "?", ":", "…", "→", "|")
# What may stand between a sentence's start and its first word: quotes, brackets, marks.
_OPENING_MARKS = " \"'„“«»‚‘([¿¡*"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence of ``text`` (after quotes and brackets)."""
    before = text[:start].rstrip(_OPENING_MARKS)
    return before[-1:] in _SENTENCE_ENDS


def _calls_reader(text: str, start: int, end: int, opening: int) -> bool:
    """Whether the ``asks`` phrase at ``start:end`` is a call to the reader: it opens the text
    (``opening``) or one of its sentences, or closes the text after a break; and is no noun, the
    subject of a copula ("Download é gratuito para Android": a download, not "Download!")."""
    return (start == opening or _opens_sentence(text, start) or _after_preamble(text, start) or (
        _closes(text, end) and _after_break(text, start)
    )) and not _copula_after(text, end)


# How a purpose or condition clause fronted before a call opens, in every language, folded: it says
# what the publisher offers ("Pour ne rien manquer de l'actualité, téléchargez …", "Um immer informiert
# zu sein, laden Sie …"); advice's clause ("To protect your phone, download …") says nothing of it.
_PREAMBLES = tuple(sorted({
    _fold(phrase) for language in _vocabulary.concept("call-preambles").languages
    for phrase in _vocabulary.concept("call-preambles").get("phrases", [language])
}))
_PREAMBLE_WORDS = 12  # a fronted clause is short; a longer one is a sentence of its own
# The courtesy a call may open with: "…, please become a member".
_PLEASE = frozenset(
    word for language in _vocabulary.concept("call-preambles").languages
    for word in _vocabulary.concept("call-preambles").get("please", [language])
)


def _after_preamble(text: str, start: int) -> bool:
    """Whether ``start`` follows a comma closing a short clause that opens its sentence with a
    purpose or condition ("For breaking news, download …", "If you value our work, please give"):
    the call is the sentence's main verb. A verb after a clause of another kind ("Last year,
    download figures …") is no call."""
    before = text[:start].rstrip(" ")
    courtesy = next((word for word in _PLEASE if before.endswith(f" {word}")), "")
    before = before[: len(before) - len(courtesy)].rstrip(" ")
    if not before.endswith(","):
        return False
    opening = max(before.rfind(end) for end in _SENTENCE_ENDS) + 1
    clause = " ".join(before[opening:].lstrip(_OPENING_MARKS).split())
    short = len(clause.split()) <= _PREAMBLE_WORDS
    return short and any(_opens_with(clause, phrase) for phrase in _PREAMBLES)


def _opens_with(clause: str, phrase: str) -> bool:
    """Whether ``clause`` opens with ``phrase`` as whole words (a phrase ending in "*" runs on)."""
    if phrase.endswith("*"):
        return clause.startswith(phrase[:-1])
    return clause.startswith(phrase) and not _is_word(clause[len(phrase):len(phrase) + 1] or " ")


# A copula of any language, one word: what a call's word is the subject of when it is a noun.
_COPULAS = frozenset(
    phrase for language in _vocabulary.concept("author-bio").languages
    for phrase in _vocabulary.concept("author-bio").get("copulas", [language]) if " " not in phrase
)


def _copula_after(text: str, end: int) -> bool:
    """Whether a copula is the next word after ``end``."""
    if text[end:end + 1] != " ":
        return False
    start = stop = end + 1
    while stop < len(text) and _is_word(text[stop]):
        stop += 1
    return text[start:stop] in _COPULAS


def _after_break(text: str, start: int) -> bool:
    """Whether ``start`` follows a break between clauses (a comma, a dash, a bullet), as a call
    closing an appeal does ("…, faites un don."), and a verb of its sentence ("asking them to
    subscribe.") does not."""
    before = text[:start].rstrip(_OPENING_MARKS)
    return before[-1:] in (*_SENTENCE_ENDS, ",", ";", "–", "—", "-", "•", "·")


def _closes(text: str, end: int) -> bool:
    """Whether a call ending at ``end`` closes the text, after a clause ("Pour que l'information
    reste accessible à tous, faites un don."): an appeal ends in its call."""
    return not text[end:].strip(" .!…→»\"'”)")


def _opening(text: str) -> int:
    """Where an ``opens`` phrase must start: after an opening bracket and spaces."""
    start = 1 if text[:1] in ("(", "[") else 0
    return len(text) - len(text[start:].lstrip())


@dataclass(frozen=True, kw_only=True, repr=False)
class VocabularySignalRule(BlockRule):
    """A block rule for prose boilerplate: ``min_signals`` of a vocabulary concept's signals,
    and its voice, in one language (see the module's docstring).

    Attributes:
        concept: The vocabulary table read (its ``signals`` and voice lists).
        min_signals: How many distinct signals of one language make a match.
    """

    concept: str
    min_signals: int = 3
    max_words: int = 250
    voice: str = "full"
    needs: frozenset[str] = frozenset()
    spared: tuple[str, ...] = ()
    vetoes: str = ""
    _finder: _Finder = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        object.__setattr__(self, "_finder", _Finder.of(_vocabulary.concept(self.concept), self.languages))

    def _match(self, text: str) -> str | None:
        return self._finder.match(text, self.min_signals, voice=self.voice, needs=self.needs)

    def reason(self, hit: str) -> str:
        return f"{self.message}: {self.min_signals} signals ({hit})"

    def for_languages(self, languages: frozenset[str]) -> VocabularySignalRule:
        kept = tuple(language for language in self.languages if language in languages)
        if kept == self.languages or not kept:
            return self
        found = _vocabulary.concept(self.concept)
        return dataclasses.replace(
            self,
            languages=kept,
            keywords=_keywords(found, kept, self.min_signals),
            unless=_unless(found, kept, self.spared, self.vetoes),
            examples=tuple(e for e in self.examples if not e.language or e.language in kept),
        )


def _unless(
    found: _vocabulary.Concept, languages: tuple[str, ...], spared: tuple[str, ...], vetoes: str
) -> str:
    """Reported speech in ``languages`` (where the ``spared`` signals' phrases, the publisher's own
    standards, after a word of it make no attribution), or the rule's own ``vetoes``: one pattern,
    built alike for the rule and for the rule narrowed to fewer languages."""
    spared_phrases = (phrase for name in spared for phrase in found.get(f"signals.{name}", languages))
    speech = _vocabulary.speech_veto(languages, spared_phrases)
    return f"{speech}|{vetoes}" if vetoes else speech


def signal_rule(
    *,
    code: str,
    name: str,
    category: Category,
    concept: str,
    summary: str,
    message: str,
    min_signals: int = 3,
    max_words: int = 250,
    safety: str = "",
    examples: tuple[Example, ...] = (),
    aliases: tuple[str, ...] = (),
    voice: str = "full",
    needs: tuple[str, ...] = (),
    spared: tuple[str, ...] = (),
    vetoes: str = "",
) -> VocabularySignalRule:
    """A :class:`VocabularySignalRule` over every language of ``concept``, vetoed by reported
    speech in any of them. With ``voice="call"`` the publisher's voice is a call to the reader
    alone, and the rule's examples are its own (the concept's are its paragraph rule's); ``needs``
    names signals of which a match must hold one; after a word of reported speech, the phrases of the
    ``spared`` signals (the publisher's own standards) make it no attribution; ``vetoes`` is one
    more pattern that, found in the block, vetoes a match."""
    found = _vocabulary.concept(concept)
    languages = found.languages
    return VocabularySignalRule(
        code=code,
        name=name,
        category=category,
        summary=summary,
        message=message,
        languages=languages,
        keywords=_keywords(found, languages, min_signals),
        concept=concept,
        min_signals=min_signals,
        unless=_unless(found, languages, spared, vetoes),
        max_words=max_words,
        voice=voice,
        needs=frozenset(needs),
        spared=spared,
        vetoes=vetoes,
        safety=safety,
        examples=examples if voice == "call" else (*examples, *found.examples),
        aliases=aliases,
    )


def _keywords(found: _vocabulary.Concept, languages: Iterable[str], min_signals: int) -> tuple[str, ...]:
    """The prefilter's keywords, one of which every match holds: the phrases of a language's
    ``required`` signals, where it names some; else, since a match holds ``min_signals``
    distinct signals, the phrases of any ``len - min + 1`` of them: those whose commonest
    keyword is longest (the rarest in prose). A one-word keyword is looked for as a whole
    word ("socia", not "social")."""
    phrases: set[str] = set()
    for language in languages:
        signals = {
            name: found.get(key, [language]) for key, kind, name in _keys(found, language) if kind == "signal"
        }
        required = [signals[name] for name in found.get("required", [language]) if name in signals]
        lists = required or sorted(signals.values(), key=_shortest_keyword, reverse=True)[
            : len(signals) - min_signals + 1
        ]
        phrases.update(phrase for listed in lists for phrase in listed)
    return tuple(sorted({key for phrase in phrases for key in _whole_word_keys(phrase)}))


def _shortest_keyword(phrases: tuple[str, ...]) -> int:
    return min(len(_vocabulary.keyword_of(phrase)) for phrase in phrases)


# What may follow a whole word in the prefilter's folded text ("$": the line's end).
_WORD_ENDS = (" ", "$", ".", ",", ";", ":", "!", "?", ")", "]", "/", "'", '"', "”", "»", "…", "-")


def _whole_word_keys(phrase: str) -> tuple[str, ...]:
    keyword = _vocabulary.keyword_of(phrase)
    if " " in keyword or phrase.rstrip().endswith("*") or not keyword[-1:].isalnum():
        return (keyword,)
    return tuple(f"{keyword}{end}" for end in _WORD_ENDS)


@dataclass(frozen=True, kw_only=True, repr=False)
class SignalsBesideKin(ContextRule):
    """The rest of a box whose one block a signal rule recognised: a sign-up box's description
    beside its form, the second paragraph of an appeal.

    A box of boilerplate is several blocks, and a signal rule finds the one that
    holds enough signals. Beside a block it removed for its category (or a
    block this rule took), a block with one signal fewer, the publisher's voice
    (its "we" or its "you" is enough) and no reported speech is the same box; so
    is a short heading in that voice with one signal ("Our newsletter"). At the
    document's end (after the article's last paragraph, or before nothing but
    boilerplate) and between two blocks of the box, where shape is evidence, one
    signal is enough on a line, and
    two on a sentence as short as a price line ("Then 9.99 a month. Cancel
    anytime."). A box that opens with its offer's name and a colon ("The Morning
    Ledger: …", the name holding one of the concept's ``names``) needs one signal
    when no prose follows it. Nothing is taken beside prose alone.

    Attributes:
        source: The signal rule whose concept and voice are read.
        heading_words: How short a heading with one signal must be.
        line_words: How short a sentence at the document's end must be to go without the voice.
    """

    source: VocabularySignalRule
    heading_words: int = 6
    line_words: int = 8

    def for_languages(self, languages: frozenset[str]) -> SignalsBesideKin:
        source = self.source.for_languages(languages)
        return self if source is self.source else dataclasses.replace(self, source=source)

    def find(self, page: Page) -> Iterator[Finding]:
        category = self.source.category
        kin = deque(
            i for i, verdict in enumerate(page.verdicts)
            if verdict is not None and verdict.confirmed and verdict.rule.category is category
        )
        if not kin:
            return
        taken: set[int] = set()
        closing = _closing_run(page, taken)
        while kin:  # a box is read outwards from each block recognised, a block at a time
            anchor = kin.popleft()
            for i in (anchor - 1, anchor + 1):
                if not 0 <= i < len(page) or page.verdicts[i] is not None or i in taken:
                    continue
                other = 2 * i - anchor  # the block on the far side of ``i``
                if continues_fields(page, i, other):
                    continue
                inside = 0 <= other < len(page) and (other in taken or _removed_as(page, other, category))
                hit = self._signals(page, i, closing=i >= closing - 1, inside=inside)
                if hit is not None:
                    taken.add(i)
                    kin.append(i)  # the block beside it may now be read, and on less evidence
                    if i == closing - 1:
                        closing = _closing_run(page, taken)
                    yield Finding(i, hit, anchor=anchor)

    def _signals(self, page: Page, i: int, *, closing: bool, inside: bool) -> str | None:
        """The signals that make block ``i`` part of the box: fewer at the document's end
        (``closing``: nothing but boilerplate follows it) and between two of the box's blocks
        (``inside``), where shape is evidence; there a line needs the publisher's voice too, as a
        sub-heading of the article may stand between two parts of a box that interrupts it."""
        source = self.source
        core = page.core(i)
        quotation = opening_quotation(page.block(i))
        if quotation is not None:  # a slogan or words quoted are no appeal: only what follows counts
            core = page.block(i)[quotation[1]:].strip()
        words = page.words(i, source.max_words + 1)
        if words > source.max_words or (source._veto is not None and source._veto(core)):
            return None
        if words <= self.heading_words and not ends_like_sentence(core) and opens_as_heading(core):
            return None  # "So bekommen Sie Warnungen aufs Handy": the story's sub-heading over its steps
        shape = page.shape
        if inside and not closing and shape is not None and not shape.prose[i] and shape.zone(i) is Zone.BODY:
            return source._finder.match(core, 1, voice="half")
        if _named_offer(core, source.concept, source.languages) and _last_prose(page, i):
            # "The Morning Ledger: Start your weekday with …", under the last paragraph: the box names
            # what it offers, then says what it is; the name speaks for the publisher.
            return source._finder.match(core, 1, voice="none")
        if closing or inside or (shape is not None and shape.zone(i) is Zone.TAIL):
            if shape is not None and not shape.prose[i]:
                return source._finder.match(core, 1, voice="none")
            # A sentence may be the article's last ("The council emails residents every week."):
            # it needs the voice, unless it is as short as a price line ("Then 9.99 a month.
            # Cancel anytime."), or stands between two of the box's blocks: the box's name above
            # it, its button or field below (a newsletter's description, "Apúntate" under it).
            boxed = inside and _named_above_button(page, i)
            voice = "none" if words <= self.line_words or boxed else "half"
            return source._finder.match(core, source.min_signals - 1, voice=voice)
        hit = source._finder.match(core, source.min_signals - 1, voice="half")
        if hit is None and words <= self.heading_words and not ends_like_sentence(core):
            hit = source._finder.match(core, 1, voice="half")
        return hit


def _named_above_button(page: Page, i: int) -> bool:
    """Whether block ``i`` stands under a line of two words or more (the box's name, not a bare
    "Newsletter" label that may head the story's section) and over a button or a field of three
    words at most."""
    return (
        0 < i < len(page) - 1
        and page.words(i - 1, _BOX_NAME_WORDS) >= _BOX_NAME_WORDS
        and page.words(i + 1, _BUTTON_WORDS + 1) <= _BUTTON_WORDS
    )


_BOX_NAME_WORDS = 2
_BUTTON_WORDS = 3


# A name opening a line, then a colon: two to five words, each capitalised or a short article or
# particle ("The Morning Ledger:", "Der Morgen-Report:", "Newsletter Buenos Días:").
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’&.+-]*|[a-zà-þ]{1,3})"
_NAME_LABEL = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}(?=:\s)")


def _named_offer(text: str, concept: str, languages: tuple[str, ...]) -> bool:
    """Whether ``text`` opens with a name and a colon, the name holding one of the words that name
    what the concept offers (its ``names``): a box that names its newsletter ("The Morning
    Ledger: …"), where a sub-heading's label ("City Hall: …") names none."""
    label = _NAME_LABEL.match(text)
    return label is not None and _offer_names(concept, languages).search(label[0]) is not None


@functools.cache
def _offer_names(concept: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    names = _vocabulary.concept(concept).get("names", languages)
    either = "|".join(map(re.escape, names)) if names else "(?!)"  # no names: never matches
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)")


def _last_prose(page: Page, i: int) -> bool:
    """Whether no paragraph of prose follows block ``i``, only boilerplate and short lines."""
    shape = page.shape
    return shape is not None and not any(
        shape.prose[j] and not page.is_removed(j) for j in range(i + 1, len(page))
    )


def _removed_as(page: Page, i: int, category: Category) -> bool:
    """Whether block ``i`` is removed for ``category``."""
    verdict = page.verdicts[i]
    return verdict is not None and verdict.confirmed and verdict.rule.category is category


def _closing_run(page: Page, taken: set[int]) -> int:
    """Where the run of removed (or ``taken``) blocks that ends the document starts: the block
    before it is followed by nothing but boilerplate."""
    start = len(page)
    while start > 0 and (page.is_removed(start - 1) or start - 1 in taken):
        start -= 1
    return start


def opens_as_heading(text: str) -> bool:
    """Whether ``text`` opens as a sub-heading does in some language, never a box's line: "How to
    donate", "So bekommen Sie …", "Comment faire" (``[box-words] headings``)."""
    return _heading_opener().match(text, _opening(text)) is not None


@functools.cache
def _heading_opener() -> re.Pattern[str]:
    found = _vocabulary.concept("box-words")
    openers = sorted({word for language in found.languages for word in found.get("headings", [language])},
                     key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(word) for word in openers)})(?!\w)", re.IGNORECASE)


def continues_fields(page: Page, i: int, beyond: int) -> bool:
    """Whether block ``i``, beside a box, is a "Label: value" row of the article's own fact box: the
    row beyond it is a field no rule took. "Corrections published in 2024: 31" under "Staff: 11"
    counts the paper's corrections in a profile's figures; it is no line of the correction note
    below it."""
    return (
        0 <= beyond < len(page) and page.verdicts[beyond] is None
        and opens_with_label(page.core(i)) and opens_with_label(page.core(beyond))
        and (is_field(page, i) or is_field(page, beyond))
    )


def box_rule(
    *,
    code: str,
    name: str,
    source: VocabularySignalRule,
    summary: str,
    message: str,
    examples: tuple[Example, ...],
) -> SignalsBesideKin:
    """A :class:`SignalsBesideKin` that reads the rest of ``source``'s boxes."""
    return SignalsBesideKin(
        code=code,
        name=name,
        category=source.category,
        source=source,
        summary=summary,
        message=message,
        safety=f"Only beside a block removed as {source.category.name.lower()} boilerplate and without "
        "reported speech: between paragraphs one signal fewer than the paragraph rule needs in the "
        "publisher's voice, or one in a heading of at most six words; after the last paragraph one "
        "signal. Nothing is taken beside prose alone.",
        examples=examples,
    )
