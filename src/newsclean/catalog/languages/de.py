"""German pack (codes 3xx): paywall and donation prompts, "Lesen Sie auch", "Anzeige", comments, cookies."""

from ...rules import Category, Evidence, Mark, PatternRule, keeps, removes
from .._patterns import END, REPORTED_SPEECH_IN, starts
from .._phrases import NETWORKS, phrase_rule, with_networks

_SAID = REPORTED_SPEECH_IN["de"]
_MONTH = r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
_DATE = rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}\.\s+{_MONTH}(?:\s+\d{{4}})?)"

PAYWALL = phrase_rule(
    code="PAY301",
    name="paywall-prompt-de",
    category=Category.PAYWALL,
    language="de",
    summary="German paywall prompts: 'Jetzt weiterlesen mit SZ Plus', 'Dieser Artikel ist nur für "
    "Abonnenten'.",
    message="paywall prompt",
    follow="anything",
    unless=_SAID,
    phrases=("Jetzt weiterlesen", "Weiterlesen mit", "Diesen Artikel weiterlesen",
             "Dieser Artikel ist nur für",
             "Dieser Artikel ist exklusiv für", "Dieser Inhalt ist nur für", "Exklusiv für Abonnenten",
             "Dieser Beitrag ist nur für", "Dieser Beitrag ist exklusiv für", "Dieser Text ist nur für",
             "Dieser Inhalt ist exklusiv für", "Lesen Sie jetzt weiter", "Weiterlesen mit Abo",
             "Jetzt Zugang sichern",
             "Artikel freischalten", "Jetzt freischalten", "Sie haben bereits ein Abo",
             "Nur für Abonnenten", "Zum Weiterlesen", "Um weiterzulesen", "Bereits Abonnent",
             "Schon Abonnent", "Sie sind bereits Abonnent", "Sie möchten weiterlesen", "Erster Monat gratis",
             "Jetzt Abo abschließen", "Mit Abo weiterlesen"),
    alone=("Jetzt abonnieren", "Jetzt registrieren", "Jetzt kostenlos registrieren", "Jetzt testen",
           "Gratis testen", "Abo abschließen", "Abonnieren"),
    examples=(
        removes("Jetzt weiterlesen mit SZ Plus"),
        removes("Dieser Artikel ist nur für Abonnenten verfügbar."),
        removes("Bereits Abonnent? Hier anmelden"),
        removes("Dieser Beitrag ist exklusiv für Abonnenten"),
        keeps("Die Zeitung hat nach eigenen Angaben inzwischen mehr als 500.000 Abonnenten."),
        keeps("Zum Weiterlesen der Akten fehlte dem Ausschuss die Zeit, sagte die Vorsitzende."),
    ),
)

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

DONATION = phrase_rule(
    code="DON301",
    name="donation-appeal-de",
    category=Category.DONATION,
    language="de",
    summary="German donation and membership appeals: 'Jetzt spenden', 'Unterstützen Sie unseren "
    "Journalismus'.",
    message="donation appeal",
    follow="anything",
    unless=_SAID,
    phrases=("Jetzt spenden", "Spenden Sie jetzt", "Unterstützen Sie uns",
             "Unterstützen Sie unseren Journalismus",
             "Unterstützen Sie unabhängigen Journalismus", "Werden Sie Mitglied", "Werden Sie Unterstützer",
             "Werden Sie Förderer", "Jeder Beitrag hilft", "Jeder Euro hilft", "Mit Ihrer Unterstützung",
             "Unterstützen Sie unsere Arbeit", "Unterstützen Sie die Redaktion", "Jetzt Mitglied werden",
             "Werden Sie jetzt Mitglied", "Ihre Unterstützung zählt",
             "Mit Ihrer Spende"),
    alone=("Freiwillig zahlen", "Jetzt unterstützen", "Spenden"),
    examples=(
        removes("Jetzt spenden"),
        removes("Unterstützen Sie unseren Journalismus: Jeder Beitrag hilft."),
        keeps("Spenden an das Rote Kreuz stiegen im vergangenen Jahr um vier Prozent."),
        keeps("Unterstützen Sie uns, rief der Bürgermeister den Bürgern zu."),
    ),
)

RELATED = phrase_rule(
    code="REL301",
    name="related-links-de",
    category=Category.RELATED,
    language="de",
    summary="German related-article links and list headers: 'Lesen Sie auch', 'Mehr zum Thema', "
    "'Meistgelesen'.",
    message="related-article link",
    follow="headline",
    marks=frozenset({Mark.LIST_HEADER}),
    phrases=("Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier", "Mehr zum Thema", "Mehr dazu",
             "Mehr lesen",
             "Weiterlesen", "Auch interessant", "Das könnte Sie auch interessieren",
             "Das könnte Sie interessieren",
             "Weitere Artikel", "Verwandte Artikel", "Ähnliche Artikel", "Zum Thema", "Meistgelesen",
             "Meistgelesene Artikel", "Empfehlungen der Redaktion", "Top-Artikel", "Beliebteste Artikel",
             "Passend zum Thema", "Auch lesenswert", "Weitere Nachrichten"),
    examples=(
        removes("Lesen Sie auch: Regierung beschließt neues Klimapaket"),
        removes("Mehr zum Thema"),
        removes("Das könnte Sie auch interessieren"),
        keeps("Lesen Sie auch die Stellungnahme des Ministers, forderte die Opposition."),
        keeps("Zum Thema Rente äußerte sich die Ministerin nicht."),
    ),
)

NEWSLETTER = phrase_rule(
    code="NWS301",
    name="newsletter-signup-de",
    category=Category.NEWSLETTER,
    language="de",
    summary="German newsletter sign-ups: 'Newsletter abonnieren', 'Melden Sie sich für unseren Newsletter "
    "an'.",
    message="newsletter sign-up",
    follow="anything",
    unless=_SAID,
    phrases=("Newsletter abonnieren", "Jetzt Newsletter abonnieren", "Melden Sie sich für unseren Newsletter",
             "Abonnieren Sie unseren Newsletter", "Nichts mehr verpassen", "Jetzt zum Newsletter anmelden",
             "Zum Newsletter anmelden", "Melden Sie sich für den Newsletter",
             "Melde dich für unseren Newsletter",
             "Den Newsletter abonnieren", "Newsletter kostenlos abonnieren",
             "Keine Nachrichten mehr verpassen"),
    alone=("Zum Newsletter", "Newsletter bestellen", "Jetzt anmelden", "Immer informiert", "Newsletter"),
    examples=(
        removes("Newsletter abonnieren"),
        removes("Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten "
                "Nachrichten."),
        keeps("Der Newsletter des Ministeriums warnte vor Betrügern, sagte eine Sprecherin."),
    ),
)

ADVERTISEMENT = phrase_rule(
    code="ADV301",
    name="advertisement-marker-de",
    category=Category.ADVERTISEMENT,
    language="de",
    summary="German advertisement markers: 'Anzeige', 'Werbung', 'Weiter nach der Anzeige'.",
    message="advertisement marker",
    phrases=("Anzeige", "Werbung", "Gesponsert", "Advertorial", "Weiter nach der Anzeige",
             "Artikel wird nach der Anzeige fortgesetzt", "Bezahlte Partnerschaft",
             "Anzeige - Scrollen Sie weiter"),
    examples=(
        removes("Anzeige"),
        removes("ANZEIGE"),
        removes("Weiter nach der Anzeige"),
        keeps("Anzeige gegen Unbekannt erstattet."),
        keeps("Werbung für Tabak soll verboten werden, beschloss der Bundestag."),
    ),
)

SHARE = phrase_rule(
    code="SHR301",
    name="share-prompt-de",
    category=Category.SHARE,
    language="de",
    summary="German share and follow prompts: 'Artikel teilen', 'Per E-Mail teilen', 'Folgen Sie uns auf …'.",
    message="share prompt",
    phrases=("Artikel teilen", "Beitrag teilen", "Seite teilen", "Teilen", "Per E-Mail teilen",
             "Per Mail teilen",
             "Per Mail versenden", "Per WhatsApp teilen", "Link kopieren", "Drucken", "Artikel drucken",
             "Folgen Sie uns", "Folge uns",
             *(f"Auf {network} teilen" for network in NETWORKS),
             *(f"Bei {network} teilen" for network in NETWORKS),
             *with_networks("Folgen Sie uns auf", "Folge uns auf")),
    examples=(
        removes("Artikel teilen"),
        removes("Per E-Mail teilen"),
        removes("Folgen Sie uns auf Bluesky"),
        keeps("Folgen Sie uns auf den Marktplatz, rief der Bürgermeister den Reportern zu."),
        keeps("Teilen wollen die Länder die Kosten nicht, sagte der Minister."),
    ),
)

COMMENTS = phrase_rule(
    code="NAV301",
    name="comment-widget-de",
    category=Category.NAVIGATION,
    language="de",
    summary="German comment-section furniture: 'Kommentar schreiben', 'Zu den Kommentaren', 'Diskutieren "
    "Sie mit'.",
    message="comment widget",
    phrases=("Kommentar schreiben", "Kommentieren", "Kommentar verfassen", "Diskutieren Sie mit",
             "Zu den Kommentaren", "Alle Kommentare anzeigen", "Leserkommentare", "Kommentare anzeigen",
             "Kommentare lesen"),
    examples=(
        removes("Kommentar schreiben"),
        removes("Diskutieren Sie mit"),
        keeps("Kommentieren wollte der Sprecher den Vorfall nicht."),
    ),
)

LABELS = phrase_rule(
    code="NAV302",
    name="widget-label-de",
    category=Category.NAVIGATION,
    language="de",
    evidence=Evidence.WEAK,
    marks=frozenset({Mark.LIST_HEADER}),
    summary="Lone German widget labels: 'Kommentare', 'Themen', 'Schlagworte', 'Startseite'.",
    message="widget label",
    phrases=("Kommentare", "Themen", "Schlagworte", "Schlagwörter", "Startseite", "Suche", "Menü",
             "Mehr", "Ressorts", "Impressum", "Datenschutz", "AGB", "Kontakt"),
    max_words=3,
    safety="Weak: removed only inside a leading or trailing boilerplate cluster.",
    examples=(
        removes("Themen"),
        removes("Kommentare"),
        keeps("Themen", before=("Die Koalition verhandelte bis in die Nacht.",),
              after=("Die Themen der Sitzung waren Rente und Haushalt, sagte ein Sprecher.",),
              note="mid-body labels stay"),
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

TIMESTAMP = PatternRule(
    code="NAV304",
    name="publication-stamp-de",
    category=Category.NAVIGATION,
    languages=("de",),
    summary="German publication stamps: 'Aktualisiert am 16.04.2024', 'Stand: 16.04.2024, 12:30 Uhr'.",
    message="publication timestamp",
    keywords=starts("aktualisiert", "veröffentlicht", "stand", "zuletzt", "erstellt", "erschienen"),
    max_words=16,
    pattern=rf"""(?:zuletzt\s+)?(?:aktualisiert|veröffentlicht|stand|erstellt|erschienen)\s*:?\s*(?:am\s+)?
        (?:\w+,\s+)?{_DATE}(?:[\s,|-]+(?:um\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*uhr)?)?{END}""",
    examples=(
        removes("Aktualisiert am 16.04.2024"),
        removes("Stand: 16.04.2024, 12:30 Uhr"),
        removes("Veröffentlicht am 16. April 2024"),
        keeps("Erschienen am 16. April ist der Bericht bereits vergriffen, teilte der Verlag mit."),
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

COOKIES = phrase_rule(
    code="CKE301",
    name="cookie-notice-de",
    category=Category.COOKIE,
    language="de",
    summary="German cookie banners and buttons: 'Wir verwenden Cookies', 'Alle akzeptieren'.",
    message="cookie notice",
    follow="anything",
    unless=_SAID,
    phrases=("Wir verwenden Cookies", "Wir nutzen Cookies", "Diese Website verwendet Cookies",
             "Diese Seite verwendet Cookies", "Diese Website nutzt Cookies"),
    alone=("Cookie-Einstellungen", "Alle akzeptieren", "Alle ablehnen", "Akzeptieren und weiter",
           "Datenschutzeinstellungen", "Einstellungen verwalten", "Zustimmen und weiter", "Zustimmen",
           "Akzeptieren", "Cookies akzeptieren", "Alle Cookies akzeptieren", "Cookies ablehnen"),
    examples=(
        removes("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten."),
        removes("Alle akzeptieren"),
        removes("Alle Cookies akzeptieren"),
        keeps("Zustimmen wollte die FDP dem Antrag nicht."),
        keeps("Alle akzeptieren die neue Regel, nur Bayern nicht."),
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

RULES = (
    PAYWALL,
    METER,
    DONATION,
    RELATED,
    NEWSLETTER,
    ADVERTISEMENT,
    SHARE,
    COMMENTS,
    LABELS,
    READ_TIME,
    TIMESTAMP,
    TAGS,
    COOKIES,
    LEGAL,
)
