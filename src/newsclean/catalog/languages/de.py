"""German pack (codes 3xx): paywall and donation prompts, "Lesen Sie auch", "Anzeige", comments, cookies."""

from ...rules import Category, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts

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
    keywords=starts("sie haben", "du hast", "noch "),
    max_words=30,
    pattern=r"""(?:sie\s+haben|du\s+hast|noch)\s+(?:bereits\s+)?(?:\d{1,3}|alle|ihre|deine)\s+
        (?:von\s+\d{1,3}\s+)?(?:kostenlose|kostenfreie|freie|gratis)n?\s+(?:artikeln?|texten?|beiträgen?)\b.{0,200}""",
    examples=(
        removes("Sie haben 3 von 5 kostenlosen Artikeln gelesen."),
        removes("Noch 2 kostenlose Artikel in diesem Monat"),
        keeps("Sie haben bereits 200 Millionen Euro investiert, sagte der Minister."),
    ),
)

READ_TIME = PatternRule(
    code="NAV303",
    name="read-time-and-audio-de",
    category=Category.NAVIGATION,
    languages=("de",),
    summary="German reading-time and audio labels: 'Lesezeit: 4 Minuten', 'Artikel anhören'.",
    message="reading-time or audio label",
    keywords=("lesezeit",
              *starts("artikel anhören", "artikel vorlesen", "vorlesen", "audio", "jetzt anhören")),
    max_words=10,
    pattern=rf"""(?:
          lesezeit\s*:?\s*(?:ca\.\s+)?\d+\s*(?:min(?:uten?)?\.?)
        | (?:ca\.\s+)?\d+\s*(?:min(?:uten?)?\.?)\s+lesezeit
        | artikel\s+(?:anhören|vorlesen(?:\s+lassen)?) | vorlesen | jetzt\s+anhören | audio\s+anhören
        ){END}""",
    examples=(
        removes("Lesezeit: 4 Minuten"),
        removes("3 Min. Lesezeit"),
        removes("Artikel anhören"),
        keeps("Lesezeit und Bildschirmzeit von Kindern sind gestiegen, ergab die Studie."),
    ),
)

TAGS = PatternRule(
    code="NAV305",
    name="tag-list-de",
    category=Category.NAVIGATION,
    languages=("de",),
    summary="German tag lists: 'Schlagworte: Bundestag, Rente, Haushalt'.",
    message="tag list",
    keywords=starts("schlagwort", "schlagwört", "themen:", "themen :", "mehr zu:", "mehr zu :", "stichwörter",
                    "tags"),
    max_words=40,
    pattern=r"""(?:schlagw(?:orte|örter)|themen|mehr\s+zu|stichwörter|tags)\s*:\s*[^.!?]{1,300}""",
    examples=(
        removes("Schlagworte: Bundestag, Rente, Haushalt"),
        keeps("Themen der Sitzung waren Rente und Haushalt."),
    ),
)

LEGAL = PatternRule(
    code="LGL301",
    name="copyright-notice-de",
    category=Category.LEGAL,
    languages=("de",),
    summary="German copyright lines: 'Alle Rechte vorbehalten', dpa-infocom footers, 'Nachdruck nur mit "
    "Genehmigung'.",
    message="copyright notice",
    keywords=("alle rechte vorbehalten", "dpa-infocom", "nachdruck", "vervielfältigung"),
    max_words=50,
    unless=_SAID,
    pattern=r"""(?:
          .{0,200}?\balle\s+rechte\s+vorbehalten\b.{0,200}
        | (?:©\s*)?dpa-infocom.{0,120}
        | .{0,120}?\b(?:nachdruck|vervielfältigung)\s+(?:nur\s+mit|ohne)\s+
            (?:genehmigung|zustimmung)\b.{0,200}
        )""",
    examples=(
        removes("Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung der Redaktion."),
        removes("dpa-infocom, dpa:240416-99-672345/3"),
        keeps("Der Nachdruck des Romans wurde 1952 verboten."),
    ),
)

RULES = (METER, READ_TIME, TAGS, LEGAL)
