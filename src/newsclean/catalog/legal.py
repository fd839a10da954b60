"""Copyright, reprint and terms footers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..rules import BlockRule, Category, Evidence, PatternRule, keeps, removes
from ._patterns import END, REPORTED_SPEECH, START, one_word_each, starts
from ._phrases import phrase_rule
from ._vocabulary import LANGUAGES, alternatives, concept, keyword_of, words

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
        | .{0,200}?\ball\s+rights\s+reserved\b.{0,300}
        | .{0,200}?\bmay\s+not\s+be\s+
            (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b.{0,300}
        )""",
    safety="Opens with the copyright sign or word followed by a year or name, or carries the "
    "reserved-rights formula; \"Copyright lawyers said…\" is vetoed by reported speech.",
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

TERMS_LINKS = PatternRule(
    code="LGL003",
    name="terms-and-privacy-links",
    category=Category.LEGAL,
    evidence=Evidence.WEAK,
    summary="Footer links: 'Privacy Policy', 'Terms of Use', 'Contact us', 'About us', alone or in a row.",
    message="footer link",
    keywords=starts("privacy", "terms", "contact", "about", "accessibility", "site map", "sitemap", "careers",
                     "advertise", "cookie policy", "imprint", "corrections", "help", "faq"),
    max_words=25,
    pattern=rf"""{START}(?:(?:privacy(?:\s+(?:policy|notice|statement|settings))?|terms(?:\s+(?:of\s+(?:use|service)|
        (?:&|and)\s+conditions))?|contact(?:\s+us)?|about(?:\s+us)?|accessibility(?:\s+statement)?|site\s*map|
        careers|advertise(?:\s+with\s+us)?|cookie\s+policy|imprint|corrections|help|faq)
        (?:\s*[|/·•,]?\s*)){{1,10}}{END}""",
    safety="Weak: only inside a boilerplate cluster; an article about privacy policy keeps its "
    "subheadings.",
    examples=(
        removes("About Us | Careers | Contact Us",
                note="a row with a legal page ('Privacy Policy | Terms of Use') is LGL008's"),
        removes("Terms of Service"),
        keeps("Privacy Policy", before=("The company changed its rules in May.",),
              after=("The new policy lets users delete their data, regulators said.",),
              note="a mid-body subheading stays"),
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

AGENCY_SIGNOFF = PatternRule(
    code="LGL007",
    name="agency-signoff",
    category=Category.LEGAL,
    summary="Agency sign-offs closing wire copy: '(dpa)', 'AFP, AP', '(SDA/red)', 'EFE abc/ram', 'krä/sm'.",
    message="agency sign-off",
    languages=LANGUAGES,
    # ")": "(Schluss) krä/sm"; "//": "ABC // JMR"
    keywords=(")", "//", *starts(*(keyword_of(agency) for agency in _AGENCIES))),
    max_words=8,
    pattern=rf"""{START}(?:
          {_AGENCY_NAME}(?:\s*(?:[,/&+]|//|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bmit\b|\bwith\b)\s*
            (?:{_AGENCY_NAME}|{_INITIALS}))*(?:\s+{_INITIALS}\s*//?\s*{_INITIALS})?
        | \(\w+\)\s*{_INITIALS}\s*//?\s*{_INITIALS}
        | (?-i:[A-Z]{{2,5}})\s*//\s*(?-i:[A-Z]{{2,5}})                  # editors' initials: "ABC // JMR"
        )[)\]]?{END}""",
    safety="The whole block is agency names and editors' initials; a sentence naming an agency is kept.",
    examples=(
        removes("AFP, AP"),
        removes("dpa/lnw"),
        removes("(SDA/red)"),
        removes("EFE abc/ram"),
        removes("(Schluss) krä/sm"),
        removes("ABC // JMR"),
        keeps("The ABC // JMR feed carried the result first, officials said."),
        keeps("AFP and AP both reported the explosion within minutes."),
        keeps("and/or"),
    ),
)

_FOOTER = concept("footer-links")


def _label(text: str) -> str:
    """A footer link as the row's labels are compared: lowercase, one space, plain apostrophes."""
    return " ".join(text.casefold().replace("’", "'").split())


_LEGAL_LABELS = frozenset(map(_label, _FOOTER.get("legal")))
_FOOTER_LABELS = _LEGAL_LABELS | frozenset(map(_label, _FOOTER.get("site")))
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
    of them, and one a legal page (privacy, imprint, terms, cookies), which no headline or
    sentence lists this way.
    """

    min_links: int = 2
    _separator: Pattern = field(init=False, repr=False, compare=False)

    def _compile_patterns(self, *, builtin: bool) -> None:
        super()._compile_patterns(builtin=builtin)
        object.__setattr__(self, "_separator", self._compile_pattern(_LINK_SEPARATOR, builtin=builtin))

    def _match(self, text: str) -> str | None:
        row = text.strip().strip("[]|").strip()
        items = [_label(item.strip("[]() ")) for item in self._separator.split(row)]
        if len(items) < self.min_links or not all(item in _FOOTER_LABELS for item in items):
            return None
        return text if any(item in _LEGAL_LABELS for item in items) else None


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

RULES = (COPYRIGHT_NOTICE, REPRINT_AND_USAGE, TERMS_LINKS,
    FOOTER_LINK_ROW,
    SITE_CREDIT,
    RIGHTS_RESERVED,
    SYNDICATION_NOTE,
    AGENCY_CREDIT,
    AGENCY_SIGNOFF,
)
