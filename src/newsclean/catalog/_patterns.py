"""Pattern pieces and keyword helpers shared by the catalog.

Patterns are verbose ``regex`` syntax, matched case-insensitively, and named
by what they mean, so that a rule reads as a sentence. Every piece is
bounded: no nested unbounded repetition, so each pattern runs in time linear
in the (already length-limited) block.

Keywords feed the prefilter (:mod:`newsclean.prefilter`). Most rules match
whole blocks that open with a few words; their keywords are those words
anchored to the block's start (:func:`starts`), which is both sound and
selective. Short words that hide inside longer ones get :func:`word_end`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..rules import PatternRule
from ._vocabulary import alternatives, concept, keyword_of, speech_veto

if TYPE_CHECKING:
    from ..rules import Matcher


def starts(*phrases: str) -> tuple[str, ...]:
    """Keywords for a rule whose matches open with one of ``phrases``, bracketed or not."""
    return tuple(f"^{opening}{phrase}" for phrase in phrases for opening in ("", "(", "["))


def one_word_each(*phrases: str) -> tuple[str, ...]:
    """Keywords that find ``phrases`` wherever they stand and however they are spaced: one word
    of each (a vocabulary phrase's words are literal; between them, any run of spaces). For a
    rule's ``also``, where one word of a phrase is enough. Few words find fewer lines: a phrase
    that holds another's word ("Time to read", "Read") adds none, and one that does not adds
    its longest."""
    split = sorted((keyword_of(phrase).split() for phrase in phrases), key=len)
    chosen: set[str] = set()
    for words in split:  # the one-word phrases first: their words are chosen whatever happens
        if chosen.isdisjoint(words):
            chosen.add(max(words, key=len))
    return tuple(sorted(chosen))


def inner_words(*phrases: str) -> tuple[str, ...]:
    """Keywords for a rule whose matches hold two or more of ``phrases`` inside the line (a menu's
    middle items): one word of each (see :func:`one_word_each`) with a space on both sides, which
    "us" hidden in "business" and "must" does not have, and a line's first word never has."""
    return tuple(f" {word} " for word in one_word_each(*phrases))


def word_end(*words: str) -> tuple[str, ...]:
    """Keywords for short words that are also pieces of longer ones ("epa" in "prepare"): the word,
    then a space, a mark ``END`` may close a block with ("her»"), or the block's end."""
    return tuple(f"{word}{after}" for word in words for after in (*" )]/.,;:!?»›>→*…|-–—", "$"))


def short_at_word_end(*keywords: str, short: int = 3) -> tuple[str, ...]:
    """``keywords``, those of ``short`` letters or fewer as a word's end ("dr", not "address";
    "min", not "minister")."""
    return tuple(sorted({key for word in keywords
                         for key in (word_end(word) if len(word) <= short else [word])}))


# A currency written out after its amount: "9,99 Euro", "12 Franken", "5 dollars".
MONEY_WORDS = r"(?:euros?|Euro|dollars?|Franken|francs?|reais|pounds?)\b"

# A capitalised word of a title or a name: "Courrier", "BR24", "L'Écho".
TITLE_WORD = r"(?-i:[A-ZÀ-Þ][\w.&'’+-]*)"

# Reported speech. Boilerplate addresses the reader; news reports what someone said.
REPORTED_SPEECH = speech_veto(("en",))

# A small count written in digits or words ("3", "more than 10", "five").
COUNT = r"""(?:(?:more\s+than|over|nearly|almost|all(?:\s+of)?)\s+)?(?:\d{1,3}|one|two|three|four|
    five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|your|all|several)"""

# Optional punctuation and arrows closing a short prompt ("Read more »", "Subscribe now!").
# Closing marks: an ad label or a button may be framed by dashes of any length ("– Anzeige –").
END = r"""[\s.!:;…»›>→▸▶►▼↓⬇✕✖)\]|*\-–—]*"""

# An optional opening bracket ("[Related: ...]"). Bullets and arrows before it are
# already stripped from the block's core; rules using START key on starts().
START = r"""[(\[]?"""

# A headline closing a block: not a sentence, so no full stop at the end (an ellipsis is fine).
# It brings its own closing punctuation: follow it with nothing, not with END.
HEADLINE = r"""[^\n]{1,200}?(?<![.\s])(?:\.\.\.|…)?[\s!?»›>→)\]|*]*"""

MONTH = r"""(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|
    aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"""

WEEKDAY = r"""(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"""

# A calendar date or clock time in the forms news sites print.
DATE_OR_TIME = rf"""(?:
      {MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?          # Apr 16, 2024
    | \d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?(?:\s+\d{{4}})?          # 16 April 2024
    | \d{{4}}-\d{{2}}-\d{{2}}(?:[t\s]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:[+-]\d{{2}}:?\d{{2}}|z)?)?
    | \d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}                           # 11/19/2019
    | \d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?   # 1:23 p.m. EDT
    | \d{{1,2}}\s*[ap]\.?m\.?(?:\s+[a-z]{{2,4}})?                   # 5 PM ET
    | \d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
    | (?:today|yesterday)
)"""

# A news agency named by its kind, before or after a capitalised name or two: "Agencia Meridiano",
# "Meseta Press" (the kinds are [agencies] kinds in the vocabulary).
_CAPITALISED = r"(?-i:[A-ZÀ-Þ][\w'’&.-]*)"
_AGENCY_KINDS = alternatives(concept("agencies").get("kinds"))
_PARTICLE = r"(?-i:de|del|des|du|di|della|do|da|van|von)"
NAMED_AGENCY = rf"""(?:(?-i:{_AGENCY_KINDS})(?:\s+{_CAPITALISED}){{1,2}}
    |(?:{_CAPITALISED}\s+){{1,2}}(?-i:{_AGENCY_KINDS}))"""
# In a dateline's brackets an agency's name may also hold a particle or be an adjective ("Agencia del
# Plata", "Agence lémanique"); alone in brackets those name an institution ("Agencia de Noticias").
DATELINE_AGENCY = rf"""(?:{NAMED_AGENCY}
    |(?-i:{_AGENCY_KINDS})\s+{_PARTICLE}\s+{_CAPITALISED}
    |(?-i:{_AGENCY_KINDS})\s+(?-i:[a-zà-ÿ]{{4,}}))"""

# Photo agencies and libraries whose names are distinctive enough to stand alone ("Getty Images").
AGENCY = r"""(?:getty\s*images?|getty|associated\s+press|ap\s+photo|afp|reuters|epa(?:-efe)?|
    shutterstock|alamy|istock(?:photo)?|pa\s+(?:wire|media|images|archive)|bloomberg|nurphoto|
    sopa\s+images|lightrocket|xinhua|anadolu(?:\s+agency)?|sipa(?:\s+usa)?|zuma(?:\s+press|\s+wire)?|
    dpa|anp|picture\s+alliance|imago|unsplash|pexels|pool|handout|wikimedia\s+commons|ansa|kyodo|
    yonhap|tass|abaca|rex\s+features|corbis|magnum\s+photos|keystone|lusa|belga|europa\s+press|
    agencia\s+efe|ag[eê]ncia\s+brasil|hollandse\s+hoogte|dpa-infocom|sda|fotogramma|lapresse|imagoeconomica)"""

# Agencies with short names, credited only after a slash: "Evan Vucci/AP".
SHORT_AGENCY = r"""(?:ap|pa|bbc|cnn|rex|efe|upi|nyt|wsj|ft)"""

# Keywords that every credit naming an agency contains (see AGENCY and SHORT_AGENCY).
AGENCY_KEYWORDS = (
    "getty", "associated press", "ap photo", "afp", "reuters", "shutterstock", "alamy", "istock",
    "pa wire", "pa media", "pa images", "pa archive", "bloomberg", "nurphoto", "sopa images",
    "lightrocket", "xinhua", "anadolu", "picture alliance", "unsplash", "pexels", "handout",
    "wikimedia", "kyodo", "yonhap", "rex features", "corbis", "magnum photos", "keystone",
    "europa press", "agencia efe", "agência brasil", "agencia brasil", "hollandse hoogte", "dpa-infocom",
    *word_end("lusa", "belga", "sda", "fotogramma", "lapresse", "imagoeconomica"),
    *word_end("epa", "epa-efe", "sipa", "zuma", "dpa", "anp", "imago", "pool", "ansa", "tass", "abaca"),
    *(f"{slash}{name}" for name in ("ap", "pa", "bbc", "cnn", "rex", "efe", "upi", "nyt", "wsj", "ft")
      for slash in ("/", "/ ")),
)

# The agencies a credited name may close with, in small letters: "Michael Kappeler/dpa".
NAME_AGENCIES = r"(?i:dpa|ddp|epd|kna|laif|ots|imago|picture\s+alliance)"

# A credited name: capitalised words joined by slashes, "via", "for" ("voor", "per"), "and"
# (case-sensitive): "Marieke Brouwer voor De Krant"; closed perhaps by an agency in small letters or
# an account after a slash ("Instagram/@jane.doe").
CREDIT_NAME = rf"""(?-i:[A-Z0-9\u00c0-\u024f][\w.'’&-]*
    (?:(?:\s*[/|]\s*|\s+(?:via|for|voor|pour|para|per|für|and|of|the|de|del|della|di|da|do|dos|das|du|des|la|le|van|von|der|den|
    em|e|y|et|und|en|am|im|an|vom|zum|zur|ter|ten|&)(?:\s+(?:de|der|den|la|le|van|von|du|des|di|da|do|dos|del|della))?\s+
    |\s+|,\s*)[A-Z0-9\u00c0-\u024f][\w.'’&-]*){{0,9}}
    (?:\s*[/|]\s*(?:{NAME_AGENCIES}|@[\w.]{{1,30}}))?)"""

# Reported speech in each pack language: a quoted appeal or prompt is news, not furniture.
REPORTED_SPEECH_IN = {language: speech_veto((language,)) for language in ("de", "fr", "es", "it", "pt", "nl")}


@dataclass(frozen=True, kw_only=True, repr=False)
class NeedsRule(PatternRule):
    """A :class:`PatternRule` whose match also needs ``needs`` (a pattern) somewhere in the block: an
    offer names what it sells, a call to give is the publisher's ("our", "we")."""

    needs: str = ""
    _needs: Matcher = field(init=False, repr=False, compare=False)  # the pattern's search

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        compiled = self._compile_pattern(self.needs, builtin=builtin, ignore_case=True)
        object.__setattr__(self, "_needs", self._bound(compiled, "search"))

    def match(self, text: str) -> str | None:
        hit = super().match(text)
        return hit if hit is not None and self._needs(text) is not None else None

    def _match(self, text: str) -> str | None:
        hit = super()._match(text)
        return hit if hit is not None and self._needs(text) is not None else None


# Where an extractor glued two links or buttons together: a lower-case letter, then a capital with
# no space between ("HomePoliticaCronaca", "ConfigurarAceitar", "App StoreGoogle Play").
_GLUE = re.compile(r"(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def unglued(text: str) -> str | None:
    """``text`` with a space at each place where an extractor glued two links together, or ``None``
    when there is none. Brand names glue so too ("WhatsApp", "LinkedIn"): a rule reading the pieces
    must know its labels, as a row of known buttons or menu items does."""
    spaced = _GLUE.sub(" ", text)
    return None if spaced == text else spaced


@dataclass(frozen=True, kw_only=True, repr=False)
class GluedRowRule(PatternRule):
    """A :class:`PatternRule` for a row of buttons or links that also reads the row glued together
    ("Accetta tuttiRifiuta tutti", as extractors join a banner's buttons): the pattern is tried
    again with a space at each glue. Its keywords must open the row (:func:`starts`): the glued
    row opens with the same letters."""

    def _reads_glued(self) -> bool:
        """Whether the pattern is tried again on the row unglued (a subclass may read rows only
        sometimes)."""
        return True

    def match(self, text: str) -> str | None:
        hit = super().match(text)
        if hit is None and self._reads_glued() and (spaced := unglued(text)) is not None:
            return super().match(spaced)  # buttons glued together: "App StoreGoogle Play"
        return hit

    def _match(self, text: str) -> str | None:
        hit = super()._match(text)
        if hit is None and self._reads_glued() and (spaced := unglued(text)) is not None:
            return super()._match(spaced)
        return hit
