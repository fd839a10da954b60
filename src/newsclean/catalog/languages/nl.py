"""Dutch pack (codes 8xx): "Dit artikel is alleen voor abonnees", "Lees ook", "Advertentie"."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["nl"]
_MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_DATE = rf"(?:\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|vandaag|gisteren)"

READ_TIME = PatternRule(
    code="NAV803",
    name="read-time-and-audio-nl",
    category=Category.NAVIGATION,
    languages=("nl",),
    summary="Dutch reading-time and audio labels: 'Leestijd: 3 minuten', 'Luister naar dit artikel'.",
    message="reading-time or audio label",
    keywords=("leestijd", *starts("luister", "voorlezen")),
    max_words=10,
    pattern=rf"""(?:
          leestijd\s*:?\s*\d+\s*min(?:uten|uut)?\.?
        | \d+\s*min(?:uten|uut)?\.?\s+leestijd
        | luister(?:\s+naar\s+(?:dit\s+artikel|het\s+artikel))? | voorlezen
        ){END}""",
    examples=(
        removes("Leestijd: 3 minuten"),
        removes("Luister naar dit artikel"),
        keeps("Leestijd en schermtijd van kinderen zijn gestegen, blijkt uit het onderzoek."),
    ),
)

LEGAL = PatternRule(
    code="LGL801",
    name="copyright-notice-nl",
    category=Category.LEGAL,
    languages=("nl",),
    summary="Dutch copyright lines: 'Alle rechten voorbehouden'.",
    message="copyright notice",
    keywords=("alle rechten voorbehouden", "auteursrecht"),
    max_words=50,
    unless=_SAID,
    pattern=r""".{0,200}?\b(?:alle\s+rechten\s+voorbehouden|auteursrecht\s+voorbehouden)\b.{0,200}""",
    examples=(
        removes("Alle rechten voorbehouden. Niets uit deze uitgave mag worden verveelvoudigd."),
        keeps("Het auteursrecht op het schilderij verliep in 1952."),
    ),
)

RULES = (READ_TIME, LEGAL)
