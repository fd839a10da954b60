"""Phrase rules: blocks that are, or open with, one of a vocabulary concept's phrases.

A phrase rule reads one concept of the vocabulary files (:mod:`._vocabulary`)
in every language that has it. Its ``phrases`` match a block that *is* one
of them, or that *opens* with one (``follow="headline"``: then a colon or
dash and a headline; ``follow="anything"``: then whatever the word limit
allows; ``follow="name"``: then a capitalised name, "Mehr aus Panorama"). Short generic
phrases (buttons, labels: "Tout accepter",
"Nieuwsbrief") go under ``alone``: they match only as the whole block
(or, for rules that ask, as a row of up to four: "Tout accepter | Tout
refuser"), whatever ``follow`` says. Phrases under ``within`` mark a short block
wherever they stand in it ("Alle Rechte vorbehalten"), but inside quotation marks, where a
sentence cites them (« tous droits réservés »). The keywords are
derived from the phrases, anchored to the block's start for ``phrases`` and
``alone``, so the prefilter can never miss a match.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..rules import Category, Evidence, Example, Mark
from ..shape import cited_at
from . import _vocabulary
from ._patterns import END, HEADLINE, START, GluedRowRule, starts

__all__ = ["PhraseRule", "follow_words", "phrase_pattern", "phrase_rule"]

# A name after a phrase ("Mehr aus Panorama", "Plus de Sport"): capitalised words, particles between.
_NAME = r"""(?-i:[A-ZÀ-Þ0-9][\w.&'’-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ0-9][\w.&'’-]*)|&|de|du|des|la|le|der|die|das|dem|
    del|di|da|do|van|von|y|e|et|und|en|and|of|the)){0,5}"""

# A list of headlines numbered from 1, as a "Most read" box prints it on one line ("Most read 1. Fire
# at the mall 2. Petrol to rise …"): longer than one headline, and like one it ends without a stop;
# each headline opens with a capital ("stories 1 and 2 in the series" counts in a sentence).
_NUMBERED = r"""1[.)]?\s(?=(?-i:[A-ZÀ-Þ"“«„¿¡]))[^\n]{1,200}?\s2[.)]?\s(?=(?-i:[A-ZÀ-Þ"“«„¿¡]))[^\n]{1,400}?
    (?<![.\s])(?:\.\.\.|…)?[\s!?»›>→)\]|*]*"""

_TAILS = {
    # The phrase alone, perhaps with a button's count ("Kommentare anzeigen (5)").
    "nothing": (rf"(?:\s*\(\d{{1,6}}\))?{END}", 12),
    # A headline after a colon, a dash, an arrow or a full stop; or glued with a space, when it
    # opens with a capital and runs three words or more ("À lire aussi Tempête Éléonore : …", as
    # extractors join a link's parts; not "Meer nieuws uit Amsterdam", a section's header); or
    # glued with nothing, a capital right after the phrase's small letter ("Leggi ancheAlluvione,
    # un anno dopo"), as get_text() joins a link's label and its headline. A running time alone after
    # the mark is a player's, not a headline ("Ascolta · 5:02").
    "headline": (
        rf"(?:\s*(?:[:|–—•·›▸▶►-]|>>|»|→|\.(?=\s))\s*(?![\d:.\s]+$)(?:{_NUMBERED}|{HEADLINE})"
        rf"|\s+(?:{_NUMBERED}|(?=\d{{1,2}}[:.]\d\d\s){HEADLINE})"
        rf"|\s+(?=(?-i:[A-ZÀ-Þ\"“«„])\S*\s+\S+\s+\S){HEADLINE}"
        rf"|(?<=(?-i:[a-zß-ÿ]))(?=(?-i:[A-ZÀ-Þ])\S*\s+\S+\s+\S){HEADLINE}|{END})",
        30,
    ),
    # Anything after a space, a mark or the quotation mark that closes a button's name ("Mit Klick
    # auf „Akzeptieren“ stimmen Sie …", "Al hacer clic en «Aceptar», …").
    "anything": (r"(?:[\s:,;.!?…–—\-“”\"»›’'].{0,400})?", 40),
    # A headline only after a mark: the phrase is a common word too ("Live Aid raised millions").
    # A dash needs a space before it: "Advertentie-inkomsten" is one word. The label alone is no
    # headline's ("Live" is a badge, or the article's own label).
    "label": (rf"(?:\s*[:|]|\s+(?:[–—-]|>>|»|→))\s*{HEADLINE}", 30),
    "name": (rf"\s+{_NAME}{END}", 10),
    # The rest of one clause: a link's or a button's words run on to its end without a comma, a colon
    # or a question ("Alle Traueranzeigen aus dem Burggrafenamt"); a sentence quoting the phrase goes
    # on after one ("Dejá tus condolencias a la familia de Héctor, pedía el posteo").
    "clause": (rf"(?:\s[^,:;!?…\n]{{1,120}})?{END}", 14),
    # A link's words: one clause that ends without a full stop ("Alle Traueranzeigen aus dem
    # Burggrafenamt"); a sentence that opens the same way ends with one.
    "link": (r"(?:\s[^,:;!?….\n]{1,120})?[\s›»→>)\]|*–—-]*", 14),
}


@dataclass(frozen=True, kw_only=True, repr=False)
class PhraseRule(GluedRowRule):
    """A :class:`PatternRule` whose pattern and keywords come from a vocabulary concept.

    Attributes:
        concept: The vocabulary table read (its ``phrases`` and ``alone`` lists).
        follow: What may follow an opening phrase: ``"nothing"``, ``"headline"``, ``"label"``
            (a headline after a mark only), ``"name"``, ``"clause"`` (words to the end, no comma,
            colon or question), ``"link"`` (a clause without a full stop) or ``"anything"``.
        speech: Whether reported speech in the rule's languages vetoes a match.
        rows: Whether a row of a few ``alone`` phrases matches too, as buttons sit side by
            side ("Aceitar Recusar", "Accetta | Rifiuta"), or glued together ("Aceitar tudoRecusar").
        needs: A key of the concept whose words the block must hold one of ("" for none).
    """

    concept: str
    follow: str = "nothing"
    speech: bool = False
    rows: bool = False
    needs: str = ""

    def _reads_glued(self) -> bool:
        return self.rows

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        if "within" in self._regex.groupindex:
            object.__setattr__(self, "_find", functools.partial(_uncited, self._find))

    def for_languages(self, languages: frozenset[str]) -> PhraseRule:
        kept = tuple(language for language in self.languages if language in languages)
        if kept == self.languages or not kept:
            return self
        pattern, keywords = _compiled(self.concept, self.follow, kept, rows=self.rows)
        return dataclasses.replace(
            self,
            languages=kept,
            pattern=pattern,
            keywords=keywords,
            unless=(_vetoes(self.concept, kept, self.follow, speech=self.speech, needs=self.needs)
                    or self.unless),
            examples=tuple(e for e in self.examples if not e.language or e.language in kept),
        )


def _vetoes(concept: str, languages: tuple[str, ...], follow: str, *, speech: bool, needs: str) -> str | None:
    """What vetoes a phrase rule's match: reported speech (see :func:`_veto`), and a block that holds
    none of the words under the concept's key ``needs``."""
    vetoes = [_veto(languages, follow)] if speech else []
    if needs:
        words = _vocabulary.concept(concept).get(needs, languages)
        vetoes.append(rf"\A(?![\s\S]*?(?<!\w)(?:{_vocabulary.alternatives(words)})(?!\w))")
    return "|".join(vetoes) or None


def _veto(languages: tuple[str, ...], follow: str) -> str:
    """Reported speech; and, where anything may follow the phrase, a next sentence that names the
    phrase as a thing ("Já é assinante? A pergunta, que aparece no topo …"): the story is about it;
    or that announces the series' next part ("Danke, dass du bis hierhin gelesen hast. Im nächsten
    Teil …"): the thanks is the author's sign-off, not an appeal's opening."""
    veto = _vocabulary.speech_veto(languages)
    named = _vocabulary.concept("mentions")
    mentions = (*named.get("nouns", languages), *named.get("sequels", languages))
    if follow != "anything":
        mentions = ()
    if mentions:
        veto = rf"{veto}|[?!.:…]\s+(?:{_vocabulary.alternatives(mentions)})(?=[\s,])"
    return veto


def _uncited(find: Callable[[str], Any], text: str) -> Any:
    """``find``'s match, unless the phrase it found within the block stands inside a quotation the
    story cites: "… krijgen de melding: “Je hebt je gratis artikelen gelezen.”" reports the notice."""
    found = find(text)
    if found is not None and (at := found.start("within")) >= 0 and cited_at(text, at):
        return None
    return found


def follow_words(follow: str) -> int:
    """The word limit a phrase rule gets by default for what may follow its phrases."""
    return _TAILS[follow][1]


def phrase_rule(
    *,
    code: str,
    name: str,
    category: Category,
    concept: str,
    summary: str,
    message: str,
    follow: str = "nothing",
    evidence: Evidence = Evidence.STRONG,
    max_words: int | None = None,
    speech: bool = False,
    marks: frozenset[Mark] = frozenset(),
    safety: str = "",
    examples: tuple[Example, ...] = (),
    aliases: tuple[str, ...] = (),
    rows: bool = False,
    needs: str = "",
) -> PhraseRule:
    """A :class:`PhraseRule` over every language that has ``concept``; its examples are the
    vocabulary's, after any given here."""
    if follow not in _TAILS:
        raise ValueError(f"follow must be one of {', '.join(_TAILS)}, got {follow!r}")
    found = _vocabulary.concept(concept)
    languages = found.languages
    pattern, keywords = _compiled(concept, follow, languages, rows=rows)
    return PhraseRule(
        code=code,
        name=name,
        category=category,
        summary=summary,
        message=message,
        languages=languages,
        keywords=keywords,
        pattern=pattern,
        max_words=max_words if max_words is not None else _TAILS[follow][1],
        evidence=evidence,
        unless=_vetoes(concept, languages, follow, speech=speech, needs=needs),
        marks=marks,
        safety=safety,
        examples=(*examples, *found.examples),
        aliases=aliases,
        concept=concept,
        follow=follow,
        speech=speech,
        rows=rows,
        needs=needs,
    )


def _compiled(
    concept: str, follow: str, languages: tuple[str, ...], *, rows: bool = False
) -> tuple[str, tuple[str, ...]]:
    """The pattern and keywords of a phrase rule over ``languages``."""
    found = _vocabulary.concept(concept)
    phrases, alone, within = (found.get(key, languages) for key in ("phrases", "alone", "within"))
    if not (phrases or alone or within):
        raise ValueError(f"vocabulary concept {concept!r} has no phrases, alone or within phrases")
    fillers = found.get("row-fillers", languages) if rows else ()
    labels = found.get("labels", languages)
    return phrase_pattern(phrases, alone, follow, within, rows=rows, fillers=fillers, labels=labels)


_QUOTE_MARKS = frozenset("«»“”„\"‹›")

# What separates buttons or links in a row: spaces, perhaps around a bar, dot, slash, a label's colon,
# an arrow, the check boxes of a settings panel ("Statistik ☐ Marketing ☐ Auswahl speichern") or a
# required field's star ("E-Mail-Adresse* Anmelden").
_ROW = r"(?:\s*[|·•/:›→▸▶✓✔☐☑○●✕*]+\s*|\s+)"
_ROW_MORE = 7
# An amount on a button of a row ("$5 $10 $25 Other amount", "10 € 25 € Altro importo").
_ROW_AMOUNT = r"(?:(?:[A-Z]{1,2})?[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|CHF|kr))(?!\w)"


def phrase_pattern(
    phrases: tuple[str, ...],
    alone: tuple[str, ...],
    follow: str = "nothing",
    within: tuple[str, ...] = (),
    *,
    rows: bool = False,
    fillers: tuple[str, ...] = (),
    labels: tuple[str, ...] = (),
) -> tuple[str, tuple[str, ...]]:
    """The pattern and prefilter keywords for blocks that are, or open with, one of ``phrases``
    (followed as ``follow`` says), that are one of ``alone`` (or, with ``rows``, a row of a few,
    with amounts and ``fillers``, the row's buttons that alone are common words: "Monthly"),
    or that hold one of ``within``. ``labels`` open a block as ``phrases`` do, except that what
    follows one must stand apart from it: after a mark, or as a new sentence or a headline opening
    with a capital ("Solo per abbonati. Abbonati ora", not "Solo per abbonati del trasporto …")."""
    if follow not in _TAILS:
        raise ValueError(f"follow must be one of {', '.join(_TAILS)}, got {follow!r}")
    if not (phrases or alone or within or labels):
        raise ValueError("a phrase rule needs phrases or alone phrases")
    branches = []
    if phrases:
        branches.append(rf"{START}(?:{_vocabulary.alternatives(phrases)}){_TAILS[follow][0]}")
    if labels:
        apart = rf"(?:(?:\s*[:|–—•·.!?…»›]|\s+(?=(?-i:[A-ZÀ-Þ«“\"„¿¡]))).{{0,400}})?{END}"
        tail = apart if follow == "anything" else _TAILS[follow][0]
        branches.append(rf"{START}(?:{_vocabulary.alternatives(labels)}){tail}")
    if alone:
        one = rf"(?:{_vocabulary.alternatives(alone)})"
        items = "|".join((one, _ROW_AMOUNT, *([_vocabulary.alternatives(fillers)] if fillers else [])))
        more = rf"(?:{_ROW}(?:{items})){{0,{_ROW_MORE}}}" if rows else ""
        branches.append(rf"{START}{one}{more}{END}")
        if follow == "headline":  # a list header alone on its line, or over its numbered list
            branches.append(rf"{START}{one}\s*[:|–—•·›▸▶►-]?\s*{_NUMBERED}")
    # Not right after an opening quotation mark nor right before a closing one: « tous droits
    # réservés », “paid partnership”, ‘Alle rechten voorbehouden’ is a phrase the sentence cites, not
    # one the publisher prints (a single closing quote is no apostrophe when no letter follows it).
    # A phrase that quotes a button itself ('Cliccando su "Iscriviti') is the notice's own.
    cited = [phrase for phrase in within if not _QUOTE_MARKS.intersection(phrase)]
    quoting = [phrase for phrase in within if _QUOTE_MARKS.intersection(phrase)]
    if cited:
        branches.append(
            rf".{{0,300}}?(?<!\w)(?<![«“„\"‹‘])(?<![«“„\"‹‘]\s)(?P<within>{_vocabulary.alternatives(cited)})"
            rf"(?!\w)(?!\s?[»”“\"›])(?!\s?’(?!\w)).{{0,300}}"
        )
    if quoting:
        branches.append(rf".{{0,300}}?(?<!\w)(?:{_vocabulary.alternatives(quoting)})(?!\w).{{0,300}}")
    keywords = starts(*sorted({_vocabulary.keyword_of(phrase) for phrase in (*phrases, *alone, *labels)}))
    keywords += tuple(sorted({_vocabulary.keyword_of(phrase) for phrase in within}))
    return "|".join(branches), keywords
