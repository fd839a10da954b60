"""Bylines, reporting credits, source lines and author contact lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from ..dom import DomRule
from ..rules import BlockRule, Category, ContextRule, Evidence, Finding, Mark, PatternRule, keeps, removes
from ..shape import ends_like_sentence, is_list_item
from ._dates import DATE, LINK, STAMP_LABEL, TIME, TIME_KEYS
from ._patterns import AGENCY, CREDIT_NAME, END, REPORTED_SPEECH, START, starts
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, whole_words, words
from .timestamps import BARE_DATE, CORE, MORE_PIECES, READING, UPDATE_TIMESTAMP

if TYPE_CHECKING:
    from ..blocks import Page
    from ..rules import Pattern

_BYLINE = concept("byline")
_PARTICLE = rf"(?:{alternatives(_BYLINE.get('particles'))})"
# A capitalised name word: "Anna", "O'Neill", "Jean-Luc", "Aydın", "Ş." (case-sensitive).
_NAME_WORD = r"(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]*)"
# A nickname in quotes between the names: 'Rafael "Rafa" Tenório'.
_NICKNAME = r"[\"“„«][^\"“”„«»\n]{1,20}[\"”“»]"
# A person's name: two to five words, the first capitalised, particles between ("Jan de Vries").
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE}|{_NICKNAME})){{1,4}}"
_JOINS = alternatives(_BYLINE.get("joiners"))
_JOINER = rf"(?:\s*,\s*(?:(?:{_JOINS})\s+)?|\s+(?:{_JOINS})\s+)"
_PEOPLE = rf"{_PERSON}(?:{_JOINER}{_PERSON}){{0,6}}"
# Each with their share of the work in brackets, after a byline's opener: "Por Camila Fuentealba
# (reportera), Ignacio Rojas (datos) y Valentina Muñoz (edición)".
_ROLE_IN_BRACKETS = r"(?:\s*\([^()\n]{1,30}\))"
# Or with their role after a comma, in small letters, a newsroom's word closing it: "Door Sanne de
# Groot, politiek verslaggever, en Pieter van Dam, parlementair redacteur". (Capitalised, a role would
# read as a name too, and every comma of a long line as either: a match that fails would try them all.)
_NEWSROOM_ROLES = alternatives(concept("author-bio").get("roles"))
_ROLE_AFTER_COMMA = rf"""(?:\s*,\s*(?=(?-i:[a-zß-ÿ]))(?:[^\W\d][\w'’]*[\s-]+){{0,2}}(?:{_NEWSROOM_ROLES})
    (?![\w'’-]))"""
_CREDIT_ROLE = rf"(?:{_ROLE_IN_BRACKETS}|{_ROLE_AFTER_COMMA})"
_CREDITED_PEOPLE = rf"{_PERSON}{_CREDIT_ROLE}?(?:{_JOINER}{_PERSON}{_CREDIT_ROLE}?){{0,6}}"
# A title before the first name, perhaps with its article: "Dr. med.", "la Dra.", "del dott." (a medical
# reviewer's line: "Revisado por la Dra. Lucía Gómez").
_HONORIFIC = rf"(?:(?:{alternatives(_BYLINE.get('honorifics'))})(?!\w)\s*)"
# An organisation's capitalised name, with the small words names hold in each language ("Office of
# the Mayor", "Agence Presse du Littoral", "Instituto Nacional de Estadística").
_ORGANISATION = r"""(?-i:[A-ZÀ-Þ][\w.&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.&'’-]*
    |of|the|for|and|du|de|des|del|della|di|da|do|dos|van|von|der|für)){0,5})"""
# What may follow the names: a role, a desk or a place, of up to six words that open with no
# digit ("Senior Political Correspondent", "envoyée spéciale à Kyiv", "NDS"), and then a date.
# (A channel's number after it, "Noticias Canal 9", made the prefilter's soundness property draw
# for half an hour in a full run: left out.)
_AFFILIATION = r"(?!\d)[\w'’.&/()-]+(?:\s+(?!\d)[\w'’.&/()-]+){0,5}"
_ARTICLES = ("the", "la", "le", "der", "die", "de la", "el", "il", "o", "a")
_DESK = rf"""(?:(?:{alternatives(_ARTICLES)})\s+)?(?:{alternatives(_BYLINE.get('desks'))})
    (?:\s+(?:{_NAME_WORD}|{_PARTICLE}|des|du|do|&)){{0,6}}"""
_DATE_TAIL = rf"(?:\s*(?:[,|·–—-]|\bon\b)?\s*(?:{STAMP_LABEL}\s*:?\s*)?(?:{LINK}\s+)?{CORE}{MORE_PIECES})"
# More credits on the same line: "Texto: Beatriz Almeida | Edição: Rodrigo Paiva", "Testo di
# Giorgia Pautasso · Foto di Davide Rinaldi".
_CREDIT_OPENER = rf"""(?:{alternatives(_BYLINE.get('openers'))}
    |(?:{alternatives(words('media-words'))})(?:\s+(?:di|de|by|von|da|door|par|por))?)"""
_MORE_CREDITS = rf"(?:\s*[|·•/;,]\s*{_CREDIT_OPENER}\s*:?\s+{_PEOPLE}){{0,3}}"
# A place or an assignment in brackets: "(Arles, envoyée spéciale)", "(avec L.S.)".
_BRACKETED = r"(?:\s*\([^()\n]{1,60}\))?"
# The wire the desk wrote with, by its code in capitals: "Par La Rédaction avec AFP", "Por Redacção com
# Lusa e AIN" (a word in small letters after "with" is a sentence's: "Par Jean Dupont avec les élus").
_WITH_WIRE = r"""(?:\s+(?:with|avec|con|com|mit|met|amb)\s+(?-i:[A-Z][A-Za-z]{1,5})
    (?:\s*(?:,|/|and|et|y|e|und|en)\s*(?-i:[A-Z][A-Za-z]{1,5})){0,2})?"""
# A desk's place before its date: "Redacção | Maputo | 17.02.2026".
_PLACE_WORDS = r"(?-i:[A-ZÀ-Þ][\w'’.-]*(?:\s(?:[A-ZÀ-Þ][\w'’.-]*|de|do|da)){0,2})"

# A comment counter after a byline's date: "31 comentários", "12 comments" (NAV017's words).
_COUNTER = rf"\d{{1,3}}(?:[.,\s]\d{{3}})*\s+(?:{alternatives(words('comment-count'))})"
# What may close a byline after its date: a reading time, a comment counter.
_META_MORE = rf"(?:(?:\s*[|·•,–—-]\s*|\s+)(?:{READING}|{_COUNTER})){{0,2}}"

# A desk's initials after a credit's label, its colon and a space: "Von: apk", "Por: jrh/gom" (German's
# gender colon, "Autor:innen", has none).
_DESK_INITIALS = rf"""(?:{alternatives(_BYLINE.get('openers'))})\s*:\s+(?-i:[a-zäöüéèàñç]{{2,5}})
    (?:\s*/\s*(?-i:[a-zäöüéèàñç]{{2,5}})){{0,3}}"""

BYLINE = PatternRule(
    code="BYL001",
    name="byline",
    category=Category.BYLINE,
    summary="Bylines standing alone, in every language: 'By Jane Doe and John Roe, Reuters', 'Von Anna "
    "Schmidt'.",
    message="byline",
    languages=LANGUAGES,
    keywords=starts(
        *(keyword_of(word) for word in (*_BYLINE.get("openers"), *_BYLINE.get("desks"))),
        *(f"{article} {keyword_of(desk)}" for article in _ARTICLES for desk in _BYLINE.get("desks")),
    ),
    max_words=24,
    # A byline never ends like a sentence ("Door Mark Rutte, de premier, werd het voorstel afgewezen."),
    # but it may end with a reading time's "Min.".
    pattern=rf"""(?!.*(?-i:[a-zà-ÿ])(?<!\b[Mm]in)\.\s*$){START}(?:
          (?:{alternatives(_BYLINE.get('openers'))})\s*:?\s+(?:{_HONORIFIC}?{_CREDITED_PEOPLE}(?:{_JOINER}{_DESK})?
            |(?:the\s+)?{AGENCY}(?:\s+staff)?|{_DESK})
            {_BRACKETED}{_WITH_WIRE}{_MORE_CREDITS}
            (?:\s*(?:,|\||·|•|–|—|-|/|\b(?:for|of|in|at|para|pour|für|per|voor|en|à|em|aus)\b)\s*{_AFFILIATION}){{0,2}}
            {_DATE_TAIL}?{_META_MORE}
        | {_DESK}(?:\s*[|·,–—-]\s*{_PLACE_WORDS}{_DATE_TAIL}|{_DATE_TAIL})?
        | {_DESK_INITIALS}
        ){END}""",
    safety="Names must be capitalised words, and only a short role, desk or place and a date may follow "
    "them: \"By Friday, the army had withdrawn\" and \"Von Berlin aus fuhr der Zug weiter\" are kept.",
    examples=(
        removes("By John Smith"),
        removes("By Jeff Foust"),
        keeps("By the end of the year, prices had doubled."),
        keeps("Door Mark Rutte, de premier van Nederland, werd het voorstel afgewezen."),
        keeps("Por São Paulo, o candidato fez campanha em 40 cidades."),
        removes("Par Bérénice Lacroix (Arles, envoyée spéciale)"),
        removes("Par Salma Chraibi, Youssef Amrani et la rédaction de Rabat24",
                note="the newsroom named after its people"),
        removes("Von Anna Berg und der Redaktion"),
        keeps("By Friday the mayor and the newsroom had agreed on a correction."),
        removes("Texto: Beatriz Almeida | Edição: Rodrigo Paiva"),
        removes("Testo di Giorgia Pautasso · Foto di Davide Rinaldi"),
        removes("Door Jeroen Lammers · 6 oktober 2025 · 5 min", note="a reading time after the date"),
        removes("Von Katrin Meier · 3 Min.", note="a reading time without a date"),
        removes("Por Sofia Guerreiro 7 Abril, 2026 3 comentários", note="a comment count after the date"),
        removes("Door onze redactie | 3 min leestijd"),
        keeps("Von Katrin Meier · 3 Minuten lang sprach der Kanzler.", note="a sentence after the separator"),
        removes('Por Rafael "Rafa" Tenório', note="a nickname between the names"),
        removes("Von Friederike Osterkamp · Medizinisch geprüft von Jonas Reuter"),
        removes("Redacção | Maputo | 17.02.2026", note="a desk, its place and the date"),
        removes("Von: lb", note="a desk's initials after the label's colon"),
        removes("Par La Rédaction avec APOA", note="the wire the desk wrote with, by its code"),
        removes("Por Camila Fuentealba (reportera), Ignacio Rojas (datos) y Valentina Muñoz (edición)",
                note="each name with its share of the work"),
        keeps("Par Jean Dupont avec les élus du canton", note="a sentence's words after 'avec'"),
        removes("Par la rédaction locale de Namur, avec Anne Lebrun et Youssef Amrani",
                note="a desk, and the reporters it wrote with"),
        removes("Por Julia Ferrari · Corresponsal en Bruselas", note="a role after a dot"),
        keeps("Von Leer aus", note="no colon: a sentence's words"),
        keeps("Autor:innen", note="German's gender colon"),
        removes("Live updates by Gethin Pryce and Alys Morgan"),
        removes("By Jane Doe, political reporter, and John Roe, parliamentary editor",
                note="each name with its role after a comma"),
        keeps("Live updates by the minute were posted on the council's site."),
        keeps("Redacção | Maputo e Beira", note="a place without a date"),
        *_BYLINE.examples,
    ),
)

_BIO = concept("author-bio")
# Names do not open with an article, nor with German's article joined to its preposition; German
# nouns are capitalised like names ("Der Konzern …", "Vom Volontär zum Chefredakteur").
_DETERMINER = r"""(?-i:(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Dieser|Diese|The|A|An|This|That|Le|La|Les|
    Un|Une|El|Los|Las|Il|Lo|Gli|Una|Uno|O|Os|As|Um|Uma|De|Het|Een|Deze|Dit|Vom|Zum|Zur|Im|Am|Beim|Ins))"""

# Languages that write a role as the end of a compound: "Theaterkritikerin", "sportverslaggever".
_COMPOUNDING = frozenset({"de", "nl"})
_COMPOUND_HEAD = r"\w*"

# A copula and a role of the same language: Portuguese "é dona de uma editora" is no Spanish "editora".
_COPULA_WITH_ROLE = "(?:" + "|".join(
    rf"(?:{alternatives(_BIO.get('copulas', [language]))})\b"
    rf"(?=.{{0,120}}?\b{_COMPOUND_HEAD if language in _COMPOUNDING else ''}"
    rf"(?:{alternatives(_BIO.get('roles', [language]))})\b)"
    for language in _BIO.languages
    if _BIO.get("copulas", [language]) and _BIO.get("roles", [language])
) + ")"

# A newsroom role opening an apposition, perhaps after an article or a word ("a former", "Ex-"), and
# what qualifies it up to the comma: "rédacteur sportif", "Rédactrice tech chez Numérique & Cie".
_ROLE_APPOSITION = (
    rf"(?:[^\W\d][\w'’]*[\s-]+){{0,2}}(?:{alternatives(_BIO.get('roles'))})(?!\w)[^,.;:?!\n]{{0,60}}"
)
# What a bio says right after the role in apposition: the beat or the career ("covers", "a couvert").
_BIO_VERB = rf"(?:{alternatives((*_BIO.get('beats'), *_BIO.get('career')))})(?!\w)"

# A subject after the role's apposition makes it a sentence about someone: "Senior reporter at the
# Chronicle, covering city hall, she broke the story …". A bio without a subject goes on past its first
# sentence ("… covering energy. Previously at …"); a lone such sentence may be a story's.
_SUBJECT_PRONOUN = (
    r"(?-i:(?:she|he|they|elle|il|ils|elles|ella|él|ellos|lei|lui|ele|ela|zij|hij|ze|sie|er)\b)"
)

# What a bio brackets after the name: an age, a year of birth, a place, or both ("(Caracas, 1988)").
_BIRTH = r"(?:\d{2}|(?:19|20)\d\d|(?-i:[A-ZÀ-Þ])[\w'’. -]{1,30}(?:,\s*(?:19|20)\d\d)?)"

# Reported speech vetoes a bio, but for the words a bio uses of its author's own work ("she
# previously reported for …").
_BIO_SPEECH = whole_words(
    word for word in concept("reported-speech").get("words") if word not in _BIO.get("own-work")
)

AUTHOR_BIO = PatternRule(
    code="BYL006",
    name="author-bio",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="Author bios in every language: 'Jane Doe is a senior reporter covering health'.",
    message="author bio",
    marks=frozenset({Mark.FOOTER}),
    languages=LANGUAGES,
    # The copula's branch needs a role word, the other a beat: one of them is in every match.
    keywords=tuple(sorted({keyword_of(word) for word in (*_BIO.get("roles"), *_BIO.get("beats"))})),
    max_words=90,
    unless=_BIO_SPEECH,
    # An age (in brackets too, or the year of birth, or the place) or an apposition may stand between the
    # name and the verb: "Jane Doe, a former teacher, covers", "Bas Terlouw (31) is techredacteur".
    # A newsroom role in apposition, before the name or after it, then a beat or the author's career:
    # "Grand reporter, Hélène Dubreuil a couvert …" (a reporter's story says what befell them). An
    # author box may print the name as a heading over its role ("Jane Doe. Health reporter, …").
    pattern=rf"""(?:
          (?!{_DETERMINER}\s){_PERSON}(?:,\s*\d{{1,3}},|\s*\({_BIRTH}\)|,[^,.;:?!\n]{{3,80}},)?\s+(?:
              (?:{alternatives(_BIO.get('beats'))})\b
            | {_COPULA_WITH_ROLE})
        | (?!{_DETERMINER}\s){_PERSON},\s*{_ROLE_APPOSITION},\s+{_BIO_VERB}
        | \A{_ROLE_APPOSITION},\s*{_PERSON}\s+{_BIO_VERB}
        | \A(?!{_DETERMINER}\s){_PERSON}\.\s+{_ROLE_APPOSITION}[,.]
        ).{{0,700}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence: a name, then "
    "a verb of the beat ('covers', 'schreibt über') or a copula with a newsroom role within a few "
    "words, or a newsroom role in apposition beside the name with a beat or a career word right after "
    "it; reported speech vetoes it. \"John Smith is a retired firefighter\" mid-article stays, and so "
    "does \"Jane Doe, a reporter for the Journal, was detained\" at the article's end.",
    examples=(
        removes("Giorgio Valli, ex ingegnere prestato al giornalismo, si occupa di tecnologia e privacy."),
        removes("Jane Doe, a former teacher, covers education for the paper."),
        removes("Jane Doe. Health reporter, formerly at the Evening Star. Covers hospitals.",
                note="the name, a full stop, then the role"),
        removes("Valentina Rocha (Caracas, 1988) es reportera de Crónica Caribe especializada en migración.",
                note="the place and year of birth in brackets"),
        removes("Grand reporter, Hélène Dubreuil a couvert le Sahel pendant vingt ans.",
                after=("© 2025 Le Courrier du Lac. Tous droits réservés.",),
                note="the role before the name, the career right after it"),
        keeps("Jane Doe, a reporter for the Journal, was detained at the border in 2024.",
              after=("© 2025 The Ledger. All rights reserved.",),
              note="what befell a reporter: no beat or career after the apposition"),
        keeps("John Smith, a retired firefighter, covers his mouth with a scarf as he walks.",
              before=("The smoke reached the town by noon.",), after=("Schools closed early on Monday.",),
              note="between paragraphs"),
        *_BIO.examples,
    ),
)

AUTHOR_LABEL = phrase_rule(
    code="BYL015",
    name="author-bio-label",
    category=Category.BYLINE,
    concept="author-label",
    summary="An author's bio under its label, in every language: 'About the author: …'.",
    message="author bio",
    follow="anything",
    max_words=90,
    marks=frozenset({Mark.FOOTER}),
    safety="The label and its colon open the block ('About the author:', 'Zum Autor:'); a sentence about "
    "an author ('About the author's claims, …') has no colon after the label.",
)

# The newsroom's name after it: "de FinLéman", "of the Example Ledger", "do O Índico" (capitalised words).
_OF_NAME = r"""(?:of|de|d['’]|du|des|von|der|di|del|della|da|do|dos|van|het)\s*
    (?:(?:the|la|le|el|il|o|a)\s+)?(?-i:[A-ZÀ-Þ][\w'’&.-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’&.-]*)){0,3}"""

# A newsroom role of any language, the end of a compound in German and Dutch ("Wirtschaftsredakteurin").
# A bio's roles name what the author makes too ("writes the Ledger newsletter"); a role after a
# name and its comma is a person's ("Gruppo Orsini, le newsletter a pagamento …" is a headline).
_PRODUCTS = frozenset({"newsletter", "podcast"})
_NEWSROOM_ROLE = "(?:" + "|".join(
    rf"{_COMPOUND_HEAD if language in _COMPOUNDING else ''}"
    rf"(?:{alternatives([role for role in _BIO.get('roles', [language]) if role not in _PRODUCTS])})"
    for language in _BIO.languages if _BIO.get("roles", [language])
) + ")"

AUTHOR_ROLE_BIO = PatternRule(
    code="BYL016",
    name="author-role-bio",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A bio naming the author by role or the newsroom, in every language: 'Die Autorin ist "
    "Redakteurin …'.",
    message="author bio",
    marks=frozenset({Mark.FOOTER}),
    languages=_BIO.languages,
    # A role may end a compound ("Wirtschaftsredakteurin") or follow two words ("Senior reporter"): its
    # keyword stands anywhere; the author and the newsroom open the block.
    keywords=(
        *starts(*sorted({keyword_of(subject) for subject in (*_BIO.get("authors"), *_BIO.get("newsrooms"))})),
        *sorted({keyword_of(role) for role in _BIO.get("roles")}),
    ),
    max_words=90,
    unless=_BIO_SPEECH,
    pattern=rf"""{START}(?:
          (?:{alternatives(_BIO.get("authors"))})(?!\w)(?:,[^,.;:?!\n]{{3,80}},)?\s+{_COPULA_WITH_ROLE}
        | (?:{alternatives(_BIO.get("newsrooms"))})(?!\w)(?:\s+{_OF_NAME})?
            \s+(?:{alternatives(_BIO.get("beats"))})\b
        | {_NEWSROOM_ROLE}(?:\s+[^\s.,;:!?]+){{0,4}}?\s+(?:{alternatives(_BIO.get("focus"))})\b
        | {_NEWSROOM_ROLE}[^,.;:!?\n]{{0,80}},\s*{_COPULA_WITH_ROLE}
        | {_ROLE_APPOSITION}[,.]\s+(?:{_BIO_VERB}|(?:{alternatives(_BIO.get("focus"))})\b)
            (?![^.!?\n]*,\s+(?:{_SUBJECT_PRONOUN}|{_PERSON}\s+(?-i:[a-zà-ÿ])))(?=[^.!?\n]*[.!?]\s+\S)
        ).{{0,700}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence: the author by role "
    "('The author', 'L'autrice'), a copula and a newsroom role within a few words ('is a freelance "
    "journalist'), or the newsroom, perhaps with its name, and a beat ('couvre l'actualité'); or, with no "
    "subject, a newsroom role and what it covers ('Reporter covering climate'; 'Senior reporter at the "
    "Lantern, covering …') or a copula and another role ('Ombudsman desde 2024, é jornalista'); a book "
    "review's 'The author is a former editor …' between paragraphs stays, and reported speech vetoes it.",
    examples=(
        removes("The author is a freelance journalist based in Leeds."),
        removes("Die Autorin ist Redakteurin im Ressort Wirtschaft."),
        removes("L'autrice est journaliste indépendante et vit à Brest."),
        removes("O autor é jornalista e vive em Luanda."),
        removes("La rédaction de Exemple Info couvre l'actualité économique de la région depuis Lyon."),
        removes("Redactora de Cultura especializada en el sector del libro. Antes trabajó en Sociedad."),
        removes("Reporter covering climate and energy. Previously at the Harbour Herald."),
        removes("Editora de Economia do Diário do Vale desde 2024, é jornalista e mestre em comunicação."),
        removes("Senior reporter at the Harbour Lantern, covering provincial politics and energy. "
                "Previously at the Valley Star.", note="the role opening the bio, its beat, more bio",
                before=("The council approved the budget on Tuesday after a long debate about school "
                        "funding, and the mayor said the plan would hold until the next election.",)),
        keeps("Senior reporter at the Chronicle, covering city hall for 20 years, she broke the story in "
              "2019. It ran for a week.", after=("© 2025 The Ledger. All rights reserved.",),
              note="a subject follows: a sentence about her"),
        removes("Repórter especial, cobre direitos humanos e Amazônia há 15 anos. Vencedora do Prémio Vale."),
        keeps("Correspondente em Moscou, especializado em Rússia, foi expulso em 2022.",
              after=("© 2025 Jornal do Vale. Todos os direitos reservados.",),
              note="one sentence about someone"),
        keeps("Reporters covering the trial were told to leave the courtroom on Tuesday.",
              before=("The judge adjourned the hearing until next week.",),
              after=("The defence will call its first witness on Monday.",),
              note="between paragraphs"),
        keeps("La rédaction de Exemple Info couvre l'actualité du procès, a expliqué son directeur.",
              note="reported speech"),
        keeps("The author is a former editor of the paper, and his memoir settles old scores.",
              before=("The memoir runs to 600 pages.",), after=("It is published by Example Press.",),
              note="a book's author, between paragraphs"),
    ),
)

# No comma before the date: "James Hale (Fr.), Jan. 7, 2008" is a line of a list of winners.
_META_DATE_SEPARATOR = r"(?:\s*[|·•]\s*|\s+[/–—-]\s+)"
# A place after the name: "Madrid", "Mumbai/Bengaluru", "Palma de Mallorca".
_META_PLACE = rf"{_PLACE_WORDS}(?:\s?/\s?{_PLACE_WORDS}){{0,2}}"

NAME_AND_DATE = PatternRule(
    code="BYL012",
    name="name-and-date-line",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="An author's name and the article's date on one line, without 'By': 'Ana Ruiz | Madrid | "
    "3 de marzo de 2025'.",
    message="author's name and date",
    marks=frozenset({Mark.DATELINE}),
    languages=LANGUAGES,
    keywords=("|", "·", "•", " / ", " – ", " — ", " - ", *TIME_KEYS),  # the date's separator, or its time
    max_words=24,
    # Name and date are set apart by a separator, or, with no separator, the date has its time: a
    # headline in title case may end in a date ("Budget Statement 12 March 2025"), seldom in a clock.
    # A place follows a bar, never a comma ("San Juan, PR | …" is a dateline's), and is no role.
    pattern=rf"""(?!.*(?-i:[a-zà-ÿ])\.\s*$){START}(?!{_DETERMINER}\s){_PEOPLE}{_BRACKETED}
        (?:\s*[|·•/–—-]\s*(?![^|·•/–—\n-]*?{_NEWSROOM_ROLE}\b){_META_PLACE}){{0,2}}
        (?:{_META_DATE_SEPARATOR}(?:{STAMP_LABEL}\s*:?\s*)?(?:{LINK}\s+)?{CORE}{MORE_PIECES}{_META_MORE}
          | \s+(?:{LINK}\s+)?{DATE}[\s,;|·•/–—-]*(?:{LINK}\s+)?{TIME}{MORE_PIECES}{_META_MORE}
          | {_META_DATE_SEPARATOR}(?:{READING}|{_COUNTER}){_META_MORE}
        ){END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; capitalised "
    "names, perhaps a place, then only the date, its time, a reading time or a comment counter, and no "
    "sentence's full stop: 'Anna Schmidt, 3. März 2025, wurde gewählt.' is a sentence.",
    examples=(
        removes("Ana Ruiz | Madrid | 3 de marzo de 2025 - 10:15 CET"),
        removes("Marco Neri 12 marzo 2025 ore 14:20"),
        removes("Jan de Vries 12 maart 2025, 09:14"),
        removes("Claire Dubois · 3 mars 2025 à 10h12 · 4 min de lecture"),
        keeps("Ken Hale (Fr.), Jan. 7, 2008", note="a list of winners, each with a date"),
        removes("Jane Doe | March 3, 2025 10:12 a.m. ET"),
        removes("Rita Nair & Arjun Rao | Mumbai/Bengaluru | 4 May 2025"),
        removes("Lúcia Prates · 12 comentários"),
        removes("Marloes van Dijk 4 februari 2026, 18:42 Leestijd 6 minuten",
                note="the reading time after a space"),
        keeps("Anna Schmidt, 3. März 2025, wurde zur Vorsitzenden gewählt."),
        keeps("Budget Statement 12 March 2025", note="a headline's date, with no time"),
        keeps("Anna Schmidt | 3. März 2025", before=("Der Rat tagte am Dienstag.",),
              after=("Die Stadt will den Plan im Januar umsetzen, hieß es.",), note="between paragraphs"),
    ),
)


# What may follow a role: a place, a beat or a desk after a preposition ("in Brüssel", "covering tech"),
# never a clause ("photographer who captured …, dies aged 78").
_ROLE_LINKS = (
    "in", "at", "for", "of", "on", "covering", "based in", "à", "au", "en", "de", "du", "des", "pour",
    "chargé de", "chargée de", "bei", "für", "im", "am", "aus", "beim", "a", "para", "del", "da", "do", "em",
    "na", "no",
    "per", "di", "della", "dello", "voor", "bij", "van", "op", "te",
)

NAME_WITH_ROLE = PatternRule(
    code="BYL013",
    name="name-with-role",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="An author's name and newsroom role on one line, in every language: 'Sarah Meier, "
    "Korrespondentin in Brüssel'.",
    message="author's name and role",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(word) for word in _BIO.get("roles")})),
    max_words=20,
    pattern=rf"""(?!.*(?-i:[a-zà-ÿ])(?<!\b[Mm]in)\.\s*$){START}(?:(?:{alternatives(_BYLINE.get('openers'))})\s*:?\s+)?
        (?!{_DETERMINER}\s){_PEOPLE}{_BRACKETED}\s*[,|·•–—-]\s*
        (?:[^\W\d][\w'’.&/-]*\s+){{0,3}}{_NEWSROOM_ROLE}\b
        (?:\s+(?:{_NAME_WORD}|&)){{0,3}}  # a desk: "Redakteurin Wirtschaft"
        (?:\s+(?:{alternatives(_ROLE_LINKS)})\s+[^\W\d][\w'’.&/-]*(?:\s+[^\W\d][\w'’.&/-]*){{0,5}})?{END}""",
    unless=_BIO_SPEECH,
    safety="Weak, so only before or after the article's prose or beside strong evidence; capitalised names, "
    "then a newsroom role within four words and no sentence's full stop or reported speech: 'Jane Doe, "
    "a reporter, said the account was false.' is a sentence.",
    examples=(
        removes("Sarah Meier, Korrespondentin in Brüssel"),
        removes("Emma Klein, Wirtschaftsredakteurin"),
        removes("Lucas Moreau, correspondant à Bruxelles"),
        removes("Ana Ruiz, corresponsal en Bruselas"),
        removes("Giulia Neri, inviata a Bruxelles"),
        removes("By Priya Raman, a senior reporter covering the creator economy"),
        keeps("Jane Doe, a reporter, said the account was false."),
        keeps("Maura Quinn, photographer who captured a changing city, dies aged 78", opens=True,
              after=("The photographer, whose work filled three books, died on Monday, her family said.",),
              note="an obituary's headline: a clause follows the role"),
        keeps("Verlag Nordlicht, die Newsletter im Abo überholen das Anzeigengeschäft", opens=True,
              after=("Erstmals bringen bezahlte Newsletter mehr ein als Anzeigen, sagte der Chef.",),
              note="a headline: a company, then a product, not a person's role"),
        keeps("Sarah Meier, Korrespondentin in Brüssel", before=("Der Rat tagte am Dienstag.",),
              after=("Die Stadt will den Plan im Januar umsetzen, hieß es.",), note="between paragraphs"),
    ),
)

# An author's card, as an extractor flattens it into one row of cells: the name, the role and what the
# card adds (a handle, an address, the beat, a link to the author's page), in any order.
_CARD_GAP = r"\s*[|·•]\s*"
_CARD_NAME = rf"(?!{_DETERMINER}\s){_PERSON}{_BRACKETED}"
_CARD_ROLE = rf"(?:[^\W\d][\w'’.&/-]*\s+){{0,3}}{_NEWSROOM_ROLE}\b[^|·•\n.!?]{{0,60}}"
_CARD_EXTRA = rf"""(?:
      @\w[\w.]*                                      # a handle
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                  # an address
    | \+?\d[\d\s()/.-]{{6,}}\d                          # a number
    | (?:[^\W\d][\w'’-]*\s+){{0,5}}[^\W\d][\w'’-]*\s*[›→+»]   # a link to the author's page or a follow button
    | (?:{alternatives((*_BIO.get('beats'), *_BIO.get('focus')))})\b[^|·•\n]{{0,100}}?  # the beat
    )"""
# Cells after a handle or an address may be glued to it with a space ("@jdoe More from this author ›").
_CARD_NEXT = rf"(?:{_CARD_GAP}|(?<=\w)\s+(?=\S))"
_CARD_TRAIL = rf"(?:{_CARD_GAP}{_CARD_EXTRA}(?:{_CARD_NEXT}{_CARD_EXTRA}){{0,2}})"
# The name and the role side by side, then what the card adds; or a handle between them.
_CARD = rf"""(?:(?:{_CARD_NAME}(?:\s+|{_CARD_GAP}){_CARD_ROLE}|{_CARD_ROLE}{_CARD_GAP}{_CARD_NAME})
        {_CARD_TRAIL}{{1,4}}
    |{_CARD_NAME}(?:{_CARD_GAP}{_CARD_EXTRA}){{1,2}}{_CARD_GAP}{_CARD_ROLE}{_CARD_TRAIL}{{0,4}})"""

AUTHOR_CARD = PatternRule(
    code="BYL019",
    name="author-card",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="An author's card flattened into a row, in every language: 'Jane Doe | Business Reporter | "
    "@janedoe'.",
    message="author's card",
    languages=LANGUAGES,
    keywords=tuple(sorted({keyword_of(word) for word in _BIO.get("roles")})),
    max_words=40,
    pattern=rf"""{START}(?:(?:{alternatives(_BYLINE.get('openers'))})\s*:?\s+)?
        (?:{_CARD_EXTRA}{_CARD_GAP}){{0,2}}{_CARD}[\s.]*\Z""",
    unless=_BIO_SPEECH,
    safety="Weak, so only before or after the article's prose or beside strong evidence; cells between "
    "bars or dots, one a capitalised name and one a newsroom role beside it, the others a handle, an "
    "address, a number, the beat or a link ending in its arrow: a sentence has no such cells.",
    examples=(
        removes("Hannah Reed | Business Reporter | @hannahreed More from this author ›"),
        removes("Lucía Beltrán | @luciabeltran | Periodista de datos y tecnología"),
        removes("Ana Lúcia Brito | Colunista | Escreve às quintas-feiras sobre cultura e cidade."),
        removes("Redacteur Curaçao | Sharon Martina | s.martina@kroniek.example"),
        removes("Kees Dijkhuizen Sportverslaggever • Meer artikelen van deze auteur ›"),
        keeps("Jane Doe | Business Reporter | @janedoe", before=("The council met on Tuesday.",),
              after=("The budget passed by six votes to three, the clerk said.",), note="between paragraphs"),
        keeps("Jane Doe, a reporter, said the account was false | Read more ›"),
    ),
)

TIP_LINE = phrase_rule(
    code="BYL007",
    name="tip-line",
    category=Category.BYLINE,
    concept="tip-line",
    summary="Invitations to send the newsroom a tip or report an error, in every language: 'Have a tip?', "
    "'Haben Sie Hinweise?'.",
    message="tip line",
    follow="anything",
    speech=True,
    marks=frozenset({Mark.FOOTER}),
)

_NEWSROOM = concept("tip-line").get("newsroom")
_CHANNELS = concept("tip-line").get("channels")
_SEND = concept("tip-line").get("send")
_TIP_DESK = concept("tip-line").get("desk")
_MEDIA = concept("tip-line").get("media")
_AUTHORITIES = concept("tip-line").get("authorities")
# A messenger and its number right after the send verb, naming no one else to send to: they reach
# whoever prints them ("Mandateli su WhatsApp al 333 123 4567", not "Send them to police on WhatsApp").
_MESSENGERS = alternatives(concept("tip-line").get("messengers"))
_MESSENGER_NUMBER = rf"""\s+(?:[^\W\d]+\s+){{0,2}}(?:{_MESSENGERS})(?!\w)
    [\s:-]{{0,3}}(?:[^\W\d]+\s+){{0,2}}?\+?\(?\d[\d ./()-]{{6,18}}\d"""
# The channels a newsroom keeps for sources, not any office's messaging: Signal, "securely".
_SECURE = tuple(channel for channel in _CHANNELS if channel not in {"WhatsApp", "Threema"})
# An address at the newsroom's own mailbox: "tips@…", "nieuws@…".
_MAILBOX = rf"(?<![\w.+-])(?:{alternatives(concept('tip-line').get('mailboxes'))})@[\w-]+\."
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Where a reader is to write or call: an e-mail address, or a phone number of seven digits or more.
_ADDRESS = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\d,.])\+?\d[\d ./()-]{6,18}\d(?![\d]|[.,]\d))"

_CONTACT = concept("contact-line")
# A social handle: "@jdoe", not the "@" of an address (which _ADDRESS reads).
HANDLE = r"(?<![\w.])@\w{2,30}"
# The call and whom it reaches: "Contacte a jornalista", "Scrivi all'autrice"; or a call naming them.
_OWN_CALLS = f"|{alternatives(_CONTACT.get('own'))}" if _CONTACT.get("own") else ""
_LABELS = rf"|(?:{alternatives(_CONTACT.get('labels'))})(?=\s*[:–—])" if _CONTACT.get("labels") else ""
_CALLED = rf"""(?:(?:{alternatives(_CONTACT.get("calls"))})(?:\s+|(?<=['’])\s*)
    (?:{alternatives(_CONTACT.get("whom"))}){_OWN_CALLS}{_LABELS})(?!\w)"""

CONTACT_LINE = PatternRule(
    code="BYL014",
    name="contact-line",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A call to write to the author or the newsroom, then at once where, in every language: "
    "'Contacte a jornalista: …'.",
    message="author contact line",
    marks=frozenset({Mark.FOOTER}),
    languages=_CONTACT.languages,
    keywords=starts(*(keyword_of(call) for group in ("calls", "own", "labels")
                      for call in _CONTACT.get(group))),
    max_words=50,
    unless=speech_veto(_CONTACT.languages),
    pattern=rf"""{START}{_CALLED}[^\n]{{0,100}}?(?:{_ADDRESS}|{HANDLE})[^\n]{{0,300}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence: the block opens "
    "with a call to write to the author, the reporter or the newsroom ('Contacte a jornalista', "
    "'Écrivez-nous'), and an e-mail address, a number or a handle follows within a few words; a call to "
    "write to the council or a parks department names neither, and reported speech vetoes it.",
    examples=_CONTACT.examples,
)

# A question, then a send verb, the photos, videos or tips asked for in either ("Vous êtes témoin ?
# Envoyez-nous vos photos …"), and where: the newsroom or a confidential channel ("Have a tip about the
# schools? Send it securely via Signal at …"), and an address or a channel to send it by; a shelter or a
# council that asks for photos is reached by neither.
_MEDIA_CALL = rf"""(?=[^?\n]{{0,160}}?(?<!\w)(?:{alternatives(_MEDIA)})(?!\w)
        |[^?\n]{{3,160}}\?\s(?:\S+\s+)?(?:{alternatives(_SEND)})[^\n]{{0,80}}?(?<!\w)(?:{alternatives(_MEDIA)})(?!\w))
        [^?\n]{{3,160}}\?\s
        (?:\S+\s+)?
        (?:(?=(?:{alternatives(_NEWSROOM)})(?!\w))(?:{alternatives(_SEND)})(?!\w)  # "Envíanos" names us
          |(?:{alternatives(_SEND)})(?!\w)
           (?=[^\n]{{0,300}}?(?:(?<!\w)(?:{alternatives(_NEWSROOM)})(?!\w)|{_MAILBOX}
               |(?<!\w)(?:{alternatives(_SECURE)})(?!\w))|{_MESSENGER_NUMBER}))
        (?=[^\n]{{0,300}}?(?:{_ADDRESS}|(?<!\w)(?:{alternatives(_CHANNELS)})(?!\w)))[^\n]{{0,400}}\Z"""
# "…, the mayor urged residents": a third party's appeal. Never a witness appeal that names the police
# or a prosecutor, who take the tips, also inside a compound ("an die Bundespolizei",
# "Polizeipräsidium"): a veto, read only where the pattern matched.
_NOT_OURS = rf"{speech_veto(LANGUAGES)}|\A[^\n]{{0,500}}?(?<!\w)\w{{0,20}}?(?:{alternatives(_AUTHORITIES)})"

READERS_MEDIA_CALL = PatternRule(
    code="BYL021",
    name="readers-media-call",
    category=Category.BYLINE,
    summary="A question asking for photos or tips, then how to send them to the newsroom: 'Avete foto? "
    "Mandatele …'.",
    message="call for readers' photos or tips",
    marks=frozenset({Mark.FOOTER}),
    languages=LANGUAGES,
    keywords=("?",),
    max_words=70,
    unless=_NOT_OURS,
    whole=False,
    pattern=rf"\A{START}{_MEDIA_CALL}",
    safety="Strong, so between a live blog's entries too: it needs the question to ask for photos, videos "
    "or tips, a send verb after it, the newsroom ('us', 'our', 'die Redaktion'), a confidential channel or "
    "a messenger's number right after the verb, and an address, a number or a channel to send by; a "
    "witness appeal names the police, an office names itself before its number, a third party's appeal "
    "is reported speech, and all stay.",
    examples=(
        removes("Sie haben Fotos vom Unwetter? Schicken Sie uns Ihre Bilder per WhatsApp an 0151 2345678."),
        removes("Avete foto o video del maltempo? Mandateli al nostro numero WhatsApp 340 118 2207.",
                before=("Alle 16.40 il fiume ha superato il livello di guardia a Ponte San Michele.",),
                after=("Alle 17.10 la Protezione civile ha chiuso il lungargine.",),
                note="between a live blog's entries"),
        keeps("Got photos of the crash? Send them to police on 101 or via the online form.",
              note="the reply names the police"),
        keeps("Have photos of the flood damage? Send them to the county emergency office at 555-0134.",
              note="the photos go to an office, not the newsroom"),
        keeps("Have photos of the flood damage? Send them to the county office on WhatsApp at 555-0134.",
              note="the messenger's number is the office's: it is named before it"),
        removes("Avete foto o video della grandinata? Mandateli su WhatsApp al 333 123 4567.",
                note="a messenger's number right after the send verb: the newsroom's"),
        removes("Have a tip about the city's schools? Send it securely via Signal at 330-555-0191.",
                note="the question asks for a tip; the reply sends it somewhere"),
        removes("Schade, foto's of video? Stuur ze via WhatsApp naar de redactie: 06-1580 7744."),
        removes("Hinweise auf Datenlecks? Kontaktieren Sie die Redaktion vertraulich per Mail."),
        removes("Seen a claim? Send it to our WhatsApp tipline on +234 810 000 0000."),
        removes("¿Estás en la zona? Envíanos tus fotos y vídeos del temporal por WhatsApp al 684 000 219.",
                note="the send verb names the newsroom itself"),
        removes("Tem fotos da chuva no seu bairro? Envie pelo WhatsApp (47) 98812-0455.",
                note="a messenger's number with its area code in brackets"),
        keeps("¿Viste el accidente? Envía tus fotos a la Policía Local por WhatsApp al 600 000 092."),
    ),
)

CONTACT_CALL = PatternRule(
    code="BYL008",
    name="contact-call",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A question to the reader, then where to send the newsroom a tip: 'Heb jij iets gezien? Tip "
    "de redactie via …'.",
    message="call for readers' tips",
    marks=frozenset({Mark.FOOTER}),
    languages=LANGUAGES,
    keywords=("?",),  # the reader's question
    max_words=70,
    unless=_NOT_OURS,
    whole=False,
    pattern=rf"""\A{START}(?:
        {_MEDIA_CALL}
      | [^?\n]{{3,160}}\?\s
        (?:(?=.{{0,500}}?(?:{_ADDRESS}|(?<!\w)(?:{alternatives(_CHANNELS)})(?!\w)))
           (?=.{{0,500}}?(?:(?<!\w)(?:{alternatives(_NEWSROOM)})(?!\w)|{_MAILBOX}))
         | (?:\S+\s+){{0,2}}(?:{alternatives(_SEND)})(?!\w)  # "… Melden Sie sich bei der Redaktion."
           (?=[^?\n]{{0,160}}?(?<!\w)(?:{alternatives(_TIP_DESK)})(?!\w)
             | (?:(?<=(?<!\w)(?:{alternatives(_NEWSROOM)}))
                |[^?\n]{{0,40}}?(?<!\w)(?:{alternatives(_NEWSROOM)})(?!\w))
               [^?\n]{{0,80}}?(?<!\w)(?:{alternatives(_MEDIA)})(?!\w)
             | [^?\n]{{0,80}}?(?<!\w)(?:{alternatives(_MEDIA)})(?!\w)
               [^?\n]{{0,80}}?(?<!\w)(?:{alternatives(_NEWSROOM)})(?!\w))
           [^?\n]{{0,200}}\Z
         | (?:\S+\s+){{1,3}}{_EMAIL}{END}\Z))  # a verb and an e-mail address: "Email jane@example.org"
        """,
    safety="Weak, so only before or after the article's prose or beside strong evidence; it needs an "
    "opening question, an address, a number or a confidential channel, and the newsroom ('die Redaktion', "
    "'us'), or else an e-mail address right after the question, or else a send verb reaching the newsroom "
    "by name ('die Redaktion') or 'us' with the reader's photos or tips: a police appeal for witnesses "
    "names the police, and a call to comment ('let us know in the comments') has neither, and both stay.",
    examples=(
        removes("Know something about this story? Message our newsroom securely on Signal."),
        removes("Sie wissen mehr? Melden Sie sich bei unserer Redaktion."),
        removes("¿Fuiste testigo? Envíanos tus fotos y vídeos."),
        removes("Sei stato testimone? Inviaci foto e video."),
        removes("Did you see the storm? Send us your photos and videos."),
        removes("Você tem uma denúncia? Fale com a redação."),
        removes("Was jij erbij? Stuur je foto's en video's naar de redactie."),
        keeps("Who saw the crash? Send your videos to the police, officers said."),
        keeps("Have photos of the flood damage? Send them to the county emergency office at 555-0134.",
              note="the photos go to an office, not the newsroom"),
        keeps("Got photos of the crash? Send them to police on 101 or via the online form.",
              note="the reply names the police"),
        keeps("Hai foto dell'incidente? Inviale alla polizia locale al numero 055 123456."),
        keeps("Who saw the crash? Police asked witnesses to call 101 or email news@police.example.gov.",
              note="the police take the tips"),
        keeps("Planning a trip? Share your plans in the comments and tell us what you chose."),
        keeps("Ready to get started? Contact us today for a free consultation."),
        keeps("Was jij erbij? Stuur je foto's naar de politie, vraagt de gemeente."),
        removes("Got a story idea? Email theresa@example.org"),
        keeps("Who saw the crash? Police asked witnesses to call and said tips can be given anonymously."),
        removes("Eine Idee für eine Geschichte? Mail an anna.berg@example.de"),
        keeps("Wer hat etwas gesehen? Die Polizei nimmt Hinweise auch anonym entgegen."),
        removes("Vous avez des informations ? Contactez notre rédaction de façon confidentielle via Signal."),
        removes("Une idée de reportage ? Écrivez à claire@example.fr"),
        removes("Vous avez une histoire à nous raconter ? Écrivez-lui à elise@example.ca, en toute "
                "confidentialité.", note="under the reporter's bio: write to her"),
        keeps("Vous avez une histoire ? Écrivez à l'association des victimes, qui garantit la "
              "confidentialité des témoignages.", note="a third party takes the stories"),
        keeps("Qui a vu l'accident ? La gendarmerie garantit que les témoignages resteront anonymes."),
        removes("¿Sabe algo más de este caso? Escriba a nuestra redacción de forma confidencial por Signal."),
        removes("¿Una historia que contar? Escribe a maria@example.es"),
        keeps("¿Quién vio el accidente? La policía aceptará denuncias anónimas."),
        removes("Avete informazioni? Contattate la redazione in modo riservato su Signal."),
        removes("Una storia da raccontare? Scrivi a luca@example.it"),
        keeps("Chi ha visto l'incidente? I carabinieri accettano segnalazioni anonime."),
        removes("Sabe mais sobre este caso? Fale com a redação de forma confidencial pelo Signal."),
        removes("Uma sugestão de reportagem? Escreva para joana@example.com.br"),
        keeps("Quem viu o acidente? A polícia aceita denúncias anônimas."),
        removes("Weet jij meer? Neem vertrouwelijk contact op met de redactie via Signal."),
        removes("Een tip voor een verhaal? Mail naar eva@example.nl"),
        keeps("Wie heeft iets gezien? De politie neemt tips ook anoniem aan."),
        removes("Avete visto qualcosa? Mandate le segnalazioni alla redazione su WhatsApp al 331 000 4455."),
        removes("¿Sabe algo más sobre el caso? Escríbanos a redaccion@example.com."),
        removes("Heb jij iets gezien? Tip de redactie via WhatsApp: 06-12345678."),
        removes("Etwas gesehen? Schreiben Sie uns per WhatsApp: 0151 40 22 71 09."),
        keeps("Who saw the crash? Police asked witnesses to call 101 or email appeals@example.org.",
              note="a police appeal"),
        keeps("Qui a vu l'accident ? Les témoins sont priés d'appeler la gendarmerie au 05 55 12 34 56.",
              note="a police appeal"),
        keeps("Hai visto qualcosa? I carabinieri chiedono di chiamare il 112 o scrivere a info@example.it.",
              note="the police, not the newsroom"),
        removes("Nieuws gezien? Mail redactie@example.be of bel 0470 000 000."),
        keeps("Have information about the shooting? Call the Crime Stoppers tip line at 1-800-222-8477.",
              before=("Police said the investigation was continuing on Sunday night.",),
              note="a police appeal's tip line, at the article's end"),
        keeps("Did you see the crash? Call police on 101 or email appeals@example.org.",
              note="the police's mailbox, not the newsroom's"),
    ),
)

REPORTING_CREDITS = PatternRule(
    code="BYL002",
    name="reporting-credits",
    category=Category.BYLINE,
    summary="Reporting and editing credits: '(Reporting by …; Editing by …)', "
    "'… contributed to this report.'",
    message="reporting credits",
    keywords=("reporting by", "editing by", "writing by", "edited by", "written by", "compiled by",
              "research by", "produced by", "contributed to this", "contributed reporting", "assistance"),
    max_words=70,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          [(\[]?(?:additional\s+|with\s+)?(?:reporting|writing|editing|research|compiled|produced|edited|written)
            \s+by\s+(?-i:[A-Z]).{0,400}?(?-i:[A-Z][\w'’.-]*)[\s.)\]]*
        | .{1,300}?\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))
            (?:\s+(?:from|in)\s+[\w\s,.'’-]{1,80}?)?[\s.)\]]*
        | [(\[]?[—–-]?\s*with\s+assistance\s+(?:from|by)\s+  # "—With assistance from Jane Doe and Li Wei."
            (?-i:[A-Z][\w'’.-]*)(?:(?:\s+|,\s*|\s+and\s+)(?-i:[A-Z][\w'’.-]*)){0,20}[\s.)\]]*
        )""",
    safety="The credits must end with a capitalised name (or the 'contributed to this report' "
    "formula); \"Reporting by Reuters found that the company lied\" is kept.",
    examples=(
        removes("(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by "
                "Herb Lash and Megan Davies, editing by Martin Howell.)"),
        removes("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal "
                "Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler"),
        removes("Keith Bradsher contributed reporting from Hong Kong."),
        removes("Fox News’ Jessica Napoli contributed to this report."),
        removes("Additional reporting by Joseph Hudak"),
        keeps("Reporting by Reuters found that the company had misled investors."),
        keeps("Reporting by the Times revealed the scheme in 2019."),
        removes("—With assistance from Jane Doe, Omar Haddad and Li Wei."),
        keeps("With assistance from the UN, the village rebuilt its school in Gaza."),
    ),
)

AUTHOR_CONTACT = PatternRule(
    code="BYL003",
    name="author-contact",
    category=Category.BYLINE,
    summary="How to reach the author: 'Write to Al Root at …', 'Have a tip? … may be reached at …'.",
    message="author contact line",
    keywords=("@", "http", "twitter", "x.com", "reached at", "reached via", "reached on",
              "reached by", "contacted at", "contacted via", "contacted on", "contacted by",
              "have a tip", "got a tip", "news tip"),
    # Each branch below needs one of these: "tip", "write to", "e-mail", "contact", "reach", "send".
    also=("contact", "mail", "reach", "send", "tip", "write"),
    max_words=60,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          (?:have|got)\s+a\s+(?:news\s+)?tip\?.{0,400}
        | (?:write\s+to|e-?mail|contact|reach|send\s+(?:tips|news\s+tips|story\s+ideas)\s+to|tips?\s*:)\s+
            .{0,200}?(?:[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}|https?://\S+|\b(?:twitter|x\.com)\b).{0,300}
        | .{0,120}?(?:\b(?:he|she|they)|\b(?:the|our)\s+(?:author|writer|reporter|columnist|editor|journalist|
            correspondent|photographer)s?|(?<!\w)(?-i:[A-ZÀ-Þ][\w.'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w.'’-]+)){0,3})
            \s+(?:may|can)\s+be\s+(?:reached|contacted)\s+(?:at|via|on|by)\b.{0,300}
        )""",
    safety="Needs the contact verb first and an address, handle or link, or a person (a name, 'she', "
    "'the reporter') who may be reached; a company's office that can be contacted, and a sentence that "
    "mentions an email address in passing and reports speech, are kept.",
    examples=(
        removes("Write to Al Root at allen.root@dowjones.com"),
        removes("Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow "
                "her on Twitter @AmyKup or on Facebook."),
        removes("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."),
        removes("Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and "
                "http://twitter.com/emarvelous"),
        keeps("Contact with the crew was lost at 3 a.m., the coast guard said."),
        keeps("Reach for the stars, the astronaut told the students."),
        removes("Maria Lopez can be reached at mlopez@example-herald.com or on 555-0182."),
        keeps("The firm's head office can be contacted at 2 Quay Road, Dunedin, or by phone on 03 555 "
              "0199.", note="an office, not a person of the newsroom"),
    ),
)

CONTACT_HANDLE = PatternRule(
    code="BYL004",
    name="contact-handle",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A lone email address, social handle or profile link under an article.",
    message="contact handle",
    keywords=("@", "twitter.com/", "x.com/", "instagram.com/", "facebook.com/", "linkedin.com/"),
    max_words=3,
    pattern=r"""(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}|(?:https?://)?(?:www\.)?
        (?:twitter|x|instagram|facebook|linkedin)\.com/[\w./-]{1,60})[.\s]*""",
    safety="Weak: only inside a boilerplate cluster.",
    examples=(
        removes("paul.takahashi@chron.com"),
        removes("twitter.com/paultakahashi"),
        keeps("@AmyKup", before=("The post was shared 10,000 times.",),
              after=("Her account was later suspended, the company said.",), note="mid-body stays"),
    ),
)

_DETAIL = concept("contact-detail")
# A telephone number: digit groups, perhaps a country code and an area code in brackets, joined by a
# space, a dot, a slash or a dash; six digits or more. Each group is taken whole, once (possessive),
# so a long run of digits and dashes is read in one pass.
_PHONE = r"(?=(?:\D*+\d){6})\+?\(?\d++\)?(?:[\s./-]{1,3}+\(?\d++\)?)*+"
_EMAIL = r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
_DETAIL_VALUE = rf"(?:{_PHONE}|{_EMAIL})"

CONTACT_DETAIL = PatternRule(
    code="BYL017",
    name="contact-detail",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="A contact's label and its number or address alone on a line, in every language: 'Telefon: "
    "+49 30 1234 5678'.",
    message="contact detail",
    marks=frozenset({Mark.FOOTER}),
    languages=_DETAIL.languages,
    keywords=starts(*sorted({keyword_of(label) for label in _DETAIL.get("labels")})),
    max_words=14,
    pattern=rf"""{START}(?:{alternatives(_DETAIL.get("labels"))})\s*[:.]?\s*{_DETAIL_VALUE}
        (?:\s*(?:[,;/|·]|(?<!\w)(?:{alternatives(_DETAIL.get("joins"))})(?!\w))?\s*
           (?:(?:{alternatives(_DETAIL.get("labels"))})\s*[:.]?\s*)?{_DETAIL_VALUE}){{0,3}}{END}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence: the line is a "
    "contact's label and its numbers or addresses, nothing else; a sentence after the label (a hotline's "
    "story) stays.",
    examples=(
        removes("Tel.: (030) 12 34 56 78 | Fax: (030) 12 34 56 79"),
        keeps("Samaritans: 116 123", before=("The inquest will resume in March.",),
              note="a helpline's name and number close a story as its own service line"),
        keeps("Telefon: +49 30 1234 5678", before=("Die Stadt hat die Hotline am Montag freigeschaltet.",),
              after=("In den ersten Stunden riefen mehr als 300 Menschen an, sagte die Sprecherin.",),
              note="between paragraphs: the article's own service line"),
        *_DETAIL.examples,
    ),
)

# Sources written in lower case: press-release services and sites ("/ ots", "ntv.de").
_LOWERCASE_SOURCE = r"(?-i:ots|ddp|epd|kna|[a-z][\w-]*\.(?:de|at|ch|com|fr|es|it|nl|be|pt|br))"

# An organisation's initials after its name: "Agence Lagune Presse (ALP)".
_INITIALS = r"(?:\s*\((?-i:[A-Z]{2,6})\))?"

SOURCE_LINE = PatternRule(
    code="BYL005",
    name="source-line",
    category=Category.BYLINE,
    summary="Wire attribution lines closing an article: 'SOURCE: Al Jazeera News', 'Quelle: dpa'.",
    message="source attribution",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    keywords=(*starts("source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fontes",
                      "bron", "bronnen"), *starts("via ", "vía ")),
    max_words=8,
    # Or "via" in lower case, as blogs credit where a story came from ("via GSM Arena"); a capital
    # "Via" opens an Italian street's name ("Via Roma 12").
    pattern=rf"""(?:(?:sources?|quellen?|fuentes?|fontes?|bron(?:nen)?)\s*:|(?-i:v[ií]a)(?=\s))\s*(?:{_ORGANISATION}{_INITIALS}|news\s+agencies|agencies|
        (?:the\s+)?{AGENCY}|{_LOWERCASE_SOURCE})
        (?:\s*(?:,|and|/|&)\s*(?:{_ORGANISATION}|news\s+agencies|agencies|{AGENCY}|{_LOWERCASE_SOURCE})){{0,3}}
        (?:\s*/\s*(?-i:[a-z]{{2,4}}))?{END}""",  # the desk editor's initials: "Quelle: dpa/arp"
    safety="Only capitalised organisation names may follow; \"Source: a senior official told us\" is kept.",
    examples=(
        removes("Quelle: Polizeipräsidium Mittelhessen / ots"),
        removes("Quelle: ntv.de, dpa"),
        removes("Quelle: Landes-Kurier/arp", note="the editor's initials after the source"),
        removes("SOURCE: Al Jazeera News"),
        removes("SOURCE: News agencies"),
        removes("Source: Reuters"),
        removes("Quelle: dpa"),
        removes("Fuente: EFE"),
        removes("Bron: ANP"),
        removes("Source : Agence Presse du Littoral (APL)", note="the agency's initials after its name"),
        removes("via GSM Arena", note="a lower-case 'via' and the source's name"),
        keeps("Via Roma 12", note="a street"),
        keeps("via the motorway", note="no name"),
        keeps("Source: a senior official told us the talks had stalled."),
        keeps("Quelle: Stadtwerke Nordheim",
              before=("Jahr | Kunden | Preis je kWh", "2024 | 41.200 | 31 Cent", "2025 | 40.800 | 29 Cent"),
              note="under a table: the source of its figures"),
        keeps("Fuente: Ayuntamiento de Villaverde",
              before=("Viviendas con daños declarados: 7.420", "Solicitudes de ayuda tramitadas: 4.310"),
              note="under a fact box's figures, whatever their labels' length"),
    ),
)


AUTHOR_BOX = DomRule(
    code="BYL201",
    name="author-box",
    category=Category.BYLINE,
    summary="Bylines and author boxes in the markup.",
    message="byline element",
    parts=frozenset({"byline", "bylines", "author", "authors", "contributor", "contributors"}),
    schema=frozenset({"author"}),
    unless_parts=frozenset({"post", "entry"}),
    max_words=80,
    safety="At most 80 words, and not the WordPress article container ('post author-jane'): a byline "
    "or a short bio is all that goes.",
    examples=(
        removes('<div class="byline">By <a href="/jane">Jane Doe</a>, Reuters</div>'),
        removes('<div class="author-bio"><p>Jane Doe covers energy for the paper.</p></div>'),
        keeps('<article class="entry author-jane-doe post-3708"><p>The council approved the budget on '
              'Tuesday.</p></article>', note="WordPress names the author on the whole post"),
    ),
)


AUTHOR_BIO_BOX = DomRule(
    code="BYL202",
    name="author-bio-box",
    category=Category.BYLINE,
    summary="'About the author' boxes in the markup with a bio of a few paragraphs: author-bio, "
    "about-author.",
    message="author box",
    parts=frozenset({"authorbio", "authorbox", "aboutauthor", "saboxplugin"}),
    pairs=(("author", "bio"), ("author", "box"), ("about", "author"), ("author", "profile"),
           ("author", "description"), ("author", "card"), ("author", "biography")),
    unless_parts=frozenset({"post", "entry"}),
    max_words=250,
    max_words_after=400,
    max_prose_after=5,
    safety="Two class words that name an author's box together, at most 250 words and two "
    "paragraphs of prose (400 words and five paragraphs under the article, outside its core): a "
    "longer bio than the author-box rule's 80 words goes, an article does not; "
    "and not the WordPress article container ('post author-jane').",
    examples=(
        removes('<div class="author-bio"><h4>About the author</h4><p>Jane Doe has covered small '
                'businesses for twelve years.</p><p>She started at a trade weekly in Manchester, then '
                'joined a regional daily.</p><p>Before that she founded a bakery and sold it in 2019.</p>'
                '<p>She writes about payroll, taxes, hiring and bookkeeping software.</p><p>She also '
                'edits the weekly column on family businesses and their heirs.</p><p>Her first book, on '
                'corner shops, came out in 2022.</p><p>She teaches a night class on business reporting '
                'each winter.</p><p>She has judged the regional press awards since 2020.</p>'
                '<p>Her podcast on high-street shops runs every other week.</p><p>She lives in Leeds '
                'with her partner and two cats.</p></div>',
                note="a bio longer than the author-box rule's 80 words"),
        removes('<div class="saboxplugin-wrap"><p>Hi, I am Sam. I started this blog to share what I '
                'learn about gardening on a small balcony.</p></div>'),
        keeps('<article class="post author-jane-doe"><p>The mayor opened the new library on Monday, '
              'three years after the old one burned down.</p><p>Readers queued from dawn.</p></article>',
              note="WordPress names the author on the whole post"),
        keeps('<div class="story-body"><p>The author\'s biography of the composer, out in May, sold '
              'out in a week; her publisher ordered a second printing.</p></div>',
              note="an article about an author and a biography, in ordinary markup"),
    ),
)


# A line that is only a name, perhaps with a role: "Florian Haderer", "Helena Castell Environment
# correspondent", "Jane Doe, Senior Reporter".
_ROLE = alternatives(concept("author-bio").get("roles"))
# Capitalised words that title-case headlines use and names do not ("Bernie Behind Bars").
_NOT_A_NAME = r"""(?:the|a|an|to|for|of|in|on|at|by|with|into|behind|over|after|before|and|or|but|how|why|
    what|when|who|is|are|was|were|be|may|will|can|again|once|new|not|no|all|more|most|this|that|his|
    her|its|as)"""
_NAME_PART = rf"(?!{_NOT_A_NAME}\b){_NAME_WORD}"
# An author's share in brackets: a live blog's shift ("Jane Doe (now)", "Jack Tran (earlier)") or a
# craft ("Ana Lima (texto)", "Rui Sá (fotografia)").
_SHARE = rf"(?:\s*\((?:{alternatives((*_BYLINE.get('shifts'), *_BYLINE.get('crafts')))})\))?"
_NAME_ONLY = rf"{_NAME_PART}(?:\s+(?:{_NAME_PART}|{_PARTICLE})){{1,2}}{_SHARE}"
_PLACE_NAME = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{0,2}}"
_PLACE_AFTER = rf"(?:{_PARTICLE}|in|at|from|aus|em|en|à|a)\s+{_PLACE_NAME}"
# Co-authors ("Irene Cascales / Pablo Saura"), a place ("Rafael Nogueira, de São Paulo"), a role.
# A role after a name: "Media editor", "Periodista de Bogotá".
_NAME_ROLE = rf"""\s*[,|–—-]?\s*(?:{_NAME_PART}\s+){{0,2}}(?:{_ROLE})
    (?:\s+(?:{_PARTICLE}|in|at|em|en|a|à)\s+{_PLACE_NAME})?"""
# An outlet after the names: "The Herald", "La Voix de l'Estrie".
_OUTLET = rf"""(?:the\s+)?{_NAME_PART}
    (?:(?:\s+|\s*/\s*)(?:{_PARTICLE}\s+)?(?:[dl]['’])?{_NAME_PART}){{0,3}}"""
_NAME_LINE = regex.compile(
    rf"""(?!{_DETERMINER}\s){_NAME_ONLY}(?:(?:\s*[,/&]\s*|\s+(?:{_JOINS})\s+){_NAME_ONLY}){{0,3}}
        (?:\s*,\s*{_PLACE_AFTER})?
        (?:{_NAME_ROLE})?
        (?:\s*,?\s+(?:{_JOINS})\s+{_NAME_ONLY}(?:{_NAME_ROLE})?)?  # "Jane Doe Media editor, and John Roe"
        (?:\s*[,|–—-]\s*{_OUTLET})?{_BRACKETED}""",
    regex.VERBOSE | regex.IGNORECASE,
)
@dataclass(frozen=True, kw_only=True, repr=False)
class NameBesideByline(ContextRule):
    """Remove a name standing alone beside a byline or the article's own stamp: its author.

    Extractors split "By Jane Doe | 12 March 2025" into lines, and many sites print the
    author's name without "By", above or below the date. A line that is only a name
    (capitalised words, perhaps a role after them), next to a byline or a date line that
    stands confirmed (with at most a few removed lines between: a share button, a place),
    before the third prose paragraph (under a standfirst, or under a headline long enough to read
    as prose) or after the last one, is that byline; a name found so anchors the next one ("Jane
    Doe", "Court Reporter").
    """

    max_words: int = 10  # two names with their shares in brackets
    reach: int = 4

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        # The name may stand under the standfirst, and a headline long enough to read as prose
        # ("… bate novo recorde. Lisboa já é …") is one of the first two paragraphs too.
        second = next((i for i in range(shape.first + 1, len(page)) if shape.prose[i]), len(page))
        third = next((i for i in range(second + 1, len(page)) if shape.prose[i]), len(page))
        anchors = [i for i, verdict in enumerate(page.verdicts) if verdict is not None and verdict.confirmed
                   and (verdict.rule.category is Category.BYLINE or Mark.DATELINE in verdict.rule.marks)]
        found: set[int] = set()
        while anchors:  # a name found is a byline too: the next name may stand beside it
            anchor = anchors.pop(0)
            for i in self._beside(page, anchor):
                if (
                    i not in found
                    and not page.is_matched(i)
                    and not shape.prose[i]
                    and not shape.first < third <= i <= shape.last
                    and self._is_name(page, i)
                ):
                    found.add(i)
                    anchors.append(i)
                    yield Finding(i, page.core(i), anchor=anchor)

    def _beside(self, page: Page, anchor: int) -> Iterator[int]:
        """The first unremoved block on each side of ``anchor``, looking through at most
        ``reach - 1`` removed ones (a share button, a role, a place between name and date)."""
        for step in (-1, 1):
            i = anchor + step
            while 0 <= i < len(page) and abs(i - anchor) < self.reach and page.is_removed(i):
                i += step
            if 0 <= i < len(page) and not page.is_removed(i):
                yield i

    def _is_name(self, page: Page, i: int) -> bool:
        core = page.core(i)
        return (
            page.words(i, self.max_words) <= self.max_words
            and not any(character.isdigit() for character in core)
            and not ends_like_sentence(core)
            and _NAME_LINE.fullmatch(core) is not None
        )


NAME_BESIDE_BYLINE = NameBesideByline(
    code="BYL101",
    name="name-beside-byline",
    category=Category.BYLINE,
    summary="An author's name standing alone beside a byline or the article's date: 'Florian Haderer' "
    "above '27. Jänner 2025'.",
    message="author's name beside the byline",
    safety="Only a line of capitalised words (a role may follow), with no digit and no sentence end, "
    "next to a byline or date line (through at most three removed lines), and never between the "
    "article's paragraphs after the second; the guard reverts it when it would take too much.",
    examples=(
        removes("Florian Haderer", after=("27. Jänner 2025, 12:14",),
                before=("Die Wiener Linien begründen die Verzögerung mit Problemen bei der Technik.",)),
        removes("Community Reporter", before=("By Sophie Harrington",)),
        removes("Mia Kowalczyk (now) and Jack Tran (earlier)", after=("Updated Sat 8 Mar 2025 16.05 AEDT",),
                before=("Bureau warns of heavy falls overnight as the river keeps rising near the town.",),
                note="a live blog's authors by shift, above its stamp"),
        removes("Ana Rita Lopes (texto) e Tiago Brás (fotografia)", after=("12 de setembro de 2025, 6:45",),
                before=("Com o arranque do ano letivo, a procura de quartos na cidade voltou a disparar.",),
                note="each author's craft in brackets"),
        removes("Priya Lennox", opens=True,
                before=("Hedgehogs wake early as winters warm", "3 hours ago", "Share", "Save"),
                after=("Warmer autumns are disrupting the hibernation of hedgehogs, a study has found.",),
                note="the date three lines away, two removed ones between"),
        removes("Aaron Whitcombe", opens=True, before=("Driver who killed cyclist jailed",
                                           "Harvey Cole, 29, admitted causing death by dangerous driving."),
                after=("Court Reporter", "16:05, 12 Jun 2025",
                       "A driver who killed a cyclist while on his phone has been jailed."),
                note="beside a role line that stands beside the date"),
        removes("Andrés Rojas | Bogotá", after=("28 de agosto de 2024, 07:45 a. m.",)),
        removes("Nadia Kerr Transport correspondent, and Owen Blake",
                after=("Mon 9 Mar 2026 07.15 GMT",
                       "Rail fares will rise by 4% in March, the government said."),
                note="two authors, the first with her role, as one line"),
        removes("Luc Gervais, Le Courrier de l'Outaouais",
                after=("Publié le 3 mars 2026 à 6 h 00", "La municipalité a adopté mardi son budget, "
                       "après trois heures de débat au conseil."),
                note="the author and the outlet he writes for"),
        removes("João Correia", opens=True,
                before=("Preço das casas sobe 9,8% e bate novo recorde. Lisboa já é das cidades mais caras",
                        "Dados do INE mostram que nem a subida das taxas de juro travou o mercado."),
                after=("23 setembro 2024 16:05", "Os preços das casas voltaram a subir no segundo trimestre, "
                       "segundo o instituto de estatística."),
                note="under the standfirst of a headline that reads as prose"),
        keeps("Key Findings", before=("The report was published on Tuesday after a long delay.",
                                      "The minister said the findings were clear.",
                                      "Schools in the north were worst hit, the report says.",
                                      "12 March 2025"),
              after=("Three in four schools lacked heating, the inspectors found.",),
              note="between paragraphs after the second, a heading stays"),
        keeps("Sanne Kuipers", before=("Redactie: Mirjam Groen", "Transcript"),
              after=("Het is half acht 's avonds in een studentencomplex aan de rand van Utrecht.",
                     "Ilse", "Ik ben hier in september komen wonen en kende niemand in de stad.",
                     "Sanne Kuipers", "Ilse is 22 en studeert biomedische wetenschappen in Utrecht.",
                     "Sanne Kuipers", "Dat was het voor vandaag, tot morgen."),
              note="a transcript's speaker label: the name recurs before each of her turns"),
    ),
)

# A byline without its "By": two to four people ("Anna Vogt und Jonas Brandt", "Ana Costa, Rui Lopes e
# Inês Sá"), or one person and a place, a desk or an agency after a separator ("Jonas Brandt | Hamburg",
# "Claire Roux, à Lyon", "Rohan Iyer / Reuters"), or a person and a newsroom role ("Jonas Brandt Reporter").
_EDGE_PLACE = rf"{_NAME_PART}(?:(?:\s+|\s*/\s*|-)(?:{_NAME_PART}|{_PARTICLE})){{0,3}}"
_EDGE_SEPARATOR = r"\s*[|·•/–—]\s*"
_EDGE_BYLINE = regex.compile(
    rf"""(?!{_DETERMINER}\s)(?:
          {_NAME_ONLY}(?:(?:\s*[,/&]\s*|\s+(?:{_JOINS})\s+){_NAME_ONLY}){{1,3}}
            (?:(?:{_EDGE_SEPARATOR}|\s*,\s*)(?:{_EDGE_PLACE}|{AGENCY}))?
        | {_NAME_ONLY}(?:{_EDGE_SEPARATOR}|\s*,\s*)(?:{_PLACE_AFTER}|(?:the\s+)?{_EDGE_PLACE}|{AGENCY})
        | {_NAME_ONLY}\s+(?:{_NAME_PART}\s+){{0,2}}(?:{_ROLE})  # "Dana Pruitt Staff Writer"
        ){_BRACKETED}""",
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True, kw_only=True, repr=False)
class NamesAtEdge(ContextRule):
    """Remove a byline printed without "By" at the article's edges: names and a place, or several names.

    Between the headline and the first prose paragraph, or after the last one, a line of
    capitalised names joined by "and" (in the page's language), a comma, a slash or "&", or one
    name with a place, a desk or an agency after a separator, is the article's byline. In the head
    the line must stand below an unremoved line (the headline, which may itself be two names); in
    the tail it must stand alone, not in a run of such lines (a list of names the article gives,
    a line announcing it). Between paragraphs such a line may be a sub-heading, and stays.
    """

    max_words: int = 14

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        headline = False  # whether an unremoved line stands above, in the head
        for i in range(shape.first):
            if page.is_removed(i):
                continue
            if headline and self._is_byline(page, i):
                yield Finding(i, page.core(i), anchor=None)
            headline = True
        for i in range(shape.last + 1, len(page)):
            if not page.is_removed(i) and self._is_byline(page, i) and self._alone(page, i):
                yield Finding(i, page.core(i), anchor=None)

    def _alone(self, page: Page, i: int) -> bool:
        above = next((j for j in range(i - 1, -1, -1) if not page.is_removed(j)), None)
        below = next((j for j in range(i + 1, len(page)) if not page.is_removed(j)), None)
        if above is not None and page.core(above).rstrip().endswith(":"):
            return False  # the line announces a list
        return not any(j is not None and self._is_byline(page, j) for j in (above, below))

    def _is_byline(self, page: Page, i: int) -> bool:
        core = page.core(i)
        return (
            page.words(i, self.max_words) <= self.max_words
            and not any(character.isdigit() for character in core)
            and not ends_like_sentence(core)
            and not core.rstrip().endswith(":")
            and not is_list_item(page.block(i))
            and _EDGE_BYLINE.fullmatch(core) is not None
        )


NAMES_AT_EDGE = NamesAtEdge(
    code="BYL102",
    name="names-at-edge",
    category=Category.BYLINE,
    summary="A byline without 'By' above the article or below it, in any language: 'Jonas Brandt | "
    "Hamburg', 'Ana Costa e Rui Lopes'.",
    message="byline without 'By'",
    safety="Only capitalised names joined by 'and' in a pack language, '&', a comma or a slash, or one name "
    "with a place or agency after a separator; only below the headline before the first prose paragraph, "
    "or alone after the last one (a run of such lines is the article's list). A headline of two names, a "
    "sub-heading between paragraphs and a sentence naming people are kept.",
    examples=(
        removes("Jonas Brandt | Hamburg", opens=True,
                before=("Hafen bekommt neues Terminal",),
                after=("Der Senat hat am Dienstag den Ausbau des Hafens beschlossen, hieß es.",)),
        removes("Claire Roux et Paul Moreau", opens=True,
                before=("Le port va s'agrandir",),
                after=("Le conseil municipal a voté mardi l'agrandissement du port, après un long débat.",)),
        removes("Ana Costa, Rui Lopes e Inês Sá",
                before=("A câmara aprovou na terça-feira a ampliação do porto, depois de um longo debate.",)),
        removes("Pedro Gil y Lucía Mora",
                before=("El ayuntamiento aprobó el martes la ampliación del puerto tras un largo debate.",)),
        removes("Dana Pruitt Staff Writer", opens=True,
                before=("County approves new bridge",),
                after=("The county board voted on Tuesday to replace the old bridge, officials said.",)),
        removes("Dana Pruitt, The Valley Courier", opens=True,
                before=("County approves new bridge",),
                after=("The county board voted on Tuesday to replace the old bridge, officials said.",)),
        removes("Ritu Menon & Arjun Rao | Pune/Nagpur", opens=True,
                before=("Port expansion gets the nod",),
                after=("The council voted on Tuesday to expand the port after a long debate.",)),
        keeps("Anna Vogt und Jonas Brandt", opens=True,
              after=("Die beiden Musiker haben am Samstag in Hamburg ihr erstes Konzert gegeben.",),
              note="the first line, the headline, may be two names"),
        keeps("Pedro Gil y Lucía Mora",
              before=("El ayuntamiento aprobó el martes la ampliación del puerto tras un largo debate.",
                      "Los nuevos concejales son:"),
              note="under a line announcing a list"),
        keeps("Pedro Gil, Sevilla",
              before=("El ayuntamiento nombró el martes a los nuevos concejales de la ciudad en el pleno.",),
              after=("Lucía Mora, Córdoba", "Andrés Ruiz, Jaén"),
              note="a list of names closing the article"),
        keeps("Balancing Innovation with Comfort Food Classics",
              before=("The council voted on Tuesday to expand the port after a long debate.",),
              after=("Chefs are rethinking their menus for the winter season, owners say.",),
              note="a sub-heading between paragraphs"),
        keeps("Jonas Brandt und Anna Vogt.",
              before=("Der Senat hat am Dienstag den Ausbau des Hafens beschlossen, hieß es.",),
              note="a sentence"),
    ),
)

# The bylined author's name opening a line, then what a bio says of its subject: a verb or an
# apposition ("Jane Doe is a …", "Jane Doe schrijft voor …", "Jane Doe, 41, covers …").
_BIO_OPENING = regex.compile(
    rf"""(?!{_DETERMINER}\s)(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{1,4}}?)
        (?:\s*\([^()\n]{{1,40}}\))?(?:,[^,.;:?!\n]{{2,80}},)?\s+(?-i:[a-zà-ÿ])\w""",
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True, kw_only=True, repr=False)
class BylinedAuthorBio(ContextRule):
    """Remove a bio of the article's own author: a line that opens with the name its byline gives.

    A bio under the article names its subject first and says what the person does ("Jane Doe
    is a health reporter", "Jane Doe schreibt über Medizin"); when that name, in full, is the
    one a confirmed byline of the same page printed, the subject is the author. The line stands
    after the article's first paragraph with at most ``prose_after`` prose paragraphs below it
    (an appeal, a note), and reported speech vetoes it: the author is seldom quoted in her own
    story, but a bio is never a quote.
    """

    min_words: int = 5
    max_words: int = 90
    max_signed_words: int = 160  # a bio box's paragraph under its name line runs longer
    prose_after: int = 2

    def find(self, page: Page) -> Iterator[Finding]:
        shape = page.shape
        if shape is None or not shape.has_prose:
            return
        # A source line ("Source: Acme Group", "Quelle: dpa") names who issued the text, no author: the
        # press release's "Acme Group is a …" below it is the release's own profile.
        bylines = [i for i, verdict in enumerate(page.verdicts)
                   if verdict is not None and verdict.confirmed and verdict.rule.category is Category.BYLINE
                   and verdict.rule.code not in (self.code, SOURCE_LINE.code)
                   and Mark.FOOTER not in verdict.rule.marks]
        signed = [page.core(i) for i in bylines]
        boxed = self._boxed_bios(page, shape.first)
        if not bylines and not boxed:
            return
        after = 0  # prose paragraphs below the block, counted from the end
        for i in range(len(page) - 1, min(bylines, default=shape.first), -1):
            if after > self.prose_after:
                return
            verdict = page.verdicts[i]
            if (verdict is None or not verdict.confirmed) and i > shape.first:
                found = self._bio(page, i, signed)
                if found is None and i in boxed and _PERSONAL.search(page.core(i)):
                    found = self._bio(page, i, [page.core(i - 1)], self.max_signed_words)
                    if found is not None:
                        yield Finding(i - 1, page.core(i - 1), anchor=i)
                if found is not None:
                    page.verdicts[i] = None  # a weak bio verdict the zones did not confirm
                    yield Finding(i, found, anchor=None)
                    continue
            if shape.prose[i]:
                after += 1

    def _boxed_bios(self, page: Page, first: int) -> set[int]:
        """The blocks right under a line that is only a person's name, in a bio box's layout. Only
        when the page has one such pair: a series of profiles (a name over each) is the article."""
        pairs = {i for i in range(first + 1, len(page))
                 if page.verdicts[i - 1] is None or not page.verdicts[i - 1].confirmed  # type: ignore[union-attr]
                 if _LONE_NAME.fullmatch(page.core(i - 1))
                 and page.core(i).startswith(page.core(i - 1) + " ")}
        return pairs if len(pairs) == 1 else set()

    def _bio(self, page: Page, i: int, signed: list[str], longest: int | None = None) -> str | None:
        longest = longest or self.max_words
        if not self.min_words <= page.words(i, longest) <= longest:
            return None
        core = page.core(i)
        opening = _BIO_OPENING.match(core)
        # An address is no speech: "explica@example.pt" holds a verb.
        if opening is None or _BIO_SPEECH_PATTERN.search(_ADDRESSES.sub(" ", core)):
            return None
        name = opening.group("name")
        named = regex.compile(rf"(?<!\w){regex.escape(name)}(?!\w)")
        if not any(named.search(byline) for byline in signed):
            return None
        return core[: opening.end()]


_BIO_SPEECH_PATTERN = regex.compile(_BIO_SPEECH, regex.IGNORECASE)
# A person's pronoun in every language, which a bio of a person holds and a company's profile does not.
_PERSONAL = regex.compile(r"(?<!\w)(?-i:she|he|her|his|She|He|Her|His|sie|er|ihr|ihre|sein|seine|"
                          r"Sie|Er|Ihr|Ihre|"
                          r"Sein|Seine|elle|Elle|ella|Ella|él|Él|lei|Lei|lui|Lui|ela|Ela|ele|Ele|zij|Zij|hij|Hij|"
                          r"haar|Haar)(?!\w)")
# A line that is only a person's name, as a bio box prints it over the bio: "Jane Doe".
_LONE_NAME = regex.compile(rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{1,3}}")
_ADDRESSES = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|(?<!\w)@\w+")

BYLINED_AUTHOR_BIO = BylinedAuthorBio(
    code="BYL111",
    name="bylined-author-bio",
    category=Category.BYLINE,
    summary="A bio of the article's own author: a line opening with the byline's name and a verb, in any "
    "language.",
    message="bio of the bylined author",
    marks=frozenset({Mark.FOOTER}),
    safety="The full name a confirmed byline printed must open the line, a verb or an apposition follow "
    "it, and at most two prose paragraphs stand below; reported speech vetoes it, and a person quoted "
    "in the story has another name.",
    examples=(
        keeps("Harbour Media Group is a Singapore-based publisher of news and lifestyle titles, reaching "
              "three million readers a month.",
              before=("Source: Harbour Media Group",
                      "SINGAPORE – Harbour Media Group today announced one digital subscription for its five "
                      "titles, which readers can use on the web and in its apps from March.",
                      "About Harbour Media Group"),
              note="a press release's profile of its issuer, under the source line that names it"),
        removes("Orla Deasy is a fact-checker at the Ledger. She covered technology for regional papers.",
                before=("By Orla Deasy", "The claim spread on social media this week, reaching thousands.",
                        "There is no such law, the commission confirmed on Tuesday afternoon.")),
        removes("Tobias Rennert testet seit 2012 Autos. Sein Schwerpunkt: Elektromobilität.",
                before=("Von Tobias Rennert", "Der neue Wagen lädt in 18 Minuten auf 80 Prozent.",
                        "Im Test kam er mit einer Ladung 410 Kilometer weit.")),
        removes("Elke Vandenbussche schrijft voor de krant over treinreizen. Ze nam al dertig nachttreinen.",
                before=("Door Elke Vandenbussche | 9 september 2025", "De nachttrein rijdt vanaf december.",
                        "Een bed kost vanaf 119 euro per persoon, zegt het bedrijf."),
                after=("De terugreis vertrekt op dinsdag en donderdag om 20.10 uur uit Milaan.",)),
        removes("Maren Solberg is a freelance science writer from Tromsø who covers astronomy and the polar "
                "regions. She studied physics in Oslo and journalism in Bergen, and has written for several "
                "popular science magazines, two observatories' newsletters and a regional daily. She is a "
                "member of the northern amateur astronomers' society, and she gave a talk on the "
                "outer planets "
                "at its annual meeting, held in a planetarium on the coast, in the spring of last year. Her "
                "first book, on the northern lights, comes out in the autumn, and a second, on the comets "
                "seen from the Arctic over the past two centuries, is due the year after.",
                before=("The probe will reach its final orbit in March, after a burn of its main engine that "
                        "engineers have rehearsed for months, the agency said on Tuesday.",
                        "Its cameras will then map the moon's surface at a resolution of ten metres, and the "
                        "data will be published within a week of each pass, according to the mission team.",
                        "The mission has cost 480 million euros so far, a third less than planned, "
                        "because the "
                        "launch shared a rocket with two weather satellites, the agency's director said.",
                        "Scientists hope the maps will show whether the ice under the moon's crust "
                        "reaches the "
                        "surface in the cracks that the last flyby photographed near its south pole.",
                        "If it does, a lander could sample it within a decade, although no agency has yet "
                        "promised the money for one, and the next budget round is two years away, "
                        "officials said.",
                        "Maren Solberg"),
                note="a bio box: the name alone over the bio that opens with it"),
        keeps("Nordlys Arkitekter is a full-service architecture and interior design firm with offices in "
              "three cities, founded in 1998 by two partners who met at the academy in Oslo.",
              before=("The new library opens in May.", "About the author", "Nordlys Arkitekter"),
              note="a company's profile under its name: no person's pronoun"),
        keeps("Ana Lopes is a nurse in Porto who has worked nights for twenty years.",
              before=("Meet the finalists.", "Rui Costa", "Rui Costa is a teacher in Braga who coaches the "
                      "school's chess club.", "Ana Lopes"),
              note="a series of profiles, a name over each: the article"),
        keeps("Orla Deasy is a reporter, and she said the claim was false when asked on Monday.",
              before=("By Orla Deasy", "The claim spread on social media this week, reaching thousands."),
              note="reported speech"),
        keeps("Mark Odell is a photographer who has documented the river for thirty years.",
              before=("By Orla Deasy", "The claim spread on social media this week, reaching thousands."),
              after=("His pictures show the banks moving.",),
              note="a person in the story, not the bylined author"),
        keeps("Orla Deasy is the name on the byline, and it was her first story for the paper.",
              before=("By Orla Deasy", "The editor remembered the first story she filed in 2019."),
              after=("She went on to cover the courts.", "Later she ran the features desk for a decade.",
                     "Readers still write to her about that first story, the editor said."),
              note="more than two paragraphs below it"),
    ),
)

_CREDIT = concept("reporting-credit")

_OPENED_NAMES = rf"(?:{alternatives(_CREDIT.get('openers'))})\s*:?\s+{CREDIT_NAME}"

# Reuters and other wires close a story with who reported and edited it, in each language:
# "(Bericht von Jana Kurz, redigiert von Lea Frank. Bei Rückfragen …)", "Mitarbeit: Tom Berger".
REPORTING_CREDITS_PACK = PatternRule(
    code="BYL009",
    name="reporting-credits-pack",
    category=Category.BYLINE,
    summary="Reporting and editing credits in the pack languages: '(Bericht von …, redigiert von …)'.",
    message="reporting credits",
    languages=_CREDIT.languages,
    keywords=starts(*(keyword_of(opener) for opener in _CREDIT.get("openers"))),
    max_words=70,
    unless=speech_veto(LANGUAGES),
    pattern=rf"""(?:
          \((?:{alternatives(_CREDIT.get("openers"))})\s*:?\s+(?-i:[A-ZÀ-Þ])[^()]{{0,400}}\)[\s.]*
        | {_OPENED_NAMES}(?:\s*[;,]\s*{_OPENED_NAMES}){{0,3}}[\s.]*
        )""",
    safety="A credit in brackets opens with its phrase and a capitalised name; one without brackets "
    "is only credits and names: 'Bericht von Amnesty International zeigt Missstände auf.' is kept.",
    examples=_CREDIT.examples,
)

# An editor's initials, as desks sign off the articles they edited: "(tho)", "gt/abl/lch".
_INITIAL = r"[a-zäöüßàâçéèêëîïôûùüÿñ]{2,5}"

EDITOR_INITIALS = PatternRule(
    code="BYL010",
    name="editor-initials",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="Editors' initials alone on a line, as desks sign off: '(tho)', '(ovw)', 'gt/abl/lch'.",
    message="editor's initials",
    keywords=(")$", "/"),
    max_words=2,
    ignore_case=False,
    pattern=rf"""\({_INITIAL}(?:\s?[/,]\s?{_INITIAL}){{0,3}}\)|{_INITIAL}(?:/{_INITIAL}){{2,3}}""",
    safety="Weak, so only before or after the article's prose or beside strong evidence; lower-case "
    "initials only, in brackets or three or more joined by slashes: 'and/or' and 'he/she' are not initials.",
    examples=(
        removes("(tho)"),
        removes("gt/abl/lch"),
        removes("(jw/sk)"),
        keeps("and/or"),
        keeps("(sic)", before=("The council met on Tuesday.",),
              after=("Officials said the plan would take effect in January.",), note="between paragraphs"),
    ),
)


LETTERS_CALL = phrase_rule(
    code="BYL050",
    name="letters-call",
    category=Category.BYLINE,
    concept="letters-call",
    summary="The newsroom inviting letters to the editor: 'Submit a letter to the editor', 'Schreiben "
    "Sie uns einen Leserbrief'.",
    message="call for letters to the editor",
    max_words=45,
    speech=True,
    safety="A call to write or send a letter to the editor (or to write to the newsroom, in the publisher's "
    "voice) in a block of 45 words or fewer; a sentence telling that someone wrote a letter has no call, and "
    "reported speech vetoes it.",
)

_LIVEBLOG = concept("liveblog-credit")
# A person: two or three capitalised words, perhaps with particles ("Marrit Zijlstra", "Ana Rita
# Moutinho", "Sanne de Ridder").
_PERSON_NAME = rf"(?-i:[A-ZÀ-Þ][\w'’.-]+)(?:\s+(?:(?-i:{_PARTICLE})\s+){{0,2}}(?-i:[A-ZÀ-Þ][\w'’.-]+)){{1,2}}"
_PEOPLE = rf"{_PERSON_NAME}(?:(?:\s*,\s*|\s+(?:{_JOINS})\s+){_PERSON_NAME}){{0,3}}"

LIVEBLOG_CREDIT = PatternRule(
    code="BYL018",
    name="liveblog-credit",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    summary="Who keeps the live blog, in every language: 'This live blog is written by …', 'Dit liveblog "
    "wordt bijgehouden door …'.",
    message="live blog's authors",
    languages=_LIVEBLOG.languages,
    keywords=starts(*(keyword_of(phrase) for phrase in _LIVEBLOG.get("phrases"))),
    max_words=40,
    marks=frozenset({Mark.FOOTER}),
    pattern=rf"""{START}(?:{alternatives(_LIVEBLOG.get("phrases"))})\s+{_PEOPLE}
        (?:\s+(?:{alternatives(_LIVEBLOG.get("of"))})\s+[^.!?,;\n]{{1,50}}?)?{END}""",
    safety="Weak, so only around the article or beside strong evidence; the live blog and the verb of "
    "keeping it, then people's names to the line's end (perhaps with their desk): 'Dieser Liveblog wird "
    "betreut von Studierenden der Uni, die …' names no one.",
    examples=_LIVEBLOG.examples,
)


# What stands between the pieces of an article's metadata strip: bars and dots, and dashes or
# slashes with a space on each side (a date's own dashes and slashes have none). A run of spaces is
# tried from its first space only: from each of them, a long run is quadratic.
_STRIP_SEPARATOR = re.compile(r"(?<!\s)\s*[|·•]\s*|(?<!\s)\s+[/–—-]\s+")
_STRIP_KEYWORDS = ("|", "·", "•", " / ", " - ", " – ", " — ")
# A name beside a byline or a stamp: a person, the newsroom, a channel or a place, in capitalised
# words that may hold a number ("KCRV 8 News") and end with a state's code ("Monterrey, NL").
_STRIP_NAME = rf"""(?-i:[A-ZÀ-Þ][\w'’.&+-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ][\w'’.&+-]*)|\d{{1,3}}|{_PARTICLE})){{0,4}}
    (?:,\s*(?-i:[A-Z]\.?[A-Z]\.?))?"""
_HANDLE_OR_ADDRESS = rf"{HANDLE}|[\w.+-]{{1,40}}@[\w-]{{1,40}}(?:\.[\w-]{{1,20}}){{1,3}}"


@dataclass(frozen=True, kw_only=True, repr=False)
class MetaStrip(BlockRule):
    """An article's metadata strip: pieces between bars, dots or spaced dashes, each of them a
    byline or a stamp, or what stands beside one (a name, a channel or a place, a newsroom role, a
    handle, a reading time, a comment count), and one of them at least a byline or a stamp.

    Each piece is read by the rule that reads it alone (``BYL001`` for a byline, ``NAV003`` and
    ``NAV004`` for a stamp), so the strip reads every form their grammars read, in any order
    and any combination: "Von: apk | 22.01.2026 | 10:14", "KVRN | By Marcus Bell", "Rodrigo
    Paredes Salas | Lima, 28 de octubre de 2025 | 07:05 a. m.".
    """

    max_pieces: int = 6
    _beside: Pattern = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        role = rf"(?:[^\W\d][\w'’-]*\s+){{0,2}}(?:{alternatives(_BIO.get('roles'))})"
        # From a word's start only: a search from inside every word of a long run is quadratic. On
        # ``regex``, which reads a decomposed accent as part of its name ("Mari\u0301a"); ``re`` ends
        # the word there and would read two names.
        beside = rf"(?<![\w'’.&+@-])(?:{_STRIP_NAME}|{role}|{_HANDLE_OR_ADDRESS}|{READING}|{_COUNTER})"
        object.__setattr__(self, "_beside", self._compile_pattern(beside, builtin=False))

    def _match(self, text: str) -> str | None:
        pieces = [piece for piece in _STRIP_SEPARATOR.split(text.strip(" |·•")) if piece]
        if not 2 <= len(pieces) <= self.max_pieces:
            return None
        anchored = False
        for piece in pieces:
            kind = self._kind(piece)
            if kind is None:
                return None
            anchored = anchored or kind
        return text if anchored else None

    def _kind(self, piece: str) -> bool | None:
        """``True`` for a byline or a stamp, ``False`` for what may stand beside them, ``None`` for
        anything else (a headline's words, a sentence)."""
        if any(rule.match(piece) is not None for rule in (BYLINE, UPDATE_TIMESTAMP, BARE_DATE)):
            return True
        return False if self._beside.fullmatch(piece) is not None else None


META_STRIP = MetaStrip(
    code="BYL020",
    name="meta-strip",
    category=Category.BYLINE,
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.DATELINE}),
    summary="A metadata strip of pieces between bars, dots or dashes: 'Von: apk | 22.01.2026 | 10:14'.",
    message="byline and date",
    languages=LANGUAGES,
    keywords=_STRIP_KEYWORDS,
    max_words=30,
    unless=BARE_DATE.unless,  # a range of dates or hours is an event's
    table_rows=False,
    safety="Weak, so only before or after the article's prose or beside strong evidence; every piece "
    "must be a byline or a stamp, or a name, role, handle, reading time or count beside them, and one "
    "a byline or a stamp: a headline or a sentence in any piece keeps the line, and so does a table's "
    "row or a live blog's run of times between paragraphs.",
    examples=(
        removes("Von: apk | 22.01.2026 | 10:14", note="a desk's initials, the date, the time"),
        removes("KVRN | By Marcus Bell", note="the station, then the byline"),
        removes("Rodrigo Paredes Salas | Lima, 28 de octubre de 2025 | 07:05 a. m."),
        removes("CBN News · Jasmine Okafor · 4 min read · 12 March 2025", note="the channel first"),
        removes("Por Daniela Cantú Robles | Estelar 23 Houston", note="a channel's number"),
        removes("Reporter · @jokafor · 12.03.2025", note="a role and a handle beside the date"),
        removes("By: Ma. Cristina Lualhati - Reporter / @CLualhatiML", note="a role and a handle"),
        removes("Jasmine Okafor · Reporter · 12 March 2025 · 09:14"),
        keeps("29 November 2018 | 20 January 2019", note="an exhibition's dates"),
        keeps("07.11.2025 - Mara Lind - B72",
              before=("Die Wiener Indie-Band Nordwind stellt im November ihr zweites Album live "
                      "vor, begleitet von einem Streichquartett.",
                      "Karten gibt es ab Montag an allen Vorverkaufsstellen, die Konzerte beginnen "
                      "jeweils um 20 Uhr.",
                      "Konzert-Kalender", "05.11.2025 - Lena Hofer - Stadthalle",
                      "06.11.2025 - Jonas Adler - Gasometer"),
              after=("08.11.2025 - Ezra Stein - Arena",),
              note="a concert calendar under the article: a run of dated lines that name someone is a list"),
        keeps("Bayern München – Borussia Dortmund 2:1", note="a result"),
        keeps("Trump wins Iowa | 12.01.2024", note="a headline's words"),
        keeps("14:05 | Ministerin Berger", before=("Der Landtag tagte bis in die Nacht.",),
              after=("Die Ministerin kündigte eine Prüfung der Vorwürfe an, sagte ein Sprecher.",),
              note="a live blog's entry between paragraphs"),
        keeps("Von: Anna Berger | Betreff: Ihre Anfrage vom 12.03.2025",
              note="a letter's header: the subject is a sentence's words"),
    ),
)

RULES = (
    BYLINE,
    NAME_AND_DATE,
    NAME_WITH_ROLE,
    AUTHOR_CARD,
    NAME_BESIDE_BYLINE,
    NAMES_AT_EDGE,
    BYLINED_AUTHOR_BIO,
    AUTHOR_BIO,
    AUTHOR_LABEL,
    AUTHOR_ROLE_BIO,
    TIP_LINE,
    READERS_MEDIA_CALL,
    CONTACT_CALL,
    REPORTING_CREDITS,
    REPORTING_CREDITS_PACK,
    AUTHOR_CONTACT,
    CONTACT_HANDLE,
    CONTACT_DETAIL,
    CONTACT_LINE,
    SOURCE_LINE,
    AUTHOR_BOX,
    AUTHOR_BIO_BOX,
    EDITOR_INITIALS,
    LETTERS_CALL,
    LIVEBLOG_CREDIT,
)

# After the timestamps: a strip their rules read whole is theirs.
LATE_RULES = (META_STRIP,)
