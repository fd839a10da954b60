"""Copyright, reprint and terms footers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dom import DomRule
from ..rules import BlockRule, Category, Evidence, PatternRule, keeps, removes
from ._dates import DATE, TIME, TIME_KEYS
from ._patterns import END, NAMED_AGENCY, REPORTED_SPEECH, START, one_word_each, starts
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, speech_veto, words

if TYPE_CHECKING:
    from ..rules import Pattern

COPYRIGHT_NOTICE = PatternRule(
    code="LGL001",
    name="copyright-notice",
    category=Category.LEGAL,
    summary="Copyright lines and usage restrictions: '© 2024 JNS. All rights reserved.'",
    message="copyright notice",
    keywords=("©", "ⓒ", "(c)", "copyright", "all rights reserved", "may not be"),
    max_words=70,
    unless=REPORTED_SPEECH,
    pattern=r"""(?:
          (?:copyright\s*)?(?:©|ⓒ)\s*\S.{0,400}
        | (?:copyright\s*)?\(c\)\s*\d{4}.{0,400}
        | copyright\s+(?:\d{4}|by\s|(?-i:[A-Z])).{0,400}
        # The formula, not cited between quotation marks: "‘All rights reserved’ means something".
        | .{0,200}?(?<![«“„"‹‘])(?<![«“„"‹‘]\s)\ball\s+rights\s+reserved\b(?!\s?[»”“"›’]).{0,300}
        | .{0,200}?\bmay\s+not\s+be\s+
            (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b.{0,300}
        )""",
    safety="Opens with the copyright sign or word followed by a year or name, or carries the "
    "reserved-rights formula, not between quotation marks; \"Copyright lawyers said…\" is vetoed by "
    "reported speech.",
    examples=(
        removes("© 2024 JNS. All rights reserved."),
        removes("Copyright 2024 The Associated Press. All rights reserved. This material may not be "
                "published, broadcast, rewritten or redistributed."),
        removes("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved"),
        removes("copyright Inexhibit 2019 - ISSN: 2283-5474"),
        removes("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지"),
        keeps("Copyright lawyers said the case could take years."),
        keeps("Copyright infringement claims against the platform rose 40%."),
        keeps("(c) the defendant shall pay costs within 30 days."),
        keeps("‘All rights reserved’ is not a magic formula", note="a heading citing the formula"),
    ),
)

REPRINT_AND_USAGE = PatternRule(
    code="LGL002",
    name="reprint-and-usage",
    category=Category.LEGAL,
    summary="Reprint, licensing and personal-use notices: 'Order Reprints', 'This copy is for your "
    "personal use'.",
    message="reprint or usage notice",
    keywords=starts("order", "request", "reprint", "republish", "reuse", "license", "licensing", "print",
                     "this copy", "distribution and use"),
    max_words=70,
    unless=REPORTED_SPEECH,
    pattern=rf"""{START}(?:
          (?:order\s+|request\s+)?reprints?(?:\s*(?:&|and)\s*permissions)?
        | republish\s+(?:this|our)\s+(?:article|story|content)(?:\s+for\s+free)?
        | (?:reuse|license)\s+this\s+(?:content|article|story) | licensing(?:\s+(?:&|and)\s+permissions)?
        | print\s+(?:this\s+)?(?:article|story|page)
        | this\s+copy\s+is\s+for\s+your\s+personal,?\s+non[\s-]?commercial\s+use\s+only\b.{{0,400}}
        | distribution\s+and\s+use\s+of\s+this\s+material\s+(?:are|is)\s+governed\s+by\b.{{0,400}}
        ){END}""",
    examples=(
        removes("Order Reprints"),
        removes("Print Article"),
        removes("Reprints & Permissions"),
        removes("This copy is for your personal, non-commercial use only. To order presentation-ready "
                "copies for distribution to your colleagues, clients or customers visit "
                "http://www.djreprints.com."),
        keeps("Reprints of the 1936 edition sold out within a week."),
        keeps("The paper declined permission to republish the photographs."),
    ),
)

RIGHTS_RESERVED = phrase_rule(
    code="LGL004",
    name="rights-reserved",
    category=Category.LEGAL,
    concept="rights-reserved",
    aliases=("LGL301", "LGL401", "LGL501", "LGL601", "LGL701", "LGL801"),
    summary="Rights and reprint lines in every language, anywhere in a short block: 'Alle Rechte "
    "vorbehalten'.",
    message="rights notice",
    speech=True,
    max_words=40,
    examples=(
        keeps("‘Alle rechten voorbehouden zegt weinig over citeren,’ legt de jurist uit.",
              note="the phrase in single quotes is cited"),
        keeps("«La dicitura © Tutti i diritti riservati era stata cancellata», racconta Colombo.",
              note="a quotation attributed after its closing mark"),
    ),
)

SYNDICATION_NOTE = phrase_rule(
    code="LGL005",
    name="syndication-note",
    category=Category.LEGAL,
    concept="syndication",
    summary="Where the article appeared first, in every language: 'This article first appeared on …'.",
    message="syndication note",
    follow="anything",
    speech=True,
)

AGENCY_CREDIT = phrase_rule(
    code="LGL006",
    name="agency-credit",
    category=Category.LEGAL,
    concept="agency-credit",
    summary="Lines crediting wire agencies for the text, in every language: 'With files from …', 'Mit "
    "Material von dpa', 'Agencies'.",
    message="agency credit",
    follow="anything",
    speech=True,
    max_words=16,
)

_AGENCIES = words("agencies")
_AGENCY_NAME = rf"(?:{alternatives(_AGENCIES)})"
# An editor's initials as agencies sign off: "abc/ram", "krä/sm", "fgr".
_INITIALS = r"(?-i:[a-zäöüß]{2,5})"
# The newsroom's own sign ("red", "Redaktion") and the site's address as it signs ("ORF.at",
# "wien.ORF.at"): "red, ORF.at/Agenturen".
_NEWSROOM = rf"(?:{alternatives(words('agencies', 'newsroom'))})"
_SITE = r"(?:[a-z0-9-]+\.){1,3}(?-i:[a-z]{2,3}|[A-Z]{2,3})\b"

AGENCY_SIGNOFF = PatternRule(
    code="LGL007",
    name="agency-signoff",
    category=Category.LEGAL,
    summary="Agency sign-offs closing wire copy: '(dpa)', 'AFP, AP', '(SDA/red)', 'EFE abc/ram', 'krä/sm'.",
    message="agency sign-off",
    languages=LANGUAGES,
    # "/": "(Schluss) krä/sm", "ABC // JMR"
    # An agency named by its kind holds the kind anywhere in its brackets: "(Meseta Press)".
    keywords=("/", *starts(*(keyword_of(agency) for agency in _AGENCIES)),
              *starts(*(keyword_of(sign) for sign in words("agencies", "newsroom"))),
              *sorted({keyword_of(kind) for kind in words("agencies", "kinds")})),
    max_words=8,
    pattern=rf"""{START}(?:
          {_AGENCY_NAME}(?:\s*(?:[,/&+]|//|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bmit\b|\bwith\b)\s*
            (?:{_AGENCY_NAME}|{_INITIALS}))*(?:\s+{_INITIALS}\s*//?\s*{_INITIALS})?
        | \(\w+\)\s*{_INITIALS}\s*//?\s*{_INITIALS}
        | {_INITIALS}\s*/\s*{_AGENCY_NAME}(?:\s*[,/]\s*{_AGENCY_NAME})*  # the desk's code first: "lby/dpa"
        | (?-i:[A-Z]{{2,5}})\s*//\s*(?-i:[A-Z]{{2,5}})                  # editors' initials: "ABC // JMR"
        | (?-i:[A-Z]{{2}}(?:/[A-Z]{{2}}){{1,3}}/[A-Z]{{2,5}})            # initials, agency last: "AN/OD/APS"
        | \(\s*{NAMED_AGENCY}\s*\)                                      # "(Agencia Meridiano)"
        | {_NEWSROOM}\s*,\s*{_SITE}(?:\s*/\s*{_AGENCY_NAME})?          # the newsroom and its site
        | {_INITIALS}\s*,\s*{_SITE}\s*/\s*{_AGENCY_NAME}                # an editor's initials instead
        | {_SITE}\s*/\s*{_AGENCY_NAME}                                  # the site and the agencies
        )[)\]]?{END}""",
    safety="The whole block is agency names and editors' initials; a sentence naming an agency is kept.",
    examples=(
        removes("AFP, AP"),
        removes("dpa/lnw"),
        removes("lnw/dpa", note="the desk's code before the agency"),
        keeps("km/h"),
        removes("(SDA/red)"),
        removes("EFE abc/ram"),
        removes("(Schluss) krä/sm"),
        removes("ABC // JMR"),
        removes("AN/OD/APS", note="the reporter's and the editor's initials, then the agency's"),
        removes("(Agencia Meridiano)", note="an agency named by its kind, alone in brackets"),
        keeps("(Agency staff were not told, the union said.)", note="a sentence in brackets"),
        keeps("CDU/CSU/SPD", note="parties joined by slashes: no editors' initials"),
        keeps("The ABC // JMR feed carried the result first, officials said."),
        keeps("AFP and AP both reported the explosion within minutes."),
        keeps("and/or"),
        removes("red, ORF.at/Agenturen", note="the newsroom, its site and the agencies"),
        removes("red, wien.ORF.at"),
        removes("tirol.ORF.at/Agenturen"),
        removes("kal, example.at/Agenturen", note="an editor's initials for the newsroom"),
        keeps("red, white and blue"),
        keeps("Red, ORF.at und andere Portale berichteten zuerst über den Fall."),
        keeps("Laut ORF.at/Agenturen gab es zwei Verletzte, sagte die Polizei."),
    ),
)

_LICENCE = concept("licence-notice")
# Reported speech in any language, but for the publisher's "unless otherwise noted" (or stated).
_SPEECH = rf"(?<!\botherwise\s)(?:{speech_veto(LANGUAGES)})"
# A Creative Commons licence by its code ("CC BY-NC-ND 4.0", "CC0", "Creative Commons BY-SA") or its
# name in any language ("Creative Commons Attribution-NoDerivatives", "… Namensnennung").
_CC = rf"""(?:(?<!\w)cc[\s-]?(?:by|0)(?!\w)
    | creative\s+commons\s+(?:\(?cc\)?\s+)?(?:by(?!\w)|{alternatives(_LICENCE.get("names"))}))"""

LICENCE_NOTICE = PatternRule(
    code="LGL011",
    name="licence-notice",
    category=Category.LEGAL,
    summary="A Creative Commons licence on the publisher's own text, with its grant: 'Content licensed "
    "under CC BY-ND 4.0'.",
    message="licence notice",
    evidence=Evidence.WEAK,
    languages=LANGUAGES,
    keywords=("cc by", "cc-by", "ccby", "cc0", "cc 0", "creative commons"),
    max_words=45,
    unless=_SPEECH,
    pattern=rf"""(?=.{{0,500}}?{_CC})
        (?=.{{0,500}}?(?<!\w)(?:{alternatives(_LICENCE.get("grants"))})(?!\w))
        .{{0,1000}}""",
    safety="Weak: only around the article, as a handout's or a report's own licence stands inside the text. "
    "The licence must come with the publisher's grant (its own text, 'licensed under', 'unless "
    "otherwise noted', leave to republish); a story about a photo 'under a CC BY licence' has none.",
    examples=_LICENCE.examples,
)

_QUOTES = concept("delayed-quotes")
_DATA = rf"(?:{alternatives(_QUOTES.get('data'))})"
_DELAYED = rf"(?:{alternatives(_QUOTES.get('delayed'))})"
_MINUTES = rf"\d{{1,2}}\s?(?:{alternatives(_QUOTES.get('minutes'))})(?!\w)\.?"
_WORD = r"[^\s\d]+"  # a word that is no count: "by", "at least", "con un", "mit", "de"
# Who supplies the data, up to the comma before the delay: "Kursdaten: Börse Stuttgart, verzögert …".
_PROVIDER = r"(?:\s+[^\s,]+){1,4}?"

DELAYED_QUOTES = PatternRule(
    code="LGL012",
    name="delayed-quotes",
    category=Category.LEGAL,
    summary="Market data notes in every language: 'Prices delayed by at least 15 minutes', 'Kurse mit 15 "
    "Minuten Verzögerung'.",
    message="market data note",
    languages=LANGUAGES,
    keywords=one_word_each(*_QUOTES.get("delayed")),
    also=tuple(sorted({f"{digit}{space}{keyword_of(word)[:2]}" for word in _QUOTES.get("minutes")
                       for digit in "0123456789" for space in ("", " ")})),  # a count of minutes: "15 min"
    max_words=40,
    whole=False,
    unless=_SPEECH,
    pattern=rf"""(?<!\w)(?P<hit>
          {_DATA}(?:\s+{_WORD}){{0,2}}?\s+{_DELAYED}(?:\s+{_WORD}){{0,3}}?\s+{_MINUTES}
        | {_DATA}(?:\s+{_WORD}){{0,3}}?\s+{_MINUTES}(?:\s+{_WORD})?\s+{_DELAYED}
        | {_DELAYED}\s+{_DATA}\W{{1,3}}(?:{_WORD}\s+){{0,2}}?{_MINUTES}
        | {_DATA}:?{_PROVIDER},\s+(?:{_DELAYED}(?:\s+{_WORD}){{0,3}}?\s+{_MINUTES}
                                  |(?:{_WORD}\s+)?{_MINUTES}(?:\s+{_WORD})?\s+{_DELAYED})
        )(?!\w)""",
    safety="The market's data, a word of delay and a count of minutes in one phrase, or after the data's "
    "supplier and a comma; 'trains were delayed by 15 minutes' names no prices, 'prices rose … delayed "
    "by 15 minutes' has other words between.",
    examples=_QUOTES.examples,
)

# A date and a time as a wire service stamps its copy: "2025-03-31/11:08", "19/11/2024 17:45".
_STAMP = rf"(?:{DATE}|\d{{4}}-\d{{2}}-\d{{2}})\s*[/,–—-]?\s*(?:{TIME})"

WIRE_CODE = PatternRule(
    code="LGL013",
    name="wire-story-code",
    category=Category.LEGAL,
    summary="A wire service's story code or slug with its date and time: 'APA0214 2025-03-31/11:08', "
    "'dpa:240307-99-12345/2'.",
    message="wire story code",
    languages=LANGUAGES,
    keywords=(*TIME_KEYS, *(f":{digit}" for digit in "0123456789")),  # a stamp's time; "dpa:2403…"
    max_words=10,
    ignore_case=False,
    pattern=rf"""(?:
          [A-Z]{{2,6}}\d{{3,6}}\s+{_STAMP}                                   # "APA0214 2025-03-31/11:08"
        | (?:[\w-]{{2,24}},\s*)?[a-z]{{2,8}}:\d{{6}}-\d{{2,4}}-\d{{3,7}}/\d{{1,3}}  # "dpa:240307-99-12345/2"
        | \([A-Z][\w.-]{{1,24}}\)\s+(?:[A-Z][\w.]{{0,15}}\s*[–—-]?\s*)?{_STAMP}  # "(X) Mib - 19/11/24 17:45"
        )[\s.]*""",
    safety="The whole block is the code: capitals and digits, an agency's prefix, a date and a time; a "
    "sentence has words between them.",
    examples=(
        removes("APA0214 2025-03-31/11:08"),
        removes("kna-infoline, kna:250114-930-12345/1"),
        removes("(FinAgenzia) Mib - 19/11/2024 17:45"),
        keeps("A320 2024-01-05: the plane landed safely"),
        keeps("(Updated) The vote is set for 19/11/2024 at 17:45 in the city hall."),
    ),
)

# The copyright sign and a year anywhere in a short line: "Rand Ledger © 2025.", "© Encre & Papier 2025".
_NAME_WORD = r"(?-i:[A-Z0-9À-Þ][\w.&'’-]*)"
COPYRIGHT_YEAR = PatternRule(
    code="LGL014",
    name="copyright-sign-year",
    category=Category.LEGAL,
    summary="The copyright sign with a year anywhere in a short line: 'Rand Ledger © 2025. Prices …'.",
    message="copyright notice",
    languages=LANGUAGES,
    keywords=("©", "ⓒ"),
    max_words=40,
    whole=False,
    # A picture's credit ("Photo … © 2024 Studio") is the credit rules' to judge, by where it stands.
    unless=rf"{_SPEECH}|^(?:{alternatives(words('media-words'))})(?!\w)",
    pattern=rf"""(?P<hit>[©ⓒ]\s*(?:(?:19|20)\d\d(?!\d)
        | {_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,5}},?\s+(?:19|20)\d\d(?!\d)))""",
    safety="The sign itself, right before a year or a capitalised name and a year; 'the © symbol first "
    "appeared in 1909' has neither. A line opening with a picture's name is a credit, left to CRD rules.",
    examples=(
        removes("Rand Ledger © 2025. Prices are for information only."),
        removes("Texte und Grafiken: Redaktion Seeblick, © Seeblick Verlag 2024"),
        keeps("The © symbol first appeared in US copyright law in 1909."),
        keeps("Photo https://example.org/media © 2024 Hinterland Fair",
              before=("Registration: the fair opens on June 3.",), after=("The second fair is in Lyon.",)),
        keeps("The studio's logo carried a © 1998 mark, the lawsuit said."),
    ),
)


_BAN = concept("reproduction-ban")
_ACTS = alternatives(_BAN.get("acts"))
_BANS = alternatives(_BAN.get("bans"))
# What may follow a reproduction that a ban names first: its extent or the content ("total o parcial",
# "deste conteúdo"), not what else is reproduced ("a reprodução de animais silvestres").
_WHOLE = alternatives(_BAN.get("extents"))

REPRODUCTION_BAN = PatternRule(
    code="LGL015",
    name="reproduction-ban",
    category=Category.LEGAL,
    summary="Reproducing the content forbidden or only with leave, in every language: 'Vervielfältigung "
    "nur mit Genehmigung'.",
    message="reproduction notice",
    languages=_BAN.languages,
    keywords=tuple(sorted({keyword_of(act) for act in _BAN.get("acts")})),
    max_words=40,
    # A ban told as history ("Der Nachdruck des Romans wurde 1952 verboten"), someone who reproduced
    # ("pour avoir reproduit leurs articles sans autorisation"), or a rule of law told with its hedge
    # ("est en principe interdite"), is news.
    unless=rf"""{_SPEECH}|(?<!\w)(?:{alternatives(_BAN.get("past"))})(?!\w)(?:\s+\S+){{0,3}}?\s+(?:{_BANS})
        |(?<!\w)(?:{alternatives(_BAN.get("did"))})(?:\s+\S+){{0,2}}?\s+(?:{_ACTS})(?!\w)
        |(?<!\w)(?:{alternatives(_BAN.get("hedges"))})(?!\w)""",
    # The sentence of the ban opens the block or follows a full stop, a colon or a bar: a ban glued
    # to a headline ("… Heinz Field Reproduction or reuse prohibited") is the headline's line.
    pattern=rf"""(?:.{{0,300}}?[.!?:;|)©]\s*)??(?<![^\W\d])[^.!?\n|]{{0,60}}?(?<!\w)(?:
          (?:{_ACTS})(?:[\s,]+[^\s.!?]+){{0,4}}?[\s,]+(?:{_BANS})(?!\w)
        | (?:{_BANS})(?!\w)[^.!?\n]{{0,80}}?(?<!\w)(?:{_ACTS})(?!\w)(?=\s*(?:[.,;:]|$)|\s+(?:{_WHOLE})(?!\w))
        ).{{0,500}}""",
    safety="A word for reproducing or republishing content and, in the same sentence, a ban or a need for "
    "leave ('without permission', 'nur mit Genehmigung'), near the sentence's start; the nouns are the "
    "publishing trade's ('Vervielfältigung', not 'Verbreitung'). Reported speech, a ban told in the past "
    "and someone who 'had reproduced' veto it.",
    examples=_BAN.examples,
)

_MATERIAL = concept("material-credit")
_CREDITED = rf"""(?:{alternatives(_MATERIAL.get("sources"))}|{_AGENCY_NAME})"""
# The wire's name, or a capitalised source when the block says what it gave: "Mit Material von Zeit Online".
_SOURCE_NAME = rf"(?:{_CREDITED}|(?-i:[A-ZÀ-Þ][\w.&'’-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w.&'’-]*)){{0,3}})"
_AND = r"""(?:\s*[,/&+]\s*|\s+(?:and|und|et|y|e|en|sowie)\s+)
    (?:(?:the|der|die|la|le|las|los|a|o|da|do|das|dos|de|del|della|di|du|des)\s+|l['’]|dell['’])?"""

MATERIAL_CREDIT = PatternRule(
    code="LGL016",
    name="agency-material-credit",
    category=Category.LEGAL,
    summary="A line crediting the wires for the text, in every language: 'With material from AFP', "
    "'Con informazioni di ANSA'.",
    message="agency credit",
    languages=_MATERIAL.languages,
    keywords=starts(*(keyword_of(word) for word in _MATERIAL.get("with"))),
    max_words=14,
    pattern=rf"""{START}(?:{alternatives(_MATERIAL.get("with"))})\s+(?:
          (?:{alternatives(_MATERIAL.get("nouns"))})\s+(?:{alternatives(_MATERIAL.get("prepositions"))})
            (?:\s+|(?<=['’]))(?:the\s+|der\s+|la\s+|l['’]|le\s+|las\s+|los\s+|a\s+|o\s+|de\s+)?
            {_SOURCE_NAME}(?:{_AND}{_SOURCE_NAME}){{0,3}}
        | (?:l['’])?{_CREDITED}(?:{_AND}(?:l['’])?{_CREDITED}){{0,3}}
        ){END}""",
    safety="The whole block: 'with' and what the wire gave ('material from', 'Informationen von') and a "
    "capitalised source, or 'with' and the wires' names alone ('Avec AFP'); 'With information from the "
    "police, …' runs on into a sentence.",
    examples=_MATERIAL.examples,
)

_FIRST = concept("first-published")
_FIRSTS = alternatives(_FIRST.get("firsts"))
_PUBLISHED = alternatives(_FIRST.get("verbs"))

FIRST_PUBLISHED = PatternRule(
    code="LGL017",
    name="first-published-note",
    category=Category.LEGAL,
    summary="The article saying where it appeared first, in every language: 'Der Artikel erschien "
    "ursprünglich bei …'.",
    message="syndication note",
    languages=_FIRST.languages,
    keywords=starts(*(keyword_of(subject) for subject in _FIRST.get("subjects"))),
    max_words=50,
    unless=_SPEECH,
    pattern=rf"""{START}(?:{alternatives(_FIRST.get("subjects"))})(?!\s*\d)(?:\s+\S+){{0,3}}?\s+(?:
          (?:{_FIRSTS})(?:\s+\S+){{0,2}}?\s+(?:{_PUBLISHED})
        | (?:{_PUBLISHED})(?:\s+\S+){{0,2}}?\s+(?:{_FIRSTS})
        )(?!\w)(?![^.!?\n]{{0,40}}?(?<!\w)(?:1[0-9]|20)\d\d(?!\d)).{{0,400}}""",
    safety="The article names itself, then says within a few words that it appeared first or originally "
    "('erschien ursprünglich'); a law's article has a number, a year after it is history, and "
    "reported speech vetoes it.",
    examples=_FIRST.examples,
)

_FOOTER = concept("footer-links")


def _label(text: str) -> str:
    """A footer link as the row's labels are compared: lowercase, one space, plain apostrophes."""
    return " ".join(text.casefold().replace("’", "'").split())


_LEGAL_LABELS = frozenset(map(_label, _FOOTER.get("legal")))
# The links that alone on their line are a footer's: "Privacy Policy", "Impressum"; not "Datenschutz",
# "Privacidade" or "Ficha técnica", which head an article's section too.
_ALONE_LABELS = frozenset(map(_label, _FOOTER.get("alone")))
_FOOTER_LABELS = _LEGAL_LABELS | _ALONE_LABELS | frozenset(map(_label, _FOOTER.get("site")))
# What separates a footer's links once the extractor has flattened them onto one line: a pipe (also
# escaped, as in a table's cell), a dot or bullet, a colon, slash or dash between spaces, brackets
# closing and opening ("[Site Info] [Privacy Policy]"), a comma.
# The spaces around them are stripped from the items, not matched: a run of spaces is no separator.
_LINK_SEPARATOR = r"\\?\||·|•|\s[:/–—-]\s|\][^\S\n]{0,20}\[|,\s"


@dataclass(frozen=True, kw_only=True, repr=False)
class FooterLinkRow(BlockRule):
    """A site's footer links flattened onto one line: "Impressum | Datenschutz | AGB".

    The line is split at its separators; every item must be a footer link of some language
    (a legal page, or the site's contact, about, jobs or help page), at least ``min_links``
    of them, and (with ``needs_legal``) one a legal page (privacy, imprint, terms, cookies),
    which no headline or sentence lists this way.
    """

    min_links: int = 2
    needs_legal: bool = True
    alone: frozenset[str] = frozenset()  # the links that make a row alone (with ``min_links=1``)
    _separator: Pattern = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        object.__setattr__(self, "_separator", self._compile_pattern(_LINK_SEPARATOR, builtin=builtin))

    def _match(self, text: str) -> str | None:
        row = text.strip().strip("[]|").strip()
        items = [_label(item.strip("[]() ").rstrip(":")) for item in self._separator.split(row)]
        if len(items) < self.min_links or not all(item in _FOOTER_LABELS for item in items):
            return None
        if len(items) == 1 and items[0] not in self.alone:
            return None
        if self.needs_legal and not any(item in _LEGAL_LABELS for item in items):
            return None
        return text


FOOTER_LINK_ROW = FooterLinkRow(
    code="LGL008",
    name="footer-link-row",
    category=Category.LEGAL,
    summary="A footer's links in a row, in every language: 'Impressum | Datenschutz | AGB', "
    "'[Site Info] [Privacy Policy]'.",
    message="footer links",
    languages=LANGUAGES,
    keywords=one_word_each(*_FOOTER.get("legal")),
    max_words=30,
    safety="Every item between the separators must be a known footer link, two at least, and one a "
    "legal page; a sentence or headline that names privacy or terms has other words between them.",
    examples=_FOOTER.examples,
)

TERMS_LINKS = FooterLinkRow(
    code="LGL003",
    name="terms-and-privacy-links",
    category=Category.LEGAL,
    evidence=Evidence.WEAK,
    summary="Footer links alone or in a row, in every language: 'Privacy Policy', 'Contact us', "
    "'Informativa sulla privacy'.",
    message="footer link",
    languages=LANGUAGES,
    keywords=one_word_each(*_FOOTER.get("legal"), *_FOOTER.get("site"), *_FOOTER.get("alone")),
    max_words=25,
    min_links=1,
    needs_legal=False,
    alone=_ALONE_LABELS,
    safety="Weak: only inside a boilerplate cluster, and every item a footer link of the vocabulary; a "
    "link alone must be one no article heads a section with ('Privacy Policy', not 'Privacy'), and an "
    "article about privacy policy keeps its subheadings.",
    examples=(
        removes("About Us | Careers | Contact Us",
                note="a row with a legal page ('Privacy Policy | Terms of Use') is LGL008's"),
        removes("Terms of Service"),
        removes("Copyright"),
        removes("Informativa sulla privacy"),
        keeps("Privacidade", before=("Abra o app e permita o envio de notificações.", "Baixe o nosso app"),
              after=("A prefeitura informou que os dados são usados apenas para os alertas.",),
              note="a sub-heading under an app prompt: the word alone is a topic too"),
        keeps("Privacy Policy", before=("The company changed its rules in May.",),
              after=("The new policy lets users delete their data, regulators said.",),
              note="a mid-body subheading stays"),
    ),
)

SITE_CREDIT = phrase_rule(
    code="LGL009",
    name="site-credit",
    category=Category.LEGAL,
    concept="site-credit",
    summary="Who built or runs the website, in every language: 'Powered by WordPress', 'Realisiert von "
    "Agentur X'.",
    message="site credit",
    follow="name",
    evidence=Evidence.WEAK,
    safety="Weak: only around the article, and only a capitalised name may follow the phrase; "
    "\"Powered by two electric motors, …\" is kept.",
)

DISCLAIMER_ELEMENT = DomRule(
    code="LGL201",
    name="disclaimer-element",
    category=Category.LEGAL,
    summary="Disclaimer and disclosure boxes in the markup: affiliate disclosures, 'not advice' notices.",
    message="disclaimer element",
    parts=frozenset({"disclaimer", "disclaimers", "disclosure", "disclosures"}),
    unless_parts=frozenset({"toggle", "trigger", "accordion", "panel", "expand", "collapse"}),
    max_words=250,
    max_words_after=800,
    max_prose_after=10,
    safety="At most 250 words and two paragraphs of prose: a notice fits, an article does not; under the "
    "article, outside its core, 800 words and ten paragraphs (a bank's or a fund's legal disclosures). A "
    "'disclosure' that is an accordion's part (toggle, panel) is a widget of the page, not a notice.",
    examples=(
        removes('<p class="disclaimer">Transcripts may contain errors and are revised as audio is '
                'updated.</p>'),
        removes('<div class="AffiliateDisclosureWrapper"><p>We earn a commission when you buy '
                'through links on this page. Our picks are our own.</p></div>'),
        removes('<div class="post-disclaimer"><p>The content of this post is for general information '
                'only and is not financial, legal or medical advice.</p></div>'),
        keeps('<div class="disclosure-panel"><p>The fund lost a third of its value in March, when '
              'investors rushed to sell.</p></div>', note="an accordion's panel holds article text"),
        keeps('<p>The senator\'s financial disclosure listed three rental flats and a share in a '
              'vineyard.</p>', note="the word in the text, not the markup"),
    ),
)


RULES = (COPYRIGHT_NOTICE, REPRINT_AND_USAGE, TERMS_LINKS,
    FOOTER_LINK_ROW,
    SITE_CREDIT,
    RIGHTS_RESERVED,
    SYNDICATION_NOTE,
    AGENCY_CREDIT,
    AGENCY_SIGNOFF,
    LICENCE_NOTICE,
    DELAYED_QUOTES,
    WIRE_CODE,
    COPYRIGHT_YEAR,
    REPRODUCTION_BAN,
    MATERIAL_CREDIT,
    FIRST_PUBLISHED,
    DISCLAIMER_ELEMENT,
)
