"""German pack (codes 3xx): paywall and donation prompts, "Lesen Sie auch", "Anzeige", comments, cookies."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import REPORTED_SPEECH_IN, starts

_SAID = REPORTED_SPEECH_IN["de"]
_MONTH = r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
_DATE = rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}\.\s+{_MONTH}(?:\s+\d{{4}})?)"

METER = PatternRule(
    code="PAY302",
    name="metered-counter-de",
    category=Category.PAYWALL,
    languages=("de",),
    summary="German metering counters: 'Sie haben 3 von 5 kostenlosen Artikeln gelesen'.",
    message="metered paywall counter",
    keywords=starts("sie haben", "du hast", "sie lesen", "du liest", "noch "),
    max_words=30,
    pattern=r"""(?:sie\s+haben|du\s+hast|sie\s+lesen|du\s+liest|noch)\s+(?:bereits\s+)?(?:\d{1,3}|alle|ihre|deine)\s+
        (?:von\s+\d{1,3}\s+)?(?:kostenlose|kostenfreie|freie|gratis)n?\s+(?:artikeln?|texten?|beiträgen?)\b.{0,200}""",
    examples=(
        removes("Sie haben 3 von 5 kostenlosen Artikeln gelesen."),
        removes("Noch 2 kostenlose Artikel in diesem Monat"),
        removes("Sie lesen 1 von 3 kostenlosen Artikeln in diesem Monat."),
        keeps("Sie lesen 3 von 5 Artikeln nur bis zur Hälfte, ergab die Studie."),
        keeps("Sie haben bereits 200 Millionen Euro investiert, sagte der Minister."),
    ),
)

RULES = (METER,)
