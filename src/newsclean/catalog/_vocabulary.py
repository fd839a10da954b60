"""Vocabulary: what boilerplate says in each language, kept as reviewable data.

``vocabulary/<language>.toml`` holds one table per *concept* ("paywall-prompt",
"months", "byline-openers"). A rule reads one concept across every language
that has it, so adding a language or a phrase is an edit to a data file, never
a new regular expression. A concept table holds lists of plain phrases under
the keys its rule documents, and examples::

    [see-also-header]
    phrases = ["Lesen Sie auch", "Mehr zum Thema"]
    alone = ["Auch interessant"]
    removes = ["Lesen Sie auch: Regierung beschließt neues Klimapaket"]
    keeps = ["Zum Thema Rente äußerte sich die Ministerin nicht."]

Phrases are plain text: a space matches any run of whitespace, either
apostrophe matches both, case does not matter, and a ``*`` at the end of a
word matches the rest of it ("abonnier*"); ``{network}`` stands for each social
network of ``[networks]`` in ``en.toml``, and ``{name}`` in a phrase rule's phrase for a
capitalised name ("Steun {name}", "Jetzt die {name}-App laden"). An example is a string, or an inline
table ``{text = "...", before = [...], after = [...], note = "...", opens = true}``
when it needs context.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..rules import Example

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "LANGUAGES", "Concept", "alternatives", "concept", "concept_names", "keyword_of", "pattern_of",
    "speech_veto", "whole_words", "words",
]

_FOLDER = Path(__file__).resolve().parent / "vocabulary"
#: The languages with a vocabulary file, in the order rules list them.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_EXAMPLE_KEYS = ("removes", "keeps")


@dataclass(frozen=True)
class Concept:
    """One concept's phrases in each language, and its examples."""

    name: str
    phrases: Mapping[str, Mapping[str, tuple[str, ...]]]  # language -> key -> phrases
    examples: tuple[Example, ...]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language in LANGUAGES if language in self.phrases)

    def get(self, key: str, languages: Iterable[str] | None = None) -> tuple[str, ...]:
        """The phrases under ``key`` in ``languages`` (default all), without repeats, in order."""
        wanted = self.languages if languages is None else languages
        found = (phrase for language in wanted for phrase in self.phrases.get(language, {}).get(key, ()))
        return tuple(dict.fromkeys(found))

    def examples_in(self, languages: Iterable[str]) -> tuple[Example, ...]:
        wanted = set(languages)
        return tuple(example for example in self.examples if example.language in wanted)


@functools.cache
def _files() -> dict[str, dict[str, Any]]:
    found = {}
    for language in LANGUAGES:
        path = _FOLDER / f"{language}.toml"
        if path.exists():
            found[language] = tomllib.loads(path.read_text(encoding="utf-8"))
    return found


def concept_names() -> frozenset[str]:
    """Every concept some vocabulary file has."""
    return frozenset(name for tables in _files().values() for name in tables)


@functools.cache
def concept(name: str) -> Concept:
    """The concept ``name`` across every language file that has it."""
    phrases: dict[str, dict[str, tuple[str, ...]]] = {}
    examples: list[Example] = []
    for language, tables in _files().items():
        table = tables.get(name)
        if table is None:
            continue
        phrases[language] = {
            key: tuple(_phrases(name, language, key, value))
            for key, value in _flattened(table)
            if key not in _EXAMPLE_KEYS
        }
        for key in _EXAMPLE_KEYS:
            examples += (_example(item, key == "removes", language) for item in table.get(key, ()))
    if not phrases:
        raise KeyError(f"no vocabulary file has the concept {name!r}")
    return Concept(name, phrases, tuple(examples))


def _flattened(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    """A concept's lists, a sub-table's under dotted keys: ``[x.signals] money = [...]`` is
    ``signals.money``."""
    for key, value in table.items():
        if isinstance(value, Mapping):
            yield from _flattened(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def words(name: str, key: str = "words") -> tuple[str, ...]:
    """The phrases of a word-list concept ("months"), in every language."""
    return concept(name).get(key)


def _phrases(name: str, language: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ValueError(f"vocabulary/{language}.toml [{name}] {key}: expected a list of phrases")
    return [expanded for phrase in value for expanded in _expand(phrase)]


def _expand(phrase: str) -> list[str]:
    """``{network}`` stands for every social network of ``[networks]`` in en.toml, ``{n}`` for a
    count a meter or a counter prints (1 to 10, 15, 20): "Hai letto {n} articoli su"."""
    if "{network}" in phrase:
        return [phrase.replace("{network}", network) for network in _files()["en"]["networks"]["words"]]
    if "{n}" in phrase:
        return [phrase.replace("{n}", count) for count in _COUNTS]
    return [phrase]


_COUNTS = (*(str(count) for count in range(1, 11)), "15", "20")


# A quotation closed and attributed, in any language: the closing mark, a comma, a verb, a name
# ("…», racconta Colombo.", "…,” says Amara Obi"). A notice quoting its own button goes on to the
# reader ("„Akzeptieren“, stimmen Sie …" closes with another mark; "«Aceptar», usted …" names no one).
_ATTRIBUTION = r"(?-i:(?:[»”\"],|,[»”\"])\s+[a-zà-ÿ]+\s+[A-ZÀ-Þ][a-zà-ÿ])"


def speech_veto(languages: Iterable[str], spared: Iterable[str] = ()) -> str:
    """A pattern for reported speech in ``languages`` ("said", "sagte", "selon"): a quoted appeal
    or prompt is news, not furniture. "According to" before the publisher's own ("according to
    our privacy policy") attributes nothing. A rule may name more ``spared`` phrases (its own
    standards: "werkt volgens de Code") that, right after the word or after one of the language's
    ``links`` ("explained on our methodology page"), make it no attribution."""
    languages = tuple(languages)
    speech = concept("reported-speech")
    ours = speech.get("ours", languages)
    own = rf"(?!\s+(?:{alternatives(ours)})(?!\w))" if ours else ""
    spared = tuple(spared)
    if spared:
        links = speech.get("links", languages)
        link = rf"(?:(?:{alternatives(links)})\s*)?" if links else ""
        own = rf"(?!\s+{link}(?:{alternatives((*ours, *spared))})(?!\w))"
    return whole_words(speech.get("words", languages)) + own + "|" + _ATTRIBUTION


@functools.cache
def reported_speech() -> re.Pattern[str]:
    """:func:`speech_veto` in every pack language, compiled once, for code that judges a line
    outside a rule's ``unless``: a line that reports speech is the story's prose."""
    return re.compile(speech_veto(LANGUAGES), re.IGNORECASE)


def whole_words(phrases: Iterable[str]) -> str:
    """Any of ``phrases`` as whole words. Phrases that open with a letter are tried only where a
    word starts, which spares a scan of a long block most of its attempts."""
    listed = tuple(phrases)
    words = tuple(phrase for phrase in listed if phrase[:1].isalnum())
    others = tuple(phrase for phrase in listed if not phrase[:1].isalnum())
    branches = [rf"\b(?=\w)(?:{alternatives(words)})"] if words else []
    if others:
        branches.append(rf"(?<!\w)(?:{alternatives(others)})")
    return rf"(?:{'|'.join(branches)})(?!\w)"


def _example(item: object, removed: bool, language: str) -> Example:
    if isinstance(item, str):
        return Example(item, removed, language=language)
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return Example(
            item["text"],
            removed,
            before=tuple(item.get("before", ())),
            after=tuple(item.get("after", ())),
            note=str(item.get("note", "")),
            opens=bool(item.get("opens", False)),
            language=language,
        )
    raise ValueError(f"vocabulary/{language}.toml: an example is a string or a table with text, got {item!r}")


# Phrases to patterns and keywords ---------------------------------------------------------------

_APOSTROPHE = re.compile("['’]")


def pattern_of(phrase: str) -> str:
    """A phrase as a verbose-mode pattern: spaces match whitespace, apostrophes both forms,
    ``*`` ends a word with any letters, and ``*in`` ends a German noun with any of its gender forms
    ("Unterstützer*in" reads "Unterstützer", "Unterstützerin", "Unterstützer:in", "Unterstützer*innen")."""
    return "".join(_atoms(phrase))


def _atoms(phrase: str) -> tuple[str, ...]:
    """A phrase as a sequence of pattern pieces, one per character (``\\s+`` for a space). A word
    ``#`` stands for a figure: "We and our # partners" reads "We and our 1,024 partners"; ``{name}``
    for a capitalised name of up to three words, perhaps joined by a hyphen to the rest of its word:
    "Jetzt die {name}-App laden" reads "Jetzt die SZ-Plus-App laden", "Steun {name}" "Steun De
    Kantonnier"."""
    atoms: list[str] = []
    for number, word in enumerate(phrase.split()):
        stem, star, rest = word.partition("*")
        if star and rest and rest != _GENDER_ENDING:
            raise ValueError(f"'*' may only end a word or be German's gender ending '*in': {word!r}")
        if number:
            atoms.append(r"\s+")
        if word == "#":
            atoms.append(_FIGURE)
            continue
        if _NAME_SLOT in stem:  # "{name}-App": the name a compound gives the thing ("Tagblatt-App")
            before, _, stem = stem.partition(_NAME_SLOT)
            atoms += (*(re.escape(character) for character in before), _NAME)
        atoms += ("['’]" if character in "'’" else re.escape(character) for character in stem)
        if rest:
            atoms.append(_GENDER_FORMS)
        elif star:
            atoms.append(r"\w*")
    return tuple(atoms)


_GENDER_ENDING = "in"
# German's gender forms of a noun after its stem: none, "-in", "-innen", with a star, a colon, an
# underscore or a slash before them, or a capital I ("LeserInnen").
_GENDER_FORMS = r"(?:[*:_/]?[iI]n(?:nen)?)?"


def keyword_of(phrase: str) -> str:
    """The prefilter's keyword for a phrase: lowercase, one space, plain apostrophes, no ``*`` part
    and nothing from a figure's ``#`` or a ``{name}`` on."""
    text = " ".join(phrase.lower().replace("’", "'").split())
    return text.split("*", 1)[0].split(" #", 1)[0].split(_NAME_SLOT, 1)[0].rstrip()


# A figure a phrase's ``#`` stands for: "143", "1,024", "1.024", "1 024" (a space, thin or no-break),
# "2'841" (Swiss).
_FIGURE = r"\d{1,3}(?:[.,'’ \u00a0\u202f]?\d{3})*"
# A name a phrase's ``{name}`` stands for: up to three words, each opening with a capital or a
# figure, joined by hyphens or spaces ("Tagblatt", "SZ-Plus", "Kurve-West", "24", "Die Zeit").
_NAME_SLOT = "{name}"
_NAME = r"(?-i:[A-ZÀ-Þ0-9])[\w.&+'’]{0,30}(?:(?:-|\s+)(?-i:[A-ZÀ-Þ0-9])[\w.&+'’]{0,30}){0,2}"


def alternatives(phrases: Iterable[str]) -> str:
    """One pattern that matches any of ``phrases``, longest first, so that the longest is the match.

    The phrases are merged into a tree of their shared beginnings ("Lesen Sie auch|Lesen Sie mehr"
    becomes ``Lesen\\s+Sie\\s+(?:auch|mehr)``): a regular expression engine tries the branches
    of a flat alternation one by one at every position, and a vocabulary of hundreds of phrases
    would cost hundreds of attempts each time.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in set(phrases):
        node = trie
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}  # a phrase ends here
    if not trie:
        raise ValueError("an empty phrase list would match nothing")
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The pattern of a tree node: its branches, optional where a phrase also ends here (greedy, so
    the longer phrase is tried first)."""
    branches = [atom + _branches(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{pattern})?"
    return pattern
